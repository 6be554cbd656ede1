"""Duplicate detection (planted duplicates in the shared corpus), merging without loss, undo, import warnings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.config import Config
from biblio.dedup import likely_duplicates
from biblio.dedup.features import features, skeleton, title_key
from biblio.dedup.match import score
from biblio.errors import InputError
from biblio.library import Library
from biblio.library.dedup import find_duplicates, merge_log, merge_records, undo_merge
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Provenance, Record
from biblio.model.serialize import record_to_dict
from tests.authority.planted import evaluate, planted_corpus, store_records

SEED = Path(__file__).resolve().parent / "data" / "cnki" / "seed_002_central_asia.txt"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library."""
    with Library(Config(library=tmp_path / "lib")) as lib:
        yield lib


def test_planted_duplicates_are_found_without_false_merges(library: Library) -> None:
    score = evaluate(library, planted_corpus(1200, 60, seed=3))
    assert score.planted == 60
    assert score.recall >= 0.95, score.missed
    assert score.false_rate <= 0.02


def test_transliterations_share_a_skeleton() -> None:
    assert skeleton("Иванов", "ru") == skeleton("Ivanov") == skeleton("Iwanow")
    assert skeleton("Кузнецов", "ru") == skeleton("Kuznecov") == skeleton("Kuznetsov")
    assert skeleton("Жуков", "ru") == skeleton("Zhukov")
    assert skeleton("Ivanov") != skeleton("Petrov")
    assert skeleton("张", "zh") == skeleton("Zhang")


def _pair() -> tuple[Record, Record]:
    first = Record(
        type=EntryType.ARTICLE, key="a2020", title=(LangText("中亚国家的多元平衡外交", "zh"),), date="2020",
        authors=[Name(family="张", given="宁", script="Hani", written="张宁")], pages="5-23", language="zh",
        container=(LangText("俄罗斯学刊", "zh"),), tags=["mine"], provenance=Provenance("cnki", origin="a.txt"),
    )  # fmt: skip
    second = Record(
        type=EntryType.ARTICLE, key="b2020", title=(LangText("中亚国家的多元平衡外交", "zh"),
        LangText("Pluralistic and Balanced Diplomacy", "en")), date="2020", pages="5-24", doi="10.1/x",
        authors=[Name(family="Zhang", given="Ning", script="Latn")], language="zh", tags=["theirs"],
        extra={"note2": "kept"}, provenance=Provenance("ris", origin="b.ris"),
    )  # fmt: skip
    return first, second


def test_merge_keeps_every_value_and_undo_restores_both(library: Library) -> None:
    first, second = _pair()
    citing = Record(key="c", title=(LangText("Citing", "en"),), links=[Link(LinkKind.CITES, second.uid)])
    store_records(library, [first, second, citing])
    library.save(citing)  # store_records writes no links; save does
    before = {k: _comparable(library.get(k)) for k in ("a2020", "b2020", "c")}
    number = merge_records(library, "a2020", "b2020")
    merged = library.get("a2020")
    assert merged.doi == "10.1/x"  # taken where the kept record had none
    assert merged.pages == "5-23" and merged.extra["merged_pages"] == "5-24"  # a differing value is kept aside
    assert [t.lang for t in merged.title] == ["zh", "en"]
    assert merged.extra["note2"] == "kept" and '"ris"' in merged.extra["merged_provenance"]
    assert "Zhang" in merged.extra["merged_authors"]
    assert merged.tags == ["mine", "theirs"]
    assert [library.key_of(link.target) for link in library.get("c").links] == ["a2020"]
    assert [key for key in (r.key for r in library.records())] == ["a2020", "c"]
    assert merge_log(library) == [(number, "a2020", "b2020", merge_log(library)[0][3], False)]
    assert undo_merge(library, number) == ("a2020", "b2020")
    after = {k: _comparable(library.get(k)) for k in ("a2020", "b2020", "c")}
    assert after == before
    with pytest.raises(InputError):
        undo_merge(library, number)
    with pytest.raises(InputError):
        merge_records(library, "a2020", "a2020")


def _comparable(record: Record) -> dict[str, object]:
    data = record_to_dict(record)
    data.pop("modified", None)
    return data


def test_import_warns_about_a_likely_duplicate(library: Library) -> None:
    library.add_file(SEED)
    incoming = Record(
        type=EntryType.BOOK, title=(LangText("大棋局:美国的首要地位及其地缘战", "zh"),), date="2007",
        authors=[Name(family="Brzezinski", given="Z.", script="Latn")], language="zh",
    )  # fmt: skip
    assert likely_duplicates(library.store.db, incoming) == ["burejinsiji2007daqiju"]
    other = Record(title=(LangText("和平地理学", "zh"),), date="1990", language="zh")
    assert likely_duplicates(library.store.db, other) == []  # same title, 25 years later: another edition


def test_dedup_finds_a_cross_script_duplicate_through_the_authority(library: Library) -> None:
    library.add_file(SEED)
    copy = Record(
        type=EntryType.BOOK, key="bzh2007", title=(LangText("大棋局：美国的首要地位及其地缘战略", "zh"),), date="2007",
        authors=[Name(family="Бжезинский", given="З.", script="Cyrl")], language="zh",
    )  # fmt: skip
    store_records(library, [copy])
    pairs = {frozenset({library.key_of(m.a), library.key_of(m.b)}) for m in find_duplicates(library)}
    assert pairs == {frozenset({"burejinsiji2007daqiju", "bzh2007"})}


_TEXT = st.text(max_size=30)


@given(_TEXT, _TEXT, _TEXT, _TEXT, st.sampled_from(["", "1997", "2007", "abcd"]))
def test_scoring_any_records_never_raises(title: str, other: str, family: str, given_name: str, date: str) -> None:
    a = Record(title=(LangText(title, "zh"),), authors=[Name(family=family, given=given_name)], date=date)
    b = Record(title=(LangText(other),), authors=[Name(literal=family)], date="2007", doi=given_name)
    found = score(features(a), features(b))
    assert found is None or 0 < found.score <= 1
    assert score(features(a), features(a)) is None or title_key(title)


def test_title_similarity_is_bounded_on_huge_titles() -> None:
    """difflib is quadratic in the length: a hostile 200 KB title must not take minutes against a candidate."""
    import time

    from biblio.dedup.features import features
    from biblio.dedup.match import title_similarity
    from biblio.model import LangText, Record

    a = features(Record(title=(LangText("ab" * 100_000 + "x", "en"),)))
    b = features(Record(title=(LangText("ab" * 100_000 + "y", "en"),)))
    started = time.process_time()
    assert title_similarity(a, b) > 0.9
    assert time.process_time() - started < 1.0
