"""Real processes writing one library at once: no edit lost, the same file added twice stored once."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import run_process

EDITS = 100
RECORDS = 300

# One process: EDITS `biblio edit` commands (the CLI's main, each opening the library anew) without the
# interpreter start-up, so two of them really overlap.
EDITOR = """
import sys
from biblio.cli.main import main
library, key, prefix, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
failed = [i for i in range(count) if main(["--library", library, "edit", key, f"{prefix}{i}=value {i}"]) != 0]
sys.exit(1 if failed else 0)
"""


def _entries(count: int) -> str:
    return "\n".join(
        f"@article{{key{i},\n  title = {{A study number {i}}},\n  author = {{Author{i}, Ann}},\n"
        f"  year = {{{1990 + i % 30}}},\n  journal = {{Journal of Tests}},\n}}\n"
        for i in range(count)
    )


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BIBLIO_DEBUG", None)
    return env


def test_two_processes_editing_different_fields_of_one_record_lose_nothing(tmp_path: Path) -> None:
    library, source, export = tmp_path / "lib", tmp_path / "one.bib", tmp_path / "refs.bib"
    source.write_text(_entries(1), encoding="utf-8")
    assert run_process(["add", str(source)], library).code == 0
    assert run_process(["export", "--keep-updated", str(export)], library).code == 0
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(library), "key0", prefix, str(EDITS)],
            env=_env(),
            stderr=subprocess.PIPE,
        )
        for prefix in ("alpha", "beta")
    ]
    for editor in editors:
        _, err = editor.communicate(timeout=300)
        assert editor.returncode == 0, err.decode()
    shown = run_process(["show", "key0", "--format", "json"], library)
    extra = json.loads(shown.out)["extra"]
    expected = {f"{prefix}{i}": f"value {i}" for prefix in ("alpha", "beta") for i in range(EDITS)}
    assert {k: v for k, v in extra.items() if k in expected} == expected
    assert json.loads(shown.out)["title"][0]["value"] == "A study number 0"
    exported = dict(re.findall(r"^  (alpha\d+|beta\d+) = \{(.*)\},?$", export.read_text(encoding="utf-8"), re.M))
    assert exported == expected, "the auto-export ends with every edit (refreshes take turns)"


def _add_twice_at_once(library: Path, source: Path) -> list[dict[str, list[str]]]:
    adds = [
        subprocess.Popen(
            [sys.executable, "-m", "biblio", "--library", str(library), "add", "--json", str(source)],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    reports = []
    for add in adds:
        out, err = add.communicate(timeout=300)
        assert add.returncode == 0, err.decode()
        assert "internal error" not in err.decode()
        reports.append(json.loads(out))
    return reports


def test_the_same_file_added_by_two_processes_at_once_is_stored_once(tmp_path: Path) -> None:
    source, other = tmp_path / "many.bib", tmp_path / "other.bib"
    source.write_text(_entries(RECORDS), encoding="utf-8")
    other.write_text(_entries(1).replace("key0", "first").replace("number 0", "apart"), encoding="utf-8")
    keys = {f"key{i}" for i in range(RECORDS)}
    for round_, existing in enumerate((False, True, True)):
        library = tmp_path / f"lib{round_}"
        if existing:
            assert run_process(["add", str(other)], library).code == 0
        reports = _add_twice_at_once(library, source)
        added = [key for report in reports for key in report["added"]]
        assert sorted(added) == sorted(keys), f"round {round_}: each record added exactly once"
        for report in reports:  # the other process's records are reported unchanged, not failed or copied
            assert sorted(report["added"] + report["unchanged"]) == sorted(keys)
            assert report["updated"] == []
        listed = json.loads(run_process(["list", "--format", "csl-json"], library).out)
        assert sorted(item["id"] for item in listed) == sorted(keys | ({"first"} if existing else set()))
        assert run_process(["check"], library).code == 0
