"""bot.json_text.dumps: the JSON the standard library would write, once parsed."""
import json

from bot.json_text import dumps


def test_dumps_round_trips_like_json():
    values = [
        {"text": "身份证/补办\u2028", "confidence": 0.30000000000000004, "tiny": 1e-7, "big": 2 ** 63 - 1,
         "huge": 2 ** 70, "none": None, "flags": [True, False], "nested": {"a": [1, 2.5, "x"]}},
        [], "plain", 0, -1.5,
    ]
    for value in values:
        text = dumps(value)
        assert json.loads(text) == json.loads(json.dumps(value))
    assert "身份证" in dumps({"t": "身份证"})     # UTF-8 text, not \\u escapes


def test_what_ujson_refuses_goes_to_json():
    class Odd(float):
        pass

    assert json.loads(dumps({"x": float("inf")})) == {"x": float("inf")}
    assert json.loads(dumps({"x": Odd(1.5)})) == {"x": 1.5}
