"""biblio's BibTeX reading on the bibliographies TeX Live ships, beside bibtexparser's parse, in one run.

Usage: python benchmarks/bench_texlive_bib.py [--root /usr/share/texlive/texmf-dist] [--pandoc]

Data written by others that every TeX Live installation has (``bash .ci/apt-packages.sh`` installs it): Nelson
Beebe's bibliographies of TUGboat, typography, fonts and printing history (public domain), the Frankenstein,
archaeology, jurabib, biblatex and glossaries examples: 60-odd files, ~12,000 entries, heavy in the TeX community's
own macros (``\\path|…|``, ``{\\MF}``, ``\\TUB``, ``@Preamble`` definitions). Per file: the entries each reader
returns (what format detection chooses for it; biblio's records; bibtexparser v2's entries and the blocks it
failed), biblio's warnings, the values biblio leaves with a backslash (TeX it could not read), and the CPU time of
each parse. Prints a Markdown table (the files where the readers differ, or a parse takes over 0.5 s) and the
totals.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
import unicodedata
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.errors import InputError  # noqa: E402
from biblio.importers.decode import decode_bytes  # noqa: E402
from biblio.importers.registry import choose_importer, get_importer  # noqa: E402
from biblio.model import Record  # noqa: E402


def texlive_files(root: Path) -> list[Path]:
    """Every .bib file under TeX Live's bibtex/bib and doc trees."""
    return sorted({*root.glob("bibtex/bib/**/*.bib"), *root.glob("doc/**/*.bib")})


def _text(path: Path) -> str:
    """The file's text as `biblio add` decodes it."""
    return decode_bytes(path.read_bytes(), path.name)


def _undecoded(records: list[Record]) -> int:
    """Values still holding a backslash after decoding (a command neither decoder read)."""
    count = 0
    for record in records:
        values = [t.value for t in (*record.title, *record.container, *record.abstract)]
        values += [v for v in record.extra.values() if isinstance(v, str)]
        count += sum("\\" in v for v in values)
    return count


def measure(path: Path) -> dict[str, float | int | str]:
    """One file: biblio's and bibtexparser's counts and CPU times."""
    import bibtexparser

    text = _text(path)
    try:
        detected = choose_importer(text, ".bib").name  # what `biblio add FILE` would use
    except InputError:
        detected = ""
    started = time.process_time()
    try:
        result = get_importer("bibtex").parse(text)
        records, problems, error = result.records, len(result.problems), ""
    except InputError as refused:
        records, problems, error = [], 0, str(refused)[:40]
    ours = time.process_time() - started
    started = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        library = bibtexparser.parse_string(text)
    theirs = time.process_time() - started
    return {
        "file": path.name,
        "detected": detected,
        "biblio": len(records),
        "warnings": problems,
        "undecoded": _undecoded(records),
        "biblio_s": ours,
        "peer": len(library.entries),
        "peer_failed": len(library.failed_blocks),
        "peer_s": theirs,
        "error": error,
    }


PANDOC_FIELDS = ("title", "container-title", "collection-title", "volume", "issue", "page", "edition",
                 "publisher", "publisher-place", "DOI", "URL", "ISBN")  # fmt: skip


def _norm(value: object) -> str:
    """Comparable text: NFC, case-folded, dashes and no-break spaces plain, punctuation other than : / . - gone."""
    text = unicodedata.normalize("NFC", " ".join(map(str, value)) if isinstance(value, list) else str(value))
    text = text.casefold().replace("\u00a0", " ").replace("–", "-").replace("—", "-")
    return " ".join(re.sub(r"[^\w\s\-:/.]", " ", text).split())


def _families(people: Any) -> list[str]:
    return [_norm(p.get("family") or p.get("literal") or "") for p in people or []]


def _year(item: dict[str, Any]) -> object:
    parts = (item.get("issued") or {}).get("date-parts") or [[None]]
    return (parts[0] or [None])[0]


def pandoc_agreement(files: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """Per CSL variable: items where biblio's CSL-JSON and pandoc's (``pandoc -f biblatex -t csljson``) agree,
    and items where either has the variable. Names are compared by family names, dates by year."""
    from biblio.export.csl_json import record_to_csl

    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for path in files:
        command = ["pandoc", "-f", "biblatex", "-t", "csljson", str(path)]
        done = subprocess.run(command, check=False, capture_output=True, text=True)
        peer = {item["id"]: item for item in json.loads(done.stdout or "[]")}
        try:
            records = get_importer("bibtex").parse(_text(path)).records
        except InputError:
            continue
        for record in records:
            ours = record_to_csl(record)
            theirs = peer.get(ours["id"])
            if theirs is None:
                continue
            pairs: list[tuple[str, object, object]] = [
                (n, _norm(ours.get(n, "")), _norm(theirs.get(n, ""))) for n in PANDOC_FIELDS
            ]
            pairs += [(role, _families(ours.get(role)), _families(theirs.get(role))) for role in ("author", "editor")]
            pairs.append(("issued (year)", _year(ours), _year(theirs)))
            for name, a, b in pairs:
                if a or b:
                    total[name] += 1
                    agree[name] += bool(a and a == b)
    return agree, total


def main() -> None:
    """Measure every file, print the table and the totals."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path("/usr/share/texlive/texmf-dist"))
    parser.add_argument("--pandoc", action="store_true", help="also compare the CSL-JSON of each entry with pandoc's")
    args = parser.parse_args()
    files = texlive_files(args.root)
    if not files:
        sys.exit(f"no .bib files under {args.root} (install TeX Live: bash .ci/apt-packages.sh)")
    rows = [measure(path) for path in files]
    print(
        "| file | detected as | biblio records | warnings | values with TeX left | bibtexparser entries "
        "| its failed blocks | biblio CPU s | bibtexparser CPU s |\n|---|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    for row in rows:
        odd = row["detected"] != "bibtex" and not row["error"]
        if odd or row["biblio"] != row["peer"] or float(row["biblio_s"]) > 0.5 or row["undecoded"]:
            print(
                f"| {row['file']} | {row['detected'] or 'refused'} | {row['biblio']} | {row['warnings']} "
                f"| {row['undecoded']} | {row['peer']} | {row['peer_failed']} | {float(row['biblio_s']):.2f} "
                f"| {float(row['peer_s']):.2f} |"
            )
    total = {key: sum(int(r[key]) for r in rows) for key in ("biblio", "peer", "peer_failed", "warnings", "undecoded")}
    ours, theirs = sum(float(r["biblio_s"]) for r in rows), sum(float(r["peer_s"]) for r in rows)
    refused = [str(r["file"]) for r in rows if r["error"]]
    detected = sum(r["detected"] == "bibtex" for r in rows)
    print(
        f"\n{len(rows)} files, {detected} detected as BibTeX: biblio {total['biblio']:,} records "
        f"({total['warnings']} warnings, {total['undecoded']} values with TeX left), bibtexparser "
        f"{total['peer']:,} entries ({total['peer_failed']} failed blocks); CPU biblio {ours:.1f} s, bibtexparser "
        f"{theirs:.1f} s (ratio {ours / theirs:.2f}); refused as holding no entry: {len(refused)} "
        f"({', '.join(refused)})"
    )

    if args.pandoc:
        if shutil.which("pandoc") is None:
            sys.exit("--pandoc: pandoc is not installed (apt-get install pandoc)")
        agree, total = pandoc_agreement(files)
        print("\n| CSL variable | biblio and pandoc agree | items with it |\n|---|---:|---:|")
        for name in sorted(total, key=lambda n: -total[n]):
            print(f"| {name} | {agree[name]:,} ({agree[name] / total[name]:.1%}) | {total[name]:,} |")


if __name__ == "__main__":
    main()
