"""Match imported item names to the canonical catalog (``knowledge/catalog/items.tsv``).

Names are compared after ``normalise_name``. A match is tried, most specific first, by:
  1. the explicit synonym table below (names that differ only in wording);
  2. the exact normalised name against catalog names and aliases;
  3. (loose) the imported name without its parenthesised qualifiers against catalog names,
     or the imported name against a catalog name without its qualifiers. Aliases are not
     used here: 注销税务登记（适用于…以外的纳税人） is not the item whose alias is 注销税务登记.
Qualifiers are never dropped on both sides at once, so 户口注销（出国定居） does not attach
to 户口注销（死亡）; a normalised name shared by several catalog items matches none of them.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Dict, Iterable, Optional

PREFIXES = ("居民", "普通")
_QUALIFIER = re.compile(r"\([^()]*\)|【[^【】]*】|〔[^〔〕]*〕|\[[^\[\]]*\]")
_NON_WORD = re.compile(r"[\W_]+")

# Imported name (as in the file) -> catalog id. Only for names that no normalisation reaches.
SYNONYMS: Dict[str, str] = {
    # changchun-guide.xlsx (主项名称 or 业务办理项名称)
    "丢失补领身份证": "gongan.sfz.reissue",
    "有效期满换领身份证": "gongan.sfz.renew",
    "损坏换领身份证": "gongan.sfz.renew",
    "首次申领居民身份证": "gongan.sfz.first",
    "死亡注销户口": "gongan.hukou.cancel",
    "干部、职工调动户口迁入": "gongan.hukou.move_job",
    "被大中专院校录取学生迁移户口": "gongan.hukou.move_college",
    "被大中专院校录取毕业生迁移户口": "gongan.hukou.move_graduate",
    "已落实就业单位大中专毕业生户口迁入": "gongan.hukou.move_graduate",
    "未落实就业单位大中专毕业生户口迁入": "gongan.hukou.move_graduate",
    "往届大中专毕业生户口迁入": "gongan.hukou.move_graduate",
    "按照在当地有合法稳定就业条件申领居住证的": "gongan.jzz.apply",
    "按照在当地有合法稳定住所条件申领居住证的": "gongan.jzz.apply",
    "按照在当地连续就读条件申请居住证的": "gongan.jzz.apply",
    # jilin-common-materials.xls (事项名称)
    "社保卡申请": "renshe.shebaoka.apply",
    "企业职工提前退休（退职）申请": "renshe.yanglao.early",
    "城镇职工基本养老保险关系转移接续申请": "renshe.yanglao.transfer",
    "创业补贴申领": "renshe.chuangye.subsidy",
    "城乡居民参保登记": "yibao.resident.enroll",
    "一孩、二孩、三孩生育登记": "weijian.shengyu.register",
    "营业执照遗失补领、换发申请": "scjg.license.reissue",
    "国有建设用地使用权及房屋所有权转移登记（购买存量房）": "budongchan.transfer.second",
    "住房公积金贷款新房贷款": "gjj.loan.new",
    "住房公积金贷款二手房贷款": "gjj.loan.second",
    "住房公积金提前还清全部剩余贷款": "gjj.loan.prepay_full",
    "解除劳动关系提取住房公积金": "gjj.withdraw.leave",
    "机动车转移登记": "jiaoguan.car.transfer",
    "机动车检验合格标志核发（设区的市级权限）": "jiaoguan.car.inspect",
    "普通货物道路运输经营许可": "jiaotong.huoyun.license",
    "道路运输证配发": "jiaotong.huoyun.vehicle",
    "经营性道路客货运输驾驶员从业资格证核发": "jiaotong.congye.apply",
}


def normalise_name(name: Optional[str], keep_qualifiers: bool = False) -> str:
    """A comparison key for an item name.

    Full-width forms folded (NFKC), lower case, parenthesised qualifiers removed (their
    text kept when ``keep_qualifiers``), punctuation and spaces removed, and a leading
    居民/普通 dropped: ``居民身份证补领`` -> ``身份证补领``, ``出生登记（新生儿入户）`` -> ``出生登记``.
    """
    text = unicodedata.normalize("NFKC", str(name or "")).strip().lower()
    if not keep_qualifiers:
        stripped = text
        while True:
            shorter = _QUALIFIER.sub("", stripped)
            if shorter == stripped:
                break
            stripped = shorter
        if _NON_WORD.sub("", stripped):
            text = stripped
    text = _NON_WORD.sub("", text)
    for prefix in PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix):]
    return text


class CatalogMatcher:
    """Find the catalog id of an imported item name, or None."""

    def __init__(self, catalog: Dict[str, Dict[str, str]], synonyms: Dict[str, str] = SYNONYMS):
        strict, names, stripped = defaultdict(set), defaultdict(set), defaultdict(set)
        for item_id, row in catalog.items():
            for alias in _aliases(row.get("aliases")):
                strict[normalise_name(alias, keep_qualifiers=True)].add(item_id)
            strict[normalise_name(row.get("name"), keep_qualifiers=True)].add(item_id)
            names[normalise_name(row.get("name"), keep_qualifiers=True)].add(item_id)
            stripped[normalise_name(row.get("name"))].add(item_id)
        self.strict = _unique(strict)      # exact names and aliases
        self.names = _unique(names)        # exact names
        self.stripped = _unique(stripped)  # names without their qualifiers
        self.synonyms = {
            normalise_name(name, keep_qualifiers=True): item_id
            for name, item_id in synonyms.items() if item_id in catalog
        }

    def match(self, name: str, loose: bool = True) -> Optional[str]:
        """The catalog id for ``name``; ``loose=False`` forbids dropping qualifiers."""
        exact = normalise_name(name, keep_qualifiers=True)
        bare = normalise_name(name)
        if exact in self.synonyms:
            return self.synonyms[exact]
        if exact in self.strict:
            return self.strict[exact]
        if loose:
            if bare in self.names:
                return self.names[bare]
            if exact in self.stripped:
                return self.stripped[exact]
        return None

    def match_any(self, names: Iterable[tuple]) -> Optional[str]:
        """The first match among ``(name, loose)`` candidates."""
        for name, loose in names:
            found = self.match(name, loose)
            if found:
                return found
        return None


def _aliases(value: Optional[str]) -> list:
    return [a.strip() for a in str(value or "").split("|") if a.strip()]


def _unique(index: Dict[str, set]) -> Dict[str, str]:
    return {key: next(iter(ids)) for key, ids in index.items() if key and len(ids) == 1}
