"""``DistrictExtractor``: finds a district (区划) named in the message: 我在朝阳区 → 朝阳区.

The districts are those of the knowledge base's service points, written into the model
at training time; a district may be named with or without its suffix (朝阳 / 朝阳区).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

DISTRICTS_FILE = "districts.json"
SUFFIXES = ("新区", "区", "县", "市", "旗", "街道", "镇", "乡")


def find_district(text: str, districts: List[str]) -> Optional[Dict[str, Any]]:
    """The longest district named in ``text`` (full name, or name without its suffix)."""
    best = None
    for district in districts:
        forms = [district] + [district[: -len(s)] for s in SUFFIXES if district.endswith(s) and len(district) - len(s) >= 2]
        for form in forms:
            start = text.find(form)
            if start >= 0 and (best is None or len(form) > best["end"] - best["start"]):
                best = {"value": district, "start": start, "end": start + len(form)}
    return best


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class DistrictExtractor(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"knowledge_db": "knowledge/guides.db"}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, districts=None):
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self.districts = districts or []

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from bot.nlu.knowledge_resources import districts, open_store

        self.districts = districts(open_store(self._config["knowledge_db"]))
        with self._model_storage.write_to(self._resource) as directory:
            (Path(directory) / DISTRICTS_FILE).write_text(json.dumps(self.districts, ensure_ascii=False))
        return self._resource

    @classmethod
    def load(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext, **kwargs: Any,
    ) -> GraphComponent:
        try:
            with model_storage.read_from(resource) as directory:
                names = json.loads((Path(directory) / DISTRICTS_FILE).read_text())
        except (ValueError, FileNotFoundError) as error:
            raise RuntimeError("the model has no district list: retrain it with `make model`") from error
        return cls(config, model_storage, resource, names)

    def process(self, messages: List[Message]) -> List[Message]:
        from bot.text import normalise

        for message in messages:
            found = find_district(normalise(message.get(TEXT) or ""), self.districts)
            if found:
                entity = {"entity": "district", **found, "confidence": 1.0, "extractor": self.__class__.__name__}
                message.set(ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
