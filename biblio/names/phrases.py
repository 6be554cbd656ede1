"""pypinyin with its phrase dictionary read only for the text being romanized (same output, 0.2 s less per process).

Importing pypinyin parses its whole phrase dictionary (47k phrases, 2.5 MB of JSON) and trains its
segmenter on every prefix of every phrase: ~0.25 s of CPU, which every ``biblio add`` paid as soon as one
Chinese name or title was romanized for a citation key or a sort name (a BibTeX file of 7,166 English
entries with one author ``Tian (田琳), Lin`` paid it too).

Why loading only the phrases that occur in a text gives pypinyin's own output on that text:
``lazy_pinyin`` cuts a Han run with ``mmseg`` (forward maximum matching: at each position the longest
dictionary phrase starting there, else one character), then reads each piece from the phrase dictionary
if it is a phrase, else character by character. Every phrase either step can find is a substring of the
text, and a phrase that is not a substring can neither match nor end a match early (it only adds prefixes
that do not occur in the text). So once all phrases contained in the text are loaded, the cut and the
readings are exactly those of the full dictionary. ``tests/names/test_phrases.py`` checks this against
pypinyin with its full dictionary, in another process, on titles and names from real records.

The phrases are looked up in a derived index of pypinyin's ``phrases_dict.json`` grouped by first
character (marshal, ~2 MB), kept in the user cache dir (``$BIBLIO_CACHE_DIR`` overrides it) under a name
that records the dictionary's size and mtime and the Python version. It is built once per pypinyin
installation (~0.3 s, written atomically) and opened in ~5 ms. Where it cannot be written the index is
built in memory (the old cost, once per process); where pypinyin has no ``phrases_dict.json`` (another
layout), pypinyin is imported whole and nothing changes. pypinyin's character readings (its
``pinyin_dict`` module, 0.8 MB of JSON with int keys) are cached beside the index in marshal form and put
in ``sys.modules`` before pypinyin is imported, which then uses them instead of parsing the JSON.

Use pypinyin only through :func:`pypinyin_for` and :func:`segmenter_for`: a plain ``import pypinyin``
in a process where biblio has romanized sees only the phrases loaded so far (a test guards this).
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import sys
import threading
import types
from pathlib import Path
from typing import Any, cast

CACHE_DIR_ENV = "BIBLIO_CACHE_DIR"
_FORMAT = 1  # bump when the index layout changes
_NO_PHRASES_ENV = "PYPINYIN_NO_PHRASES"  # pypinyin's own switch: import without the phrase dictionary
_lock = threading.RLock()


def cache_dir() -> Path:
    """``$BIBLIO_CACHE_DIR``, else the user cache dir (platformdirs): derived files that can always be rebuilt."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("biblio", appauthor=False))


def _dictionary_path(name: str) -> Path | None:
    """A dictionary file of pypinyin, found without importing pypinyin (None if it has another layout)."""
    spec = importlib.util.find_spec("pypinyin")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / name
        if path.is_file() and path.with_suffix(".py").is_file():
            return path
    return None


class PhraseIndex:
    """pypinyin's phrases grouped by first character; a group is parsed the first time its character is met."""

    def __init__(self, groups: dict[str, str]) -> None:
        self._raw = groups  # first character -> "phrase\\tJSON readings" lines
        self._parsed: dict[str, tuple[dict[str, str], int]] = {}

    @classmethod
    def from_dictionary(cls, dictionary: dict[str, Any]) -> PhraseIndex:
        """The index of a phrase dictionary as pypinyin loads it (phrase -> one list of readings per character)."""
        lines: dict[str, list[str]] = {}
        for phrase, readings in dictionary.items():
            encoded = json.dumps(readings, ensure_ascii=False, separators=(",", ":"))
            lines.setdefault(phrase[0], []).append(f"{phrase}\t{encoded}")
        return cls({first: "\n".join(group) for first, group in lines.items()})

    def to_bytes(self) -> bytes:
        """The index as written to the cache."""
        return marshal.dumps(self._raw)

    @classmethod
    def from_bytes(cls, data: bytes) -> PhraseIndex:
        """An index read back from :meth:`to_bytes`; ValueError/TypeError/EOFError if the data is not one."""
        groups = marshal.loads(data)
        if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
            raise ValueError("not a phrase index")
        return cls(groups)

    def _group(self, first: str) -> tuple[dict[str, str], int]:
        found = self._parsed.get(first)
        if found is None:
            raw = self._raw.get(first, "")
            phrases = dict(line.split("\t", 1) for line in raw.split("\n")) if raw else {}
            found = (phrases, max(map(len, phrases), default=0))
            self._parsed[first] = found
        return found

    def phrases_in(self, text: str) -> dict[str, list[list[str]]]:
        """Every dictionary phrase that occurs in ``text``, with its readings."""
        found: dict[str, list[list[str]]] = {}
        for start, first in enumerate(text):
            if first not in self._raw:
                continue
            phrases, longest = self._group(first)
            for end in range(start + 2, min(len(text), start + longest) + 1):
                phrase = text[start:end]
                if phrase in phrases and phrase not in found:
                    found[phrase] = json.loads(phrases[phrase])
        return found


def _cache_path(source: Path, kind: str, directory: Path | None) -> Path:
    stat, python = source.stat(), f"py{sys.version_info[0]}{sys.version_info[1]}"
    return (directory or cache_dir()) / f"pinyin-{kind}-{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}-{python}.marshal"


def _write_cache(path: Path, data: bytes) -> None:
    try:
        from biblio.atomic import atomic_write

        atomic_write(path, data)
    except OSError:
        pass  # a read-only cache dir: this process keeps what it built in memory


def load_index(dictionary: Path, directory: Path | None = None) -> PhraseIndex:
    """The phrase index of ``dictionary`` from the cache, built (and cached where possible) when missing or damaged."""
    path = _cache_path(dictionary, "phrases", directory)
    try:
        return PhraseIndex.from_bytes(path.read_bytes())
    except (OSError, ValueError, TypeError, EOFError):
        pass
    index = PhraseIndex.from_dictionary(json.loads(dictionary.read_text(encoding="utf-8")))
    _write_cache(path, index.to_bytes())
    return index


def load_characters(dictionary: Path, directory: Path | None = None) -> dict[int, str]:
    """pypinyin's character readings (code point -> "zhāng,cháng") as its ``pinyin_dict`` module loads them.

    That module parses 0.8 MB of JSON and converts every key to int at import (~30 ms); the cached
    marshal form loads in ~3 ms.
    """
    path = _cache_path(dictionary, "chars", directory)
    try:
        cached = marshal.loads(path.read_bytes())
        first = next(iter(cached.items()), None) if isinstance(cached, dict) else None
        if first is not None and type(first[0]) is int and type(first[1]) is str:  # written by this function
            return cast(dict[int, str], cached)
    except (OSError, ValueError, TypeError, EOFError):
        pass
    readings = {int(k): str(v) for k, v in json.loads(dictionary.read_text(encoding="utf-8")).items()}
    _write_cache(path, marshal.dumps(readings))
    return readings


class _Loader:
    """pypinyin imported without its phrases, and the phrases of each text added before the text is read."""

    def __init__(self) -> None:
        dictionary = None if "pypinyin" in sys.modules else _dictionary_path("phrases_dict.json")
        self.index = load_index(dictionary) if dictionary is not None else None
        characters = _dictionary_path("pinyin_dict.json") if self.index is not None else None
        if characters is not None and "pypinyin.pinyin_dict" not in sys.modules:
            # pypinyin.constants does ``from pypinyin import pinyin_dict``: a module already in sys.modules is used
            module = types.ModuleType("pypinyin.pinyin_dict")
            module.pinyin_dict = load_characters(characters)  # type: ignore[attr-defined]
            sys.modules["pypinyin.pinyin_dict"] = module
        self.module = _import_pypinyin(without_phrases=self.index is not None)
        from pypinyin.constants import PHRASES_DICT
        from pypinyin.seg.mmseg import seg

        self._phrases: dict[str, Any] = PHRASES_DICT
        self._segmenter: Any = seg

    def ensure(self, text: str) -> None:
        if self.index is None:  # pypinyin has its whole dictionary
            return
        with _lock:
            new = {p: r for p, r in self.index.phrases_in(text).items() if p not in self._phrases}
            if new:
                self._phrases.update(new)  # what the converter reads
                self._segmenter.train(new)  # the segmenter's prefix set (adds the prefixes of these phrases)


def _import_pypinyin(without_phrases: bool) -> Any:
    if not without_phrases:
        import pypinyin

        return pypinyin
    saved = os.environ.get(_NO_PHRASES_ENV)
    os.environ[_NO_PHRASES_ENV] = "1"
    try:
        import pypinyin
    finally:  # the switch is read once, at import: child processes must not inherit it
        if saved is None:
            os.environ.pop(_NO_PHRASES_ENV, None)
        else:
            os.environ[_NO_PHRASES_ENV] = saved
    return pypinyin


_loaded: list[_Loader] = []


def _loader() -> _Loader:
    if not _loaded:
        with _lock:
            if not _loaded:
                _loaded.append(_Loader())
    return _loaded[0]


def pypinyin_for(text: str) -> Any:
    """The pypinyin module, ready to read ``text`` exactly as with its full phrase dictionary."""
    loader = _loader()
    loader.ensure(text)
    return loader.module


def segmenter_for(text: str) -> Any:
    """pypinyin's maximum-matching segmenter (``.cut(text)``), ready to cut ``text`` as with the full dictionary."""
    loader = _loader()
    loader.ensure(text)
    return loader._segmenter
