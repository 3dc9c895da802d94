"""``ItemLinker``: the Rasa component that links a message to catalog service items.

Adds to every message:
  * ``service_items``: the top 3 items ``[{"id", "name", "score"}]`` (in the parse output);
  * ``item_in_scope`` / ``item_ambiguous``: whether it asks about a catalog item, and
    whether the top candidates are too close to pick one;
  * ``outside_service``: ``{"name", "department"}`` of a service the catalog does not cover
    that the message names (then ``item_in_scope`` is false), else None;
  * ``named_items``: the different items a message lists one after another
    (身份证和驾驶证都丢了) ``[{"id", "name", "score"}]`` in the order named (with ``family`` and ``term`` for one
    named by a term several items share and not settled: 营业执照 of 营业执照和税务登记), else ``[]``
    (``bot.named_items``);
  * an entity ``service_item`` whose value is the catalog id, only when one item is clear.
The ranking itself is ``bot.linking.ItemLinker`` (plain Python, tested on its own).
"""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, METADATA, METADATA_INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)
LINKER_FILE = "linker.pkl"
WORDS_FILE = "words.txt"
ENTITY = "service_item"


def follow_ups(training_data: TrainingData) -> List[str]:
    """Examples marked ``follow_up: true`` (要多久？在哪办？): they ask about the item in
    context, so for the linker they are not about any item."""
    texts = []
    for message in training_data.intent_examples:
        metadata = (message.get(METADATA) or {}).get(METADATA_INTENT) or {}
        if metadata.get("follow_up"):
            texts.append(message.get(TEXT))
    return texts


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class ItemLinker(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # knowledge base with item names, aliases, example questions and FAQs
            "knowledge_db": "knowledge/guides.db",
            # services the catalog does not cover: a message naming one is out of scope and
            # gets their department (knowledge/outside_catalog.yaml; "" for none)
            "outside_catalog": "knowledge/outside_catalog.yaml",
            # intents whose examples teach the linker what is NOT about an item
            "none_intents": [
                "out_of_scope", "greet", "goodbye", "thanks", "bot_challenge", "request_human",
                "affirm", "deny", "choose_option",
            ],
            # in-scope thresholds: chosen on held-out training examples (`calibration_folds`
            # folds) when `calibrate` (false rejection of held-out item questions at most
            # `max_false_rejection`), else the fixed values below; see bot.linking.LinkerSettings
            "calibrate": True,
            "calibration_folds": 5,
            "max_false_rejection": 0.05,
            "in_scope_threshold": 0.10,
            "none_threshold": 0.50,
            # top candidates closer than this are ambiguous: the assistant asks which one
            "ambiguity_margin": 0.08,
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, linker=None):
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self.linker = linker

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from bot.linking import ItemLinker as Ranker, LinkerSettings
        from bot.nlu.knowledge_resources import item_names, open_store
        from knowledge.outside import load_outside_services
        from knowledge.segmentation import dictionary_words, segmenter_for, write_dictionary

        store = open_store(self._config["knowledge_db"])
        items = item_names(store)
        words = dictionary_words([i["name"] for i in items] + [a for i in items for a in i["aliases"]])
        documents = [(e["item_id"], e["text"]) for e in store.examples()]
        documents += [
            (r["item_id"], r["question"]) for r in store.db.query("SELECT item_id, question FROM faqs")
        ]
        none_texts = [
            m.get(TEXT) for m in training_data.intent_examples
            if m.get("intent") in set(self._config["none_intents"])
        ] + follow_ups(training_data)
        settings = LinkerSettings(
            calibrate=self._config["calibrate"],
            calibration_folds=self._config["calibration_folds"],
            max_false_rejection=self._config["max_false_rejection"],
            in_scope_threshold=self._config["in_scope_threshold"],
            none_threshold=self._config["none_threshold"],
            ambiguity_margin=self._config["ambiguity_margin"],
        )
        segmenter = segmenter_for(words)
        outside = load_outside_services(Path(self._config["outside_catalog"])) if self._config["outside_catalog"] else []
        self.linker = Ranker.train(items, documents, none_texts, segmenter.cut, settings, segmenter.known, outside)
        logger.info("ItemLinker in-scope thresholds: score >= %.3f, p(none) <= %.3f",
                    self.linker.settings.in_scope_threshold, self.linker.settings.none_threshold)
        with self._model_storage.write_to(self._resource) as directory:
            self.linker.save(Path(directory) / LINKER_FILE)
            write_dictionary(words, Path(directory) / WORDS_FILE)
        return self._resource

    @classmethod
    def load(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext, **kwargs: Any,
    ) -> GraphComponent:
        from bot.linking import ItemLinker as Ranker
        from bot.named_items import warm_up
        from knowledge.segmentation import read_dictionary, segmenter_for

        try:
            with model_storage.read_from(resource) as directory:
                cut = segmenter_for(read_dictionary(Path(directory) / WORDS_FILE)).cut
                linker = Ranker.load(Path(directory) / LINKER_FILE, cut)
                warm_up(linker)
        except (ValueError, FileNotFoundError) as error:
            raise RuntimeError("the model has no item linker: retrain it with `make model`") from error
        return cls(config, model_storage, resource, linker)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.link(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def link(self, message: Message) -> None:
        from bot.named_items import named_items, unread_part
        from knowledge.emergencies import service_read

        text = service_read(message.get(TEXT) or "")
        ranking = self.linker.rank(text)
        named = named_items(self.linker, text, ranking=ranking) if not ranking.outside else []
        # (办护照，另外想问问彩票中奖怎么领: a question beside the item that reads as nothing, said to be outside; the item
        # read by its own part when the whole reads as nothing)
        unread = unread_part(self.linker, text, ranking) if not named else None
        if unread is not None:
            ranking = replace(unread[0], outside_too={"name": unread[1], "department": None})
        result = ranking.as_dict()
        message.set("service_items", result["items"], add_to_output=True)
        message.set("item_in_scope", result["in_scope"], add_to_output=True)
        message.set("item_ambiguous", result["ambiguous"], add_to_output=True)
        message.set("outside_service", result["outside_service"], add_to_output=True)
        message.set("outside_service_too", result["outside_service_too"], add_to_output=True)
        # (an item named by a term several share, 营业执照 of 营业执照和税务登记: those items and the term, to ask which)
        message.set("named_items", [{"id": c.id, "name": c.name, "score": round(c.score, 4),
                                     **({"family": list(c.family), "term": c.term} if getattr(c, "family", ()) else {})}
                                    for c in named], add_to_output=True)
        read = self.linker.read_as(text)
        if read is not None:   # gongjijin: the answering action reads 公积金 (its topics, its words)
            message.set("text_read", read, add_to_output=True)
        if ranking.in_scope and not ranking.ambiguous:
            best = ranking.candidates[0]
            entity = {
                "entity": ENTITY, "value": best.id, "start": 0, "end": len(text),
                "confidence": round(best.score, 4), "extractor": self.__class__.__name__,
            }
            entities = [e for e in message.get(ENTITIES, []) if e.get("entity") != ENTITY]
            message.set(ENTITIES, entities + [entity], add_to_output=True)
