"""scripts/roundtrip_gbt7714.py: normalisation, variant detection and the tally on a small corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "roundtrip_gbt7714.py"


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
    a = "［16］ 丁晓星．中亚国家独立以来的政治发展［Ｊ］．现代国际关系，2011（9）：24-30．"
    b = "丁晓星. 中亚国家独立以来的政治发展[J]. 现代国际关系, 2011(9): 24-30"
    assert script.normalise(a) == script.normalise(b)
    assert script.normalise("17. 张三. 书[M]. DOI:10.1/x") == script.normalise("张三. 书[M]. doi: 10.1/x.")
    assert script.normalise("张三. 书[M]. 2版.") != script.normalise("张三. 书[M]. 3版.")


@pytest.mark.parametrize(
    ("reference", "canonical"),
    [
        ("[1] 张宁. 题名[J]. 俄罗斯学刊, 2024(6): 5-23.", True),
        ("1(英)哈·麦金德著..历史的地理枢纽[M].北京:商务印书馆,1985:71.", False),
        ("[5] 王晓泉. 题名[J]. 刊, 2018, (2): 1-16.", False),
        ("[40] 孙壮志主编. 报告[M]. 北京: 社会科学文献出版社, 2020.", False),
        ("[87] 阎学通. 国际关系分析[M]. 第3版. 北京: 北京大学出版社, 2017.", False),
        ("[58] 林幹. 迁徙[A]. 王明珂. 抉择[C]. 桂林: 出版社, 2008.", False),
    ],
)
def test_variant_detection(script: ModuleType, reference: str, canonical: bool) -> None:
    assert (script.variant_of(reference) == "") is canonical


def test_run_on_a_small_corpus(script: ModuleType, tmp_path: Path) -> None:
    lines = [
        "[1] 哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71.",
        "[2] 张宁. 中亚国家的多元平衡外交：机遇与风险并存[J]. 俄罗斯学刊, 2024(6): 5-23.",
        "吴宏伟：《中亚人口问题研究》，中国社会科学出版社2004年版，第25页。",
        "BRZEZINSKI Z. The grand chessboard[M]. New York: Basic Books, 1997.",
    ]
    (tmp_path / "zh.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in lines) + "\n", encoding="utf-8")
    tally = script.run(tmp_path)
    assert (tally.total, tally.other_style, tally.reproduced, tally.canonical) == (2, 1, 2, 2)
    assert tally.rate == tally.canonical_rate == 1.0
