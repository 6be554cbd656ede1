"""The SQLite library: the source of truth and the only code that writes it."""

from biblio.store.db import Store

__all__ = ["Store"]
