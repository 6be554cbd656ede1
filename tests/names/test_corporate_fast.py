"""The corporate-body tests' regex scans answer as the character loops they replaced (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from biblio.names import corporate, split
from biblio.names.split import split_name_list


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _has_corporate_word(text: str) -> bool:
    if any(_is_han(ch) for ch in text):
        return any(word in text for word in corporate._CJK_WORDS)
    return corporate.has_corporate_word(text)  # the Latin/Cyrillic branch is unchanged


def _is_corporate(text: str) -> bool:
    if any("\uac00" <= ch <= "\ud7af" for ch in text):
        return corporate.is_corporate_hangul(text)
    if any(_is_han(ch) or "\u3040" <= ch <= "\u30ff" for ch in text):
        return corporate.is_corporate_cjk(text)
    return corporate.is_corporate_alpha(text)


_PIECES = st.sampled_from(
    [
        "张宁",
        "研究所",
        "中国",
        "网",
        "部",
        "·",
        "ア",
        "외교부",
        "한",
        "World",
        " Bank",
        " & ",
        "Young",
        ", ",
        "，",
        "Inc.",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=8).map("".join) | st.text(max_size=20)


@given(_TEXTS)
def test_scans_agree_with_the_character_loops(text: str) -> None:
    assert corporate.has_corporate_word(text) == _has_corporate_word(text)
    assert corporate.is_corporate(text) == _is_corporate(text)
    han = sum(1 for ch in text.strip() if _is_han(ch))
    assert len(corporate._HAN_CHAR.findall(text.strip())) == han


def _one_body_before(body: str) -> bool:
    """split._one_body as it was: every piece tested for a corporate body first."""
    if not split._SEPARATOR_WORDS.search(body) or split._INITIALS_ANYWHERE.search(body) or ";" in body:
        return False
    pieces = [p.strip(" .") for p in re.split(r"\s(?:&|and|и|und|et)\s|,", body, flags=re.IGNORECASE)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return False
    found = [p for p in pieces if corporate.is_corporate(p)]
    if corporate.has_corporate_word(body) and len(found) < len(pieces):
        return any(len(p.split()) >= 2 or p.casefold().strip(".") in split._FIRM_SUFFIXES for p in found)
    return " & " in body and "," not in body and all(len(p.split()) == 1 and p[:1].isupper() for p in pieces)


_BODIES = st.sampled_from(
    [
        "王宁明",
        "中国社会科学院",
        "研究所",
        "Ernst",
        "Young",
        "Freedom House",
        "Inc.",
        "Bank",
        "J. Smith",
        "Co",
        "Агентство",
    ]
)


@given(st.lists(_BODIES, min_size=1, max_size=4), st.lists(st.sampled_from([", ", " & ", " and ", " и ", "，"])))
def test_one_body_answers_as_before(words: list[str], separators: list[str]) -> None:
    body = "".join(w + (separators[i] if i < len(separators) else ", ") for i, w in enumerate(words))[:-2]
    assert split._one_body(body) == _one_body_before(body)


def test_person_lists_split_and_bodies_stay_whole() -> None:
    assert split_name_list("王宁明, 李宁")[0] == ["王宁明", "李宁"]
    assert split_name_list("Food and Agriculture Organization")[0] == ["Food and Agriculture Organization"]
    assert split_name_list("Freedom House, Inc.")[0] == ["Freedom House, Inc."]
