"""Dates in every form met on news pages."""

from __future__ import annotations

import pytest

from biblio.importers.web.dates import context_year, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-25 18:47:00", "2026-02-25T18:47:00"),
        ("2025年12月09日 18:06:40", "2025-12-09T18:06:40"),
        ("2025年12月9日", "2025-12-09"),
        ("16 December 2025", "2025-12-16"),
        ("Dec. 16, 2025", "2025-12-16"),
        ("December 16th, 2025 10:30 GMT", "2025-12-16T10:30:00"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("16.12.2025", "2025-12-16"),
        ("18:30 16.12.2025", "2025-12-16T18:30:00"),  # RIA writes the time first
        ("16.12.2025, 14:05", "2025-12-16T14:05:00"),
        ("16 декабря 2025 г.", "2025-12-16"),
        ("16 декабря 2025, 14:05", "2025-12-16T14:05:00"),
        ("5 марта 2024 года", "2024-03-05"),
        ("1 мая 2024", "2024-05-01"),
        ("2025-12-16T14:05:00+03:00", "2025-12-16T14:05:00+03:00"),
        ("2025-11-06T05:12:33.000Z", "2025-11-06T05:12:33Z"),
        ("2025-12-16T14:05:00+0300", "2025-12-16T14:05:00+03:00"),
        ("20251216T1830", "2025-12-16T18:30:00"),
        ("2026/02/25", "2026-02-25"),
    ],
)
def test_forms(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_month_day_without_year_is_left_unknown() -> None:
    assert parse_date("12月16日美方爆出消息") == ""
    [match] = find_dates("12月16日美方爆出消息")
    assert (match.date.year, match.date.month, match.date.day) == (None, 12, 16)


def test_month_day_takes_the_year_from_context() -> None:
    page = "12月16日美方爆出消息 … 央视网 2025年12月09日 18:06:40"
    assert context_year(page) == 2025
    assert parse_date("12月16日", year=context_year(page)) == "2025-12-16"


def test_impossible_dates_are_not_dates() -> None:
    assert parse_date("2025-02-30") == ""
    assert parse_date("2024-02-29") == "2024-02-29"
    assert parse_date("13月40日") == ""
    assert parse_date("2025-12-09 25:61:00") == "2025-12-09"


def test_several_dates_in_order() -> None:
    text = "今朝牛马 2026-02-01 21:14:04 夕落秋山 2026-02-25 14:35:25"
    assert [m.date.edtf() for m in find_dates(text)] == ["2026-02-01T21:14:04", "2026-02-25T14:35:25"]
