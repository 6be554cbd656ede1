"""``biblio add`` on damaged RIS files: what is kept, what is reported, and the exit status.

The contract (README, ``biblio add``): a record imported with a warning (no ``TY`` line, no title but other
values) is stored and the command exits 0, printing each warning with its line; a record refused as an
error (nothing that describes a work: keywords or notes alone) is not stored, the others are, and the
command exits 1 with one ``not imported`` line naming it. Inputs written for these tests, in the shape of
JabRef's damaged RIS test files (a byte-order mark at a join, type lines without fields, a thesis whose
only values are its university and abstract).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.cli.main import main
from biblio.config import Config
from biblio.library import Library

DAMAGED = """ \ufeff
TY  - BOOK
TY  - JOUR
TY  - CONF
JF  - Empirical Software Engineering
T1  - Editorial: Open Source and Empirical Software Engineering
A1  - Harrison, Warren
Y1  - 2001
ER  -

TY  - THES
PB  - Nazarbayev University
ID  - 123456
AB  - An abstract.
KW  - keyword0
ER  -

AU  - Roe, Ann
TI  - Notes on a steppe
PY  - 1999
ER  -
"""


def _add(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    source = tmp_path / "damaged.ris"
    source.write_text(text, encoding="utf-8")
    library = tmp_path / "lib"
    code = main(["--library", str(library), "add", str(source)])
    err = capsys.readouterr().err
    with Library(Config(library=library), create=False) as lib:
        titles = [r.main_title() or r.institution for r in lib.records()]
    return code, err, titles


def test_damaged_records_with_values_are_kept_with_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, titles = _add(tmp_path, DAMAGED, capsys)
    assert code == 0, err
    assert sorted(titles) == sorted(
        ["Editorial: Open Source and Empirical Software Engineering", "Nazarbayev University", "Notes on a steppe"]
    )
    assert "line 11: RIS record (TI) without a title imported" in err
    assert "line 18: RIS record without a TY line: read as misc" in err
    assert "not imported" not in err and "Traceback" not in err


def test_record_with_nothing_to_keep_is_refused_and_the_rest_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = DAMAGED + "\nTY  - JOUR\nKW  - lonely keyword\nN1  - a note\nER  - \n"
    code, err, titles = _add(tmp_path, text, capsys)
    assert code == 1
    assert len(titles) == 3
    [refused] = [line for line in err.splitlines() if "not imported" in line]
    assert "line 23: RIS record (TI) without content" in refused
