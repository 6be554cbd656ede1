"""Hostile inputs: junk bytes, broken encodings, nesting bombs, huge numbers and wrong shapes, per format.

:func:`hostile_files` gives (label, bytes) pairs for ``biblio add``; :func:`hostile_refs` reference strings
for ``parse-ref``; :func:`hostile_batch_lines` lines for ``parse-ref --batch``. All are deterministic.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

from scripts.hostile.samples import IMPORTER_SAMPLES, SAMPLES, grow

HUGE = "9" * 5000
# Text that has broken parsers before: controls, separators, bidi overrides, combining runs, brackets.
FIELD_PAYLOADS: tuple[str, ...] = (
    "\x00\x01\x1b[31m",
    "\u2028\u2029\x85",
    "\u202e\u2066abc",
    "a" + "\u0301" * 5000,
    "{" * 3000,
    "}" * 3000,
    "(" * 3000 + "[" * 3000,
    HUGE,
    "-" + HUGE,
    "1e99999",
    "\\" * 2000,
    "%" * 2000,
    "^^5c^^5c",
    "\ufeff\ufffe\uffff",
    "😀" * 2000,
)
CESU_SURROGATE = b"\xed\xa0\x80"  # a UTF-16 surrogate written as UTF-8: invalid


def generic_files() -> Iterator[tuple[str, bytes]]:
    """Inputs of no format at all."""
    rng = random.Random(16)
    yield "nul-bytes", b"\x00" * 4096
    yield "random-bytes", rng.randbytes(65536)
    yield "invalid-utf8", b"TY  - JOUR\nTI  - \xff\xfe\xfd\xc0\xc1" * 200 + b"\nER  - \n"
    yield "cesu-surrogates", b"TY  - JOUR\nTI  - " + CESU_SURROGATE * 100 + b"\nER  - \n"
    yield "utf16-odd", b"\xff\xfe" + b"a\x00b" * 1001
    yield "one-long-line", b"x" * 1_000_000
    yield "newlines", b"\n" * 1_000_000
    yield "bracket-bomb", b"[" * 200_000
    yield "brace-bomb", b"{" * 200_000
    yield "at-runs", b"@" * 200_000
    yield "percent-lines", b"%A x\n" * 50_000
    yield "pdf-header-junk", b"%PDF-1.7\n" + rng.randbytes(8192)
    yield "pdf-truncated", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    yield "html-deep", b"<html><body>" + b"<div>" * 100_000 + b"text"
    yield "html-comment-open", b"<html><body><!--" + b"x" * 500_000


def json_shapes() -> Iterator[tuple[str, bytes]]:
    """CSL-JSON of the wrong shape: bad types in every slot, bombs, huge and odd numbers, lone surrogates."""
    base = {"id": "k", "type": "book", "title": "T"}
    odd_values: list[object] = [None, True, 1e308, -0.0, [], {}, [[[]]], "", HUGE[:4000], {"a": [1, {"b": None}]}]
    slots = ["id", "type", "title", "author", "issued", "page", "volume", "language", "DOI", "URL", "ISBN", "note"]
    for slot in slots:
        for number, value in enumerate(odd_values):
            yield f"csl-{slot}-{number}", json.dumps([{**base, slot: value}]).encode()
    dates: list[object] = [{"date-parts": "x"}, {"date-parts": [["a"]]}, {"date-parts": [[10**40]]}, {"raw": "/" * 99}]
    dates += [{"date-parts": [[2024, 13, 45]]}, {"date-parts": [[-5]]}, {"literal": None}, {"season": 9}]
    for number, date in enumerate(dates):
        yield f"csl-date-{number}", json.dumps([{**base, "issued": date}]).encode()
    names: list[object] = ["x", [1, 2], [{"family": 1}], [{"literal": ["a"]}], [{"given": "a" * 100000}], [[]]]
    for number, authors in enumerate(names):
        yield f"csl-names-{number}", json.dumps([{**base, "author": authors}]).encode()
    yield "csl-huge-int", b'[{"id": "k", "type": "book", "volume": ' + HUGE.encode() + b"}]"
    yield "csl-huge-float", b'[{"id": "k", "type": "book", "volume": 1e99999}]'
    yield "csl-nan", b'[{"id": "k", "type": "book", "volume": NaN}]'
    yield "csl-nesting-bomb", b'[{"id": "k", "type": "book", "note": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]"
    yield "csl-surrogate", b'[{"id": "k\\udc80", "type": "book", "title": "a\\ud800b", "\\udfff": 1}]'
    yield "csl-scalar", b"42"
    yield "csl-string", b'"just a string"'
    yield "csl-lines-mixed", b'{"id": "a", "type": "book", "title": "x"}\n[1]\n{"id": 5}\n'
    yield "csl-dup-ids", json.dumps([base, base, {**base, "title": "other"}]).encode()


def format_files() -> Iterator[tuple[str, bytes]]:
    """Each format's sample with hostile field text, truncated at several places, and with bytes flipped."""
    rng = random.Random(7)
    for sample in IMPORTER_SAMPLES:
        good = grow(sample, 4000)
        for number, payload in enumerate(FIELD_PAYLOADS):
            text = sample.template.replace("{N}", "1").replace("{FILL}", payload)
            yield f"{sample.name}-payload-{number}", text.encode("utf-8", "surrogatepass")
        data = good.encode("utf-8")
        for cut in (1, len(data) // 3, len(data) // 2, len(data) - 2):
            yield f"{sample.name}-cut-{cut}", data[:cut]
        flipped = bytearray(data)
        for _ in range(40):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        yield f"{sample.name}-flipped", bytes(flipped)
        yield f"{sample.name}-1mb-field", grow(sample, 1_000_000, "field").encode("utf-8")


def tagged_numbers() -> Iterator[tuple[str, bytes]]:
    """Dates, pages and volumes with absurd numbers in the line-tagged and BibTeX formats."""
    for value in (HUGE, "99999999999999999999/99/99", "0000", "-1", "１２３", "Ⅻ", "2024-02-30", "////"):
        yield f"ris-date-{value[:8]}", f"TY  - JOUR\nTI  - t\nPY  - {value}\nSP  - {value}\nER  - \n".encode()
        bib = f"@article{{k,\n title={{t}},\n year={{{value}}},\n month={{{value}}},\n pages={{{value}--{value}}},\n}}"
        yield f"bibtex-numbers-{value[:8]}", bib.encode()
    yield "bibtex-self-crossref", b"@article{k, title={t}, crossref={k}}\n@book{b, crossref={k}}"
    yield "bibtex-unbalanced", b"@article{k, title={" + b"{" * 5000 + b"}"
    yield "bibtex-and-and", b"@article{k, author={and and and , , and}, title={t}}"
    yield "ris-no-end", b"TY  - JOUR\nTI  - t\n" * 20_000


def hostile_files() -> Iterator[tuple[str, bytes]]:
    """Everything above."""
    yield from generic_files()
    yield from json_shapes()
    yield from format_files()
    yield from tagged_numbers()


def hostile_refs() -> Iterator[tuple[str, str]]:
    """Reference strings for ``parse-ref``."""
    for number, payload in enumerate(FIELD_PAYLOADS):
        yield f"payload-{number}", payload
        for sample in SAMPLES:
            if sample.name.startswith("parse-ref"):
                yield f"{sample.name}-payload-{number}", sample.template.replace("{FILL}", payload)
    yield "initials", "A. B. C. " * 3000
    yield "year-huge", f"Smith, J. ({HUGE}). Title. Journal, {HUGE}({HUGE}), {HUGE}-{HUGE}."
    yield "gbt-brackets", "[J]" * 5000
    yield "gost-slashes", "//" * 5000 + " С. 5-"
    yield "dots", ". " * 20_000


def hostile_batch_lines() -> Iterator[tuple[str, bytes]]:
    """Lines for ``parse-ref --batch``."""
    yield "not-json", b"not json\n"
    yield "array", b"[1, 2]\n"
    yield "text-null", b'{"text": null}\n'
    yield "text-object", b'{"text": {"a": [1]}}\n'
    yield "no-text", b'{"other": "x"}\n'
    yield "nesting", b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
    yield "huge-int", b'{"text": ' + HUGE.encode() + b"}\n"
    yield "surrogate", b'{"text": "\\ud800 Smith, J. (2020). T. J, 1, 2."}\n'
    yield "invalid-utf8", b'{"text": "\xff\xfe"}\n'
    yield "nul", b'{"text": "a\\u0000b"}\n'
    yield "long-line", b'{"text": "' + b"x" * 1_000_000 + b'"}\n'
    yield "many-lines", b'{"text": "Smith, J. (2020). T. J, 1, 2."}\n' * 200
