"""The labeller's dictionary features: the name gazetteer (names.tsv, US Census 1990 lists) beside lexicon.tsv."""

from __future__ import annotations

from biblio.importers.refs.crf.features import lexicon, local_features


def test_census_surnames_and_given_names_are_flagged() -> None:
    table = lexicon()
    assert "surname" in table["johnson"] and "surname" in table["hofmann"]
    assert "given" in table["margaret"] and "given" in table["alonso"]
    assert "month" in table["juillet"]  # lexicon.tsv is still read
    assert "dict=surname" in local_features("Johnson,")
    assert "dict=given" in local_features("Margaret")
    assert not any(f.startswith("dict=") for f in local_features("Irrigation"))
