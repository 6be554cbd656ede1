"""A multi-volume work's volume, written so that each profile's style prints it the way GB/T 7714 does.

The designation to show is :func:`biblio.export.volumes.designation` (``第一卷``, ``上卷``, ``第一辑`` as
written, else ``第2卷``/``Vol. 2``). What the styles do with ``volume`` (read from their installed
sources, checked by compiling: tests/latex/test_volumes_compile.py):

- biblatex-gb7714-2015 (v1.1k) prints the volume after the title of a ``@book`` only (and of a
  ``@standard``, which its source map turns into a book, after the number), as ``: 第#1卷`` (CJK) or
  ``: vol. #1``, and after the host's title of a chapter; ``@collection``, ``@proceedings``,
  ``@report`` ... do not print it at all. So ``volume`` carries the numeral
  of a ``第X卷`` (``一`` prints ``第一卷`` as written); any other designation (``上卷``, ``第一辑``) goes to
  ``titleaddon`` (printed ``title: titleaddon``) or the host's title, and the volume the style would
  print wrongly is left out.
- gbt7714.bst prints ``title: 第 N 卷`` (``Vol. N``) for a number and any other volume as it is, for
  every type but the numbered ones (techreport, standard, patent print their number there instead):
  ``volume`` is the number of a ``第N卷``/``Vol. N``, else the designation itself; for the numbered
  types the designation joins the title.
- the standard biblatex styles print ``Vol. #1``: a CJK work's volume that is not a number (``上``)
  goes to ``titleaddon`` instead of printing ``Vol. 上``.
"""

from __future__ import annotations

import re

from biblio.export.latex_escape import escape_latex
from biblio.export.profiles.common import is_chinese
from biblio.export.volumes import VOLUME_WRITTEN, designation
from biblio.model import Record

_JOURNAL = frozenset({"article", "periodical", "newspaper"})  # a journal's volume, printed with the issue
_HOSTED = frozenset({"inbook", "incollection", "inproceedings"})  # the host's volume, after the host's title
_BST_NUMBERED = frozenset({"techreport", "standard", "patent"})  # gbt7714.bst's entry.numbered
_BIBLATEX_PRINTS = frozenset({"book", "collection", "proceedings"}) | _HOSTED  # standard.bbx
_CJK_NUMBERED = re.compile(r"第\s*(\S+?)\s*卷")
_VOL_NUMBERED = re.compile(r"[Vv]ol\.?\s*(\S+)")
_DIGITS = re.compile(r"\d+")


def place_volume(fields: dict[str, str], record: Record, kind: str, profile: str, before_addon: bool = False) -> None:
    """Set ``volume`` (or ``titleaddon``, ``title``, ``booktitle``) so that ``profile`` prints the volume.

    ``before_addon``: ``titleaddon`` holds a number, which follows the volume (``: 第1卷: GB/T 1—2000``).
    """
    if not record.volume.strip() or kind in _JOURNAL or profile == "bibtex":
        return
    cjk = is_chinese(record)
    shown = designation(record.volume, record.extra.get(VOLUME_WRITTEN, ""), cjk)
    ascii_only = profile == "gbt7714-bst"
    if profile == "gbt7714-bst":
        prints, value = kind not in _BST_NUMBERED, _bst_volume(shown, cjk)
    elif profile == "gb7714":  # its source map makes a @standard a @book: the volume would follow the number
        prints = kind in ("book", "standard") or kind in _HOSTED
        value = _gb7714_volume(shown, cjk) if kind != "standard" else ""
    else:
        prints = kind in _BIBLATEX_PRINTS
        value = record.volume if not cjk or _DIGITS.search(record.volume) else ""
    if prints and value:
        fields["volume"] = escape_latex(value, ascii_only)
        return
    if prints:
        fields.pop("volume", None)  # the style would print it in a form that is not the designation
    _add_to_title(fields, kind, profile, escape_latex(shown, ascii_only), before_addon)


def _gb7714_volume(shown: str, cjk: bool) -> str:
    """The ``volume`` that biblatex-gb7714-2015 prints as ``shown`` (``第#1卷``, ``vol. #1``), ``""`` if none."""
    match = (_CJK_NUMBERED if cjk else _VOL_NUMBERED).fullmatch(shown)
    return match.group(1) if match else ""


def _bst_volume(shown: str, cjk: bool) -> str:
    """The ``volume`` that gbt7714.bst prints as ``shown``: a number becomes ``第 N 卷``/``Vol. N``, the rest stays."""
    match = (_CJK_NUMBERED if cjk else _VOL_NUMBERED).fullmatch(shown)
    return match.group(1) if match and _DIGITS.fullmatch(match.group(1)) else shown


def _add_to_title(fields: dict[str, str], kind: str, profile: str, shown: str, before_addon: bool) -> None:
    """The designation after the title: the host's title for a chapter, ``title`` itself for gbt7714.bst
    (no ``titleaddon``), else ``titleaddon``."""
    if kind in _HOSTED:
        name = "booktitle"
    elif profile == "gbt7714-bst":
        name = "title"
    else:
        name = "titleaddon"
    kept = fields.get(name, "")
    if name == "titleaddon" and before_addon and kept:
        fields[name] = f"{shown}: {kept}"
    else:
        fields[name] = f"{kept}: {shown}" if kept else shown
