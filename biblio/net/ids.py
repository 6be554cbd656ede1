"""Recognising and normalising DOIs and ISBNs typed by the user (validation: :mod:`biblio.model.identifiers`)."""

from __future__ import annotations

from biblio.errors import InputError
from biblio.model.identifiers import bare_doi, isbn13_check, isbn_digits

ISBN10_LEN = 10


def doi_of(text: str) -> str:
    """The bare DOI in ``text`` (``doi:10.…``, ``https://doi.org/10.…`` or ``10.…``), else ``""``.

    A shortDOI (``10/abc``) is not taken: Crossref does not resolve it.
    """
    bare = bare_doi(text)
    return bare if bare.startswith("10.") else ""


def normalize_isbn(text: str) -> str:
    """The ISBN-13 (digits only) for ``isbn:…`` / an ISBN-10 or -13 with or without hyphens; InputError if invalid."""
    digits = isbn_digits(text)
    if not digits:
        raise InputError(f"{text.strip()}: not a valid ISBN (10 or 13 digits with a correct check digit)")
    if len(digits) == ISBN10_LEN:
        core = "978" + digits[:9]
        return core + str(isbn13_check(core))
    return digits
