"""A PDF's DOI looked up over the network (a local server with recorded-shape answers), and --offline honoured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from biblio.importers.pdf.record import NEEDS_REVIEW
from biblio.library import Library
from tests.pdfgen.build import PdfBuilder

NET = Path(__file__).resolve().parent.parent / "data" / "net"
DOI = "10.5555/cas.2024.0042"


def _crossref_work(doi: str, title: str) -> bytes:
    """The recorded Crossref answer (tests/data/net/crossref_work.json) re-addressed to another DOI and title."""
    data = json.loads((NET / "crossref_work.json").read_text(encoding="utf-8"))
    data["message"]["DOI"], data["message"]["title"] = doi, [title]
    return json.dumps(data).encode()


@pytest.fixture
def server(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    base = httpserver.url_for("").rstrip("/")
    monkeypatch.setenv("BIBLIO_CROSSREF_URL", f"{base}/crossref")
    monkeypatch.setenv("BIBLIO_DOI_URL", f"{base}/doi")
    for name, value in (("TIMEOUT", "0.5"), ("RETRIES", "1"), ("BACKOFF", "0")):
        monkeypatch.setenv(f"BIBLIO_NET_{name}", value)
    monkeypatch.delenv("BIBLIO_OFFLINE", raising=False)
    return httpserver


def test_doi_found_in_the_pdf_is_looked_up(server: HTTPServer, library: Library, pdfs: PdfBuilder) -> None:
    server.expect_request(f"/crossref/works/{DOI}").respond_with_data(_crossref_work(DOI, "Water and Power (Crossref)"))
    report = library.add_file(pdfs.path("english_twocolumn"))
    assert report.warnings == []
    record = library.get(report.added[0])
    assert record.main_title() == "Water and Power (Crossref)"
    assert record.doi.lower() == DOI and NEEDS_REVIEW not in record.tags
    assert record.provenance is not None and record.provenance.importer == "crossref"
    assert [a.description for a in record.attachments] == ["english_twocolumn.pdf"]


def test_failed_lookup_falls_back_to_the_pdf(server: HTTPServer, library: Library, pdfs: PdfBuilder) -> None:
    server.expect_request(f"/crossref/works/{DOI}").respond_with_data("not found", status=404)
    server.expect_request(f"/doi/{DOI}").respond_with_data("not found", status=404)
    report = library.add_file(pdfs.path("english_twocolumn"))
    assert report.warnings[0].endswith("record made from the PDF") and "lookup failed" in report.warnings[0]
    record = library.get(report.added[0])
    assert record.main_title() == "Water, Pipelines and Influence in Central Asia" and NEEDS_REVIEW in record.tags


def test_arxiv_id_is_looked_up_by_its_datacite_doi(server: HTTPServer, library: Library, pdfs: PdfBuilder) -> None:
    item = {"type": "article", "title": "Railway Corridors and Sovereign Debt", "DOI": "10.48550/arXiv.2101.01234"}
    item["author"] = [{"family": "Li", "given": "Wei"}]  # type: ignore[assignment]
    server.expect_request("/crossref/works/10.48550/arXiv.2101.01234").respond_with_data("no", status=404)
    server.expect_request("/doi/10.48550/arXiv.2101.01234").respond_with_json(item)
    report = library.add_file(pdfs.path("english_arxiv"))
    record = library.get(report.added[0])
    assert record.doi == "10.48550/arXiv.2101.01234" and NEEDS_REVIEW not in record.tags


def test_offline_asks_no_server(server: HTTPServer, library: Library, pdfs: PdfBuilder) -> None:
    report = library.add_file(pdfs.path("english_twocolumn"), offline=True)
    assert server.log == []
    assert NEEDS_REVIEW in library.get(report.added[0]).tags
