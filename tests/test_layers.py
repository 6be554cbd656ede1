"""The layer rule of DESIGN.md, checked on the real import graph, and each check proven on a bad one.

``cli | tui`` -> ``library`` -> ``authority | dedup`` -> ``importers | normalize | store | search | export |
net | names | keys | csl`` -> ``model`` (with ``errors``, ``atomic``, ``config``, ``reports``, ``inputs``:
bounded reading of files and stdin, ``jsonsafe``: bounded JSON). A package may
import its own layer and the layers below; no two packages import each other (directly or round a cycle);
only ``store/`` runs SQL; the front ends import the library, the foundation and read-only presentation
helpers (``export`` renders records, ``search`` reads the index and the query syntax), never the store.
Every import counts: module level, inside functions, under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "biblio"
Graph = Mapping[str, set[str]]

FOUNDATION = frozenset({"model", "errors", "reports", "config", "atomic", "inputs", "jsonsafe"})
LAYERS: tuple[frozenset[str], ...] = (  # top first
    frozenset({"__main__", "cli", "tui"}),
    frozenset({"library"}),
    frozenset({"authority", "dedup"}),
    # csl (CSL values both ways) is used by importers and export; the no-cycle rule keeps it below them
    frozenset({"importers", "normalize", "store", "search", "export", "net", "names", "keys", "csl"}),
    FOUNDATION,
)
FRONT_ENDS = frozenset({"cli", "tui"})
FRONT_END_MAY_IMPORT = FRONT_ENDS | FOUNDATION | {"library", "export", "search"}
SQL_CALLS = frozenset({"execute", "executemany", "executescript"})
FOREIGN_BELOW_FRONT_ENDS = ("textual", "rich", "argparse")


def _layer_of(package: str) -> int:
    found = [index for index, layer in enumerate(LAYERS) if package in layer]
    assert len(found) == 1, f"{package} must be placed in exactly one layer of LAYERS"
    return found[0]


def _package(path: Path) -> str:
    """The top-level package (or module) of biblio a source file belongs to."""
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _sources() -> dict[Path, ast.AST]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def import_graph(sources: Mapping[Path, ast.AST]) -> dict[str, set[str]]:
    """Package -> the other biblio packages it imports."""
    graph: dict[str, set[str]] = {}
    for path, tree in sources.items():
        if path.name == "__init__.py" and path.parent == PACKAGE:
            continue
        own = _package(path)
        found = {n.split(".")[1] for n in _imported(tree) if n.startswith("biblio.") and n.split(".")[1] != own}
        graph.setdefault(own, set()).update(found)
    return graph


# ---- the checks: each returns the violations it finds --------------------------------------------------
def upward_imports(graph: Graph) -> list[str]:
    """Imports of a package in a higher layer."""
    return [
        f"{pkg} imports {other} (a higher layer)"
        for pkg, others in sorted(graph.items())
        for other in sorted(others)
        if _layer_of(other) < _layer_of(pkg)
    ]


def front_end_imports(graph: Graph) -> list[str]:
    """Front-end imports of anything but the library, the foundation and the read-only presentation helpers."""
    return [
        f"{pkg} imports {other}"
        for pkg in sorted(FRONT_ENDS & set(graph))
        for other in sorted(graph[pkg] - FRONT_END_MAY_IMPORT)
    ]


def cycles(graph: Graph) -> list[list[str]]:
    """Groups of packages that import each other, directly or round a cycle (Tarjan's strongly connected sets)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def sql_outside_store(sources: Mapping[Path, ast.AST]) -> list[str]:
    """Calls of ``.execute(`` (``executemany``, ``executescript``) in a file outside ``store/``."""
    return [
        f"{path.relative_to(PACKAGE)}:{node.lineno} calls .{node.func.attr}("
        for path, tree in sources.items()
        if _package(path) != "store"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS
    ]


def foreign_front_end_imports(sources: Mapping[Path, ast.AST]) -> list[str]:
    """Imports of textual, rich or argparse below the front ends."""
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path, tree in sources.items()
        if _package(path) not in LAYERS[0]
        for name in sorted(_imported(tree))
        if name.split(".")[0] in FOREIGN_BELOW_FRONT_ENDS
    ]


# ---- the real tree -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sources() -> dict[Path, ast.AST]:
    """Every module of biblio, parsed."""
    return _sources()


@pytest.fixture(scope="module")
def graph(sources: dict[Path, ast.AST]) -> dict[str, set[str]]:
    """The package import graph of biblio."""
    return import_graph(sources)


def test_every_package_has_a_layer(graph: dict[str, set[str]]) -> None:
    for package in set(graph) | {p for others in graph.values() for p in others}:
        _layer_of(package)


def test_no_package_imports_a_higher_layer(graph: dict[str, set[str]]) -> None:
    assert upward_imports(graph) == []


def test_no_cycles_between_packages(graph: dict[str, set[str]]) -> None:
    assert cycles(graph) == []


def test_front_ends_import_the_library_not_the_store(graph: dict[str, set[str]]) -> None:
    assert front_end_imports(graph) == []
    assert all("store" not in graph[front] for front in FRONT_ENDS)


def test_only_the_store_runs_sql(sources: dict[Path, ast.AST]) -> None:
    assert sql_outside_store(sources) == []


def test_nothing_below_the_front_ends_imports_textual_rich_or_argparse(sources: dict[Path, ast.AST]) -> None:
    assert foreign_front_end_imports(sources) == []


def test_model_imports_nothing_else_of_biblio(graph: dict[str, set[str]]) -> None:
    assert graph.get("model", set()) == set()


def test_cli_start_up_imports_no_heavy_library() -> None:
    code = (
        "import sys, biblio.cli.main as m; m.build_parser();"
        "heavy = ('whoosh', 'textual', 'jieba', 'rich', 'pypinyin', 'bibtexparser', 'pybtex', 'requests', 'pypdfium2');"
        "print(sorted({k.split('.')[0] for k in sys.modules if k.split('.')[0] in heavy}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ---- each check catches what it is for ------------------------------------------------------------------
def _fake_tree(files: Iterable[tuple[str, str]]) -> dict[Path, ast.AST]:
    return {PACKAGE / name: ast.parse(text) for name, text in files}


def test_an_upward_import_is_caught() -> None:
    bad = import_graph(_fake_tree([("store/records.py", "from biblio.library import Library\n")]))
    assert upward_imports(bad) == ["store imports library (a higher layer)"]
    lazy = _fake_tree([("authority/x.py", "def f():\n    from biblio.library.core import Library\n")])
    assert upward_imports(import_graph(lazy)) == ["authority imports library (a higher layer)"]
    typing_only = _fake_tree([("dedup/x.py", "if TYPE_CHECKING:\n    from biblio.cli import main\n")])
    assert upward_imports(import_graph(typing_only)) == ["dedup imports cli (a higher layer)"]


def test_a_cycle_is_caught() -> None:
    assert cycles({"export": {"importers"}, "importers": {"export"}}) == [["export", "importers"]]
    assert cycles({"net": {"importers"}, "importers": {"csl"}, "csl": {"net"}, "model": set()}) == [
        ["csl", "importers", "net"]
    ]
    assert cycles({"library": {"store"}, "store": {"model"}, "model": set()}) == []


def test_a_front_end_importing_the_store_is_caught() -> None:
    bad = import_graph(_fake_tree([("tui/query.py", "from biblio.store.listing import Reader\n")]))
    assert front_end_imports(bad) == ["tui imports store"]
    assert front_end_imports({"cli": {"library", "dedup", "export"}}) == ["cli imports dedup"]


def test_sql_outside_the_store_is_caught() -> None:
    bad = _fake_tree(
        [
            ("library/core.py", "def f(db):\n    return db.execute('SELECT 1')\n"),
            ("dedup/x.py", "def g(lib):\n    lib.store.db.executemany('DELETE FROM t WHERE id = ?', [])\n"),
            ("store/records.py", "def h(db):\n    db.execute('SELECT 1')\n"),
        ]
    )
    assert sql_outside_store(bad) == ["library/core.py:2 calls .execute(", "dedup/x.py:2 calls .executemany("]


def test_a_foreign_front_end_import_below_the_front_ends_is_caught() -> None:
    bad = _fake_tree([("library/x.py", "import argparse\n"), ("cli/y.py", "import argparse\n")])
    assert foreign_front_end_imports(bad) == ["library/x.py imports argparse"]


def test_an_unplaced_package_is_caught() -> None:
    with pytest.raises(AssertionError, match="exactly one layer"):
        upward_imports({"plugins": {"model"}})
