"""Library writes and auto-export refreshes off the UI thread.

The app's own :class:`~biblio.library.Library` belongs to the UI thread (SQLite connections are bound to
their thread), so each write opens a Library of its own in a worker thread. Writes run one at a time
(``lock``). Their auto-export refresh is deferred (``Library.defer_export_refresh``) and run afterwards by
whichever worker thread finds no refresh running: refreshes are serialised, and the requests that arrive
while one runs are merged into a single next refresh that reads the then-current library (the last
state wins). :meth:`Writes.flush` finishes everything at quit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from biblio.config import Config
    from biblio.library import Library

T = TypeVar("T")


class Writes:
    """Serialised library writes with deferred, coalesced auto-export refreshes (usable from any thread)."""

    def __init__(self, config: Config, on_error: Callable[[str], None]) -> None:
        self.config = config
        self.on_error = on_error  # called (in a worker thread) with each failed refresh's message
        self.lock = threading.Lock()  # one write at a time; refreshes hold it while they read the library
        self._state = threading.Condition()
        self._changed: set[str] = set()
        self._removed: set[str] = set()
        self._pending = False
        self._refreshing = False
        self._writes = 0  # started but not finished (including their refresh duty)
        self.refreshes = 0  # how many refreshes ran (for the status and the tests)

    @property
    def busy(self) -> bool:
        """True while a write or a refresh is running or waiting."""
        with self._state:
            return bool(self._writes or self._pending or self._refreshing)

    def started(self) -> None:
        """Count a write about to be handed to a worker (call on the UI thread, before starting it)."""
        with self._state:
            self._writes += 1

    def finished(self) -> None:
        """The worker of a counted write is done: runs the refreshes it left, then uncounts it."""
        try:
            self.drain()
        finally:
            with self._state:
                self._writes -= 1
                self._state.notify_all()

    def write(self, job: Callable[[Library], T]) -> T:
        """Run ``job`` on a Library opened in this (worker) thread; its refresh is only requested."""
        from biblio.library import Library

        with self.lock, Library(self.config, create=False) as library:
            library.defer_export_refresh = self.request
            return job(library)

    def request(self, changed_uids: list[str], removed_uids: list[str]) -> None:
        """Ask for a refresh (any thread); it runs at the next :meth:`drain`."""
        with self._state:
            self._changed.update(changed_uids)
            self._removed.update(removed_uids)
            self._pending = True

    def drain(self) -> None:
        """Run the requested refreshes in this thread, unless another thread is already running them.

        Checks again after letting go: a request that came in just as the last refresh ended would
        otherwise wait for the next write (or the quit).
        """
        while True:
            with self._state:
                if self._refreshing or not self._pending:
                    return
                self._refreshing = True
            try:
                self._refresh_pending()
            finally:
                with self._state:
                    self._refreshing = False
                    self._state.notify_all()

    def _refresh_pending(self) -> None:
        while True:
            with self._state:
                if not self._pending:
                    return
                changed, removed = sorted(self._changed), sorted(self._removed)
                self._changed, self._removed, self._pending = set(), set(), False
            self._refresh(changed, removed)

    def flush(self) -> None:
        """Wait for running writes and refreshes, then run any refresh still requested (at quit)."""
        with self._state:
            self._state.wait_for(lambda: not self._writes and not self._refreshing)
        self.drain()

    def _refresh(self, changed: list[str], removed: list[str]) -> None:
        from biblio.library import Library
        from biblio.library.autoexport import refresh_auto_exports

        try:
            with Library(self.config, create=False) as library:
                errors = refresh_auto_exports(library, changed, removed, selecting=self.lock)
        except Exception as exc:  # the library cannot be opened: report it, keep the app running
            errors = [f"auto-exports not refreshed: {exc}"]
        self.refreshes += 1
        for message in errors:
            self.on_error(message)
