"""The duplicate check of an import stays cheap when many records share a title ("Book review", "书评"):
they are each other's candidates, and each candidate's features are computed once per import, not once per
new record (which made a 2,000-record file of one title take a minute)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from biblio.config import Config
from biblio.library import Library


def _items(count: int, same_title: bool) -> str:
    return json.dumps(
        [
            {
                "id": f"r{n}",
                "type": "article-journal",
                "title": "Book review" if same_title else f"{_word(n)} and the steppe empires",
                "author": [{"family": "Petrov" if same_title else _word(n + 7).capitalize(), "given": "Ivan"}],
                "container-title": "Central Asian Survey",
                "volume": str(n),
                "issued": {"date-parts": [[2020]]},
            }
            for n in range(count)
        ]
    )


def _word(n: int) -> str:
    """A distinct word per number (titles that share no prefix)."""
    return "".join(chr(97 + (n // 26**k) % 26) for k in range(4))


def _add_seconds(folder: Path, text: str) -> tuple[float, int]:
    source = folder / "items.json"
    source.write_text(text, encoding="utf-8")
    with Library(Config(library=folder / "lib")) as library:
        started = time.process_time()
        report = library.add_file(source)
        return time.process_time() - started, len(report.added)


def test_records_of_one_title_cost_about_what_distinct_ones_do(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    distinct, added = _add_seconds(tmp_path / "a", _items(400, same_title=False))
    same, added_same = _add_seconds(tmp_path / "b", _items(400, same_title=True))
    assert added == added_same == 400
    assert same < 4 * distinct + 0.5, f"one title: {same:.2f} s, distinct titles: {distinct:.2f} s"
