"""The tracker store's in-memory copy: used only while the database holds exactly what it
wrote; any other writer, an unsaved turn or a masked event means a fresh read from SQL."""
import asyncio
import sqlite3

import pytest
from support import REPO


@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(REPO / "domain.yml"))


def store_for(db, domain, **kwargs):
    from bot.tracker_store import MaskingSQLTrackerStore

    return MaskingSQLTrackerStore(domain=domain, dialect="sqlite", db=str(db), **kwargs)


def turn(tracker, text):
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

    tracker.update(UserUttered(text, intent={"name": "ask_guide", "confidence": 0.9},
                               parse_data={"text": text, "intent": {"name": "ask_guide", "confidence": 0.9},
                                           "entities": [], "text_tokens": [(0, 2), (2, 4)]}))
    tracker.update(ActionExecuted("action_answer"))
    tracker.update(BotUttered(f"答复：{text}"))
    tracker.update(ActionExecuted("action_listen"))


def saved(store, sender, *texts):
    """A new conversation of one turn per text, saved."""
    tracker = run(store.get_or_create_tracker(sender))
    for text in texts:
        turn(tracker, text)
    run(store.save(tracker))
    return tracker


def rows(db):
    return sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0]


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_saved_conversation_comes_back_from_memory_and_only_new_events_are_written(tmp_path, domain):
    db = tmp_path / "t.db"
    store = store_for(db, domain)
    tracker = saved(store, "a", "身份证丢了")
    assert rows(db) == len(tracker.events)
    again = run(store.retrieve("a"))
    assert again is tracker                      # no rebuild from SQL
    turn(again, "要多久")
    run(store.save(again))
    assert rows(db) == len(again.events)         # appended, not rewritten
    fresh = run(store_for(db, domain, cache_size=0).retrieve("a"))
    assert [e.as_dict()["event"] for e in fresh.events] == [e.as_dict()["event"] for e in again.events]
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_another_writer_invalidates_the_memory(tmp_path, domain):
    db = tmp_path / "t.db"
    first, second = store_for(db, domain), store_for(db, domain)
    tracker = saved(first, "b", "公积金")
    other = run(second.retrieve("b"))            # another server process
    turn(other, "租房提取")
    run(second.save(other))
    seen = run(first.retrieve("b"))
    assert seen is not tracker and len(seen.events) == len(other.events)
    assert seen.latest_message.text == "租房提取"


def test_a_turn_that_was_not_saved_is_not_served_from_memory(tmp_path, domain):
    db = tmp_path / "t.db"
    store = store_for(db, domain)
    tracker = saved(store, "c", "结婚登记")
    turn(tracker, "这一轮失败了")                  # mutated, never saved
    seen = run(store.retrieve("c"))
    assert seen is not tracker and seen.latest_message.text == "结婚登记"


def test_masked_events_are_read_back_masked(tmp_path, domain):
    db = tmp_path / "t.db"
    store = store_for(db, domain)
    tracker = saved(store, "d", "我的手机是13812345678")
    assert tracker.latest_message.text == "我的手机是13812345678"   # the live turn keeps it
    seen = run(store.retrieve("d"))
    assert seen is not tracker and seen.latest_message.text == "我的手机是138****5678"


def test_memory_is_bounded(tmp_path, domain):
    store = store_for(tmp_path / "t.db", domain, cache_size=3)
    for sender in "efghi":
        saved(store, sender, "你好")
    assert list(store._cache) == ["g", "h", "i"]


def test_a_replaced_tracker_is_read_back_from_the_database(tmp_path, domain):
    """Rasa's HTTP API can save a tracker rebuilt from events; memory must not hide the rows."""
    from rasa.shared.core.trackers import DialogueStateTracker

    db = tmp_path / "t.db"
    store = store_for(db, domain)
    tracker = saved(store, "j", "第一句", "第二句")
    shorter = DialogueStateTracker.from_dict("j", [e.as_dict() for e in list(tracker.events)[:3]], domain.slots)
    run(store.save(shorter))                     # nothing new to append
    seen = run(store.retrieve("j"))
    assert seen is not shorter and len(seen.events) == rows(db) == len(tracker.events)
