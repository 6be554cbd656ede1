"""scripts/build_csl_corpus.py: which records are rendered, their gold, the plain text, and one real render by
citeproc-py (skipped when the ``train`` extra is not installed) whose strings the aligner labels.

The records are written here (invented works in the shapes BibTeX files give), not read from ../shared."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from biblio.importers.refs.crf.align import align
from scripts import build_csl_corpus as csl
from scripts.refcorpus.gold import gold, squash


def _item(n: int, kind: str = "article-journal", **more: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"x{n}",
        "type": kind,
        "title": f"Irrigation and the state in basin {n}",
        "author": [{"family": "Osei", "given": "Peter K."}, {"family": "Hartmann", "given": "Lena"}],
        "issued": {"date-parts": [[2000 + n % 20]]},
    }
    if kind == "article-journal":
        item.update({"container-title": "Water History", "volume": "6", "issue": "2", "page": "141-160"})
    else:
        item.update({"publisher": "Cornell University Press", "publisher-place": "Ithaca, NY"})
    item.update(more)
    return item


def test_usable_needs_names_title_year_and_no_tex() -> None:
    assert csl.usable(_item(1))
    assert not csl.usable({**_item(1), "author": []})
    assert csl.usable({**_item(1), "author": [], "editor": [{"family": "Berg", "given": "T."}]})
    assert not csl.usable({**_item(1), "issued": {}})
    assert not csl.usable({**_item(1), "title": ""})
    assert not csl.usable({**_item(1), "title": "The {Amu} Darya"})
    assert not csl.usable({**_item(1), "title": "On $x^2$ sums"})
    assert not csl.usable(_item(1, "book", publisher="MITP-ADDRESS"))  # an unresolved @string macro
    assert not csl.usable({**_item(1), "author": [{"family": "Berg", "non-dropping-particle": "van den"}]})
    assert not csl.usable(_item(1, "dataset"))


def test_choose_dedupes_caps_articles_and_is_seeded() -> None:
    items = [_item(n) for n in range(40)] + [_item(n, "book") for n in range(40, 70)]
    items += [_item(3)]  # the same work twice
    chosen = csl.choose(items, 20, seed=1)
    assert len(chosen) == 20
    assert sum(i["type"] == "article-journal" for i in chosen) == 20 - int(20 * (1 - csl._ARTICLE_SHARE))
    assert len({csl._dedupe_key(i) for i in chosen}) == 20
    assert [i["title"] for i in csl.choose(items, 20, seed=1)] == [i["title"] for i in chosen]
    assert [i["title"] for i in csl.choose(items, 20, seed=2)] != [i["title"] for i in chosen]


def test_a_work_of_a_scored_corpus_is_not_chosen() -> None:
    known = "|".join(
        squash(t) for t in ("Osei, P. (2001). Irrigation and the state in basin 1. Water History.", "Wells")
    )
    chosen = csl.choose([_item(1), _item(2), _item(3, title="Wells")], 3, seed=1, known=known)
    assert sorted(i["title"] for i in chosen) == ["Irrigation and the state in basin 2", "Wells"]


def test_broken_renderings_are_recognised() -> None:
    assert csl._BROKEN.search("Burgess R., 2019, Rethinking Global Health, traduit par , Routledge.")
    assert csl._BROKEN.search("Osei, P. Wells () 12.")
    assert not csl._BROKEN.search("Osei, P. Wells, traduit par J. Sallis, Paris, 2001.")


def test_a_page_value_the_gold_cannot_hold_is_not_rendered() -> None:
    chosen = csl.choose([_item(1, page="12(3)"), _item(2, page="e1-e4; 7"), _item(3, page="S12–S19")], 3, seed=1)
    pages = {i["title"][-1]: i.get("page") for i in chosen}
    assert pages == {"1": None, "2": None, "3": "S12–S19"}


def test_to_record_gives_the_rendered_corpus_shape() -> None:
    record = csl.to_record({**_item(7), "issued": {"date-parts": [[2014, 3, 9]]}, "DOI": "10.1/x"})
    assert record["type"] == "article" and record["journaltitle"] == "Water History"
    assert record["number"] == "2" and record["pages"] == "141--160" and record["date"] == "2014-03-09"
    assert [p.gold() for p in record["author"]] == ["Osei, Peter K.", "Hartmann, Lena"]
    chapter = csl.to_record(_item(8, "chapter", **{"container-title": "Markets"}))
    assert chapter["type"] == "incollection" and chapter["booktitle"] == "Markets"
    assert chapter["location"] == "Ithaca, NY" and chapter["publisher"] == "Cornell University Press"
    report = csl.to_record(_item(9, "report", number="WP-7"))
    assert report["institution"] == "Cornell University Press" and report["number"] == "WP-7"
    corporate = csl.to_record({**_item(10), "author": [{"literal": "World Bank"}]})
    assert corporate["author"][0].gold() == {"literal": "World Bank"}


def test_clean_strips_markup_and_spaces_a_glued_number() -> None:
    assert csl.clean("[1]D. L. Osei, <i>Wells</i>,  12‑19.") == "[1] D. L. Osei, Wells, 12-19."
    assert csl.clean("12.Osei, P. Wells.") == "12. Osei, P. Wells."
    assert csl.clean("Osei, P. (2012). Wells.") == "Osei, P. (2012). Wells."


@pytest.mark.parametrize("style", ["apa", "ieee", "din-1505-2", "iso690-author-date-fr"])
def test_rendered_strings_are_aligned(style: str) -> None:
    pytest.importorskip("citeproc")
    items = [_item(1), _item(2, "book"), _item(3, "chapter", **{"container-title": "Markets of the Valley"})]
    texts = csl.render_style(style, items)
    assert set(texts) == {"x1", "x2", "x3"}
    for item in items:
        text = csl.clean(texts[item["id"]])
        expected = gold(csl.to_record(item), text)
        aligned = align(text, expected)
        assert aligned is not None, text
        tokens, labels = aligned
        names = [label for token, label in zip(tokens, labels, strict=True) if "osei" in token.casefold()]
        assert names == ["author"], text
        assert "title" in labels, text


def test_what_the_gold_cannot_hold_is_not_rendered() -> None:
    month = _item(1, issued={"date-parts": [[2014, 5]]}, publisher="Springer", **{"publisher-place": "Berlin"})
    day = _item(2, "book", issued={"date-parts": [["2014", "5", "9"]]})
    chosen = {i["title"][-1]: i for i in csl.choose([month, day], 2, seed=1)}
    assert chosen["1"]["issued"] == {"date-parts": [[2014]]}  # a printed month would be an unlabelled note
    assert "publisher" not in chosen["1"] and "publisher-place" not in chosen["1"]  # an article's
    assert chosen["2"]["issued"] == {"date-parts": [[2014, 5, 9]]}
    assert chosen["2"]["publisher"] == "Cornell University Press"
    assert not csl.usable(_item(3, "book", publisher="New York; London : Teachers College Press"))


def test_bib_files_are_read_beside_the_folders(tmp_path: Path) -> None:
    bib = tmp_path / "one.bib"
    bib.write_text(
        "@book{a, author = {Eisenstein, Elizabeth L.}, title = {The Printing Press as an Agent of Change},"
        " publisher = {Cambridge University Press}, address = {Cambridge}, year = {1979}}\n",
        encoding="utf-8",
    )
    items = csl.load_items([], [], (bib,))
    assert [(i["title"], i["_file"]) for i in items] == [("The Printing Press as an Agent of Change", "one.bib")]
    assert csl.usable(items[0])


@pytest.mark.skipif(shutil.which("kpsewhich") is None, reason="TeX Live is not installed")
def test_texlive_bibliographies_are_found_by_name() -> None:
    found = csl.texlive_bibs()
    assert found and {p.name for p in found} <= set(csl.TEXLIVE_BIBS)
    assert all(p.is_file() for p in found)
