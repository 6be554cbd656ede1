"""Month names of the languages Latin-script references are written in (and Russian genitives)."""

from __future__ import annotations

_MONTHS: dict[str, int] = {
    "jan": 1, "janv": 1, "januar": 1, "enero": 1, "gennaio": 1, "janeiro": 1,
    "feb": 2, "fév": 2, "fev": 2, "févr": 2, "februar": 2, "febrero": 2, "febbraio": 2, "fevereiro": 2,
    "mar": 3, "mär": 3, "märz": 3, "mars": 3, "marzo": 3, "março": 3,
    "apr": 4, "avr": 4, "avril": 4, "abril": 4, "aprile": 4,
    "may": 5, "mai": 5, "mayo": 5, "maggio": 5, "maio": 5,
    "jun": 6, "juin": 6, "juni": 6, "junio": 6, "giugno": 6, "junho": 6,
    "jul": 7, "juil": 7, "juillet": 7, "juli": 7, "julio": 7, "luglio": 7, "julho": 7,
    "aug": 8, "août": 8, "aout": 8, "agosto": 8,
    "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "settembre": 9, "setembro": 9,
    "oct": 10, "okt": 10, "octobre": 10, "oktober": 10, "octubre": 10, "ottobre": 10, "outubro": 10,
    "nov": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
    "dec": 12, "dez": 12, "déc": 12, "décembre": 12, "dezember": 12, "diciembre": 12, "dicembre": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation in English, French, German, Spanish, Italian, Portuguese."""
    word = word.casefold().rstrip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    return _MONTHS.get(word[:3], 0) if len(word) >= 3 and word[:3] in _MONTHS and word.isalpha() else 0
