"""Raw page text from a PDF library -> searchable text: lines joined the way the script wants.

- A word hyphenated across a line end is joined (``Gov-`` + ``ernments`` -> ``Governments``) in
  alphabetic scripts (Latin, Cyrillic, Greek) when the next line goes on in lower case; an upper-case
  continuation keeps its hyphen (``Sino-`` + ``Soviet`` -> ``Sino-Soviet``). PDFium reports a hyphen
  it knows to be a line-end break as U+FFFE, and TeX may write U+00AD: both are removed.
- Lines ending and starting in CJK (Han, kana, hangul, CJK and full-width punctuation) are joined
  without a space; other lines with one space.
- A blank line (a paragraph break, as pdfminer writes them) stays one newline.
- Ligature characters (U+FB00-FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) are decomposed by NFKC; NFKC is applied to those
  alone, never to the whole text (it would turn full-width Chinese punctuation into ASCII).
- Control characters other than newline and tab are dropped.

One pass over the text: linear in its length.
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = re.compile("[\ufb00-\ufb06]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SOFT_BREAK = re.compile("[\ufffe\u00ad][ \t]*(?:\r\n|\r|\n)?[ \t]*")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_HYPHENS = "-\u2010"


def is_cjk(ch: str) -> bool:
    """True for Han, kana, hangul, bopomofo and CJK or full-width punctuation."""
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation, kana, bopomofo, Han
        or 0xAC00 <= code <= 0xD7AF  # hangul
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x2FA1F  # Han extensions
    )


def _alphabetic(ch: str) -> bool:
    return ch.isalpha() and not is_cjk(ch)


def _join(parts: list[str], line: str) -> None:
    """Append a stripped, non-empty line to a paragraph's parts (the last part ends the previous line)."""
    left = parts[-1]
    last, first = left[-1], line[0]
    if last in _HYPHENS and len(left) > 1 and _alphabetic(left[-2]) and _alphabetic(first):
        if first.islower():
            parts[-1] = left[:-1]
        parts.append(line)
    elif is_cjk(last) and is_cjk(first):
        parts.append(line)
    else:
        parts.extend((" ", line))


def clean_page_text(raw: str) -> str:
    """Searchable text of one page (see the module docstring)."""
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), raw)
    text = _SOFT_BREAK.sub("", text)
    text = _CONTROLS.sub("", text)
    paragraphs: list[str] = []
    parts: list[str] = []
    for raw_line in _NEWLINES.split(text):
        words = raw_line.split()
        if not words:
            if parts:
                paragraphs.append("".join(parts))
                parts = []
            continue
        line = " ".join(words)
        if parts:
            _join(parts, line)
        else:
            parts.append(line)
    if parts:
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)
