"""The XMP metadata packet of a PDF, found in its bytes, and the few values biblio reads from it.

PDFium has no call for the catalog's ``/Metadata`` stream, and the PDF specification asks writers to
leave that stream uncompressed so that tools that do not parse PDF can find it: the packet is
searched as bytes (``<x:xmpmeta`` ... ``</x:xmpmeta>``), and when no plain packet is there, the few
streams whose dictionary says ``/Type /Metadata`` are inflated. Images carry XMP packets of their
own, so the packet with a title or DOI wins over the first one. Everything here is ``str.find`` or
a regex anchored on a literal, bounded in size: linear in the length of the file.
"""

from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass

MAX_PACKET = 1 << 20  # bytes of one packet that are looked at
MAX_PACKETS = 20
_OPEN, _CLOSE = b"<x:xmpmeta", b"</x:xmpmeta>"
_METADATA_DICT = re.compile(rb"/Type\s*/Metadata")
_DICT_LOOKAROUND = 600
_LI = re.compile(r"<rdf:li\b[^>]{0,200}>([^<]{0,2000})</rdf:li>")


@dataclass(frozen=True, slots=True)
class XmpValues:
    """What biblio uses from an XMP packet."""

    title: str = ""
    creators: tuple[str, ...] = ()
    doi: str = ""
    identifiers: tuple[str, ...] = ()


def find_xmp(data: bytes) -> str:
    """The document's XMP packet as text, or ``""``."""
    packets = _plain_packets(data) or _inflated_packets(data)
    if not packets:
        return ""
    best = next((p for p in packets if b"<dc:title" in p or b"doi" in p.lower()), packets[0])
    return best.decode("utf-8", errors="replace")


def _plain_packets(data: bytes) -> list[bytes]:
    found: list[bytes] = []
    at = data.find(_OPEN)
    while at >= 0 and len(found) < MAX_PACKETS:
        end = data.find(_CLOSE, at, at + MAX_PACKET)
        if end < 0:
            break
        found.append(data[at : end + len(_CLOSE)])
        at = data.find(_OPEN, end)
    return found


def _inflated_packets(data: bytes) -> list[bytes]:
    found: list[bytes] = []
    for match in _METADATA_DICT.finditer(data):
        if len(found) >= MAX_PACKETS:
            break
        start = data.rfind(b"<<", max(0, match.start() - _DICT_LOOKAROUND), match.start())
        stream = data.find(b"stream", match.end(), match.end() + _DICT_LOOKAROUND)
        if start < 0 or stream < 0 or b"/FlateDecode" not in data[start:stream]:
            continue
        body = data[stream + len(b"stream") :].lstrip(b"\r\n")[:MAX_PACKET]
        try:
            text = zlib.decompressobj().decompress(body, MAX_PACKET)
        except zlib.error:
            continue
        found += _plain_packets(text)
    return found


def _element(packet: str, tag: str) -> str:
    """The inside of the first ``<tag …>…</tag>`` (or ``""``)."""
    start = packet.find(f"<{tag}")
    if start < 0:
        return ""
    open_end = packet.find(">", start)
    end = packet.find(f"</{tag}>", open_end)
    return packet[open_end + 1 : end] if open_end >= 0 and end >= 0 else ""


def _items(inner: str) -> list[str]:
    """The ``rdf:li`` values of an element (or its plain text when it has none)."""
    values = [html.unescape(m.group(1)).strip() for m in _LI.finditer(inner)]
    if not values and "<" not in inner:
        values = [html.unescape(inner).strip()]
    return [v for v in values if v]


def xmp_values(packet: str) -> XmpValues:
    """Title, creators, DOI and other identifiers of an XMP packet."""
    if not packet:
        return XmpValues()
    titles = _items(_element(packet, "dc:title"))
    creators = tuple(_items(_element(packet, "dc:creator")))
    identifiers = tuple(_items(_element(packet, "dc:identifier")))
    doi = ""
    for tag in ("prism:doi", "pdfx:doi", "crossmark:DOI", "prism:DOI"):
        values = _items(_element(packet, tag))
        if values:
            doi = values[0]
            break
    return XmpValues(title=titles[0] if titles else "", creators=creators, doi=doi, identifiers=identifiers)
