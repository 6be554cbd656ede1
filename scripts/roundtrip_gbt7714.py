"""Round trip over the Chinese GB/T 7714 references of the labelled corpus (tests/data/refs/*.jsonl).

Each reference is parsed (biblio.importers.refs.parse_reference) and formatted again
(biblio.export.styles.format_citation, style gbt7714); it counts as reproduced when the output equals
the original after normalisation of punctuation width and spacing (NFKC, no whitespace, no list
label, no final period, ``doi:`` in any case). Chinese references in other citation styles
without a GB/T type code such as [M] (the footnote style with 《》) are counted apart: GB/T
output cannot reproduce them.

Usage: .venv/bin/python scripts/roundtrip_gbt7714.py [--show-failures] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.export.styles import format_citation  # noqa: E402
from biblio.importers.refs import parse_reference  # noqa: E402
from biblio.model.script import char_script  # noqa: E402

LABEL = re.compile(r"\A\s*(?:\[\s*\d+\s*\]|\d+(?=\D)[.、)]?)\s*")
DOI = re.compile(r"doi:", re.IGNORECASE)
TYPE_CODE = re.compile(r"\[[A-Z]{1,2}(?:/[A-Z]{2})?\]")


def normalise(reference: str) -> str:
    """Width- and spacing-insensitive form of a reference string."""
    text = unicodedata.normalize("NFKC", reference)
    text = LABEL.sub("", text)
    text = DOI.sub("doi:", text)
    return "".join(text.split()).rstrip(".")


VARIANTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CNKI export form (nationality marker, 著, '..')", re.compile(r"\A[(\[][^)\]]{1,2}[)\]]|著[,.]|\.\.")),
    ("GB/T 7714-2005 code [A]", re.compile(r"\[A\]")),
    ("issue after a comma: '2018, (2)'", re.compile(r",\s*\(\d+\)")),
    ("edition with 第", re.compile(r"第\d+版")),
    ("role word 主编 after the main creator (GB/T prints none)", re.compile(r"主编[.,]")),
    ("等 glued to a name: 'X等.'", re.compile(r"[\u4e00-\u9fff]等[.,]")),
    ("standard number before the title", re.compile(r"\.\s*GB(?:/T)?\s*\d+[-—]\d+\s+\S")),
)


def variant_of(reference: str) -> str:
    """Why ``reference`` is not in canonical GB/T 7714-2015 form, or ``""``."""
    text = LABEL.sub("", unicodedata.normalize("NFKC", reference))
    return next((why for why, pattern in VARIANTS if pattern.search(text)), "")


def is_chinese(text: str) -> bool:
    """True if the reference has any Han character."""
    return any(char_script(ch) == "Hani" for ch in text)


@dataclass
class Tally:
    """Counts and the failing cases."""

    total: int = 0
    other_style: int = 0
    reproduced: int = 0
    canonical: int = 0
    canonical_reproduced: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Share of GB/T-coded Chinese references reproduced."""
        return self.reproduced / self.total if self.total else 0.0

    @property
    def canonical_rate(self) -> float:
        """Share of canonical-form GB/T references reproduced."""
        return self.canonical_reproduced / self.canonical if self.canonical else 0.0

    def add(self, original: str, out: str) -> None:
        """Count one round trip."""
        same = normalise(out) == normalise(original)
        variant = variant_of(original)
        self.total += 1
        self.reproduced += same
        self.canonical += not variant
        self.canonical_reproduced += same and not variant
        if not same:
            self.failures.append((original, out, variant))


def run(corpus: Path) -> Tally:
    """Parse and re-format every Chinese reference in ``corpus/*.jsonl``."""
    tally = Tally()
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = str(json.loads(line)["text"])
            if not is_chinese(text):
                continue
            if not TYPE_CODE.search(unicodedata.normalize("NFKC", text)):
                tally.other_style += 1
                continue
            tally.add(text, format_citation(parse_reference(text).record, style="gbt7714"))
    return tally


def main(argv: list[str] | None = None) -> int:
    """Print the rate (and the failures with --show-failures); exit 1 below 95 %."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests" / "data" / "refs")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    tally = run(args.corpus)
    if args.show_failures:
        for original, out, variant in tally.failures:
            print(f"- {original}\n+ {out}\n  ({variant or 'canonical form'})\n")
    print(
        f"GB/T 7714 round trip: {tally.reproduced}/{tally.total} GB/T-coded Chinese references reproduced "
        f"({tally.rate:.1%}); canonical GB/T 7714-2015 form: {tally.canonical_reproduced}/{tally.canonical} "
        f"({tally.canonical_rate:.1%}); {tally.other_style} Chinese references in other styles skipped"
    )
    return 0 if tally.canonical_rate >= 0.95 else 1


if __name__ == "__main__":
    raise SystemExit(main())
