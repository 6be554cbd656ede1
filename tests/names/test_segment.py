"""Word division of Chinese for romanization."""

from __future__ import annotations

import pytest

from biblio.names.romanize import romanize
from biblio.names.segment import LEXICON, PARTICLES, cut


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("中亚国家的多元平衡外交", ["中亚", "国家", "的", "多元", "平衡", "外交"]),
        ("信息茧房", ["信息", "茧房"]),
        ("中国社会科学院俄罗斯东欧中亚研究所", ["中国", "社会", "科学院", "俄罗斯", "东欧", "中亚", "研究所"]),
        ("大棋局", ["大棋局"]),
        ("和平地理学", ["和平", "地理学"]),
        ("的", ["的"]),
        ("", []),
    ],
)
def test_cut(text: str, words: list[str]) -> None:
    assert cut(text) == words


def test_cut_keeps_every_character() -> None:
    text = "百年变局与中国周边安全新态势研究"
    assert "".join(cut(text)) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中亚国家的多元平衡外交：机遇与风险并存",
            "zhongya guojia de duoyuan pingheng waijiao: jiyu yu fengxian bingcun",
        ),
        ("历史的地理枢纽", "lishi de dili shuniu"),
        ("俄罗斯学刊", "eluosi xuekan"),
        ("马克思主义民族理论", "makesi zhuyi minzu lilun"),
        ("重庆", "chongqing"),
    ],
)
def test_romanized_titles(text: str, expected: str) -> None:
    assert romanize(text, "zh") == expected


def test_lexicon_is_sane() -> None:
    assert all(len(word) >= 2 for word in LEXICON)
    assert all(len(p) == 1 for p in PARTICLES)
