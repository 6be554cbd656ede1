"""Responsibility roles written next to names: 著 编 译 校, "ed.", "trans.", "пер.", "под ред."."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from biblio.names.lazyre import pattern
from biblio.names.tails import search_end

AUTHOR = "author"
EDITOR = "editor"
TRANSLATOR = "translator"
REVISER = "reviser"

_CJK_ROLES: dict[str, str] = {
    "著": AUTHOR, "撰": AUTHOR, "编著": AUTHOR, "著述": AUTHOR, "撰写": AUTHOR, "撰著": AUTHOR,
    "合著": AUTHOR, "共著": AUTHOR, "执笔": AUTHOR,
    "编": EDITOR, "主编": EDITOR, "编辑": EDITOR, "合编": EDITOR, "选编": EDITOR, "编选": EDITOR,
    "汇编": EDITOR, "辑": EDITOR, "编纂": EDITOR, "副主编": EDITOR, "总主编": EDITOR, "主持": EDITOR,
    "編": EDITOR, "編著": AUTHOR, "監修": EDITOR, "编写": AUTHOR, "编撰": AUTHOR, "辑录": EDITOR,
    "译": TRANSLATOR, "翻译": TRANSLATOR, "编译": TRANSLATOR, "合译": TRANSLATOR, "译著": TRANSLATOR,
    "译注": TRANSLATOR, "訳": TRANSLATOR, "譯": TRANSLATOR, "監訳": TRANSLATOR, "訳注": TRANSLATOR,
    "校": REVISER, "校订": REVISER, "审校": REVISER, "校注": REVISER, "校译": REVISER, "点校": REVISER,
    "注": REVISER, "笺注": REVISER, "校点": REVISER, "审订": REVISER, "校注者": REVISER,
}  # fmt: skip
_CJK_LENGTHS = sorted({len(word) for word in _CJK_ROLES}, reverse=True)
_NOT_ROLES = frozenset({"党校", "学校", "院校", "军校", "分校", "总校"})

_LATIN_ROLES: tuple[tuple[str, str], ...] = (
    (r"\(eds?\.?\)|eds?\.|editors?|hrsg\.|\(hrsg\.?\)|éd\.", EDITOR),
    (r"\(comp\.?\)|comp\.|compilers?", EDITOR),
    (r"\(trans\.?\)|trans\.|transl\.|tr\.|translators?", TRANSLATOR),
    (r"\(rev\.?\)|rev\.|revisers?", REVISER),
    (r"(?:(?:отв\.|науч\.|общ\.)\s*)?ред\.|редактор|сост\.|составитель", EDITOR),
    (r"пер\.(?:\s*с\s*\w+\.?)?|переводчик|перевод", TRANSLATOR),
    (r"авт\.|автор", AUTHOR),
)
_ROLE_TAIL = 60
_ROLE_LETTER = re.compile(r"[A-Za-zА-Яа-яЁё]")
_SUFFIX = tuple(
    (r"(?:^|(?<=[\s,;:(（\[]))[(（\[]?\s*(?:" + alt + r")(?:\s*[)）\]])?\s*$", role) for alt, role in _LATIN_ROLES
)
_PREFIX = (
    (r"^(?:edited|ed\.|eds\.|compiled)\s+by\s+", EDITOR),
    (r"^(?:translated|trans\.|tr\.)\s+(?:from\s+\w+\s+)?by\s+", TRANSLATOR),
    (r"^под\s+(?:общ(?:\.|ей)\s+|науч(?:\.|ной)\s+)?ред(?:\.|акцией)\s*", EDITOR),
    (r"^(?:пер(?:\.|евод)\s*(?:с\s+\w+\.?\s*)?)", TRANSLATOR),
)
_TRIM = " \t,;:，；：、"


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


_CJK_BRACKET = re.compile(r"[(（\[【〔]\s*([^()（）\[\]【】〔〕]{1,4}?)\s*[)）\]】〕]\Z")


def _strip_cjk(text: str) -> tuple[str, str]:
    body = text
    bracket = _CJK_BRACKET.search(body)  # searched from each opening bracket only: linear
    before = body[: bracket.start()].rstrip() if bracket else ""
    if bracket and bracket.group(1) in _CJK_ROLES and before.strip():
        return before, _CJK_ROLES[bracket.group(1)]
    if body[-2:] in _NOT_ROLES:
        return text, ""
    for word in _cjk_role_suffixes(body):
        rest = body[: -len(word)]
        spaced = rest != rest.rstrip()
        han_left = sum(1 for ch in rest if _is_han(ch))
        if rest.strip(_TRIM) and (spaced or len(word) >= 2 or han_left >= 2 or not _is_han(rest.rstrip()[-1])):
            return rest, _CJK_ROLES[word]
    return text, ""


def _cjk_role_suffixes(body: str) -> Iterator[str]:
    """The role words ``body`` ends with, longest first (one lookup per word length, not per role word)."""
    for length in _CJK_LENGTHS:
        if len(body) >= length and body[-length:] in _CJK_ROLES:
            yield body[-length:]


def may_be_role_word(word: str) -> bool:
    """False when ``word`` cannot be a role word: it has no Latin or Cyrillic letter and is no CJK role word
    (brackets aside). A cheap test before a full :func:`strip_role`."""
    return bool(_ROLE_LETTER.search(word)) or is_role_word(word.strip("()（）[]【】〔〕 "))


def is_role_word(text: str) -> bool:
    """True for a bare CJK role word ("主编", "译", "等著")."""
    word = text.strip()
    return word in _CJK_ROLES or (word.startswith("等") and word[1:] in _CJK_ROLES)


def strip_role(text: str) -> tuple[str, str]:
    """Split a trailing (or leading) role word off a name.

    Returns ``(name_text, role)`` with role one of "author", "editor", "translator", "reviser" or "".
    "张宁 主编" -> ("张宁", "editor"); "Smith, J. (eds.)" -> ("Smith, J.", "editor");
    "под ред. И. И. Иванова" -> ("И. И. Иванова", "editor"). "等" is left in place for the caller.
    """
    rest, role, _leading = find_role(text)
    return rest, role


def find_role(text: str) -> tuple[str, str, bool]:
    """Like :func:`strip_role`, also telling whether the role word came first ("под ред. ...", "edited by ...").

    A leading role covers the names after it in a list, a trailing one the names before it. Pure, and
    cached for short texts: a name's text is looked at by the list splitter and again by the name parser.
    """
    return _find_short(text) if len(text) <= _CACHED_LENGTH else _find(text)


_CACHED_LENGTH = 200
_PREFIX_LETTERS = frozenset("ectпECTП")  # every _PREFIX pattern starts with one of these (case-insensitive)


@lru_cache(maxsize=32768)
def _find_short(text: str) -> tuple[str, str, bool]:
    return _find(text)


def _find(text: str) -> tuple[str, str, bool]:
    body = text.strip()
    for source, role in _PREFIX if body[:1] in _PREFIX_LETTERS else ():
        match = pattern(source, re.IGNORECASE).match(body)
        if match and body[match.end() :].strip():
            return body[match.end() :].strip(_TRIM), role, True
    rest, role = _strip_trailing(body)
    return rest, role, False


# A role phrase in brackets after a name ("Black, D. [series editor]", "(general editor)", "(ed. and trans.)"):
# the bracket's words, all from this vocabulary, with at least one role word among them.
_TRAILING_BRACKET = re.compile(r"[(（\[]([^()（）\[\]]{1,60})[)）\]]\s*$")
_ROLE_QUALIFIERS = frozenset(
    "series general volume guest managing founding chief associate senior co in and & with".split()
)
_EDITOR_WORDS = frozenset("editor editors ed ed. eds eds. compiler compilers comp comp. hrsg hrsg. hg hg.".split())
_TRANSLATOR_WORDS = frozenset("translator translators trans trans. transl transl. tr tr.".split())


def _bracketed_role(body: str) -> tuple[str, str]:
    if body.rstrip()[-1:] not in (")", "）", "]"):
        return body, ""
    match = _TRAILING_BRACKET.search(body)
    if not match or not body[: match.start()].strip(_TRIM):
        return body, ""
    words = [w for w in re.split(r"[\s\-–]+", match.group(1).lower()) if w]
    if not words or not all(w in _ROLE_QUALIFIERS or w in _EDITOR_WORDS or w in _TRANSLATOR_WORDS for w in words):
        return body, ""
    if any(w in _EDITOR_WORDS for w in words):
        return body[: match.start()], EDITOR
    if any(w in _TRANSLATOR_WORDS for w in words):
        return body[: match.start()], TRANSLATOR
    return body, ""


def _strip_trailing(body: str) -> tuple[str, str]:
    rest, role = _bracketed_role(body)
    if role:
        return rest.strip(_TRIM), role
    # a trailing role is short: only the tail is searched (linear); every Latin/Cyrillic role has such a letter
    for source, role in _SUFFIX if _ROLE_LETTER.search(body, max(0, len(body) - _ROLE_TAIL)) else ():
        start = search_end(pattern(source, re.IGNORECASE), body, _ROLE_TAIL)
        if start >= 0 and body[:start].strip(_TRIM):
            return body[:start].strip(_TRIM), role
    rest, role = _strip_cjk(body)
    return rest.strip(_TRIM), role
