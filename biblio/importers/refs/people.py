"""The responsibility part of a reference ("(美)斯皮克曼(N.J.Spykman)著,刘愈之译") -> names by role.

Name parsing itself is :mod:`biblio.names` (``split_name_list``, ``strip_role``, ``parse_name``); this
module only groups the names under the role word that follows them, as Chinese references write
"甲,乙主编" (both editors) and "甲著,乙译".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from biblio.model import Name

ROLES = ("author", "editor", "translator", "reviser")


@dataclass(slots=True)
class People:
    """Names found in one responsibility statement, by role, and whether the list was cut ("等").

    ``et_al``: the statement ends in an et-al marker; ``cut``: the roles whose list a marker cut short
    ("周琪, 刘绯, 等译" cuts the translators, "李永全等主编" the editors).
    """

    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    translators: list[Name] = field(default_factory=list)
    revisers: list[Name] = field(default_factory=list)
    et_al: bool = False
    cut: set[str] = field(default_factory=set)

    def add(self, role: str, names: list[Name]) -> None:
        """Append names under a role (unknown roles count as authors)."""
        target = {
            "editor": self.editors,
            "translator": self.translators,
            "reviser": self.revisers,
        }.get(role, self.authors)
        target.extend(names)

    def roles(self) -> dict[str, list[str]]:
        """Role -> display names, for the parse notes."""
        table = {"author": self.authors, "editor": self.editors, "translator": self.translators}
        table["reviser"] = self.revisers
        return {role: [n.display() for n in names] for role, names in table.items() if names}


def parse_people(text: str, lang: str = "", default_role: str = "author") -> People:
    """Names by role from a responsibility statement; a trailing role word covers the names before it."""
    from biblio.names.parse import parse_name
    from biblio.names.roles import strip_role
    from biblio.names.split import split_name_list, strip_et_al

    people = People()
    parts, people.et_al = split_name_list(text)
    pending: list[Name] = []
    cut = False
    last_role = default_role
    for part in parts:
        name_text, role = strip_role(part)
        if role:
            name_text, more = strip_et_al(name_text)
            cut = cut or more
        else:
            role = _bare_role(part, strip_role)
            cut = cut or (bool(role) and part.strip(" .,;:").startswith("等"))
            name_text = "" if role else name_text
        if name_text.strip():
            pending.append(parse_name(name_text.strip(), lang))
        if role:
            people.add(role, pending)
            people.cut.update([role] if cut else [])
            pending, cut, last_role = [], False, role
    people.add(default_role, pending)
    if people.et_al:
        people.cut.add(default_role if pending or not parts else last_role)
    return people


def parse_one(text: str, lang: str = "") -> Name:
    """One name (no list splitting), by :func:`biblio.names.parse.parse_name`."""
    from biblio.names.parse import parse_name

    return parse_name(text, lang)


def _bare_role(part: str, strip_role: Callable[[str], tuple[str, str]]) -> str:
    """The role of a part that is only a role word ("主编" after "王缉思,", "等译"), else ``""``."""
    from biblio.names.roles import may_be_role_word

    word = part.strip(" .,;:").removeprefix("等").strip()
    if not word or len(word) > 4:
        return ""
    if not may_be_role_word(word):
        return ""  # a CJK word that is no role word (a two-character name): no role, without the probe
    probe, role = strip_role(f"某某 {word}")
    return role if probe.strip() == "某某" else ""
