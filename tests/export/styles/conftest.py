"""Records for the citation-style tests: the seed references."""

from __future__ import annotations

import pytest

from biblio.model import EntryType, LangText, Name, Record
from tests.export.styles.builders import rec, west, zh


@pytest.fixture
def mackinder_zh() -> Record:
    """(英)哈·麦金德. 历史的地理枢纽 (a book cited at page 71)."""
    return rec(
        EntryType.BOOK,
        "历史的地理枢纽",
        "zh",
        authors=[zh("麦金德", "哈", "哈·麦金德", nationality="英")],
        place="北京",
        publisher="商务印书馆",
        date="1985",
        pages="71",
    )


@pytest.fixture
def spykman_zh() -> Record:
    """(美)斯皮克曼(N.J.Spykman), translated by 刘愈之."""
    return rec(
        EntryType.BOOK,
        "和平地理学",
        "zh",
        authors=[zh("斯皮克曼", nationality="美", original="N.J.Spykman")],
        translators=[zh("刘", "愈之")],
        place="北京",
        publisher="商务印书馆",
        date="1965",
        pages="112",
    )


@pytest.fixture
def brzezinski_zh() -> Record:
    """大棋局, translated by an institution; the subtitle is a separate field."""
    record = rec(
        EntryType.BOOK,
        "大棋局",
        "zh",
        authors=[zh("布热津斯基", "兹比格纽", "兹比格纽·布热津斯基", nationality="美")],
        translators=[Name(literal="中国国际问题研究所")],
        place="上海",
        publisher="上海人民出版社",
        date="2007",
        pages="175",
    )
    record.subtitle = (LangText("美国的首要地位及其地缘战略", "zh"),)
    return record


@pytest.fixture
def zhang_article() -> Record:
    """张宁's article with a full-width colon in the title and a second-language title."""
    record = rec(
        EntryType.ARTICLE,
        "中亚国家的多元平衡外交：机遇与风险并存",
        "zh",
        authors=[zh("张", "宁")],
        container="俄罗斯学刊",
        date="2024",
        number="6",
        pages="5-23",
    )
    record.title = (*record.title, LangText("Pluralistic and Balanced Diplomacy", "en"))
    return record


@pytest.fixture
def brzezinski_en() -> Record:
    """The English original, in title case."""
    return rec(
        EntryType.BOOK,
        "The Grand Chessboard: American Primacy and Its Geostrategic Imperatives",
        "en",
        authors=[west("Brzezinski", "Zbigniew")],
        place="New York",
        publisher="Basic Books",
        date="1997",
    )


@pytest.fixture
def brzezinski_ru() -> Record:
    """The Russian translation."""
    return rec(
        EntryType.BOOK,
        "Великая шахматная доска",
        "ru",
        authors=[west("Бжезинский", "Збигнев", script="Cyrl")],
        place="Москва",
        publisher="Международные отношения",
        date="1998",
    )


@pytest.fixture
def mackinder_en() -> Record:
    """The 1904 article with a DOI."""
    return rec(
        EntryType.ARTICLE,
        "The Geographical Pivot of History",
        "en",
        authors=[west("Mackinder", "Halford J.")],
        container="The Geographical Journal",
        date="1904",
        volume="23",
        number="4",
        pages="421-437",
        doi="10.2307/1775498",
    )
