"""Whoosh analyzers for mixed Chinese, Russian and English text.

Text is folded (:mod:`biblio.search.fold`), then split into runs: a run of Han/kana characters
becomes overlapping bigrams (一带一路 -> 一带 带一 一路; a lone character stays a unigram), any
other run of letters and digits becomes one word. Token positions count tokens, so a phrase query
over bigrams ("多元平衡外交") is an ordinary Whoosh phrase. Words are stemmed by their script:
Snowball English for Latin, Snowball Russian for Cyrillic (PyStemmer). The name analyzer does not
stem; it reduces every Latin or Cyrillic word to a romanization-neutral key (:func:`name_key`), so
Бжезинский, Bzhezinskiy and Brzezinski meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, Token

from biblio.search.fold import fold_text

_CJK = "\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_TOKEN_RE = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+(?:['’][^\\W_{_CJK}]+)*)")
CJK_RE = re.compile(f"[{_CJK}]")
_MEMO_LIMIT = 200_000  # raw token -> indexed term, per analyzer instance

_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґў"
_LATIN = "a b v g d e zh z i i k l m n o p r s t u f h ts ch sh shch - y - e yu ya i yi ye g u"
_CYRILLIC_LATIN = {c: ("" if latin == "-" else latin) for c, latin in zip(_CYRILLIC, _LATIN.split(), strict=True)}
_LATIN_DIACRITICS = {"ž": "zh", "š": "sh", "č": "ch", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss"}
_NAME_RULES = (
    (re.compile("kh"), "h"),
    (re.compile("(?<![a-z])ye|(?<=[aeiou])ye"), "e"),
    (re.compile("(?<=[bcdfgklmnprstvz])yo"), "e"),
    (re.compile("rz"), "zh"),
    (re.compile("sz"), "sh"),
    (re.compile("cz"), "ch"),
    (re.compile("ph"), "f"),
    (re.compile("[yj]"), "i"),
    (re.compile("w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A romanization-neutral key for one folded Latin or Cyrillic name word ("Бжезинский" -> "bzhezinski")."""
    latin = "".join(_CYRILLIC_LATIN.get(ch, ch) for ch in word)
    latin = "".join(_LATIN_DIACRITICS.get(ch, ch) for ch in latin)
    latin = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    for pattern, repl in _NAME_RULES:
        latin = pattern.sub(repl, latin)
    return latin


def _script_of(word: str) -> str:
    """``ru`` for a Cyrillic word, ``en`` for a Latin one, ``""`` for digits and others."""
    first = word[:1]
    if not first:
        return ""
    if "\u0400" <= first <= "\u04ff":
        return "ru"
    if (first.isascii() and first.isalpha()) or "\u00c0" <= first <= "\u024f":
        return "en"
    return ""


def split_text(text: str) -> Iterator[tuple[str, int, int]]:
    """The raw (folded) tokens of ``text`` with their character offsets, before stemming.

    CJK runs are cut into bigrams here; words lose a trailing possessive 's and inner apostrophes.
    """
    folded = fold_text(text)
    for match in _TOKEN_RE.finditer(folded):
        start, end = match.span()
        if match.group(1):
            if end - start == 1:
                yield folded[start:end], start, end
            for i in range(start, end - 1):
                yield folded[i : i + 2], i, i + 2
        else:
            word = match.group(2)
            if "'" in word or "’" in word:
                word = re.sub("['’]s$", "", word).replace("'", "").replace("’", "")
            yield word, start, end


def split_words(folded: str) -> Iterator[tuple[str, int, int]]:
    """The non-CJK words of already folded text with their offsets, as :func:`split_text` yields them."""
    for match in _TOKEN_RE.finditer(folded):
        word = match.group(2)
        if word is None:
            continue
        if "'" in word or "’" in word:
            word = re.sub("['’]s$", "", word).replace("'", "").replace("’", "")
        yield word, match.start(), match.end()


class MultiScriptAnalyzer(Analyzer):  # type: ignore[misc]
    """Bigrams for CJK, words elsewhere; ``stem`` words by script, or reduce them to name keys (``names``)."""

    def __init__(self, stem: bool = True, names: bool = False) -> None:
        self.stem = stem
        self.names = names
        self._stemmers: dict[str, Any] = {}
        self._memo: dict[str, str] = {}

    def __getstate__(self) -> dict[str, bool]:
        """Pickle only the options (the schema is pickled into the index; stemmers are C objects)."""
        return {"stem": self.stem, "names": self.names}

    def __setstate__(self, state: dict[str, bool]) -> None:
        """Restore the options; stemmers are recreated lazily."""
        self.stem = state["stem"]
        self.names = state["names"]
        self._stemmers = {}
        self._memo = {}

    def __eq__(self, other: object) -> bool:
        """Equal when the class and options are."""
        return isinstance(other, MultiScriptAnalyzer) and self.__getstate__() == other.__getstate__()

    def __hash__(self) -> int:
        """Hash of the options."""
        return hash((self.stem, self.names))

    def __repr__(self) -> str:
        """Readable form for Whoosh's schema dumps."""
        return f"MultiScriptAnalyzer(stem={self.stem}, names={self.names})"

    def _stemmer(self, lang: str) -> Any:
        stemmer = self._stemmers.get(lang)
        if stemmer is None:
            import Stemmer

            stemmer = Stemmer.Stemmer("english" if lang == "en" else "russian")
            self._stemmers[lang] = stemmer
        return stemmer

    def normalize(self, word: str) -> str:
        """The indexed form of one folded non-CJK word."""
        if self.names:
            return name_key(word)
        if self.stem:
            lang = _script_of(word)
            if lang:
                return str(self._stemmer(lang).stemWord(word))
        return word

    def term(self, raw: str) -> str:
        """The indexed term of one raw token of :func:`split_text` (memoized)."""
        term = self._memo.get(raw)
        if term is None:
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            term = self._memo[raw] = raw if CJK_RE.match(raw) else self.normalize(raw)
        return term

    def __call__(
        self,
        value: str,
        *,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield Whoosh tokens (one reused Token object, as Whoosh expects)."""
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pieces = split_text(value) if tokenize else iter([(fold_text(value), 0, len(value))])
        memo = self._memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        for pos, (text, start, end) in enumerate(pieces, start_pos):
            term = memo.get(text)
            if term is None:
                term = memo[text] = text if CJK_RE.match(text) else self.normalize(text)
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token
