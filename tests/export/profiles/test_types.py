"""Every GB/T 7714 type code maps to the best entry type of each profile's style, with the fields it prints."""

from __future__ import annotations

import re

import pytest
from bibtexparser.entrypoint import parse_string

from biblio.export.profiles import PROFILES, export_profile
from biblio.export.profiles.gbt import full_date
from biblio.export.profiles.types import GBT_CODES, gbt_code, mark_of, profile_type
from biblio.model import EntryType, LangText, Name, Record

T = EntryType


def _zh(written: str) -> Name:
    return Name(family=written[:1], given=written[1:], script="Hani", written=written)


def _record(kind: EntryType, mark: str = "", **kw: object) -> Record:
    record = Record(type=kind, key="k", title=(LangText("题名", "zh"),), language="zh", date="2020", **kw)  # type: ignore[arg-type]
    if mark:
        record.extra["mark"] = mark
    return record


# code -> a record of that code (as the GB/T reference parser and the importers make them)
RECORDS = {
    "M": _record(T.BOOK),
    "M//": _record(T.INCOLLECTION, container=(LangText("书名", "zh"),)),
    "C": _record(T.PROCEEDINGS, editors=[_zh("张三")]),
    "C//": _record(T.INPROCEEDINGS, container=(LangText("论文集", "zh"),)),
    "G": _record(T.COLLECTION, editors=[_zh("王五")]),
    "N": _record(T.NEWSPAPER, container=(LangText("人民日报", "zh"),)),
    "J": _record(T.ARTICLE, container=(LangText("刊名", "zh"),)),
    "D": _record(T.THESIS, genre="博士学位论文"),
    "R": _record(T.REPORT),
    "S": _record(T.STANDARD, number="GB/T 7714—2015"),
    "P": _record(T.PATENT, number="CN103456789A"),
    "DB": _record(T.DATASET, "DB"),
    "DS": _record(T.DATASET),
    "CP": _record(T.MISC, "CP"),
    "EB": _record(T.ONLINE),
    "A": _record(T.MISC, "A"),
    "CM": _record(T.MISC, "CM"),
    "Z": _record(T.MISC),
}
ORDER = ("gbt7714-bst", "gb7714", "biblatex", "bibtex")
EXPECTED = {  # code: types in ORDER
    "M": ("book", "book", "book", "book"),
    "M//": ("incollection", "inbook", "incollection", "incollection"),
    "C": ("proceedings", "proceedings", "proceedings", "proceedings"),
    "C//": ("inproceedings", "inproceedings", "inproceedings", "inproceedings"),
    "G": ("collection", "collection", "collection", "book"),
    "N": ("newspaper", "article", "article", "article"),
    "J": ("article", "article", "article", "article"),
    "D": ("phdthesis", "thesis", "thesis", "phdthesis"),
    "R": ("techreport", "report", "report", "techreport"),
    "S": ("standard", "standard", "standard", "techreport"),
    "P": ("patent", "patent", "patent", "misc"),
    "DB": ("database", "database", "dataset", "misc"),
    "DS": ("dataset", "dataset", "dataset", "misc"),
    "CP": ("software", "software", "software", "misc"),
    "EB": ("online", "online", "online", "misc"),
    "A": ("archive", "archive", "unpublished", "unpublished"),
    "CM": ("map", "map", "misc", "misc"),
    "Z": ("misc", "misc", "misc", "misc"),
}


def _entry(record: Record, profile: str) -> tuple[str, dict[str, str]]:
    library = parse_string(export_profile([record], profile).text)
    assert not library.failed_blocks
    (entry,) = library.entries
    return entry.entry_type, {f.key: str(f.value) for f in entry.fields}


def test_every_gbt_code_has_a_record() -> None:
    assert {code.removesuffix("//") for code in RECORDS} == GBT_CODES
    assert all(gbt_code(record) == code.removesuffix("//") for code, record in RECORDS.items())


@pytest.mark.parametrize("code", list(RECORDS))
@pytest.mark.parametrize("profile", PROFILES)
def test_each_code_gets_the_best_type_of_the_profile(code: str, profile: str) -> None:
    expected = EXPECTED[code][ORDER.index(profile)]
    assert profile_type(RECORDS[code], profile) == expected
    assert _entry(RECORDS[code], profile)[0] == expected


@pytest.mark.parametrize("profile", ["gbt7714-bst", "gb7714"])
def test_a_mark_the_type_prints_is_not_written_again(profile: str) -> None:
    for code in ("CM", "A", "CP", "DB"):
        assert "mark" not in _entry(RECORDS[code], profile)[1]
    book_as_map = _record(T.BOOK, "CM")  # a code the type does not print stays
    assert _entry(book_as_map, profile)[0] == "map"
    odd = _record(T.INCOLLECTION, "G", container=(LangText("汇编", "zh"),))
    kind, fields = _entry(odd, profile)
    assert kind == "incollection"
    assert fields.get("mark") == ("G" if profile == "gbt7714-bst" else None)


def test_mark_of_reads_codes_with_a_carrier_and_ignores_others() -> None:
    assert mark_of(_record(T.MISC, "cp/dk")) == "CP"
    assert mark_of(_record(T.MISC, "K")) == ""
    assert mark_of(_record(T.MISC, "not a code")) == ""
    kept = _record(T.MISC)
    kept.latex["@type"] = "map"  # a BibLaTeX @map kept from an import
    assert gbt_code(kept) == "CM"
    assert profile_type(kept, "gbt7714-bst") == "map"


def test_bst_newspaper_keeps_its_full_date_and_page() -> None:
    news = _record(T.NEWSPAPER, container=(LangText("中国青年报", "zh"),), pages="15")
    news.date = "2000-11-20"
    kind, fields = _entry(news, "gbt7714-bst")
    assert kind == "newspaper"
    assert (fields["date"], fields["year"], fields["number"]) == ("2000-11-20", "2000", "15")
    assert "pages" not in fields and "month" not in fields and "day" not in fields
    kind, fields = _entry(news, "gb7714")
    assert (kind, fields["entrysubtype"], fields["date"], fields["number"]) == (
        "article",
        "newspaper",
        "2000-11-20",
        "15",
    )


def test_bst_patents_and_online_dates_are_full() -> None:
    patent = _record(T.PATENT, number="88105607.3")
    patent.date = "1989-07-26"
    assert _entry(patent, "gbt7714-bst")[1]["date"] == "1989-07-26"
    online = _record(T.ONLINE, url="https://example.org/x", urldate="2024-01-15")
    online.date = "2023-04-01T10:00:00"
    fields = _entry(online, "gbt7714-bst")[1]
    assert (fields["date"], fields["urldate"]) == ("2023-04-01", "2024-01-15")


@pytest.mark.parametrize(("date", "full"), [("2024", ""), ("2024-05", "2024-05"), ("2024-05-06", "2024-05-06"),
                                            ("2024-05-06T18:06:40", "2024-05-06"), ("1997/1998", ""),
                                            ("2024-05-06/2024-05-08", ""), ("", "")])  # fmt: skip
def test_full_date_only_when_more_precise_than_a_year(date: str, full: str) -> None:
    assert full_date(date) == full


def test_bst_sort_key_only_where_the_style_does_not_print_it() -> None:
    editor_book = _record(T.BOOK, editors=[_zh("王夫之")])
    kind, fields = _entry(editor_book, "gbt7714-bst")
    assert (kind, fields["editor"], fields["key"]) == ("book", "王夫之", "wang2 fu1 zhi1")  # sorts, never printed
    chapter = _record(T.INCOLLECTION, editors=[_zh("李承森")], container=(LangText("植物科学进展", "zh"),))
    assert "key" not in _entry(chapter, "gbt7714-bst")[1]  # printed in the author position: not written
    report = _record(T.REPORT, editors=[_zh("李明")])
    kind, fields = _entry(report, "gbt7714-bst")
    assert (kind, fields["author"], fields["key"]) == ("techreport", "李明", "li3 ming2")  # the editor labels it
    assert "editor" not in fields
    authored = _record(T.ARTICLE, authors=[_zh("张宁")], container=(LangText("俄罗斯学刊", "zh"),))
    assert _entry(authored, "gbt7714-bst")[1]["key"] == "zhang1 ning2"
    for profile in ("gb7714", "biblatex", "bibtex"):
        assert "key" not in _entry(editor_book, profile)[1]


def test_standard_number_is_printed_by_every_profile() -> None:
    standard = _record(T.STANDARD, number="GB/T 7714—2015", publisher="中国标准出版社", place="北京")
    assert _entry(standard, "gbt7714-bst")[1]["number"] == "GB/T 7714---2015"  # format.title prints number
    for profile in ("gb7714", "biblatex"):
        fields = _entry(standard, profile)[1]
        assert fields["titleaddon"] == fields["number"] == "GB/T 7714—2015"
    assert _entry(standard, "biblatex")[1]["organization"] == "中国标准出版社"  # the misc driver's publisher
    kind, fields = _entry(standard, "bibtex")
    assert (kind, fields["type"], fields["institution"]) == ("techreport", "Standard", "Zhongguo Biaozhun Chubanshe")


def test_plain_bibtex_prints_patent_numbers_misc_publishers_and_newspaper_days() -> None:
    patent = _record(T.PATENT, number="CN103456789A")
    assert _entry(patent, "bibtex")[1]["howpublished"] == "Patent CN103456789A"
    map_ = _record(T.MISC, "CM", publisher="中国地图出版社", place="北京")
    assert _entry(map_, "bibtex")[1]["howpublished"] == "Beijing: Zhongguo Ditu Chubanshe"
    news = _record(T.NEWSPAPER, container=(LangText("人民日报", "zh"),))
    news.date = "2024-05-06"
    text = export_profile([news], "bibtex").text
    assert re.search(r'^  month = may # "~6,",?$', text, re.MULTILINE), text
    assert "day =" not in text


def test_standard_biblatex_prints_authors_of_collections_as_books() -> None:
    compiled = _record(T.COLLECTION, authors=[Name(literal="中共中央文献研究室")])
    assert _entry(compiled, "biblatex")[0] == "book"  # the collection driver prints editors only
    assert _entry(compiled, "gb7714")[0] == "collection"
    report = _record(T.REPORT, publisher="社会科学文献出版社")
    assert _entry(report, "biblatex")[1]["institution"] == "社会科学文献出版社"


@pytest.mark.parametrize(("profile", "kind", "moved"), [
    ("biblatex", T.REPORT, True), ("biblatex", T.BOOK, False), ("biblatex", T.THESIS, True),
    ("bibtex", T.ARTICLE, True), ("bibtex", T.BOOK, False), ("gb7714", T.REPORT, False),
])  # fmt: skip
def test_editors_become_the_author_where_the_driver_would_not_print_them(
    profile: str, kind: EntryType, moved: bool
) -> None:
    fields = _entry(_record(kind, editors=[Name(family="Smith", given="John")]), profile)[1]
    assert ("author" in fields, "editor" in fields) == (moved, not moved)


@pytest.mark.parametrize("profile", ["gbt7714-bst", "gb7714"])
def test_misc_with_a_publisher_or_url_keeps_its_z(profile: str) -> None:
    plain = _entry(_record(T.MISC), profile)[1]
    assert "mark" not in plain  # @misc alone prints [Z]
    published = _entry(_record(T.MISC, publisher="新疆人民出版社"), profile)[1]
    assert published["mark"] == "Z"  # else the styles print [M]
    assert published.get("institution") == ("新疆人民出版社" if profile == "gb7714" else None)
    online = _entry(_record(T.MISC, url="https://example.org/"), profile)[1]
    assert online["mark"] == "Z"  # else [EB/OL]


def test_a_document_number_follows_the_title() -> None:
    # GB/T 7714-2015: "关于…的通知: 京政办发〔2005〕37号[A]"; biblatex-gb7714 would print it after the code,
    # the standard styles not at all: both print titleaddon after the title
    archive = _record(T.MISC, "A", number="京政办发〔2005〕37号")
    fields = _entry(archive, "gb7714")[1]
    assert (fields["titleaddon"], fields.get("number")) == ("京政办发〔2005〕37号", None)
    fields = _entry(archive, "biblatex")[1]
    assert fields["titleaddon"] == "京政办发〔2005〕37号"
    assert "titleaddon" not in _entry(archive, "gbt7714-bst")[1]  # gbt7714.bst prints "title: number" itself
    report = _record(T.REPORT, number="12")  # a report's number has its own place in every style
    assert "titleaddon" not in _entry(report, "gb7714")[1]
