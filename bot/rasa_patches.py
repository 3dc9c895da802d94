"""Two small fixes to Rasa 3.6 internals, applied once when the server builds its channels.

* ``RemoteAction._validate_action_result`` calls ``jsonschema.validate``, which with
  jsonschema 4.17 re-checks the schema itself on every call: about 16 ms of a 40 ms turn
  (measured with cProfile, see README → Measured figures). The same schema is validated
  with one cached validator instead; the error message stays Rasa's.
* ``DEFAULT_REQUEST_TIMEOUT`` of the action server call (300 s) is replaced by a bound, so a
  hung action server fails the turn instead of holding the conversation lock.
"""
from __future__ import annotations

from typing import Any, Dict

_installed = False


def set_action_timeout(seconds: float) -> None:
    """Timeout (s) of Rasa's calls to the action server (read at each call by RemoteAction)."""
    import rasa.core.actions.action as rasa_action

    rasa_action.DEFAULT_REQUEST_TIMEOUT = seconds


def use_cached_action_result_validator() -> None:
    global _installed
    if _installed:
        return
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator = validator_for(schema)(schema)

    def _validate_action_result(self, result: Dict[str, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your "
                "response from the Action endpoint is valid. For more information about the "
                f"format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise error

    RemoteAction._validate_action_result = _validate_action_result
    _installed = True
