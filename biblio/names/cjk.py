"""Splitting names written in Han, kana and Hangul into family and given parts."""

from __future__ import annotations

import re

from biblio.model.names import Name
from biblio.model.script import HAN, HANGUL, KANA
from biblio.names.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES, JAPANESE_SURNAMES, TRANSLIT_CHARS

NAME_DOTS = "·•・‧･.．=＝"
"""Separators between the parts of a foreign or ethnic-minority name written in CJK (哈·麦金德)."""
_DOT_SPLIT = re.compile(r"\s*[" + re.escape(NAME_DOTS) + r"]\s*")
_KOREAN_COMPOUND = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"})


def split_dotted(text: str) -> tuple[str, str] | None:
    """Split "哈·麦金德" into ("麦金德", "哈"): the last part is the family name. None without a separator."""
    parts = [p for p in _DOT_SPLIT.split(text) if p]
    if len(parts) < 2 or not any(ch in text for ch in NAME_DOTS):
        return None
    sep = next(ch for ch in text if ch in NAME_DOTS)
    return parts[-1], sep.join(parts[:-1])


def looks_transliterated(text: str) -> bool:
    """A run of transliteration characters (斯皮克曼) rather than a Chinese family + given name."""
    if len(text) < 3 or text[:2] in COMPOUND_SURNAMES:
        return False
    share = sum(1 for ch in text if ch in TRANSLIT_CHARS) / len(text)
    if len(text) >= 4:
        return share >= 0.75 or text[0] not in COMMON_SURNAMES
    return share == 1.0 and text[0] not in COMMON_SURNAMES


def split_chinese(text: str, foreign: bool = False) -> tuple[str, str]:
    """(family, given) of a Chinese name written in Han characters.

    ``foreign`` (a nationality marker or an original-script bracket was given) makes an undotted name a
    transliterated family name (斯皮克曼) rather than family + given.
    """
    body = "".join(text.split())
    dotted = split_dotted(body)
    if dotted:
        return dotted
    if len(body) <= 1:
        return body, ""
    if body[:2] in JAPANESE_SURNAMES and (body[0] not in COMMON_SURNAMES or len(body) == 4):
        return body[:2], body[2:]
    if foreign or looks_transliterated(body):
        return body, ""
    size = 4 if body.startswith(("爱新觉罗", "愛新覺羅")) else 2 if body[:2] in COMPOUND_SURNAMES else 1
    return (body[:size], body[size:]) if len(body) > size else (body[:1], body[1:])


def split_japanese(text: str) -> tuple[str, str]:
    """(family, given) of a Japanese name: spaced ("坂本 龍一"), dotted katakana, or by known surnames."""
    tokens = text.split()
    if len(tokens) >= 2:
        return tokens[0], "".join(tokens[1:])
    dotted = split_dotted(text)
    if dotted:
        return dotted
    body = tokens[0] if tokens else ""
    if any("\u3040" <= ch <= "\u30ff" for ch in body):
        return body, ""
    size = _japanese_family_size(body)
    return body[:size], body[size:]


def _japanese_family_size(body: str) -> int:
    """Length of the family name of an unspaced kanji name: a known surname, else the usual two characters."""
    for size in (4, 3, 2, 1):
        if size == 1 and len(body) >= 4:  # 北岡伸一: a four-character name is two and two, not 北 + 岡伸一
            break
        if len(body) > size and body[:size] in JAPANESE_SURNAMES:
            return size
    if len(body) <= 2:
        return 1 if len(body) == 2 else len(body)
    return 1 if len(body) == 3 and body[0] in COMMON_SURNAMES else 2  # 毛沢東 in a Japanese record


def split_korean(text: str) -> tuple[str, str]:
    """(family, given) of a Hangul name ("김정은" -> 김, 정은; compound 남궁, 황보 ...)."""
    tokens = text.split()
    if len(tokens) >= 2:
        return tokens[0], "".join(tokens[1:])
    body = tokens[0] if tokens else ""
    if len(body) >= 3 and body[:2] in _KOREAN_COMPOUND:
        return body[:2], body[2:]
    return body[:1], body[1:]


def looks_japanese(text: str) -> bool:
    """An unspaced Han name opening with a known Japanese two- or three-character surname (坂本龍一)."""
    body = "".join(text.split())
    if not 3 <= len(body) <= 5 or body[:2] in COMPOUND_SURNAMES or split_dotted(body):
        return False
    return body[:3] in JAPANESE_SURNAMES or body[:2] in JAPANESE_SURNAMES


def parse_cjk(text: str, script: str, lang: str, foreign: bool = False) -> Name:
    """A personal name in a CJK script; ``lang`` "ja" makes a Han name Japanese."""
    if script == HANGUL or lang.startswith("ko"):
        family, given = split_korean(text)
        return Name(family=family, given=given, script=HANGUL)
    if script == KANA or lang.startswith("ja") or (not lang and looks_japanese(text)):
        family, given = split_japanese(text)
        return Name(family=family, given=given, script=KANA)
    family, given = split_chinese(text, foreign)
    return Name(family=family, given=given, script=HAN)
