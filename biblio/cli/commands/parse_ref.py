"""``biblio parse-ref [TEXT]``: parse one reference string (GB/T 7714, GOST, English styles); no library needed."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from biblio.cli.context import Context
from biblio.errors import InputError


def register(sub: Any) -> None:
    """Add the ``parse-ref`` parser."""
    parser = sub.add_parser(
        "parse-ref",
        help="parse a reference string",
        description="Parse one reference string (stdin if no TEXT) into CSL-JSON (default) or BibLaTeX. "
        "The style (GB/T 7714, Chinese note style, GOST, English) is detected unless --style forces it. "
        '--batch reads JSON lines {"text": ...} on stdin and writes one CSL-JSON object per line, same order. '
        'Each item carries "biblio-confidence" (0-1); below 0.8 a warning says to check the fields.',
    )
    parser.add_argument("text", nargs="*", help="the reference (default: read stdin)")
    parser.add_argument("--style", default="auto", choices=("auto", "gbt7714", "note", "gost", "english"))
    parser.add_argument("--format", default="csl-json", choices=("csl-json", "biblatex"))
    parser.add_argument("--batch", action="store_true", help="JSON lines in, JSON lines out")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Parse and print; warnings go to stderr."""
    if args.batch:
        return _run_batch(args, ctx)
    text = " ".join(args.text) if args.text else _stdin_text()
    if not text.strip():
        raise InputError("no reference text given")
    ctx.out.write(_render(text.strip(), args, ctx))
    return 0


def _render(text: str, args: argparse.Namespace, ctx: Context, *, one_line: bool = False) -> str:
    from biblio.library.references import parse_reference_text

    parsed = parse_reference_text(text, args.style)
    for warning in parsed.warnings:
        ctx.warn(warning)
    confidence = parsed.confidence
    if parsed.low:
        ctx.warn(f"low confidence {confidence:.2f}: check the fields")
    if args.format == "biblatex":
        from biblio.export.bibtex import format_bibtex

        print(f"biblio: confidence {confidence:.2f}", file=ctx.err)
        return format_bibtex([parsed.record], dialect="biblatex")
    from biblio.export.csl_json import record_to_csl

    item = record_to_csl(parsed.record)
    item["biblio-confidence"] = confidence  # an extension key like biblio-funding: CSL processors ignore it
    return json.dumps(item, ensure_ascii=False, indent=None if one_line else 2) + "\n"


def _stdin_text() -> str:
    from biblio.inputs import read_stdin
    from biblio.library.references import reference_text

    return reference_text(read_stdin(sys.stdin.buffer))


def _batch_text(number: int, line: bytes) -> str:
    """The ``text`` of one JSON line; InputError naming the line for anything else."""
    from biblio.jsonsafe import JsonError, loads

    try:
        item = loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"line {number}: not valid UTF-8 (byte {exc.start + 1})") from None
    except JsonError as exc:
        raise InputError(f"line {number}: {exc}") from None
    if not isinstance(item, dict) or "text" not in item:
        raise InputError(f'line {number}: expected a JSON object {{"text": "..."}}')
    return str(item["text"])


def _run_batch(args: argparse.Namespace, ctx: Context) -> int:
    from biblio.inputs import stdin_lines

    for number, line in enumerate(stdin_lines(sys.stdin.buffer), start=1):
        if not line.strip():
            continue
        text = _batch_text(number, line)
        if args.format == "biblatex":
            rendered = json.dumps({"biblatex": _render(str(text), args, ctx)}, ensure_ascii=False) + "\n"
        else:
            rendered = _render(str(text), args, ctx, one_line=True)
        ctx.out.write(rendered)
        ctx.out.flush()
    return 0
