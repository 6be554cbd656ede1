"""Fixtures for the web importers: the data folder and importers with a fixed access date."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.web.html_importer import WebHtmlImporter
from biblio.importers.web.text_importer import WebTextImporter

DATA = Path(__file__).parents[2] / "data" / "web"
ACCESSED = "2026-03-01"


@pytest.fixture
def data() -> Path:
    """tests/data/web."""
    return DATA


@pytest.fixture
def text_importer() -> WebTextImporter:
    """The web-text importer with a fixed access date."""
    return WebTextImporter(accessed=ACCESSED)


@pytest.fixture
def html_importer() -> WebHtmlImporter:
    """The web-html importer with a fixed access date."""
    return WebHtmlImporter(accessed=ACCESSED)
