"""The volume of a multi-volume work as GB/T 7714-2015 prints it after the title: ``中亚史: 第一卷[M]``.

GB/T 7714-2015 records a volume or part designation of a monograph as other title information
(其他题名信息, after the title and a colon) *as the source gives it*: ``三松堂全集: 第4卷``, ``中国植物志:
第2卷``, ``十八大以来重要文献选编: 上``, ``丝绸之路研究集刊: 第一辑``. ``Record.volume`` holds the normalised
value (``1``, ``上``: what CSL-JSON and BibLaTeX ``volume`` want), which has lost the unit (卷, 辑, 册, 编,
分册, 部分) and the numerals; so the reference parser keeps the designation as written in
``Record.extra["volume_written"]`` (:data:`VOLUME_WRITTEN`). It is printed while it still names the
record's volume; when the volume was changed since, or there is no written form, the volume is printed
in the form gbt7714.bst gives it: ``第2卷`` for a Chinese work, ``Vol. 2`` for others, anything that is
not a number as it is (``上``).

The key is bookkeeping for the styles and the GB/T export profiles, never written to a .bib file as
a field of its own (:data:`biblio.export.bibtex.INTERNAL_EXTRA`).
"""

from __future__ import annotations

import re

from biblio.model.record import VOLUME_WRITTEN

__all__ = ["VOLUME_WRITTEN", "designation"]

_NUMBER = re.compile(r"\d+[A-Za-z]?(?:\s*[-–—]\s*\d+[A-Za-z]?)?")
_ROMAN = re.compile(r"[IVXLCDM]+|[ivxlcdm]+")


def designation(volume: str, written: str, cjk: bool) -> str:
    """What follows the title's colon: ``written`` if it names ``volume``, else ``第2卷``/``Vol. 2``/as is.

    ``cjk``: a Chinese (Japanese, Korean) work, whose numbered volume is ``第N卷``. ``""`` without a volume.
    """
    volume, written = " ".join(volume.split()), " ".join(written.split())
    if not volume:
        return ""
    if written and names_volume(written, volume):
        return written
    if _NUMBER.fullmatch(volume):
        return f"第{volume}卷" if cjk else f"Vol. {volume}"
    if not cjk and _ROMAN.fullmatch(volume):
        return f"Vol. {volume}"
    return volume


def is_numbered(volume: str) -> bool:
    """A volume that is a number, a range or a Roman numeral (``2``, ``3-4``, ``II``), not a word (``上``)."""
    value = " ".join(volume.split())
    return bool(_NUMBER.fullmatch(value) or _ROMAN.fullmatch(value))


def names_volume(written: str, volume: str) -> bool:
    """True if the designation ``written`` (``第一卷``, ``上卷``, ``vol. 11``) names ``volume`` (``1``, ``上``)."""
    from biblio.model.designations import designation_value, zh_number

    value = designation_value(written)
    return bool(value) and value == zh_number(volume)
