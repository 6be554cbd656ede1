"""Zotero's dates, access dates, languages and creators as biblio reads them (values written here)."""

from __future__ import annotations

import pytest

from biblio.importers.zotero.values import (
    creator_name,
    extra_lines,
    parse_access_date,
    parse_date,
    parse_language,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-09-07", "2023-09-07"),
        ("2016-03-00", "2016-03"),
        ("2001-03-00 March 2001", "2001-03"),
        ("2001-00-00 2001", "2001"),
        ("0000-00-00 Spring", ""),
        ("0000 Year Date", ""),
        ("March 2001", "2001-03"),
        ("January 6, 2022", "2022-01-06"),
        ("1997/1998", "1997/1998"),
        ("2024年6月", "2024-06"),
        ("undated", ""),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023-09-07 10:22:33", "2023-09-07T10:22:33"), ("2023-09-07T10:22:33Z", "2023-09-07T10:22:33"), ("x", "")],
)
def test_access_dates(text: str, expected: str) -> None:
    assert parse_access_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("zh-CN", "zh-CN"), ("en", "en"), ("chi", "zh"), ("German", "de"), ("Klingon", "tlh"), ("Dothraki", "")],
)
def test_languages(text: str, expected: str) -> None:
    assert parse_language(text) == expected


def test_creators() -> None:
    two = creator_name({"firstName": "Vincent", "lastName": "van Gogh", "creatorType": "author"})
    assert two is not None and two.given == "Vincent" and "Gogh" in two.family
    cjk = creator_name({"firstName": "会佳", "lastName": "张", "creatorType": "author"})
    assert cjk is not None and (cjk.family, cjk.given, cjk.written) == ("张", "会佳", "张会佳")
    single = creator_name({"lastName": "司马迁", "firstName": "", "fieldMode": 1})
    assert single is not None and (single.family, single.given) == ("司马", "迁")
    body = creator_name({"name": "United Nations", "creatorType": "author"})
    assert body is not None and body.literal == "United Nations"
    assert creator_name({"lastName": "", "firstName": ""}) is None
    assert creator_name({"lastName": 5, "firstName": None}) is not None  # odd values: no exception


def test_extra_lines() -> None:
    mapped, rest = extra_lines("original-date: 1905\nPMID: 1\nPMID: 2\nfree text\nType: x")
    assert mapped == {"origdate": "1905", "id:pmid": "1"}
    assert rest == "PMID: 2\nfree text\nType: x"
