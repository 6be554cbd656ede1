"""A CJK name as one string, the way BibTeX and CSL ``literal`` values carry it, split into family and given.

Surname first (compound surnames such as 欧阳 kept whole), transliterated foreign names
(``亚历山大·伊万诺夫``) at the last middle dot; a longer unsplit string is an institution.
"""

from __future__ import annotations

from biblio.model import Name
from biblio.model.script import HAN, KANA

_DOTS = "·・•‧･"
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 夏侯 轩辕 令狐 端木 独孤 南宫 西门 "
    "百里 呼延 东郭 闻人 澹台 公冶 太史 申屠 钟离 赫连 濮阳 单于 万俟 淳于 仲孙 公羊 歐陽 司馬 諸葛 "
    "東方 長孫 夏侯 軒轅 鍾離 赫連".split()
)
_MAX_PERSONAL_CJK = 4  # longer unsplit Han strings are institutions, not people


def cjk_name(text: str, script: str = HAN) -> Name:
    """A Han/kana/Hangul name: surname first, or given·family for transliterated foreign names."""
    for dot in _DOTS:
        if dot in text:
            given, family = text.rsplit(dot, 1)
            return Name(family=family.strip(), given=given.strip(), script=script, written=text)
    if " " in text.strip():
        family, given = text.strip().split(None, 1)
        return Name(family=family, given=given, script=script, written=text)
    if script == KANA:
        return Name(family=text, script=script, written=text)
    if len(text) > _MAX_PERSONAL_CJK:
        return Name(literal=text, script=script, written=text)
    split = 2 if text[:2] in COMPOUND_SURNAMES else 1
    return Name(family=text[:split], given=text[split:], script=script, written=text)
