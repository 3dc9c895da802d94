"""Custom Rasa NLU components: jieba tokenizer with the knowledge base's dictionary,
the service item linker and the district extractor. Logic lives in plain modules
(``bot.text``, ``bot.linking``); these classes are the Rasa glue."""
