"""PII masking (bot/privacy.py), the masking SQL tracker store (bot/tracker_store.py, on a
temporary SQLite file) and the masking log filter (bot/logging_filter.py)."""
import asyncio
import json
import logging
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from support import REPO
from bot.logging_filter import PIIMaskingFilter, mask_record
from bot.privacy import contains_pii, luhn_valid, mask_event, mask_pii, valid_id_number

ID_X = "11010119900107123X"  # valid GB 11643 check digit X
ID_3 = "110101199003071233"
ID_15 = "110101900307123"  # first generation: region 110101, born 1990-03-07
MOBILE = "13812345678"
CARD_16 = "6222021200091234"  # Luhn-valid
CARD_19 = "6228480012345678903"
CLEAR = (ID_X, ID_3, ID_15, MOBILE, CARD_16, CARD_19)


def id_number(body17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body17 + "10X98765432"[sum(int(d) * w for d, w in zip(body17, weights)) % 11]


# ------------------------------------------------------------------ mask_pii


@pytest.mark.parametrize("text, masked", [
    (ID_X, "110101********123X"),
    (ID_X.lower(), "110101********123x"),
    (ID_3, "110101********1233"),
    (ID_15, "110101******123"),
    (MOBILE, "138****5678"),
    (CARD_16, "6222 **** **** 1234"),
    (CARD_19, "6228 **** **** *** 8903"),
    (f"我的身份证号是{ID_X}，电话{MOBILE}。", "我的身份证号是110101********123X，电话138****5678。"),
    (f"卡号：{CARD_16}，谢谢", "卡号：6222 **** **** 1234，谢谢"),
    # written groupings
    ("138 1234 5678", "138****5678"),
    ("138-1234-5678", "138****5678"),
    ("+86 138 1234 5678", "+86 138****5678"),
    ("+8613812345678", "+86138****5678"),
    ("6222 0212 0009 1234", "6222 **** **** 1234"),
    ("6228 4800 1234 5678 903", "6228 **** **** *** 8903"),
    ("110101 19900107 123X", "110101********123X"),
    ("110101 1990 0107 123X", "110101********123X"),
    # full-width digits
    ("手机１３８１２３４５６７８", "手机１３８****５６７８"),
    # several numbers in one run of groups
    (f"{MOBILE} {ID_3}", "138****5678 110101********1233"),
    (f"电话 138 1234 5678 卡 6222 0212 0009 1234", "电话 138****5678 卡 6222 **** **** 1234"),
    # letters around do not protect a number
    (f"ID{ID_3}end", "ID110101********1233end"),
    (f"tel:{MOBILE}x", "tel:138****5678x"),
    (f"{CARD_16}X", "6222 **** **** 1234X"),
])
def test_pii_is_masked(text, masked):
    assert mask_pii(text) == masked
    assert mask_pii(masked) == masked  # idempotent
    assert contains_pii(text)


@pytest.mark.parametrize("text", [
    "请拨打12345政务服务便民热线",
    "0431-88888888", "010 6512 3456",  # landlines
    "2024-01-15 09:30", "办理时限：20个工作日，收费80元",
    "12812345678",  # not a mobile prefix (12x)
    "138123456789",  # 12 digits: not a mobile number
    "1381234567",  # 10 digits
    "110101199003071234",  # 18 digits, wrong check digit, not Luhn-valid either
    "6222021200091235",  # Luhn fails
    "1101011990010712",  # 16 digits, Luhn fails
    "订单号 202401150000123456789",  # 21 digits
    "000101900307123",  # 15 digits but no region starts with 0
    "110101901307123",  # 15 digits, month 13
    "",
    "没有数字",
])
def test_other_numbers_are_left_alone(text):
    assert mask_pii(text) == text
    assert not contains_pii(text)


def test_numbers_touching_other_digits_are_not_matched_partially():
    assert mask_pii("9" + MOBILE) == "9" + MOBILE
    assert mask_pii(MOBILE + "0") == MOBILE + "0"


def test_non_strings_are_returned_unchanged():
    assert mask_pii(None) is None
    assert mask_pii(13812345678) == 13812345678


def test_json_escaped_text_as_in_rasa_logs_is_masked():
    text = f"身份证号{ID_3}，手机{MOBILE}，卡号{CARD_16}"
    escaped = json.dumps({"text": text})  # "\u53f7110101…": the escape ends in a digit
    masked = mask_pii(escaped)
    assert not any(number in masked for number in (ID_3, MOBILE, CARD_16))
    assert json.loads(masked)["text"] == mask_pii(text)
    assert mask_pii(r"\u53f7") == r"\u53f7"


def test_check_digit_and_luhn():
    assert valid_id_number(ID_X) and valid_id_number(ID_3) and valid_id_number(ID_15)
    assert valid_id_number(id_number("44030419851203001"))
    assert not valid_id_number("110101199003071234")
    assert luhn_valid(CARD_16) and luhn_valid(CARD_19) and luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


def test_many_random_valid_numbers_are_all_masked():
    import random

    rng = random.Random(7)
    for _ in range(300):
        body = f"{rng.randint(110000, 659999)}{rng.randint(1950, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        number = id_number(body)
        mobile = f"1{rng.choice('3456789')}{rng.randint(0, 10**9 - 1):09d}"
        assert number not in mask_pii(f"号码{number}。"), number
        assert mobile not in mask_pii(f"电话:{mobile}"), mobile


# ------------------------------------------------------------------ mask_event


def test_mask_event_masks_every_string_and_copies():
    event = {
        "event": "user", "timestamp": 1.5, "message_id": "a13812345678b" + "0" * 19,
        "text": f"手机{MOBILE}",
        "parse_data": {"text": f"手机{MOBILE}", "intent": {"name": "inform", "confidence": 0.9},
                       "entities": [{"entity": "phone", "value": MOBILE}]},
        "metadata": {"caller": ID_3, "tags": [CARD_16, 3, None, True], "model_id": "f13812345678" + "a" * 20},
    }
    original = json.loads(json.dumps(event))
    masked = mask_event(event)
    assert event == original  # not mutated
    dumped = json.dumps(masked)
    ids = (event["message_id"], event["metadata"]["model_id"])
    assert not any(number in dumped.replace(ids[0], "").replace(ids[1], "") for number in CLEAR)
    assert masked["message_id"] == ids[0] and masked["metadata"]["model_id"] == ids[1]  # identifiers untouched
    assert masked["text"] == "手机138****5678"
    assert masked["parse_data"]["entities"][0]["value"] == "138****5678"
    assert masked["metadata"]["tags"] == ["6222 **** **** 1234", 3, None, True]
    assert masked["timestamp"] == 1.5 and masked["parse_data"]["intent"]["confidence"] == 0.9


# ------------------------------------------------------------------ tracker store


@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(REPO / "domain.yml"))


def conversation(sender: str, domain):
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker(sender, domain.slots)
    text = f"补办身份证，我的身份证号{ID_X}，手机{MOBILE}，卡号{CARD_16}"
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered(text, intent={"name": "ask_materials", "confidence": 0.9},
                               entities=[{"entity": "service_item", "value": "gongan.sfz.reissue"}],
                               parse_data={"text": text, "intent": {"name": "ask_materials", "confidence": 0.9},
                                           "entities": []},
                               metadata={"phone": MOBILE}))
    tracker.update(SlotSet("service_item", "gongan.sfz.reissue"))
    tracker.update(SlotSet("situation", f"本人 {ID_3}"))
    tracker.update(ActionExecuted("action_answer"))
    tracker.update(BotUttered(f"已记录您的电话{MOBILE}。", data={"buttons": [{"title": CARD_16, "payload": "1"}]}))
    tracker.update(ActionExecuted("action_listen"))
    return tracker, text


def test_store_masks_on_save_and_retrieves(tmp_path, domain):
    from rasa.shared.core.events import UserUttered

    from bot.tracker_store import MaskingSQLTrackerStore

    db = tmp_path / "tracker.db"
    store = MaskingSQLTrackerStore(domain=domain, dialect="sqlite", db=str(db))
    tracker, text = conversation("caller-1", domain)
    asyncio.run(store.save(tracker))
    assert tracker.latest_message.text == text  # the live tracker keeps the real text

    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    rows = [row for (row,) in sqlite3.connect(db).execute("SELECT data FROM events")]
    assert len(rows) == len(tracker.events)
    for number in CLEAR:
        assert number.encode() not in raw, number
        assert not any(number in row for row in rows), number
    assert any("138****5678" in row for row in rows)
    assert any("110101********123X" in row for row in rows)

    again = asyncio.run(store.retrieve("caller-1"))
    assert again.get_slot("service_item") == "gongan.sfz.reissue"
    assert again.get_slot("situation") == "本人 110101********1233"
    assert again.latest_message.text == mask_pii(text)
    assert again.latest_message.intent["name"] == "ask_materials"
    assert [e.type_name for e in again.events] == [e.type_name for e in tracker.events]

    # a later turn appends only its new events, masked as well
    again.update(UserUttered(f"新号码 {MOBILE[:3]} {MOBILE[3:7]} {MOBILE[7:]}"))
    asyncio.run(store.save(again))
    rows = [row for (row,) in sqlite3.connect(db).execute("SELECT data FROM events ORDER BY id")]
    assert len(rows) == len(tracker.events) + 1
    assert "138****5678" in json.loads(rows[-1])["text"]
    assert asyncio.run(store.retrieve("caller-1")).latest_message.text == "新号码 138****5678"


def test_store_masks_what_it_publishes_to_an_event_broker(tmp_path, domain):
    from bot.tracker_store import MaskingSQLTrackerStore

    class Broker:
        def __init__(self):
            self.published = []

        def publish(self, body):
            self.published.append(body)

    broker = Broker()
    store = MaskingSQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "t.db"), event_broker=broker)
    tracker, _ = conversation("caller-2", domain)
    asyncio.run(store.save(tracker))
    dumped = json.dumps(broker.published)
    assert broker.published and not any(number in dumped for number in CLEAR)


def test_endpoints_yml_configures_the_masking_store():
    import yaml

    config = yaml.safe_load((REPO / "endpoints.yml").read_text(encoding="utf-8"))
    assert config["tracker_store"]["type"] == "bot.tracker_store.MaskingSQLTrackerStore"
    assert config["tracker_store"]["dialect"] == "sqlite"


# ------------------------------------------------------------------ logging


def record(msg, *args, **extra):
    rec = logging.LogRecord("rasa.core.processor", logging.DEBUG, __file__, 1, msg, args or None, None)
    for key, value in extra.items():
        setattr(rec, key, value)
    return rec


def test_filter_masks_message_arguments_and_extras():
    rec = record("Received user message '%s' from %s", f"手机{MOBILE}", "rest", request=f"GET /x?id={ID_3}")
    assert PIIMaskingFilter().filter(rec) is True
    assert rec.getMessage() == "Received user message '手机138****5678' from rest"
    assert rec.request == "GET /x?id=110101********1233"
    untouched = record("nothing %s here", "personal")
    mask_record(untouched)
    assert untouched.args == ("personal",)  # lazy formatting kept when nothing to mask


def test_filter_masks_tracebacks():
    try:
        raise ValueError(f"bad card {CARD_16}")
    except ValueError:
        rec = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    mask_record(rec)
    text = logging.Formatter().format(rec)
    assert CARD_16 not in text and "6222 **** **** 1234" in text


def test_installed_in_a_process_every_log_path_is_masked():
    """In a fresh interpreter: the logging config file of run.sh, then stdlib logging,
    extras, exceptions and structlog configured the way Rasa 3.6 does it (JSON)."""
    script = textwrap.dedent(f"""
        import logging, logging.config, sys, yaml
        logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(name)s %(message)s %(request)s")
        logging.config.dictConfig(yaml.safe_load(open("scripts/logging.yml")))
        import bot.logging_filter as lf
        assert lf.installed()
        handler = logging.StreamHandler(sys.stdout)  # a handler added later (as Sanic does)
        handler.setFormatter(logging.Formatter("late %(message)s"))
        late = logging.getLogger("sanic.root"); late.addHandler(handler); late.propagate = False
        log = logging.getLogger("rasa.core.processor")
        log.debug("Received user message '%s'", "{MOBILE} {ID_X}", extra={{"request": "POST /?p={CARD_16}"}})
        late.info("late handler %s", "{ID_15}")
        try:
            raise RuntimeError("card {CARD_19}")
        except RuntimeError:
            log.exception("failed", extra={{"request": "-"}})
        import structlog
        structlog.configure(processors=[structlog.processors.JSONRenderer()],
                            logger_factory=structlog.stdlib.LoggerFactory())
        structlog.get_logger().info("processor.message.parse", parse_data_text="身份证号{ID_3}")
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for number in CLEAR:
        assert number not in output, (number, output)
    assert output.count("138****5678") == 1 and "6228 **** **** *** 8903" in output
    assert "late late handler 110101******123" in output


def test_agent_feedback_never_stores_numbers_in_clear(tmp_path):
    from bot.feedback import FeedbackStore

    store = FeedbackStore(tmp_path / "feedback.db")
    row = store.add("我身份证110101199003071233丢了，电话13812345678", "gongan.sfz.reissue")
    raw = (tmp_path / "feedback.db").read_bytes().decode("utf-8", "ignore")
    assert "110101199003071233" not in raw and "13812345678" not in raw
    assert "13812345678" not in row["text"] and "138****5678" in store.rows()[0]["text"]


def test_the_fast_paths_mask_exactly_what_a_plain_scan_masks(real_store):
    """``mask_pii`` skips spans too short to hold a number it masks (its pattern looks for
    a long enough run first, the callback checks the span's length): this may not change a
    result. The reference is the pattern without the lookahead, every span classified. Texts: the knowledge base's guides
    and random mixtures of numbers to mask, short numbers, separators, X and JSON escapes."""
    import random
    import re

    from bot import privacy

    assert privacy._SPAN.pattern.endswith(privacy._SPAN_BODY)
    plain = re.compile(privacy._SPAN_BODY)

    def reference(text):
        return plain.sub(lambda match: privacy._mask_span(match.group(0)), text)

    texts = [json.dumps(guide, ensure_ascii=False, default=str) for guide in
             (real_store.guide(item["id"]) for item in real_store.list_items())]
    rng = random.Random(11)
    pieces = list(CLEAR) + ["138 1234 5678", "+86-138-1234-5678", "１３８１２３４５６７８", "6222 0212 0009 1234",
                            "9:00", "12345", "2025年5月10日", "0000-12345601", "X", "x", " ", "-", "号", "\\u53f7",
                            "1", "22", "333", "4444", "1380013800", "99999999999999999999"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    changed = 0
    for text in texts:
        assert mask_pii(text) == reference(text), text
        changed += mask_pii(text) != text
    assert changed > 1000


@pytest.mark.parametrize("text, said", [
    ("我身份证号是11010119900307387X", True), ("110101********387X", True), ("手机13812345678", True),
    ("138****5678", True), ("6222 **** **** 1234", True),
    ("身份证丢了", False), ("2025年5月10日", False), ("电话0000-12090001", False), ("12345", False), (None, False),
    # shaped like one though not valid (a mistyped ID number: still not to send; r9 QA)
    ("身份证号110101199003071235", True), ("卡号6222021234567890", True),
])
def test_a_personal_number_is_seen_in_clear_or_masked(text, said):
    from bot.privacy import mentions_personal_number
    assert mentions_personal_number(text) is said


@pytest.mark.parametrize("text, asked", [
    ("你能记住我的身份证号吗", True), ("我的手机号你们会保存吗", True), ("我的信息会不会被泄露", True), ("我的信息安全吗", True),
    ("我的身份证信息记录错了怎么改", False), ("要保存好身份证复印件吗", False), ("补办身份证要带手机吗", False),
    ("你刚才记下我号码了吗", True), ("你们保存我的身份证号了没", True),   # (r48 QA: "not in scope")
    ("你记下我电话号码了没有", True), ("我记住材料了 谢谢", False), ("要留下联系电话吗", False),
])
def test_whether_the_assistant_keeps_ones_numbers_is_asked(text, asked):
    """你能记住我的身份证号吗 got the 身份证 lines of the item in hand (r38 QA)."""
    from bot.privacy import asks_if_kept
    assert asks_if_kept(text) is asked
