"""Searching while another process updates and rebuilds the index never errors and sees old or new state."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from biblio.model import LangText, Record
from biblio.search.index import SearchIndex

BATCH = 5
UPDATES = 12

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from biblio.model import LangText, Record
    from biblio.search.index import SearchIndex

    def rec(i):
        return Record(key=f"k{i}", uid=f"u{i}", title=(LangText(f"Arctic route {i}", "en"),), date="2020")

    ix = SearchIndex(Path(sys.argv[1]))
    batch, updates, start = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    count = start
    for step in range(updates):
        ix.update([rec(count + j) for j in range(batch)], [], generation=step + 2)
        count += batch
        if step == updates // 2:  # a full rebuild in the middle: same records, new folder
            ix.rebuild([rec(i) for i in range(count)], count, generation=step + 2)
    print("done", count)
    """
)


def record(i: int) -> Record:
    return Record(key=f"k{i}", uid=f"u{i}", title=(LangText(f"Arctic route {i}", "en"),), date="2020")


def test_search_during_updates_sees_old_or_new_state(tmp_path: Path) -> None:
    start = 20
    SearchIndex(tmp_path).rebuild([record(i) for i in range(start)], start, generation=1)
    valid = {start + BATCH * i for i in range(UPDATES + 1)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), str(BATCH), str(UPDATES), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    kept = SearchIndex(tmp_path)
    seen: list[int] = []
    fresh_seen: list[int] = []
    deadline = time.monotonic() + 120
    while writer.poll() is None and time.monotonic() < deadline:
        seen.append(kept.search("arctic", limit=5).total)
        with SearchIndex(tmp_path) as fresh:
            fresh_seen.append(fresh.search("route", limit=5).total)
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert out.strip() == f"done {start + BATCH * UPDATES}"
    seen.append(kept.search("arctic").total)
    assert set(seen) <= valid and set(fresh_seen) <= valid
    assert seen == sorted(seen)  # a kept-open searcher never goes back to an older state
    assert seen[-1] == start + BATCH * UPDATES
    assert len(seen) > 3, seen
    kept.close()
