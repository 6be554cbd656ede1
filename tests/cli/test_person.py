"""``biblio person``, ``link``/``unlink`` and ``dedup`` end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = DATA / "cnki" / "seed_002_central_asia.txt"
ENGLISH = DATA / "authority" / "grand_chessboard.bib"
RUSSIAN = DATA / "authority" / "russian_refs.txt"


def test_person_show_lists_the_variants(biblio: Runner) -> None:
    assert biblio("add", str(SEED)).code == 0
    shown = biblio("person", "show", "Brzezinski")
    assert shown.code == 0, shown.err
    assert shown.out.startswith("#")
    for form in ("Brzezinski, Zbigniew", "兹比格纽·布热津斯基", "Бжезинский, Збигнев", "(1928–2017)"):
        assert form in shown.out
    assert "record burejinsiji2007daqiju (author)" in shown.out
    data = json.loads(biblio("person", "show", "麦金德", "--json").out)
    assert data["ref"] == "mackinder" and {"key": "maijinde1985lishi", "role": "author"} in data["records"]


def test_person_list_merge_split(biblio: Runner) -> None:
    biblio("add", str(SEED))
    listed = biblio("person", "list").out
    assert "Spykman, Nicholas John  (1 record)" in listed
    assert "张宁" in listed and "Kissinger" not in listed
    assert "Kissinger, Henry  (0 records)" in biblio("person", "list", "--all").out
    split = biblio("person", "split", "Spykman", "斯皮克曼")
    assert split.code == 0 and split.out.startswith("new person #")
    merged = biblio("person", "merge", "斯皮克曼", "spykman")
    assert merged.code == 0 and "Spykman, Nicholas John" in merged.out
    failed = biblio("person", "show", "Nobody")
    assert failed.code == 1 and "no person matches" in failed.err


def test_link_unlink_and_detect(biblio: Runner) -> None:
    biblio("add", str(SEED))
    biblio("add", str(ENGLISH))
    biblio("add", str(RUSSIAN), "--format", "reflist")
    # adding linked the family already
    assert "translation-of brzezinski1997grand" in biblio("show", "burejinsiji2007daqiju").out
    exported = biblio("show", "bzhezinskii1998velikaia", "--format", "biblatex").out
    assert "relatedtype = {translationof}" in exported
    for key in ("burejinsiji2007daqiju", "bzhezinskii1998velikaia"):
        assert biblio("unlink", key, "translation-of", "brzezinski1997grand").code == 0
    assert "translation-of" not in biblio("show", "burejinsiji2007daqiju").out
    detected = biblio("link", "--detect")
    assert detected.code == 0, detected.err
    assert "linked: burejinsiji2007daqiju translation-of brzezinski1997grand" in detected.out
    assert "linked: bzhezinskii1998velikaia translation-of brzezinski1997grand" in detected.out
    assert biblio("unlink", "burejinsiji2007daqiju", "translation-of", "brzezinski1997grand").code == 0
    assert "translation-of" not in biblio("show", "burejinsiji2007daqiju").out
    assert biblio("link", "burejinsiji2007daqiju", "translation-of", "brzezinski1997grand").code == 0
    assert "translation-of brzezinski1997grand" in biblio("show", "burejinsiji2007daqiju").out
    assert biblio("link", "burejinsiji2007daqiju").code == 2


def test_dedup_shows_merges_and_undoes(biblio: Runner, tmp_path: Path) -> None:
    biblio("add", str(SEED))
    copy = tmp_path / "copy.txt"
    lines = (
        "Бжезинский З. Великая шахматная доска. М.: Международные отношения, 1998. 256 с.",
        "Бжезинский З. Великая шахматная доска: господство Америки. М., 1998.",
    )
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert biblio("add", str(copy), "--format", "reflist").code == 0
    found = biblio("dedup")
    assert found.code == 0
    assert "score" in found.out and "title" in found.out
    pairs = json.loads(biblio("dedup", "--json").out)
    assert len(pairs) == 1
    keep, drop = pairs[0]["keys"]
    merged = biblio("dedup", "--merge", keep, drop)
    assert merged.code == 0 and "merge 1" in merged.out
    assert "no duplicates found" in biblio("dedup").out
    assert f"{drop} -> {keep}" in biblio("dedup", "--log").out
    assert biblio("dedup", "--undo", "1").code == 0
    assert biblio("show", drop).code == 0
    assert "(undone)" in biblio("dedup", "--log").out
