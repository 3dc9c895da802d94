"""``use_uncopied_debug_log_values`` (bot/rasa_patches.py): the Rasa modules it changes deep-copy
only values for debug logging, and ``DebugLogCopy`` still copies whenever such a value can be
logged or changed by an anonymization pipeline."""
import ast
import importlib
import inspect
import logging

import pytest

from bot.rasa_patches import DEBUG_ONLY_COPIES, DebugLogCopy, use_uncopied_debug_log_values


def _debug_call(node, parents):
    """Whether ``node`` is inside the arguments of a ``structlogger.debug(...)`` call."""
    while node in parents:
        node = parents[node]
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "debug"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "structlogger"):
            return True
    return False


@pytest.mark.parametrize("name", DEBUG_ONLY_COPIES)
def test_every_copy_in_the_changed_modules_is_a_debug_log_argument(name):
    tree = ast.parse(inspect.getsource(importlib.import_module(name)))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    uses = [node for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "copy"]
    assert uses, name
    for use in uses:
        assert use.attr == "deepcopy" and _debug_call(use, parents), f"{name}:{use.lineno} copy.{use.attr}"


def test_debug_log_copy_copies_only_what_can_be_logged_or_changed():
    value = {"events": [{"text": "x"}]}
    logger = logging.getLogger("bot.test_debug_log_copy")
    shim = DebugLogCopy(logger.name, anonymizing=False)
    logger.setLevel(logging.INFO)
    assert shim.deepcopy(value) is value
    logger.setLevel(logging.DEBUG)
    copied = shim.deepcopy(value)
    assert copied == value and copied is not value and copied["events"][0] is not value["events"][0]
    logger.setLevel(logging.INFO)
    anonymized = DebugLogCopy(logger.name, anonymizing=True).deepcopy(value)
    assert anonymized == value and anonymized is not value
    assert shim.copy is __import__("copy").copy   # the rest of the copy module


def test_installed_in_the_rasa_modules():
    use_uncopied_debug_log_values()
    for name in DEBUG_ONLY_COPIES:
        module = importlib.import_module(name)
        assert isinstance(module.copy, DebugLogCopy) and module.copy.logger.name == name
