"""The names test set (tests/data/names/names.tsv): family/given split and romanization, > 97% correct.

Each row: text, record language, expected family (with particle), given, literal (corporate bodies),
romanized. Romanized forms are compared ignoring case and spaces (word division of romanized Chinese
corporate names depends on the phrase dictionary); the split is compared exactly.
"""

from __future__ import annotations

import csv
from pathlib import Path

from biblio.model.names import Name
from biblio.names.parse import parse_name
from biblio.names.romanize import romanize_name

DATA = Path(__file__).parent.parent / "data" / "names" / "names.tsv"
LANGS = ("zh", "ja", "ru", "en")


def _rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _squash(text: str) -> str:
    return "".join(text.split()).lower()


def _mismatch(row: dict[str, str]) -> str:
    """ "" if the row is handled right, else a description of what differs."""
    name: Name = romanize_name(parse_name(row["text"], row["lang"]), row["lang"])
    family = f"{name.particle} {name.family}".strip()
    got = (family, name.given, name.literal, _squash(name.romanized))
    want = (row["family"], row["given"], row["literal"], _squash(row["romanized"]))
    return "" if got == want else f"{row['text']!r} [{row['lang']}]: got {got}, want {want}"


def test_dataset_size_and_coverage() -> None:
    rows = _rows()
    assert len(rows) >= 150
    for lang in LANGS:
        assert sum(1 for row in rows if row["lang"] == lang) >= 15, lang
    assert sum(1 for row in rows if "·" in row["text"] or "(" in row["text"]) >= 15


def test_dataset_accuracy() -> None:
    rows = _rows()
    results = [(row["lang"], _mismatch(row)) for row in rows]
    failures = [m for _lang, m in results if m]
    accuracy = 1 - len(failures) / len(rows)
    print(f"\nnames: {len(rows) - len(failures)}/{len(rows)} correct ({accuracy:.1%})")
    for lang in sorted({lang for lang, _m in results}):
        mine = [m for code, m in results if code == lang]
        print(f"  {lang or '-'}: {sum(1 for m in mine if not m)}/{len(mine)}")
    for failure in failures:
        print("  " + failure)
    assert accuracy > 0.97, "\n".join(failures)
