"""End to end: `biblio add` keeps every value of files written by others (excerpts: tests/data/realworld/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Runner, run_process

REAL = Path(__file__).parent.parent / "data" / "realworld"


def test_add_dupes_keeps_both_and_warns_on_stderr(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    done = run_process(["add", str(REAL / "same-key-same-doi.bib")], library)
    assert done.code == 0, done.err
    assert "added 2: Mabbott2017 Mabbott2017a" in done.out
    assert "Mabbott2017 (line 1) appears again at line 16 with other values" in done.err
    shown = run_process(["export", "--format", "biblatex", "-o", "-"], library)
    assert "url = {https://muse.jhu.edu/article/669454}" in shown.out
    assert shown.out.count("@article{Mabbott2017") == 2


def test_add_csl_without_type_and_title_needs_no_format(biblio: Runner) -> None:
    done = biblio("add", str(REAL / "csl-no-type-title.json"))
    assert done.code == 0, done.err
    assert "added 2: ITEM-1 ITEM-2" in done.out
    listed = biblio("list", "--format", "csl-json")
    assert '"container-title": "Journal of Irreproducible Results"' in listed.out


def test_add_of_bibtex_refused_by_bibtex_itself(biblio: Runner) -> None:
    """An entry without key and one with a stray comma: imported with warnings, exit 0."""
    done = biblio("add", str(REAL / "keyless-endnote.bib"), str(REAL / "stray-comma.bib"))
    assert done.code == 0, done.err
    assert "added 2" in done.out
    assert "entry without a key" in done.err and "stray comma" in done.err


def test_add_of_a_string_concatenation_keeps_the_space(biblio: Runner) -> None:
    assert biblio("add", str(REAL / "string-concat-space.bib")).code == 0
    assert "journal = {a space between this and this}" in biblio("export", "-o", "-").out
