"""Write the labeller's field-affinity lexicon, biblio/importers/refs/crf/fields.tsv (``f-<field>`` flags).

Usage: python scripts/build_field_lexicon.py [--min-count 3] [--min-lift 2.0] [--min-share 0.3] [--texlive]

Why: the labeller knows the words it was trained on, and most words of a reference it has not seen are new to
it. Which field of a bibliographic record a word is usually found in is learned here from records nobody on the
team wrote, without labels on reference strings: the BibTeX and CSL-JSON files of ``../shared/data/realworld``
(Better BibTeX's issue tracker) and, with ``--texlive``, the .bib files TeX Live ships (Beebe's bibliographies,
biblatex's examples ...), read by biblio's own importers. "Quarterly", "Zeitschrift", "Proceedings", "Verlag",
"Press", "Mass." then carry their field to a string whose words the training never saw.

A word (letters only, lower case, as the labeller's ``dict=`` lookup reads it) gets ``f-<field>`` when it was
seen in at least ``--min-count`` values of that field, the field holds at least ``--min-share`` of the word's
values, and that share is at least ``--min-lift`` times the field's share of all values (so that title words,
the bulk of every record, do not flag every word as a title word). Fields: title, journal (a periodical's
name), container (a book or proceedings holding a part), series, publisher, place, family and given names,
org (a corporate author). A record whose title is found in AnyStyle's strings is not read (no work of the
scored corpus leaks in, even as words).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "biblio" / "importers" / "refs" / "crf" / "fields.tsv"
REALWORLD = ROOT.parent / "shared" / "data" / "realworld"
ANYSTYLE = ROOT.parent / "shared" / "data" / "anystyle" / "core.xml"
_PERIODICAL = {"article-journal", "article-magazine", "article-newspaper", "review", "review-book"}
_WORD = re.compile(r"[^\W\d_]{2,}")
ALL_FIELDS = ("title", "journal", "container", "series", "publisher", "place", "family", "given", "org")
# the measured best (docs/refs-eval.md, round 9): title and name flags left out (names.tsv has the names)
FIELDS = ("journal", "container", "series", "publisher", "place", "org")
HEADER = (
    "# Field affinities of words in bibliographic records (f-<field><TAB>word), learned from the BibTeX and\n"
    "# CSL-JSON files of ../shared/data/realworld{texlive} by scripts/build_field_lexicon.py --min-count {count}\n"
    "# --min-lift {lift} --min-share {share} --fields {fields}: {records:,} records. For the reference labeller.\n"
)


def field_values(item: dict[str, Any]) -> list[tuple[str, str]]:
    """``(field, text)`` for every value of a CSL item the lexicon learns from."""
    out: list[tuple[str, str]] = []
    simple = {"title": "title", "collection-title": "series", "publisher": "publisher", "publisher-place": "place"}
    for key, field in simple.items():
        if isinstance(item.get(key), str):
            out.append((field, item[key]))
    container = item.get("container-title")
    if isinstance(container, str):
        out.append(("journal" if item.get("type") in _PERIODICAL else "container", container))
    for role in ("author", "editor", "translator"):
        for name in item.get(role) or []:
            if not isinstance(name, dict):
                continue
            for key, field in (("family", "family"), ("given", "given"), ("literal", "org")):
                if isinstance(name.get(key), str):
                    out.append((field, name[key]))
    return out


def count_words(items: list[dict[str, Any]]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    """Per word, the number of values of each field it occurs in; and the number of values per field."""
    per_word: dict[str, Counter[str]] = defaultdict(Counter)
    per_field: Counter[str] = Counter()
    for item in items:
        for field, text in field_values(item):
            per_field[field] += 1
            for word in {w.casefold() for w in _WORD.findall(text)}:
                per_word[word][field] += 1
    return per_word, per_field


def affinities(
    per_word: dict[str, Counter[str]], per_field: Counter[str], min_count: int, min_lift: float, min_share: float
) -> list[tuple[str, str]]:
    """``(f-<field>, word)`` lines, sorted."""
    total_values = sum(per_field.values())
    prior = {field: n / total_values for field, n in per_field.items()}
    lines: list[tuple[str, str]] = []
    for word, counts in per_word.items():
        seen = sum(counts.values())
        for field, n in counts.items():
            share = n / seen
            if n >= min_count and share >= min_share and share >= min_lift * prior[field]:
                lines.append((f"f-{field}", word))
    return sorted(lines, key=lambda line: (line[1], line[0]))


def load(texlive: bool) -> list[dict[str, Any]]:
    """The CSL items of the realworld files (and TeX Live's), without AnyStyle's works."""
    from scripts.build_csl_corpus import _known, known_texts, load_items, texlive_bibs

    bib_files = tuple(texlive_bibs()) if texlive else ()
    items = load_items([REALWORLD / "bib"], [REALWORLD / "csl-bbt"], bib_files)
    known = known_texts(ANYSTYLE)
    return [item for item in items if not _known(str(item.get("title", "")), known)]


def main() -> None:
    """Write fields.tsv."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-lift", type=float, default=2.0)
    parser.add_argument("--min-share", type=float, default=0.3)
    parser.add_argument("--texlive", action="store_true", help="read TeX Live's .bib files too")
    parser.add_argument(
        "--fields", default=",".join(FIELDS), help=f"the fields flagged, comma-separated (all: {','.join(ALL_FIELDS)})"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    items = load(args.texlive)
    per_word, per_field = count_words(items)
    flagged = {f"f-{name}" for name in args.fields.split(",")}
    lines = [
        line
        for line in affinities(per_word, per_field, args.min_count, args.min_lift, args.min_share)
        if line[0] in flagged
    ]
    header = HEADER.format(
        texlive=" and TeX Live" if args.texlive else "",
        count=args.min_count,
        lift=args.min_lift,
        share=args.min_share,
        fields=args.fields,
        records=len(items),
    )
    args.out.write_text(header + "".join(f"{cat}\t{word}\n" for cat, word in lines), encoding="utf-8")
    print(f"{args.out}: {len(items):,} records, values per field {dict(per_field)}")
    print(f"{len(lines):,} flags: {dict(Counter(cat for cat, _ in lines))}")


if __name__ == "__main__":
    main()
