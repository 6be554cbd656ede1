"""Work that follows a committed write: translation detection, the search index, the auto-exports.

The store reports each outermost COMMIT with the records it changed (:class:`~biblio.store.changes.Changes`);
:class:`AfterCommit` runs the registered hooks once per commit — or once for a whole
:meth:`~biblio.library.core.Library.batch` of commits (a chunked import) — so nothing derived is ever
written from uncommitted data, and a rolled-back transaction triggers nothing. Hooks that write
(translation detection) run first; their own commits are folded into the same round, so the index
and the auto-exports (derived state) are brought up to date once, from everything committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from biblio.config import INDEX_DIR
from biblio.store.changes import Changes

if TYPE_CHECKING:
    from biblio.library.core import Library

Hook = Callable[[Changes], None]


class AfterCommit:
    """The after-commit hooks of one library, and the changes waiting for them."""

    def __init__(self) -> None:
        self.writing: list[Hook] = []  # may commit themselves (translation links)
        self.derived: list[Hook] = []  # only write derived state (index, auto-exports)
        self._pending: Changes | None = None
        self._batches = 0
        self._running = False

    def register(self, hook: Hook, *, writes: bool = False) -> None:
        """Run ``hook`` after every commit (``writes``: it may write records itself; it runs first)."""
        (self.writing if writes else self.derived).append(hook)

    def committed(self, changes: Changes) -> None:
        """The store's listener: remember what a COMMIT changed, and run the hooks unless a batch is open."""
        self._pending = changes if self._pending is None else self._pending.then(changes)
        if not (self._batches or self._running):
            self.run()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold the hooks back until the outermost batch ends (also when it ends by an exception)."""
        self._batches += 1
        try:
            yield
        finally:
            self._batches -= 1
            if not (self._batches or self._running):
                self.run()

    def run(self) -> None:
        """Run the hooks on what is waiting: the writing ones, then the derived ones on all of it (again if a
        derived hook committed something)."""
        if self._running:
            return
        self._running = True
        try:
            while self._pending is not None:
                self._round()
        finally:
            self._running = False

    def _round(self) -> None:
        first, self._pending = self._pending, None
        assert first is not None
        try:
            for hook in self.writing:
                hook(first)
        finally:
            done = first if self._pending is None else first.then(self._pending)
            self._pending = None
            for hook in self.derived:
                hook(done)


def sync_index(library: Library, changes: Changes) -> None:
    """Bring the search index up to the store's generation with the changed records.

    Nothing to do without a built index (the first search builds it). If the index was not at the
    generation before these commits, it missed a write and stays stale: the next search rebuilds it.
    A failure never fails the committed write; it is kept in ``library.index_warning``.
    """
    if not (library.root / INDEX_DIR).exists():
        return
    try:
        index = library.index
        if index.generation() is None:
            return
        from biblio.authority import variant_lookup
        from biblio.library.filetext import file_text_source

        changed = list(library.records_by_uid(changes.changed))
        names, texts = variant_lookup(library.store.db), file_text_source(library)
        index.update(
            changed, list(changes.removed), changes.after, expected=changes.before, person_names=names, file_texts=texts
        )
    except Exception as exc:  # the index is a cache: never fail a committed write because of it
        library.index_warning = f"search index not updated ({exc}); it will be rebuilt on the next search"


def refresh_exports(library: Library, changes: Changes) -> None:
    """Rewrite the auto-exports (now, or through ``library.defer_export_refresh``, e.g. off the TUI's thread)."""
    changed, removed = list(changes.changed), list(changes.removed)
    if library.defer_export_refresh is not None:
        library.defer_export_refresh(changed, removed)
        return
    from biblio.library.autoexport import refresh_auto_exports

    refresh_auto_exports(library, changed, removed)


def link_translations(library: Library, changes: Changes) -> None:
    """Detect and store translation links of the records an import asked for (``library.detect_translations``)."""
    wanted = [uid for uid in changes.changed if uid in library.detect_translations]
    library.detect_translations.clear()
    if wanted:
        from biblio.library.works import detect_and_link

        detect_and_link(library, wanted)
