"""Word division of Chinese for romanization."""

from __future__ import annotations

import time

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


def _cpu_cut(text: str) -> float:
    start = time.process_time()
    words = cut(text)
    elapsed = time.process_time() - start
    assert "".join(words) == text  # nothing lost, even in chunks
    return elapsed


@pytest.mark.parametrize("unit", ["张", "中亚", "的", "中国的", "研究中亚国家"])
def test_cut_is_linear(unit: str) -> None:
    """A run of Han text 10x longer costs about 10x (pypinyin's segmenter alone re-slices its input: n²)."""
    cut("中亚国家")  # the phrase dictionary
    small = min(_cpu_cut((unit * 20_000)[: 20_000 + k]) for k in range(3))
    large = min(_cpu_cut((unit * 200_000)[: 200_000 + k]) for k in range(2))
    assert large < max(small, 0.01) * 18  # measured ≈10x; it was 28x for "张"


def test_romanize_long_runs_is_linear() -> None:
    """Runs of one script are joined once (adding a character at a time to a run was quadratic)."""
    romanize("、", "zh")
    times = []
    for size in (20_000, 200_000):  # ≈10x now; 70x before
        start = time.process_time()
        romanize("、" * size + "a" * size, "zh")
        times.append(time.process_time() - start)
    assert times[1] < max(times[0], 0.005) * 30
