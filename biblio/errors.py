"""The error tree. Each error carries a one-line message for the user; front ends print it, never a traceback."""

from __future__ import annotations


class BiblioError(Exception):
    """Base of every error biblio reports to the user."""

    title = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(BiblioError):
    """A source the user gave cannot be read or parsed (missing file, binary junk, malformed BibTeX)."""

    title = "bad input"


class UnknownKeyError(BiblioError):
    """A citation key that is not in the library."""

    title = "unknown key"


class LibraryError(BiblioError):
    """The library on disk cannot be opened or is inconsistent."""

    title = "library error"


class UsageError(BiblioError):
    """A command was called with arguments that make no sense together."""

    title = "usage"


class QueryError(BiblioError):
    """A search query that cannot be parsed."""

    title = "bad query"


class NetworkError(BiblioError):
    """A lookup over the network failed (unreachable, refused, bad answer)."""

    title = "network"


class WriteError(BiblioError, OSError):
    """A file could not be written (no permission, a read-only or full disk, a folder that cannot be made).

    Also an OSError, so code that handles failed writes (auto-export refreshes, settings) keeps catching it.
    """

    title = "cannot write"
