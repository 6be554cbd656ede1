"""What every export profile shares: options, safety of kept LaTeX and verbatim fields, brace balance.

BibTeX and biber count every brace of a field value, escaped or not: ``\\{`` alone unbalances the
entry (bibtex swallows the rest of the file, biber skips the entry). So a value whose braces do not
nest is rewritten with ``\\textbraceleft{}``/``\\textbraceright{}``. Values kept verbatim from a BibTeX
import are trusted markup, except commands that read, write or run things, or loop.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from biblio.export.latex_safety import (
    brace_balanced,
    kept_is_safe,
    unreadable_name_warning,
    unsafe_kept_warning,
    valid_field_name,
)
from biblio.export.verbatim import verbatim_field
from biblio.keys import printable_key
from biblio.model import Record
from biblio.model.script import HAN, KANA, detect_script, has_cjk

RecordOf = Callable[[str], Record | None]
KeyOf = Callable[[str], str | None]
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "pdf", "urlraw", "verba", "verbb", "verbc"})
# biber stops at NUL and quotes, LaTeX at braces, % # ~ \\ and spaces, TeX reads ^^5c as a backslash
_UNSAFE_KEY = re.compile("[\\s,{}()=\"#%'~\\\\@^\x00-\x1f\x7f\u0085\u2028\u2029]")
_ESCAPED_BRACE = re.compile(r"\\([{}])")
_LOOSE = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}


@dataclass(frozen=True)
class Options:
    """How one profile export is written.

    ``nationality``: put nationality markers and original-script names into GB/T author fields.
    ``key_of`` resolves link targets (uids) to citation keys, ``record_of`` to records (for origtitle).
    ``pinned``: uid -> key already written to an auto-exported file (keys there never change).
    """

    nationality: bool = False
    key_of: KeyOf | None = None
    record_of: RecordOf | None = None
    pinned: dict[str, str] = field(default_factory=dict)


def is_chinese(record: Record) -> bool:
    """A Chinese-language record (stated, else Han without kana in its title, else a Han first author)."""
    lang = record.language.lower()
    if lang:
        return lang.startswith("zh")
    title = record.title[0].value if record.title else ""
    if title:
        return has_cjk(title) and detect_script(title) != KANA
    first = record.first_author()
    return first is not None and first.script == HAN


def unsafe_kept_fields(record: Record) -> list[str]:
    """Fields of kept BibTeX LaTeX that may not be written verbatim (dangerous commands, bad braces)."""
    return [
        name
        for name, value in record.latex.items()
        if name != "@type" and name not in VERBATIM_FIELDS and not kept_is_safe(value)  # verbatim: made inert later
    ]


def without_unsafe_latex(record: Record) -> tuple[Record, list[str]]:
    """The record without kept LaTeX that is unsafe (it is then generated from the plain value), and warnings
    (those, and fields whose names BibTeX cannot read, which no export writes)."""
    bad = unsafe_kept_fields(record)
    who = record.key or record.uid
    warnings = [unsafe_kept_warning(who, name) for name in bad]
    warnings += [
        unreadable_name_warning(who, n) for n, value in record.extra.items() if value and not valid_field_name(n)
    ]
    if not bad:
        return record, warnings
    latex = {k: v for k, v in record.latex.items() if k not in bad}
    return dataclasses.replace(record, latex=latex), warnings


def balance_escaped(value: str) -> str:
    """``value`` with escaped braces spelled as commands when its braces do not nest."""
    if brace_balanced(value):
        return value
    return _ESCAPED_BRACE.sub(lambda m: _LOOSE[m.group(1)], value)


def verbatim_value(name: str, value: str, ascii_only: bool) -> str:
    """A url/doi/eprint/file value made inert for TeX (:mod:`biblio.export.verbatim`)."""
    return verbatim_field(name, value, ascii_only=ascii_only)


def safe_key(key: str) -> str:
    """A citation key without characters that break BibTeX, biber or LaTeX (``( ) , # % { }``, spaces, ...)."""
    return printable_key(_UNSAFE_KEY.sub("_", key)) or "_"


def put_after(fields: dict[str, str], anchor: str, name: str, value: str) -> None:
    """Set ``fields[name]`` right after ``anchor`` (or at the end), keeping the field order readable."""
    items = [(k, v) for k, v in fields.items() if k != name]
    at = next((i + 1 for i, (k, _) in enumerate(items) if k == anchor), len(items))
    items.insert(at, (name, value))
    fields.clear()
    fields.update(items)
