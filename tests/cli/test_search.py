"""`biblio search` output: the plain listing in a pipe, JSON, exports of the hits, no matches."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "bibtex" / "sample.bib"


def test_plain_listing_aligns_hits_and_marks_matches(biblio: Runner) -> None:
    assert "added 11" in biblio("add", str(SAMPLE)).out  # (the sample ends with a malformed entry)
    found = biblio("search", "平衡外交")
    assert found.code == 0
    lines = found.out.splitlines()
    assert lines[0].startswith("zhang2024 ") and "2024" in lines[0] and "中亚国家的多元平衡外交" in lines[0]
    assert "\x1b[" not in found.out  # no terminal escapes in a pipe
    assert lines[-1] == "1 of 1 match"


def test_snippet_line_and_count_for_several_hits(biblio: Runner) -> None:
    biblio("add", str(SAMPLE))
    found = biblio("search", "Siberian OR Trade OR Asia", "--limit", "1")
    lines = found.out.splitlines()
    assert len([line for line in lines if not line.startswith("    ")]) == 2  # one hit and the count
    assert lines[-1].startswith("1 of ") and int(lines[-1].split()[2]) >= 2


def test_no_matches_with_a_suggestion(biblio: Runner) -> None:
    biblio("add", str(SAMPLE))
    found = biblio("search", "Siberain")
    assert found.code == 0 and found.out.startswith("no matches — did you mean: siberian")


def test_json_and_bibtex_output_of_the_hits(biblio: Runner) -> None:
    biblio("add", str(SAMPLE))
    hits = json.loads(biblio("search", "历史的地理枢纽", "--json").out)
    assert [hit["key"] for hit in hits] == ["mackinder1985"] and "«" in hits[0]["snippet"]
    exported = biblio("search", "历史的地理枢纽", "--format", "biblatex").out
    assert exported.startswith("@book{mackinder1985,")


def test_lucene_year_range_end_to_end(biblio: Runner) -> None:
    biblio("add", str(SAMPLE))
    found = biblio("search", "year:[2010 TO 2021]", "--json")
    assert found.code == 0
    assert sorted(hit["key"] for hit in json.loads(found.out)) == ["ivanov2019", "times2021", "worldbank2020"]
    dotted = biblio("search", "year:2010..2021", "--json")
    assert json.loads(dotted.out) == json.loads(found.out)
    exclusive = json.loads(biblio("search", "year:{1950 TO 2007}", "--json").out)  # 1950 and 2007 left out
    assert sorted(hit["key"] for hit in exclusive) == ["mackinder1985", "smith1999"]
    bad = biblio("search", "year:[2021 TO 2010]")
    assert (bad.code, bad.out) == (1, "")
    assert bad.err.strip() == "biblio: bad query: year range [2021 TO 2010] runs backwards"
