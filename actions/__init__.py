"""Custom actions (rasa_sdk). Thin: they translate between the tracker and the plain
dialogue functions in ``actions.answering``, which use the ``knowledge`` package."""
