"""Golden files for the CNKI and tagged-format importers: every input has an expected JSON next to it.

Regenerate after an intended change with ``BIBLIO_REGEN_GOLDEN=1 pytest tests/importers/test_cnki_golden.py``
and review the diff. Names are reduced to their written form and romanization, and cited works to
their count, so that changes in the name and reference parsers (other modules) do not break these files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from biblio.importers.base import Importer
from biblio.importers.cnki.estudy import CnkiEStudyImporter
from biblio.importers.cnki.html import CnkiHtmlImporter
from biblio.importers.cnki.text import CnkiTextImporter
from biblio.importers.tagged.noteexpress import NoteExpressImporter
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import Record
from biblio.model.serialize import record_to_dict

DATA = Path(__file__).parents[2] / "data"
CASES: dict[str, Importer] = {
    "cnki/seed_002_central_asia.txt": CnkiTextImporter(),
    "cnki/thesis_phd.txt": CnkiTextImporter(),
    "cnki/masters_thesis.txt": CnkiTextImporter(),
    "cnki/conference.txt": CnkiTextImporter(),
    "cnki/multi_authors.txt": CnkiTextImporter(),
    "cnki/old_style.txt": CnkiTextImporter(),
    "cnki/custom_export.txt": CnkiEStudyImporter(),
    "cnki/detail_page.html": CnkiHtmlImporter(),
    "tagged/cnki_noteexpress.net": NoteExpressImporter(),
    "tagged/cnki_endnote.enw": ReferImporter(),
    "tagged/cnki_refworks.txt": RefWorksImporter(),
    "tagged/cnki.ris": RisImporter(),
}


def _stable(record: Record, cited: int) -> dict[str, Any]:
    data = record_to_dict(record)
    data.pop("uid")
    for role in ("authors", "editors", "translators"):
        if role in data:
            data[role] = [{"written": n.display(), "romanized": n.romanized} for n in getattr(record, role)]
    if "links" in data:
        data["links"] = [link["kind"] for link in data["links"]]
    data["cited_records"] = cited
    return data


def _snapshot(path: str, importer: Importer) -> dict[str, Any]:
    result = importer.parse((DATA / path).read_text(encoding="utf-8"))
    main = [r for r in result.records if r.provenance and not r.provenance.locator.startswith("reference")]
    return {
        "records": [_stable(r, len(r.links)) for r in main],
        "problems": [{"line": p.line, "message": p.message} for p in result.problems if p.severity == "error"],
    }


@pytest.mark.parametrize("path", sorted(CASES))
def test_golden(path: str) -> None:
    golden = DATA / (path.rsplit(".", 1)[0] + ".expected.json")
    actual = _snapshot(path, CASES[path])
    if os.environ.get("BIBLIO_REGEN_GOLDEN"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))
