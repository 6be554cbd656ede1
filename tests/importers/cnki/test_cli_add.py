"""End to end: ``biblio add FILE`` (no ``--format``) on each CNKI export form (issue 12).

Detection must pick the right importer, every record must arrive, the exit status is 0, and anything
not imported as a field is reported as a warning on stderr.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.cli.main import main
from biblio.config import Config
from biblio.library import Library
from biblio.model import EntryType
from tests.importers.cnki.test_estudy import ESTUDY

DATA = Path(__file__).parents[2] / "data"


def _add(tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    library = tmp_path / "lib"
    code = main(["--library", str(library), "add", str(source)])
    err = capsys.readouterr().err
    with Library(Config(library=library), create=False) as lib:
        importers = [r.provenance.importer for r in lib.records() if r.provenance]
    return code, err, importers


@pytest.mark.parametrize(
    "case",
    [
        ("cnki/exports/refer.txt", "refer", 6, ""),
        ("cnki/exports/refworks.txt", "refworks", 7, ""),
        ("tagged/cnki_noteexpress.net", "noteexpress", 4, ""),
        ("tagged/cnki.ris", "ris", 4, ""),
        ("cnki/custom_export.txt", "cnki-estudy", 2, ""),
    ],
)
def test_each_export_form_is_added_by_detection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, str, int, str]
) -> None:
    """A file with a deliberately broken record: the others are added, exit 1, one line names it."""
    name, importer, count, refused = case
    source = tmp_path / Path(name).name
    source.write_bytes((DATA / name).read_bytes())
    code, err, importers = _add(tmp_path, source, capsys)
    assert importers == [importer] * count
    assert code == (1 if refused else 0), err
    assert refused in err and "Traceback" not in err


def test_refer_export_warns_about_the_line_it_kept_as_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err, _ = _add(tmp_path, DATA / "cnki" / "exports" / "refer.txt", capsys)
    assert code == 0
    assert "PageCount-页码 0" in err and "kept as a note" in err


def test_estudy_export_is_added_with_its_types(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "CNKI-E-Study.txt"
    source.write_text(ESTUDY, encoding="utf-8")
    library = tmp_path / "lib"
    assert main(["--library", str(library), "add", str(source)]) == 0
    with Library(Config(library=library), create=False) as lib:
        types = sorted(r.type for r in lib.records())
    assert types == sorted([EntryType.ARTICLE, EntryType.THESIS, EntryType.NEWSPAPER, EntryType.INCOLLECTION])
