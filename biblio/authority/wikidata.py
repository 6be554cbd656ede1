"""Name variants from Wikidata: labels and aliases in zh, ru, en and ja, life years.

Uses the shared session (:mod:`biblio.net.session`, responses cached in the library's ``cache/``) and
the MediaWiki API under ``NetConfig.wikidata_url`` (env ``BIBLIO_WIKIDATA_URL``):
``/w/api.php?action=wbsearchentities`` to find the item, ``action=wbgetentities`` to read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from biblio.errors import InputError

if TYPE_CHECKING:
    from biblio.net.session import HttpSession
    from biblio.store.persons import VariantRow

LANGUAGES = ("zh", "zh-hans", "zh-cn", "ru", "en", "ja")
HUMAN = "Q5"


@dataclass
class Entity:
    """What biblio reads from one Wikidata item."""

    qid: str
    names: list[tuple[str, str]] = field(default_factory=list)  # (lang, text): labels first, then aliases
    born: int | None = None
    died: int | None = None
    human: bool = False


def _api(base: str) -> str:
    return f"{base.rstrip('/')}/w/api.php"


def search(session: HttpSession, base: str, name: str, lang: str = "en") -> list[str]:
    """QIDs of items whose label or alias matches ``name`` (best first)."""
    params: dict[str, str | int] = {
        "action": "wbsearchentities", "search": name, "language": lang, "uselang": lang, "type": "item",
        "limit": 5, "format": "json",
    }  # fmt: skip
    data = session.get_json(_api(base), params=params)
    hits = _list(_dict(data).get("search"))
    return [str(h["id"]) for h in hits if isinstance(h, dict) and str(h.get("id", "")).startswith("Q")]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _year(claims: dict[str, Any], prop: str) -> int | None:
    for claim in _list(claims.get(prop)):
        try:
            time = claim["mainsnak"]["datavalue"]["value"]["time"]
        except (KeyError, TypeError):
            continue
        digits = str(time).lstrip("+")[:4]
        if digits.isdigit():
            return -int(digits) if str(time).startswith("-") else int(digits)
    return None


def _is_human(claims: dict[str, Any]) -> bool:
    for claim in _list(claims.get("P31")):
        try:
            if claim["mainsnak"]["datavalue"]["value"]["id"] == HUMAN:
                return True
        except (KeyError, TypeError):
            continue
    return False


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _labels(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(lang, text) of the labels, then the aliases, in LANGUAGES order; damaged parts are skipped."""
    found: dict[tuple[str, str], None] = {}
    labels, aliases = _dict(item.get("labels")), _dict(item.get("aliases"))
    for lang in LANGUAGES:
        value = _dict(labels.get(lang)).get("value")
        if isinstance(value, str) and value.strip():
            found.setdefault((lang.split("-")[0], value.strip()), None)
    for lang in LANGUAGES:
        listed = aliases.get(lang)
        for alias in listed if isinstance(listed, list) else []:
            value = _dict(alias).get("value")
            if isinstance(value, str) and value.strip():
                found.setdefault((lang.split("-")[0], value.strip()), None)
    return list(found)


def parse_entity(qid: str, item: dict[str, Any]) -> Entity:
    """An :class:`Entity` from the ``entities[qid]`` object of ``wbgetentities``."""
    claims = _dict(item.get("claims"))
    return Entity(qid, _labels(item), _year(claims, "P569"), _year(claims, "P570"), _is_human(claims))


def get_entity(session: HttpSession, base: str, qid: str) -> Entity:
    """Labels, aliases, life years of one item; InputError if Wikidata has no such item."""
    params: dict[str, str | int] = {
        "action": "wbgetentities", "ids": qid, "props": "labels|aliases|claims",
        "languages": "|".join(LANGUAGES), "format": "json",
    }  # fmt: skip
    data = session.get_json(_api(base), params=params)
    item = _dict(_dict(data).get("entities")).get(qid)
    if not isinstance(item, dict) or "missing" in item:
        raise InputError(f"Wikidata has no item {qid}")
    return parse_entity(qid, item)


def find_person_entity(session: HttpSession, base: str, names: list[str]) -> Entity:
    """The first human item found by searching for ``names`` in turn."""
    for name in names:
        for qid in search(session, base, name):
            entity = get_entity(session, base, qid)
            if entity.human:
                return entity
    raise InputError(f"Wikidata has no person named {names[0]!r}" if names else "no name to search Wikidata for")


def family_first(text: str) -> str:
    """Wikidata labels are given-first ("Збигнев Бжезинский"): make an alphabetic one "Бжезинский, Збигнев".

    CJK labels (written family-first, or dotted transliterations) and forms with a comma stay as they are.
    """
    words = text.split()
    if "," in text or len(words) < 2 or not all(w[:1].isalpha() and ord(w[0]) < 0x0530 for w in words):
        return text
    return f"{words[-1]}, {' '.join(words[:-1])}"


def entity_variants(entity: Entity) -> list[VariantRow]:
    """The names of an item as variants (source ``wikidata``)."""
    from biblio.authority.keys import variant
    from biblio.names import parse_name

    found = []
    for lang, text in entity.names:
        parsed = parse_name(family_first(text), lang)
        if parsed.family and not parsed.literal:
            foreign = ":foreign" if "·" in text or "・" in text else ""
            found.append(variant(parsed.family, parsed.given, lang, f"wikidata{foreign}", parsed.script))
    return found
