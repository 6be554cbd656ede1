"""The shipped labeller: packaged with its licence, loaded lazily and fast, linear on long input."""

from __future__ import annotations

import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.refs import parse_reference
from biblio.importers.refs.crf.features import local_features, sequence_features, stacked_features, tokenize

_PROBE = (
    "import sys; from biblio.importers.refs import parse_reference;"
    "parse_reference('[1] 张宁. 中亚水资源研究[J]. 俄罗斯学刊, 2024(6): 5-23.');"
    "parse_reference('Иванов И. И. История. М.: Наука, 2001. 256 с.');"
    "print('pycrfsuite' in sys.modules)"
)


def test_model_and_licence_ship_in_the_package() -> None:
    package = resources.files("biblio.importers.refs.crf")
    assert package.joinpath("refs.crfsuite").read_bytes()[:4] == b"lCRF"
    assert "Sylvester Keil" in package.joinpath("LICENSE.anystyle").read_text(encoding="utf-8")


def test_gbt_and_gost_strings_do_not_load_the_model() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_model_loads_fast() -> None:
    code = (
        "import time; t = time.perf_counter(); from biblio.importers.refs.crf.model import tagger; tagger();"
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert float(out) < 1.5  # target 0.3 s (benchmarks/bench_refs.py measures it); generous under load


def test_features_see_script_shape_and_dictionary() -> None:
    assert "script=han" in local_features("中亚")
    assert "script=cyrillic" in local_features("История")
    assert "script=hangul" in local_features("한국")
    assert "script=kana" in local_features("カタカナ")
    assert {"year", "sh=(d).", "paren=open"} <= set(local_features("(2011)."))
    assert "dict=month" in local_features("septembre")
    assert "dict=publisher" in local_features("Press,")
    feats = sequence_features(tokenize('Smith, J. "A title," Journal'))
    assert "inquote" in feats[3] and "BOS" in feats[0] and "EOS" in feats[-1]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=10_000))
def test_english_parse_never_raises_and_stays_fast(text: str) -> None:
    start = time.perf_counter()
    parsed = parse_reference(text, "english")
    assert parsed.record is not None
    assert time.perf_counter() - start < 0.5  # target 50 ms; a linear-time bug is 100x, not 10x


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Smith,", "J.", "(2001).", "pp.", "12(3):", "In:", "eds.", "&", "Press,", "“A", "10.1/x"]),
        max_size=2500,
    )
)
def test_reference_like_noise_stays_fast(words: list[str]) -> None:
    start = time.perf_counter()
    parse_reference(" ".join(words)[:10_000], "english")
    assert time.perf_counter() - start < 0.5


def test_stacked_features_see_the_first_pass_around_and_across_the_string() -> None:
    tokens = tokenize("Smith, J. Title words. Journal, 3, 5-9.")
    first = ["author", "author", "title", "title", "journal", "volume", "pages"]
    feats = stacked_features(tokens, first)
    assert {"L0=title", "L-1=author", "L+1=title", "Lrun=first", "Lbefore=author", "Lafter=journal"} <= set(feats[2])
    assert "Lbefore=title" not in feats[2] and "Lafter=title" in feats[0]
    assert set(sequence_features(tokens)[2]) <= set(feats[2])  # the first pass's own features are kept


def test_a_second_pass_model_relabels_the_first_pass(tmp_path: Path) -> None:
    """Two tiny models trained here: the second reads the first's labels (use_model with a stacked file)."""
    import pycrfsuite

    from biblio.importers.refs.crf import model

    def example(text: str, title_words: int) -> tuple[list[str], list[str]]:
        return tokenize(text), ["author"] * 2 + ["title"] * title_words + ["journal"] * 2 + ["volume"]

    data = [
        example("Smith, J. Wells of the steppe. Arid Lands, 3.", 4),
        example("Berg, T. Salt and silver. Steppe Studies, 7.", 3),
    ]
    paths = []
    for name, features in (("first", sequence_features), ("second", None)):
        trainer = pycrfsuite.Trainer(verbose=False)
        for tokens, labels in data:
            trainer.append(features(tokens) if features else stacked_features(tokens, labels), labels)
        trainer.train(str(tmp_path / f"{name}.crfsuite"))
        paths.append(tmp_path / f"{name}.crfsuite")
    try:
        model.use_model(paths[0], paths[1])
        assert model.stacked_tagger() is not None
        labelled = model.label_tokens(tokenize("Olcott, M. Water and power. Steppe Studies, 9."))
        assert labelled.labels[0] == "author" and "title" in labelled.labels
    finally:
        model.use_shipped_model()
    assert model.stacked_tagger() is None  # no second pass ships: the shipped labeller is one pass
