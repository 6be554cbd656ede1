"""Web of Science tagged exports: real files written by others (``tests/data/tagged/wos/SOURCES.md``) and records
written here for the classes those files do not show (books, chapters, proceedings in a series, patents, group
authors, seasons)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.importers.registry import choose_importer, sniff_scores
from biblio.importers.tagged.wos import WosImporter, headline
from biblio.model import EntryType, Record

DATA = Path(__file__).resolve().parents[2] / "data" / "tagged"
WOS = DATA / "wos"


def _records(text: str) -> tuple[list[Record], list[str]]:
    result = WosImporter().parse(text)
    return result.records, [p.message for p in result.problems]


def _file(name: str) -> list[Record]:
    records, problems = _records((WOS / name).read_text(encoding="utf-8-sig"))
    assert problems == []
    return records


def test_a_real_export_reads_every_record_and_its_values() -> None:
    first, *others = _file("bibx-savedrecs-excerpt.txt")
    assert len(others) == 3 and all(r.type is EntryType.ARTICLE for r in [first, *others])
    assert [a.display() for a in first.authors] == ["Sun, Zhiwei", "Russell, Thomas P."]  # AF, not AU's initials
    assert first.container[0].value == "Journal of Polymer Science Part B-Polymer Physics"  # SO was in capitals
    assert (first.volume, first.number, first.pages, first.date) == ("55", "13", "980-989", "2017-07-01")
    assert first.doi == "10.1002/polb.24346" and first.issn == "0887-6266, 1099-0488"  # SN and EI
    assert first.identifiers["accession"] == "WOS:000401190100002"
    assert {"annealing", "block copolymers", "graphene"} <= {k.value for k in first.keywords}  # DE and ID
    assert first.extra["wos-cr"].count("\n") == 2  # the cited references, kept one a line
    assert first.publisher == "Wiley" and first.place == "Hoboken"


def test_acronyms_keep_their_capitals_from_the_iso_abbreviation() -> None:
    records = _file("bibx-savedrecs-excerpt.txt")
    assert {r.container[0].value for r in records} >= {"IEEE Transactions on Magnetics"}  # JI: IEEE Trans. Magn.
    assert (
        headline("ANNALS OF THE ASSOCIATION OF AMERICAN GEOGRAPHERS")
        == "Annals of the Association of American Geographers"
    )
    assert headline("IEEE ACCESS", {"ieee": "IEEE"}) == "IEEE Access"


def test_an_article_number_and_a_conference_of_a_journal_paper() -> None:
    numbered = [r for r in _file("bibx-savedrecs-excerpt.txt") if "eid" in r.extra]
    assert numbered and all(not r.pages for r in numbered)  # AR: the article number, no invented pages
    conference = [r for r in _file("bibx-savedrecs-excerpt.txt") if "eventtitle" in r.extra]
    assert conference and all(r.type is EntryType.ARTICLE for r in conference)  # DT Article; Proceedings Paper
    assert all(r.extra["wos-dt"] == "Article; Proceedings Paper" for r in conference)


def test_the_short_author_forms_serve_when_full_names_are_missing() -> None:
    records, _ = _records(
        "PT J\nAU Petrov, IV\n   Sidorova, M\nTI Steppe trade\nSO CENTRAL ASIAN SURVEY\nPY 1999\nER\n"
    )
    assert [(a.family, a.given, a.suffix) for a in records[0].authors] == [
        ("Petrov", "I. V.", ""),
        ("Sidorova", "M.", ""),
    ]


def test_a_pubmed_id_and_a_file_whose_suffix_lies() -> None:
    records = _file("rispy-example-wos.txt")
    assert [r.identifiers["pmid"] for r in records] == ["15170338", "15170339"]
    text = (WOS / "rispy-example-wos.txt").read_text(encoding="utf-8-sig")
    assert choose_importer(text, ".ris").name == "wos"  # detected by content: the file is named .ris


BOOKS = """FN Clarivate Analytics Web of Science
VR 1.0
PT B
AU Khalid, A
AF Khalid, Adeeb
TI Central Asia: A New History from the Imperial Conquests to the Present
PU PRINCETON UNIV PRESS
PI PRINCETON
PY 2021
BN 978-0-691-16139-0
DT Book
ER

PT B
AU Levi, SC
AF Levi, Scott C.
BA Sela, R
BF Sela, Ron
BE Levi, SC
   Sela, R
TI The Bukharan crisis
SO ISLAMIC CENTRAL ASIA: AN ANTHOLOGY OF HISTORICAL SOURCES
SE Indiana Series in Middle East Studies
PY 2010
BP 241
EP 248
DT Article; Book Chapter
ER

PT S
AU Zhang, N
AF Zhang, Ning
TI Water sharing on the Amu Darya
SO WATER RESOURCES IN CENTRAL ASIA
SE Lecture Notes in Geography
CT International Conference on Central Asian Water
CY SEP 12-14, 2019
CL Tashkent, UZBEKISTAN
PY 2020
VL 12
BP 33
EP 41
DT Proceedings Paper
ER

PT P
AU Wang, L
AF Wang, Li
TI Method for drying apricots
PN CN112345678-A
PY 2021
ER

PT J
CA Central Asia Research Group
TI Migration in Tajikistan
SO EURASIAN GEOGRAPHY AND ECONOMICS
PD SUM
PY 2018
ER
EF
"""


def test_books_chapters_proceedings_patents_and_groups() -> None:
    records, problems = _records(BOOKS)
    book, chapter, paper, patent, group = records
    assert problems == []
    assert book.type is EntryType.BOOK and book.publisher == "Princeton Univ Press" and book.place == "Princeton"
    assert book.isbn.replace("-", "") == "9780691161390"
    assert chapter.type is EntryType.INCOLLECTION and chapter.container[0].value.startswith("Islamic Central Asia")
    assert chapter.extra["bookauthor"] == "Sela, Ron" and [e.family for e in chapter.editors] == ["Levi", "Sela"]
    assert chapter.series == "Indiana Series in Middle East Studies" and chapter.pages == "241-248"
    assert paper.type is EntryType.INPROCEEDINGS and paper.extra["eventtitle"].startswith("International Conf")
    assert paper.extra["venue"] == "Tashkent, UZBEKISTAN" and paper.series == "Lecture Notes in Geography"
    assert paper.extra["eventdate"] == "2019-09-12/2019-09-14"  # CY SEP 12-14, 2019: an ISO range for biblatex
    assert patent.type is EntryType.PATENT and patent.extra["wos-pn"] == "CN112345678-A"
    assert group.authors[0].literal == "Central Asia Research Group"
    assert group.date == "2018" and group.extra["wos-pd"] == "SUM"  # a season the date cannot hold: kept


def test_detection_prefers_wos_to_the_other_tagged_formats() -> None:
    scores = sniff_scores(BOOKS)
    assert max(scores, key=lambda n: scores[n]) == "wos"
    refworks = "RT Journal Article\nA1 Zhang, Ning\nT1 Steppe\nJF Survey\nYR 2020\n"
    assert sniff_scores(refworks)["wos"] == 0.0


def test_biblio_add_reads_a_wos_export(tmp_path: Path) -> None:
    source = tmp_path / "savedrecs.txt"
    source.write_text(BOOKS, encoding="utf-8")
    library = tmp_path / "lib"
    run = [sys.executable, "-m", "biblio", "--library", str(library)]
    added = subprocess.run([*run, "add", str(source)], capture_output=True, text=True, check=False)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*run, "list", "--format", "csl-json"], capture_output=True, text=True, check=True)
    assert {item["type"] for item in json.loads(listed.stdout)} >= {"book", "chapter", "paper-conference", "patent"}


@pytest.mark.parametrize(
    "text",
    ["PT J\n", "PT J\nER\n", "PT J\nTI\nER\nEF\n", "FN x\nVR 1.0\nEF\n", "PT J\n   lone continuation\nER\n"],
)
def test_degenerate_records_never_raise(text: str) -> None:
    from biblio.errors import InputError

    try:
        WosImporter().parse(text)
    except InputError:
        pass


REGIONAL = """PT J
AU Wang, M
   Li, H
AF Wang, Ming
   Li, Hua
TI Regional cooperation in Central Asia
SO JOURNAL OF RUSSIAN STUDIES
LA Chinese
PY 2020
Z1 中亚地区合作研究
Z2 王明
   李华
Z3 俄罗斯学刊
Z4 本文研究中亚地区合作。
AB This paper studies regional cooperation in Central Asia.
ER

PT J
AF Petrov, Ivan
TI Steppe trade routes
SO VOSTOK-ORIENS
LA Russian
PY 2019
Z1 Степные торговые пути
Z2 Петров, Иван
Z3 Восток. Афро-азиатские общества
ER
"""


def test_the_regional_indexes_own_language_values_are_parallel_values() -> None:
    """Records of the Chinese Science Citation Database, KCI and the Russian Science Citation Index carry the
    title, authors, source and abstract again in their own language (Z1-Z4; written here after Clarivate's
    field-tag list: no such file is among the exports others wrote that the tests copy)."""
    chinese, russian = _records(REGIONAL)[0]
    assert [(t.value, t.lang) for t in chinese.title] == [
        ("中亚地区合作研究", "zh"),
        ("Regional cooperation in Central Asia", "en"),
    ]
    assert [t.value for t in chinese.container] == ["俄罗斯学刊", "Journal of Russian Studies"]
    assert [t.lang for t in chinese.abstract] == ["zh", "en"]
    assert [(a.display(), a.romanized) for a in chinese.authors] == [("王明", "Wang Ming"), ("李华", "Li Hua")]
    assert russian.title[0].value == "Степные торговые пути" and russian.language == "ru"
    assert [(a.family, a.romanized) for a in russian.authors] == [("Петров", "Petrov Ivan")]


@pytest.mark.parametrize(
    ("stated", "kept"),
    [
        ("OCT 31-NOV 02, 2012", ("eventdate", "2012-10-31/2012-11-02")),
        ("NOV, 2011", ("eventdate", "2011-11")),
        ("2016", ("eventdate", "2016")),
        ("Autumn 2016", ("wos-cy", "Autumn 2016")),  # not read: kept as written, never as an invalid date
    ],
)
def test_conference_dates_are_iso_ranges_or_kept(stated: str, kept: tuple[str, str]) -> None:
    records, _ = _records(f"PT J\nTI Paper\nSO J\nCT Meeting\nCY {stated}\nPY 2016\nER\n")
    name, value = kept
    assert records[0].extra[name] == value
