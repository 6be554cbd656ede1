"""biblio.model.tex: white space and brace groups as BibTeX and TeX read them (importer and exporter share it)."""

from __future__ import annotations

import pytest

from biblio.model.tex import braced_whole, tex_spaces


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Woodblock\n                 Tradition", "Woodblock Tradition"),
        ("a  b\tc", "a b c"),
        ("First,\n  wrapped.\n\n   Second.", "First, wrapped.\n\nSecond."),
        ("a\u00a0b", "a\u00a0b"),  # a no-break space (a decoded ~) is no white space to TeX
        ("plain", "plain"),
    ],
)
def test_tex_spaces(text: str, read: str) -> None:
    assert tex_spaces(text) == read


@pytest.mark.parametrize(
    ("raw", "whole"),
    [
        ("{World Bank}", True),
        ("{Ministry of Finance, Japan}", True),
        ("{{\\TeX} Collection editors}", True),
        ("{A} and {B}", False),
        ("{a}}", False),
        ("{a\\}", False),  # the closing brace is escaped
        ("Smith, {John}", False),
    ],
)
def test_braced_whole(raw: str, whole: bool) -> None:
    assert braced_whole(raw) is whole
