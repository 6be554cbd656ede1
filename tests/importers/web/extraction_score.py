"""Scoring main-text extractors on the saved pages in tests/data/web/html (``NAME.html`` + ``NAME.expected.txt``).

Run as a script to print the comparison recorded in docs/web-extraction.md::

    .venv/bin/python tests/importers/web/extraction_score.py

Precision: the share of extracted paragraphs that are article text (found in the expected body);
recall: the share of expected paragraphs found in the extraction. Text is compared after NFKC
normalisation with all whitespace removed, so paragraph splitting and spacing do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from biblio.importers.web.charset import decode_html
from biblio.importers.web.extract import extract_paragraphs
from biblio.importers.web.htmldom import parse_html_tree
from biblio.importers.web.outlets import print_edition
from biblio.importers.web.sources import split_sources

PAGES = Path(__file__).parents[2] / "data" / "web" / "html"
Extractor = Callable[[str], list[str]]


@dataclass(frozen=True)
class Score:
    """Paragraph-level precision and recall on one page."""

    page: str
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def pages() -> list[tuple[str, str, list[str]]]:
    """(name, decoded HTML, expected paragraphs) for every saved page."""
    found = []
    for html_path in sorted(PAGES.glob("*.html")):
        expected = html_path.with_suffix(".expected.txt").read_text(encoding="utf-8").splitlines()
        found.append((html_path.stem, decode_html(html_path.read_bytes()), [e for e in expected if e.strip()]))
    return found


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def score(page: str, extracted: list[str], expected: list[str]) -> Score:
    """Precision and recall of ``extracted`` against ``expected`` paragraphs."""
    extracted = [e for e in (_norm(p) for p in extracted) if e]
    wanted = [_norm(p) for p in expected]
    body, got = "".join(wanted), "".join(extracted)
    precise = sum(1 for p in extracted if p in body)
    recalled = sum(1 for p in wanted if p in got)
    return Score(page, precise / len(extracted) if extracted else 0.0, recalled / len(wanted) if wanted else 1.0)


def after_extraction(paragraphs: list[str]) -> list[str]:
    """What the importer does to any extractor's output: cut the source list, drop print-edition lines."""
    return [p for p in split_sources(paragraphs)[0] if print_edition(p) is None]


def own_extractor(html: str) -> list[str]:
    """biblio's extractor."""
    return after_extraction(extract_paragraphs(parse_html_tree(html)))


def trafilatura_extractor(html: str) -> list[str]:
    """trafilatura with its default settings (comments and tables off)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    return after_extraction([line for line in text.splitlines() if line.strip()])


def compare(extractors: dict[str, Extractor]) -> dict[str, list[Score]]:
    """Scores of each extractor on each saved page."""
    cases = pages()
    return {name: [score(page, run(html), want) for page, html, want in cases] for name, run in extractors.items()}


def _main() -> None:
    extractors: dict[str, Extractor] = {"biblio": own_extractor}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura not installed: scoring biblio's extractor only")
    else:
        extractors["trafilatura"] = trafilatura_extractor
    results = compare(extractors)
    print("| page | " + " | ".join(f"{n} P | {n} R" for n in results) + " |")
    print("|---|" + "---|---|" * len(results))
    names = [s.page for s in next(iter(results.values()))]
    for index, page in enumerate(names):
        cells = " | ".join(f"{r[index].precision:.2f} | {r[index].recall:.2f}" for r in results.values())
        print(f"| {page} | {cells} |")
    for name, scores in results.items():
        mean_p = sum(s.precision for s in scores) / len(scores)
        mean_r = sum(s.recall for s in scores) / len(scores)
        print(f"{name}: mean precision {mean_p:.2f}, mean recall {mean_r:.2f}")


if __name__ == "__main__":
    _main()
