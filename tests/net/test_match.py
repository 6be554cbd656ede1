"""Scoring candidates and merging without overwriting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.model import EntryType, LangText, Name, Record
from biblio.net.match import merge_missing, reference_text, score, title_similarity


def _record(title: str, date: str = "", family: str = "", **values: str) -> Record:
    record = Record(type=EntryType.ARTICLE, title=(LangText(title, "en"),), date=date)
    if family:
        record.authors = [Name(family=family, given="A.")]
    for name, value in values.items():
        setattr(record, name, value)
    return record


def test_title_similarity() -> None:
    assert title_similarity("The Grand Chessboard", "the grand chessboard.") == 1.0
    assert title_similarity("The Grand Chessboard", "The Grand Chessboard: American Primacy") >= 0.9
    assert title_similarity("The Grand Chessboard", "Soil chemistry of the Aral basin") < 0.5
    assert title_similarity("", "x") == 0.0


def test_score_parts() -> None:
    mine = _record("Great Games, Local Rules", "2012", "Cooley")
    same = score(mine, _record("Great games, local rules", "2012-05", "Cooley"))
    assert (same.total, same.title, same.year, same.author) == (1.0, 1.0, 1.0, 1.0)
    other = score(mine, _record("Great Games, Local Rules", "2015", "Smith"))
    assert (other.year, other.author) == (0.0, 0.0) and other.total == 0.6
    print_vs_online = score(mine, _record("Great Games, Local Rules", "2013", "Cooley"))
    assert print_vs_online.year == 0.5
    unknown = score(_record("Great Games, Local Rules"), _record("Great Games, Local Rules", "2012", "Cooley"))
    assert unknown.total == 0.8


def test_reference_text() -> None:
    record = _record("Great Games", "2012-01", "Cooley", volume="3", pages="1-9")
    record.container = (LangText("Journal", "en"),)
    assert reference_text(record) == "A. Cooley Great Games Journal 2012 3 1-9"


def test_merge_fills_empty_and_keeps_differing() -> None:
    mine = _record("Great Games", "2012", "Cooley", volume="3")
    theirs = _record("GREAT GAMES", "2012-05-01", "Cooley", volume="4", doi="10.1/x", pages="5-9")
    result = merge_missing(mine, theirs, "crossref")
    assert result.filled == ["pages", "doi"]
    assert result.kept == ["crossref_volume", "crossref_date"]
    assert (mine.volume, mine.date, mine.doi, mine.pages) == ("3", "2012", "10.1/x", "5-9")
    assert mine.extra == {"crossref_volume": "4", "crossref_date": "2012-05-01"}


@given(st.text(max_size=60), st.text(max_size=60))
def test_similarity_is_symmetric_enough_and_bounded(a: str, b: str) -> None:
    value = title_similarity(a, b)
    assert 0.0 <= value <= 1.0
    assert title_similarity(a, a) in (0.0, 1.0)
