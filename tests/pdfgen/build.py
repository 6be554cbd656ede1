"""Compiling the test PDFs with xelatex, once per test session (xelatex is slow; the machine has 2 cores).

``PdfBuilder(directory).path(name)`` compiles the named document the first time it is asked for and
returns the PDF's path; later calls return the same file. Setting ``BIBLIO_TEST_PDF_CACHE`` to a
directory keeps the PDFs between sessions, keyed by a hash of the LaTeX source (for development).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from tests.pdfgen.documents import DOCUMENTS, OTHER_PRODUCERS, SCANNED, TestDocument

TOOLS = ("xelatex", "pdftoppm", "timeout")
CACHE_ENV = "BIBLIO_TEST_PDF_CACHE"
STEP_TIMEOUT = 180


class TexMissing(RuntimeError):
    """The TeX tool chain (or pdftoppm) is not installed."""


def missing_tools() -> list[str]:
    """The tools the builder needs that are not on PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def compile_tex(tex: str, directory: Path, name: str = "doc", engine: str = "xelatex") -> Path:
    """Compile LaTeX source with ``engine`` in ``directory``; returns the PDF path."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.tex").write_text(tex, encoding="utf-8")
    command = ["timeout", "-s", "KILL", str(STEP_TIMEOUT), engine, "-interaction=nonstopmode", "-halt-on-error"]
    command += ["-no-shell-escape", f"{name}.tex"]
    done = subprocess.run(
        command,
        cwd=directory,
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    pdf = directory / f"{name}.pdf"
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"{engine} failed on {name}:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return pdf


class PdfBuilder:
    """Makes the test PDFs on demand, once each."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.cache = Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else None
        self._made: dict[str, Path] = {}

    def document(self, name: str) -> TestDocument:
        """The document description of ``name`` (``scanned`` included)."""
        return SCANNED if name == "scanned" else DOCUMENTS.get(name) or OTHER_PRODUCERS[name]

    def path(self, name: str) -> Path:
        """The PDF of the named document, compiled if needed."""
        if name not in self._made:
            self._made[name] = self._make(name)
        return self._made[name]

    def bytes(self, name: str) -> bytes:
        """The PDF's bytes."""
        return self.path(name).read_bytes()

    def tex(self, tex: str, name: str, engine: str = "xelatex") -> Path:
        """Any LaTeX source compiled (cached like the named documents)."""
        key = hashlib.sha256(f"{engine}\n{tex}".encode()).hexdigest()[:16]
        if self.cache is not None and (self.cache / f"{key}.pdf").exists():
            copy = self.directory / f"{name}-{key}" / f"{name}.pdf"
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.cache / f"{key}.pdf", copy)
            return copy
        pdf = compile_tex(tex, self.directory / f"{name}-{key}", name, engine)
        if self.cache is not None:
            self.cache.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pdf, self.cache / f"{key}.pdf")
        return pdf

    def _make(self, name: str) -> Path:
        if name == "truncated":
            data = self.bytes("english_twocolumn")
            out = self.directory / "truncated.pdf"
            out.write_bytes(data[: len(data) // 2])
            return out
        if name == "scanned":
            return self._scanned()
        document = self.document(name)
        return self.tex(document.tex, name, document.engine)

    def _scanned(self) -> Path:
        """A page that is only a picture of text: page 1 of the arXiv document rasterised, then embedded."""
        work = self.directory / "scanned"
        work.mkdir(parents=True, exist_ok=True)
        source = self.path("english_arxiv")
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", str(source), str(work / "page")],
            check=True,
            capture_output=True,
        )
        return compile_tex(SCANNED.tex, work, "scanned")
