"""Compiling exported .bib files with real LaTeX, hardened (openin_any=p, no shell escape, timeouts)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = ("xelatex", "pdflatex", "biber", "bibtex", "pdftotext", "timeout")
STEP_TIMEOUT = 120
TEX_OPTIONS = ("-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "-file-line-error")
LOG_PROBLEMS = re.compile(
    r"^! |^[^:\s]+:\d+: |Missing character|Citation .* undefined|There were undefined references|"
    r"Please \(re\)run Biber|runsystem\(",
    re.MULTILINE,
)
_CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"


@dataclass
class Build:
    """A finished build: its directory, the PDF's text and the logs."""

    directory: Path
    text: str
    log: str
    backend_log: str

    def flat(self) -> str:
        """The PDF text with line breaks undone (see :func:`flatten`)."""
        return flatten(re.sub(r"-\n(?=[a-zа-я])", "", self.text))

    def shows(self, expected: str) -> bool:
        """True if the PDF text holds ``expected`` (both flattened)."""
        return flatten(expected) in self.flat()

    def problems(self) -> list[str]:
        """Lines of the TeX log that show an error, a missing glyph or an undefined citation."""
        log = self.log
        return [m.group(0) + log[m.end() : m.end() + 120].split("\n")[0] for m in LOG_PROBLEMS.finditer(log)]


def flatten(text: str) -> str:
    """Whitespace collapsed, and none next to CJK characters (line breaks there add no space)."""
    text = re.sub(rf"(?<={_CJK})\s+|\s+(?={_CJK})", "", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class TexRunner:
    """Runs engine -> backend -> engine -> engine in a directory, the way a hardened CI would.

    ``openin_any="a"`` (TeX Live's default: any file may be read) and ``shell_escape`` (commands may
    run) make the runner as lax as a user's set-up, for the security tests.
    """

    openin_any: str = "p"
    shell_escape: bool = False

    def env(self) -> dict[str, str]:
        """The environment: TeX may read only below the build dir and TEXMF (unless lax), and write only below it."""
        env = dict(os.environ)
        env.update(openin_any=self.openin_any, openout_any="p", shell_escape="t" if self.shell_escape else "f")
        env.update(LC_ALL="C.UTF-8")
        return env

    def options(self) -> tuple[str, ...]:
        """The engine's command-line options."""
        if not self.shell_escape:
            return TEX_OPTIONS
        return tuple("-shell-escape" if option == "-no-shell-escape" else option for option in TEX_OPTIONS)

    def build(self, directory: Path, engine: str, backend: str, document: str, bib: str) -> Build:
        """Compile ``document`` (doc.tex) against ``bib`` (refs.bib) in ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "refs.bib").write_text(bib, encoding="utf-8")
        (directory / "doc.tex").write_text(document, encoding="utf-8")
        self._run(directory, [engine, *self.options(), "doc"], "doc.log")
        self._run(directory, [backend, "doc"], "doc.blg")
        for _ in range(2):
            self._run(directory, [engine, *self.options(), "doc"], "doc.log")
        text = self._run(directory, ["pdftotext", "-enc", "UTF-8", "doc.pdf", "-"], "")
        log = (directory / "doc.log").read_text(encoding="utf-8", errors="replace")
        blg = (directory / "doc.blg").read_text(encoding="utf-8", errors="replace")
        return Build(directory, text, log, blg)

    def _run(self, directory: Path, command: list[str], log_name: str) -> str:
        done = subprocess.run(
            ["timeout", "-s", "KILL", str(STEP_TIMEOUT), *command],
            cwd=directory,
            env=self.env(),
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        if done.returncode not in (0, 1) or (done.returncode == 1 and command[0] != "bibtex"):
            tail = ""
            if log_name and (directory / log_name).exists():
                tail = (directory / log_name).read_text(encoding="utf-8", errors="replace")[-3000:]
            pytest.fail(f"{' '.join(command)} failed with {done.returncode}:\n{done.stdout[-2000:]}\n{tail}")
        return done.stdout


def require_toolchain() -> None:
    """Skip the calling test when a TeX tool is missing; under ``CI=true`` fail it instead."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"TeX toolchain missing: {', '.join(missing)} (install with .ci/apt-packages.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def export_through_cli(tmp_path: Path, *sources: Path | str) -> Path:
    """``biblio add`` the sources into a fresh library and ``biblio export --format biblatex`` it, as a user runs
    them: the .bib is ``build/refs.bib`` under ``tmp_path`` (the build directory the compile then uses)."""
    from biblio.cli.main import main

    library = tmp_path / "lib"
    assert main(["--library", str(library), "add", *map(str, sources)]) == 0
    build = tmp_path / "build"
    build.mkdir()
    bib = build / "refs.bib"
    assert main(["--library", str(library), "export", "--format", "biblatex", "-o", str(bib)]) == 0
    return bib
