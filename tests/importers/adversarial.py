"""Adversarial inputs for the time-bound tests of detectors and parsers.

Backtracking regexes and quadratic loops show on long runs of one format's markers: ``%`` lines
(the Refer detector hang of issue 12: 16 lines took 22 s), ``@`` and ``{`` runs, ``TY  -`` lines,
bare tags, nested brackets, one very long line, many short lines. Each input is a short *unit*
repeated up to a size, so a hypothesis search explores which unit and which mix.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from hypothesis import strategies as st

UNITS: tuple[str, ...] = (
    "%",
    "%A 张三\n",
    "%0 Journal Article\n",
    "%T x\n\n",
    "% comment\n",
    "@",
    "@article{",
    "@a{k,\n",
    "{",
    "}",
    "[",
    "]",
    "(",
    "TY  - JOUR\n",
    "TY  -",
    "ER  - \n",
    "A1 x\n",
    "A1张三\n",
    "RT Journal Article\n",
    "vo 49\n",
    "{Title}: x\n",
    "{Reference Type}: ",
    "DataType: 1\n",
    "Title-题名: x\n",
    "PT J\n",
    "   x\n",
    "SrcDatabase-来源库: 期刊\n",
    "摘要 ",
    "【关键词】",
    "<",
    "<html>",
    '<div class="wx-tit">',
    "<p>",
    '"',
    '{"type": "book", "title": ',
    "1999 ",
    "[J]. ",
    "《",
    "a",
    "a ",
    "中",
    "\n",
    " \n",
    "\t",
    ":",
    "-",
)

# (name, text) pairs: each unit repeated to about ``size`` characters, plus a few mixed lines
FIXED: tuple[tuple[str, str], ...] = (
    *((repr(u), u) for u in UNITS),
    ("nested", "{[(" * 50 + ")]}" * 50),
    ("pct-then-at", "%A x\n" * 200 + "@article{"),
    ("long-line-then-tags", "x" * 20000 + "\n%0 Book\n%T t\n"),
)


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to at least ``size`` characters."""
    return unit * (size // max(1, len(unit)) + 1)


@st.composite
def adversarial_texts(draw: st.DrawFn, size: int) -> str:
    """A few units, each repeated to a share of ``size``, concatenated (or interleaved line by line)."""
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=3))
    if draw(st.booleans()):
        return repeat_to("".join(units), size)
    share = size // len(units)
    return "".join(repeat_to(u, share) for u in units)


def seconds(call: Callable[[], object]) -> float:
    """Wall time of one call."""
    start = time.perf_counter()
    call()
    return time.perf_counter() - start
