"""Restart: the Rasa server process (the `rasa run --model` child of scripts/run.sh, not the
action server) is killed with SIGKILL in the middle of a conversation, with a message in
flight; the stack is started again on the same TRACKER_DB and the conversation goes on with
its slots: "要多久？" is answered for the item chosen before the crash."""
import os
import signal
import threading
import time

from stack import Stack

ITEM = "gongan.sfz.reissue"


def test_conversation_continues_after_the_rasa_server_is_killed(tmp_path, real_store):
    db = tmp_path / "tracker.db"
    sender = "restart-citizen"
    first = Stack(tmp_path / "first", tracker_db=db)
    first.workdir.mkdir()
    first.start()
    try:
        reply = first.say(sender, "补办身份证要带什么材料")
        if "哪种情形" in reply:
            reply = first.say(sender, "1")
        assert first.tracker(sender)["slots"]["service_item"] == ITEM
        materials = [m["name"] for m in real_store.materials(ITEM, real_store.situations(ITEM)[0]["name"])]
        assert any(name in reply for name in materials)

        rasa_pid = first.server_pid("rasa run --model")
        action_pid = first.server_pid("rasa run actions")
        in_flight = threading.Thread(  # a turn that may or may not make it: either is fine
            target=lambda: _ignore(lambda: first.post("/webhooks/rest/webhook",
                                                      {"sender": sender, "message": "在哪办"}, timeout=10)))
        in_flight.start()
        time.sleep(0.05)
        os.kill(rasa_pid, signal.SIGKILL)
        in_flight.join(timeout=15)
        assert first.process.wait(timeout=60) != 0  # run.sh notices and stops the action server
        assert not os.path.exists(f"/proc/{action_pid}") or _is_zombie(action_pid)
    finally:
        first.stop()

    second = Stack(tmp_path / "second", tracker_db=db)
    second.workdir.mkdir()
    with second:
        assert second.tracker(sender)["slots"]["service_item"] == ITEM
        reply = second.say(sender, "要多久？")
        assert real_store.item(ITEM)["legal_time_limit"] in reply
        users = [e["text"] for e in second.tracker(sender)["events"] if e["event"] == "user"]
        assert users[0] == "补办身份证要带什么材料" and users[-1] == "要多久？"


def _ignore(call):
    try:
        call()
    except Exception:
        pass


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1].startswith("Z")
    except OSError:
        return True
