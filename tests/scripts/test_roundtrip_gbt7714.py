"""scripts/roundtrip_gbt7714.py: normalisation, the variant rewrites (on strings that are not in the
corpus), the tally, and the round trip over the labelled corpus (normalised rate >= 95 %)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "roundtrip_gbt7714.py"


@pytest.fixture(scope="module")
def script() -> Iterator[ModuleType]:
    """The script loaded as a module (registered while in use: its dataclasses need that)."""
    spec = importlib.util.spec_from_file_location("roundtrip_gbt7714", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_normalise_ignores_width_spacing_label_and_final_period(script: ModuleType) -> None:
    a = "［3］ 赵一．某国的政治发展［Ｊ］．某某研究，2011（9）：24-30．"
    b = "赵一. 某国的政治发展[J]. 某某研究, 2011(9): 24-30"
    assert script.normalise(a) == script.normalise(b)
    assert script.normalise("17. 张三. 书[M]. DOI:10.1/x") == script.normalise("张三. 书[M]. doi: 10.1/x.")
    assert script.normalise("张三. 书[M]. 2版.") != script.normalise("张三. 书[M]. 3版.")


# (rule, original, its GB/T 7714-2015 presentation); none of these strings is in tests/data/refs.
CASES = [
    ("doubled-full-stop", "赵一著..某书[M].上海:某某出版社,2001.", "赵一.某书[M].上海:某某出版社,2001."),
    (
        "nationality-marker",
        "(德)赫尔曼·施密特. 某书[M]. 上海: 某某出版社, 2001.",
        "赫尔曼·施密特. 某书[M]. 上海: 某某出版社, 2001.",
    ),
    (
        "nationality-marker",
        "〔日〕山田一郎, 〔日〕田中二郎. 某书[M]. 东京: 某社, 1999.",
        "山田一郎, 田中二郎. 某书[M]. 东京: 某社, 1999.",
    ),
    (
        "nationality-marker",
        "赵一. 某章[M]//[英]约翰·史密斯. 某书. 北京: 某社, 2000.",
        "赵一. 某章[M]//约翰·史密斯. 某书. 北京: 某社, 2000.",
    ),
    (
        "original-script-name",
        "赫尔曼·施密特(H.Schmidt). 某书[M]. 上海: 某某出版社, 2001.",
        "赫尔曼·施密特. 某书[M]. 上海: 某某出版社, 2001.",
    ),
    (
        "translators-before-title",
        "(德)赫尔曼·施密特著,赵一,钱二译.某书:副题[M].上海:某某出版社,2001:5.",
        "赫尔曼·施密特. 某书:副题[M]. 赵一, 钱二, 译.上海:某某出版社,2001:5.",
    ),
    (
        "translators-before-title",
        "（法）让·杜邦著，某某研究所译．某书［M］．北京：某社，1990．",
        "让·杜邦. 某书[M]. 某某研究所, 译.北京:某社,1990.",
    ),
    (
        "translators-before-title",
        "（俄）А.Б.伊万诺夫著，赵一译．某书［M］．北京：某社，1990．",
        "А.Б.伊万诺夫. 某书[M]. 赵一, 译.北京:某社,1990.",
    ),
    (
        "translator-punctuation",
        "施密特. 某书[M]. 赵一, 钱二译. 上海: 某社, 2001.",
        "施密特. 某书[M]. 赵一, 钱二, 译. 上海: 某社, 2001.",
    ),
    (
        "translator-punctuation",
        "施密特. 某书[M]. 赵一等译. 上海: 某社, 2001.",
        "施密特. 某书[M]. 赵一, 等译. 上海: 某社, 2001.",
    ),
    ("creator-role-word", "赵一主编. 某书[M]. 北京: 某社, 2010.", "赵一. 某书[M]. 北京: 某社, 2010."),
    ("creator-role-word", "赵一, 钱二, 编. 某书[M]. 北京: 某社, 2010.", "赵一, 钱二. 某书[M]. 北京: 某社, 2010."),
    (
        "creator-role-word",
        "赵一. 某章[M]//钱二主编. 某书. 北京: 某社, 2010: 1-9.",
        "赵一. 某章[M]//钱二. 某书. 北京: 某社, 2010: 1-9.",
    ),
    ("deng-glued", "赵一, 钱二等. 某文[J]. 某刊, 2010(1): 1-9.", "赵一, 钱二, 等. 某文[J]. 某刊, 2010(1): 1-9."),
    ("issue-after-comma", "赵一. 某文[J]. 某刊, 2010, (1): 1-9.", "赵一. 某文[J]. 某刊, 2010(1): 1-9."),
    ("edition-di", "赵一. 某书[M]. 第4版. 北京: 某社, 2010.", "赵一. 某书[M]. 4版. 北京: 某社, 2010."),
    ("edition-di", "赵一. 某书[M]. 第二版. 北京: 某社, 2010.", "赵一. 某书[M]. 2版. 北京: 某社, 2010."),
    (
        "contribution-code-A",
        "赵一. 某文[A]. 钱二. 某文集[C]. 北京: 某社, 1990: 1-9.",
        "赵一. 某文[M]//钱二. 某文集. 北京: 某社, 1990: 1-9.",
    ),
    ("contribution-code-A", "赵一. 某文[A]//某文集[M]. 北京: 某社, 1990.", "赵一. 某文[M]//某文集. 北京: 某社, 1990."),
    (
        "contribution-code-A",
        "赵一. 某文[A]. (英)钱二主编. 某文集[C]. 北京: 某社, 1990.",
        "赵一. 某文[M]//钱二. 某文集. 北京: 某社, 1990.",
    ),
    (
        "standard-number-first",
        "某某委员会. GB/T 1234-2009 某某代码[S]. 北京: 某社, 2009.",
        "某某委员会. 某某代码: GB/T 1234-2009[S]. 北京: 某社, 2009.",
    ),
]


@pytest.mark.parametrize(("rule", "original", "rewritten"), CASES)
def test_each_rule_rewrites_its_variant(script: ModuleType, rule: str, original: str, rewritten: str) -> None:
    (found,) = [r for r in script.RULES if r.name == rule]
    text, applied = script.canonical(original)
    assert rule in applied
    assert script.normalise(text) == script.normalise(rewritten)
    assert found.why


def test_every_rule_has_a_case(script: ModuleType) -> None:
    assert {r.name for r in script.RULES} == {rule for rule, _, _ in CASES}


@pytest.mark.parametrize(
    "reference",
    [
        "赵一. 某书[M]. 钱二, 孙三, 等译. 北京: 某社, 2010: 5.",
        "赵一, 钱二, 等. 某文[J]. 某刊, 2010, 12(1): 1-9.",
        "赵一. 某书[M]. 钱二, 译. 孙三, 校. 3版. 北京: 某社, 2010.",
        "赵一. 某章[M]//钱二, 孙三. 某书. 北京: 某社, 2010: 1-9.",
        "某某委员会. 某某代码: GB/T 1234—2009[S]. 北京: 某社, 2009.",
        "赵一. 论平等(上)[M]. 北京: 译林出版社, 2010.",
        "赵一. 某书(China and the World)[M]. 北京: 某社, 2010.",
        "赵一. 某文[C]//某会议论文集. 北京: 某社, 2010: 1-9.",
        "某部. 某声明[A]. 北京: 某部, 2019.",
        "赵一. 某书[M]. 钱二, 编译. 北京: 某社, 2010.",
        "赵一. 某书……续编[M]. 北京: 某社, 2010.",
        "赵一. 某某资料汇编. 第一辑[M]. 北京: 某社, 2010.",
        "赵一. 自由与平等. 上卷[M]. 北京: 某社, 2010.",
        "U.S. Department of State. Some report[R]. Washington: GPO, 2020.",
        "赵一. 某报道[EB/OL]. 某网, (2020-01-01)[2020-02-01]. http://x.cn/a.",
    ],
)
def test_canonical_references_are_left_alone(script: ModuleType, reference: str) -> None:
    text, applied = script.canonical(reference)
    assert applied == []
    assert script.normalise(text) == script.normalise(reference)


def test_run_on_a_small_corpus(script: ModuleType, tmp_path: Path) -> None:
    lines = [
        "[1] 约翰·史密斯. 某书[M]. 北京: 某某出版社, 1985: 71.",
        "2(美)约翰·史密斯著,赵一译..某书[M].北京:某某出版社,1985:71.",
        "[3] 赵一. 某文[J]. 某刊, 2011, (9): 24-30.",
        "赵一：《某书》，某某出版社2004年版，第25页。",
        "SMITH J. The grand chessboard[M]. New York: Basic Books, 1997.",
    ]
    (tmp_path / "zh.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in lines) + "\n", encoding="utf-8")
    tally = script.run(tmp_path)
    assert (tally.total, tally.other_style, tally.strict, tally.reproduced) == (3, 1, 1, 3)
    assert tally.rules["translators-before-title"] == 1
    assert tally.rules["issue-after-comma"] == 1
    assert tally.failures == []
    report = script.report(tally)
    assert "normalised: 3/3" in report and "strict:     1/3" in report


def test_failures_are_listed(script: ModuleType, tmp_path: Path) -> None:
    line = json.dumps({"text": "[1] 赵一. 某书[M]. 北京: 某某出版社, 2000: 1."})
    (tmp_path / "zh.jsonl").write_text(line + "\n", encoding="utf-8")
    tally = script.Tally()
    tally.add("赵一. 某书[M]. 北京: 某某出版社, 2000: 1.", "赵一. 某书[M]. 北京: 某某出版社, 2001: 1.")
    assert (tally.total, tally.reproduced, len(tally.failures)) == (1, 0, 1)
    assert script.main([str(tmp_path)]) == 0


def test_round_trip_over_the_corpus_reaches_95_percent(script: ModuleType) -> None:
    tally = script.run(ROOT / "tests" / "data" / "refs")
    assert tally.total >= 150
    assert tally.rate >= 0.95, script.report(tally)
    assert tally.strict_rate <= tally.rate
    assert tally.overreach == [], "a rewrite changed a reference the formatter reproduces as written"


def test_overreach_is_reported(script: ModuleType) -> None:
    tally = script.Tally()
    tally.add("赵一主编. 某书[M]. 北京: 某社, 2010.", "赵一主编. 某书[M]. 北京: 某社, 2010.")
    assert tally.overreach == ["赵一主编. 某书[M]. 北京: 某社, 2010."]
    assert "WARNING" in script.report(tally)
