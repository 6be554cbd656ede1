"""Whether LaTeX kept verbatim from a BibTeX import may be written back as is.

BibTeX and biber count every brace of a field value, escaped or not, so a value whose braces do not nest
breaks the entry; and a kept value may carry commands that read, write or run things, or loop forever.
Such values are regenerated from their plain text, escaped (shared by the plain exporter and the profiles).
"""

from __future__ import annotations

import re

_DANGEROUS = re.compile(
    r"\\(input|include|InputIfFileExists|openin|openout|read|readline|write|immediate|special|def|edef|gdef|xdef|"
    r"let|futurelet|csname|catcode|newread|newwrite|loop|usepackage|RequirePackage|directlua|makeatletter|"
    r"ExplSyntaxOn|scantokens|everypar|afterassignment|output|jobname|endinput|expandafter)(?![A-Za-z])"
)


def kept_is_safe(value: str) -> bool:
    """True if a kept LaTeX value may be written verbatim: balanced braces, no command that reads, writes or loops."""
    return brace_balanced(value) and not value.endswith("\\") and _DANGEROUS.search(value) is None


def brace_balanced(value: str) -> bool:
    """True if every brace (escaped ones count too, as BibTeX counts them) nests properly."""
    depth = 0
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
