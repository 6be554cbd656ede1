"""Name lists reshaped for the GB/T 7714 styles (biblatex-gb7714-2015 and gbt7714.bst).

- Role words (译, 编, 著) are stripped: the styles add them.
- By default the nationality marker and the original-script name stay out of the name; with
  ``nationality`` they go in as one literal token without an inner space: ``（英）哈·麦金德``,
  ``（美）斯皮克曼（N.J.Spykman）`` (a space there makes the styles reorder or split the name).
- For gbt7714.bst a Cyrillic name becomes one literal ``Бжезинский З.``: the .bst formats names
  that are not ASCII letters the Chinese way and would glue family and given name together.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from biblio.model import Name
from biblio.model.script import CYRILLIC, HAN, detect_script

_ROLE = re.compile(r"(?:等)?(?:主编|编著|编译|译|譯|编|編|著)$")


def gbt_names(names: Sequence[Name], *, nationality: bool, cyrillic_literal: bool) -> list[Name]:
    """The names as the GB/T profiles write them."""
    return [_gbt_name(name, nationality, cyrillic_literal) for name in names]


def _gbt_name(name: Name, nationality: bool, cyrillic_literal: bool) -> Name:
    if name.literal:
        return dataclasses.replace(name, literal=_strip_role(name.literal))
    if nationality and (name.nationality or name.original):
        return Name(literal=_marked(name), script=name.script)
    if cyrillic_literal and _script(name) == CYRILLIC:
        return Name(literal=cyrillic_short(name), script=CYRILLIC)
    if name.written and _script(name) == HAN:
        return dataclasses.replace(name, written=_strip_role(name.written))
    return name


def cyrillic_short(name: Name) -> str:
    """``Бжезинский З.`` (family name and initials), the GB/T form of a Russian name."""
    initials = " ".join(f"{part[0]}." for part in re.split(r"[\s.]+", name.given) if part)
    family = f"{name.particle} {name.family}".strip()
    return f"{family} {initials}".strip()


def _marked(name: Name) -> str:
    written = _strip_role(name.written or name.display())
    marker = f"（{name.nationality}）" if name.nationality else ""
    compact = "".join(name.original.split())
    original = f"（{compact}）" if compact else ""
    return f"{marker}{written}{original}"


def _strip_role(text: str) -> str:
    stripped = _ROLE.sub("", text.strip())
    return stripped or text


def _script(name: Name) -> str:
    return name.script or detect_script(name.written or f"{name.family}{name.given}")
