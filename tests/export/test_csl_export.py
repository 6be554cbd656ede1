"""CSL-JSON export: lossless CSL round trip on the corpus, conventions, kept source forms, properties."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.export import format_csl_json, record_to_csl
from biblio.export.csl_json import write_csl_json
from biblio.importers.bibtex.importer import BibtexImporter
from biblio.importers.csl.importer import CslJsonImporter, item_to_record
from biblio.model import EntryType, Funding, LangText, Name, Record
from biblio.model.serialize import record_to_dict
from tests.corpus import gen_corpus

DATA = Path(__file__).parent.parent / "data"
_CSL_TYPES = {
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "thesis": "thesis",
    "online": "webpage",
}


def _name(text: str) -> dict[str, str]:
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        return {"family": family, "given": given}
    if "·" in text:
        given, family = text.rsplit("·", 1)
        return {"family": family, "given": given}
    split = 2 if text[:2] in ("欧阳", "司马") else 1
    return {"family": text[:split], "given": text[split:]}


def _csl_item(source: dict[str, Any]) -> dict[str, Any]:
    """The corpus record as the CSL-JSON a citeproc user would write."""
    item: dict[str, Any] = {
        "id": source["key"],
        "type": _CSL_TYPES[source["type"]],
        "title": source["title"],
        "language": source["lang"],
        "issued": {"date-parts": [[source["year"]]]},
        "author": [_name(a) for a in source["authors"]],
    }
    for key, variable in (
        ("journal", "container-title"),
        ("booktitle", "container-title"),
        ("volume", "volume"),
        ("number", "issue"),
        ("pages", "page"),
        ("publisher", "publisher"),
        ("address", "publisher-place"),
        ("doi", "DOI"),
        ("isbn", "ISBN"),
        ("url", "URL"),
        ("abstract", "abstract"),
        ("thesis_type", "genre"),
    ):
        if key in source:
            item[variable] = source[key].replace("--", "-") if key == "pages" else source[key]
    for key, variable in (("editors", "editor"), ("translators", "translator")):
        if key in source:
            item[variable] = [_name(n) for n in source[key]]
    if "institution" in source:
        item["publisher"] = source["institution"]
    if "urldate" in source:
        item["accessed"] = {"date-parts": [[int(p) for p in source["urldate"].split("-")]]}
    item["keyword"] = ", ".join(source["keywords"])
    return item


def test_corpus_csl_round_trip_is_lossless() -> None:
    items = [_csl_item(gen_corpus.generate_record(i)) for i in range(1000)]
    result = CslJsonImporter().parse(json.dumps(items, ensure_ascii=False))
    assert not result.problems
    assert json.loads(format_csl_json(result.records)) == items


def test_sample_round_trip_keeps_source_forms() -> None:
    items = json.loads((DATA / "csl" / "sample.json").read_text(encoding="utf-8"))
    records = CslJsonImporter().parse(json.dumps(items)).records
    expected = [dict(i, id=str(i["id"])) for i in items if isinstance(i, dict)]
    for record, item in zip(records, expected, strict=True):
        out = record_to_csl(record)
        guessed = {"language"} - set(item)  # a language guessed from the title script is added
        assert {k: v for k, v in out.items() if k not in guessed} == item


def test_bibtex_records_follow_csl_conventions() -> None:
    records = BibtexImporter().parse((DATA / "bibtex" / "sample.bib").read_text(encoding="utf-8")).records
    items = {i["id"]: i for i in json.loads(format_csl_json(records))}
    zhang = items["zhang2024"]
    assert zhang["type"] == "article-journal"
    assert zhang["author"] == [{"family": "张", "given": "宁"}, {"family": "欧阳", "given": "修"}]
    assert zhang["issued"] == {"date-parts": [[2024, 6]]}
    assert zhang["title"] == "中亚国家的多元平衡外交"
    assert zhang["language"] == "zh"
    assert items["ivanov2019"]["author"][1] == {"literal": "Институт Дальнего Востока РАН"}
    assert items["mackinder1985"]["translator"] == [{"family": "林", "given": "尔蔚"}, {"family": "陈", "given": "江"}]
    assert items["smith1999"]["issued"] == {"date-parts": [[1997], [1998]]}
    assert items["smith1999"]["publisher"] == "Oxford University"
    assert items["times2021"]["type"] == "article-newspaper"
    assert items["worldbank2020"]["number"] == "WB-12"
    assert items["vonneumann1950"]["author"][0] == {
        "family": "Neumann",
        "given": "John",
        "non-dropping-particle": "von",
        "suffix": "Jr",
    }


def test_edited_values_win_over_kept_source_forms() -> None:
    record = CslJsonImporter().parse('[{"id": "a", "type": "map", "volume": 3, "issued": {"raw": "2001"}}]').records[0]
    record.volume = "4"
    record.type = EntryType.BOOK
    record.date = "2002"
    item = record_to_csl(record)
    assert (item["volume"], item["type"], item["issued"]) == ("4", "book", {"date-parts": [[2002]]})


def test_subtitle_and_unwritten_names() -> None:
    record = Record(
        type=EntryType.BOOK,
        key="k",
        title=(LangText("历史", "zh"),),
        subtitle=(LangText("导论", "zh"),),
        authors=[Name(written="司马迁", script="Hani"), Name(literal="others")],
    )
    item = record_to_csl(record)
    assert item["title"] == "历史：导论"
    assert item["author"] == [{"family": "司马", "given": "迁"}]


def test_write_csl_json_streams_a_json_array() -> None:
    records = BibtexImporter().parse((DATA / "bibtex" / "sample.bib").read_text(encoding="utf-8")).records
    out = io.StringIO()
    assert write_csl_json(records, out) == len(records)
    assert json.loads(out.getvalue()) == json.loads(format_csl_json(records))
    empty = io.StringIO()
    write_csl_json([], empty)
    assert json.loads(empty.getvalue()) == []


_TEXT = st.text(min_size=1, max_size=15).filter(lambda s: s.strip() == s and s)
_CSL_NAME = st.one_of(
    st.fixed_dictionaries({"family": _TEXT, "given": _TEXT}),
    st.fixed_dictionaries({"literal": _TEXT}),
    st.fixed_dictionaries(
        {"family": st.sampled_from(["张", "Иванов", "Smith"]), "given": _TEXT},
        optional={"suffix": _TEXT, "non-dropping-particle": _TEXT},
    ),
    st.fixed_dictionaries(
        {"family": st.sampled_from(["张", "斯皮克曼"]), "given": st.sampled_from(["宁", "哈"])},
        optional={
            "multi": st.sampled_from(["Zhang", "Ma Kinde"]).map(
                lambda f: {"_key": {"zh-Latn": {"family": f, "given": "Ning"}}}
            ),
            "biblio-nationality": st.sampled_from(["英", "美"]),
            "biblio-original": _TEXT,
            "biblio-unknown": _TEXT,
        },
    ),
)
_LANG_FORMS = st.dictionaries(st.sampled_from(["en", "ru", "ja", "und"]), _TEXT, min_size=1, max_size=2)
_MULTI = st.fixed_dictionaries(
    {},
    optional={
        "main": st.dictionaries(st.sampled_from(["title", "abstract", "publisher"]), st.sampled_from(["ja", "en"])),
        "_keys": st.dictionaries(st.sampled_from(["title", "container-title", "keyword", "publisher"]), _LANG_FORMS),
        "other": _TEXT,
    },
)
_FUNDING_ITEMS = st.lists(
    st.fixed_dictionaries({"grant": _TEXT}, optional={"funder": _TEXT, "project": _TEXT, "text": _TEXT}), max_size=2
)
_DATE = st.lists(st.integers(1, 2100), min_size=1, max_size=1).map(lambda y: {"date-parts": [y]})
_ITEMS = st.fixed_dictionaries(
    {
        "id": _TEXT,
        "type": st.sampled_from(
            ["article-journal", "book", "chapter", "report", "thesis", "webpage", "article", "map", "post-weblog"]
        ),
    },
    optional={
        "title": _TEXT,
        "container-title": _TEXT,
        "author": st.lists(_CSL_NAME, min_size=1, max_size=3),
        "issued": _DATE,
        "volume": _TEXT,
        "issue": _TEXT,
        "number": _TEXT,
        "page": _TEXT,
        "publisher": _TEXT,
        "language": st.sampled_from(["zh", "ru", "en", "de"]),
        "abstract": _TEXT,
        "note": _TEXT,
        "DOI": _TEXT,
        "custom": st.dictionaries(_TEXT, st.integers(), max_size=2),
        "multi": _MULTI,
        "biblio-funding": _FUNDING_ITEMS | _TEXT,
        "biblio-identifiers": st.dictionaries(_TEXT, _TEXT, max_size=2),
        "keyword": _TEXT,
    },
)


@settings(max_examples=200, deadline=None)
@given(_ITEMS)
def test_generated_items_round_trip(item: dict[str, Any]) -> None:
    [record] = CslJsonImporter().parse(json.dumps([item])).records
    out = record_to_csl(record)
    if "language" not in item:
        out.pop("language", None)  # guessed from the title script
    assert out == item


def _seed_records() -> list[Record]:
    from biblio.importers.cnki.text import CnkiTextImporter

    text = (DATA / "cnki" / "seed_002_central_asia.txt").read_text(encoding="utf-8")
    records = CnkiTextImporter().parse(text).records
    for number, record in enumerate(records):
        record.key = f"seed{number}"
    return records


def test_cnki_article_keeps_every_value_in_csl_extensions() -> None:
    article, mackinder, spykman, brzezinski = (record_to_csl(r) for r in _seed_records())
    assert article["title"].startswith("Pluralistic and Balanced Diplomacy")
    assert (article["language"], article["multi"]["main"]) == ("zh", {"title": "en"})
    keys = article["multi"]["_keys"]
    assert keys["container-title"] == {"en": "Academic Journal of Russian Studies"}
    assert keys["abstract"]["en"].startswith("After 2020,Central Asian countries")
    assert article["abstract"].startswith("2020年后")
    assert article["keyword"] == "中亚, 多元外交, 人类命运共同体, 平衡外交"
    assert keys["keyword"]["en"] == (
        "Central Asia, pluralistic diplomacy, a community with a shared future for mankind, balanced diplomacy"
    )
    assert [f["grant"] for f in article["biblio-funding"]] == ["23&ZD331"]
    assert article["author"] == [
        {"family": "张", "given": "宁", "multi": {"_key": {"zh-Latn": {"family": "Zhang", "given": "Ning"}}}}
    ]
    assert mackinder["author"] == [{"family": "麦金德", "given": "哈", "biblio-nationality": "英"}]
    assert spykman["author"][0]["biblio-original"] == "N. J. Spykman"
    assert brzezinski["translator"] == [{"literal": "中国国际问题研究所"}]


def _comparable(record: Record) -> dict[str, Any]:
    data = record_to_dict(record)
    for key in ("uid", "provenance", "links", "extra", "added", "modified"):
        data.pop(key, None)
    return data


def test_cnki_records_survive_csl_and_back() -> None:
    for record in _seed_records():
        item = json.loads(json.dumps(record_to_csl(record), ensure_ascii=False))
        back = item_to_record(item)
        assert back.csl_extra == {}
        assert _comparable(back) == _comparable(record)
        assert record_to_csl(back) == item


def test_kept_multi_parts_merge_with_written_ones() -> None:
    item = {
        "id": "k",
        "type": "book",
        "title": "Title",
        "language": "en",
        "multi": {"main": {"publisher": "ja"}, "_keys": {"title": {"ja": "題"}, "publisher": {"en": "P"}}},
        "biblio-funding": "not a list",
    }
    record = item_to_record(item)
    assert record.title == (LangText("Title", "en"), LangText("題", "ja"))
    assert record.csl_extra == {
        "multi": {"main": {"publisher": "ja"}, "_keys": {"publisher": {"en": "P"}}},
        "biblio-funding": "not a list",
    }
    assert record_to_csl(record) == item


def test_romanized_names_that_do_not_split_are_literal() -> None:
    names = [
        Name(family="Иванов", given="Иван", script="Cyrl", romanized="Ivanov, Ivan"),
        Name(family="张", given="宁", script="Hani", written="张宁", romanized="Zhang  Ning"),
        Name(literal="世界银行", script="Hani", written="世界银行", romanized="Shijie Yinhang"),
    ]
    record = Record(type=EntryType.BOOK, key="k", authors=names)
    item = record_to_csl(record)
    assert [a["multi"]["_key"] for a in item["author"]] == [
        {"ru-Latn": {"family": "Ivanov", "given": "Ivan"}},
        {"zh-Latn": {"literal": "Zhang  Ning"}},
        {"zh-Latn": {"literal": "Shijie Yinhang"}},
    ]
    assert item_to_record(item).authors == names


_LANGS = st.lists(st.sampled_from(["zh", "en", "ru", "ja", "de"]), min_size=1, max_size=3, unique=True)
_PLAIN = st.text(st.characters(codec="utf-8", exclude_characters=",;；，、\x00"), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s
)
_WORD = _PLAIN.filter(lambda s: s and s == s.strip(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"))


@st.composite
def _multilingual(draw: st.DrawFn, words: bool = False) -> tuple[LangText, ...]:
    langs = draw(_LANGS)
    if not words:
        return tuple(LangText(draw(_WORD), lang) for lang in langs)
    return tuple(LangText(w, lang) for lang in langs for w in draw(st.lists(_WORD, min_size=1, max_size=3)))


_ROMAN = st.from_regex(r"[A-Z][a-z]{1,6} [A-Z][a-z]{1,6}", fullmatch=True)
_HAN_NAME = st.builds(
    lambda family, given, roman, nationality, original: Name(
        family=family,
        given=given,
        script="Hani",
        written=family + given,
        romanized=roman,
        nationality=nationality,
        original=original,
    ),
    st.sampled_from(["张", "李", "欧阳"]),
    st.sampled_from(["宁", "明华"]),
    _ROMAN,
    st.sampled_from(["", "英", "美"]),
    st.sampled_from(["", "N. J. Spykman"]),
)
_CORPORATE = st.sampled_from(["中国国际问题研究所", "World Bank"]).map(
    lambda t: Name(literal=t, script="Hani" if t[0] == "中" else "Latn", written=t)
)
_FUNDING = st.builds(Funding, funder=_PLAIN | st.just(""), project=_PLAIN | st.just(""), grant=_PLAIN, text=_PLAIN)


@st.composite
def _records(draw: st.DrawFn) -> Record:
    title = draw(_multilingual())
    return Record(
        type=draw(st.sampled_from([EntryType.ARTICLE, EntryType.BOOK, EntryType.REPORT])),
        key=draw(_WORD),
        language=draw(st.sampled_from(["", "zh", "en", "ru"])) or title[0].lang,
        title=title,
        container=draw(st.just(()) | _multilingual()),
        abstract=draw(st.just(()) | _multilingual()),
        keywords=draw(st.just(()) | _multilingual(words=True)),
        authors=draw(st.lists(_HAN_NAME | _CORPORATE, max_size=3)),
        translators=draw(st.lists(_CORPORATE, max_size=1)),
        funding=draw(st.lists(_FUNDING, max_size=2)),
        identifiers=draw(st.dictionaries(st.sampled_from(["cnki:filename", "cnki:dbcode"]), _WORD, max_size=2)),
        date=draw(st.sampled_from(["", "2024", "1985-06"])),
    )


@settings(max_examples=200, deadline=None)
@given(_records())
def test_generated_records_round_trip_through_csl(record: Record) -> None:
    item = json.loads(json.dumps(record_to_csl(record), ensure_ascii=False))
    back = item_to_record(item)
    assert back.csl_extra == {}
    assert _comparable(back) == _comparable(record)


def test_a_bibtex_organization_or_howpublished_is_the_csl_publisher_when_there_is_none() -> None:
    """CSL has no variable for them; biblatex prints both where the publisher goes (pandoc maps them so too).
    They were dropped from CSL-JSON (TeX Live's font.bib: a @manual's issuer, a @misc's "Web site")."""
    text = (
        "@manual{m, title = {Adobe font metric files}, organization = {Adobe Systems Inc.}, year = 1989}\n"
        "@misc{w, author = {Paul Flo Williams}, title = {VT220 Glyphs}, howpublished = {Web site}, year = 2006}\n"
        "@inproceedings{p, author = {A. B}, title = {T}, booktitle = {Proc.}, organization = {IEEE},\n"
        "  publisher = {Springer}, year = 2000}\n"
    )
    items = [record_to_csl(r) for r in BibtexImporter().parse(text).records]
    assert [item.get("publisher") for item in items] == ["Adobe Systems Inc.", "Web site", "Springer"]


def test_a_containers_subtitle_is_joined_to_its_title_as_the_titles_is() -> None:
    """BibLaTeX booksubtitle/journalsubtitle (TeX Live's archaeologie examples): CSL has no variable for them."""
    text = (
        "@incollection{f, author = {Fentress, Elizabeth}, title = {Cosa in the Republic},\n"
        "  booktitle = {An Intermittent Town}, booksubtitle = {Excavations 1991--1997}, year = 2003}\n"
        '@article{j, author = {A. B}, title = {T}, journal = {Zeitschrift}, journalsubtitle = {f{\\"u}r Kunst},'
        " year = 2000}\n"
        "@article{z, author = {张三}, title = {论文}, journal = {中国社会科学}, journalsubtitle = {英文版},"
        " year = 2000}\n"
    )
    items = [record_to_csl(r) for r in BibtexImporter().parse(text).records]
    assert [item["container-title"] for item in items] == [
        "An Intermittent Town: Excavations 1991–1997",
        "Zeitschrift: für Kunst",
        "中国社会科学：英文版",
    ]


def test_values_without_a_csl_variable_survive_a_csl_round_trip() -> None:
    """A BibTeX ``bibsource``/``acknowledgement`` (TeX Live's Beebe files), a RIS tag's second value: CSL has no
    variable for them and the CSL-JSON export dropped them; ``biblio-extra`` carries them (processors ignore the
    key), never bookkeeping or a file's path."""
    from biblio.importers.bibtex.importer import BibtexImporter
    from biblio.importers.csl.importer import CslJsonImporter

    source = (
        "@Article{k, author = {Doe, Jane}, title = {T}, journal = {TUGboat}, year = {1990}, month = {summer},"
        " bibsource = {http://www.math.utah.edu/pub/tex/bib/tugboat.bib}, acknowledgement = {ack-nhfb},"
        " file = {:/home/me/papers/t.pdf:PDF}}"
    )
    record = BibtexImporter().parse(source).records[0]
    item = record_to_csl(record)
    assert item["biblio-extra"] == {
        "bibsource": "http://www.math.utah.edu/pub/tex/bib/tugboat.bib",
        "acknowledgement": "ack-nhfb",
    }
    assert item["issued"] == {"date-parts": [[1990]], "season": 2}  # the season in the date, not in biblio-extra
    back = CslJsonImporter().parse(json.dumps([item])).records[0]
    assert {k: back.extra[k] for k in ("bibsource", "acknowledgement", "season")} == {
        "bibsource": "http://www.math.utah.edu/pub/tex/bib/tugboat.bib",
        "acknowledgement": "ack-nhfb",
        "season": "summer",
    }
    assert back.csl_extra == {}
