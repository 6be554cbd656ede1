"""A small multilingual library written straight through biblio.store (no importer involved).

Holds a CNKI-like Chinese article (zh + en title and abstract, keywords, funding, a kept source)
that cites three works in the library, one work citing it, and a Russian and an English record.
"""

from __future__ import annotations

from pathlib import Path

from biblio.config import DB_NAME
from biblio.model import EntryType, Funding, LangText, Link, LinkKind, Name, Provenance, Record
from biblio.store import Store
from biblio.store import records as rows
from biblio.store.sources import keep_source

CNKI_KEY = "zhang2024duoyuan"
CITED_KEYS = ("mackinder1904geographical", "brzezinski1997grand", "wang2019zhongya")
CITING_KEY = "li2025zhongya"
RUSSIAN_KEY = "ivanov2020evrazia"
ENGLISH_KEY = "smith2018silk"
NOW = "2026-01-01T00:00:00+00:00"
CNKI_SOURCE = (
    "SrcDatabase-来源库: 期刊\nTitle-题名: 中亚国家的多元平衡外交\nAuthor-作者: 张宁\n"
    "Source-刊名: 俄罗斯学刊\nYear-年: 2024\n"
).encode()


def _name(family: str, given: str, script: str = "Latn", romanized: str = "") -> Name:
    written = f"{family}{given}" if script == "Hani" else ""
    return Name(family=family, given=given, script=script, romanized=romanized, written=written)


def cited_records() -> list[Record]:
    """The three works the CNKI article cites."""
    return [
        Record(
            type=EntryType.ARTICLE,
            key=CITED_KEYS[0],
            title=(LangText("The Geographical Pivot of History", "en"),),
            authors=[_name("Mackinder", "Halford J.")],
            container=(LangText("The Geographical Journal", "en"),),
            date="1904",
            volume="23",
            number="4",
            pages="421-437",
            language="en",
            added="2025-01-01T00:00:00+00:00",
        ),
        Record(
            type=EntryType.BOOK,
            key=CITED_KEYS[1],
            title=(LangText("The Grand Chessboard", "en"),),
            authors=[_name("Brzezinski", "Zbigniew")],
            publisher="Basic Books",
            place="New York",
            date="1997",
            language="en",
            added="2025-01-02T00:00:00+00:00",
        ),
        Record(
            type=EntryType.ARTICLE,
            key=CITED_KEYS[2],
            title=(LangText("中亚地区的大国博弈", "zh"),),
            authors=[_name("王", "明", "Hani", "Wang Ming")],
            container=(LangText("国际问题研究", "zh"),),
            date="2019",
            number="3",
            pages="45-60",
            language="zh",
            added="2025-01-03T00:00:00+00:00",
        ),
    ]


def cnki_record(cited: list[Record]) -> Record:
    """The CNKI-like article with Chinese and English values side by side."""
    return Record(
        type=EntryType.ARTICLE,
        key=CNKI_KEY,
        title=(LangText("中亚国家的多元平衡外交", "zh"), LangText("Pluralistic and Balanced Diplomacy", "en")),
        authors=[_name("张", "宁", "Hani", "Zhang Ning")],
        container=(LangText("俄罗斯学刊", "zh"), LangText("Academic Journal of Russian Studies", "en")),
        date="2024",
        number="6",
        pages="5-23",
        issn="2095-1094",
        language="zh",
        abstract=(
            LangText("中亚国家奉行多元平衡外交，在大国之间保持平衡。", "zh"),
            LangText("Central Asian states pursue a pluralistic and balanced diplomacy.", "en"),
        ),
        keywords=(LangText("中亚", "zh"), LangText("多元平衡", "zh"), LangText("Central Asia", "en")),
        funding=[Funding("国家社会科学基金", "百年变局下的中亚", "23&ZD331", "国家社会科学基金(23&ZD331)")],
        links=[Link(LinkKind.CITES, r.uid) for r in cited],
        tags=["central-asia"],
        added="2025-02-01T00:00:00+00:00",
    )


def other_records(cnki: Record) -> list[Record]:
    """A work citing the CNKI article, a Russian and an English record."""
    return [
        Record(
            type=EntryType.THESIS,
            key=CITING_KEY,
            title=(LangText("中亚外交研究", "zh"),),
            authors=[_name("李", "华", "Hani", "Li Hua")],
            institution="北京大学",
            genre="博士学位论文",
            date="2025",
            language="zh",
            links=[Link(LinkKind.CITES, cnki.uid)],
            added="2025-03-01T00:00:00+00:00",
        ),
        Record(
            type=EntryType.BOOK,
            key=RUSSIAN_KEY,
            title=(LangText("Евразийская интеграция", "ru"),),
            authors=[_name("Иванов", "Иван", "Cyrl", "Ivanov Ivan")],
            publisher="Наука",
            place="Москва",
            date="2020",
            language="ru",
            tags=["eurasia"],
            added="2025-03-02T00:00:00+00:00",
        ),
        Record(
            type=EntryType.ARTICLE,
            key=ENGLISH_KEY,
            title=(LangText("The Silk Road Economic Belt", "en"),),
            authors=[_name("Smith", "John")],
            container=(LangText("Asian Survey", "en"),),
            date="2018",
            volume="58",
            pages="1-20",
            language="en",
            added="2025-03-03T00:00:00+00:00",
        ),
    ]


def build_library(root: Path) -> Path:
    """Write the fixture library into ``root`` (created); returns ``root``."""
    from biblio.names.sorting import sort_name

    root.mkdir(parents=True, exist_ok=True)
    store = Store(root / DB_NAME)
    cited = cited_records()
    cnki = cnki_record(cited)
    everything = [*cited, cnki, *other_records(cnki)]
    with store.transaction() as db:
        source_id, source_path = keep_source(
            db, root, CNKI_SOURCE, origin="cnki.txt", importer="cnki", version="1", now=NOW
        )
        cnki.provenance = Provenance("cnki", "1", "cnki.txt", source_path, "", NOW)
        ids = {}
        for record in everything:
            sid = source_id if record is cnki else None
            ids[record.uid] = rows.insert_record(db, record, author_sort=sort_name(record), source_id=sid, now=NOW)
        for record in everything:
            rows.write_links(db, ids[record.uid], record.links)
    store.close()
    return root
