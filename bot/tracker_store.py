"""SQL tracker store that masks personal data before it reaches the database, and keeps
recent conversations in memory so a turn does not rebuild its tracker from SQL.

endpoints.yml::

    tracker_store:
      type: bot.tracker_store.MaskingSQLTrackerStore
      dialect: "sqlite"
      db: ${TRACKER_DB}
      cache_size: 1000      # conversations kept in memory (0: none)

Masking. Rasa 3.6's ``SQLTrackerStore.save`` writes every new event as one ``events`` row
whose ``data`` column is ``json.dumps(event.as_dict())``. This subclass writes the same rows
(as UTF-8 JSON text, ``bot.json_text.dumps``) with ``bot.privacy.mask_event`` applied to
that dict first, so user texts, ``parse_data`` (text, entities), bot texts, buttons, slot
values and metadata are stored masked. Events
published to an event broker (none is configured) are masked the same way. Only what is
*stored* is masked: the turn in progress keeps the real text in memory (NLU and actions see
it); later turns, a restart or the HTTP API read the masked version back.

Speed. The parent rebuilds the tracker from JSON rows on every message and counts the
stored rows again on every save (with an ORM session each time): about half of a turn's
time in the server. Here:

* ``retrieve`` hands out the tracker it saved last when the database still holds exactly
  the rows it wrote (one indexed ``COUNT``): another process that wrote to the conversation,
  a turn that failed before saving, or an event whose stored form was masked (so memory and
  database differ) all mean a fresh read from SQL, as before;
* ``save`` of that tracker inserts just the events after the ones it stored, in one
  transaction (for SQLite through one kept connection, else SQLAlchemy Core; no ORM objects);
* SQLite runs in WAL mode with ``synchronous=NORMAL``: a commit does not wait for the disk;
  a crash of the process loses nothing, a power cut can lose the last commits, and the file
  is never corrupted.

The lock store serialises the turns of one conversation, so a cached tracker is never used
by two turns at once.
"""
from __future__ import annotations

import itertools
import logging
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.json_text import dumps
from bot.privacy import mask_event

logger = logging.getLogger(__name__)

DEFAULT_CACHE_SIZE = 1000


@dataclass
class _Cached:
    tracker: Any
    stored_events: int   # how many of tracker.events are in the database
    rows: int            # rows of the conversation in the database (all sessions)


class MaskingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose rows (and broker messages) carry masked events."""

    def __init__(self, *args: Any, cache_size: int = DEFAULT_CACHE_SIZE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cache_size = int(cache_size)
        self._cache: "OrderedDict[Text, _Cached]" = OrderedDict()
        self._sqlite: Optional[sqlite3.Connection] = None
        if self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
            self._use_wal()

    def _use_wal(self) -> None:
        """WAL for every connection, and one kept connection for the per-turn queries
        (SQLAlchemy opens and closes a file for each SQLite use)."""
        import sqlalchemy as sa

        def pragmas(connection: Any, _record: Any = None) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        sa.event.listen(self.engine, "connect", pragmas)
        self.engine.dispose()
        self._sqlite = sqlite3.connect(self.engine.url.database, isolation_level=None, check_same_thread=False)
        pragmas(self._sqlite)

    # ------------------------------------------------------------------ reading
    def _stored_rows(self, sender_id: Text) -> int:
        table = self.SQLEvent.__table__
        if self._sqlite is not None:
            query = f"SELECT COUNT(*) FROM {table.name} WHERE sender_id = ?"
            return int(self._sqlite.execute(query, (sender_id,)).fetchone()[0])
        import sqlalchemy as sa

        with self.engine.connect() as connection:
            query = sa.select(sa.func.count()).select_from(table).where(table.c.sender_id == sender_id)
            return int(connection.execute(query).scalar() or 0)

    def _insert(self, rows: List[Dict[str, Any]]) -> None:
        if not rows:
            return
        table = self.SQLEvent.__table__
        if self._sqlite is None:
            with self.engine.begin() as connection:
                connection.execute(table.insert(), rows)
            return
        columns = list(rows[0])
        statement = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * len(columns))})")
        self._sqlite.execute("BEGIN")
        try:
            self._sqlite.executemany(statement, [tuple(row[c] for c in columns) for row in rows])
        except BaseException:
            self._sqlite.execute("ROLLBACK")
            raise
        self._sqlite.execute("COMMIT")

    async def retrieve(self, sender_id: Text) -> Optional[Any]:
        """The latest session's tracker: from memory when the database has not changed."""
        rows = self._stored_rows(sender_id)
        cached = self._cache.get(sender_id)
        if cached and cached.rows == rows and len(cached.tracker.events) == cached.stored_events:
            self._cache.move_to_end(sender_id)
            return cached.tracker
        self._cache.pop(sender_id, None)
        if rows == 0:  # a new conversation: nothing to read
            return None
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker, rows)
        return tracker

    def _remember(self, tracker: Any, rows: int) -> None:
        if self.cache_size <= 0:
            return
        self._cache[tracker.sender_id] = _Cached(tracker, len(tracker.events), rows)
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    # ------------------------------------------------------------------ writing
    async def save(self, tracker: Any) -> None:
        """Store the events of ``tracker`` that are not stored yet, masked."""
        cached = self._cache.get(tracker.sender_id)
        if cached is None or cached.tracker is not tracker or len(tracker.events) < cached.stored_events:
            await self._save_uncached(tracker)
            return
        new_events = list(itertools.islice(tracker.events, cached.stored_events, None))
        if self.event_broker is not None:
            await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
        rows, unchanged = self._rows(tracker.sender_id, new_events)
        self._insert(rows)
        cached.stored_events, cached.rows = len(tracker.events), cached.rows + len(rows)
        if not unchanged:  # memory holds what the database holds masked: read it back next time
            self._cache.pop(tracker.sender_id, None)
        logger.debug("Tracker with sender_id '%s' stored to database", tracker.sender_id)

    async def _save_uncached(self, tracker: Any) -> None:
        """The parent's way (count the stored rows of the session, add the rest), masked.

        Only a new conversation (nothing stored yet, every event written now) is kept in
        memory afterwards; any other tracker saved this way (the HTTP API replacing events,
        for one) is read back from the database next time, as the parent would.
        """
        self._cache.pop(tracker.sender_id, None)
        await self.stream_events(tracker)
        new_conversation = self._stored_rows(tracker.sender_id) == 0
        if new_conversation:
            new_events = list(tracker.events)
        else:
            with self.session_scope() as session:
                new_events = list(self._additional_events(session, tracker))
        rows, unchanged = self._rows(tracker.sender_id, new_events)
        self._insert(rows)
        if new_conversation and unchanged:
            self._remember(tracker, len(rows))
        logger.debug("Tracker with sender_id '%s' stored to database", tracker.sender_id)

    @staticmethod
    def _rows(sender_id: Text, events: Iterable[Any]) -> "tuple[List[Dict[str, Any]], bool]":
        """Table rows for ``events`` (masked) and whether masking left them all unchanged."""
        rows, unchanged = [], True
        for event in events:
            original = event.as_dict()
            data = mask_event(original)
            unchanged = unchanged and data == original
            intent = ((data.get("parse_data") or {}).get("intent") or {}).get(INTENT_NAME_KEY)
            rows.append({
                "sender_id": sender_id,
                "type_name": event.type_name,
                "timestamp": data.get("timestamp"),
                "intent_name": intent,
                "action_name": data.get("name"),
                "data": dumps(data),
            })
        return rows, unchanged

    async def _stream_new_events(self, event_broker: Any, new_events: Iterable[Any], sender_id: Text) -> None:
        for event in new_events:
            body: Dict[Text, Any] = {"sender_id": sender_id}
            body.update(mask_event(event.as_dict()))
            event_broker.publish(body)
