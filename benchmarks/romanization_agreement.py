"""Citation keys and sort names of every record in some folders, and their agreement between two code versions.

    python benchmarks/romanization_agreement.py snapshot OUT.jsonl DIR...   # with the code on PYTHONPATH
    python benchmarks/romanization_agreement.py compare BEFORE.jsonl AFTER.jsonl

``snapshot`` imports every file of each DIR as ``biblio add`` would read it (format sniffed, no library;
a ``.jsonl`` of labelled reference strings is read as one reference list) and writes, per record: the
key the pattern gives (``key_base``), the author sort name stored in the ``author_sort`` column, the
romanized titles, names and outlets, and the numbered-tone pinyin that GB/T 7714 exports sort by.
Run it once on a checkout before a change (``PYTHONPATH=/path/to/old``) and once after; ``compare``
counts, per kind, how many values agree. docs/benchmarks.md has the table for the romanization change
(pypinyin's phrase dictionary read per text).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

KINDS = ("key", "sort", "titles", "names", "tones", "outlet")


def records_of(directory: Path) -> Iterator[tuple[str, int, Any]]:
    """(file name, index, record) for every record biblio reads from the files of ``directory``."""
    from biblio.importers.base import iter_parse
    from biblio.importers.decode import decode_text
    from biblio.importers.registry import choose_importer

    for path in sorted(p for p in directory.iterdir() if p.is_file() and not p.name.endswith(".expected.json")):
        try:
            if path.suffix == ".jsonl":  # labelled reference strings (tests/data/refs): one list of references
                text = "\n".join(json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip())
            else:
                text = decode_text(path.read_bytes(), str(path)).text
            results = list(iter_parse(choose_importer(text, suffix=path.suffix), text))
        except Exception as exc:  # a file biblio refuses is skipped, as `biblio add` would refuse it
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
            continue
        index = 0
        for result in results:
            for record in result.records:
                yield path.name, index, record
                index += 1


def snapshot(out: Path, directories: list[Path]) -> int:
    """Write one JSON line per record; returns the number of records."""
    from biblio.keys import key_base
    from biblio.names.romanize import pinyin_with_tones, romanize, romanize_name

    try:
        from biblio.names.sorting import sort_name
    except ImportError:  # a tree from before sort_name moved out of the library
        from biblio.library.core import sort_name  # type: ignore[attr-defined,no-redef,unused-ignore]

    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for directory in directories:
            for name, index, rec in records_of(directory):
                lang = rec.effective_language()
                row = {
                    "file": f"{directory.name}/{name}",
                    "i": index,
                    "key": key_base(rec),
                    "sort": sort_name(rec),
                    "titles": [romanize(t.value, t.lang or rec.language) for t in rec.title],
                    "names": [romanize_name(a, lang).romanized for a in rec.authors + rec.editors],
                    "tones": [pinyin_with_tones(a.written or a.family + a.given, surname=True) for a in rec.authors]
                    + [pinyin_with_tones(t.value) for t in rec.title[:1]],
                    "outlet": [romanize(c.value, lang) for c in rec.container],
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count


def compare(before: Path, after: Path) -> str:
    """A Markdown table: per kind, values that agree / values compared."""
    old = [json.loads(line) for line in before.open(encoding="utf-8")]
    new = [json.loads(line) for line in after.open(encoding="utf-8")]
    if [(r["file"], r["i"]) for r in old] != [(r["file"], r["i"]) for r in new]:
        raise SystemExit("the snapshots are of different records")
    toned = re.compile(r"\b[a-z]+[1-5]\b")  # a numbered-tone syllable: the record has Chinese text
    han = [any(toned.search(t) for t in r["tones"]) for r in old]
    lines = ["| value | records | agree | records with Chinese | agree |", "|---|---|---|---|---|"]
    for kind in KINDS:
        same = [a[kind] == b[kind] for a, b in zip(old, new, strict=True)]
        zh = [s for s, h in zip(same, han, strict=True) if h]
        lines.append(f"| {kind} | {len(same):,} | {sum(same):,} | {len(zh):,} | {sum(zh):,} |")
    return "\n".join(lines)


def main() -> None:
    """Command line: snapshot or compare."""
    if len(sys.argv) >= 4 and sys.argv[1] == "snapshot":
        count = snapshot(Path(sys.argv[2]), [Path(d) for d in sys.argv[3:]])
        print(f"{count} records", file=sys.stderr)
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        print(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
