"""The layer rule of docs: front ends on top, nothing below the library imports a front end or rich."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "biblio"
LOWER_LAYERS = ("model", "store", "importers", "search", "export", "names", "normalize", "net")
FORBIDDEN_BELOW = ("textual", "rich", "argparse", "biblio.cli", "biblio.tui", "biblio.library")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_lower_layers_do_not_import_front_ends() -> None:
    offenders = []
    for layer in LOWER_LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")) if (PACKAGE / layer).exists() else []:
            for name in _imports(path):
                if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_BELOW):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_model_imports_nothing_else_of_biblio() -> None:
    for path in (PACKAGE / "model").rglob("*.py"):
        others = {n for n in _imports(path) if n.startswith("biblio.") and not n.startswith("biblio.model")}
        assert others == set(), path


def test_cli_start_up_imports_no_heavy_library() -> None:
    code = (
        "import sys, biblio.cli.main as m; m.build_parser();"
        "heavy = ('whoosh', 'textual', 'jieba', 'rich', 'pypinyin', 'bibtexparser', 'pybtex', 'requests', 'pypdfium2');"
        "print(sorted({k.split('.')[0] for k in sys.modules if k.split('.')[0] in heavy}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
