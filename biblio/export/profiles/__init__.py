"""Export profiles: BibTeX/BibLaTeX tuned for one LaTeX tool chain, on top of :mod:`biblio.export.bibtex`.

=============  ==========  =====================================================================
profile        dialect     for
=============  ==========  =====================================================================
gb7714         biblatex    biber + biblatex-gb7714-2015 (``style=gb7714-2015`` / ``gb7714-2015ay``)
gbt7714-bst    bibtex      bibtex + gbt7714 (``gbt7714-numerical`` / ``gbt7714-author-year``)
biblatex       biblatex    biber + standard biblatex styles under babel or polyglossia
bibtex         bibtex      bibtex + plain/natbib styles, ASCII only (pdflatex)
=============  ==========  =====================================================================

Every profile escapes all non-verbatim text, keeps url/doi/eprint verbatim but clean, writes keys
that cannot break an entry, and re-spells escaped braces that do not nest (see ``common``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from biblio.errors import UsageError
from biblio.export.bibtex import entry_fields
from biblio.export.bibtex_fields import BIBLATEX, BIBTEX, Context
from biblio.export.latex_escape import escape_latex
from biblio.export.profiles.common import (
    VERBATIM_FIELDS,
    KeyOf,
    Options,
    balance_escaped,
    is_chinese,
    safe_key,
    verbatim_value,
    without_unsafe_latex,
)
from biblio.export.profiles.typed import finish_types
from biblio.export.profiles.types import profile_type
from biblio.model import LinkKind, Record

PROFILES = ("gb7714", "gbt7714-bst", "biblatex", "bibtex")
DIALECT = {"gb7714": BIBLATEX, "gbt7714-bst": BIBTEX, "biblatex": BIBLATEX, "bibtex": BIBTEX}
# a month macro, alone or followed by a day (plain.bst prints "month year": ``may # "~6,"``)
_MONTH_VALUE = re.compile(r'\A(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?: # "~\d{1,2},")?\Z')


@dataclass
class ProfileExport:
    """The text of an export, the keys written (uid -> key) and warnings about individual records."""

    text: str = ""
    keys: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def export_profile(records: Iterable[Record], profile: str, options: Options | None = None) -> ProfileExport:
    """All ``records`` as one .bib text for ``profile`` (one of :data:`PROFILES`)."""
    if profile not in DIALECT:
        raise UsageError(f"unknown export profile {profile!r} (use one of: {', '.join(PROFILES)})")
    opts = options or Options()
    ctx = Context.of(DIALECT[profile], _key_of(opts))
    result = ProfileExport()
    parts: list[str] = []
    records = list(records)
    used = {opts.pinned[r.uid] for r in records if r.uid in opts.pinned}  # keys already in a file stay
    for record in records:
        pinned = opts.pinned.get(record.uid)
        key = pinned or _unique(safe_key(record.key or record.uid), used)
        safe, warnings = without_unsafe_latex(record)
        result.warnings += warnings
        parts.append(_entry(safe, key, profile, ctx, opts))
        result.keys[record.uid] = key
    result.text = "".join(parts)
    return result


def _entry(record: Record, key: str, profile: str, ctx: Context, opts: Options) -> str:
    prepared = _prepare(record, profile, opts)
    fields = entry_fields(prepared, ctx)
    kind = profile_type(prepared, profile)
    _finish(fields, record, kind, profile, opts)
    head = f"@{kind}{{{key},\n"
    lines = [
        f"  {name} = {value}" if name == "month" and _MONTH_VALUE.match(value) else f"  {name} = {{{value}}}"
        for name, value in fields.items()
    ]
    return head + ",\n".join(lines) + "\n}\n\n"


def _prepare(record: Record, profile: str, opts: Options) -> Record:
    if profile in ("gb7714", "gbt7714-bst"):
        from biblio.export.profiles.gbt import prepare_gbt

        return prepare_gbt(record, opts, bst=profile == "gbt7714-bst")
    if profile == "bibtex":
        from biblio.export.profiles.standard import prepare_ascii

        return prepare_ascii(record)
    return record


def _finish(fields: dict[str, str], record: Record, kind: str, profile: str, opts: Options) -> None:
    chinese = is_chinese(record)
    if chinese:
        for name in ("language", "langid"):
            fields.pop(name, None)
    if DIALECT[profile] == BIBLATEX:
        _add_original(fields, record, opts)
    finish_types(fields, record, kind, profile)
    if DIALECT[profile] == BIBLATEX and not chinese:
        from biblio.export.profiles.standard import finish_biblatex

        finish_biblatex(fields, record)
    elif profile == "gbt7714-bst":
        from biblio.export.profiles.gbt import finish_bst

        finish_bst(fields, record, kind)
    elif profile == "bibtex":
        from biblio.export.profiles.standard import finish_ascii

        finish_ascii(fields, record)
    _make_safe(fields, DIALECT[profile])


def _add_original(fields: dict[str, str], record: Record, opts: Options) -> None:
    """origtitle/origlanguage/origdate from the record this one translates (a ``translation-of`` link)."""
    if opts.record_of is None:
        return
    target_uid = next((link.target for link in record.links if link.kind is LinkKind.TRANSLATION_OF), "")
    original = opts.record_of(target_uid) if target_uid else None
    if original is None:
        return
    from biblio.export.langid import safe_langid

    title = original.title[0].value if original.title else ""
    if title and "origtitle" not in fields:
        fields["origtitle"] = escape_latex(title)
    langid = safe_langid(original.language)
    if langid and "origlanguage" not in fields:
        fields["origlanguage"] = langid
    if original.date and "origdate" not in fields and not record.origdate:
        fields["origdate"] = escape_latex(original.date)


def _make_safe(fields: dict[str, str], dialect: str) -> None:
    """Verbatim fields cleaned; other values with nesting braces; a DOI BibTeX cannot carry moved to url."""
    for name, value in list(fields.items()):
        if name in VERBATIM_FIELDS:
            fields[name] = verbatim_value(name, value, dialect == BIBTEX)
        else:
            fields[name] = balance_escaped(value)
    doi = fields.get("doi", "")
    if dialect == BIBTEX and "%" in doi:
        del fields["doi"]
        fields.setdefault("url", f"https://doi.org/{doi}")
    for name in [n for n, v in fields.items() if not v]:
        del fields[name]


def _key_of(opts: Options) -> KeyOf | None:
    """Link targets resolve to pinned keys first (an auto-exported file never renames an entry)."""
    if opts.key_of is None and not opts.pinned:
        return None
    lookup, pinned = opts.key_of, opts.pinned

    def key_of(uid: str) -> str | None:
        return pinned.get(uid) or (lookup(uid) if lookup else None)

    return key_of


def _unique(key: str, used: set[str]) -> str:
    if key not in used:
        used.add(key)
        return key
    n = 2
    while f"{key}_{n}" in used:
        n += 1
    used.add(f"{key}_{n}")
    return f"{key}_{n}"


__all__ = ["DIALECT", "PROFILES", "Options", "ProfileExport", "export_profile"]
