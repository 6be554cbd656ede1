"""Write the multilingual benchmark corpus (BibLaTeX and JSON lines) for tests."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import gen_corpus


def write_corpus(directory: Path, n: int, name: str = "corpus") -> Path:
    """Write ``n`` records as ``<name>.bib`` in ``directory``; returns the .bib path."""
    path = directory / f"{name}.bib"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(gen_corpus.to_bibtex(gen_corpus.generate_record(i, gen_corpus.DEFAULT_SEED)))
            handle.write("\n")
    return path
