"""Classic BibTeX output writes text commands braced, whatever path a value takes (romanized, folded, kept)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.export.profiles import export_profile
from biblio.model import EntryType, LangText, Name, Record

# \textbackslash{} outside braces: bibtex's change.case$ would make it \TEXTBACKSLASH{} (undefined)
_UNBRACED = re.compile(r"(?<!\{)\\(?:text[a-z]+|ldots|S|P|copyright|guillemot[a-z]+)\b")
_TEXT = st.text(st.sampled_from("ab \\{}^~<>_%$#&＼＾～｛｝ＡＢé张И—…§"), min_size=1, max_size=20)


@settings(max_examples=80, deadline=None)
@given(_TEXT, _TEXT)
def test_bibtex_profiles_brace_every_text_command(title: str, family: str) -> None:
    record = Record(type=EntryType.BOOK, key="k", title=(LangText(title, "en"),), publisher=title,
                    authors=[Name(family=family, given=title)], language="en")  # fmt: skip
    for profile in ("bibtex", "gbt7714-bst"):
        text = export_profile([record], profile).text
        assert _UNBRACED.search(text) is None, (profile, text)
        assert "^^" not in text, (profile, text)
