"""Record -> the field values of one index document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from biblio.model import LangText, Name, Record
from biblio.search.analyzers import CJK_RE, name_key, split_text
from biblio.search.fold import fold_text

SNIPPET_SOURCE_CHARS = 2000  # text a snippet is cut from (abstract, else full text, else note), read from the store
_SEP = " \u2029 "  # paragraph separator between values: no phrase is meant to cross it


def _texts(values: Iterable[LangText]) -> list[str]:
    return [v.value for v in values if v.value]


def _join(parts: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for part in parts:
        if part.strip():
            seen.setdefault(part.strip(), None)
    return _SEP.join(seen)


def _romanizer() -> Callable[[Name], str]:
    """biblio.names.romanize.romanize_name as ``Name -> str`` ("Zhang Ning", "Shan Tianfang").

    Imported here, not at module top, so that importing this module stays light; a broken
    ``biblio.names`` raises (indexing names without their pinyin would silently lose matches).
    """
    from biblio.names.romanize import romanize_name

    def romanize(name: Name) -> str:
        return romanize_name(name).romanized

    return romanize


def name_strings(name: Name, romanize: Callable[[Name], str]) -> list[str]:
    """Every distinct form of a name worth matching: display, written, parts, original, romanized.

    A form whose tokens (bigrams, name keys) all occur in the forms before it is left out: fewer
    postings, and a name's score does not grow with the number of ways it was recorded.
    """
    display = name.display()
    parts = [p for p in (name.family, name.given) if p not in display]  # 张 and 宁 are inside 张宁
    forms = [display, name.written, name.literal, *parts, name.original, name.romanized]
    if CJK_RE.search(display):  # Cyrillic meets Latin through the name-key analyzer instead
        try:
            forms += romanize(name).split(_SEP)
        except Exception:  # a romanizer bug must not stop indexing
            pass
    kept: list[str] = []
    seen: set[str] = set()
    for form in forms:
        tokens = {raw if CJK_RE.match(raw) else name_key(raw) for raw, _, _ in split_text(form)}
        if not tokens <= seen:
            kept.append(form.strip())
            seen |= tokens
    return kept


def snippet_source(record: Record) -> str:
    """The text a search snippet is cut from: the abstract, else the full text, else a note (whitespace collapsed).

    Not stored in the index (it was a fifth of the index at 100k records): the library reads it
    from the store for the hits it shows.
    """
    source = record.abstract[0].value if record.abstract else record.fulltext or record.note or record.user_note
    return " ".join(source[: SNIPPET_SOURCE_CHARS + 50].split())[:SNIPPET_SOURCE_CHARS]


def _other(record: Record) -> str:
    parts = [record.publisher, record.place, record.series, record.institution, record.genre, record.note]
    parts += [record.user_note, record.doi, record.isbn, record.issn, record.url, *record.tags]
    parts += [f.text or f"{f.funder} {f.project} {f.grant}" for f in record.funding]
    return _join(parts)


def record_document(
    record: Record,
    romanize: Callable[[Name], str],
    person_names: Callable[[Record], list[str]] | None = None,
    file_texts: Callable[[Record], str] | None = None,
) -> dict[str, Any]:
    """The Whoosh document for ``record`` (field name -> value).

    ``person_names`` gives every other known form of the record's persons (the authority's variants,
    :func:`biblio.authority.variant_lookup`): 布热津斯基 is then also found as Brzezinski and Бжезинский.
    ``file_texts`` gives the text of its attached files (PDF pages), indexed in the ``fulltext`` field
    after the kept body of a web article.
    """
    people = [*record.authors, *record.editors, *record.translators]
    forms_of = romanize.forms if isinstance(romanize, NameForms) else lambda name: name_strings(name, romanize)
    forms = [form for name in people for form in forms_of(name)]
    author = _join([*forms, *(person_names(record) if person_names else ())])
    titles = _join(_texts(record.title) + _texts(record.subtitle))
    keywords = _join(_texts(record.keywords))
    journal = _join(_texts(record.container))
    year = record.year
    doc: dict[str, Any] = {
        "uid": record.uid,
        "key": fold_text(record.key),
        "title": titles,
        "author": author,
        "keyword": keywords,
        "journal": journal,
        "abstract": _join(_texts(record.abstract)),
        "other": _other(record),
        "fulltext": _join([record.fulltext, file_texts(record) if file_texts else ""]),
        "spell": CJK_RE.sub(" ", _join([titles, keywords, journal, *(n.display() for n in people)])),
        "year": f"{year:04d}" if year is not None and year >= 0 else "",
        "type": record.type.value,
        "lang": record.language.split("-")[0].lower(),
        "doi": fold_text(record.doi),
        "tag": ",".join(fold_text(t).replace(",", " ") for t in record.tags),
        "s_key": record.key,
        "s_title": record.main_title(),
        "s_alt": " / ".join(t for t in _texts(record.title) + _texts(record.subtitle) if t != record.main_title()),
        "s_authors": [n.display() for n in (record.authors or record.editors)],
        "s_year": year,
    }
    return {k: v for k, v in doc.items() if v not in ("", None, [])}


class NameForms:
    """Romanized names and the indexed forms of names for one indexing run, memoized per name.

    Callable like a romanizer (``Name -> str``). Names repeat across a library (the same authors,
    translators, editors), and romanization (pypinyin) and the form dedup are most of the cost of
    turning a record into a document.
    """

    def __init__(self, romanize: Callable[[Name], str]) -> None:
        self._romanize = romanize
        self._romanized: dict[Name, str] = {}
        self._forms: dict[Name, list[str]] = {}

    def __call__(self, name: Name) -> str:
        """The romanized form of ``name``."""
        found = self._romanized.get(name)
        if found is None:
            found = self._romanized[name] = self._romanize(name)
        return found

    def forms(self, name: Name) -> list[str]:
        """:func:`name_strings` of ``name``."""
        found = self._forms.get(name)
        if found is None:
            found = self._forms[name] = name_strings(name, self)
        return found


def make_romanizer() -> NameForms:
    """The romanizer for one indexing run: resolved once, imported lazily, memoized per name."""
    return NameForms(_romanizer())
