"""Names from field values that hold one name or a list of them (``张宁;李明;``, ``Smith, J.; Doe, A.``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from biblio.model import Name
from biblio.model.script import has_cjk


def make_name(text: str, lang: str = "", romanized: str = "") -> Name | None:
    """One person via :func:`biblio.names.parse_name`; ``None`` for an empty string."""
    from biblio.names import parse_name

    text = text.strip(" ;；,，")
    if not text:
        return None
    name = parse_name(text, lang)
    if romanized and not name.romanized:
        name = replace(name, romanized=romanized)
    return name


_AND = re.compile(r"\s+and\s+")


def make_names(values: Iterable[str], lang: str = "") -> list[Name]:
    """Names from values that each hold one name or a list (``张宁;李明;``) via :func:`biblio.names.parse_names`."""
    from biblio.names import parse_names

    found: list[Name] = []
    for value in values:
        parts = _AND.split(value)
        if len(parts) > 1 and all(part.count(",") == 1 for part in parts):  # "Doe, K. and Roe, P." in one line
            found += [n for part in parts if (n := make_name(part, lang)) is not None]
        elif re.search(r"[;；、，]", value) or (has_cjk(value) and "," in value):
            found += parse_names(value, lang)
        else:
            name = make_name(value, lang)
            found += [name] if name is not None else []
    return found
