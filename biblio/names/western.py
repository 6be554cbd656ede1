"""Splitting Latin- and Cyrillic-script personal names into family, given, particle and suffix.

Handles "Family, Given", "Given Family", "Family I. O." (GOST), "I. O. Family", "FAMILY Given",
PubMed "Family ZK", particles (van der, von, de) and suffixes (Jr., III).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.model.script import CYRILLIC, LATIN
from biblio.names.lazyre import pattern

_SUFFIXES = frozenset(
    {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd", "мл.", "ст.", "phd", "ph.d.", "md", "m.d.", "esq."}
)
_PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le ten ter zu vom zum bin ibn al el d' da' af av".split()
)
_INITIAL = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?[hж]?\.|[A-ZА-ЯЁ])(?:-[A-ZА-ЯЁ][a-zа-яё]?\.?)?")
_COMPACT = re.compile(r"[A-ZА-ЯЁ]{1,3}")
_TOKEN = re.compile(r"[^\s.]+\.?(?:-[^\s.-][^\s.]*\.?)*|\.")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьевич|ич|овна|евна|ична|инична|ьинична)$")  # on lower-cased words
_RU_SURNAME = re.compile(  # matched against lower-cased words
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ская|цкая|ова|ева|ёва|ина|ына|ых|их|енко|ко|ук|юк|ян|швили|дзе|ий|ой|ый)$",
)
_HONORIFIC = r"^(?:(?:dr|prof|professor|mr|mrs|ms|mme|sir|hon|rev|проф|акад|д-р|г-н|г-жа)\.?\s+)+"
_CYR_ASIAN_SURNAMES = frozenset(
    """
    ким ли пак чхве чон кан чо юн цой си ху мао дэн чжоу ван чжан лю чэнь ян хуан чжао у сунь ма го цзян
    линь хэ гао ло чжэн лян се сун тан сюй хань фэн цао пэн цзэн сяо тянь дун пань юань цай ду е чэн су вэй
    люй дин шэнь яо лу цуй цзинь ци чэнь ань ни
    """.split()
)
"""East Asian family names written in Cyrillic, which come first (Ким Чен Ын, Си Цзиньпин, Ли Куан Ю)."""
_RU_GIVEN = frozenset(
    """
    александр алексей анатолий андрей антон аркадий борис вадим валентин валерий василий виктор виталий
    владимир владислав вячеслав геннадий георгий глеб григорий даниил денис дмитрий евгений егор иван игорь
    илья кирилл константин лев леонид максим михаил никита николай олег павел пётр петр роман руслан сергей
    станислав степан тимур фёдор федор юрий яков ярослав збигнев самуэль генри джордж джон уильям эдвард
    александра алла анастасия анна валентина вера виктория галина дарья екатерина елена жанна зоя ирина
    людмила любовь маргарита марина мария надежда наталья наталия нина ольга светлана софья татьяна юлия
    """.split()
)


@dataclass(frozen=True, slots=True)
class Parts:
    """The pieces of a split personal name."""

    family: str
    given: str = ""
    particle: str = ""
    suffix: str = ""


def _is_initial(token: str) -> bool:
    return bool(_INITIAL.fullmatch(token))


def _is_suffix(token: str) -> bool:
    return token.lower().rstrip(",") in _SUFFIXES


def _fix_case(word: str) -> str:
    """'BRZEZINSKI' -> 'Brzezinski'; mixed-case words are kept."""
    if len(word) > 1 and word.isupper():
        return "-".join(p.capitalize() for p in word.split("-"))
    return word


def _dot_compact(token: str) -> str:
    """'ZK' -> 'Z. K.'; 'Z.' stays."""
    if _COMPACT.fullmatch(token):
        return " ".join(f"{ch}." for ch in token)
    return token


def _split_particle(words: list[str]) -> Parts:
    """'van der Berg' -> particle 'van der', family 'Berg'."""
    index = 0
    while index < len(words) - 1 and (words[index].lower() in _PARTICLES or words[index][:1].islower()):
        index += 1
    return Parts(family=" ".join(words[index:]), particle=" ".join(words[:index]))


def _given_first(tokens: list[str]) -> Parts:
    """'Zbigniew Kazimierz Brzezinski', 'Jan van der Berg'."""
    family_start = len(tokens) - 1
    while family_start > 1 and (tokens[family_start - 1].lower() in _PARTICLES):
        family_start -= 1
    tail = _split_particle(tokens[family_start:])
    return Parts(family=tail.family, given=" ".join(tokens[:family_start]), particle=tail.particle)


def _russian_family_first(tokens: list[str]) -> bool:
    """Decide the order of an undotted Cyrillic name ("Бжезинский Збигнев" vs "Збигнев Бжезинский")."""
    if len(tokens) >= 3:
        if _PATRONYMIC.search(tokens[-1].lower()):
            return True
        if _PATRONYMIC.search(tokens[1].lower()):
            return False
    first, last = tokens[0].lower(), tokens[-1].lower()
    if last in _RU_GIVEN and first not in _RU_GIVEN:
        return True
    if first in _RU_GIVEN and last not in _RU_GIVEN:
        return False
    first_sur, last_sur = bool(_RU_SURNAME.search(first)), bool(_RU_SURNAME.search(last))
    if last_sur and not first_sur:
        return False
    return True


def _marked_family(tokens: list[str]) -> Parts | None:
    """A family name marked by capitals ("BRZEZINSKI Z", "ZHANG Ning") or by trailing initials ("Бжезинский З.")."""
    caps = [i for i, t in enumerate(tokens) if len(t.rstrip(".")) > 1 and t.isupper() and not _is_initial(t)]
    if caps == [len(tokens) - 1] and len(tokens[-1]) <= 3:
        caps = []  # PubMed "Brzezinski ZK": trailing compact initials, not a family name in capitals
    if caps and len(caps) < len(tokens):
        fam = [_fix_case(tokens[i]) for i in caps]
        rest = [_dot_compact(t) for i, t in enumerate(tokens) if i not in caps]
        return Parts(family=" ".join(fam), given=" ".join(rest))
    initials_tail = [i for i, t in enumerate(tokens) if i > 0 and (_is_initial(t) or _COMPACT.fullmatch(t))]
    if initials_tail and initials_tail == list(range(initials_tail[0], len(tokens))):
        head = _split_particle(tokens[: initials_tail[0]])
        given = " ".join(_dot_compact(t) for t in tokens[initials_tail[0] :])
        return Parts(family=head.family, given=given, particle=head.particle)
    return None


def _no_comma(tokens: list[str], script: str, family_first_hint: bool) -> Parts:
    """A name without a comma, in either order."""
    if len(tokens) == 1:
        return Parts(family=_fix_case(tokens[0]))
    if script == CYRILLIC and tokens[0].lower() in _CYR_ASIAN_SURNAMES and not any("." in t for t in tokens):
        return Parts(family=tokens[0], given=" ".join(tokens[1:]))
    marked = _marked_family(tokens)
    if marked is not None:
        return marked
    if _is_initial(tokens[0]):
        return _given_first(tokens)
    family_first = _russian_family_first(tokens) if script == CYRILLIC else family_first_hint
    if family_first:
        return Parts(family=tokens[0], given=" ".join(tokens[1:]))
    return _given_first(tokens)


def strip_honorific(text: str) -> str:
    """Drop leading titles: "Dr. Henry Kissinger" -> "Henry Kissinger", "проф. Иванов И. И." -> "Иванов И. И."."""
    rest = pattern(_HONORIFIC, re.IGNORECASE).sub("", text)
    return rest if rest.strip() else text


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t != "."]


def split_western(text: str, script: str = LATIN, family_first_hint: bool = False) -> Parts:
    """Split a Latin or Cyrillic personal name; ``family_first_hint`` is set for pinyin names in zh records."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return Parts(family="")
    suffix = ""
    if len(parts) >= 2 and _is_suffix(parts[-1]):
        suffix = parts.pop()
    elif len(parts) == 3 and _is_suffix(parts[1]):
        suffix = parts.pop(1)
    if len(parts) >= 2:
        head = _split_particle(parts[0].split())
        given = " ".join(_dot_compact(t) for t in _tokens(", ".join(parts[1:])))
        return Parts(family=_fix_case(head.family), given=given, particle=head.particle, suffix=suffix)
    tokens = _tokens(strip_honorific(parts[0]))
    if not tokens:
        return Parts(family=parts[0], suffix=suffix)
    if len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix = suffix or tokens.pop()
    result = _no_comma(tokens, script, family_first_hint)
    return Parts(result.family, result.given, result.particle, suffix)
