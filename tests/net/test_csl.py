"""Crossref/doi.org JSON -> clean CSL items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from biblio.importers.csl.importer import item_to_record
from biblio.net.csl import clean_csl, plain_abstract

NET = Path(__file__).resolve().parent.parent / "data" / "net"


def _json(name: str) -> Any:
    return json.loads((NET / name).read_text(encoding="utf-8"))


def test_crossref_work_becomes_a_csl_item() -> None:
    item = clean_csl(_json("crossref_work.json")["message"])
    assert item == {
        "type": "article-journal",
        "title": "Eurasian integration and the Caspian transport corridor",
        "container-title": "Central Asian Survey",
        "publisher": "Informa UK Limited",
        "volume": "42",
        "issue": "2",
        "page": "201-223",
        "DOI": "10.1234/abc",
        "ISSN": "0263-4937",
        "language": "en",
        "abstract": "This article examines how the Trans-Caspian route has changed the politics of Eurasian "
        "integration since 2014.",
        "author": [{"family": "Kassenova", "given": "Nargis"}, {"family": "Petrov", "given": "Ivan"}],
        "issued": {"date-parts": [[2023, 5, 12]]},
    }


def test_doi_org_csl_keeps_only_bibliographic_variables() -> None:
    item = clean_csl(_json("doi_csl.json"))
    assert set(item) == {"type", "author", "issued", "abstract", "DOI", "publisher", "title", "URL"}
    assert item["author"][1] == {"literal": "Central Asia Data Collective"}


def test_a_url_that_only_resolves_the_doi_is_dropped() -> None:
    assert "URL" not in clean_csl({"DOI": "10.1/AB", "URL": "https://doi.org/10.1/ab"})
    assert clean_csl({"DOI": "10.1/ab", "URL": "https://example.org/10.1/ab"})["URL"] == "https://example.org/10.1/ab"
    assert clean_csl({"URL": "https://doi.org/10.1/ab"})["URL"] == "https://doi.org/10.1/ab"


def test_crossref_types_and_subtitles() -> None:
    item = clean_csl({"type": "book-chapter", "title": ["Main"], "subtitle": ["Sub"], "ISBN": ["978", "979"]})
    assert item == {"type": "chapter", "title": "Main: Sub", "ISBN": "978"}
    assert clean_csl({})["type"] == "document"
    assert clean_csl({"type": "article-journal"})["type"] == "article-journal"


def test_dates_fall_back_to_print_then_online() -> None:
    assert clean_csl({"published-online": {"date-parts": [[2020, 1]]}})["issued"] == {"date-parts": [[2020, 1]]}
    assert "issued" not in clean_csl({"issued": {"date-parts": [[None]]}})


def test_plain_abstract_drops_markup_and_heading() -> None:
    assert plain_abstract("<jats:title>Abstract</jats:title><jats:p>A &amp; B.</jats:p>") == "A & B."
    assert plain_abstract("<p>摘要：中亚研究</p>") == "中亚研究"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
KEYS = st.sampled_from(["type", "title", "author", "issued", "ISSN", "page", "subtitle", "published-print", "DOI"])


@given(st.dictionaries(KEYS | st.text(max_size=8), JSON, max_size=8))
def test_clean_csl_never_raises_and_gives_a_readable_item(data: dict[str, Any]) -> None:
    item = clean_csl(data)
    assert isinstance(item["type"], str)
    item_to_record(item)
