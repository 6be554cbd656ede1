"""A page's ``<title>`` loses the site's suffix and nothing of the headline (biblio.importers.web.htmlmeta)."""

from __future__ import annotations

import pytest

from biblio.importers.web.htmlmeta import clean_page_title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("俄罗斯与中亚的能源合作_网易订阅", "俄罗斯与中亚的能源合作"),
        ("COVID-19_新闻中心", "COVID-19"),
        ("中亚五国峰会 _ 新华网", "中亚五国峰会"),
        ("Headline about Kazakhstan | Reuters", "Headline about Kazakhstan"),
        ("Why snake_case names matter in Python", "Why snake_case names matter in Python"),
        ("Parsing x_y and a_b_c tokens: a long headline", "Parsing x_y and a_b_c tokens: a long headline"),
        ("Reading file_2024_final.pdf for the report | Example News", "Reading file_2024_final.pdf for the report"),
    ],
)
def test_site_suffix_goes_and_underscores_inside_words_stay(title: str, expected: str) -> None:
    assert clean_page_title(title) == expected
