"""benchmarks/bench_texlive_bib.py: which files it reads and what it counts per file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_texlive_bib import measure, texlive_files


def test_it_reads_the_bibtex_and_doc_trees(tmp_path: Path) -> None:
    for name in ("bibtex/bib/beebe/a.bib", "doc/latex/pkg/b.bib", "tex/latex/c.bib", "bibtex/bst/d.bst"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in texlive_files(tmp_path)] == ["a.bib", "b.bib"]


def test_it_counts_each_readers_entries_and_the_tex_left(tmp_path: Path) -> None:
    bib = tmp_path / "x.bib"
    bib.write_text(
        "@COMMENTED{erm, author = {Walther Erman}, title = {Handkommentar}, year = 1993}\n"
        "@Book{b, author = {A. Author}, title = {The \\verb|\\special| command in {\\MF}}, year = 1990}\n",
        encoding="utf-8",
    )
    row = measure(bib)
    assert (row["biblio"], row["peer"]) == (2, 1)  # jurabib's @COMMENTED is an entry type, not a comment
    assert row["undecoded"] == 1 and row["error"] == "" and row["detected"] == "bibtex"
    empty = tmp_path / "none.bib"
    empty.write_text("% nothing here\n", encoding="latin-1")
    assert measure(empty)["biblio"] == 0 and measure(empty)["error"]
