"""Which PDF text extractor: pypdfium2 against pdfminer.six (and poppler's pdftotext as a reference peer).

    .venv/bin/pip install pdfminer.six   # not a dependency of biblio: only this comparison uses it
    .venv/bin/python benchmarks/bench_pdf_extractors.py [--rounds 3] [--work DIR]

On PDFs with a known source text (made here by xelatex/xdvipdfmx and pdfLaTeX: Chinese, Russian
with bitmap T2A fonts, English in two columns) it reports, per extractor, the share of the source's
words found and found in reading order (after :func:`biblio.importers.pdf.clean.clean_page_text`,
the same for all), and milliseconds per page (best of ``--rounds``). On third-party PDFs found on
this machine (Debian and TeX Live documentation, when installed) it reports how much of pdftotext's
text each library finds, and the time. Prints a Markdown table (docs/pdf.md keeps the result).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from biblio.importers.pdf.clean import clean_page_text
from tests.pdfgen.build import PdfBuilder
from tests.pdfgen.compare import found_in_order, words_found

GENERATED = ("english_twocolumn", "english_xmp", "zh_long", "ru_long", "ru_pdflatex", "en_pdflatex_twocolumn")
THIRD_PARTY = (
    "/usr/share/doc/libtasn1-doc/libtasn1.pdf",
    "/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf",
    "/usr/share/texmf/doc/bibtex/biber/biber.pdf",
    "/usr/share/texmf/doc/fonts/lm/lm-info.pdf",
    "/usr/share/texmf/doc/fonts/lm-math/test-word-latinmodern_math.pdf",
)
Extractor = Callable[[Path], list[str]]


def pdfium_pages(path: Path) -> list[str]:
    """Raw page texts from PDFium."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        out = []
        for page in document:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return out
    finally:
        document.close()


def pdfminer_pages(path: Path) -> list[str]:
    """Raw page texts from pdfminer.six's layout analysis (default LAParams)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        "\n".join(element.get_text() for element in page if isinstance(element, LTTextContainer))
        for page in extract_pages(str(path))
    ]


def pdftotext_pages(path: Path) -> list[str]:
    """Raw page texts from poppler's pdftotext (reading order, no -layout)."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", errors="replace").split("\f")[:-1] or [""]


EXTRACTORS: dict[str, Extractor] = {
    "pypdfium2": pdfium_pages,
    "pdfminer.six": pdfminer_pages,
    "pdftotext": pdftotext_pages,
}


def timed(extract: Extractor, path: Path, rounds: int) -> tuple[str, int, float]:
    """(cleaned text, pages, best seconds)."""
    best = float("inf")
    pages: list[str] = []
    for _ in range(rounds):
        start = time.perf_counter()
        pages = [clean_page_text(p) for p in extract(path)]
        best = min(best, time.perf_counter() - start)
    return "\n".join(pages), len(pages), best


def main() -> None:
    """Print the comparison table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None, help="build directory (default: a temp dir)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    builder = PdfBuilder(work)
    print("| PDF (producer) | pages | extractor | words found | in order | ms/page |")
    print("|---|---:|---|---:|---:|---:|")
    for name in GENERATED:
        path = builder.path(name)
        document = builder.document(name)
        for label, extract in EXTRACTORS.items():
            text, pages, seconds = timed(extract, path, args.rounds)
            found, ordered = words_found(document.text, text), found_in_order(document.text, text)
            producer = "pdfTeX" if document.engine == "pdflatex" else "xdvipdfmx"
            per_page = 1000 * seconds / pages
            print(
                f"| {name} ({producer}) | {pages} | {label} | {found:.1%} | {ordered:.1%} | {per_page:.1f} |",
                flush=True,
            )
    print("\n| third-party PDF | pages | extractor | share of pdftotext's words | ms/page |")
    print("|---|---:|---|---:|---:|")
    for name in THIRD_PARTY:
        path = Path(name)
        if not path.exists():
            continue
        reference, _, _ = timed(pdftotext_pages, path, 1)
        for label, extract in EXTRACTORS.items():
            text, pages, seconds = timed(extract, path, args.rounds)
            share, per_page = words_found(reference, text), 1000 * seconds / pages
            print(f"| {path.name} | {pages} | {label} | {share:.1%} | {per_page:.1f} |", flush=True)


if __name__ == "__main__":
    main()
