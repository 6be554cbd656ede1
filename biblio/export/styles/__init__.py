"""Formatted references without LaTeX: GB/T 7714-2015 (numeric) and Chicago author-date.

Records become pybtex entries (:mod:`.entries`), the styles (:mod:`.gbt7714`, :mod:`.chicago`)
build pybtex rich text, and :mod:`.render` turns it into plain text, HTML or Markdown.
pybtex is imported lazily, so importing this package is cheap.

>>> format_citation(record, style="gbt7714")   # doctest: +SKIP
'哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71.'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from biblio.model import LinkKind, Record

STYLES = ("gbt7714", "chicago")
FORMATS = ("text", "html", "markdown")
_CJK_LANGS = ("zh", "ja")

KeyOf = Callable[[str], "str | None"]


def resolve_style(record: Record, style: str = "auto") -> str:
    """``gbt7714`` or ``chicago``; ``auto`` picks GB/T 7714 for Chinese and Japanese records."""
    return list_style([record], style)


def list_style(records: Sequence[Record], style: str = "auto") -> str:
    """The one style of a reference list: ``style``, or for ``auto`` the style of the most frequent
    language among the records (GB/T 7714 for Chinese and Japanese, Chicago for the others).

    A tie between languages goes to GB/T 7714 when Chinese or Japanese is among the tied ones (a
    Chinese paper cites its English and Russian works in GB/T 7714 too), else to Chicago; records
    whose language is unknown do not vote, and a list without any known language is Chicago.
    """
    if style in STYLES:
        return style
    if style != "auto":
        raise ValueError(f"unknown citation style {style!r} (choose from auto, {', '.join(STYLES)})")
    votes = Counter(lang for lang in map(_language, records) if lang)
    if not votes:
        return "chicago"
    most = max(votes.values())
    leaders = [lang for lang, count in votes.items() if count == most]
    return "gbt7714" if any(lang in _CJK_LANGS for lang in leaders) else "chicago"


def _language(record: Record) -> str:
    """The record's base language (``zh``, ``en``, ``ru``); ``zh`` for an untagged Han title; ``""`` if unknown."""
    lang = record.effective_language().lower().split("-")[0]
    if lang and lang != "und":
        return lang
    from biblio.model.script import KANA, detect_script, has_cjk

    title = record.main_title()
    if has_cjk(title):
        return "ja" if detect_script(title) == KANA else "zh"
    return ""


def format_citation(
    record: Record,
    style: str = "auto",
    fmt: str = "text",
    key_of: KeyOf | None = None,
    number: int | None = None,
    *,
    nationality: bool = False,
) -> str:
    """One formatted reference on one line, ``[number] `` in front when a number is given.

    Nationality markers of CJK names are left out unless ``nationality`` (``（英）哈·麦金德``).

    ``key_of`` maps a record uid to its citation key; when given, HTML and Markdown output link a
    translation to the original work it translates (``#KEY`` anchors, as :func:`format_bibliography`
    writes them). Plain text never carries markup.
    """
    from biblio.export.styles.render import render

    rich = _rich(record, resolve_style(record, style), nationality)
    out = render(rich, fmt)
    label = f"[{number}] " if number is not None else ""
    return label + out + _original_link(record, fmt, key_of)


def format_bibliography(
    records: Sequence[Record],
    style: str = "auto",
    fmt: str = "text",
    key_of: KeyOf | None = None,
    *,
    nationality: bool = False,
) -> str:
    """One reference per line, in the given order, all in one style (:func:`list_style`); numbered
    ``[1]``, ``[2]`` in GB/T 7714.

    In HTML each line is a ``<p id="KEY">``, the target of the links ``key_of`` enables.
    """
    chosen = list_style(records, style)
    lines = []
    for i, record in enumerate(records, start=1):
        number = i if chosen == "gbt7714" else None
        line = format_citation(record, chosen, fmt, key_of, number, nationality=nationality)
        lines.append(_anchor(record, fmt, line))
    return "\n".join(lines) + ("\n" if lines else "")


def _rich(record: Record, style: str, nationality: bool) -> Any:
    from biblio.export.styles import chicago, gbt7714
    from biblio.export.styles.entries import to_entry

    entry = to_entry(record, nationality)
    return gbt7714.format_entry(entry) if style == "gbt7714" else chicago.format_entry(entry)


def _anchor(record: Record, fmt: str, line: str) -> str:
    """In HTML, the line as a paragraph whose id is the citation key (whitespace removed)."""
    key = "".join(record.key.split())
    if fmt != "html" or not key:
        return line
    import html

    return f'<p id="{html.escape(key, quote=True)}">{line}</p>'


def _original_link(record: Record, fmt: str, key_of: KeyOf | None) -> str:
    """`` (original: KEY)`` linking to the translated work, for HTML and Markdown."""
    if key_of is None or fmt == "text":
        return ""
    keys = [key_of(link.target) for link in record.links if link.kind == LinkKind.TRANSLATION_OF]
    found = ["".join(k.split()) for k in keys if k and k.strip()]
    if not found:
        return ""
    if fmt == "html":
        import html

        key = html.escape(found[0], quote=True)
        return f' (original: <a href="#{key}">{key}</a>)'
    from biblio.export.styles.render import MarkdownBackend

    key = MarkdownBackend().format_str(found[0])
    return f" (original: [{key}](#{found[0]}))" if _plain_key(found[0]) else f" (original: {key})"


def _plain_key(key: str) -> bool:
    return all(c.isalnum() or c in "-_:." for c in key)


__all__ = ["FORMATS", "STYLES", "format_bibliography", "format_citation", "list_style", "resolve_style"]
