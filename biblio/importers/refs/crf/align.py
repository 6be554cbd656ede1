"""A reference string and the gold record it was printed from -> token labels for the labeller.

The rendered corpus (``scripts/build_ref_corpus.py``) pairs each string with the fields of the BibTeX
record a TeX Live style printed it from (as far as the style printed them). To train on it, every
token needs a label; this module finds each field in the string and labels its tokens the way
AnyStyle's hand-labelled set does, so both sources teach one convention:

- a field's tokens are found by letters and digits alone (case, punctuation, dashes and spacing do not
  count: APA's sentence case, "29.6," or "“Title,”" still match); names by their family name and, near
  it, their given names or initials;
- wrapping words go with the field they introduce: "In"/"In:" with the container or the editors after
  it, "edited by", "(Eds.)", "Trans." with the names, "Vol."/"no." with the volume (issue numbers are
  part of AnyStyle's ``volume`` segment), "pp." with the pages, "ed." with the edition, "et al." with
  the names before it;
- "Accessed …"/"visited on …"/"Retrieved …, from", "Available:", "URL:" are a ``note``; "PhD thesis",
  "[newspaper]", "Tech. rep." a ``genre``; a list number is the ``citation-number``;
- a report's, patent's or standard's number ("RR-4118-A", "US 7920760 B2", "ISO 690:2010") is labelled
  ``number`` (AnyStyle folds such numbers into ``genre``; the record has a field for them);
- punctuation on its own goes with the token before it; anything else left over is a ``note``.

A string whose title or one of its names cannot be found is not aligned (``None``): training on a
guess would teach the guess. :func:`align` never reads the style name: the same rules serve any style.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from biblio.importers.refs.crf.dates import month_number

Span = tuple[int, int]  # first and last token index, inclusive

_PERIODICAL_TYPES = ("article", "newspaper", "magazine")
_IDENTIFIER_TYPES = ("report", "patent", "standard")
_CITATION_NUMBER_RE = re.compile(r"^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])$")
_ROLE_BEFORE_RE = re.compile(
    r"^\(?(?:in:?|edited|ed\.|eds\.|editor|editors|translated|trans\.?|transl\.|tr\.|by|and|with|hrsg\.|hg\.|"
    r"dans:?|sous|la|direction|de|dir\.|par|traduit|trad\.|éd\.|übersetzt|übers\.|von|herausgegeben|a|cura|di|"
    r"en:?|edición|editado|por|traducido|traduzione)[,:]?$",
    re.IGNORECASE,
)
_ROLE_AFTER_RE = re.compile(
    r"^\(?(?:eds?\.?|editors?|ed\.\s*&\s*trans\.|trans\.?|transl\.|translators?|comp\.|comps\.|hrsg\.|hg\.|"
    r"dirs?\.|éds?\.|coords?\.|a\s+cura\s+di|trad\.)\)?[.,:;]*$",
    re.IGNORECASE,
)
_NAME_JOIN_RE = re.compile(r"^(?:and|&|und|et|al\.?,?|others\.?,?|et\s+al\.?)[,.;]*$", re.IGNORECASE)
_VOLUME_WORD_RE = re.compile(
    r"^\(?(?:vol|vols|volume|v|no|nos|nr|number|issue|iss|n°|nº|nᵒ|n|núm|num|fasc|bd|heft|h|jg|jahrg|t|tome|année|anno|año|"
    r"ano)\.?[,:]?$",
    re.IGNORECASE,
)
_PAGE_WORD_RE = re.compile(r"^\(?(?:pp|p|pages?|s|с|págs?|pag|pgs?)\.?$", re.IGNORECASE)
_EDITION_WORD_RE = re.compile(r"^(?:ed|edn|edition|изд)\.?[.,;:)\]]*$", re.IGNORECASE)
_ACCESS_WORD_RE = re.compile(
    r"^[(\[]?(?:accessed|retrieved|visited|viewed|cited|consulted|last)(?:\s*on)?:?$", re.IGNORECASE
)
_DATE_PIECE_RE = re.compile(r"^[(\[]?(?:on:?|\d{1,4}[a-z]?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[)\].,;:]*$", re.IGNORECASE)
_NOTE_WORDS_RE = re.compile(
    r"^[(\[]?(?:available|url|from|at|online|accessed|retrieved|visited|on|filed|via|the|internet)[)\]:.,]*$",
    re.IGNORECASE,
)
_OPENING_RE = re.compile(r"[«“‘„‚(\[¿¡]+")
_GENRE_RE = re.compile(
    r"thesis|dissertation|diss\b|doctoral|ph\.?\s?d|master|m\.?a\.?$|m\.?s\.?$|report|rep\.|working|paper|"
    r"newspaper|online|patent|memorandum|preprint|manuscript|technical|tech\.",
    re.IGNORECASE,
)


def squash(text: str) -> str:
    """Letters and digits only, case-folded and width-folded."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


@dataclass(slots=True)
class _Index:
    """The tokens, their squashed forms joined into one string, and which token each character is from."""

    tokens: list[str]
    flat: str = ""
    owner: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        parts: list[str] = []
        for i, token in enumerate(self.tokens):
            piece = squash(token)
            self.starts.append(sum(map(len, parts)))
            parts.append(piece)
            self.owner.extend([i] * len(piece))
        self.flat = "".join(parts)

    def token_range(self, start: int, end: int) -> Span:
        """The tokens covering characters ``start`` to ``end`` (exclusive) of the squashed string."""
        return self.owner[start], self.owner[end - 1]

    def at_token_edges(self, start: int, end: int) -> bool:
        """Whether the match starts where a token's letters start and ends where a token's letters end."""
        first, last = self.token_range(start, end)
        return self.starts[first] == start and self.starts[last] + len(squash(self.tokens[last])) == end


@dataclass(slots=True)
class Alignment:
    """Labels being built for one string."""

    index: _Index
    labels: list[str | None]
    missing: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.index.tokens

    def free(self, span: Span) -> bool:
        return all(self.labels[i] is None for i in range(span[0], span[1] + 1))

    def mark(self, span: Span, label: str) -> None:
        for i in range(span[0], span[1] + 1):
            self.labels[i] = label

    def occurrences(self, value: str, *, whole: bool = False) -> list[Span]:
        """Free spans whose letters and digits are ``value``'s, in order."""
        key = squash(value)
        if not key:
            return []
        found: list[Span] = []
        flat = self.index.flat
        start = flat.find(key)
        while start >= 0:
            end = start + len(key)
            span = self.index.token_range(start, end)
            ok = self.free(span)
            if ok and whole and not self.index.at_token_edges(start, end):
                ok = False
            if ok:
                found.append(span)
            start = flat.find(key, start + 1)
        return found

    def first(self, value: str, *, after: int = -1, **options: bool) -> Span | None:
        """The first free occurrence of ``value`` starting after token ``after`` (else the first anywhere)."""
        spans = self.occurrences(value, **options)
        return _prefer_after(spans, after)


def _prefer_after(spans: list[Span], after: int) -> Span | None:
    """The first span starting after token ``after``, else the first of all (None if there is none)."""
    later = [s for s in spans if s[0] > after]
    chosen = later or spans
    return chosen[0] if chosen else None


def align(text: str, expected: dict[str, Any]) -> tuple[list[str], list[str]] | None:
    """(tokens, labels) of ``text`` printed from the gold fields ``expected``, or None if it cannot be aligned."""
    tokens = text.split()
    if not tokens:
        return None
    state = Alignment(_Index(tokens), [None] * len(tokens))
    kind = str(expected.get("type", ""))
    if _CITATION_NUMBER_RE.match(tokens[0]) and len(tokens) > 1:
        state.labels[0] = "citation-number"
    _links(state, expected)
    _access(state)
    for key, label in (("authors", "author"), ("editors", "editor"), ("translators", "translator")):
        if expected.get(key) and not _names(state, expected[key], label):
            return None
    title = state.first(str(expected.get("title", "")), after=_last_labelled(state, "author"))
    if title is None:
        return None
    state.mark(title, "title")
    _texts(state, expected, kind, title[1])
    date = str(expected.get("date", ""))
    years = _date(state, date)
    _numbers(state, expected, kind, title[1])
    if len(date) > 4:
        _date_parts(state, years)
    _context_words(state)
    _leftovers(state)
    return tokens, [label or "note" for label in state.labels]


def _last_labelled(state: Alignment, label: str) -> int:
    spots = [i for i, lab in enumerate(state.labels) if lab == label]
    return spots[-1] if spots else -1


def _links(state: Alignment, expected: dict[str, Any]) -> None:
    """URL and DOI tokens (a doi.org link is the DOI), with their "DOI:"/"URL:" labels."""
    url, doi = str(expected.get("url", "")), str(expected.get("doi", ""))
    for i, token in enumerate(state.tokens):
        if url and url in token:
            state.labels[i] = "url"
        elif doi and doi.casefold() in token.casefold():
            state.labels[i] = "doi"
            if i and re.fullmatch(r"\(?doi:?", state.tokens[i - 1], re.IGNORECASE):
                state.labels[i - 1] = "doi"


def _access(state: Alignment) -> None:
    """ "Accessed May 5, 2021." / "(visited on 04/01/2021)" / "Retrieved April 1, 2021, from": a note."""
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if state.labels[i] is not None or not _ACCESS_WORD_RE.match(token):
            continue
        j = i
        while j + 1 < len(tokens) and state.labels[j + 1] is None:
            following = tokens[j + 1]
            if _DATE_PIECE_RE.match(following) or month_number(following.strip("()[].,;:")) or following == "from":
                j += 1
            else:
                break
        if j > i:
            state.mark((i, j), "note")


def _names(state: Alignment, people: Iterable[Any], label: str) -> bool:
    """Label the tokens of one role's names (and the words between them); False if a name is not found."""
    chosen: list[int] = []
    after = -1
    for person in people:
        family, given = _name_parts(person)
        span = state.first(family, after=after, whole=True)
        if span is None:
            return False
        state.mark(span, label)
        chosen.extend(span)
        chosen.extend(_given_tokens(state, given, span, label))
        after = span[1]
    low, high = min(chosen), max(chosen)
    for i in range(low, high + 1):
        if state.labels[i] is None:
            state.labels[i] = label
    return True


def _name_parts(person: Any) -> tuple[str, str]:
    if isinstance(person, dict):
        return str(person.get("literal", "")), ""
    family, _, given = str(person).partition(",")
    return family.strip(), given.strip()


def _given_tokens(state: Alignment, given: str, family: Span, label: str) -> list[int]:
    """Tokens next to a family name made of the given names or their initials ("S.", "SF", "Joseph")."""
    words = [squash(w) for w in re.split(r"[\s.\-]+", given) if squash(w)]
    if not words:
        return []
    pieces = set(words) | {w[0] for w in words} | {"".join(w[0] for w in words)}
    found: list[int] = []
    for step in (-1, 1):
        i = family[0] - 1 if step < 0 else family[1] + 1
        while 0 <= i < len(state.tokens) and state.labels[i] is None and abs(i - family[0]) <= len(words) + 1:
            piece = squash(state.tokens[i])
            if piece and _made_of(piece, pieces):
                state.labels[i] = label
                found.append(i)
                i += step
            else:
                break
    return found


def _made_of(piece: str, pieces: set[str]) -> bool:
    """Whether ``piece`` is one of ``pieces`` or a run of initials among them ("sf" from "s", "f")."""
    return piece in pieces or all(ch in pieces for ch in piece)


def _texts(state: Alignment, expected: dict[str, Any], kind: str, title_end: int) -> None:
    """Container, publisher, institution, place and a non-numeric number, longest first."""
    container_label = "journal" if kind in _PERIODICAL_TYPES else "container-title"
    fields = [
        ("container", container_label),
        ("publisher", "publisher"),
        ("institution", "publisher"),
        ("place", "location"),
    ]
    number = str(expected.get("number", ""))
    if number and kind in _IDENTIFIER_TYPES:
        fields.append(("number", "number"))
    for key, label in sorted(fields, key=lambda item: -len(str(expected.get(item[0], "")))):
        value = str(expected.get(key, ""))
        span = state.first(value, after=title_end, whole=True) if value else None
        if span is not None:
            state.mark(span, label)
        elif value:
            state.missing.append(key)


def _date(state: Alignment, date: str) -> list[Span]:
    """Every printing of the year as a date (author-date styles print it twice).

    A year inside the title or the container is theirs already (they are labelled first).
    """
    spans: list[Span] = []
    while date and (span := _first_match(state, rf"(?<!\d){date[:4]}(?!\d)", -1)) is not None:
        if spans and not re.fullmatch(r"[(\[]?\d{4}[a-z]?[)\]]?[.,;:]*", state.tokens[span[0]]):
            break  # a later year that is not a date of its own (a number, a page)
        state.mark(span, "date")
        spans.append(span)
    if date and not spans:
        state.missing.append("date")
    return spans


def _date_parts(state: Alignment, years: list[Span]) -> None:
    """The month and the day printed around a year ("May 21, 2006", "2024 Jan 7", "(2010, February 12)")."""
    for span in years:
        for step in (-1, 1):
            i, month_before, day_taken = span[0] + step, False, False
            while 0 <= i < len(state.tokens) and state.labels[i] is None:
                word = state.tokens[i].strip("()[].,;:")
                further = state.tokens[i + step].strip("()[].,;:") if 0 <= i + step < len(state.tokens) else ""
                if month_number(word):
                    month_before = True
                elif re.fullmatch(r"\d{1,2}", word) and not day_taken and (month_before or month_number(further)):
                    day_taken = True
                elif not re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", word):
                    break
                state.labels[i] = "date"
                i += step


def _numbers(state: Alignment, expected: dict[str, Any], kind: str, title_end: int) -> None:
    """Volume and issue (one ``volume`` segment), pages, extent, edition."""
    volume = str(expected.get("volume", ""))
    number = str(expected.get("number", ""))
    if volume:
        _mark_first(state, volume, "volume", title_end)
    if number and kind not in _IDENTIFIER_TYPES:
        _mark_first(state, number, "volume", title_end)
    pages = str(expected.get("pages", ""))
    if pages:
        first, _, last = pages.partition("-")
        pattern = rf"(?<!\d){re.escape(first)}(?:\s*[-–—‐‑]\s*{re.escape(last)})?(?!\d)" if last else None
        _mark_pattern(state, pattern, first, "pages", title_end)
    total = str(expected.get("pagetotal", ""))
    if total:
        _mark_first(state, total, "pages", title_end)
    edition = str(expected.get("edition", ""))
    if edition:
        _mark_first(state, edition, "edition", title_end)


def _mark_first(state: Alignment, value: str, label: str, after: int) -> None:
    """The first free printing of a number or short value (as written: "3(8)" holds 3 and 8)."""
    if re.fullmatch(r"[\w\-/]+", value):
        pattern = rf"(?<![\w]){re.escape(value)}(?![\w])" if not value.isdigit() else rf"(?<!\d){value}(?!\d)"
        span = _first_match(state, pattern, after)
    else:
        span = state.first(value, after=after, whole=True)
    if span is None:
        state.missing.append(label)
    else:
        state.mark(span, label)


def _first_match(state: Alignment, pattern: str, after: int) -> Span | None:
    """The tokens of the first free match of ``pattern`` in the string, preferring one after token ``after``."""
    text = " ".join(state.tokens)
    offsets = [m.start() for m in re.finditer(r"\S+", text)]
    spans: list[Span] = []
    for match in re.finditer(pattern, text, re.IGNORECASE):
        if match.end() == match.start():  # an empty value ("-5": no first page) matches nothing
            continue
        first = max(i for i, start in enumerate(offsets) if start <= match.start())
        last = max(i for i, start in enumerate(offsets) if start < match.end())
        if state.free((first, last)):
            spans.append((first, last))
    return _prefer_after(spans, after)


def _mark_pattern(state: Alignment, pattern: str | None, plain: str, label: str, after: int) -> None:
    """A page range as printed ("158–182", "35 - 51"), else the first page alone."""
    if pattern is None:
        _mark_first(state, plain, label, after)
        return
    span = _first_match(state, pattern, after)
    if span is None:
        state.missing.append(label)
    else:
        state.mark(span, label)


def _context_words(state: Alignment) -> None:
    """Words that introduce or close a field take its label (see the module docstring)."""
    tokens, labels = state.tokens, state.labels
    n = len(tokens)
    changed = True
    while changed:
        changed = False
        for i in range(n):
            if labels[i] is not None:
                continue
            before = labels[i - 1] if i else None
            after = labels[i + 1] if i + 1 < n else None
            label = _context_label(tokens[i], before, after)
            if label:
                labels[i] = label
                changed = True


_NAME_LABELS = ("author", "editor", "translator")


def _context_label(token: str, before: str | None, after: str | None) -> str | None:
    """The label a wrapping word takes from the field before or after it (None: no rule applies)."""
    lower = token.casefold()
    rules = (
        (
            after in (*_NAME_LABELS, "container-title", "journal")
            and re.fullmatch(r"(?:in|dans|en|im):?", lower) is not None,
            after,
        ),
        (after in ("editor", "translator") and _ROLE_BEFORE_RE.match(token) is not None, after),
        (before in _NAME_LABELS and bool(_ROLE_AFTER_RE.match(token) or _NAME_JOIN_RE.match(token)), before),
        (after == "volume" and _VOLUME_WORD_RE.match(token) is not None, "volume"),
        (after == "pages" and _PAGE_WORD_RE.match(token) is not None, "pages"),
        (before == "pages" and lower.rstrip(".,;)") in ("pp", "p", "с"), "pages"),  # an extent: "223 pp."
        (before == "edition" and _EDITION_WORD_RE.match(token) is not None, "edition"),
    )
    return next((label for hit, label in rules if hit), None)


def _leftovers(state: Alignment) -> None:
    """Punctuation joins the token before it (an opening quote or bracket the token after it); runs of other
    words are a genre, a note or a volume count."""
    tokens, labels = state.tokens, state.labels
    i = 0
    while i < len(tokens):
        if labels[i] is not None:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and labels[j + 1] is None:
            j += 1
        run = " ".join(tokens[i : j + 1])
        if not squash(run) and j + 1 < len(tokens) and _OPENING_RE.fullmatch(run):
            label = labels[j + 1]  # an opening quote or bracket on its own goes with what it opens
        elif not squash(run):
            label = labels[i - 1] if i else labels[j + 1] if j + 1 < len(tokens) else "note"
        elif _GENRE_RE.search(run) and not _NOTE_WORDS_RE.match(tokens[i]):
            label = "genre"
        else:
            label = "note"
        state.mark((i, j), label or "note")
        i = j + 1
