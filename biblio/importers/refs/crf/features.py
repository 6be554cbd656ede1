"""Tokens of a reference string and the features the CRF labels them by.

Tokens are the whitespace-separated pieces of the string (as AnyStyle cuts them): a label boundary is
always a space in the training data. Features follow AnyStyle and GROBID: the word itself and its
affixes, its shape (``Xx.``, ``dddd``, ``(dddd).``), its punctuation at either end, numbers (year, page
range, ordinal, roman), dictionary hits (``lexicon.tsv``: months, journal words, publishers, places,
given names, role words...; ``names.tsv``: US Census 1990 surnames and given names, public domain,
``scripts/build_name_lexicon.py``; ``places.tsv``: GeoNames and CLDR place names,
``scripts/build_place_lexicon.py``; ``words.tsv``: wordfreq's word frequencies,
``scripts/build_word_lexicon.py``; the last two measured in docs/refs-eval.md and not shipped), the quote
and bracket state, the writing system, the position in the string and in its sentence-like chunks, and the
same local features of the neighbours (±1, ±2).

Local features of a token depend only on the token, so they are cached: common words cost a lookup.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

Token = str
FeatureList = list[str]

_TRIM = "\"'“”‘’„«»()[]{}<>.,;:!?"
_YEAR_RE = re.compile(r"^[(\[]?(1[5-9]\d\d|20[0-3]\d)[a-z]?[)\].,;:]*$")
_RANGE_RE = re.compile(r"^\D{0,4}\d+[a-zA-Z]?\s*[-–—‐‑_]+\s*[a-zA-Z]?\d+\D{0,3}$")
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th|e|er|re|d)\.?$", re.IGNORECASE)
_ROMAN_RE = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)
_URL_RE = re.compile(r"^(?:\(?(?:https?://|www\.|ftp://)|<https?://)", re.IGNORECASE)
_DOI_RE = re.compile(r"10\.\d{4,9}/|^doi[:.]", re.IGNORECASE)
_ISBN_RE = re.compile(r"^(?:isbn[:]?|(?:97[89][- ]?)?\d{1,5}-\d+-\d+-[\dX])", re.IGNORECASE)
_VOLNUM_RE = re.compile(r"^\d+\s*\(\s*[\w\-–/]+\s*\)")
_SHAPE_TABLE = {
    **{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
    **{c: "d" for c in "0123456789"},
}


# those present are read (places.tsv, words.tsv and fields.tsv are not shipped: measured variants, docs/refs-eval.md)
LEXICON_FILES = ("lexicon.tsv", "names.tsv", "places.tsv", "words.tsv", "fields.tsv")


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """Word -> the dictionary categories it belongs to (months, publishers, places, ...)."""
    table: dict[str, set[str]] = {}
    files = resources.files(__package__)
    names = [name for name in LEXICON_FILES if files.joinpath(name).is_file()]
    text = "\n".join(files.joinpath(name).read_text(encoding="utf-8") for name in names)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        category, word = line.split("\t", 1)
        table.setdefault(word, set()).add(category)
    return {word: frozenset(cats) for word, cats in table.items()}


def tokenize(text: str) -> list[Token]:
    """The whitespace-separated tokens of ``text``."""
    return text.split()


_SCRIPT_RANGES = (
    (0x3040, 0x30FF, "kana"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x1100, 0x11FF, "hangul"),
    (0x3400, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
    (0x0400, 0x052F, "cyrillic"),
)


def _script(word: str) -> str:
    """The writing system of a token's first letter: han, kana, hangul, cyrillic, latin or none."""
    for ch in word:
        if not ch.isalpha():
            continue
        code = ord(ch)
        found = next((name for low, high, name in _SCRIPT_RANGES if low <= code <= high), "latin")
        return found
    return "none"


def _shape(token: str) -> str:
    """``Xxxx.`` -> ``Xx.``: character classes with repeats collapsed (max 8 characters)."""
    out: list[str] = []
    for ch in token:
        cls = _SHAPE_TABLE.get(ch)
        if cls is None:
            cls = ("X" if ch.isupper() else "x") if ch.isalpha() else ("d" if ch.isdigit() else ch)
        if not out or out[-1] != cls:
            if len(out) == 8:  # the ninth class is cut anyway: stop reading
                break
            out.append(cls)
    return "".join(out)


CLIP = 100  # characters: the features of a longer token are those of its start and end


def clip(token: Token) -> Token:
    """A token of at most ``CLIP`` characters: its first 60 and last 40 when longer.

    Every feature reads a token's start, end or a bounded count, and the per-token caches then never hold
    more than ``CLIP`` characters a key: a 100,000-character "word" costs what a URL does.
    """
    return token if len(token) <= CLIP else token[:60] + token[-40:]


@lru_cache(maxsize=65536)
def local_features(token: Token) -> tuple[str, ...]:
    """Features of a token by itself (cached)."""
    word = token.strip(_TRIM)
    lower = word.casefold()
    feats = [f"w={lower}" if len(lower) < 25 else "w=<long>", f"sh={_shape(token)}"]
    feats.extend(_case_features(token, word, lower) if word else [f"punct={token[:4]}"])
    feats.append(f"len={min(len(word), 12)}")
    feats.append(f"script={_script(word)}")
    feats.extend(_number_features(token, word))
    feats.extend(_mark_features(token, word))
    feats.extend(f"dict={hit}" for hit in _dictionary(lower, token.casefold()))
    return tuple(feats)


def _case_features(token: str, word: str, lower: str) -> list[str]:
    """Affixes, the characters at either end, capitalisation."""
    feats = [f"p2={lower[:2]}", f"p3={lower[:3]}", f"s2={lower[-2:]}", f"s3={lower[-3:]}"]
    feats.append(f"first={token[0]}" if not token[0].isalnum() else "first=an")
    feats.append(f"last={token[-1]}" if not token[-1].isalnum() else "last=an")
    if word[0].isupper():
        feats.append("cap=all" if word.isupper() and len(word) > 1 else "cap=init")
    elif word[0].islower():
        feats.append("cap=low")
    return feats


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}-?|[A-Z]\.-[A-Z]\.")
_MARKS = (
    (_URL_RE, "url"),
    (_DOI_RE, "doi"),
    (_ISBN_RE, "isbn"),
)


def _mark_features(token: str, word: str) -> list[str]:
    """Initials, links and identifiers, quotes and brackets at either end."""
    feats: list[str] = []
    if len(word) == 1 and word.isalpha() and word.isupper():
        feats.append("initial")
    elif _INITIALS_RE.fullmatch(word + ("." if token.endswith(".") else "")):
        feats.append("initials")
    feats.extend(name for pattern, name in _MARKS if pattern.search(token))
    core = token.rstrip(".,;:")
    if token[:1] in "\"“„«'‘":
        feats.append("quote=open")
    if core[-1:] in "\"”»'’":
        feats.append("quote=close")
    if token[:1] in "([":
        feats.append("paren=open")
    if core[-1:] in ")]":
        feats.append("paren=close")
    return feats


def _number_features(token: str, word: str) -> list[str]:
    """Year, page range, ordinal, volume(issue), count of digits."""
    feats: list[str] = []
    if _YEAR_RE.match(token):
        feats.append("year")
    elif _RANGE_RE.match(token):
        feats.append("range")
    if _ORDINAL_RE.match(word):
        feats.append("ordinal")
    if _VOLNUM_RE.match(word):
        feats.append("volnum")
    if word and _ROMAN_RE.match(word) and len(word) <= 6:
        feats.append("roman")
    digits = sum(ch.isdigit() for ch in word)
    if digits:
        feats.append(f"digits={min(digits, 6)}" + ("" if digits == len(word) else "+"))
    return feats


def _dictionary(lower: str, raw: str) -> list[str]:
    """The lexicon categories of the word (and of the token with its final dot, "ed.", "pp.")."""
    table = lexicon()
    hits = set(table.get(lower, ()))
    if raw != lower:
        hits |= table.get(raw.rstrip(",;:"), frozenset())
    return sorted(hits)


_NEIGHBOUR_KEEP = ("dict=", "last=", "year", "range", "initial")
_LOCAL_ONLY = "dict=f-"  # field affinities (fields.tsv): a token's own; seen by its neighbours they cost accuracy


@lru_cache(maxsize=65536)
def _token_view(token: Token) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A token's local features and, for each neighbour offset (-2, -1, +1, +2, -3, +3), those a neighbour sees."""
    local = local_features(token)
    seen = local[:2] + tuple(f for f in local[2:] if f.startswith(_NEIGHBOUR_KEEP) and not f.startswith(_LOCAL_ONLY))
    far = local[:1] + tuple(f for f in local[2:] if f.startswith(("last=", "year")))
    views = tuple(tuple(f"{offset:+d}:{f}" for f in seen) for offset in (-2, -1, 1, 2))
    return local, views + tuple(tuple(f"{offset:+d}:{f}" for f in far) for offset in (-3, 3))


def sequence_features(tokens: list[Token]) -> list[FeatureList]:
    """Features of every token: its own, its position and state, and its neighbours' (±1, ±2)."""
    n = len(tokens)
    tokens = [clip(token) for token in tokens]
    views = [_token_view(token) for token in tokens]
    states = _states(tokens)
    out: list[FeatureList] = []
    for i in range(n):
        feats = ["bias", *views[i][0], *states[i], f"pos={10 * i // n}"]
        if i == 0:
            feats.append("BOS")
        else:
            feats.append(f"bigram={views[i - 1][0][0][2:]}|{views[i][0][0][2:]}")
        if i == n - 1:
            feats.append("EOS")
        # Neighbour j sees token i at offset i - j; here token i gets neighbour j's features at offset j - i.
        if i >= 2:
            feats.extend(views[i - 2][1][0])
        if i >= 1:
            feats.extend(views[i - 1][1][1])
        if i + 1 < n:
            feats.extend(views[i + 1][1][2])
        if i + 2 < n:
            feats.extend(views[i + 2][1][3])
        if i >= 3:
            feats.extend(views[i - 3][1][4])
        if i + 3 < n:
            feats.extend(views[i + 3][1][5])
        out.append(feats)
    return out


@lru_cache(maxsize=65536)
def _state_step(token: Token) -> tuple[int, int, int, int, bool, bool, bool, bool]:
    """What a token changes in the running state (cached): curly quotes opened and closed, straight quotes,
    bracket depth change, whether it ends a sentence-like chunk or a clause, is a year, is "In"."""
    opens = token.count("“") + token.count("„") + token.count("«")
    closes = token.count("”") + token.count("»")
    brackets = token.count("(") + token.count("[") - token.count(")") - token.count("]")
    stripped = token.rstrip("\"”’')]")
    ends_chunk = stripped.endswith(".") and not (len(stripped) <= 3 and stripped[:1].isupper())
    ends_clause = stripped.endswith((",", ";", ":"))
    is_year = _YEAR_RE.match(token) is not None
    return opens, closes, token.count('"'), brackets, ends_chunk, ends_clause, is_year, token in ("In", "In:", "in:")


def _states(tokens: list[Token]) -> list[list[str]]:
    """Quote and bracket state, the index of the sentence-like chunk, and whether the last chunk ended."""
    out: list[list[str]] = []
    in_quote = False
    depth = 0
    chunk = 0
    commas = 0
    year_chunk = -1  # the chunk of the first year: in author-date styles the title follows it
    quoted = False  # a quotation has closed (a quoted title is behind us)
    seen_in = False  # "In"/"In:" has introduced a container
    for token in tokens:
        state = [f"chunk={min(chunk, 6)}", f"commas={min(commas, 4)}"]
        if in_quote:
            state.append("inquote")
        if depth:
            state.append("inparen")
        state.append(f"sinceyear={min(chunk - year_chunk, 3)}" if year_chunk >= 0 else "noyear")
        if quoted:
            state.append("afterquote")
        if seen_in:
            state.append("afterin")
        out.append(state)
        opens, closes, straight, brackets, ends_chunk, ends_clause, is_year, is_in = _state_step(token)
        if year_chunk < 0 and is_year:
            year_chunk = chunk
        seen_in = seen_in or is_in
        quoted = quoted or (in_quote and token.rstrip(".,;:")[-1:] in '”"»')
        if opens > closes or (straight % 2 and not in_quote):
            in_quote = True
        elif closes > opens or (straight % 2 and in_quote):
            in_quote = False
        depth = max(0, min(3, depth + brackets))
        if ends_chunk:
            chunk += 1
            commas = 0
        elif ends_clause:
            commas += 1
    return out


# Labels whose presence before or after a token the second pass sees (the structure of the whole reference)
_STRUCTURE = ("author", "editor", "title", "journal", "container-title", "date", "location", "publisher", "volume")


def stacked_features(tokens: list[Token], first: list[str]) -> list[FeatureList]:
    """Features for the second pass: the token's own features plus the first pass's labels around it
    (±1, ±2), the label run it is in (first, inner, last token) and which labels came before it and
    which come after it anywhere in the string.

    A first-order CRF sees only the previous label; a title labelled three segments back or a journal
    still to come changes what a token is ("Press" before a journal's volume, a second title after "In").
    """
    out = sequence_features(tokens)
    n = len(first)
    before: set[str] = set()
    after_counts: dict[str, int] = {}
    for label in first:
        after_counts[label] = after_counts.get(label, 0) + 1
    for i, label in enumerate(first):
        after_counts[label] -= 1
        feats = out[i]
        feats.append(f"L0={label}")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            feats.append(f"L{offset:+d}={first[j] if 0 <= j < n else '_'}")
        start = i == 0 or first[i - 1] != label
        end = i == n - 1 or first[i + 1] != label
        feats.append(f"Lrun={'only' if start and end else 'first' if start else 'last' if end else 'inner'}")
        feats.extend(f"Lbefore={name}" for name in _STRUCTURE if name in before and name != label)
        feats.extend(f"Lafter={name}" for name in _STRUCTURE if after_counts.get(name, 0) and name != label)
        if start:
            before.add(first[i - 1] if i else "_")
        before.add(label)
    return out
