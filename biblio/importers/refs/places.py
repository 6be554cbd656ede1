"""Abbreviated places of publication as GOST (and some Western styles) write them, expanded."""

from __future__ import annotations

_PLACES = {
    "м": "Москва",
    "m": "Москва",
    "спб": "Санкт-Петербург",
    "с-пб": "Санкт-Петербург",
    "с.-пб": "Санкт-Петербург",
    "с.-петербург": "Санкт-Петербург",
    "л": "Ленинград",
    "к": "Киев",
    "киев": "Киев",
    "мн": "Минск",
    "минск": "Минск",
    "екб": "Екатеринбург",
    "н. новгород": "Нижний Новгород",
    "нн": "Нижний Новгород",
    "ростов н/д": "Ростов-на-Дону",
    "ростов-н/д": "Ростов-на-Дону",
    "новосиб": "Новосибирск",
    "свердл": "Свердловск",
    "тшк": "Ташкент",
    "ташкент": "Ташкент",
    "алма-ата": "Алма-Ата",
    "n.y": "New York",
    "ny": "New York",
    "l": "London",
    "p": "Paris",
    "oxf": "Oxford",
    "camb": "Cambridge",
    "b": "Berlin",
}


def expand_place(place: str) -> str:
    """The full name of an abbreviated city ("М." -> "Москва", "СПб." -> "Санкт-Петербург"); else unchanged."""
    key = place.strip().rstrip(".").strip().lower()
    return _PLACES.get(key, place.strip())


def expand_places(text: str) -> str:
    """Expand each of several places separated by ";" ("М.; СПб." -> "Москва; Санкт-Петербург")."""
    return "; ".join(expand_place(p) for p in text.split(";") if p.strip())
