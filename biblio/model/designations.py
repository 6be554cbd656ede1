"""What styles print after a title that is not the title: a volume or part (": 第 3 卷", "第 2 册", ": 下",
"2015 年卷", "六卷", ": vol. 11", ": т. 2"; read as a normalised volume and kept as written), a document
number (a 发文字号 "国发〔2019〕12号", a report number "NREL/TP-6A20-12345", "调查研究报告第 838 号"), and
the edition and printing words (修订本, 影印本, 刻本).

All patterns are anchored at the end of the title (or the start of a segment) and use bounded character
classes only, so they run in linear time.
"""

from __future__ import annotations

import re

_ZH_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0", "两": "2"}
_ZH_NUM = "〇零一二三四五六七八九十百千两"

TITLE_VOLUME_RE = re.compile(
    rf"\s*[:：,，]\s*(?P<written>第\s*(?P<a>[\d{_ZH_NUM}]+)\s*(?:卷|册|冊|辑|輯|分册|部分|编)"
    rf"|(?P<b>[上中下])(?:\s*(?:卷|册|冊))?"
    rf"|(?P<c>\d{{4}})\s*年卷"
    rf"|(?P<d>[\d{_ZH_NUM}]+)\s*卷(?:本)?"
    rf"|(?:[Vv]ol|VOL|[Тт]|Том|том|Bd|[Tt]ome?)\.?\s*(?P<e>\d+[A-Za-z]?)"
    rf"|[Pp]art\s*(?P<f>\d+))\s*$"
)
_VALUE_GROUPS = ("a", "b", "c", "d", "e", "f")
EDITION_WORD_RE = re.compile(
    r"(?P<word>(?:[\u4e00-\u9fff]{0,8}?)(?:修订|增订|重排|影印|刻|抄|石印|铅印|排印|重印|点校|校注|精装|平装)本"
    r"|修订版|增订版|新版|初版)"
)
REPORT_NUMBER_RE = re.compile(
    r"\s*[:：]\s*(?P<no>(?:[A-Za-z\u4e00-\u9fff/〔〕\[\]()（）.\- ]{0,40}?)\d[\w/〔〕\[\]()（）.\- 号]{0,40}?)\s*$"
)
_HAN_NUMBER_END = re.compile(r"(?:\d\s*号|[\u4e00-\u9fff]\s*\d+)$")
_YEARS_ONLY = re.compile(r"\s*\d{4}(?:\s*[-–—]\s*\d{2,4})?\s*年?\s*")


def zh_number(text: str) -> str:
    """Chinese numerals as Arabic digits: "一二三" -> "123", "十三" -> "13", "一五〇" -> "150"; digits kept."""
    if not text or text.isdigit():
        return text
    if not any(ch in text for ch in "十百千"):
        return "".join(_ZH_DIGITS.get(ch, ch) for ch in text)
    total, current = 0, 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = int(_ZH_DIGITS[ch])
        elif ch in "十百千":
            total += (current or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            current = 0
    return str(total + current)


def take_title_volume(title: str) -> tuple[str, str, str]:
    """A volume designation at the end of a title -> (title without it, the volume, the designation as written).

    ``"大国战略: 第 3 卷"`` -> ``("大国战略", "3", "第 3 卷")``; ``"…: 上卷"`` -> ``(…, "上", "上卷")``;
    ``"…: 第一辑"`` -> ``(…, "1", "第一辑")``. The volume is what CSL-JSON and BibLaTeX ``volume`` want;
    the written form keeps the unit (卷, 辑, 册, 编, 分册, 部分) and the numerals, which GB/T 7714
    prints as the source gives them (its 其他题名信息: "三松堂全集: 第4卷", "世界出版业: 美国卷").
    """
    match = TITLE_VOLUME_RE.search(title)
    if not match or not title[: match.start()].strip():
        return title, "", ""
    value = next(match.group(name) for name in _VALUE_GROUPS if match.group(name))
    return title[: match.start()], zh_number(value), " ".join(match.group("written").split())


def designation_value(designation: str) -> str:
    """The volume a designation written alone names ("第一卷" -> "1", "上卷" -> "上"), ``""`` if it is none."""
    return take_title_volume(f"_: {designation}")[1]


def take_title_number(title: str) -> tuple[str, str]:
    """A document number after a report's or regulation's title ("…的通知: 国发〔2019〕12 号") -> (title, number).

    A bare year or year range ("…: 1991–2011") is a subtitle, not a number.
    """
    match = REPORT_NUMBER_RE.search(title)
    if not match or not title[: match.start()].strip() or not _looks_like_number(match.group("no")):
        return title, ""
    return title[: match.start()], " ".join(match.group("no").split())


def _looks_like_number(text: str) -> bool:
    """A document number, not a subtitle: "国发〔2019〕12 号", "调查研究报告第 838 号", "中亚研究报告 33",
    "RR-4118-A", "Asia Report No. 183"; not "1991–2011" nor "哈萨克斯坦(2021年版)"."""
    body = text.strip()
    if _YEARS_ONLY.fullmatch(body) or "年" in body or "版" in body:
        return False
    if any("\u4e00" <= ch <= "\u9fff" for ch in body):
        return bool(_HAN_NUMBER_END.search(body))
    return not any(len(word) > 3 and word.isalpha() and word.islower() for word in body.split())
