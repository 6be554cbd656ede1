"""Title and authors from page 1 by font size; plausibility of metadata titles."""

from __future__ import annotations

import pytest

from biblio.importers.pdf.firstpage import guess_first_page, plausible_title, split_names
from biblio.importers.pdf.reader import Line, read_pdf
from tests.pdfgen.build import PdfBuilder


@pytest.mark.parametrize("name", ["english_twocolumn", "english_arxiv", "ru_long", "zh_long"])
def test_title_and_authors_of_generated_pdfs(pdfs: PdfBuilder, name: str) -> None:
    guess = guess_first_page(read_pdf(pdfs.bytes(name)).first_lines)
    document = pdfs.document(name)
    assert guess.title == document.title
    assert guess.authors == document.authors


def test_running_head_in_larger_type_is_not_the_title() -> None:
    lines = [
        Line("Journal of Eurasian Studies Vol. 12 (2021) 1-20", 18.0),
        Line("Energy Corridors", 16.0),
        Line("of the Caspian Region", 16.0),
        Line("Ali Karimov1*, Olga Smirnova2", 11.0),
        Line("1 University of Tashkent", 9.0),
    ]
    guess = guess_first_page(lines)
    assert guess.title == "Energy Corridors of the Caspian Region"
    assert guess.authors == ("Ali Karimov", "Olga Smirnova")


def test_authors_stop_at_affiliation_and_abstract() -> None:
    lines = [Line("A Title Here", 17.0), Line("Wang Li and Chen Hui", 12.0), Line("Abstract", 11.0)]
    assert guess_first_page(lines).authors == ("Wang Li", "Chen Hui")


def test_body_text_after_the_title_is_not_an_author() -> None:
    lines = [Line("Заголовок статьи", 17.0), Line("Это длинная строка основного текста статьи, а не имя автора.", 10.0)]
    assert guess_first_page(lines).authors == ()


def test_no_lines() -> None:
    assert guess_first_page([]).title == ""


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("张宁1　李明2*", ["张宁", "李明"]),
        ("Anna Petrova1, James O’Connor2 and Li Wei†", ["Anna Petrova", "James O’Connor", "Li Wei"]),
        ("Иванов И. И., Петров П. П.", ["Иванов И. И", "Петров П. П"]),
        ("王伟、陈静", ["王伟", "陈静"]),
    ],
)
def test_split_names(line: str, names: list[str]) -> None:
    assert split_names(line) == names


@pytest.mark.parametrize(
    ("title", "ok"),
    [
        ("Remittances and Belonging", True),
        ("Microsoft Word - draft3.docx", False),
        ("paper_final.pdf", False),
        ("untitled", False),
        ("中亚国家多元平衡外交", True),
        ("", False),
    ],
)
def test_plausible_title(title: str, ok: bool) -> None:
    assert plausible_title(title) is ok
    assert not plausible_title("my paper", "my paper.pdf")
