"""What a tagged date says beyond the date: a season ("Spring 2003", RIS's "2003///Spring", Refer's "%D Winter
1998") is kept and written back by the exports; RIS's other date info ("2003/04//Conference date") is kept as
written. Both were dropped without a word."""

from __future__ import annotations

from biblio.export.bibtex import format_bibtex
from biblio.export.csl_json import record_to_csl
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import Record


def _ris(date_lines: str) -> Record:
    return RisImporter().parse(f"TY  - JOUR\nTI  - A quarterly's article\n{date_lines}ER  - \n").records[0]


def test_a_season_is_kept_with_its_year() -> None:
    for lines in ("PY  - 2003///Spring\n", "PY  - Spring 2003\n", "Y1  - 2003///Spring\n", "DA  - 2003///Spring\n"):
        record = _ris(lines)
        assert (record.date, record.extra["season"]) == ("2003", "spring"), lines
    refer = ReferImporter().parse("%0 Journal Article\n%T T\n%D Winter 1998\n").records[0]
    assert (refer.date, refer.extra["season"]) == ("1998", "winter")


def test_the_exports_write_the_season_in_the_date() -> None:
    record = _ris("PY  - 2003///Spring\n")
    assert "date = {2003-21}" in format_bibtex([record], "biblatex")  # EDTF's spring: "Spring 2003"
    assert "season" not in format_bibtex([record], "biblatex")
    assert "month = {Spring}" in format_bibtex([record], "bibtex")  # classic styles print the month as written
    assert record_to_csl(record)["issued"] == {"date-parts": [[2003]], "season": 1}


def test_a_month_says_more_than_a_season() -> None:
    record = _ris("PY  - 2003/04/15/Spring\n")
    assert record.date == "2003-04-15" and "season" not in record.extra
    assert record.extra["date_text"] == "2003/04/15/Spring"  # still kept as written


def test_other_date_info_is_kept_as_written() -> None:
    record = _ris("PY  - 2003/04//Conference date\n")
    assert (record.date, record.extra["date_text"]) == ("2003-04", "2003/04//Conference date")
    for plain in ("PY  - 2003/04/15/\n", "PY  - September 2003\n", "Y1  - 18-20 Oct. 2020\n", "PY  - 2003\n"):
        assert "date_text" not in _ris(plain).extra, plain  # nothing beyond the date
