"""Generated BibTeX texts of a given size, one per way an input can grow (issue 16: linear time).

Each shape grows one dimension of a .bib file: the number of entries, of authors in one entry, of
fields in one entry, the length of one value (plain, LaTeX-heavy, Chinese, nested braces, ``#``
parts, keywords), the number of ``@string`` macros, crossref children, junk between entries and
entries the fast scanner declines. Used by ``tests/importers/bibtex/test_linear_time.py`` and
``benchmarks/bench_bibtex_scaling.py`` (10 KB -> 1 MB -> 10 MB).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from biblio.errors import InputError
from biblio.importers.bibtex.importer import BibtexImporter


def parse_seconds(text: str) -> float:
    """CPU seconds of one in-process parse (an InputError counts as a result)."""
    started = time.process_time()
    try:
        BibtexImporter().parse(text)
    except InputError:
        pass
    return time.process_time() - started


def _repeat(unit: Callable[[int], str], size: int, head: str = "", tail: str = "") -> str:
    parts, length, n = [head], len(head) + len(tail), 0
    while length < size:
        piece = unit(n)
        parts.append(piece)
        length += len(piece)
        n += 1
    parts.append(tail)
    return "".join(parts)


def entries(size: int) -> str:
    """Many ordinary entries."""
    return _repeat(
        lambda n: (
            f'@article{{key{n},\n  author = {{Smith{n}, John and M{{\\"u}}ller, Anna}},\n'
            f"  title = {{A study of {{DNA}} number {n}}},\n  journal = {{Journal of Things}},\n"
            f"  year = {{{1900 + n % 120}}},\n  volume = {{{n % 50}}},\n  pages = {{1--{n % 300 + 2}}}\n}}\n"
        ),
        size,
    )


def _author_list(size: int, name: Callable[[int], str], title: str = "Many") -> str:
    head = f"@article{{big, title = {{{title}}}, year = 2020, author = {{"
    return _repeat(lambda n: (" and " if n else "") + name(n), size, head, "}}\n")


def authors(size: int) -> str:
    """One entry with ever more authors (the issue's 5,000-author entry)."""
    return _author_list(size, lambda n: f"Author{n}, Given{n % 7} Q.")


def authors_same_family(size: int) -> str:
    """One entry whose authors share one family name (every name is compared with the ones before)."""
    return _author_list(size, lambda n: f"M{{\\\"u}}ller, J{{\\'e}}r{{\\^o}}me{n}")


def authors_latex(size: int) -> str:
    """One entry with many authors written with accents and particles."""
    return _author_list(size, lambda n: f"J{{\\'e}}r{{\\^o}}me{n} van der M{{\\\"u}}ller{n % 97}")


def authors_chinese(size: int) -> str:
    """One entry with many Chinese author names (romanized sort names)."""
    surnames, given = "王李张刘陈杨赵黄周吴", "明华国建军平伟芳娜敏静丽强磊"
    return _author_list(size, lambda n: f"{surnames[n % 10]}{given[n % 14]}{given[(n // 14) % 14]}", "多作者")


def fields(size: int) -> str:
    """One entry with ever more fields."""
    return _repeat(lambda n: f"  field{n} = {{value {n}}},\n", size, "@misc{big,\n  title = {Many fields},\n", "}\n")


def long_title(size: int) -> str:
    """One plain value growing."""
    return _repeat(lambda n: f"word{n % 100} ", size, "@misc{big, title = {", "}}\n")


def long_latex(size: int) -> str:
    """One value full of LaTeX commands, math and accents."""
    return _repeat(lambda n: f"\\textit{{a{n % 9}}} {{\\'e}} $\\mu$m \\& ", size, "@misc{big, title = {", "}}\n")


def long_chinese(size: int) -> str:
    """One Chinese value growing."""
    return _repeat(lambda n: "中华人民共和国国务院关于经济发展的报告，", size, "@misc{big, title = {", "}}\n")


def nested_braces(size: int) -> str:
    """Braces nested deeper and deeper."""
    depth = max(1, size // 4)
    return "@misc{big, title = {" + "{a" * depth + "}" * depth + "}}\n"


def concat_parts(size: int) -> str:
    """One value of many ``#`` parts (the Splitter's path)."""
    return _repeat(lambda n: f' # "p{n}"', size, "@string{m = {macro}}\n@misc{big, title = m", "}\n")


def keywords(size: int) -> str:
    """One keywords field with many keywords."""
    return _repeat(lambda n: f"{', ' if n else ''}kw{n}", size, "@misc{big, title = {T}, keywords = {", "}}\n")


def macros(size: int) -> str:
    """Many ``@string`` definitions, each used once."""
    defs = _repeat(lambda n: f"@string{{m{n} = {{Journal {n}}}}}\n", size // 2)
    count = defs.count("@string")
    uses = "".join(f"@article{{k{n}, journal = m{n}, title = {{T{n}}}}}\n" for n in range(count))
    return defs + uses


def crossref(size: int) -> str:
    """Many children of one crossref parent."""
    return _repeat(
        lambda n: f"@inproceedings{{c{n}, title = {{Part {n}}}, author = {{A{n}, B}}, crossref = {{p}}}}\n",
        size,
        "@proceedings{p, title = {Proceedings}, year = 2001, publisher = {P}}\n",
    )


def comments(size: int) -> str:
    """Junk and comment lines between a few entries."""
    return _repeat(
        lambda n: (
            f"% comment {n} with @ and {{ braces\nplain text line {n}\n"
            + (f"@misc{{k{n}, title = {{T}}}}\n" if n % 50 == 0 else "")
        ),
        size,
    )


def quoted(size: int) -> str:
    """Entries in quoted form with parentheses (declined by the fast scanner)."""
    return _repeat(lambda n: f'@article(k{n}, title = "Quoted {n}", year = "20{n % 100:02d}")\n', size)


def broken(size: int) -> str:
    """Entries the parser refuses (unbalanced), each a problem."""
    return _repeat(lambda n: f"@article{{k{n}, title = {{open {n}\n", size)


def stray_braces(size: int) -> str:
    """Scopus-like entries, one field a line, each with a stray brace in its abstract (the repair's path)."""
    return _repeat(
        lambda n: (
            f"@ARTICLE{{s{n},\nauthor={{Lin, M.}},\ntitle={{T{n}}},\nabstract={{Ku of ∼}}7× {{&lt;10, and}},\n"
            "issn={00189464},\nyear={2013},\n}\n\n"
        ),
        size,
    )


def stray_brace_lines(size: int) -> str:
    """One entry with ever more field lines, each with stray braces (one line scanned per field)."""
    return _repeat(lambda n: f"note{n}={{a}}b{{c, {{d{n}}},\n", size, "@misc{big,\ntitle={T},\n", "}\n")


SHAPES: dict[str, Callable[[int], str]] = {
    "entries": entries,
    "authors": authors,
    "authors-same-family": authors_same_family,
    "authors-latex": authors_latex,
    "authors-chinese": authors_chinese,
    "fields": fields,
    "long-title": long_title,
    "long-latex": long_latex,
    "long-chinese": long_chinese,
    "nested-braces": nested_braces,
    "concat-parts": concat_parts,
    "keywords": keywords,
    "macros": macros,
    "crossref": crossref,
    "comments": comments,
    "quoted": quoted,
    "broken": broken,
    "stray-braces": stray_braces,
    "stray-brace-lines": stray_brace_lines,
}
