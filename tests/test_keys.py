"""Citation key bases: the title word is found in the head of the title, so huge titles cost nothing."""

from __future__ import annotations

import time
from itertools import islice

import pytest

from biblio.keys import TITLE_HEAD, key_base, key_suffixes, suffix, unique_key
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


def test_suffixes_go_on_past_zz() -> None:
    assert [suffix(n) for n in (1, 26, 27, 702, 703, 18279)] == ["a", "z", "aa", "zz", "aaa", "aaaa"]
    assert list(islice(key_suffixes(), 28))[-3:] == ["z", "aa", "ab"]


def test_the_first_free_suffix_is_taken_then_any_free_one() -> None:
    taken = {"k", "ka", "kc"}
    assert unique_key("k", taken) == "kb"  # the gap is filled
    assert unique_key("k", taken) == "kd"


def test_a_flood_of_one_base_gets_distinct_keys_fast() -> None:
    """703 records with one key base used to end in 'too many records share the key' (exit 2)."""
    taken: set[str] = set()
    started = time.perf_counter()
    keys = [unique_key("zhang2024", taken) for _ in range(5000)]
    assert len(set(keys)) == 5000 == len(taken)
    assert keys[:3] == ["zhang2024", "zhang2024a", "zhang2024b"]
    assert all(k.startswith("zhang2024") and k[9:].isalpha() for k in keys[1:])
    assert time.perf_counter() - started < 2  # ~0.2 s; scanning every suffix each time was quadratic
