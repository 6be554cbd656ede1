"""BibTeX name lists -> :class:`Name` values.

``A and B``; each name as ``Last, First``, ``First von Last`` or ``von Last, Jr, First``; a name in
braces (``{World Bank}``) is a corporate body. Names in Han script are written unsplit in BibTeX
(``张宁``); they are split after the surname (compound surnames such as 欧阳 kept whole), and
transliterated foreign names (``亚历山大·伊万诺夫``) at the last middle dot.
"""

from __future__ import annotations

import re
from functools import lru_cache

from biblio.importers.bibtex.latex_decode import decode_latex
from biblio.model import Name
from biblio.model.script import HAN, HANGUL, KANA, LATIN, char_script, detect_script
from biblio.model.tex import braced_whole
from biblio.names.written import cjk_name

_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_AND = re.compile(r"(?<!\s)\s+and\s+", re.I)  # tried once per whitespace run: linear on long runs of spaces
_AND_OR_BRACE = re.compile(r"\\[{}]|[{}]|(?<!\s)\s+and\s+", re.I)
_LATEX_MARK = re.compile(r"[\\{}~$]|--")  # what makes decode_latex change a value (else it returns it as is)
_CJK = (HAN, KANA, HANGUL)
# white space as TeX and BibTeX see it (ASCII only: a no-break space U+00A0 is a character of the name, kept)
_ODD_SPACE = re.compile(r"[ \t\n\r\f\v]{2}|[\t\n\r\f\v]")  # two of them, or one that is not a plain space
_TEX_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def parse_names(raw: str, lang: str = "") -> list[Name]:
    """The names of an author/editor/translator field, from its LaTeX value."""
    return [name for part in split_and(raw) if (name := parse_name(part, lang)) is not None]


def split_and(raw: str) -> list[str]:
    """Split at `` and `` outside braces."""
    if "{" not in raw:
        return [p for p in _AND.split(raw.strip()) if p]
    parts: list[str] = []
    depth, start = 0, 0
    for match in _AND_OR_BRACE.finditer(raw):  # only the braces and "and"s, not every character
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token[0] != "\\" and depth == 0:  # an " and " outside braces (an escaped brace is skipped)
            parts.append(raw[start : match.start()])
            start = match.end()
    parts.append(raw[start:])
    return [p.strip() for p in parts if p.strip()]


@lru_cache(maxsize=65536)  # the same people recur throughout a file; Name is immutable
def parse_name(raw: str, lang: str = "") -> Name | None:
    """One name from its LaTeX form (``lang`` ``ja``: Han names are Japanese, not split); None if empty."""
    raw = raw.strip()
    if not raw:
        return None
    if _ODD_SPACE.search(raw):  # a name wrapped over lines is one line (to BibTeX any white space is a space)
        raw = _TEX_SPACES.sub(" ", raw)
    if raw == "others":
        return Name(literal="others")
    if raw.isascii() and not _LATEX_MARK.search(raw):
        return _western(raw, raw, LATIN)  # plain ASCII (most names): nothing to decode, the script is Latin
    return latex_name(raw, lang)


def latex_name(raw: str, lang: str = "") -> Name | None:
    """A stripped, non-empty name that may hold LaTeX or non-Latin script (:func:`parse_name`'s general path)."""
    if braced_whole(raw):
        literal = decode_latex(raw[1:-1]).strip()
        return Name(literal=literal, script=detect_script(literal), written=literal) if literal else None
    text = decode_latex(raw).strip()
    script = _script(text)
    if script in _CJK and "," not in text:
        return cjk_name(text, KANA if lang == "ja" and script == HAN else script)
    return _western(raw, text, script)


def _script(text: str) -> str:
    """The script of a name: that of its first letter (names rarely mix scripts); Jpan if Han with kana."""
    for ch in text:
        script = char_script(ch)
        if script == HAN:
            return KANA if _KANA.search(text) else HAN
        if script:
            return script
    return ""


def _western(raw: str, text: str, script: str) -> Name:
    raw_parts = _split_top(raw, ",") if "{" in raw else raw.split(",")
    parts = [_decoded(p) for p in raw_parts]
    if len(parts) == 1:
        first, von, last = _first_von_last(_raw_tokens(raw_parts[0]))
        jr = ""
    else:
        von, last = _von_last(_raw_tokens(raw_parts[0]))
        jr = parts[1] if len(parts) > 2 else ""
        first = ", ".join(parts[2:] if len(parts) > 2 else parts[1:])
    return Name(family=last, given=first, particle=von, suffix=jr, script=script or LATIN, written=text)


def _decoded(part: str) -> str:
    return decode_latex(part).strip() if "\\" in part or "{" in part or "~" in part else part.strip()


def _tokens(text: str) -> list[str]:
    return text.split()  # str.split() and the regex \s split at the same characters (str.isspace)


def _raw_tokens(part: str) -> list[str]:
    """The words of a name part as BibTeX splits them: at spaces outside braces, each then decoded. A brace
    group is one word (``Paul J. Campbell {(Beloit College, Beloit, WI)}``: the group is the last name, as
    BibTeX reads it; splitting the decoded text made "WI)" the family name)."""
    if "{" not in part:
        return _tokens(_decoded(part))
    words = _split_top(part, " ")  # parse_name made every white space one plain space
    return [word for raw_word in words if (word := " ".join(_tokens(_decoded(raw_word))))]


def _is_von(token: str) -> bool:
    for ch in token:
        if ch.isalpha():
            return ch.islower()
    return False


def _first_von_last(tokens: list[str]) -> tuple[str, str, str]:
    if len(tokens) <= 1:
        return "", "", " ".join(tokens)
    von_idx = [i for i, t in enumerate(tokens[:-1]) if _is_von(t) and i > 0]
    if not von_idx:
        return " ".join(tokens[:-1]), "", tokens[-1]
    lo, hi = von_idx[0], von_idx[-1]
    return " ".join(tokens[:lo]), " ".join(tokens[lo : hi + 1]), " ".join(tokens[hi + 1 :])


def _von_last(tokens: list[str]) -> tuple[str, str]:
    count = 0
    while count < len(tokens) - 1 and _is_von(tokens[count]):
        count += 1
    return " ".join(tokens[:count]), " ".join(tokens[count:])


def _split_top(raw: str, sep: str) -> list[str]:
    parts: list[str] = []
    depth, start = 0, 0
    for index, ch in enumerate(raw):
        if ch in "{}" and index and raw[index - 1] == "\\":
            pass  # an escaped brace
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(raw[start:index])
            start = index + 1
    parts.append(raw[start:])
    return parts
