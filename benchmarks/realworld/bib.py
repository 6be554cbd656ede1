"""BibTeX written by others (Better BibTeX's import cases, JabRef's test files) and Better BibTeX's CSL-JSON:
``biblio add`` -> ``biblio export --format biblatex`` (or ``csl-json``) keeps every value.

What "identical" means (docs/benchmarks.md repeats it): both the original file and biblio's export are
split by bibtexparser v2's Splitter; ``@string`` macros and ``#`` concatenations are resolved by a small
resolver here (independent of biblio's); each field value is LaTeX-decoded by the decoder of
bibtexparser's ``LatexDecodingMiddleware`` (pylatexenc, taught the text commands ``\\textbraceleft``/
``\\textbraceright`` it lacks), Unicode NFC, whitespace runs collapsed to one space and the ends
stripped (BibTeX itself does both). Field names compare case-insensitively; a month compares as its
number (``jan``, ``January``, ``1``: BibTeX's month macros). A field repeated in one entry (BibTeX reads
only the first) is expected back with its later value under ``<name>-2``, biblio's place for it (a peer
that drops it loses the value). Nothing else is normalised: a value in
another field, another case, another spelling or another entry is a difference. Entries are matched by
key; a key biblio had to change (characters LaTeX cannot take, or a duplicate key given a suffix) is
matched through that change and listed; entries without a key are matched in file order.

Every difference gets a reason from the rules in :func:`reason` (duplicate fields BibTeX ignores,
entries BibTeX cannot read…); one without a rule is "unexplained" and fails the target.

The peer in the same run: bibtexparser v2's own ``parse_string`` -> ``write_string`` of the same files,
compared the same way. CSL-JSON (csl-bbt): every variable of every item compared as JSON after
add -> export csl-json.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from realworld import Section

_MONTHS = {m: str(i + 1) for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
TIME_LIMIT = 2.0  # seconds per file (the target)


@dataclass(slots=True)
class Entry:
    """One entry as the reference reads it: key, type, decoded field values, and what the reading met."""

    key: str
    type: str
    fields: dict[str, str]
    line: int
    duplicate_fields: dict[str, str] = field(default_factory=dict)  # later values of repeated fields
    raw: dict[str, str] = field(default_factory=dict)  # first values before decoding (macros resolved)


@dataclass(slots=True)
class Difference:
    """One original value not found identical in the round trip."""

    file: str
    key: str
    field: str
    original: str
    got: str
    reason: str = ""


@dataclass(slots=True)
class Tally:
    """Values identical / total, and the differences."""

    total: int = 0
    identical: int = 0
    differences: list[Difference] = field(default_factory=list)
    renamed_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (file, original, exported)

    def add(self, other: Tally) -> None:
        """Add another file's tally."""
        self.total += other.total
        self.identical += other.identical
        self.differences += other.differences
        self.renamed_keys += other.renamed_keys


# ---- the reference reading ----------------------------------------------------------------------


@cache
def _decoder() -> Any:
    from bibtexparser.middlewares import LatexDecodingMiddleware
    from pylatexenc.latex2text import MacroTextSpec

    decoder = LatexDecodingMiddleware()._decoder
    decoder.latex_context.add_context_category(
        "biblio-bench",
        prepend=True,
        macros=[
            MacroTextSpec("textbraceleft", simplify_repl="{"),
            MacroTextSpec("textbraceright", simplify_repl="}"),
            MacroTextSpec("textasciicircum", simplify_repl="^"),  # pylatexenc: U+02C6; LaTeX prints the ASCII ^
            MacroTextSpec("textasciitilde", simplify_repl="~"),
        ],
    )
    return decoder


_BARE_SPECIAL = re.compile(r"(?<!\\)([&#])")
_NAME_FIELDS = frozenset({"author", "editor", "translator", "editora", "editorb", "editorc", "bookauthor"})
# fields biber reads verbatim (no LaTeX decoding): compared as written
VERBATIM = frozenset({"url", "doi", "eprint", "file", "pdf", "urlraw", "verba", "verbb", "verbc"})


def normalise(name: str, value: str) -> str:
    """A field value as compared: LaTeX decoded, NFC, whitespace collapsed; months as numbers.

    A bare ``&`` or ``#`` (no TeX meaning inside a field value) is read as the character, as BibTeX-aware
    tools show it; pylatexenc alone would drop a bare ``&``. Verbatim fields (url, doi, ...) are not decoded:
    biber does not decode them either.
    """
    if name in VERBATIM:
        return " ".join(value.split())
    try:
        text = _decoder().latex_to_text(_BARE_SPECIAL.sub(r"\\\1", value))
    except Exception:  # pylatexenc gives up on some broken input: compare the raw text then
        text = value
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if name == "month":
        lowered = text.lower().rstrip(".")
        text = str(int(lowered)) if lowered.isdigit() else _MONTHS.get(lowered[:3], text)
    return text


def _concat_parts(text: str) -> Iterator[str]:
    depth, quoted, start = 0, False, 0
    for index, ch in enumerate(text):
        if ch in "{}" and index and text[index - 1] == "\\":
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            yield text[start:index]
            start = index + 1
    yield text[start:]


def resolve(raw: str, macros: dict[str, str]) -> str:
    """A raw field value with its delimiters removed, ``#`` parts joined and macros expanded."""
    out = []
    for part in _concat_parts(raw):
        text = part.strip()
        if len(text) >= 2 and (text[0], text[-1]) in (("{", "}"), ('"', '"')):
            out.append(text[1:-1])
        elif text.isdigit():
            out.append(text)
        else:
            out.append(macros.get(text.lower(), text))
    return "".join(out)


def read_entries(text: str) -> tuple[list[Entry], list[int]]:
    """The entries of a .bib text as the reference reads them, and the lines of blocks it could not read."""
    from bibtexparser import model
    from bibtexparser.splitter import Splitter

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    macros: dict[str, str] = {}
    entries, failed = [], []
    for block in Splitter(text).split().blocks:
        if isinstance(block, model.String):
            macros[block.key.lower()] = resolve(block.value, macros)
            continue
        duplicate = isinstance(block, (model.DuplicateFieldKeyBlock, model.DuplicateBlockKeyBlock))
        entry = block.ignore_error_block if isinstance(block, model.ParsingFailedBlock) and duplicate else block
        if type(block) is model.ParsingFailedBlock:  # not its subclasses: a duplicate still has its entry
            failed.append(int(block.start_line or 0) + 1)
        if not isinstance(entry, model.Entry):
            continue
        fields: dict[str, str] = {}
        later: dict[str, str] = {}
        raw: dict[str, str] = {}
        for item in entry.fields:
            name = item.key.lower()
            resolved = resolve(item.value, macros)
            value = normalise(name, resolved)
            if name in fields:
                later.setdefault(name, value)
            else:
                fields[name] = value
                raw[name] = resolved
        line = int(entry.start_line or 0) + 1
        entries.append(Entry(entry.key, entry.entry_type.lower(), fields, line, later, raw))
    return entries, failed


# ---- comparing ------------------------------------------------------------------------------------


def _match(original: list[Entry], exported: list[Entry]) -> list[Entry | None]:
    """The exported entry for each original one (by key, through biblio's key changes; keyless by order)."""
    by_key: dict[str, list[int]] = {}
    for position, entry in enumerate(exported):
        by_key.setdefault(entry.key, []).append(position)
        for alias in entry.fields.get("ids", "").split(","):  # a key biblio changed, kept as an alias
            if alias.strip() and alias.strip() != entry.key:
                by_key.setdefault(alias.strip(), []).append(position)
    used: set[int] = set()
    found: list[Entry | None] = []
    last = -1
    for entry in original:
        index = _find(entry.key, by_key, used, last, len(exported))
        if index is None and entry.key and (reused := by_key.get(entry.key)):
            index = reused[0]  # a duplicate stored once (the same values twice)
        if index is not None:
            used.add(index)
            last = index
        found.append(exported[index] if index is not None else None)
    return found


def _find(key: str, by_key: dict[str, list[int]], used: set[int], last: int, size: int) -> int | None:
    if not key:
        return next((i for i in range(last + 1, size) if i not in used), None)
    for index in by_key.get(key, []):
        if index not in used:
            return index
    for exported_key, indexes in by_key.items():  # a suffixed duplicate: keya, keyb, ...
        suffix = exported_key[len(key) :]
        if exported_key.startswith(key) and suffix.isalpha() and suffix.islower() and len(suffix) <= 2:
            free = [i for i in indexes if i not in used]
            if free:
                return free[0]
    return None


def compare(name: str, original: list[Entry], exported: list[Entry]) -> Tally:
    """Every original field value, identical or a :class:`Difference` with its reason."""
    tally = Tally()
    for entry, got in zip(original, _match(original, exported), strict=True):
        if got is not None and entry.key and got.key != entry.key:
            tally.renamed_keys.append((name, entry.key, got.key))
        values = list(entry.fields.items()) + [(f"{k}-2", v) for k, v in entry.duplicate_fields.items()]
        for field_name, value in values:
            tally.total += 1
            have = got.fields.get(field_name, "<missing>") if got is not None else "<no entry>"
            if have == value:
                tally.identical += 1
            else:
                diff = Difference(name, entry.key, field_name, value, have)
                diff.reason = reason(diff, entry, got)
                tally.differences.append(diff)
    return tally


def reason(diff: Difference, entry: Entry, got: Entry | None) -> str:
    """Why a value differs, if a documented rule explains it; ``""`` (unexplained) otherwise.

    Each rule checks the values, not only the field: a rule that matched any difference would explain
    nothing. docs/benchmarks.md lists the rules with their counts.
    """
    raw = entry.raw.get(diff.field, "")
    for rule in _RULES:
        why = rule(diff, entry, got, raw)
        if why:
            return why
    return ""


def _same_names(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if diff.field in _NAME_FIELDS and got is not None and _names(diff.original) == _names(diff.got):
        return (
            "the same names written in another form (Last, First): the source's braces do not balance as"
            " BibTeX counts them, so the field was regenerated from the parsed names"
        )
    return ""


_TEXT_AFTER_PERCENT = re.compile(r"(?<!\\)%[ \t]*[^ \t\r\n]")


def _raw_percent(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if diff.field not in VERBATIM and _TEXT_AFTER_PERCENT.search(raw) and "%" in diff.got:
        return (
            "a raw % followed by text (a database's unescaped percent sign) starts a LaTeX comment, so the reference"
            " reading drops the rest of the line: biblio keeps the text and writes \\%, with a warning at export"
        )
    return ""


def _url_canonical(value: str) -> str:
    """A .bib URL as BibTeX means it: grouping braces (escaped or not) out, ``\\~`` as ``~``."""
    return " ".join(re.sub(r"\\?[{}]", "", value).replace("\\~", "~").split())


def _percent_encoded(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    from urllib.parse import unquote

    if diff.field in VERBATIM and got is not None and unquote(_url_canonical(diff.original)) == unquote(diff.got):
        return (
            "the same address: BibTeX grouping braces and \\~ read as BibTeX means them, and characters a URL cannot"
            " hold literally or TeX would act on (space, braces, ^, \\) percent-encoded (issue 16)"
        )
    return ""


def _several_urls(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    from biblio.model.identifiers import split_urls

    urls = split_urls(_url_canonical(diff.original)) if diff.field == "url" else []
    if len(urls) > 1 and got is not None and diff.got == urls[0]:
        return (
            "several addresses in one url field: the first is the url, the others url-2, url-3 (one link each;"
            " the whole value made one broken link)"
        )
    return ""


_DOI_PREFIX = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.I)


def _bare_doi(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if diff.field == "doi" and _DOI_PREFIX.sub("", _url_canonical(diff.original), count=1) == diff.got:
        return (
            "the DOI alone: a doi: or doi.org prefix dropped (biblatex prints the field after its own"
            " https://doi.org/, so a prefixed value made a broken link)"
        )
    return ""


_ALIASES = {"journal": "journaltitle", "school": "institution", "address": "location", "annote": "annotation"}


def _biblatex_name(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    alias = _ALIASES.get(diff.field, "")
    if got is not None and diff.got == "<missing>" and alias and got.fields.get(alias) == diff.original:
        return f"written as {alias}, biblatex's name for {diff.field} (biber reads {diff.field} as its alias)"
    return ""


def _own_key_alias(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if diff.field != "ids" or got is None:
        return ""
    original = {k.strip() for k in diff.original.split(",")} - {entry.key, got.key, ""}
    exported = {k.strip() for k in got.fields.get("ids", "").split(",")} - {entry.key, got.key, ""}
    if original == exported:
        return "the entry's own key dropped from its ids (biber refuses an entry that is its own alias)"
    return ""


def _keyword_list(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    def items(value: str) -> list[str]:
        return [k.strip() for k in re.split(r"[,;]", value) if k.strip()]

    if diff.field == "keywords" and diff.got != "<missing>" and items(diff.original) == items(diff.got):
        return "the same keywords, written with biblatex's separator ', '"
    return ""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _control_characters(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if _CONTROL.search(diff.original) and normalise(diff.field, _CONTROL.sub(" ", raw)) == diff.got:
        return "a control character (not text; NUL stops biber) written as a space, with a warning at export"
    return ""


def _regenerated(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    from biblio.export.latex_safety import kept_is_safe
    from biblio.importers.bibtex.latex_decode import decode_latex

    if diff.field in VERBATIM or kept_is_safe(raw) or got is None:
        return ""
    if " ".join(decode_latex(raw).split()) == diff.got:
        return (
            "LaTeX outside issue 16's whitelist (an unknown command, odd $, raw & or #): written as biblio's reading"
            " of its text, escaped, with a warning at export; the reference's reading of the raw LaTeX differs"
        )
    return ""


def _unreadable_name(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if diff.got == "<missing>" and not re.fullmatch(r"[a-z0-9_:+./-]+(-2)?", diff.field):
        return "a field name BibTeX cannot read (a line commented out with % inside the entry): not exported"
    return ""


def _legacy_date(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    from biblio.model.dates import edtf_season, season_in, year_date

    if diff.field not in ("year", "month", "day") or diff.got != "<missing>" or got is None or "date" not in got.fields:
        return ""
    # as written (the comparison's month is the number of its first three letters: "September/October" -> 9)
    year, month, day = (
        re.sub(r"[{}]", "", entry.raw.get(name, "")).replace("~", " ") for name in ("year", "month", "day")
    )
    date, used = year_date(year, month, day)
    if used == 1 and month and not day and (season := season_in(month)):  # month = {summer}: EDTF 1990-22
        date, used = edtf_season(date, season), 2
    if date and got.fields["date"] == date and used == 1 + bool(month) + bool(day):
        return (
            "a year or month biber cannot read (a month range, a day, a month name, a season, a year range: biber"
            " warns and prints part of it) written as biblatex's date, which holds all of it"
        )
    return ""


def _empty(diff: Difference, entry: Entry, got: Entry | None, raw: str) -> str:
    if diff.original == "" and diff.got == "<missing>":
        return "an empty value: nothing to write"
    return ""


_RULES = (
    _same_names,
    _percent_encoded,
    _several_urls,
    _bare_doi,
    _raw_percent,
    _biblatex_name,
    _own_key_alias,
    _keyword_list,
    _control_characters,
    _regenerated,
    _unreadable_name,
    _legacy_date,
    _empty,
)


def _names(value: str) -> list[tuple[str, str]]:
    """A decoded name list as (given, family) pairs: "First Last" and "Last, First" alike (braces ignored)."""
    pairs = []
    for name in re.split(r"\s+and\s+", value):
        if "," in name:
            family, given = name.split(",", 1)
        else:
            given, _, family = name.strip().rpartition(" ")
        pairs.append((given.strip(), family.strip()))
    return pairs


# ---- biblio and the peer --------------------------------------------------------------------------


def biblio_roundtrip(path: Path) -> tuple[str, float, float, list[str]]:
    """biblio add (into a fresh library) -> export biblatex: the text, wall and CPU seconds of the add, warnings."""
    from biblio.config import Config
    from biblio.export.bibtex import format_bibtex
    from biblio.library import Library

    with tempfile.TemporaryDirectory() as folder, Library(Config(library=Path(folder))) as library:
        wall, cpu = time.perf_counter(), time.process_time()
        report = library.add_file(path)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        text = format_bibtex(library.records(), "biblatex", library.key_of)
    return text, wall, cpu, report.warnings + report.problems


def bibtexparser_roundtrip(text: str) -> tuple[str, float]:
    """bibtexparser v2's parse_string -> write_string, and the parse time."""
    import bibtexparser

    start = time.perf_counter()
    library = bibtexparser.parse_string(text)
    elapsed = time.perf_counter() - start
    return bibtexparser.write_string(library), elapsed


def cold_add_seconds(path: Path) -> float:
    """The add of ``path`` in a fresh process (one-off imports included, interpreter start-up excluded)."""
    script = (
        "import sys,time,tempfile;from pathlib import Path;from biblio.config import Config;"
        "from biblio.library import Library\n"
        "with tempfile.TemporaryDirectory() as d, Library(Config(library=Path(d))) as lib:\n"
        " t=time.perf_counter();lib.add_file(Path(sys.argv[1]));print(time.perf_counter()-t)"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


# ---- the section ----------------------------------------------------------------------------------


@dataclass(slots=True)
class FileResult:
    """One .bib file's results."""

    name: str
    entries: int
    ours: Tally
    peer: Tally
    wall: float
    cpu: float
    peer_parse: float


def bib_files(data: Path, quick: bool) -> list[Path]:
    """bbt-import and jabref .bib files (a sample with ``quick``)."""
    files = sorted((data / "bib" / "bbt-import").glob("*.bib")) + sorted((data / "bib" / "jabref").glob("*.bib"))
    return files[::7] if quick else files


def measure_file(path: Path) -> FileResult:
    """Round-trip one file through biblio and through bibtexparser, compared against the reference reading."""
    from biblio.importers.decode import decode_bytes

    text = decode_bytes(path.read_bytes(), str(path))
    original, _ = read_entries(text)
    name = f"{path.parent.name}/{path.name}"
    exported, wall, cpu, _ = biblio_roundtrip(path)
    ours = compare(name, original, read_entries(exported)[0])
    written, peer_parse = bibtexparser_roundtrip(text)
    peer = compare(name, original, read_entries(written)[0])
    return FileResult(name, len(original), ours, peer, wall, cpu, peer_parse)


def csl_values(data: Path) -> tuple[int, int, list[str]]:
    """csl-bbt: (values kept, values, differences) after add -> export csl-json."""
    from biblio.config import Config
    from biblio.export.csl_json import format_csl_json
    from biblio.importers.base import ImportResult
    from biblio.importers.csl.importer import _items
    from biblio.library import Library

    kept = total = 0
    differences = []
    for path in sorted((data / "csl-bbt").glob("*.json")):
        items = [item for _, item, _ in _items(path.read_text(encoding="utf-8"), ImportResult())]
        with tempfile.TemporaryDirectory() as folder, Library(Config(library=Path(folder))) as library:
            library.add_file(path)
            exported = json.loads(format_csl_json(library.records(), key_of=library.key_of))
        by_id: dict[Any, list[dict[str, Any]]] = {}
        for item in exported:
            by_id.setdefault(item.get("id"), []).append(item)
        for item in items:
            candidates = by_id.get(item.get("id")) or []
            got = candidates.pop(0) if candidates else {}
            for variable, value in item.items():
                total += 1
                if got.get(variable) == value:
                    kept += 1
                else:
                    differences.append(f"{path.name}: {item.get('id')} {variable}: {value!r} -> {got.get(variable)!r}")
    return kept, total, differences


def run(data: Path, *, quick: bool) -> Section:
    """The bib section: round-trip tables for biblio and bibtexparser, times, differences, CSL values."""
    results = [measure_file(path) for path in bib_files(data, quick)]
    largest = max(bib_files(data, quick), key=lambda p: p.stat().st_size)
    cold = cold_add_seconds(largest)
    ours, peer = Tally(), Tally()
    folders: dict[str, tuple[Tally, Tally]] = {}
    for result in results:
        ours.add(result.ours)
        peer.add(result.peer)
        mine, theirs = folders.setdefault(result.name.split("/")[0], (Tally(), Tally()))
        mine.add(result.ours)
        theirs.add(result.peer)
    kept, csl_total, csl_differences = csl_values(data)
    slowest = max(results, key=lambda r: r.wall)
    table = [
        "| input | files | values | biblio identical | bibtexparser identical |",
        "|---|---|---|---|---|",
    ]
    for folder, (mine, theirs) in folders.items():
        files = sum(1 for r in results if r.name.startswith(folder + "/"))
        table.append(
            f"| {folder} | {files} | {mine.total:,} | {_share(mine.identical, mine.total)} |"
            f" {_share(theirs.identical, theirs.total)} |"
        )
    table.append(f"| csl-bbt (CSL-JSON) | — | {csl_total:,} | {_share(kept, csl_total)} | — |")
    table += [
        "",
        "Per-file import time, the ten slowest (biblio add into a fresh library; bibtexparser: its bare parse of the"
        " same file, same run):",
        "",
        "| file | entries | biblio wall s | biblio CPU s | bibtexparser parse s | values identical |",
        "|---|---|---|---|---|---|",
    ]
    for r in sorted(results, key=lambda r: -r.cpu)[:10]:
        table.append(
            f"| {r.name} | {r.entries:,} | {r.wall:.2f} | {r.cpu:.2f} | {r.peer_parse:.2f} |"
            f" {r.ours.identical:,}/{r.ours.total:,} |"
        )
    unexplained = [d for d in ours.differences if not d.reason]
    unexplained_keys = [k for k in ours.renamed_keys if not key_reason(k[1], k[2])]
    load = os.getloadavg()[0]
    notes = [
        f"times (load average {load:.1f}): slowest add {slowest.wall:.2f} s wall / {slowest.cpu:.2f} s CPU"
        f" ({slowest.name}, {slowest.entries:,} entries; bibtexparser's bare parse of it {slowest.peer_parse:.2f} s);"
        f" {largest.name} in a fresh process {cold:.2f} s",
        *_time_lines(results),
        f"keys changed by biblio: {len(ours.renamed_keys)}"
        + "".join(
            f"\n  - {why}: {count}" for why, count in Counter(key_reason(a, b) for _, a, b in ours.renamed_keys).items()
        )
        + "".join(f"\n  - {f}: `{a}` -> `{b}`" for f, a, b in ours.renamed_keys if not key_reason(a, b)),
        f"differences: {len(ours.differences)} ({len(unexplained)} unexplained)"
        + "".join(
            f"\n  - {d.file} `{d.key}` {d.field}: {d.original[:60]!r} -> {d.got[:60]!r}: {d.reason or 'UNEXPLAINED'}"
            for d in sorted(ours.differences, key=lambda d: bool(d.reason))[:80]  # unexplained first
        ),
        f"csl-bbt differences: {len(csl_differences)}" + "".join(f"\n  - {d}" for d in csl_differences[:20]),
        "bibtexparser's differences by cause: " + _peer_causes(peer),
    ]
    checks = {
        "bib: every value (and key) identical after add -> export biblatex, or a documented reason": not (
            unexplained or unexplained_keys
        ),
        f"bib: every file imported in <= {TIME_LIMIT:.0f} s (CPU time; wall time depends on the machine's load)": all(
            r.cpu <= TIME_LIMIT for r in results
        ),
        "csl-bbt: every value kept after add -> export csl-json": kept == csl_total,
    }
    title = "BibTeX and CSL-JSON written by others: add -> export keeps every value"
    return Section(title, "\n".join(table), checks, notes)


def key_reason(original: str, exported: str) -> str:
    """Why biblio changed a key, if a documented rule explains it; ``""`` otherwise (listed one by one)."""
    suffix = exported[len(original) :]
    if exported.startswith(original) and suffix.isalpha() and suffix.islower() and len(suffix) <= 2:
        return "the key appears twice in the file with other values: the later entry gets a suffix (warned)"
    if any(ch in "'()=\"" for ch in original) and len(exported) == len(original):
        return "characters biber cannot read in a key (' ( ) = \"): replaced by _, the original kept as an ids alias"
    return ""


def _share(part: int, whole: int) -> str:
    return f"{part:,} ({100 * part / whole:.2f} %)" if whole else "—"


def _time_lines(results: list[FileResult]) -> list[str]:
    over = [r for r in results if r.wall > TIME_LIMIT]
    if not over:
        return []
    return [f"over {TIME_LIMIT:.0f} s wall: " + ", ".join(f"{r.name} {r.wall:.2f} s ({r.cpu:.2f} s CPU)" for r in over)]


def _peer_causes(peer: Tally) -> str:
    causes = Counter(
        ("missing" if d.got == "<missing>" else "no entry" if d.got == "<no entry>" else "changed")
        for d in peer.differences
    )
    return ", ".join(f"{cause} {count:,}" for cause, count in causes.most_common()) or "none"
