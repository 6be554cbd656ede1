r"""The citation keys a LaTeX document cites, read from its .aux file or its .tex source.

.aux forms: biblatex ``\abx@aux@cite{0}{key}`` (older biblatex: ``\abx@aux@cite{key}``) and
natbib/bibtex ``\citation{a,b}``. .tex forms: any ``\...cite...`` command (``\cite``, ``\citep``,
``\parencite*``, ``\autocite``, ``\footcite``, ``\nocite``, ...) with optional ``[...]`` arguments,
and multicite commands (``\cites[5]{a}{b}``). Comments are ignored. ``*`` (``\nocite{*}``) means
every record. Keys come back in order of first citation, without repeats.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"(?<!\\)%.*")
_AUX = re.compile(r"\\abx@aux@cite(?:\{[^{}]*\})?\{([^{}]*)\}|\\citation\{([^{}]*)\}")
_TEX = re.compile(r"\\[A-Za-z]*cite[A-Za-z]*\*?((?:\s*(?:\[[^\]]*\]|\([^)]*\)))*(?:\s*\{[^{}]*\})+)")
_GROUP = re.compile(r"\[[^\]]*\]|\([^)]*\)|\{([^{}]*)\}")


def keys_from_aux(text: str) -> list[str]:
    """Cited keys in a .aux file (biblatex and bibtex forms)."""
    found: list[str] = []
    for match in _AUX.finditer(text):
        found += _split(match.group(1) if match.group(1) is not None else match.group(2))
    return _unique(found)


def keys_from_tex(text: str) -> list[str]:
    """Cited keys in LaTeX source (comments ignored)."""
    source = "\n".join(_COMMENT.sub("", line) for line in text.splitlines())
    found: list[str] = []
    for match in _TEX.finditer(source):
        for group in _GROUP.finditer(match.group(1)):
            if group.group(1) is not None:
                found += _split(group.group(1))
    return _unique(found)


def _split(value: str) -> list[str]:
    return [key.strip() for key in value.split(",") if key.strip()]


def _unique(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))
