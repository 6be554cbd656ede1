"""Through the CLI: hostile imported keys are cleaned with a warning, a path-walking key is refused on edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.cli.main import main


def _run(library: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(library), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_imported_keys_are_cleaned_and_edit_refuses_unsafe_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    ids = ["nul\x00key", "cr\rkey", "sep\u2028key", "../../etc/passwd", "a/../b"]
    items = [
        {"id": i, "type": "book", "title": f"Book {n}", "issued": {"date-parts": [[2001]]}} for n, i in enumerate(ids)
    ]
    source = tmp_path / "hostile-keys.json"
    source.write_text(json.dumps(items), encoding="utf-8")
    code, _, err = _run(library, capsys, "add", str(source))
    assert code == 0
    code, out, _ = _run(library, capsys, "list", "--format", "csl-json")
    listed = json.loads(out)
    keys = sorted(item["id"] for item in listed)
    assert keys == sorted(["nul_key", "cr_key", "sep_key", ".._.._etc_passwd", "a_.._b"])
    assert sorted(item["title"] for item in listed) == [f"Book {n}" for n in range(len(ids))]  # no value lost
    assert sum("stored as" in line for line in err.splitlines()) == len(ids)  # one warning per changed key

    code, bib, _ = _run(library, capsys, "export", "-o", "-")
    assert code == 0 and "../" not in bib and "/../" not in bib  # no alias walks out of a folder
    assert all(line.isprintable() for line in bib.splitlines()), "a control character or separator was written"

    code, _, err = _run(library, capsys, "edit", "nul_key", "key=a/../../x")
    assert code != 0 and len(err.strip().splitlines()) == 1 and "invalid citation key" in err
    code, out, _ = _run(library, capsys, "list", "--format", "keys")
    assert "nul_key" in out.split() and "a/../../x" not in out
