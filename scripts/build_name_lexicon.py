"""Write the labeller's name gazetteer, biblio/importers/refs/crf/names.tsv (``surname``/``given`` lexicon flags).

Usage: python scripts/build_name_lexicon.py [--surnames 20000]   (needs ``pip install '.[train]'``)

The lists are the US Census Bureau's 1990 name frequency lists (public domain), as shipped by the PyPI
package ``names`` 0.3.0 (MIT): the ``--surnames`` most frequent surnames and every given name (female and
male), lower case. ``crf/features.py`` reads the file beside ``lexicon.tsv``: a token that is a known surname
or given name gets the feature ``dict=surname`` / ``dict=given`` (5-fold CV in docs/refs-eval.md, round 5).
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "biblio" / "importers" / "refs" / "crf" / "names.tsv"
HEADER = (
    "# US Census 1990 name lists (public domain; via the PyPI package names 0.3.0, MIT): the {n:,} most frequent\n"
    "# surnames and all given names, for the reference labeller's features (scripts/build_name_lexicon.py).\n"
)


def _first_column(text: str, limit: int | None = None) -> list[str]:
    words = [line.split()[0].casefold() for line in text.splitlines() if line.strip()]
    return words[:limit] if limit else words


def build(surnames: int) -> str:
    """The file's text: a header, then ``surname<TAB>word`` and ``given<TAB>word`` lines."""
    data = resources.files("names")
    last = _first_column(data.joinpath("dist.all.last").read_text(encoding="ascii"), surnames)
    given = sorted(
        set(_first_column(data.joinpath("dist.female.first").read_text(encoding="ascii")))
        | set(_first_column(data.joinpath("dist.male.first").read_text(encoding="ascii")))
    )
    lines = [f"surname\t{w}" for w in last] + [f"given\t{w}" for w in given]
    return HEADER.format(n=surnames) + "\n".join(lines) + "\n"


def main() -> None:
    """Write names.tsv."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--surnames", type=int, default=20000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.write_text(build(args.surnames), encoding="utf-8")
    print(f"{args.out}: {args.out.read_text(encoding='utf-8').count(chr(10)) - 2:,} names")


if __name__ == "__main__":
    main()
