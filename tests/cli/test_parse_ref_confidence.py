"""``biblio parse-ref`` shows the parse's confidence without breaking the CSL-JSON contract."""

from __future__ import annotations

import json

from tests.cli.conftest import Runner


def test_csl_json_carries_biblio_confidence(biblio: Runner) -> None:
    result = biblio("parse-ref", "Baranov, D. (2014). Pastoral mobility. Nomadic Peoples, 18(2), 77-85.")
    item = json.loads(result.out)
    assert result.code == 0
    assert 0.8 <= item["biblio-confidence"] <= 1.0
    assert item["container-title"] == "Nomadic Peoples" and "note" not in item


def test_low_confidence_warns_on_stderr(biblio: Runner) -> None:
    result = biblio("parse-ref", "--style", "english", "see also the discussion above")
    assert result.code == 0
    assert json.loads(result.out)["biblio-confidence"] < 0.8
    assert "low confidence" in result.err


def test_biblatex_output_reports_confidence_on_stderr(biblio: Runner) -> None:
    result = biblio("parse-ref", "--format", "biblatex", "Kerr, Ruth. 1999. The Grain Trade. Ann Arbor, Mich.: UMP.")
    assert result.out.startswith("@") and "confidence" in result.err
