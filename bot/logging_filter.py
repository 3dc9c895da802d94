"""Masks personal data (``bot.privacy.mask_pii``) in every log record of a process.

Installed in both servers by ``scripts/run.sh`` through Rasa's own option
``--logging-config-file scripts/logging.yml`` (``rasa run`` and ``rasa run actions`` both
apply it with ``logging.config.dictConfig``)::

    version: 1
    disable_existing_loggers: false
    filters:
      mask_pii:
        (): bot.logging_filter.install_filter

``install()`` wraps the log record factory (``logging.setLogRecordFactory``) and
``logging.Logger.makeRecord`` (which attaches ``extra=`` attributes after the factory ran),
so every record is masked when it is created, whatever logger, handler or formatter emits
it later: Rasa's and Sanic's loggers, coloredlogs' handler, structlog (Rasa 3.6 renders
structlog events to a string and hands it to the stdlib logger), uvloop/asyncio
exceptions. A handler-level filter alone would miss the handlers Rasa and Sanic install
after the logging configuration. Masked are the message (``msg % args``), string
attributes passed with ``extra=`` (such as Sanic's access-log ``request``), and the
traceback and stack text, which are rendered and masked up front.

``PIIMaskingFilter`` is the same masking as a ``logging.Filter`` for handlers configured
elsewhere. Installing twice is harmless. No ``sitecustomize``: nothing happens in a process
that does not load this module.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Optional

from bot.privacy import mask_event, mask_pii

__all__ = ["install", "install_filter", "installed", "mask_record", "PIIMaskingFilter"]

_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_lock = threading.Lock()
_previous_factory: Optional[Callable[..., logging.LogRecord]] = None
_original_make_record: Optional[Callable[..., logging.LogRecord]] = None
_formatter = logging.Formatter()


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Masks ``record`` in place (message, extra string attributes, traceback, stack)."""
    if getattr(record, "_pii_masked", False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep what logging would print, masked
        message = f"{record.msg} {mask_event(record.args)!s}"
        record.msg, record.args = mask_pii(message), None
    else:
        masked = mask_pii(message)
        if masked != message:
            record.msg, record.args = masked, None
    for key, value in list(vars(record).items()):
        if key not in _STANDARD_ATTRIBUTES and isinstance(value, str):
            setattr(record, key, mask_pii(value))
    if record.exc_info and not record.exc_text:
        try:
            record.exc_text = _formatter.formatException(record.exc_info)
        except Exception:
            record.exc_text = None
    if record.exc_text:
        record.exc_text = mask_pii(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_pii(record.stack_info)
    record._pii_masked = True
    return record


class PIIMaskingFilter(logging.Filter):
    """Masks every record it sees; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


def _masking_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    factory = _previous_factory or logging.LogRecord
    return mask_record(factory(*args, **kwargs))


def _make_record(self: logging.Logger, *args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _original_make_record(self, *args, **kwargs)  # type: ignore[misc]
    for key, value in list(vars(record).items()):  # the extra= attributes, set after the factory
        if key not in _STANDARD_ATTRIBUTES and isinstance(value, str):
            setattr(record, key, mask_pii(value))
    return record


def installed() -> bool:
    return logging.getLogRecordFactory() is _masking_factory and logging.Logger.makeRecord is _make_record


def install() -> None:
    """Mask every log record created from now on in this process (idempotent)."""
    global _previous_factory, _original_make_record
    with _lock:
        current = logging.getLogRecordFactory()
        if current is not _masking_factory:
            _previous_factory = current
            logging.setLogRecordFactory(_masking_factory)
        if logging.Logger.makeRecord is not _make_record:
            _original_make_record = logging.Logger.makeRecord
            logging.Logger.makeRecord = _make_record  # type: ignore[method-assign]
        for handler in logging.getLogger().handlers:  # handlers that exist already
            if not any(isinstance(f, PIIMaskingFilter) for f in handler.filters):
                handler.addFilter(PIIMaskingFilter())


def install_filter() -> PIIMaskingFilter:
    """Factory for ``logging.config.dictConfig`` (``(): bot.logging_filter.install_filter``):
    installs the masking record factory and returns a filter for configured handlers."""
    install()
    return PIIMaskingFilter()
