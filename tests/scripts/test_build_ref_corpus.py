"""scripts/build_ref_corpus.py and scripts/refcorpus/: records, .bib writing, extraction from pdftotext output,
the gold as printed (names cut and reduced to initials, compressed pages, dates as far as printed), and one
real render with biblatex-gb7714-2015 through xelatex + biber."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.refcorpus import gold, records, render
from scripts.refcorpus.records import Person


def _book(**fields: object) -> records.Record:
    base: records.Record = {"key": "en-book-0001", "type": "book", "lang": "en", "title": "Great Games",
                            "location": "New York", "publisher": "Oxford University Press", "year": "2012"}  # fmt: skip
    base.update(fields)
    return base


def test_generation_is_deterministic_and_varied() -> None:
    first, second = records.generate(), records.generate()
    assert [r["key"] for r in first] == [r["key"] for r in second]
    assert len({r["key"] for r in first}) == len(first) >= 600
    assert {r["lang"] for r in first} == {"zh", "ru", "en", "ja", "ko"}
    kinds = {r["type"] for r in first}
    assert {"article", "book", "incollection", "thesis", "report", "standard", "patent", "newspaper", "online"} <= kinds


def test_bib_entries_escape_and_brace() -> None:
    record = _book(author=[Person(literal="Ernst & Young", lang="en"), Person("张", "宁", lang="zh")])
    bib = render.to_bib(record, bibtex=False)
    assert "author = {{Ernst \\& Young} and {张宁}}" in bib
    assert "location = {New York}" in bib and "langid = {english}" in bib
    assert "address = {New York}" in render.to_bib(record, bibtex=True)


def test_extract_joins_continuation_lines(tmp_path: Path) -> None:
    txt = tmp_path / "doc.txt"
    txt.write_text("References\n[1] @@a-1@@ LEWIS D, JONES P\n. Title[J]. Journal, 2000.\n[2] @@b-2@@Next.\n")
    assert render.extract(txt) == {"a-1": "[1] LEWIS D, JONES P. Title[J]. Journal, 2000.", "b-2": "[2] Next."}


def test_gold_keeps_what_is_printed() -> None:
    record = _book(
        author=[Person("Cooley", "Alexander", lang="en"), Person("Heathershaw", "John", lang="en"),
                Person("Radnitz", "Scott", lang="en"), Person("Laruelle", "Marlene", lang="en")],
        pages="331--345", edition="2",
    )  # fmt: skip
    text = "COOLEY A, HEATHERSHAW J, RADNITZ S, et al. Great Games[M]. 2nd ed. Oxford University Press, 2012: 331–45."
    expected = gold.gold(record, text)
    assert expected["authors"] == ["Cooley, A", "Heathershaw, J", "Radnitz, S"]
    assert (expected["pages"], expected["edition"], expected["publisher"]) == ("331-45", "2", "Oxford University Press")
    assert "place" not in expected  # "New York" is not printed


def test_gold_place_inside_the_publisher_is_not_the_place() -> None:
    record = _book(location="Cambridge", publisher="Cambridge University Press")
    assert "place" not in gold.gold(record, "Cooley, A. (2012). Great games. Cambridge University Press.")
    assert (
        gold.gold(record, "Cooley A. Great Games. Cambridge : Cambridge University Press, 2012.")["place"]
        == "Cambridge"
    )


@pytest.mark.parametrize(
    ("iso", "text", "date"),
    [("2009-07-15", "Financial Times, July 15, 2009, 11.", "2009-07-15"),
     ("2011-10-03", "Известия. 2011. 3 окт.", "2011-10-03"),
     ("2005-02-24", "光明日报, 2005-02-24: 13.", "2005-02-24"),
     ("2009-07-15", "Allison, R. (2009). Title. Financial Times, 11.", "2009")],
)  # fmt: skip
def test_gold_dates_as_far_as_printed(iso: str, text: str, date: str) -> None:
    assert gold._date(iso, text) == date


def test_gold_types_follow_the_string() -> None:
    report = {"key": "en-report-0001", "type": "report", "lang": "en", "title": "Water", "year": "2015",
              "institution": "World Bank", "number": "989207-KZ", "location": "Washington, DC"}  # fmt: skip
    assert gold.gold(report, "World Bank. Water. Washington, DC, 2015.")["type"] == "book"  # number not printed
    assert gold.gold(report, "World Bank. Water. Washington, DC, 2015. 989207–KZ.")["type"] == "report"
    edited = _book(editor=[Person("Marat", "Erica", lang="en")])
    assert gold.gold(edited, "Marat, Erica, ed. Great Games. New York: Oxford University Press, 2012.")["type"] == (
        "collection"
    )
    assert gold.gold(edited, "MARAT E. Great Games[M]. New York: Oxford University Press, 2012.")["type"] == "book"


@pytest.mark.latex
def test_one_real_render(tmp_path: Path) -> None:
    from tests.latex.texbuild import require_toolchain

    require_toolchain()
    conf = next(c for c in render.STYLES if c.name == "biblatex-gb7714-2015")
    recs = [_book(author=[Person("Cooley", "Alexander", lang="en")]),
            {"key": "zh-article-0001", "type": "article", "lang": "zh", "author": [Person("张", "宁", lang="zh")],
             "title": "中亚国家的多元平衡外交", "journaltitle": "俄罗斯学刊", "year": "2024", "volume": "14",
             "number": "6", "pages": "5--23"}]  # fmt: skip
    texts = render.render(conf, recs, tmp_path)
    assert texts["zh-article-0001"].endswith("张宁. 中亚国家的多元平衡外交[J]. 俄罗斯学刊, 2024, 14(6): 5-23.")
    assert "COOLEY A. Great Games[M]. New York: Oxford University Press, 2012." in texts["en-book-0001"]
    expected = gold.gold(recs[1], texts["zh-article-0001"])
    assert expected["authors"] == ["张, 宁"] and expected["pages"] == "5-23"
