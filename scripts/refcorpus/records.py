"""Varied bibliographic records composed from ``facts``: every entry type, corporate authors, translators,
editors, multi-volume works, editions, URLs with access dates, DOIs, theses, reports, standards, patents and
newspapers, in Chinese, Russian, English, Japanese and Korean.

A record is a plain dict with BibLaTeX field names (``author`` etc. are lists of :class:`Person`), plus
``key``, ``type`` (the BibLaTeX entry type; ``newspaper`` is ``@article`` with ``entrysubtype=newspaper``)
and ``lang``. ``generate(seed)`` is deterministic: record ``i`` depends only on the seed and ``i``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from scripts.refcorpus import facts

Record = dict[str, Any]

# How many records of each language, and the entry-type mix of each.
COUNTS = {"zh": 260, "ru": 150, "en": 170, "ja": 45, "ko": 40}
TYPE_WEIGHTS: dict[str, dict[str, int]] = {
    "zh": {
        "article": 34,
        "book": 18,
        "translated": 6,
        "multivolume": 4,
        "incollection": 9,
        "inproceedings": 4,
        "thesis": 7,
        "report": 5,
        "newspaper": 5,
        "online": 6,
        "regulation": 3,
        "standard": 2,
        "patent": 3,
        "collection": 2,
    },
    "ru": {
        "article": 34,
        "book": 20,
        "translated": 4,
        "multivolume": 4,
        "incollection": 10,
        "inproceedings": 4,
        "thesis": 8,
        "report": 4,
        "newspaper": 5,
        "online": 6,
        "standard": 2,
        "patent": 2,
        "collection": 2,
    },
    "en": {
        "article": 34,
        "book": 16,
        "translated": 3,
        "multivolume": 3,
        "incollection": 10,
        "inproceedings": 5,
        "thesis": 6,
        "report": 9,
        "newspaper": 5,
        "online": 6,
        "standard": 2,
        "patent": 2,
        "collection": 2,
    },
    "ja": {"article": 40, "book": 25, "incollection": 10, "thesis": 8, "newspaper": 7, "online": 10},
    "ko": {"article": 40, "book": 25, "incollection": 10, "thesis": 8, "newspaper": 7, "online": 10},
}
ZH_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class Person:
    """A personal name (family, given) or a corporate body (``literal``)."""

    family: str = ""
    given: str = ""
    literal: str = ""
    lang: str = ""

    @property
    def unsplit(self) -> bool:
        """Han, kana and Hangul names are written as one token (family then given, no space)."""
        return self.lang in ("zh", "ja", "ko") and not self.literal

    def gold(self) -> str | dict[str, str]:
        """The name in the corpus's gold format: ``"family, given"`` or ``{"literal": ...}``."""
        if self.literal:
            return {"literal": self.literal}
        return f"{self.family}, {self.given}" if self.given else self.family


def generate(seed: int = 7714) -> list[Record]:
    """All records, language by language."""
    records: list[Record] = []
    for lang, count in COUNTS.items():
        for i in range(count):
            rng = random.Random(f"{seed}:{lang}:{i}")
            kind = _pick(rng, TYPE_WEIGHTS[lang])
            record = _make(rng, lang, kind)
            record["key"] = f"{lang}-{kind}-{i:04d}"
            record["lang"] = lang
            records.append(record)
    for i, work in enumerate(facts.WORKS):
        records.append(_real_work(work, i))
    for i, std in enumerate(facts.STANDARDS):
        records.append(_standard(std, i))
    return records


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _persons(rng: random.Random, lang: str, low: int = 1, high: int = 3) -> list[Person]:
    count = rng.choices(range(low, high + 1), weights=[6, 3, 2, 1, 1][: high - low + 1])[0]
    chosen = rng.sample(facts.PERSONS[lang], count)
    return [Person(family, given, lang=lang) for family, given in chosen]


def _corporate(rng: random.Random, lang: str) -> list[Person]:
    return [Person(literal=rng.choice(facts.CORPORATE[lang]), lang=lang)]


def _title(rng: random.Random, lang: str) -> str:
    parts = facts.TITLE_PARTS[lang]
    frame = rng.choice(parts["frame"])
    return frame.format(r=rng.choice(parts["region"]), t=rng.choice(parts["topic"]), y=rng.randint(2000, 2022))


def _pages(rng: random.Random) -> str:
    start = rng.randint(1, 480)
    return f"{start}--{start + rng.randint(4, 30)}"


def _doi(rng: random.Random, lang: str) -> str:
    prefix = {"zh": "10.3969/j.issn.1009-721X", "ru": "10.31857/S013128120", "en": "10.1080/02634937"}.get(
        lang, "10.11342/slav"
    )
    return f"{prefix}.{rng.randint(2005, 2023)}.{rng.randint(1, 12):02d}.{rng.randint(1, 999):03d}"


def _make(rng: random.Random, lang: str, kind: str) -> Record:
    maker = {
        "article": _article,
        "book": _book,
        "translated": _translated,
        "multivolume": _multivolume,
        "incollection": _incollection,
        "inproceedings": _inproceedings,
        "thesis": _thesis,
        "report": _report,
        "newspaper": _newspaper,
        "online": _online,
        "regulation": _regulation,
        "standard": _generated_standard,
        "patent": _patent,
        "collection": _collection,
    }[kind]
    return maker(rng, lang)


def _article(rng: random.Random, lang: str) -> Record:
    year = rng.randint(1995, 2024)
    record: Record = {
        "type": "article",
        "author": _persons(rng, lang, 1, 5),
        "title": _title(rng, lang),
        "journaltitle": rng.choice(facts.JOURNALS[lang]),
        "year": str(year),
        "pages": _pages(rng),
    }
    if rng.random() < 0.6:
        record["volume"] = str(rng.randint(1, 60))
    record["number"] = str(rng.randint(1, 12))
    if rng.random() < 0.3 and lang in ("zh", "ru", "en"):
        record["doi"] = _doi(rng, lang)
    if rng.random() < 0.08:
        record["url"] = (
            f"https://doi.org/{record['doi']}"
            if "doi" in record
            else "https://www.jstor.org/stable/" + str(rng.randint(10000000, 99999999))
        )
        record["urldate"] = f"{min(year + 2, 2024)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
    return record


def _publication(rng: random.Random, lang: str, record: Record) -> Record:
    place, publisher = rng.choice(facts.PUBLISHERS[lang])
    record.update(location=place, publisher=publisher, year=str(rng.randint(1960, 2024)))
    return record


def _book(rng: random.Random, lang: str) -> Record:
    record = _publication(rng, lang, {"type": "book", "title": _title(rng, lang)})
    if rng.random() < 0.15:
        record["editor"] = _persons(rng, lang, 1, 3)
    else:
        record["author"] = _persons(rng, lang, 1, 4) if rng.random() < 0.9 else _corporate(rng, lang)
    roll = rng.random()
    if roll < 0.15:
        record["edition"] = str(rng.randint(2, 5))
    elif roll < 0.2 and lang == "zh":
        record["edition"] = rng.choice(["修订本", "增订本", "影印本"])
    elif roll < 0.2 and lang == "en":
        record["edition"] = "Revised edition"
    if lang in ("ru", "en") and rng.random() < 0.6:
        record["pagetotal"] = str(rng.randint(120, 780))
    if rng.random() < 0.08:
        record["url"] = "https://books.example.org/" + str(rng.randint(1000, 9999))
        record["urldate"] = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return record


def _translated(rng: random.Random, lang: str) -> Record:
    record = _publication(rng, lang, {"type": "book", "title": _title(rng, lang)})
    if lang == "zh":
        family, given, _nation = rng.choice(facts.FOREIGN_ZH)
        record["author"] = [Person(family, given, lang="zh-foreign")]
    else:
        other = "en" if lang == "ru" else "ru"
        family, given = rng.choice(facts.PERSONS[other])
        record["author"] = [Person(family, given, lang=other)]
    record["translator"] = _persons(rng, lang, 1, 2)
    return record


def _multivolume(rng: random.Random, lang: str) -> Record:
    record = _book(rng, lang)
    volume = rng.randint(1, 12)
    record["volume"] = str(volume)
    record["volumes"] = str(volume + rng.randint(0, 6))
    return record


def _incollection(rng: random.Random, lang: str) -> Record:
    record = _publication(
        rng,
        lang,
        {
            "type": "incollection",
            "author": _persons(rng, lang, 1, 2),
            "title": _title(rng, lang),
            "booktitle": _title(rng, lang),
            "editor": _persons(rng, lang, 1, 3),
            "pages": _pages(rng),
        },
    )
    return record


def _inproceedings(rng: random.Random, lang: str) -> Record:
    record = _publication(
        rng,
        lang,
        {
            "type": "inproceedings",
            "author": _persons(rng, lang, 1, 3),
            "title": _title(rng, lang),
            "booktitle": rng.choice(facts.CONFERENCES[lang]),
            "pages": _pages(rng),
        },
    )
    if rng.random() < 0.5:
        record["editor"] = _persons(rng, lang, 1, 2)
    return record


def _collection(rng: random.Random, lang: str) -> Record:
    record = _publication(rng, lang, {"type": "collection", "title": _title(rng, lang)})
    record["editor"] = _persons(rng, lang, 1, 3)
    return record


def _thesis(rng: random.Random, lang: str) -> Record:
    place, school = rng.choice(facts.UNIVERSITIES[lang])
    record: Record = {
        "type": "thesis",
        "author": _persons(rng, lang, 1, 1),
        "title": _title(rng, lang),
        "institution": school,
        "location": place,
        "year": str(rng.randint(1990, 2024)),
        "thesistype": rng.choice(["phdthesis", "mathesis"]),
    }
    if lang in ("ru", "en") and rng.random() < 0.5:
        record["pagetotal"] = str(rng.randint(150, 420))
    return record


def _number(rng: random.Random, pattern: str) -> str:
    return pattern.format(
        n2=rng.randint(10, 99),
        n3=rng.randint(100, 999),
        n4=rng.randint(1000, 9999),
        n5=rng.randint(10000, 99999),
        n6=rng.randint(100000, 999999),
    )


def _report(rng: random.Random, lang: str) -> Record:
    place, institution, pattern = rng.choice(facts.REPORT_SERIES.get(lang, facts.REPORT_SERIES["en"]))
    author = _persons(rng, lang, 1, 3) if rng.random() < 0.6 else [Person(literal=institution, lang=lang)]
    record: Record = {
        "type": "report",
        "author": author,
        "title": _title(rng, lang),
        "institution": institution,
        "location": place,
        "year": str(rng.randint(2000, 2024)),
        "number": _number(rng, pattern),
    }
    if rng.random() < 0.4:
        record["url"] = f"https://www.example-{lang}.org/reports/{rng.randint(100, 999)}.pdf"
        record["urldate"] = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return record


def _newspaper(rng: random.Random, lang: str) -> Record:
    year = rng.randint(1998, 2024)
    record: Record = {
        "type": "newspaper",
        "author": _persons(rng, lang, 1, 2),
        "title": _title(rng, lang),
        "journaltitle": rng.choice(facts.NEWSPAPERS[lang]),
        "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }
    if rng.random() < 0.6:
        record["pages"] = str(rng.randint(1, 24))
    return record


def _online(rng: random.Random, lang: str) -> Record:
    site, base = rng.choice(facts.SITES[lang])
    year = rng.randint(2012, 2024)
    record: Record = {
        "type": "online",
        "title": _title(rng, lang),
        "url": f"{base}{year}/{rng.randint(1000, 99999)}.html",
        "urldate": f"{min(year + 1, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }
    record["author"] = _persons(rng, lang, 1, 2) if rng.random() < 0.5 else [Person(literal=site, lang=lang)]
    record["date"] = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.6 else str(year)
    if rng.random() < 0.5:
        record["organization"] = site
    return record


def _regulation(rng: random.Random, lang: str) -> Record:
    issuer, title, number, date = rng.choice(facts.REGULATIONS_ZH)
    return {
        "type": "report",
        "author": [Person(literal=issuer, lang=lang)],
        "title": title,
        "number": number,
        "institution": issuer,
        "location": "北京",
        "year": date[:4],
    }


def _generated_standard(rng: random.Random, lang: str) -> Record:
    std = rng.choice([s for s in facts.STANDARDS if s["lang"] == lang])
    return _standard(std, -1)


def _standard(std: dict[str, str], index: int) -> Record:
    record: Record = {
        "type": "standard",
        "author": [Person(literal=std["author"], lang=std["lang"])],
        "title": std["title"],
        "number": std["number"],
        "location": std["place"],
        "publisher": std["publisher"],
        "year": std["year"],
        "lang": std["lang"],
    }
    if index >= 0:
        record["key"] = f"{std['lang']}-std-{index:04d}"
    return record


def _patent(rng: random.Random, lang: str) -> Record:
    number = {
        "zh": f"CN{rng.randint(100000000, 119999999)}{rng.choice('AB')}",
        "ru": f"RU {rng.randint(2000000, 2799999)} C1",
        "en": f"US {rng.randint(7000000, 11999999)} B2",
    }[lang]
    holder = _persons(rng, lang, 1, 3)
    return {
        "type": "patent",
        "author": holder,
        "title": _title(rng, lang),
        "number": number,
        "date": f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def _real_work(work: dict[str, object], index: int) -> Record:
    record: Record = dict(work)
    lang = str(work["lang"])
    for role in ("author", "editor", "translator"):
        if role in work:
            people = work[role]
            assert isinstance(people, list)
            record[role] = [_real_person(family, given, lang) for family, given in people]
    record["key"] = f"{lang}-work-{index:04d}"
    return record


def _real_person(family: str, given: str, lang: str) -> Person:
    """A Han name of a Chinese author, a transliterated foreign name (布热津斯基, 列宁), or a body (研究所)."""
    if lang != "zh":
        return Person(family, given, lang=lang)
    if given:
        return Person(family, given, lang="zh" if len(family) <= 2 else "zh-foreign")
    return Person(family, "", lang="zh-foreign") if len(family) <= 4 else Person(literal=family, lang=lang)
