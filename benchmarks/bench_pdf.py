"""What PDFs cost: extraction and indexing pages/s, index growth, and the CLI on libraries without PDFs.

    .venv/bin/python benchmarks/bench_pdf.py [--pdfs 1000] [--records 2000] [--rounds 5] [--work DIR]
        [--parent REV]

1. A 1,000-page set: three documents (Chinese, Russian, English; every page numbered and different)
   made by xelatex, split by pypdfium2 into 50 PDFs of 20 pages.
2. Extraction: :func:`biblio.importers.pdf.reader.read_pdf` over the 50 PDFs (pages/s).
3. ``biblio add`` of the 50 PDFs into a library (offline): files kept, text stored, index updated.
4. Indexing: the index rebuilt with and without the attachments' text (same records); the
   difference is the cost of the PDF text (pages/s), and the size difference its index growth.
   With ``--pdfs N`` (N > 50) the library is then grown to N PDFs of 20 pages by giving new records
   the page texts of the 50 (the stored text is what the index reads; no more PDFs are compiled), and
   the rebuild is measured again: what 1,000 PDFs of 20 pages add.
5. The CLI without PDFs: a library of ``--records`` generated records (no PDFs) built by this tree and
   by ``--parent`` (default: the merge base with main, unpacked by ``git archive``) in the same run;
   wall time of ``biblio search`` and ``biblio list`` processes, median of ``--rounds``, and the ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.config import Config  # noqa: E402
from biblio.importers.pdf.reader import read_pdf  # noqa: E402
from biblio.library import Library  # noqa: E402
from biblio.model import Attachment, EntryType, LangText, Record  # noqa: E402
from biblio.store import files as stored_files  # noqa: E402
from tests.corpus.build import write_corpus  # noqa: E402
from tests.pdfgen.build import PdfBuilder  # noqa: E402
from tests.pdfgen.documents import many_pages_tex  # noqa: E402

PAGES_PER_PDF = 20
SET_PAGES = {"zh": 340, "ru": 340, "en": 320}  # 1,000 pages
_CHUNKS = re.compile(r"(?<=[。，；])|\s+")
QUERIES = ("Central Asia", "中亚 外交", "author:Smith year:2010..2020")


def make_set(work: Path) -> list[Path]:
    """The 50 PDFs of 20 pages (compiled once into ``work``; reused when present)."""
    import pypdfium2 as pdfium

    out = work / "set"
    existing = sorted(out.glob("*.pdf"))
    if len(existing) == sum(SET_PAGES.values()) // PAGES_PER_PDF:
        return existing
    out.mkdir(parents=True, exist_ok=True)
    builder = PdfBuilder(work / "tex")
    paths = []
    for lang, pages in SET_PAGES.items():
        source = pdfium.PdfDocument(builder.tex(many_pages_tex(lang, pages), f"set-{lang}"))
        for start in range(0, len(source), PAGES_PER_PDF):
            part = pdfium.PdfDocument.new()
            part.import_pages(source, list(range(start, min(start + PAGES_PER_PDF, len(source)))))
            buffer = io.BytesIO()
            part.save(buffer)
            path = out / f"{lang}-{start // PAGES_PER_PDF:02d}.pdf"
            path.write_bytes(buffer.getvalue())
            paths.append(path)
    return paths


def folder_size(path: Path) -> int:
    """Bytes of every file below ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed(action: object) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def rebuild(library: Library, with_files: bool) -> tuple[float, int]:
    """(seconds, index bytes) of a full rebuild, with or without the attachments' text."""
    from biblio.library import filetext

    original = filetext.file_text_source
    if not with_files:
        filetext.file_text_source = lambda lib: lambda record: ""  # type: ignore[assignment]
    try:
        seconds = timed(library.reindex)
    finally:
        filetext.file_text_source = original
    current = library.root / "index"
    live = [p for p in current.iterdir() if p.is_dir() and p.name.startswith("ix-")]
    newest = max(live, key=lambda p: p.stat().st_mtime)
    return seconds, folder_size(newest)


def grow(library: Library, pdfs: int) -> int:
    """Add records holding the stored page texts of the first PDFs until the library has ``pdfs`` of them."""
    db = library.store.db
    texts = [stored_files.attached_texts(db, [r.uid]).get(r.uid, []) for r in library.records()]
    sources = [t[0].pages for t in texts if t]
    added = 0
    with library.store.transaction():
        for number in range(len(sources), pdfs):
            shuffle = random.Random(number).shuffle  # same words, other order: postings as varied as real text
            pages = []
            for page in sources[number % len(sources)]:
                words = _CHUNKS.split(page)  # words, and Chinese text cut after its punctuation
                shuffle(words)
                pages.append(" ".join(words))
            sha = hashlib.sha256(f"synthetic-{number}".encode()).hexdigest()
            path = stored_files.file_path(sha, ".pdf")
            stored_files.insert_file(
                db, sha256=sha, path=path, size=0, mime="application/pdf", pages=pages, text_layer=True, now="now"
            )
            record = Record(
                type=EntryType.ARTICLE, key=f"synthetic{number}", title=(LangText(f"Paper {number}", "en"),)
            )
            record.attachments = [Attachment(path, "application/pdf", f"{number}.pdf", sha)]
            from biblio.store.records import insert_record

            insert_record(db, record, author_sort="", source_id=None, now="now")
            added += 1
    return added


def row(*cells: str) -> None:
    """One Markdown table row."""
    print("| " + " | ".join(cells) + " |", flush=True)


def bench_pdfs(paths: list[Path], work: Path, pdfs: int) -> None:
    """Sections 2-4."""
    pages = 0
    start = time.perf_counter()
    for path in paths:
        pages += len(read_pdf(path.read_bytes(), path.name).pages)
    seconds = time.perf_counter() - start
    row(
        f"extraction (read_pdf, {len(paths)} PDFs)",
        f"{pages} pages",
        f"{seconds:.1f} s",
        f"{pages / seconds:.0f} pages/s",
    )
    root = work / "library"
    shutil.rmtree(root, ignore_errors=True)
    with Library(Config(root)) as library:
        library.reindex()  # an index exists, so every add updates it
        seconds = timed(lambda: [library.add_file(p, offline=True) for p in paths])
        step = f"biblio add of the {len(paths)} PDFs (extract, store, index)"
        row(step, f"{pages} pages", f"{seconds:.1f} s", f"{pages / seconds:.0f} pages/s")
        _rebuilds(library, f"{len(paths)} records", pages)
        if pdfs > len(paths):
            grow(library, pdfs)
            total = pdfs * PAGES_PER_PDF
            _rebuilds(library, f"{pdfs} records with {PAGES_PER_PDF}-page PDFs", total)
            stored = folder_size(root) - folder_size(root / "index") - folder_size(root / "files")
            row(f"database with the page texts of {pdfs} PDFs", f"{total} pages", f"{stored / 2**20:.1f} MiB", "")


def _rebuilds(library: Library, what: str, pages: int) -> None:
    plain_s, plain_b = rebuild(library, with_files=False)
    full_s, full_b = rebuild(library, with_files=True)
    rate = pages / max(full_s - plain_s, 1e-9)
    row(
        f"index rebuild, {what}, without / with PDF text",
        f"{pages} pages",
        f"{plain_s:.1f} / {full_s:.1f} s",
        f"{rate:.0f} pages/s",
    )
    growth = (full_b - plain_b) / 2**20
    sizes = f"{plain_b / 2**20:.1f} / {full_b / 2**20:.1f} MiB"
    row(
        f"index size, {what}, without / with PDF text",
        f"{pages} pages",
        sizes,
        f"+{growth:.1f} MiB ({growth * 2**10 / pages:.2f} KiB/page)",
    )


def _cli(source: Path, library: Path, args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``python -m biblio`` process running the tree at ``source``."""
    env = {**os.environ, "PYTHONPATH": str(source), "BIBLIO_OFFLINE": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "biblio", "--library", str(library), *args],
        env=env,
        cwd=cwd,
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_cli(work: Path, parent: str, records: int, rounds: int) -> None:
    """Section 5: this tree against the parent commit, rounds interleaved in the same run.

    Each process runs in ``work`` (not the repository), so ``python -m biblio`` imports the tree
    named by PYTHONPATH; wall time is noisy on a shared machine, CPU time (user + system) less so.
    """
    parent_tree = work / f"parent-{parent}"
    if not parent_tree.exists():
        parent_tree.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", parent], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(parent_tree)], input=archive, check=True)
    corpus = write_corpus(work, records, name=f"corpus-{records}")
    trees = {"ours": (ROOT, work / f"cli-ours-{records}"), "parent": (parent_tree, work / f"cli-parent-{records}")}
    for source, library in trees.values():
        shutil.rmtree(library, ignore_errors=True)
        _cli(source, library, ["add", str(corpus)], work)
        _cli(source, library, ["index", "--rebuild"], work)
    commands = {f"search {q!r}": ["search", q] for q in QUERIES}
    commands["list --format keys"] = ["list", "--format", "keys"]
    commands["--version"] = ["--version"]
    print(
        f"\n| CLI on {records} records without PDFs (median of {rounds}) | this branch wall / CPU | "
        f"parent {parent} wall / CPU | CPU ratio |"
    )
    print("|---|---:|---:|---:|")
    for name, args in commands.items():
        samples: dict[str, list[tuple[float, float]]] = {"ours": [], "parent": []}
        for _ in range(rounds):
            for label, (source, library) in trees.items():
                samples[label].append(_cli(source, library, args, work))
        wall = {k: statistics.median(w for w, _ in v) for k, v in samples.items()}
        cpu = {k: statistics.median(c for _, c in v) for k, v in samples.items()}
        print(
            f"| `biblio {name}` | {wall['ours'] * 1000:.0f} / {cpu['ours'] * 1000:.0f} ms | "
            f"{wall['parent'] * 1000:.0f} / {cpu['parent'] * 1000:.0f} ms | {cpu['ours'] / cpu['parent']:.2f} |"
        )


def main() -> None:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdfs", type=int, default=1000, help="grow the library to this many 20-page PDFs")
    parser.add_argument("--records", type=int, default=2000, help="records of the no-PDF library for the CLI")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, default=None, help="working directory (kept; default: a temp dir)")
    default_parent = subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True, text=True, check=False
    ).stdout.strip()[:10]
    parser.add_argument("--parent", default=default_parent or "HEAD~1", help="the revision to compare the CLI with")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    work.mkdir(parents=True, exist_ok=True)
    paths = make_set(work)
    print("| step | input | time | throughput |")
    print("|---|---:|---:|---:|")
    bench_pdfs(paths, work, args.pdfs)
    bench_cli(work, args.parent, args.records, args.rounds)


if __name__ == "__main__":
    main()
