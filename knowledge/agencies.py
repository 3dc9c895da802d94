"""What an office handles, asked by its everyday name (车管所那边都可以办些什么, 民政局能办啥业务).

Broad words shared by many items are topics (``knowledge.topics``: 公积金, 社保, 户口 …) with kinds to choose from. An
office named by its everyday name is answered by the catalog's items of its department (r58 QA: 车管所, 出入境管理局 and
民政局 got "请问您要办理什么事项" or two items at random; 市场监管局 on the hotline got 特困人员救助供养 among three).
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from knowledge.asking import asks_only
from knowledge.topics import KINDS_ASKED, TOPIC_KINDS_FILLERS, for_kin_unsure

# an office's everyday names, and the catalog's department it is
AGENCIES = (
    (("车管所", "交管局", "交警队", "交警大队", "交警支队"), "交管"),
    (("出入境管理局", "出入境管理处", "出入境大厅", "出入境"), "出入境"),
    (("民政局", "婚姻登记处", "婚姻登记中心"), "民政"),
    (("市场监管局", "市场监督管理局", "工商局"), "市场监管"),
    (("税务局", "办税大厅", "税务所"), "税务"),
    (("住建局", "房管局", "住房和城乡建设局"), "住建"),
    (("卫健委", "卫生健康委", "卫生局"), "卫健"),
    (("不动产登记中心", "不动产登记大厅"), "不动产"),
    (("残联",), "残联"),
    (("教育局",), "教育"),
    (("司法局",), "司法"),
    (("退役军人事务局",), "退役军人"),
    # (帮我二舅问问公安局，他没说办什么事: "not in scope"; r70 QA)
    (("公安局", "公安分局", "派出所", "户政大厅", "户籍科"), "公安"),
)
# (民政局是干什么的: "not in scope"; r59 QA) — of an office only (公积金是干什么的 asks what the fund is)
_WHAT_IT_DOES = re.compile(r"是(?:干|做|管)(?:什么|啥)的")
_OFFICE_WORDS = ("局", "所", "大厅", "中心", "处", "部门", "管理部门", "管理", "是管什么的", "是做啥的", "是管啥的")
# (是干什么的, 是做什么的, 是干啥的 are the topics' fillers too: ``TOPIC_KINDS_FILLERS``)
# (not 人社局: its 37 items are asked by kind, its topic in topics.yaml)


def agency_asked(text: str) -> Optional[Tuple[str, str]]:
    """(the office's name as said, its department) when ``text`` names an office and asks nothing but what it handles;
    None otherwise."""
    text = re.sub(r"\s+", "", text or "")
    asked_for_kin = for_kin_unsure(text)   # (我舅舅让我帮他问下民政局，没说具体要办啥: the marriage items; r70 QA)
    if asked_for_kin is not None:
        text = asked_for_kin
    elif not (KINDS_ASKED.search(text) or _WHAT_IT_DOES.search(text)):
        return None
    for names, department in AGENCIES:
        for name in sorted((n for n in names if n in text), key=len, reverse=True):
            if asks_only(text.replace(name, " "), TOPIC_KINDS_FILLERS + _OFFICE_WORDS):
                return name, department
    return None


def agency_items(store, department: str) -> List[Dict[str, Any]]:
    """The catalog's items of ``department``, in the store's order (not those imported from a local catalog)."""
    return [i for i in store.list_items() if i.get("department") == department and not i["id"].startswith("import.")]
