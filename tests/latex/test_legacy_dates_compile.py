"""Dates as TeX Live's Beebe bibliographies write them (a month range, a day in the month field, a month name, a
year range, a season) through `biblio add` and the BibLaTeX export: biber reads them without its "legacy ... is not an
integer" warnings, and a month range prints whole (as legacy fields biber printed its first month only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.latex.test_file_field_compile import DOC  # biblatex + biber, xeCJK fonts
from tests.latex.texbuild import TexRunner, export_through_cli

pytestmark = pytest.mark.latex

SOURCE = """\
@Article{range, author = {Ada Lovelace}, title = {Spring issue}, journal = {TUGboat}, year = {1990},
  month = jun # "-" # aug}
@Article{day, author = {Ada Lovelace}, title = {Dated to the day}, journal = {TUGboat}, year = {1987},
  month = {28~jul}}
@Book{name, author = {Ada Lovelace}, title = {Month by name}, publisher = {P}, year = {2001}, month = {June}}
@Book{years, author = {Ada Lovelace}, title = {Years}, publisher = {P}, year = {1900--1925}}
@Article{season, author = {Ada Lovelace}, title = {A quarterly}, journal = {TUGboat}, year = {1990}, month = {summer}}
"""


def test_unreadable_legacy_dates_compile_without_warnings(tex: TexRunner, tmp_path: Path) -> None:
    source = tmp_path / "beebe-dates.bib"
    source.write_text(SOURCE, encoding="utf-8")
    bib = export_through_cli(tmp_path, source)
    result = tex.build(bib.parent, "xelatex", "biber", DOC, bib.read_text(encoding="utf-8"))
    assert result.problems() == []
    assert "legacy" not in result.backend_log
    assert result.shows("June–Aug. 1990") or result.shows("June–August 1990")
    assert result.shows("July 28, 1987") or result.shows("28th July 1987")
    assert result.shows("1900–1925")
    assert result.shows("Sum. 1990") or result.shows("Summer 1990")  # EDTF 1990-22 (was "summer 1990", warned)
