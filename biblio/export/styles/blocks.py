"""Joining the blocks of a reference into pybtex rich text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from biblio.export.styles.entries import field_of
from biblio.export.styles.text import tidy

Block = Any  # str or pybtex rich text
_ENDS_SENTENCE = (".", "?", "!", "。", "？", "！", ".”", "?”", "!”")


def is_empty(block: Block) -> bool:
    """True for ``None``, ``""`` and rich text without visible characters."""
    return block is None or not str(block).strip()


def join_blocks(blocks: Sequence[Block], sep: str = ". ", end: str = ".") -> Any:
    """Non-empty blocks joined by ``sep`` and closed by ``end``; no period after one that has it."""
    from pybtex.richtext import Text

    kept = [b for b in blocks if not is_empty(b)]
    parts: list[Block] = []
    for i, block in enumerate(kept):
        last = i == len(kept) - 1
        parts.append(block)
        if str(block).rstrip().endswith(_ENDS_SENTENCE):
            parts.append("" if last else " ")
        else:
            parts.append(end if last else sep)
    return Text(*parts)


def join_nonempty(sep: str, *parts: Block) -> Any:
    """Rich text of the non-empty parts joined by ``sep``."""
    from pybtex.richtext import Text

    kept = [p for p in parts if not is_empty(p)]
    return Text(sep).join(kept) if kept else Text()


def text(*parts: Block) -> Any:
    """Rich text concatenating ``parts``."""
    from pybtex.richtext import Text

    return Text(*parts)


def emph(value: Block) -> Any:
    """Italics (``<em>`` in HTML, ``*...*`` in Markdown, nothing in plain text)."""
    from pybtex.richtext import Tag

    return Tag("em", value) if not is_empty(value) else ""


def link(url: str, label: str = "") -> Any:
    """A hyperlink showing ``label`` (default: the URL)."""
    from pybtex.richtext import HRef

    return HRef(url, label or url) if url else ""


def doi_url(entry: Any) -> str:
    """``https://doi.org/<doi>`` or ``""``."""
    doi = tidy(field_of(entry, "doi"))
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix) :]
    return f"https://doi.org/{doi}" if doi else ""


def bare_doi(entry: Any) -> str:
    """The DOI without resolver prefix."""
    url = doi_url(entry)
    return url[len("https://doi.org/") :] if url else ""
