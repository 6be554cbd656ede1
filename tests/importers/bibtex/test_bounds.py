"""Bounds on what a BibTeX text may expand to: ``@string`` bombs and crossref copies (issue 16).

Inputs written here: a doubling chain of ``@string`` definitions (the issue's 1 KB file grew to 2.6 GB),
one macro used many times in one field, one crossref parent copied into many children.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.bibtex.importer import BibtexImporter
from biblio.importers.bibtex.macros import EXPANSION_FLOOR, Budget, ExpansionLimitError, Macros, evaluate
from tests.cli.conftest import Result, run_process


def _bomb(levels: int, seed: str = "x" * 32) -> str:
    lines = [f'@string{{s0 = "{seed}"}}']
    lines += [f"@string{{s{n} = s{n - 1} # s{n - 1}}}" for n in range(1, levels + 1)]
    lines.append(f"@article{{k, title = s{levels}, author = {{A, B}}}}")
    return "\n".join(lines) + "\n"


def _peak_mib(text: str) -> tuple[float, BaseException | ImportResult]:
    tracemalloc.start()
    try:
        outcome: BaseException | ImportResult = BibtexImporter().parse(text)
    except InputError as exc:
        outcome = exc
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak, outcome


@pytest.mark.parametrize("levels", [26, 40, 200])
def test_string_bomb_is_refused_with_one_line_and_bounded_memory(levels: int) -> None:
    text = _bomb(levels)
    assert len(text) < 8000
    started = time.perf_counter()
    peak, outcome = _peak_mib(text)
    assert time.perf_counter() - started < 5
    assert isinstance(outcome, InputError)
    message = str(outcome)
    assert "\n" not in message and "@string s" in message and "16 MiB" in message
    assert peak < 3 * EXPANSION_FLOOR / 2**20


def test_string_chain_below_the_bound_is_expanded() -> None:
    record = BibtexImporter().parse(_bomb(10, seed="ab")).records[0]
    assert record.title[0].value == "ab" * 2**10


def test_macro_repeated_in_one_field_refuses_that_entry_only() -> None:
    macro = "y" * 100_000
    uses = " # ".join(["m"] * 200)  # 20 MB from a 100 KB input
    text = (
        f"@string{{m = {{{macro}}}}}\n"
        f"@article{{before, title = m}}\n"
        f"@article{{bomb, title = {uses}}}\n"
        f"@article{{after, title = m # {{ end}}}}\n"
    )
    result = BibtexImporter().parse(text)
    assert [r.key for r in result.records] == ["before", "after"]
    assert result.records[1].title[0].value == macro + " end"
    [problem] = result.problems
    assert problem.severity == "error" and problem.line == 3 and "@string macros" in problem.message


def test_crossref_copies_are_bounded() -> None:
    abstract = "z" * 100_000
    children = "".join(f"@inproceedings{{c{n}, title = {{Part {n}}}, crossref = {{p}}}}\n" for n in range(300))
    text = f"@proceedings{{p, title = {{Proc}}, abstract = {{{abstract}}}}}\n{children}"
    started = time.perf_counter()
    result = BibtexImporter().parse(text)
    assert time.perf_counter() - started < 10
    copied = [r for r in result.records if r.key.startswith("c")]
    refused = [p for p in result.problems if "crossref p" in p.message]
    assert len(copied) + len(refused) == 300
    assert refused and copied
    assert len(copied) * len(abstract) <= max(16 * len(text), EXPANSION_FLOOR)
    assert all(r.abstract[0].value == abstract for r in copied)


def test_budget_charges_macro_values_only() -> None:
    macros = Macros(Budget(0))
    macros["m"] = "v" * 10
    assert evaluate('{literal} # m # "q" # 2024', macros) == "literal" + "v" * 10 + "q2024"
    assert macros.budget.left == EXPANSION_FLOOR - 10
    macros.budget.left = 5
    with pytest.raises(ExpansionLimitError):
        evaluate("m", macros)
    assert macros.budget.left == 5


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 4), st.integers(2, 60), st.integers(1, 40))
def test_any_macro_graph_stays_bounded(fanout: int, levels: int, seed_len: int) -> None:
    """Each macro joins ``fanout`` copies of the one before: refused or expanded, never more than the bound."""
    lines = [f"@string{{s0 = {{{'w' * seed_len}}}}}"]
    lines += [f"@string{{s{n} = {' # '.join([f's{n - 1}'] * fanout)}}}" for n in range(1, levels + 1)]
    text = "\n".join([*lines, f"@misc{{k, title = s{levels}}}"]) + "\n"
    started = time.perf_counter()
    try:
        result = BibtexImporter().parse(text)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        if result.records:
            assert len(result.records[0].title[0].value) == seed_len * fanout**levels
        else:  # the entry alone refused (the definitions and the field together pass the bound), said so
            assert any("would expand" in p.describe() for p in result.problems)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("head", ["@string{{m{n} = {{Journal {n}}}}}\n", "@article{{bad{n}, title = {{open\n"])
def test_first_chunk_holds_a_record_when_the_text_has_one(head: str) -> None:
    """5,000 ``@string`` definitions (or refused entries) before the entries: `biblio add` refused the file
    as "no records found", because the first chunk of 2,000 blocks held none."""
    text = "".join(head.format(n=n) for n in range(5000)) + "@article{k, journal = m1, title = {T}}\n"
    chunks = list(BibtexImporter().parse_chunks(text, chunk_records=2000))
    assert chunks[0].records and chunks[0].records[0].key == "k"
    assert sum(len(c.records) for c in chunks) == 1


def _limited(args: list[str], library: Path, limit: int) -> Result:
    """``run_process`` under an address-space limit (a blow-up fails instead of swapping)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {k: v for k, v in os.environ.items() if k != "BIBLIO_DEBUG"}
    command = [sys.executable, "-m", "biblio", "--library", str(library), *args]
    done = subprocess.run(command, capture_output=True, env=env, preexec_fn=cap, timeout=120, check=False)
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def test_biblio_add_of_a_bomb_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    """Through the CLI, in a process under a 1 GiB address-space limit: exit 1, one line, library unchanged."""
    library = tmp_path / "lib"
    good, bomb, mixed = tmp_path / "good.bib", tmp_path / "bomb.bib", tmp_path / "mixed.bib"
    good.write_text("@book{kept, title = {Kept}, author = {Keeper, Kim}}\n", encoding="utf-8")
    bomb.write_text(_bomb(30), encoding="utf-8")
    uses = " # ".join(["m"] * 200)
    mixed.write_text(
        f"@string{{m = {{{'y' * 100_000}}}}}\n@misc{{fine, title = {{Fine}}}}\n@misc{{bad, title = {uses}}}\n",
        encoding="utf-8",
    )
    assert run_process(["add", str(good)], library).code == 0
    before = run_process(["list", "--format", "csl-json"], library).out
    result = _limited(["add", str(bomb)], library, 2**30)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1, result.err
    assert "@string" in result.err and "Traceback" not in result.err
    assert run_process(["list", "--format", "csl-json"], library).out == before
    partial = run_process(["add", str(mixed)], library)
    assert partial.code == 1 and "not imported" in partial.err and "@string macros" in partial.err
    assert "fine" in run_process(["list"], library).out
