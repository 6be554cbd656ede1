"""Records -> BibLaTeX (UTF-8, for biber) or classic BibTeX (ASCII-safe Latin).

A field whose verbatim LaTeX is kept in ``Record.latex`` (the record came from BibTeX and the field
was not edited) is written exactly as it came in, in its original order; everything else is
generated from the model with all TeX specials escaped. Editors must call :func:`forget_latex`
when they change a slot, so the stale LaTeX is not written. ``Record.extra`` fields are written
back (verbatim LaTeX if kept, else escaped). Links ``translation-of`` become biblatex
``related``/``relatedtype = {translationof}`` when ``key_of`` resolves the target.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from typing import TextIO

from biblio.errors import UsageError
from biblio.export.bibtex_fields import (
    BIBLATEX,
    BIBTEX,
    FIELD_SLOT,
    PLAIN_SLOTS,
    SLOTS,
    Context,
    legacy_date_readable,
    model_date_covers_legacy,
    slot_of_field,
)
from biblio.export.langid import plain_langid
from biblio.export.latex_escape import escape_latex, has_accented_latin
from biblio.export.latex_safety import (
    kept_is_safe,
    name_kept_is_safe,
    unreadable_name_warning,
    unsafe_kept_warning,
    unsafe_name_warning,
    valid_field_name,
)
from biblio.export.verbatim import FILE_UNSAFE as _FILE_UNSAFE
from biblio.export.verbatim import URL_FIELDS, verbatim_field
from biblio.export.verbatim import percent_match as _percent_match
from biblio.keys import path_safe, printable_key
from biblio.model import EntryType, LinkKind, Record
from biblio.model.dates import date_season
from biblio.model.identifiers import bare_doi, bibtex_url_text
from biblio.model.kept_fields import KEPT_FIELDS
from biblio.model.tex import tex_spaces
from biblio.model.types import CSL_TO_TYPE, TYPE_TO_BIBLATEX, TYPE_TO_BIBTEX

KeyOf = Callable[[str], str | None]
_BIBTEX_RENAME = {"journaltitle": "journal", "location": "address", "langid": "language"}
_BIBLATEX_ONLY = frozenset({"date", "entrysubtype", "related", "relatedtype"})
_BIBTEX_TYPES = frozenset(
    "article book booklet conference inbook incollection inproceedings manual mastersthesis misc "
    "phdthesis proceedings techreport unpublished".split()
)
_JABREF_BACKSLASH = re.compile(r"\\([:;\\])?")  # a JabRef file field escape (\: \; \\), or a stray backslash
_VERBATIM_EXTRA = frozenset({"file", "eprint", "pdf", "verba", "verbb", "verbc", "urlraw"})
_NAME_LIST_EXTRA = frozenset(name for name, kept in KEPT_FIELDS.items() if kept.biblatex_names)
# Bookkeeping importers, lookups and merges keep in Record.extra: `biblio show` prints it, exports never do.
INTERNAL_EXTRA = frozenset({
    "rawref", "title_derived", "date_year_inferred", "account_description",
    "authors_et_al", "editors_et_al", "translators_et_al",  # written as "and others" in the name list
    "volume_written",  # the volume as written, for the GB/T styles and profiles (biblio.export.volumes)
})  # fmt: skip
INTERNAL_PREFIXES = ("crossref_", "merged_", "openlibrary_", "doi_")
_LANGUAGE_FIELDS = frozenset({"language", "langid", "origlanguage"})
VERBATIM_KEPT = URL_FIELDS | _VERBATIM_EXTRA | {"doi"}
_MONTH_MACROS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_UNSAFE_KEY = re.compile("[\\s,{}()=\"#%'~\\\\^\x00-\x1f\x7f\u0085\u2028\u2029]")
_UNSAFE_ALIAS = re.compile(r"[\s{}%#\\^~]")
_BRACE = re.compile(r"(?<!\\)[{}]")
_MAKERS = [(slot, make) for slot, (_, make) in SLOTS.items()]

_NAME_SLOTS = frozenset({"authors", "editors", "translators"})  # kept name lists biber splits into names


def format_bibtex(
    records: Iterable[Record],
    dialect: str = BIBLATEX,
    key_of: KeyOf | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    """All ``records`` as one .bib text (``dialect``: ``biblatex`` or ``bibtex``).

    ``warn`` hears of every kept value written otherwise than it came (regenerated from its plain text, or a
    field whose name BibTeX cannot read, left out)."""
    out = io.StringIO()
    write_bibtex(records, out, dialect, key_of, warn)
    return out.getvalue()


def write_bibtex(
    records: Iterable[Record],
    out: TextIO,
    dialect: str = BIBLATEX,
    key_of: KeyOf | None = None,
    warn: Callable[[str], None] | None = None,
) -> int:
    """Stream ``records`` to ``out``, one entry at a time; returns how many were written (``warn``: as above)."""
    if dialect not in (BIBLATEX, BIBTEX):
        raise UsageError(f"unknown BibTeX dialect {dialect!r} (use 'biblatex' or 'bibtex')")
    ctx = Context.of(dialect, key_of, warn)
    count = 0
    for record in records:
        out.write(entry_text(record, ctx))
        count += 1
    return count


def entry_text(record: Record, ctx: Context) -> str:
    """One entry, followed by a blank line."""
    head = f"@{entry_type_name(record, ctx.dialect)}{{{entry_key(record)},\n"
    body = ",\n".join(
        [
            f"  {name} = {{{value}}}" if name != "month" or value not in _MONTH_MACROS else f"  {name} = {value}"
            for name, value in entry_fields(record, ctx).items()
        ]
    )
    return f"{head}{body}\n}}\n\n"


def entry_key(record: Record) -> str:
    """The citation key, with characters that would break the entry replaced by ``_``."""
    key = record.key or record.uid
    return printable_key(_UNSAFE_KEY.sub("_", key)) if _UNSAFE_KEY.search(key) or not key.isprintable() else key


def entry_type_name(record: Record, dialect: str) -> str:
    """``article``, ``thesis``/``phdthesis``, ... for the dialect; an original alias is kept if still true."""
    original = record.latex.get("@type", "")
    if original and _same_type(original, record.type) and (dialect == BIBLATEX or original in _BIBTEX_TYPES):
        return original
    kind, genre, typed = record.type, record.genre, "type" in record.latex
    if kind is EntryType.THESIS:
        if dialect == BIBTEX:
            return "mastersthesis" if _is_masters(genre) else "phdthesis"
        return genre if genre in ("phdthesis", "mastersthesis") and not typed else "thesis"
    if kind is EntryType.REPORT:
        return "techreport" if dialect == BIBTEX or (genre == "techreport" and not typed) else "report"
    return (TYPE_TO_BIBTEX if dialect == BIBTEX else TYPE_TO_BIBLATEX)[kind]


def entry_fields(record: Record, ctx: Context) -> dict[str, str]:
    """The fields of one entry: name -> LaTeX value, in writing order."""
    fields: dict[str, str] = {}
    covered = _add_kept(record, ctx, fields) if record.latex else set()
    _add_generated(record, ctx, fields, covered)
    if record.extra:
        _add_extra(record, ctx, fields)
    if record.links:
        _add_links(record, ctx, fields)
    return fields


def _add_kept(record: Record, ctx: Context, fields: dict[str, str]) -> set[str]:
    """Write the kept LaTeX values (in their original order); returns the slots they cover."""
    covered: set[str] = set()
    extra = record.extra
    biblatex = ctx.dialect == BIBLATEX
    # year/month biber cannot read, whose meaning the parsed date holds: written as date= by _add_generated
    model_date = biblatex and not legacy_date_readable(record.latex) and model_date_covers_legacy(record)
    for name, value in record.latex.items():
        slot = FIELD_SLOT.get(name) or slot_of_field(name)
        if model_date and slot == "date":
            continue
        if not slot and (name not in extra or not valid_field_name(name)):
            continue  # "@type", a field whose extra value was removed, or a name BibTeX cannot read (warned)
        verbatim = name in VERBATIM_KEPT
        if name == "ids":
            continue  # cleaned by _add_extra
        out_name = name if biblatex else _bibtex_name(name, value, record)
        unsafe_name = biblatex and slot in _NAME_SLOTS and not name_kept_is_safe(value)  # biber's reading only
        if not verbatim and (unsafe_name or not kept_is_safe(value)):  # regenerated (biblio.export.latex_safety)
            if ctx.warn is not None:
                warning = unsafe_name_warning if unsafe_name else unsafe_kept_warning
                ctx.warn(warning(record.key or record.uid, name))
            if slot and out_name and _regenerate_as(record, ctx, slot, out_name, fields):
                covered.add(slot)
            continue
        if out_name and out_name not in fields:
            fields[out_name] = _verbatim_kept(name, value, ctx) if verbatim else _kept_text(value, biblatex)
        elif not out_name and slot:
            _generate(record, ctx, slot, fields)  # in place, so the field order stays stable
        if slot:
            covered.add(slot)
    return covered


_ENQUOTE = re.compile(r"\\enquote\*?(?![A-Za-z])")


def _kept_text(value: str, biblatex: bool) -> str:
    """A kept LaTeX value as written, its white space as TeX reads it (one line per paragraph: the source's
    layout, "Woodblock\\n                 Tradition", made ragged exports and biber warn of a "possible runaway
    string" at a wrapped ``word =``); for biber, csquotes' ``\\enquote`` as biblatex's ``\\mkbibquote`` (the same
    quotes, through csquotes when it is loaded, plain curly quotes when not: a document without csquotes stopped
    at \\enquote, "Undefined control sequence"; TeX Live's archaeologie examples)."""
    value = tex_spaces(value)
    return _ENQUOTE.sub(r"\\mkbibquote", value) if biblatex and "\\enquote" in value else value


def _add_generated(record: Record, ctx: Context, fields: dict[str, str], covered: set[str]) -> None:
    """Write every slot not covered by kept LaTeX, generated from the model."""
    ascii_only = ctx.ascii_only
    for slot, make in _MAKERS:
        if slot in covered:
            continue
        value = getattr(record, slot)  # (record.type is always set; its maker decides)
        if not value:
            continue
        if slot in PLAIN_SLOTS:  # the common case, without a call to the maker
            if slot not in fields:
                fields[slot] = escape_latex(value, ascii_only)
            continue
        for name, text in make(record, ctx):
            if text and name not in fields:
                fields[name] = text


def _regenerate_as(record: Record, ctx: Context, slot: str, name: str, fields: dict[str, str]) -> bool:
    """Write a slot generated from the model under the source's field name, if it makes one field.

    A kept ``journal`` regenerated because of a raw ``&`` stays ``journal`` (the default would be
    ``journaltitle``, or ``booktitle`` in a book), so the entry keeps the shape its author gave it.
    """
    made = [(made_name, value) for made_name, value in SLOTS[slot][1](record, ctx) if value]
    if len(made) != 1:
        return False
    fields.setdefault(name, made[0][1])
    return True


def _generate(record: Record, ctx: Context, slot: str, fields: dict[str, str]) -> None:
    if getattr(record, slot):
        for name, value in SLOTS[slot][1](record, ctx):
            if value and name not in fields:
                fields[name] = value


def _bibtex_name(name: str, value: str, record: Record) -> str:
    """The classic BibTeX name to write a kept LaTeX value under, or ``""`` if it cannot be used verbatim."""
    if name in _BIBLATEX_ONLY or has_accented_latin(value):
        return ""
    if name == "institution" and record.type is EntryType.THESIS:
        return "school"
    return _BIBTEX_RENAME.get(name, name)


def _add_extra(record: Record, ctx: Context, fields: dict[str, str]) -> None:
    for name, value in record.extra.items():
        if name in fields or not value or (name == "season" and date_season(record)):  # written in the date
            continue
        if not valid_field_name(name):
            if ctx.warn is not None:
                ctx.warn(unreadable_name_warning(record.key or record.uid, name))
            continue
        if (name in INTERNAL_EXTRA or name.startswith(INTERNAL_PREFIXES)) and name not in record.latex:
            continue
        if name in VERBATIM_KEPT or name.rsplit("-", 1)[0] in URL_FIELDS:  # url-2: a further address of the url
            fields[name] = _verbatim_kept(name, value, ctx)
        elif name == "ids":  # aliases biber reads as keys: only those that are safe tokens
            aliases = [a.strip() for a in value.split(",")]
            safe = [a for a in aliases if a != record.key and _safe_alias(a)]
            if safe:
                fields[name] = ",".join(safe)
        elif name in _LANGUAGE_FIELDS:  # biblatex looks these up by name (\csname): a known language or none
            if langid := plain_langid(value):
                fields[name] = langid
        elif name in _NAME_LIST_EXTRA:  # kept as "A, B; C, D" (biblio.model.kept_fields): a name list
            people = [escape_latex(p.strip(), ctx.ascii_only) for p in value.split(";") if p.strip()]
            fields[name] = " and ".join(people)
        else:
            fields[name] = escape_latex(value, ctx.ascii_only)


def _verbatim_kept(name: str, value: str, ctx: Context) -> str:
    """A verbatim field (url, doi, file, ...) made inert for TeX (:mod:`biblio.export.verbatim`)."""
    if name == "file":  # JabRef's escapes (\: \; \\) stay, any other backslash goes
        unbraced = _FILE_UNSAFE.sub(_percent_match, value.replace("{", "").replace("}", ""))
        return _JABREF_BACKSLASH.sub(lambda m: m.group(0) if m.group(1) else "", unbraced)
    text = bibtex_url_text(value)  # the address, as the importer reads it (grouping braces are not part of it)
    if name == "doi":
        text = bare_doi(text) or text  # "DOI: 10.1/x", "https://doi.org/10.1/x": the DOI alone, as the record has it
    return verbatim_field(name, text, ascii_only=ctx.ascii_only)


def _add_links(record: Record, ctx: Context, fields: dict[str, str]) -> None:
    if ctx.dialect != BIBLATEX or ctx.key_of is None:
        return
    keys = [ctx.key_of(link.target) for link in record.links if link.kind is LinkKind.TRANSLATION_OF]
    found = [k for k in keys if k]
    if found:
        fields["related"] = ",".join(found)
        fields["relatedtype"] = "translationof"


def _safe_alias(alias: str) -> bool:
    return bool(alias) and alias.isprintable() and not _UNSAFE_ALIAS.search(alias) and path_safe(alias)


def _balanced(value: str) -> bool:
    depth = 0
    for match in _BRACE.finditer(value):
        depth += 1 if match.group() == "{" else -1
        if depth < 0:
            return False
    return depth == 0 and not value.endswith("\\")


def _same_type(name: str, kind: EntryType) -> bool:
    parsed = EntryType.parse(name)
    if name in ("phdthesis", "mastersthesis"):
        parsed = EntryType.THESIS
    return parsed is kind or CSL_TO_TYPE.get(name) is kind


def _is_masters(genre: str) -> bool:
    text = genre.lower()
    return any(word in text for word in ("master", "硕士", "магист", "mathesis"))


def forget_latex(record: Record, slot: str) -> None:
    """Drop the kept LaTeX of a model slot or ``extra`` field (call after editing it).

    ``slot`` is a Record attribute (``title``, ``date``, ``type``) or a BibTeX field name kept in
    ``Record.extra``; the parallel-language fields of a slot (``title_en``) go too.
    """
    for name in [n for n in record.latex if n == slot or slot_of_field(n) == slot or (n == "@type" and slot == "type")]:
        del record.latex[name]


__all__ = ["BIBLATEX", "BIBTEX", "entry_text", "forget_latex", "format_bibtex", "write_bibtex"]
