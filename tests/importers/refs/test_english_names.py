"""English name lists by shape: inverted, Vancouver, direct, Chicago, corporate, et al., suffixes."""

from __future__ import annotations

import pytest

from biblio.importers.refs.english_names import split_english_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Romero, C., Paunesku, D., & Dweck, C.", [("Romero", "C."), ("Paunesku", "D."), ("Dweck", "C.")]),
        ("Okafor AB, Lindgren CD, Tan E:", [("Okafor", "A. B."), ("Lindgren", "C. D."), ("Tan", "E.")]),
        ("S. E. Han, G. Chen", [("Han", "S. E."), ("Chen", "G.")]),
        ("Lee, L. L., W. E. Howard, and R. E. Marsh.", [("Lee", "L. L."), ("Howard", "W. E."), ("Marsh", "R. E.")]),
        ("Moreau, Claire, and Idris Bello", [("Moreau", "Claire"), ("Bello", "Idris")]),
        ("Moreau, Claire and Bello, Idris", [("Moreau", "Claire"), ("Bello", "Idris")]),
        ("Jones Luong, P., & Weinthal, E.", [("Jones Luong", "P."), ("Weinthal", "E.")]),
        ("Freeman, Chas W., Jr.", [("Freeman", "Chas W.")]),
        ("Okafor AB. Lindgren CD.", [("Okafor", "A. B."), ("Lindgren", "C. D.")]),  # Vancouver, no commas
        ("Okafor AB Tan E Lindgren CD", [("Okafor", "A. B."), ("Tan", "E."), ("Lindgren", "C. D.")]),
    ],
)
def test_person_lists(text: str, names: list[tuple[str, str]]) -> None:
    found, et_al = split_english_names(text)
    assert [(n.family, n.given) for n in found] == names
    assert not et_al


@pytest.mark.parametrize(
    "text",
    [
        "Procter & Gamble",
        "Ernst & Young",
        "Johnson & Johnson, Inc.",
        "Food and Agriculture Organization",
        "Smith and Sons Ltd.",
    ],
)
def test_corporate_bodies_stay_one_name(text: str) -> None:
    found, _ = split_english_names(text)
    assert len(found) == 1 and found[0].literal in (text, text.rstrip("."))


def test_et_al_is_a_flag() -> None:
    found, et_al = split_english_names("Ahmadi, R., Kowalski, P., et al.")
    assert [n.family for n in found] == ["Ahmadi", "Kowalski"] and et_al
