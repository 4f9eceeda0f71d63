"""Parsing XML that anyone can file: the one parser configuration, and input it can survive.

Every XML extractor reads documents a stranger wrote. `safe_xml_parser` is the configuration they
share: no entity expansion (no billion laughs, no file or URL read through an entity), no DTD
loading, no network, and libxml2's own limits on depth and node size (no `huge_tree`).

`clean_char_refs` exists because of lxml's recovery mode: it keeps a character reference to a
code point XML forbids, such as `&#xD800;`, as bytes that are not UTF-8, and reading the element's
`.text` later raises UnicodeDecodeError: one such reference anywhere lost the whole document.

`repair_xml_bytes` goes further for parsers that stop at the first error: one stray byte (a NUL,
a form feed, a cp1252 quote in a UTF-8 document) is a fatal XML error, and everything after it
was lost. Decoding the text of a document never fails (`sources.decode`); parsing it should not
fail on those bytes either.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from lxml import etree

__all__ = ["safe_xml_parser", "clean_char_refs", "repair_xml_bytes"]


def safe_xml_parser(*, recover: bool = False, **options: Any) -> etree.XMLParser:
    """An lxml parser that expands no entity, loads no DTD and opens no connection.

    `options` are other XMLParser options (`remove_comments`, ...); the safety ones cannot be
    changed through them.
    """
    safe = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}
    clash = sorted(set(safe) & set(options))
    if clash:
        raise ValueError(f"safe_xml_parser does not let {', '.join(clash)} be changed")
    return etree.XMLParser(recover=recover, **safe, **options)


_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")


def _allowed(n: int) -> bool:
    """XML 1.0's Char production."""
    return n in (0x9, 0xA, 0xD) or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF


def _replace(m: re.Match[bytes]) -> bytes:
    n = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return m.group() if _allowed(n) else b"&#xFFFD;"


def clean_char_refs(data: bytes) -> bytes:
    """`data` with character references to code points XML forbids replaced by U+FFFD."""
    return _CHAR_REF.sub(_replace, data) if b"&#" in data else data


# C0 controls XML 1.0 forbids (all but tab, LF, CR): NUL is dropped as `sources.decode` drops it,
# the others (form feeds between pages, mostly) become spaces so that words stay apart.
_CONTROLS = bytes(range(0x20)).translate(None, b"\t\n\r")
_TO_SPACE = bytes.maketrans(_CONTROLS, b" " * len(_CONTROLS))
_WIDE = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00", b"\x00<")
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")


def _cp1252_for_invalid(exc: UnicodeError) -> tuple[str, int]:
    """A byte that is not UTF-8 read as cp1252, as EDGAR's older text is (latin-1 where undefined)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.start + 1]
    try:
        return bad.decode("cp1252"), exc.start + 1
    except UnicodeDecodeError:
        return bad.decode("latin-1"), exc.start + 1


codecs.register_error("edgarkg-xml-cp1252", _cp1252_for_invalid)


def repair_xml_bytes(data: bytes) -> bytes:
    """`data` with what would stop an XML parser mid-document mended, everything else unchanged.

    Forbidden control characters go (NUL) or become spaces, references to forbidden code points
    become U+FFFD (`clean_char_refs`), and in a UTF-8 document (declared, or undeclared as XML
    defaults) each byte that is not UTF-8 is read as cp1252. UTF-16/32 documents are left as
    they are: their bytes are not ASCII-compatible.
    """
    if data.startswith(_WIDE) or data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    data = data.translate(_TO_SPACE)
    declared = _DECLARED.match(data[:4096])
    codec = declared.group(1).decode("ascii").lower().replace("_", "-") if declared else "utf-8"
    if codec in ("utf-8", "utf8"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data = data.decode("utf-8", errors="edgarkg-xml-cp1252").encode("utf-8")
    return clean_char_refs(data)
