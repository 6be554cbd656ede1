"""Citation key bases: the title word is found in the head of the title, so huge titles cost nothing."""

from __future__ import annotations

import time

import pytest

from biblio.keys import TITLE_HEAD, key_base
from biblio.model import LangText, Name, Record


def _record(title: str, lang: str = "zh") -> Record:
    return Record(key="", authors=[Name(family="张", given="宁")], date="2001", title=(LangText(title, lang),))


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("近代中国的社会", "jindai"),
        ("On the Origins of Totalitarianism", "origins"),
        ("the " * 100 + "of " * 100 + "Late Word", "late"),  # the first key word lies past the head
        ("的" * 300 + "社会", "shehui"),  # stopwords only in the head, no spaces to cut at
    ],
)
def test_the_title_word_is_the_first_non_stopword(title: str, word: str) -> None:
    assert key_base(_record(title)) == f"zhang2001{word}"


def test_a_megabyte_title_is_not_romanized_whole() -> None:
    title = "中国近代史研究" * 150_000
    started = time.perf_counter()
    assert key_base(_record(title)) == key_base(_record(title[:TITLE_HEAD]))
    assert time.perf_counter() - started < 2  # the whole title took 15 s
