"""Citation keys: stable, unique, ASCII, built from a pattern (default ``{author}{year}{title}``).

Keys that come with an import are kept as they are; new keys romanize Chinese with pinyin and
Cyrillic with a standard transliteration (see :mod:`biblio.names.romanize`), so a Cyrillic or
Chinese record never gets an empty key: 张宁 2024 "Pluralistic and Balanced…" -> ``zhang2024pluralistic``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from biblio.errors import UsageError
from biblio.model import Name, Record

FORBIDDEN_KEY_CHARS = set("(),#%{}~\\\"'=@ \t\n")
_FORBIDDEN_OR_CARET = re.compile("[" + re.escape("".join(sorted(FORBIDDEN_KEY_CHARS)) + "^") + "]")
_KEY_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+/-]*$")
_WORD = re.compile(r"[a-z0-9]+")
TITLE_HEAD = 200  # characters of a title romanized to find its key word
FIRST_FREE_SCAN = 26  # a..z: the first free one is taken; beyond, any free suffix
STOPWORDS = frozenset(
    "a an the on of in and for to with from at by as is are its into about toward towards".split()
    + "o ob v na i k s po dlia iz ot pri".split()  # transliterated Russian prepositions
    + "de di he yu ji zhi zai dui guanyu lun shilun qianxi".split()  # 的 地 和 与 及 之 在 对 关于 论 试论 浅析
)


def validate_key(key: str) -> str:
    """Accept a hand-set key or raise UsageError: ASCII letters, digits and ``_:.+/-``, starting alphanumeric,
    with ``/`` only between non-empty parts that are not ``.`` or ``..`` (``DBLP:conf/acl/Smith20``).

    A key is a safe token everywhere: in a .bib, a .bbl, a \\cite, a shell word and a file name, so
    ``a/../../x`` is refused as well as ``a b`` or ``a{b``.
    """
    if not _KEY_OK.match(key) or not path_safe(key):
        raise UsageError(
            f"invalid citation key {key!r}: use ASCII letters, digits and _ : . + / - only"
            " (a / only between parts other than . and ..)"
        )
    return key


def path_safe(key: str) -> bool:
    """True if ``key`` cannot leave a folder when used as a path: no ``.`` or ``..`` part, not absolute
    (``/x``), not a folder (``x/``). An empty part inside (``UMCP-CSD//CS-TR-3981``, a real report key) is
    harmless: a file system reads ``a//b`` as ``a/b``."""
    if key in (".", ".."):
        return False
    if "/" not in key:
        return True
    parts = key.split("/")
    return bool(parts[0]) and bool(parts[-1]) and not any(part in (".", "..") for part in parts)


def _romanize(text: str, lang: str) -> str:
    from biblio.names.romanize import ascii_fold, romanize

    return ascii_fold(romanize(text, lang)).lower()


def _name_part(name: Name | None, lang: str) -> str:
    """The romanized family name (surname readings: 曾 -> zeng, 单 -> shan), or a corporate name's first word."""
    if name is None:
        return ""
    if name.literal:
        words: list[str] = _WORD.findall(_romanize(name.literal, lang))
        return words[0] if words else ""
    from biblio.names.romanize import romanized_parts

    family = romanized_parts(name, lang)[0]
    return "".join(_WORD.findall(_romanize(family, "en")))


def _title_part(record: Record) -> str:
    for item in record.title:
        lang = item.lang or record.language
        head = _head(item.value)  # the word is near the start: do not romanize a megabyte title for it
        word = _first_word(_romanize(head, lang)) or (
            _first_word(_romanize(item.value, lang)) if head != item.value else ""
        )
        if word:
            return word
    return ""


def _head(text: str) -> str:
    """The first :data:`TITLE_HEAD` characters of ``text``, cut at a space if there is one."""
    if len(text) <= TITLE_HEAD:
        return text
    head = text[:TITLE_HEAD]
    return head.rsplit(None, 1)[0] if " " in head.strip() else head


def _first_word(romanized: str) -> str:
    return next((w for w in _WORD.findall(romanized) if w not in STOPWORDS and not w.isdigit()), "")


def key_base(record: Record, pattern: str = "{author}{year}{title}") -> str:
    """The key before de-duplication; never empty (falls back to ``ref``)."""
    lang = record.effective_language()
    parts = {
        "author": (_name_part(record.first_author(), lang) or _outlet_part(record, lang))[:30],
        "year": str(record.year or ""),
        "title": _title_part(record)[:30],
    }
    base = string.Formatter().vformat(pattern, (), parts)
    base = "".join(ch for ch in base if ch.isascii() and (ch.isalnum() or ch in "_-:"))
    return base or "ref"


def _outlet_part(record: Record, lang: str) -> str:
    """Without author or editor (news, web pages): the outlet's or publisher's first word (央视网 -> yangshiwang)."""
    for text in [item.value for item in record.container] + [record.publisher, record.institution]:
        words: list[str] = _WORD.findall(_romanize(text, lang)) if text else []
        if words:
            return words[0]
    return ""


def suffix(number: int) -> str:
    """The ``number``-th key suffix (1-based, bijective base 26): 1 -> a, 26 -> z, 27 -> aa, 703 -> aaa."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = string.ascii_lowercase[rest] + letters
    return letters


def key_suffixes() -> Iterator[str]:
    """The suffixes that make a taken key unique: a, b, …, z, aa, ab, …, zz, aaa, … (without end)."""
    number = 0
    while True:
        number += 1
        yield suffix(number)


def unique_key(base: str, taken: set[str]) -> str:
    """``base`` if free, else ``base`` + a, b, ..., z (the first free one), beyond that any free suffix found
    by doubling and bisection, so a flood of records with one base costs O(log n) each, not O(n).
    The result is added to ``taken``."""
    if base not in taken:
        taken.add(base)
        return base
    number = next((n for n in range(1, FIRST_FREE_SCAN + 1) if base + suffix(n) not in taken), 0)
    if not number:
        low, high = FIRST_FREE_SCAN, 2 * FIRST_FREE_SCAN  # low is taken; find a taken -> free boundary
        while base + suffix(high) in taken:
            low, high = high, 2 * high
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if base + suffix(middle) in taken else (low, middle)
        number = high
    taken.add(base + suffix(number))
    return base + suffix(number)


def sanitize_imported_key(key: str) -> str:
    """An imported key made a safe token; unchanged if already safe (the caller warns when it changed).

    Characters LaTeX, biber or a file system cannot take become ``_``: those of FORBIDDEN_KEY_CHARS, ``^``
    (TeX's ``^^5c`` is a backslash), control characters (NUL stops biber, CR ends a line), every other
    space or separator (U+2028) and format character; a ``/`` too when the key would walk out of a
    folder (``a/../../x`` -> ``a_.._.._x``). Letters of any script stay: biber and LaTeX read UTF-8 keys.
    """
    if key.isprintable() and not _FORBIDDEN_OR_CARET.search(key) and path_safe(key):  # one scan, not a Python loop
        return key
    cleaned = "".join("_" if _unsafe_key_char(ch) else ch for ch in key).strip("_")
    if not path_safe(cleaned):
        cleaned = cleaned.replace("/", "_").strip("_")
    return cleaned if cleaned and cleaned not in (".", "..") else "ref"


def printable_key(key: str) -> str:
    """``key`` with every character that is not printable (controls, separators, format marks) as ``_``."""
    return key if key.isprintable() else "".join(ch if ch.isprintable() else "_" for ch in key)


def _unsafe_key_char(ch: str) -> bool:
    return ch in FORBIDDEN_KEY_CHARS or ch == "^" or not ch.isprintable()  # not printable: C* and Z* categories
