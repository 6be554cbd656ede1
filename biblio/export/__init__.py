"""Exporters: records -> BibLaTeX/BibTeX (:mod:`biblio.export.bibtex`) and CSL-JSON (:mod:`biblio.export.csl_json`).

The names below are loaded on first use, so importing this package (or ``biblio.export.styles``)
stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "format_bibtex": "biblio.export.bibtex",
    "write_bibtex": "biblio.export.bibtex",
    "forget_latex": "biblio.export.bibtex",
    "format_csl_json": "biblio.export.csl_json",
    "write_csl_json": "biblio.export.csl_json",
    "record_to_csl": "biblio.export.csl_json",
    "escape_latex": "biblio.export.latex_escape",
}

__all__ = [
    "escape_latex",
    "forget_latex",
    "format_bibtex",
    "format_csl_json",
    "record_to_csl",
    "write_bibtex",
    "write_csl_json",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'biblio.export' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
