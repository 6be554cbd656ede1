"""pypinyin with phrases read per text gives pypinyin's own output, without loading its whole dictionary."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.names.phrases import PhraseIndex, load_characters, load_index

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = Path(__file__).resolve().parents[2]

# Reads stdin (a JSON list of texts), prints what pypinyin makes of each: plain and toned syllables, the cut.
_READ = """
import json, sys
texts = json.load(sys.stdin)
if sys.argv[1] == "full":
    import pypinyin
    from pypinyin.seg.mmseg import seg
    module_for = lambda text: pypinyin
    segmenter_for = lambda text: seg
else:
    from biblio.names.phrases import pypinyin_for as module_for, segmenter_for
out = []
for text in texts:
    p = module_for(text)
    plain = p.lazy_pinyin(text, style=p.Style.NORMAL, v_to_u=True, neutral_tone_with_five=True, errors="default")
    p = module_for(text)
    toned = p.lazy_pinyin(text, style=p.Style.TONE3, neutral_tone_with_five=True, errors="default")
    out.append([plain, toned, list(segmenter_for(text).cut(text))])
constants = sys.modules["pypinyin.constants"]
chars = __import__("hashlib").sha1(repr(sorted(constants.PINYIN_DICT.items())).encode()).hexdigest()
print(json.dumps({"out": out, "loaded": len(constants.PHRASES_DICT), "chars": chars,
                  "phrases_module": "pypinyin.phrases_dict" in sys.modules,
                  "chars_from_json": hasattr(sys.modules["pypinyin.pinyin_dict"], "_load_pinyin_dict"),
                  "env": "PYPINYIN_NO_PHRASES" in __import__("os").environ}))
"""


def _han_runs() -> list[str]:
    """Runs of Han characters in the test data (titles, names, abstracts, outlets of real records)."""
    runs: set[str] = set()
    for path in DATA.rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".json", ".jsonl", ".tsv", ".html", ".bib"}:
            runs.update(re.findall(r"[\u3400-\u9fff]+", path.read_text(encoding="utf-8", errors="replace")))
    return sorted(runs)


def _texts() -> list[str]:
    """Real runs plus deterministic splices of them (phrases meeting across the seam, mixed with Latin)."""
    runs = _han_runs()
    rng = random.Random(7)
    spliced = []
    for _ in range(1500):
        a, b = rng.choice(runs), rng.choice(runs)
        cut_a, cut_b = rng.randrange(len(a) + 1), rng.randrange(len(b) + 1)
        glue = rng.choice(["", "", "", " ", "·", "A"])
        spliced.append(a[cut_a:] + glue + b[:cut_b])
    return runs + [t for t in spliced if t]


def _run(mode: str, texts: list[str], cache: Path) -> dict[str, object]:
    env = {**os.environ, "BIBLIO_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("PYPINYIN_NO_PHRASES", None)
    done = subprocess.run(
        [sys.executable, "-c", _READ, mode],
        input=json.dumps(texts),
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_same_output_as_the_full_dictionary(tmp_path: Path) -> None:
    texts = _texts()
    assert len(texts) > 2000
    full = _run("full", texts, tmp_path)
    partial = _run("partial", texts, tmp_path)
    assert full["phrases_module"] and not partial["phrases_module"]
    assert full["chars_from_json"] and not partial["chars_from_json"]
    assert full["chars"] == partial["chars"]  # the cached character readings are pypinyin's own
    mismatches = [(t, f, p) for t, f, p in zip(texts, full["out"], partial["out"], strict=True) if f != p]  # type: ignore[call-overload]
    assert mismatches[:5] == []
    assert 0 < int(partial["loaded"]) < int(full["loaded"]) // 2  # type: ignore[call-overload]
    assert not partial["env"]  # pypinyin's switch does not leak into child processes
    assert any(tmp_path.glob("pinyin-phrases-*.marshal")) and any(tmp_path.glob("pinyin-chars-*.marshal"))
    assert _run("partial", texts[:50], tmp_path)["out"] == partial["out"][:50]  # type: ignore[index]  # from the cache


def test_a_chinese_name_loads_no_phrase_dictionary(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom biblio.names.romanize import romanize, name_sort_key\nfrom biblio.model import Name\n"
        "print(romanize('重庆信息茧房'), name_sort_key(Name(family='单', given='田芳')))\n"
        "print('pypinyin.phrases_dict' in sys.modules)"
    )
    env = {**os.environ, "BIBLIO_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["chongqing xinxi jianfang shan tianfang", "False"]


def _dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "phrases_dict.json"
    path.write_text(
        json.dumps({"重庆": [["chóng"], ["qìng"]], "重要": [["zhòng"], ["yào"]], "重庆市": [["a"], ["b"], ["c"]]})
    )
    return path


def test_index_finds_every_contained_phrase(tmp_path: Path) -> None:
    index = load_index(_dictionary(tmp_path), tmp_path / "cache")
    assert index.phrases_in("去重庆市很重要") == {
        "重庆": [["chóng"], ["qìng"]],
        "重庆市": [["a"], ["b"], ["c"]],
        "重要": [["zhòng"], ["yào"]],
    }
    assert index.phrases_in("重") == {}
    assert index.phrases_in("") == {}


def test_index_is_cached_and_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    dictionary, cache = _dictionary(tmp_path), tmp_path / "cache"
    load_index(dictionary, cache)
    (cached,) = cache.glob("pinyin-phrases-*.marshal")
    assert PhraseIndex.from_bytes(cached.read_bytes()).phrases_in("重要") == {"重要": [["zhòng"], ["yào"]]}
    cached.write_bytes(b"\x00garbage")
    assert load_index(dictionary, cache).phrases_in("重要") == {"重要": [["zhòng"], ["yào"]]}
    assert PhraseIndex.from_bytes(cached.read_bytes()).phrases_in("重庆") != {}


def test_unwritable_cache_dir_still_works(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    assert load_index(_dictionary(tmp_path), blocker / "cache").phrases_in("重要")


@pytest.mark.parametrize("data", [b"", b"\x00garbage", b"N", __import__("marshal").dumps({"a": 1})])
def test_from_bytes_rejects_what_is_not_an_index(data: bytes) -> None:
    with pytest.raises((ValueError, TypeError, EOFError)):
        PhraseIndex.from_bytes(data)


def test_character_readings_are_cached_with_int_keys(tmp_path: Path) -> None:
    source = tmp_path / "pinyin_dict.json"
    source.write_text(json.dumps({"24352": "zhāng", "38271": "cháng,zhǎng"}), encoding="utf-8")
    cache = tmp_path / "cache"
    assert load_characters(source, cache) == {24352: "zhāng", 38271: "cháng,zhǎng"}
    (cached,) = cache.glob("pinyin-chars-*.marshal")
    cached.write_bytes(__import__("marshal").dumps({"24352": "not an int key"}))
    assert load_characters(source, cache) == {24352: "zhāng", 38271: "cháng,zhǎng"}


def test_biblio_reads_pypinyin_only_through_phrases() -> None:
    """A direct ``import pypinyin`` elsewhere would see only the phrases loaded so far in the process."""
    package = ROOT / "biblio"
    allowed = {package / "names" / "phrases.py", package / "search" / "documents.py"}  # documents: ImportError fallback
    direct = [
        path.relative_to(ROOT)
        for path in package.rglob("*.py")
        if path not in allowed and re.search(r"^\s*(?:import pypinyin|from pypinyin)", path.read_text("utf-8"), re.M)
    ]
    assert direct == []
