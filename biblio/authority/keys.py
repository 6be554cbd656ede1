"""Folded lookup keys for name variants, and the variants a record's name brings with it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from biblio.model import Name
from biblio.store.persons import VariantRow

_HAN_SCRIPTS = ("Hani", "Jpan", "Hang")
_FOLD = str.maketrans({"ё": "е", "ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ı": "i"})


@lru_cache(maxsize=65536)  # every import folds each name of each record, and names recur
def fold(text: str) -> str:
    """Case-, accent- and punctuation-free form: "N. J." -> "nj", "Гумилёв" -> "гумилев", "哈·麦金德" -> "哈麦金德"."""
    if text.isascii():  # NFKC, the table and the accent removal below leave ASCII as it is
        return "".join(ch for ch in text.lower() if ch.isalnum())
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return "".join(_base(ch) for ch in text if ch.isalnum())


def _base(ch: str) -> str:
    """Latin, Greek and Cyrillic letters lose their accents (é -> e, й -> и); kana keep their voicing marks."""
    if ord(ch) >= 0x0530:
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def script_of(text: str) -> str:
    """ISO 15924 code of the first letter's script (Latn, Cyrl, Hani, Jpan, Hang), or ``""``."""
    from biblio.model.script import char_script

    for ch in text:
        if ch.isalpha():
            found = char_script(ch)
            return {"Kana": "Jpan", "Han": "Hani"}.get(found, found)
    return ""


def variant(family: str, given: str, lang: str = "", source: str = "", script: str = "") -> VariantRow:
    """A variant not yet stored (id and person 0)."""
    script = script or script_of(family + given)
    return VariantRow(0, 0, family.strip(), given.strip(), lang, script, source, fold(family), fold(given))


def is_strict(v: VariantRow) -> bool:
    """A native Chinese/Korean-style name (张宁): family and given must both match exactly.

    Transliterated foreign names (麦金德, 布热津斯基) are long family names and match like Western ones.
    """
    return v.script in _HAN_SCRIPTS and len(v.fkey) <= 2 and not v.source.endswith(":foreign")


def given_compatible(a: VariantRow, b: VariantRow) -> bool:
    """Given names agree: equal, or (outside native CJK names) one is empty or they share the first letter."""
    if is_strict(a) or is_strict(b):
        return a.gkey == b.gkey and bool(a.gkey)
    if not a.gkey or not b.gkey:
        return True
    if a.script != b.script:
        return True  # 哈 vs Halford: no common letters to compare; the family key carried the match
    return a.gkey[0] == b.gkey[0]


def display_variant(v: VariantRow) -> str:
    """Family first ("Brzezinski, Zbigniew"); CJK without a comma ("张宁", "兹比格纽·布热津斯基")."""
    if v.script in _HAN_SCRIPTS:
        if v.given and v.source.endswith(":foreign"):  # a transliteration: given·family, as written in Chinese
            return f"{v.given}{'・' if v.script == 'Jpan' else '·'}{v.family}"
        return f"{v.family}{v.given}"
    return f"{v.family}, {v.given}" if v.given else v.family


def name_variants(name: Name, lang: str = "") -> list[VariantRow]:
    """The variants one name of a record gives: as parsed, its original-script form, its romanization."""
    from biblio.names import parse_name

    if name.literal or not name.family:
        return []
    foreign = bool(name.nationality or name.original or "·" in name.written or "・" in name.written)
    source = "record:foreign" if foreign else "record"
    found = [variant(name.family, name.given, lang, source, name.script)]
    for text, text_lang in ((name.original, ""), (name.romanized, lang)):
        if text:
            parsed = parse_name(text, text_lang)
            if parsed.family and not parsed.literal:
                found.append(variant(parsed.family, parsed.given, text_lang, "record", parsed.script))
    return found
