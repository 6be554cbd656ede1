"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from biblio.model import EntryType, LangText, Name, Record

if TYPE_CHECKING:
    from tests.pdfgen.build import PdfBuilder

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _derived_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Derived caches (the pinyin phrase index) go to a session folder, not the user's cache dir."""
    saved = os.environ.get("BIBLIO_CACHE_DIR")
    os.environ["BIBLIO_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if saved is None:
        os.environ.pop("BIBLIO_CACHE_DIR", None)
    else:
        os.environ["BIBLIO_CACHE_DIR"] = saved


@pytest.fixture
def data_dir() -> Path:
    """The folder of test inputs."""
    return DATA


def make_record(title: str = "Title", **kwargs: object) -> Record:
    """A small record for store-level tests."""
    entry_type = kwargs.pop("type", EntryType.ARTICLE)
    assert isinstance(entry_type, EntryType)
    record = Record(type=entry_type, title=(LangText(title, "en"),))
    for name, value in kwargs.items():
        setattr(record, name, value)
    return record


@pytest.fixture
def zhang() -> Record:
    """A Chinese article with a second-language title, funding-free."""
    return Record(
        type=EntryType.ARTICLE,
        key="zhang2024pluralistic",
        title=(LangText("中亚国家的多元平衡外交", "zh"), LangText("Pluralistic and Balanced Diplomacy", "en")),
        authors=[Name(family="张", given="宁", script="Hani", romanized="Zhang Ning", written="张宁")],
        container=(LangText("俄罗斯学刊", "zh"), LangText("Academic Journal of Russian Studies", "en")),
        date="2024",
        number="6",
        pages="5-23",
        language="zh",
    )


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> PdfBuilder:
    """The test PDFs (tests/pdfgen), compiled by xelatex once per session; skips without TeX (fails under CI=true)."""
    from tests.pdfgen.build import PdfBuilder, missing_tools

    missing = missing_tools()
    if missing:
        message = f"PDF test tools missing: {', '.join(missing)} (install with .ci/apt-packages.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return PdfBuilder(tmp_path_factory.mktemp("pdfs"))
