"""The XMP packet of a PDF, plain or in a Flate-compressed /Metadata stream, and its values."""

from __future__ import annotations

import zlib

from biblio.importers.pdf.xmp import find_xmp, xmp_values
from tests.pdfgen.documents import xmp_special

PACKET = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>'
    '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Water &amp; Power</rdf:li></rdf:Alt></dc:title>'
    "<dc:creator><rdf:Seq><rdf:li>Anna Petrova</rdf:li><rdf:li>张宁</rdf:li></rdf:Seq></dc:creator>"
    "<prism:doi>10.5555/x.1</prism:doi><dc:identifier>doi:10.5555/x.1</dc:identifier>"
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def test_plain_packet_is_found_and_read() -> None:
    data = b"%PDF-1.7\n1 0 obj <</Type /Metadata /Subtype /XML>> stream\n" + PACKET.encode() + b"\nendstream"
    values = xmp_values(find_xmp(data))
    assert values.title == "Water & Power"
    assert values.creators == ("Anna Petrova", "张宁")
    assert values.doi == "10.5555/x.1"
    assert values.identifiers == ("doi:10.5555/x.1",)


def test_flate_compressed_metadata_stream() -> None:
    body = zlib.compress(PACKET.encode())
    data = b"%PDF-1.7\n5 0 obj\n<< /Length 99 /Filter /FlateDecode /Type /Metadata >>\nstream\r\n" + body
    assert xmp_values(find_xmp(data + b"\nendstream")).title == "Water & Power"


def test_packet_with_a_title_beats_an_image_packet() -> None:
    image = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>camera</rdf:RDF></x:xmpmeta>'
    assert xmp_values(find_xmp(b"%PDF-1.4\n" + image + PACKET.encode())).doi == "10.5555/x.1"


def test_no_packet_and_garbage() -> None:
    assert find_xmp(b"%PDF-1.4 nothing") == ""
    assert xmp_values("") == xmp_values("<x:xmpmeta><dc:title>") == xmp_values("")
    broken = b"<< /Type /Metadata /Filter /FlateDecode >> stream\nnot zlib"
    assert find_xmp(broken) == ""


def test_the_generated_packet_shape_is_what_publishers_write() -> None:
    special = xmp_special("T", ("A",), "10.1/x")
    assert "<prism:doi>10.1/x</prism:doi>" in special and "x-default" in special
