"""The command-line contract: add, list, show, edit, remove, export, check."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest

from tests.cli.conftest import Runner

BIB = """
@book{brzezinski1997grand,
  author = {Brzezinski, Zbigniew},
  title = {The Grand Chessboard},
  location = {New York},
  publisher = {Basic Books},
  date = {1997},
  langid = {english},
}

@article{zhang2024pluralistic,
  author = {张宁},
  title = {中亚国家的多元平衡外交：机遇与风险并存},
  journaltitle = {俄罗斯学刊},
  date = {2024},
  number = {6},
  pages = {5--23},
}
"""


@pytest.fixture
def bib_file(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


def test_add_then_list_show_export(biblio: Runner, bib_file: Path, tmp_path: Path) -> None:
    added = biblio("add", str(bib_file), "--json")
    assert added.code == 0, added.err
    assert json.loads(added.out)["added"] == ["brzezinski1997grand", "zhang2024pluralistic"]

    listed = biblio("list", "--format", "csl-json")
    items = {item["id"]: item for item in json.loads(listed.out)}
    assert items["zhang2024pluralistic"]["author"] == [{"family": "张", "given": "宁"}]
    assert items["zhang2024pluralistic"]["container-title"] == "俄罗斯学刊"
    assert items["brzezinski1997grand"]["type"] == "book"

    shown = json.loads(biblio("show", "zhang2024pluralistic", "--format", "json").out)
    assert shown["provenance"]["importer"] == "bibtex"
    assert shown["provenance"]["source"].startswith("sources/")

    out = tmp_path / "out.bib"
    exported = biblio("export", "-o", str(out))
    assert exported.code == 0
    entries = {e.key: e for e in bibtexparser.parse_string(out.read_text(encoding="utf-8")).entries}
    assert entries["zhang2024pluralistic"]["title"] == "中亚国家的多元平衡外交：机遇与风险并存"
    assert entries["brzezinski1997grand"]["publisher"] == "Basic Books"


def test_table_lists_keys_and_titles(biblio: Runner, bib_file: Path) -> None:
    biblio("add", str(bib_file))
    table = biblio("list").out
    assert "brzezinski1997grand" in table and "The Grand Chessboard" in table and "张宁" in table


def test_readding_the_same_file_reports_unchanged(biblio: Runner, bib_file: Path) -> None:
    biblio("add", str(bib_file))
    again = json.loads(biblio("add", str(bib_file), "--json").out)
    assert again["added"] == [] and sorted(again["unchanged"]) == ["brzezinski1997grand", "zhang2024pluralistic"]


def test_edit_persists_and_validates(biblio: Runner, bib_file: Path) -> None:
    biblio("add", str(bib_file))
    assert biblio("edit", "zhang2024pluralistic", "title.en=Pluralistic and Balanced Diplomacy", "volume=3").code == 0
    shown = json.loads(biblio("show", "zhang2024pluralistic", "--format", "json").out)
    assert {"value": "Pluralistic and Balanced Diplomacy", "lang": "en"} in shown["title"]
    assert shown["volume"] == "3"
    bad = biblio("edit", "zhang2024pluralistic", "year=twenty")
    assert bad.code != 0 and "invalid date" in bad.err and len(bad.err.strip().splitlines()) == 1


def test_edit_regenerates_the_bibtex_value(biblio: Runner, bib_file: Path) -> None:
    biblio("add", str(bib_file))
    biblio("edit", "brzezinski1997grand", "title=50% & more_")
    bib = biblio("show", "brzezinski1997grand", "--format", "biblatex").out
    assert r"50\% \& more\_" in bib


def test_remove_and_unknown_key(biblio: Runner, bib_file: Path) -> None:
    biblio("add", str(bib_file))
    assert biblio("remove", "brzezinski1997grand").code == 0
    missing = biblio("show", "brzezinski1997grand")
    assert missing.code == 1 and missing.err.strip() == "biblio: unknown key: no record with key 'brzezinski1997grand'"
    assert biblio("remove", "nope", "zhang2024pluralistic").code == 1
    assert biblio("list", "--format", "keys").out.split() == ["zhang2024pluralistic"]


def test_check_passes_then_detects_a_changed_source(biblio: Runner, bib_file: Path, library_dir: Path) -> None:
    biblio("add", str(bib_file))
    assert biblio("check").code == 0
    kept = next((library_dir / "sources").rglob("*.bib"))
    kept.write_text("tampered", encoding="utf-8")
    result = biblio("check")
    assert result.code == 1 and "kept source changed" in result.out


def test_default_export_goes_to_exports_folder(
    biblio: Runner, bib_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    biblio("add", str(bib_file))
    monkeypatch.chdir(tmp_path)
    result = biblio("export", "--format", "csl-json")
    assert result.out.strip() == "wrote 2 records to exports/library.json"
    assert len(json.loads((tmp_path / "exports" / "library.json").read_text(encoding="utf-8"))) == 2


def test_new_records_get_pattern_keys_and_collisions_get_suffixes(biblio: Runner, tmp_path: Path) -> None:
    def book(title: str, family: str, given: str, year: int) -> dict[str, object]:
        return {
            "type": "book",
            "title": title,
            "author": [{"family": family, "given": given}],
            "issued": {"date-parts": [[year]]},
        }

    items = [
        book("历史的地理枢纽", "麦金德", "哈", 1985),
        book("历史的教训", "麦金德", "哈", 1985),
        book("Великая шахматная доска", "Бжезинский", "Збигнев", 1998),
    ]
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    keys = json.loads(biblio("add", str(path), "--json").out)["added"]
    assert keys[:2] == ["maijinde1985lishi", "maijinde1985lishia"]
    assert keys[2].startswith("bzhezinski")
    assert any(f"1998velika{ending}" == keys[2][-len("1998velikaia") :] for ending in ("ia", "ya", "ja"))
    assert all(k.isascii() for k in keys)


def test_records_by_uid_keeps_the_given_order_and_skips_unknown(
    biblio: Runner, bib_file: Path, library_dir: Path
) -> None:
    from biblio.config import Config
    from biblio.library import Library

    biblio("add", str(bib_file))
    with Library(Config(library=library_dir), create=False) as library:
        uids = {r.key: r.uid for r in library.records()}
        wanted = [uids["zhang2024pluralistic"], "no-such-uid", uids["brzezinski1997grand"]]
        assert [r.key for r in library.records_by_uid(wanted)] == ["zhang2024pluralistic", "brzezinski1997grand"]
