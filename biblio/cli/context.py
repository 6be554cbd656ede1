"""What every command gets: the resolved configuration and a lazily opened library."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from biblio.config import Config

if TYPE_CHECKING:
    from biblio.library import Library


@dataclass
class Context:
    """Shared state of one CLI invocation."""

    config: Config
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _library: Library | None = None

    def library(self, *, create: bool = False) -> Library:
        """Open the library (once); ``create`` makes a new one if the directory has none."""
        if self._library is None:
            from biblio.library import Library

            self._library = Library(self.config, create=create)
        return self._library

    def close(self) -> None:
        """Close the library if it was opened."""
        if self._library is not None:
            self._library.close()
            self._library = None

    def warn(self, message: str) -> None:
        """One warning line on stderr."""
        print(f"biblio: warning: {message}", file=self.err)
