"""Action server down, then hung, then back: the Rasa server (scripts/run.sh, pointed with
ACTION_ENDPOINT_URL at an action server this test starts and kills) stays up; while the
action server is down every message gets, within 2 s, the apology naming the 12345
hotline; while it accepts connections but never answers, the apology comes after the
action timeout (10 s) instead of Rasa's 5 minutes; once it is back, answers resume by
themselves and the conversation still knows its item."""
import socket
import time

from stack import ActionServer, Stack
from bot.guard import UNAVAILABLE_TEXT

ITEM = "gongan.sfz.reissue"


def timed_say(stack, sender, text):
    started = time.monotonic()
    status, replies, _ = stack.post("/webhooks/rest/webhook", {"sender": sender, "message": text}, timeout=60)
    elapsed = time.monotonic() - started
    assert status == 200, (status, replies)
    return "\n".join(r.get("text", "") for r in replies), elapsed


def test_action_server_down_hung_and_back(tmp_path, real_store):
    actions = ActionServer().start()
    stack = Stack(tmp_path, {"ACTION_ENDPOINT_URL": actions.url})
    hung = None
    try:
        stack.start()
        sender = "while-actions-down"
        limit = real_store.item(ITEM)["legal_time_limit"]
        assert limit in stack.say(sender, "补办身份证要多久")

        actions.kill()
        for text in ("补办身份证要带什么材料", "要多久？", "在哪办", "转人工", "你好"):
            reply, elapsed = timed_say(stack, sender, text)
            if text == "你好":  # a plain response (utter_greet) needs no action server
                assert "您好" in reply
                continue
            assert reply.strip() == UNAVAILABLE_TEXT, (text, reply)
            assert "12345" in reply and elapsed < 2.0, (text, elapsed)
        assert stack.status_ok() and stack.process.poll() is None
        print(f"\naction server down: apology in {elapsed * 1000:.0f} ms")

        # hung: the port accepts connections (kernel backlog) but nothing ever answers
        hung = socket.socket()
        hung.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        hung.bind(("127.0.0.1", actions.port))
        hung.listen(64)
        reply, elapsed = timed_say(stack, sender, "要钱吗")
        assert reply.strip() == UNAVAILABLE_TEXT and 5 < elapsed < 15, (reply, elapsed)
        print(f"action server hung: apology in {elapsed:.1f} s")
        hung.close()
        hung = None

        actions.start()  # same port
        assert stack.status_ok() and stack.process.poll() is None
        reply = stack.say(sender, "要多久？")
        assert limit in reply, reply
        assert stack.tracker(sender)["slots"]["service_item"] == ITEM
    finally:
        if hung is not None:
            hung.close()
        stack.stop()
        actions.kill()
