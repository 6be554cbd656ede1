"""Kept name lists biber cannot read are written from their plain names (latex_safety, names_bibtex)."""

from __future__ import annotations

import pytest

from biblio.export.bibtex import format_bibtex
from biblio.export.latex_safety import name_kept_is_safe
from biblio.export.names_bibtex import format_name
from biblio.importers.registry import get_importer
from biblio.model import Name

# the shape of TeX Live's tugboat.bib (Beebe): a corporate author opening with a logo
TUGBOAT = """@Article{TCeditors:TB32-2-132,
  author =       "{{\\TeX} Collection editors}",
  title =        "{{\\TeX} Collection 2011 \\DVD}",
  journal =      "TUGboat",
  volume =       "32",
  year =         "2011",
}
"""


@pytest.mark.parametrize(
    ("names", "safe"),
    [
        ("{{\\TeX} Collection editors}", False),
        ("{{\\LaTeX{}} Project Team}", False),
        ("{\\MF} Users", False),
        ('M{\\"u}ller, Hans and {\\O}stergaard, Jens', True),
        ("{\\v{S}}koda, Anna", True),
        ("Knuth, {\\relax Don}ald", True),
        ("{\\textbf{X} Corp}", True),
        ("Paul J. Campbell {(Beloit College, 700 College St., Beloit, WI 53511-5595, USA)}", False),
        ("Campbell, Paul J. {(Beloit College, Beloit)}", False),
        ("{Ministry of Finance, Japan}", True),
        ("Campbell, Paul J. and {Beloit College, Wisconsin}", True),
        ("{Beloit College, Wisconsin} and Paul {A, B} Smith", False),
    ],
)
def test_lone_commands_in_braces_and_commas_inside_partial_groups_are_not_kept(names: str, safe: bool) -> None:
    assert name_kept_is_safe(names) is safe


def test_such_an_author_is_written_from_its_plain_name_with_a_warning() -> None:
    record = get_importer("bibtex").parse(TUGBOAT).records[0]
    warnings: list[str] = []
    text = format_bibtex([record], warn=warnings.append)
    assert "author = {{TeX Collection editors}}" in text
    assert any("biber cannot read" in w and "author" in w for w in warnings)
    assert "title = {TeX Collection 2011 DVD}" in text  # \\DVD is no whitelisted command: the plain title


@pytest.mark.parametrize(
    ("name", "written"),
    [
        (Name(literal="\\Ǣ"), "{\\textbackslash{}Ǣ}"),  # not {{\\textbackslash}Ǣ}: an empty initial in biber
        (Name(family="~Smith", given="J"), "\\textasciitilde{}Smith, J"),
        (Name(family="Østergaard", given="Jens"), "{\\O}stergaard, Jens"),  # a letter command keeps its group
    ],
)
def test_biblio_writes_no_lone_symbol_command_in_braces_itself(name: Name, written: str) -> None:
    assert format_name(name, ascii_only=False) == written.replace("{\\O}", "Ø")  # biblatex: Unicode letters
    assert name_kept_is_safe(written)


def test_classic_bibtex_keeps_its_special_characters_braced() -> None:
    """BibTeX (ASCII, the gbt7714-bst profile) reads {\\cmd} as one special character: it stays so there."""
    assert format_name(Name(literal="\\Ǣ"), ascii_only=True).startswith("{{\\textbackslash}")
    record = get_importer("bibtex").parse(TUGBOAT).records[0]
    assert "author = {{{\\TeX} Collection editors}}" in format_bibtex([record], "bibtex")
