"""Libraries for the authority tests: empty, and the seed CNKI article with the Grand Chessboard family."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.config import Config
from biblio.library import Library

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = DATA / "cnki" / "seed_002_central_asia.txt"
ENGLISH = DATA / "authority" / "grand_chessboard.bib"
RUSSIAN = DATA / "authority" / "russian_refs.txt"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library."""
    with Library(Config(library=tmp_path / "lib")) as lib:
        yield lib


@pytest.fixture
def seeded(library: Library) -> Library:
    """The seed CNKI article (with its three cited books) added."""
    library.add_file(SEED)
    return library


@pytest.fixture
def family(seeded: Library) -> Library:
    """The seed plus the English original of The Grand Chessboard and its Russian translation (GOST line)."""
    seeded.add_file(ENGLISH)
    seeded.add_file(RUSSIAN, fmt="reflist")
    return seeded
