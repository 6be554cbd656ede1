"""Parsing one name, or a list of names, in any script into :class:`biblio.model.Name`.

Entry points: :func:`parse_name`, :func:`parse_names`, :func:`parse_name_list`. Pure; never raises.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from biblio.model.names import Name
from biblio.model.script import CYRILLIC, HAN, HANGUL, KANA, LATIN, detect_script
from biblio.names.cjk import parse_cjk
from biblio.names.corporate import is_corporate
from biblio.names.lazyre import pattern
from biblio.names.roles import find_role, strip_role
from biblio.names.split import split_name_list, strip_et_al
from biblio.names.surnames import PINYIN_SURNAMES
from biblio.names.tails import search_end
from biblio.names.western import split_western, strip_honorific

_OPEN = "(（[［【〔"
_CLOSE = ")）]］】〕"
_O = re.escape(_OPEN)
_C = re.escape(_CLOSE)
_NATIONALITY = re.compile(rf"^\s*[{_O}]\s*([^{_O}{_C}]{{1,8}}?)\s*[{_C}]\s*")
_ORIGINAL = re.compile(rf"\s*[{_O}]\s*([^{_O}{_C}]*)\s*[{_C}]\s*$")
_WHITESPACE = " \t\n\r\f\v\u3000\u00a0"
_LIFE_DATES = re.compile(
    rf"[,，\s]*[{_O}]?\s*(?:\d{{3,4}}\s*[-–—~～]\s*(?:\d{{3,4}})?|\d{{3,4}}\s*[-–—~～]?)\s*[{_C}]?\s*$"
)
_PAIRED = r"([\u3400-\u9fff\uf900-\ufaff·•・‧ ]+?)\s+([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'’-]*)"
_BRACED = re.compile(r"^\{(.*)\}$", re.DOTALL)
_PINYIN_SYLLABLES = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v|ü)"
    r"['’-]?)+"
)


@dataclass(frozen=True, slots=True)
class NameList:
    """A parsed list of names with the et-al marker, the first name's role and each name's role (parallel)."""

    names: list[Name]
    et_al: bool = False
    role: str = ""
    roles: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    """Normalise spacing and compatibility forms, keeping CJK punctuation meaningful."""
    body = unicodedata.normalize("NFC", text).replace("\u3000", " ").replace("\u00a0", " ")
    body = "".join(ch for ch in body if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    return " ".join(body.split()).strip(" ,;，；、")


DYNASTIES = frozenset(
    "夏 商 周 秦 汉 漢 魏 晋 晉 隋 唐 宋 元 明 清 辽 遼 金 蜀 吴 吳 齐 齊 梁 陈 陳 东汉 西汉 东晋 西晋 北魏 北齐 北周 "
    "南宋 北宋 南朝 北朝 五代 后唐 后汉 三国 民国 民國 东周 西周 春秋 战国".split()
)
"""Dynasty markers before a name ("(清)顾炎武"): the author is Chinese, not a foreigner."""


def _nationality(text: str) -> tuple[str, str]:
    """'(英)哈·麦金德' -> ('哈·麦金德', '英')."""
    match = _NATIONALITY.match(text)
    if match and text[match.end() :].strip() and detect_script(match.group(1)) in (HAN, KANA):
        return text[match.end() :].strip(), match.group(1)
    return text, ""


def _original(text: str) -> tuple[str, str]:
    """'斯皮克曼(N.J.Spykman)' -> ('斯皮克曼', 'N. J. Spykman'): a Latin or Cyrillic form in trailing brackets."""
    match = _ORIGINAL.search(text)
    if not match or not text[: match.start()].strip():
        return text, ""
    inner = match.group(1).strip()
    if detect_script(inner) not in (LATIN, CYRILLIC) or detect_script(text[: match.start()]) in (LATIN, CYRILLIC):
        return text, ""
    spaced = re.sub(r"\.(?=[^\s.,-])", ". ", inner)
    return text[: match.start()].strip(), " ".join(spaced.split())


def name_script(text: str) -> str:
    """The script of a name; the katakana middle dot alone (哈・麦金德) does not make it Japanese."""
    return detect_script(text.replace("・", "").replace("･", ""))


def _drop_fuller_form(text: str) -> str:
    """Catalogue headings add a fuller form: "Mackinder, Halford J. (Halford John)" -> "Mackinder, Halford J."."""
    match = _ORIGINAL.search(text)
    if match and name_script(text) in (LATIN, CYRILLIC) and text[: match.start()].strip():
        return text[: match.start()].strip()
    return text


def _paired(text: str) -> tuple[str, str]:
    """CNKI's "张宁 Zhang Ning": the Han name and the Latin form that follows it."""
    if not text[:1] or not "\u3400" <= text[0] <= "\ufaff" or not text[-1:].isascii():
        return text, ""
    match = pattern(_PAIRED).fullmatch(text)
    if match is None:
        return text, ""
    return match.group(1).strip(), " ".join(match.group(2).split())


def _is_pinyin_name(text: str) -> bool:
    """'Zhang Ning', 'OUYANG Xiu': a pinyin surname followed by pinyin syllables."""
    tokens = text.replace("-", " ").split()
    if not 2 <= len(tokens) <= 3 or tokens[0].lower() not in PINYIN_SURNAMES:
        return False
    return all(len(token) <= 24 and pattern(_PINYIN_SYLLABLES, re.IGNORECASE).fullmatch(token) for token in tokens[1:])


def _pinyin_order(text: str, lang: str) -> bool:
    """In a Chinese record, 'Zhang Ning' is family first."""
    return lang.startswith("zh") and _is_pinyin_name(text)


def _person(text: str, script: str, lang: str, foreign: bool) -> Name:
    """A person's name ``text`` in ``script`` (its :func:`name_script`)."""
    if script in (HAN, KANA, HANGUL):
        return parse_cjk(text, script, lang, foreign)
    text = strip_honorific(text)
    family_first = "," not in text and _pinyin_order(text, lang)
    parts = split_western(text, script or LATIN, family_first)
    return Name(
        family=parts.family,
        given=parts.given,
        particle=parts.particle,
        suffix=parts.suffix,
        script=script or LATIN,
    )


@dataclass(frozen=True, slots=True)
class _Peeled:
    """A name with what was written around it taken off."""

    body: str
    nationality: str
    original: str
    latin: str


def _peel(text: str) -> _Peeled:
    """Take off nationality, role words, et al., life dates, an original-script bracket, a paired Latin form."""
    body = clean(text)
    body, nationality = _nationality(body)
    body, role = strip_role(body)
    unchanged = body
    body, _et_al = strip_et_al(body)
    dates = search_end(_LIFE_DATES, body)
    body = (body[:dates].rstrip(",，" + _WHITESPACE) if dates >= 0 else body) or body
    body, original = _original(body)
    if role or body != unchanged:  # else the same call on the same text: nothing more to strip
        body, _role = strip_role(body)
    body, latin = _paired(body)
    return _Peeled(_drop_fuller_form(body), nationality, original or latin, latin)


def parse_name(text: str, lang: str = "") -> Name:
    """Parse one name in any script and form; ``lang`` is the record's language (ja makes kanji Japanese).

    Pure and cached for names of up to ``_CACHED_LENGTH`` characters: reference lists and imports name
    the same people again and again (a hostile 1 MB name is parsed, not kept).

    "(英)哈·麦金德著" -> family 麦金德, given 哈, nationality 英; "斯皮克曼(N.J.Spykman)" -> original
    "N. J. Spykman"; "张宁 Zhang Ning" -> romanized "Zhang Ning"; "Бжезинский З." -> family, given "З.";
    corporate bodies -> ``literal``. Role words, et-al markers and life dates are dropped; ``written`` is the
    cleaned name itself. Never raises; text without letters gives an empty Name.
    """
    return _parse_short(text, lang) if len(text) <= _CACHED_LENGTH else _parse(text, lang)


_CACHED_LENGTH = 200


@lru_cache(maxsize=32768)
def _parse_short(text: str, lang: str) -> Name:
    return _parse(text, lang)


def _parse(text: str, lang: str) -> Name:
    peeled = _peel(text)
    body, nationality, original, latin = peeled.body, peeled.nationality, peeled.original, peeled.latin
    braced = _BRACED.match(body)
    script = name_script(body)
    if not script:
        return Name(written=body)
    if braced or is_corporate(body):
        literal = braced.group(1).strip() if braced else body
        return Name(literal=literal, script=script, nationality=nationality, original=original, written=literal)
    pinyin_pair = bool(latin) and _is_pinyin_name(latin)
    native = nationality in ("中", "中国") or nationality in DYNASTIES  # "(宋)司马光" is Chinese
    foreign = bool(nationality and not native) or bool(original and not pinyin_pair)
    if nationality == "日" and not lang.startswith("ja"):  # "[日]沟口雄三": a Japanese name, 沟口 + 雄三
        lang, foreign = "ja", False
    name = _person(body, script, lang, foreign)
    native = name.script == HAN and pinyin_pair and not any(ch in body for ch in "·•・‧")
    return Name(
        family=name.family,
        given=name.given,
        particle=name.particle,
        suffix=name.suffix,
        script=name.script,
        romanized=latin if native else "",
        nationality=nationality,
        original="" if native else original,
        written="".join(body.split()) if name.script == HAN else body,
    )


def _fill_roles(found: list[tuple[str, bool]], default: str) -> list[str]:
    """Give every name a role: a leading role word ("под ред.") covers the names after it, a trailing one
    (张三，李四著，王五译) the names before it; the rest take the role of the whole list."""
    roles = [role for role, _leading in found]
    current = ""
    for index, (role, leading) in enumerate(found):
        current = role if leading else "" if role else current
        roles[index] = roles[index] or current
    current = default
    for index in range(len(roles) - 1, -1, -1):
        trailing = found[index][0] and not found[index][1]
        current = found[index][0] if trailing else current
        roles[index] = roles[index] or current
    return roles


def parse_name_list(text: str, lang: str = "") -> NameList:
    """Parse a written list of names: the names, the et-al flag and each name's role.

    CJK role words bind to the name they follow and carry leftwards ("(美)斯皮克曼著，刘愈之译": author,
    translator); a Latin or Cyrillic role ("(eds.)", "под ред.") applies to the whole list.
    """
    body = clean(text)
    whole_role = ""
    if name_script(body) in (LATIN, CYRILLIC):
        body, whole_role = strip_role(body)
    parts, et_al = split_name_list(body)
    names: list[Name] = []
    found: list[tuple[str, bool]] = []
    for part in parts:
        part_body, part_role, leading = find_role(part)
        part_body, more = strip_et_al(part_body)
        et_al = et_al or more
        name = parse_name(part_body, lang)
        if name.family or name.literal:
            names.append(name)
            found.append((part_role, leading))
    filled = _fill_roles(found, whole_role)
    return NameList(names=names, et_al=et_al, role=filled[0] if filled else whole_role, roles=filled)


def parse_names(text: str, lang: str = "") -> list[Name]:
    """Parse a list of names separated by ，, 、 ; ； "and" "и"; et-al markers and role words are dropped."""
    return parse_name_list(text, lang).names
