"""Whether LaTeX kept verbatim from a BibTeX import may be written back as is: a whitelist, not a blacklist.

BibTeX and biber count every brace of a field value, escaped or not, so a value whose braces do not nest
breaks the entry; and a kept value may carry commands that read, write or run things, or loop forever.
A blacklist of such commands cannot hold (``\\inpu^^74{...}`` is ``\\input`` to TeX, and any macro can be
redefined), so a kept value is written verbatim only if every command in it is a known harmless
text, accent, font, math-symbol or citation command (:data:`ALLOWED`), it has no ``^^`` (TeX's notation
for any character), no control character, no unescaped ``%``, ``#`` or ``&``, an even number of ``$`` and
balanced braces. Nothing in the whitelist defines, expands by name, reads, writes or changes catcodes, so
no kept value can run anything or recurse. Any other value is regenerated from its plain text,
escaped, with a warning (shared by the plain exporter and the profiles).
"""

from __future__ import annotations

import re

from biblio.model.tex import braced_whole

_LETTER_COMMANDS = "i j l L o O aa AA ae AE oe OE ss SS dh DH th TH ng NG dj DJ"
_TEXT = (
    _LETTER_COMMANDS + " "
    "emph em it bf sc rm tt sl sf up md normalfont upshape itshape bfseries scshape mdseries rmfamily "
    "sffamily ttfamily mbox slash relax LaTeX TeX ldots dots dag ddag S P copyright pounds "
    "mkbibemph mkbibitalic mkbibbold mkbibquote mkbibsuperscript mkbibsubscript enquote "
    "url href nolinkurl doi vphantom hphantom phantom ensuremath discretionary symbol "
    "guillemotleft guillemotright quotedblbase quotesinglbase nobreakspace thinspace space "
    "cite citep citet textcite parencite citeauthor citeyear citetitle nocite "
)
_ACCENTS = "v c u r d b H k t G U"  # single-letter accent commands (\G, \U: tipa / BBT habits)
_MATH = (
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi "
    "rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma "
    "Upsilon Phi Psi Omega varGamma varDelta varTheta varLambda varXi varPi varSigma varUpsilon varPhi varPsi "
    "varOmega mathrm mathit mathbf mathsf mathtt mathcal mathbb mathfrak boldsymbol operatorname "
    "circ cdot cdots pm mp times div leq le geq ge neq ne sim simeq approx equiv propto ll gg neg not "
    "to rightarrow leftarrow leftrightarrow Rightarrow Leftarrow Leftrightarrow uparrow downarrow mapsto "
    "langle rangle lbrace rbrace lbrack rbrack lfloor rfloor lceil rceil vert Vert "
    "overline underline bar hat tilde vec dot ddot check breve acute grave widehat widetilde "
    "left right big Big bigg Bigg frac dfrac tfrac sqrt sum prod int oint lim infty partial nabla "
    "prime ast star bullet dagger ell hbar Re Im aleph emptyset in notin subset supset subseteq supseteq "
    "cup cap wedge vee setminus forall exists quad qquad scriptstyle scriptscriptstyle displaystyle textstyle "
    "log ln exp sin cos tan min max deg sharp flat natural Box Diamond triangle angle perp parallel mid"
)
ALLOWED = frozenset((_TEXT + " " + _ACCENTS + " " + _MATH).split())
_ALLOWED_PREFIX = re.compile(r"(?:text[a-z]+|CYR[A-Za-z]*|cyr[a-z]*)\Z")  # \textendash \textbf, \CYRA \cyrchar
_TOKEN = re.compile(r"\\(?:([A-Za-z]+)|(.)?)|\^\^|[%#&$\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]", re.DOTALL)


def kept_is_safe(value: str) -> bool:
    """True if a kept LaTeX value may be written verbatim (see the module doc)."""
    if not brace_balanced(value):
        return False
    dollars = 0
    for match in _TOKEN.finditer(value):
        token = match.group()
        if token[0] != "\\":
            if token != "$":
                return False  # ^^, a control character, or an unescaped % # &
            dollars += 1
            continue
        word, symbol = match.group(1), match.group(2)
        if word is not None:
            if word not in ALLOWED and not _ALLOWED_PREFIX.match(word):
                return False
        elif symbol is None or not symbol.isprintable() or (symbol == "^" and value.startswith("^", match.end())):
            return False  # a trailing backslash, a backslash before a control character, or \^^
    return dollars % 2 == 0


# commands biber reads as a letter (an initial can be taken of them): letters and single-letter accents
BIBER_LETTERS = frozenset(_LETTER_COMMANDS.split()) | frozenset(_ACCENTS.split())
_SPECIAL_GROUP = re.compile(r"\{\s*\\([A-Za-z]+)\s*(?:\{\s*\})?\s*\}")  # a group of one command: {\TeX}


def name_kept_is_safe(value: str) -> bool:
    """True if a kept name list is safe for biber too: a brace group opening with a command is one "special
    character" to BibTeX and biber, and when the group is that command alone and it is no letter or accent
    (``{\\TeX}``, ``{\\LaTeX{}}``), biber makes an empty initial of it: ``{{\\TeX} Collection editors}`` (TeX
    Live's tugboat.bib) gave ``familyi={}\\bibinitperiod}}}`` in the .bbl and "Extra }" in LaTeX. Such a list is
    written from its plain names instead. (``{\\relax Ch}`` and ``{\\"O}`` are fine.)"""
    if _comma_in_a_partial_group(value):
        return False
    return all(m.group(1) in BIBER_LETTERS for m in _SPECIAL_GROUP.finditer(value))


_BRACE_OR_AND = re.compile(r"\\[{}]|[{},]|\s+and\s+", re.I)


def _comma_in_a_partial_group(value: str) -> bool:
    """A comma inside braces that do not hold a whole name: biber counts it and skips the entry ("Name 'Paul J.
    Campbell {(Beloit College, Beloit, WI)}' has too many commas", TeX Live's texbook2.bib), while a braced
    corporate name ``{Ministry of Finance, Japan}`` is fine."""
    depth, start, inner_comma = 0, 0, False
    for match in _BRACE_OR_AND.finditer(value):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token == ",":
            inner_comma = inner_comma or depth > 0
        elif token[0] != "\\" and depth == 0:  # " and ": the end of one name
            if inner_comma and not braced_whole(value[start : match.start()].strip()):
                return True
            start, inner_comma = match.end(), False
    return inner_comma and not braced_whole(value[start:].strip())


def unsafe_name_warning(who: str, name: str) -> str:
    """The warning for a kept name list written from its plain names (see :func:`name_kept_is_safe`)."""
    return (
        f"{who}: field {name!r} from BibTeX has a name biber cannot read (a lone command in braces, or a comma "
        "inside braces); it was written from its plain names"
    )


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


def unsafe_kept_warning(who: str, name: str) -> str:
    """The warning for a kept value written escaped from its plain text instead (shared by every exporter)."""
    return (
        f"{who}: field {name!r} from BibTeX has unbalanced braces or unsafe commands; "
        "it was written escaped from its plain value"
    )


def unreadable_name_warning(who: str, name: str) -> str:
    """The warning for a kept field whose name BibTeX cannot read (see :func:`valid_field_name`)."""
    return (
        f"{who}: field {name.strip()!r} has a name BibTeX cannot read (a line commented out inside the entry?):"
        " not written; the library keeps it"
    )


def valid_field_name(name: str) -> bool:
    """True if BibTeX and biber can read ``name`` as a field name (a kept ``%  note``, a line commented out, cannot)."""
    return bool(name) and not any(ch in name for ch in " \t\n\r=,{}\"#@%\\()'")
