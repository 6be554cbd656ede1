"""No value is lost on import: duplicates inside one file, placeholder identifiers, keys biber cannot read.

Excerpts (``tests/data/realworld/``, sources in SOURCES.md): two Mendeley entries with the same key and
DOI (the later one lacks the url, which used to be lost: "added: 1", no warning), and three records of
Zotero's RIS test case RIS-02 whose placeholder ``DOI``/``URL`` values merged 48 records into 2.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.config import Config
from biblio.library import Library

REAL = Path(__file__).parent.parent / "data" / "realworld"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(Config(library=tmp_path / "lib")) as opened:
        yield opened


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_same_key_and_doi_twice_keeps_both_with_a_warning(library: Library) -> None:
    report = library.add_file(REAL / "same-key-same-doi.bib")
    assert report.added == ["Mabbott2017", "Mabbott2017a"]
    first, second = library.get("Mabbott2017"), library.get("Mabbott2017a")
    assert first.url == "https://muse.jhu.edu/article/669454"
    assert second.extra["city"] == "Baltimore" and second.container[0].value == "Library trends"
    assert any("Mabbott2017 (line 1) appears again at line 16" in w and "Mabbott2017a" in w for w in report.warnings)


def test_reimport_of_a_file_with_duplicates_adds_nothing(library: Library) -> None:
    library.add_file(REAL / "same-key-same-doi.bib")
    again = library.add_file(REAL / "same-key-same-doi.bib")
    assert again.added == [] and again.updated == []
    assert sorted(again.unchanged) == ["Mabbott2017", "Mabbott2017a"]
    assert library.count() == 2


def test_identical_duplicate_is_stored_once_with_a_warning(library: Library, tmp_path: Path) -> None:
    entry = "@article{same, title = {Same}, year = {2001}}\n"
    report = library.add_file(_write(tmp_path, "twice.bib", entry + "\n" + entry))
    assert report.added == ["same"] and library.count() == 1
    assert any("same (line 1) appears again at line 3 with the same values: stored once" in w for w in report.warnings)


def test_csl_items_with_the_same_id_are_both_kept(library: Library, tmp_path: Path) -> None:
    text = '[{"id": "a", "title": "One", "URL": "https://x.org/1"}, {"id": "a", "title": "Two"}]'
    report = library.add_file(_write(tmp_path, "items.json", text))
    assert report.added == ["a", "aa"]
    assert library.get("a").url == "https://x.org/1" and library.get("aa").title[0].value == "Two"
    assert any("appears again" in w for w in report.warnings)


def test_duplicate_keys_across_chunks(library: Library, tmp_path: Path) -> None:
    entries = [f"@misc{{k{i}, title = {{T{i}}}, year = 2000}}" for i in range(2100)]
    entries.append("@misc{k3, title = {Other}, year = 2001}")  # a duplicate of an entry two chunks back
    report = library.add_file(_write(tmp_path, "big.bib", "\n".join(entries)))
    assert len(report.added) == 2101 and library.get("k3a").title[0].value == "Other"


def test_placeholder_identifiers_never_merge_records(library: Library) -> None:
    """Zotero's RIS-02: `DO  - DOI`, `UR  - URL`, `SN  - ISBN` in every record."""
    report = library.add_file(REAL / "placeholder-ids.ris")
    assert len(report.added) == 3 and library.count() == 3
    assert {r.doi for r in library.records()} == {"10.1234/123456", "DOI"}
    assert any("doi 'DOI' is not a DOI" in w and "2 records" in w for w in report.warnings)
    assert any("url 'URL' is not a web address" in w for w in report.warnings)
    again = library.add_file(REAL / "placeholder-ids.ris")
    assert again.added == [] and library.count() == 3


def test_records_without_key_sharing_an_invalid_doi_stay_apart(library: Library, tmp_path: Path) -> None:
    ris = "".join(
        f"TY  - BOOK\nTI  - Work {n}\nAU  - Author{n}, A.\nPY  - 2020\nDO  - n/a\nSN  - 0198526637\nER  - \n\n"
        for n in range(3)
    )
    report = library.add_file(_write(tmp_path, "works.ris", ris))
    assert len(report.added) == 3
    assert any("isbn '0198526637' has no valid ISBN check digit" in w and "3 records" in w for w in report.warnings)


def test_valid_doi_still_matches_a_reimport_from_another_format(library: Library, tmp_path: Path) -> None:
    library.add_file(_write(tmp_path, "a.ris", "TY  - JOUR\nTI  - A Study\nPY  - 2020\nDO  - 10.1000/abc\nER  - \n"))
    report = library.add_file(
        _write(tmp_path, "b.ris", "TY  - JOUR\nTI  - A Study\nPY  - 2020\nDO  - 10.1000/abc\nER  - \n")
    )
    assert report.added == [] and library.count() == 1


def test_key_biber_cannot_read_is_renamed_and_kept_as_alias(library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, "o.bib", "@article{O'Hara_1999, author = {O'Hara, K.}, title = {Excitons}, year = 1999}\n")
    report = library.add_file(path)
    assert report.added == ["O_Hara_1999"]
    record = library.get("O_Hara_1999")
    assert record.extra["ids"] == "O'Hara_1999" and record.latex["ids"] == "O'Hara_1999"
    assert any("biber cannot read" in w for w in report.warnings)
    assert library.add_file(path).unchanged == ["O_Hara_1999"]
