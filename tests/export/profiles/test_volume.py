"""A multi-volume work's volume in each profile: the fields that make its style print the designation
the way GB/T 7714 does (what each style prints was read from its source and checked by compiling:
tests/latex/test_volumes_compile.py)."""

from __future__ import annotations

import pytest
from bibtexparser.entrypoint import parse_string

from biblio.export.bibtex import format_bibtex
from biblio.export.profiles import export_profile
from biblio.export.volumes import VOLUME_WRITTEN
from biblio.model import EntryType, LangText, Name, Record

T = EntryType


def _record(
    kind: EntryType, volume: str, written: str = "", title: str = "题名", lang: str = "zh", **kw: object
) -> Record:
    record = Record(type=kind, key="k", title=(LangText(title, lang),), language=lang, date="2020", volume=volume, **kw)  # type: ignore[arg-type]
    record.authors = [Name(literal="某研究所", script="Hani")] if lang == "zh" else [Name(family="Sinor", given="D")]
    if written:
        record.extra[VOLUME_WRITTEN] = written
    return record


def _fields(record: Record, profile: str) -> dict[str, str]:
    library = parse_string(export_profile([record], profile).text)
    assert not library.failed_blocks
    (entry,) = library.entries
    return {f.key: str(f.value) for f in entry.fields}


def _shown(fields: dict[str, str]) -> tuple[str | None, str | None]:
    return fields.get("volume"), fields.get("titleaddon")


@pytest.mark.parametrize(
    ("volume", "written", "expected"),
    [
        ("1", "第一卷", ("一", None)),  # biblatex-gb7714 prints "第#1卷": "第一卷" as written
        ("2", "第 2 卷", ("2", None)),
        ("2", "", ("2", None)),
        ("上", "上卷", (None, "上卷")),  # it would print "第上卷": the designation goes to titleaddon
        ("1", "第一辑", (None, "第一辑")),
        ("上", "", (None, "上")),
    ],
)
def test_gb7714_book(volume: str, written: str, expected: tuple[str | None, str | None]) -> None:
    assert _shown(_fields(_record(T.BOOK, volume, written), "gb7714")) == expected


def test_gb7714_other_types_print_it_as_titleaddon() -> None:
    # biblatex-gb7714-2015 prints no volume for @collection, @proceedings, @report, ...: it stays, unprinted
    for kind in (T.COLLECTION, T.PROCEEDINGS, T.REPORT, T.THESIS, T.MISC):
        assert _shown(_fields(_record(kind, "1", "第一辑"), "gb7714")) == ("1", "第一辑"), kind
        assert _shown(_fields(_record(kind, "2"), "gb7714")) == ("2", "第2卷"), kind
    english = _fields(_record(T.COLLECTION, "2", title="Papers", lang="en"), "gb7714")
    assert _shown(english) == ("2", "Vol. 2")


def test_gb7714_standard_volume_goes_before_its_number() -> None:
    record = _record(T.STANDARD, "1", "第1卷", number="GB/T 1234—2000")
    fields = _fields(record, "gb7714")
    assert _shown(fields) == (None, "第1卷: GB/T 1234—2000")


def test_gb7714_chapter_volume_follows_the_host_title() -> None:
    host = (LangText("西域考古文集", "zh"),)
    assert _fields(_record(T.INCOLLECTION, "3", container=host), "gb7714")["volume"] == "3"
    fields = _fields(_record(T.INCOLLECTION, "下", "下卷", container=host), "gb7714")
    assert (fields.get("volume"), fields["booktitle"]) == (None, "西域考古文集: 下卷")


@pytest.mark.parametrize(
    ("kind", "volume", "written", "expected"),
    [
        (T.BOOK, "1", "第一卷", "第一卷"),  # gbt7714.bst prints a volume that is not a number as it is
        (T.BOOK, "2", "第 2 卷", "2"),  # and a number as "第 2 卷"
        (T.COLLECTION, "1", "第一辑", "第一辑"),
        (T.PROCEEDINGS, "上", "上卷", "上卷"),
        (T.BOOK, "2", "", "2"),
    ],
)
def test_bst_volume(kind: EntryType, volume: str, written: str, expected: str) -> None:
    fields = _fields(_record(kind, volume, written), "gbt7714-bst")
    assert fields["volume"] == expected and fields["title"] == "题名"


def test_bst_numbered_types_take_it_into_the_title() -> None:
    # techreport and standard print their number after the title, never the volume
    assert _fields(_record(T.REPORT, "2", "第二卷"), "gbt7714-bst")["title"] == "题名: 第二卷"
    standard = _fields(_record(T.STANDARD, "1", number="GB/T 1234—2000"), "gbt7714-bst")
    assert (standard["title"], standard["number"]) == ("题名: 第1卷", "GB/T 1234---2000")  # ASCII-safe dash


def test_biblatex_prints_vol_so_a_chinese_word_volume_goes_to_titleaddon() -> None:
    assert _shown(_fields(_record(T.BOOK, "上", "上卷"), "biblatex")) == (None, "上卷")
    assert _shown(_fields(_record(T.BOOK, "1", "第一卷"), "biblatex")) == ("1", None)  # "Vol. 1"
    assert _shown(_fields(_record(T.BOOK, "2", title="History", lang="en"), "biblatex")) == ("2", None)


def test_the_written_form_is_never_a_field_of_its_own() -> None:
    record = _record(T.BOOK, "1", "第一卷")
    for profile in ("gb7714", "gbt7714-bst", "biblatex", "bibtex"):
        assert VOLUME_WRITTEN not in export_profile([record], profile).text, profile
    assert VOLUME_WRITTEN not in format_bibtex([record])


def test_volume_text_is_escaped() -> None:
    record = _record(T.REPORT, r"\input{/etc/passwd}")
    for profile in ("gb7714", "gbt7714-bst", "biblatex"):
        text = export_profile([record], profile).text
        assert r"\input{" not in text, profile


def test_a_document_number_follows_the_volume() -> None:
    record = _record(T.MISC, "1", "第一卷", number="京政办发〔2005〕37号")
    for profile in ("gb7714", "biblatex"):
        assert _fields(record, profile)["titleaddon"] == "第一卷: 京政办发〔2005〕37号", profile
