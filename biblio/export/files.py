"""The BibTeX/BibLaTeX ``file`` field of JabRef and Better BibTeX: ``:path:PDF``, entries joined by ``;``.

JabRef's field format is ``description:path:type`` per file; in each part a ``\\``, ``:`` or ``;``
is escaped with a backslash (JabRef's ``FileFieldWriter``). The description is left empty (it would
carry a file name from anywhere into the export); the type is ``PDF`` for PDFs, else the upper-case
suffix. Paths are absolute or relative to the folder of the exported file, with forward slashes, as
JabRef and Better BibTeX resolve them. BibLaTeX declares ``file`` a verbatim field.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePath

from biblio.model import Attachment, Record

PDF_MIME = "application/pdf"


def jabref_escape(text: str) -> str:
    """``\\``, ``:`` and ``;`` escaped with a backslash, as JabRef writes them."""
    return text.replace("\\", "\\\\").replace(":", "\\:").replace(";", "\\;")


def file_type(attachment: Attachment) -> str:
    """JabRef's file type name: ``PDF``, else the file's suffix in upper case."""
    if attachment.mime == PDF_MIME:
        return "PDF"
    return PurePath(attachment.path).suffix.lstrip(".").upper() or "FILE"


def file_field(attachments: Iterable[Attachment], root: Path, base: Path | None) -> str:
    """The field value for a record's attachments: absolute paths, or relative to ``base`` when given."""
    parts = []
    for attachment in attachments:
        full = (root / attachment.path).resolve()
        path = str(full) if base is None else os.path.relpath(full, base.resolve())
        parts.append(f":{jabref_escape(path.replace(os.sep, '/'))}:{file_type(attachment)}")
    return ";".join(parts)


def with_file_fields(records: Iterable[Record], root: Path, base: Path | None) -> list[Record]:
    """Copies of the records with a ``file`` field for their attachments (records without any are unchanged)."""
    return [_with_file_field(record, root, base) if record.attachments else record for record in records]


def _with_file_field(record: Record, root: Path, base: Path | None) -> Record:
    extra = {**record.extra, "file": file_field(record.attachments, root, base)}
    return replace(record, extra=extra, latex={k: v for k, v in record.latex.items() if k != "file"})
