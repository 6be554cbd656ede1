"""format_citation never raises on generated records, in any style and format."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.export.styles import FORMATS, STYLES, format_bibliography, format_citation
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Record

TEXT = st.text(max_size=30)
LANG = st.sampled_from(["", "zh", "en", "ru", "ja", "zh-Hans", "x"])
NAMES = st.lists(
    st.builds(
        Name,
        family=TEXT,
        given=TEXT,
        literal=st.sampled_from(["", "中国社会科学院", "{", "World Bank"]) | TEXT,
        particle=TEXT,
        suffix=TEXT,
        script=st.sampled_from(["", "Hani", "Latn", "Cyrl", "Jpan"]),
        written=TEXT,
        nationality=st.sampled_from(["", "英", "美"]),
    ),
    max_size=5,
)
MULTI = st.lists(st.builds(LangText, TEXT, LANG), max_size=3).map(tuple)
RECORDS = st.builds(
    Record,
    type=st.sampled_from(list(EntryType)),
    key=TEXT,
    title=MULTI,
    subtitle=MULTI,
    authors=NAMES,
    editors=NAMES,
    translators=NAMES,
    container=MULTI,
    volume=TEXT,
    number=TEXT,
    pages=st.sampled_from(["", "5-23", "421--437", "99999999999999999999-1"]) | TEXT,
    edition=st.sampled_from(["", "1", "2", "0", "9" * 30]) | TEXT,
    publisher=TEXT,
    place=TEXT,
    institution=TEXT,
    genre=TEXT,
    date=st.sampled_from(["", "2020", "2020-13-45", "-0044", "2020-01-01T10:00"]) | TEXT,
    urldate=TEXT,
    url=st.sampled_from(["", "https://example.org/a b", "javascript:x"]) | TEXT,
    doi=TEXT,
    language=LANG,
    extra=st.dictionaries(
        st.sampled_from(["authors_et_al", "translators_et_al", "mark", "usera", "medium", "editora", "editoratype"]),
        TEXT
        | st.sampled_from(["true", "reviser", "DK", "A and {B", "a, b, c, d", "x and others", "Smith, J and 张三"]),
    ),
    links=st.lists(st.builds(Link, st.sampled_from(list(LinkKind)), TEXT), max_size=2),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    record=RECORDS, style=st.sampled_from(["auto", *STYLES]), fmt=st.sampled_from(FORMATS), nationality=st.booleans()
)
def test_format_citation_never_raises(record: Record, style: str, fmt: str, nationality: bool) -> None:
    out = format_citation(record, style, fmt, key_of=lambda uid: uid or None, number=1, nationality=nationality)
    assert isinstance(out, str) and "\n" not in out


@settings(max_examples=50, deadline=None)
@given(records=st.lists(RECORDS, max_size=4), fmt=st.sampled_from(FORMATS))
def test_bibliography_has_one_line_per_record(records: list[Record], fmt: str) -> None:
    assert len(format_bibliography(records, "auto", fmt).splitlines()) == len(records)


@settings(max_examples=200, deadline=None)
@given(names=st.lists(TEXT | st.sampled_from(["Smith, J", "a, b, c", "{", "}{", "others", "张三"]), max_size=4))
def test_any_reviser_list_formats(names: list[str]) -> None:
    record = Record(type=EntryType.BOOK, title=(LangText("书", "zh"),))
    record.extra.update(editora=" and ".join(names), editoratype="reviser")
    for style in STYLES:
        assert "\n" not in format_citation(record, style)


def test_superscript_digits_are_not_an_edition_number() -> None:
    record = Record(type=EntryType.BOOK, title=(LangText("T", "en"),), edition="³")
    for style in STYLES:
        assert "³" in format_citation(record, style)
