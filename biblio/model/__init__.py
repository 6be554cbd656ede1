"""Pure data: records, names, multilingual values, entry types, links. Imports nothing else of biblio."""

from biblio.model.names import Name
from biblio.model.record import (
    Attachment,
    Funding,
    Link,
    LinkKind,
    Provenance,
    Record,
    new_uid,
    year_of,
)
from biblio.model.text import LangText, MultiText, in_lang, pick, with_value
from biblio.model.types import EntryType

__all__ = [
    "Attachment",
    "EntryType",
    "Funding",
    "LangText",
    "Link",
    "LinkKind",
    "MultiText",
    "Name",
    "Provenance",
    "Record",
    "in_lang",
    "new_uid",
    "pick",
    "with_value",
    "year_of",
]
