"""Guessing a paper's title and authors from its first page, by font size and position.

The title is the first run (at most four lines) of the largest type among the first lines of page 1,
leaving out lines that are running heads, identifiers or dates. The authors are the cells of the
lines right below it in smaller type, up to the first line that is an affiliation, an e-mail
address or the abstract. Metadata titles are used only when they look like titles (not
``Microsoft Word - draft.docx``, not a file name). A guess is a guess: records made from it are
marked for review by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.importers.pdf.clean import clean_page_text, is_cjk
from biblio.importers.pdf.reader import Line

TITLE_ZONE = 30  # lines of page 1 searched for the title
MAX_TITLE_LINES = 4
MAX_AUTHOR_LINES = 3
SIZE_TOLERANCE = 0.6  # points: lines within this of the largest size belong to the title
MIN_TITLE_LETTERS = 4
MAX_NAME_LEN = 60
MAX_NAME_WORDS = 5
_NOT_TITLE = re.compile(
    r"\b(?:doi|issn|isbn|arxiv|vol\.|volume|no\.|pp\.|received|accepted|published|copyright|downloaded|"
    r"https?://|www\.)|©|第\s*\d+\s*[卷期]|\d{4}\s*年|収稿|收稿|网络首发",
    re.IGNORECASE,
)
_STOP_AUTHORS = re.compile(
    r"@|\b(?:abstract|summary|keywords?|introduction|university|institute|department|school|college|academy|"
    r"centre|center|faculty)\b|摘\s*要|关键词|大学|学院|研究所|研究院|研究中心|中心|университет|институт|"
    r"аннотация|ключевые|академи|кафедр|^[（(]",
    re.IGNORECASE,
)
_MARKERS = re.compile(r"[\d*†‡§¶⁎∗¹²³⁴⁵⁶⁷⁸⁹⁰✉]+")
_NAME_SPLIT = re.compile(r"\s*(?:[,;，；、]|\band\b|\bи\b|&|\s{2,})\s*")
_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+\w+\s*-|untitled|document\d*$|unknown$)|\.(?:docx?|pdf|tex|dvi|indd|qxd|rtf|odt)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FirstPageGuess:
    """The guessed title and author strings (one per person, unparsed)."""

    title: str = ""
    authors: tuple[str, ...] = ()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _titleish(line: Line) -> bool:
    return _letters(line.text) >= MIN_TITLE_LETTERS and not _NOT_TITLE.search(line.text)


def join_lines(texts: list[str]) -> str:
    """Lines joined as page text is (hyphenation, CJK without spaces)."""
    return clean_page_text("\n".join(texts))


def guess_first_page(lines: list[Line]) -> FirstPageGuess:
    """Title and authors from page 1's lines (see the module docstring)."""
    zone = lines[:TITLE_ZONE]
    sizes = [line.size for line in zone if _titleish(line)]
    if not sizes:
        return FirstPageGuess()
    top = max(sizes)
    start = next(i for i, line in enumerate(zone) if _titleish(line) and line.size >= top - SIZE_TOLERANCE)
    end = start
    while end < len(zone) and end - start < MAX_TITLE_LINES and zone[end].size >= top - SIZE_TOLERANCE:
        end += 1
    title = join_lines([line.text for line in zone[start:end]])
    return FirstPageGuess(title=title, authors=tuple(_authors(zone[end : end + MAX_AUTHOR_LINES], top)))


def _authors(lines: list[Line], title_size: float) -> list[str]:
    names: list[str] = []
    for line in lines:
        if line.size >= title_size - SIZE_TOLERANCE or _STOP_AUTHORS.search(line.text) or _NOT_TITLE.search(line.text):
            break
        found = [name for cell in (line.cells or (line.text,)) for name in split_names(cell)]
        if not found or not all(_name_like(name) for name in found):
            break  # body text or something else: the names have ended
        names += found
    return names


def _name_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and len(text) <= MAX_NAME_LEN and not text.endswith((":", "："))


def split_names(text: str) -> list[str]:
    """One author string per person from a line of names (superscript markers dropped)."""
    cleaned = _MARKERS.sub(" ", text)
    parts = [p.strip(" .") for p in _NAME_SPLIT.split(cleaned) if p.strip(" .")]
    names: list[str] = []
    for part in parts:
        words = part.split()
        if len(words) > 1 and all(is_cjk(w[0]) and len(w) <= 4 for w in words):  # 张宁 李明: one name per word
            names += words
        else:
            names.append(part)
    return names


def plausible_title(text: str, file_name: str = "") -> bool:
    """True when a metadata title looks like a real title (not a file name or a word processor's default)."""
    value = text.strip()
    if _letters(value) < MIN_TITLE_LETTERS or _JUNK_TITLE.search(value):
        return False
    return not file_name or value.lower() not in (file_name.lower(), file_name.rsplit(".", 1)[0].lower())
