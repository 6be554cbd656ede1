"""End to end through the library: add -> export keeps every field and value (after NFC normalisation)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import bibtexparser

from tests.cli.conftest import Runner
from tests.corpus.build import write_corpus

DATA = Path(__file__).resolve().parent.parent / "data"


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def _entries(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return {e.key: (e.entry_type, _nfc({f.key: f.value for f in e.fields})) for e in library.entries}


def test_thousand_multilingual_records_survive_add_and_export(biblio: Runner, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, 1000)
    assert biblio("add", str(corpus)).code == 0
    out = tmp_path / "out.bib"
    assert biblio("export", "--format", "biblatex", "-o", str(out)).code == 0
    before = _entries(corpus.read_text(encoding="utf-8"))
    after = _entries(out.read_text(encoding="utf-8"))
    assert len(before) == 1000
    assert after == before


def test_csl_json_survives_add_and_export(biblio: Runner, tmp_path: Path) -> None:
    sample = json.loads((DATA / "csl" / "sample.json").read_text(encoding="utf-8"))
    items = [item for item in sample if isinstance(item, dict)]  # the sample also holds a deliberately bad item
    source = tmp_path / "items.json"
    source.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    assert biblio("add", str(source)).code == 0
    for item in items:
        item["id"] = str(item["id"])  # citation keys are strings: a numeric CSL id comes back as text
    exported = json.loads(biblio("list", "--format", "csl-json").out)
    assert _nfc(sorted(exported, key=lambda i: str(i["id"]))) == _nfc(sorted(items, key=lambda i: str(i["id"])))


def test_bibtex_written_by_databases_comes_back_as_meant(biblio: Runner, tmp_path: Path) -> None:
    """Classes from Better BibTeX's import cases and JabRef's Citavi test: raw & and $, a % line end, a URL in
    grouping braces, a commented-out field line. Each value comes back as TeX reads it, under its own name;
    what cannot be written is said on stderr, and the library keeps it."""
    source = tmp_path / "db.bib"
    source.write_text(
        "@book{W,\n  title = {Black and white},\n  journal = {Black & white strangers},\n"
        "  school = {Computer Science Division (EECS), %\n\t\tUniversity of California},\n"
        "  note = {spent more than $70,000 a year},\n  url = {http://jetp.ac.ru/e{_}057.pdf},\n"
        "  doi = {{10.1016/j.buildenv.2018.07.033}},\n  % title = {an old title},\n  year = {1993}\n}\n",
        encoding="utf-8",
    )
    assert biblio("add", str(source)).code == 0
    out = tmp_path / "out.bib"
    result = biblio("export", "--format", "biblatex", "-o", str(out))
    assert result.code == 0
    _, fields = _entries(out.read_text(encoding="utf-8"))["W"]
    assert fields["journal"] == r"Black \& white strangers"  # regenerated (raw &) under the source's name
    assert fields["school"] == "Computer Science Division (EECS), University of California"
    assert fields["note"] == r"spent more than \$70,000 a year"
    assert fields["url"] == "http://jetp.ac.ru/e_057.pdf"
    assert fields["doi"] == "10.1016/j.buildenv.2018.07.033"
    assert not [name for name in fields if "%" in name]
    assert "'journal' from BibTeX has unbalanced braces or unsafe commands" in result.err
    assert "'% title' has a name BibTeX cannot read" in result.err
    assert "an old title" in biblio("show", "W").out  # kept in the library
