"""``KnowledgeJiebaTokenizer``: jieba with the knowledge base's words, carried in the model.

At training time the user dictionary (item names and aliases) is generated from the
knowledge base and written into the model, so a trained model tokenises the same way
anywhere, without the database. Text is normalised first (traditional → simplified,
full-width → half-width) with offsets kept.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

DICTIONARY_FILE = "service_items.txt"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True)
class KnowledgeJiebaTokenizer(Tokenizer):
    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        return ["zh"]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # the knowledge base whose item names and aliases become the user dictionary
            "knowledge_db": "knowledge/guides.db",
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, segmenter=None):
        super().__init__(config)
        self._model_storage = model_storage
        self._resource = resource
        self.segmenter = segmenter

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from knowledge.segmentation import dictionary_words, segmenter_for, write_dictionary
        from bot.nlu.knowledge_resources import item_names, open_store

        items = item_names(open_store(self._config["knowledge_db"]))
        words = dictionary_words([i["name"] for i in items] + [a for i in items for a in i["aliases"]])
        with self._model_storage.write_to(self._resource) as directory:
            write_dictionary(words, Path(directory) / DICTIONARY_FILE)
        self.segmenter = segmenter_for(words)
        return self._resource

    @classmethod
    def load(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
        execution_context: ExecutionContext, **kwargs: Any,
    ) -> GraphComponent:
        from knowledge.segmentation import read_dictionary, segmenter_for

        try:
            with model_storage.read_from(resource) as directory:
                segmenter = segmenter_for(read_dictionary(Path(directory) / DICTIONARY_FILE))
        except ValueError as error:
            raise RuntimeError("the model has no tokenizer dictionary: retrain it with `make model`") from error
        return cls(config, model_storage, resource, segmenter)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        if self.segmenter is None:
            from knowledge.segmentation import segmenter_for

            self.segmenter = segmenter_for([])
        return super().process_training_data(training_data)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        from bot.text import normalise

        text = normalise(message.get(attribute) or "")
        tokens = [Token(word, start) for word, start, _ in self.segmenter.tokenize(text)]
        return self._apply_token_pattern(tokens)
