"""Pure checks of standard numbers found in tagged exports: ISBN, ISSN, patent numbers.

An importer meets these values in slots meant for something else (CNKI writes a yearbook's ISBN into
EndNote's ``%V`` volume tag, a patent number into ``%@`` ISBN/ISSN), so a value is classified by its
shape *and* its check digit: an ISBN-shaped value with a valid checksum is an ISBN, wherever it stands.
"""

from __future__ import annotations

import re

from biblio.model.identifiers import isbn_digits

__all__ = ["PATENT_OFFICES", "isbn_digits", "issn_form", "looks_like_issn", "looks_like_patent_number", "patent_office"]

_ISSN = re.compile(r"^(?:ISSN[:：]?\s*)?(\d{4})\s*[-‐–]?\s*(\d{3}[\dXx])$", re.IGNORECASE)
_PATENT = re.compile(r"^([A-Z]{2})\s*\d[\d.,/\s]*[A-Z]?\d?$")

# The office a patent number's two-letter prefix names, in Chinese (CNKI's own records) and English.
PATENT_OFFICES: dict[str, tuple[str, str]] = {
    "CN": ("中国", "China"),
    "US": ("美国", "United States"),
    "JP": ("日本", "Japan"),
    "KR": ("韩国", "South Korea"),
    "EP": ("欧洲专利局", "European Patent Office"),
    "WO": ("世界知识产权组织", "World Intellectual Property Organization"),
    "DE": ("德国", "Germany"),
    "GB": ("英国", "United Kingdom"),
    "FR": ("法国", "France"),
    "RU": ("俄罗斯", "Russia"),
    "SU": ("苏联", "Soviet Union"),
    "CH": ("瑞士", "Switzerland"),
    "CA": ("加拿大", "Canada"),
    "AU": ("澳大利亚", "Australia"),
    "TW": ("中国台湾", "Taiwan"),
    "HK": ("中国香港", "Hong Kong"),
    "IN": ("印度", "India"),
    "KZ": ("哈萨克斯坦", "Kazakhstan"),
    "UZ": ("乌兹别克斯坦", "Uzbekistan"),
}


def issn_form(text: str) -> str:
    """``NNNN-NNNC`` for a valid ISSN in ``text``, else ``""``."""
    match = _ISSN.match(text.strip())
    if not match:
        return ""
    digits = (match.group(1) + match.group(2)).upper()
    total = sum((8 - i) * int(d) for i, d in enumerate(digits[:7]))
    check = (11 - total % 11) % 11
    if digits[7] != ("X" if check == 10 else str(check)):
        return ""
    return f"{digits[:4]}-{digits[4:]}"


def looks_like_issn(text: str) -> bool:
    """ISSN-shaped (``NNNN-NNNC``), whatever the check digit."""
    return bool(_ISSN.match(text.strip()))


def patent_office(number: str, chinese: bool) -> str:
    """The country or office a patent number's prefix names (``US11651140`` -> 美国 / United States)."""
    match = _PATENT.match(number.strip().upper())
    if not match or match.group(1) not in PATENT_OFFICES:
        return ""
    zh, en = PATENT_OFFICES[match.group(1)]
    return zh if chinese else en


def looks_like_patent_number(text: str) -> bool:
    """``CN111020404A``, ``US11651140``, ``WO 2020/123456``: an office prefix the table knows, then digits."""
    match = _PATENT.match(text.strip().upper())
    return bool(match and match.group(1) in PATENT_OFFICES)
