"""Kept name lists biber cannot take initials of are written from their plain names (latex_safety)."""

from __future__ import annotations

import pytest

from biblio.export.bibtex import format_bibtex
from biblio.export.latex_safety import name_kept_is_safe
from biblio.importers.registry import get_importer

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
    ],
)
def test_a_group_of_one_command_that_is_no_letter_is_not_kept(names: str, safe: bool) -> None:
    assert name_kept_is_safe(names) is safe


def test_such_an_author_is_written_from_its_plain_name_with_a_warning() -> None:
    record = get_importer("bibtex").parse(TUGBOAT).records[0]
    warnings: list[str] = []
    text = format_bibtex([record], warn=warnings.append)
    assert "author = {{TeX Collection editors}}" in text
    assert any("biber cannot take initials" in w and "author" in w for w in warnings)
    assert "title = {TeX Collection 2011 DVD}" in text  # \\DVD is no whitelisted command: the plain title
