"""SQL tracker store that masks personal data before it reaches the database.

endpoints.yml::

    tracker_store:
      type: bot.tracker_store.MaskingSQLTrackerStore
      dialect: "sqlite"
      db: ${TRACKER_DB}

Rasa 3.6's ``SQLTrackerStore.save`` writes every new event as one ``events`` row whose
``data`` column is ``json.dumps(event.as_dict())``. This subclass writes the same rows with
``bot.privacy.mask_event`` applied to that dict first, so user texts, ``parse_data``
(text, entities), bot texts, buttons, slot values and metadata are stored masked. Events
published to an event broker (none is configured) are masked the same way.

Only what is *stored* is masked: the turn in progress keeps the real text in memory (NLU
and actions see it); later turns, a restart or the HTTP API read the masked version back.
``retrieve`` is the parent's: masked events are ordinary events. Which events are new is
still decided by counting the stored rows of the session (``_additional_events``), which
masking does not change.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Iterable, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.privacy import mask_event

logger = logging.getLogger(__name__)


class MaskingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose rows (and broker messages) carry masked events."""

    async def save(self, tracker: Any) -> None:
        """Store the events of ``tracker`` that are not stored yet, masked."""
        await self.stream_events(tracker)

        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = mask_event(event.as_dict())
                intent = ((data.get("parse_data") or {}).get("intent") or {}).get(INTENT_NAME_KEY)
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=intent,
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()

        logger.debug("Tracker with sender_id '%s' stored to database", tracker.sender_id)

    async def _stream_new_events(self, event_broker: Any, new_events: Iterable[Any], sender_id: Text) -> None:
        for event in new_events:
            body: Dict[Text, Any] = {"sender_id": sender_id}
            body.update(mask_event(event.as_dict()))
            event_broker.publish(body)
