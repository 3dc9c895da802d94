"""The sequential graph runner gives what Rasa's DaskGraphRunner gives, on the trained model
(models/assistant.tar.gz, built by make): NLU parses and the policies' next actions."""
import asyncio

import pytest

from support import REPO

MODEL = REPO / "models" / "assistant.tar.gz"
TEXTS = ["你好", "我身份证丢了怎么补办", "要多久？", "1", "今天天气怎么样", "", "😀", "sfz到期了", "转人工"]


@pytest.fixture(scope="module")
def agent():
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run 'make model'")
    from rasa.core.agent import load_agent

    return asyncio.run(load_agent(model_path=str(MODEL)))


def test_parses_and_predictions_are_the_same(agent):
    from rasa.core.channels import UserMessage
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.rasa_patches import sequential_graph_runner

    processor = agent.processor
    dask_runner = processor.graph_runner
    runner_class = sequential_graph_runner()
    sequential = runner_class.__new__(runner_class)
    sequential.__dict__.update(dask_runner.__dict__)   # the same loaded nodes

    def run_all():
        parses, actions = [], []
        tracker = DialogueStateTracker("runner-test", agent.domain.slots)
        tracker.update(ActionExecuted("action_listen"))
        for text in TEXTS:
            parsed = asyncio.run(processor.parse_message(UserMessage(text)))
            parsed.pop("text_tokens", None)
            parses.append(parsed)
            tracker.update(UserUttered(text, parsed["intent"], parsed["entities"], parsed))
            prediction = processor._predict_next_with_tracker(tracker)
            actions.append((prediction.max_confidence_index, prediction.policy_name, prediction.max_confidence))
            tracker.update(ActionExecuted("action_listen"))
        return parses, actions

    expected = run_all()
    processor.graph_runner = sequential
    try:
        assert run_all() == expected
    finally:
        processor.graph_runner = dask_runner
