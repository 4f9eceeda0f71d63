"""Bytes → text for EDGAR documents, which come in every encoding of the last 30 years.

Order of trust: a byte-order mark, then a charset the document declares (XML
declaration or HTML <meta>) if the bytes really decode with it, then strict
UTF-8, then Windows-1252. Old EDGAR text is cp1252 (curly quotes as 0x93/0x94)
even where it claims ISO-8859-1, so latin-1 and ASCII declarations are read as
cp1252, as browsers do. The five bytes cp1252 leaves undefined map to the
latin-1 control characters, so decoding never fails and never loses a byte.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode", "declared_charset"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _undefined_as_latin1(exc: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined: keep them as latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("edgarkg-latin1", _undefined_as_latin1)

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_SNIFF_BYTES = 4096

# Declarations that in practice mean cp1252 (the WHATWG encoding standard agrees).
_CP1252_ALIASES = {"latin_1", "iso8859_1", "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The codec name a document declares for itself, normalised by Python, or None."""
    head = data[:_SNIFF_BYTES]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name.replace("-", "_")
    except LookupError:
        return None


def _cp1252(data: bytes) -> str:
    return data.decode("cp1252", errors="edgarkg-latin1")


def _utf16_without_bom(data: bytes) -> str | None:
    """XML's own autodetection: '<' followed by NUL (or the reverse) is UTF-16."""
    if data[:4] == b"<\x00?\x00" or data[:4] == b"<\x00!\x00":
        return "utf-16-le"
    if data[:4] == b"\x00<\x00?" or data[:4] == b"\x00<\x00!":
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Decode a document's bytes; never raises. NUL characters are dropped."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace").replace("\x00", "")
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, errors="replace").replace("\x00", "")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    declared = declared_charset(data)
    if declared in _CP1252_ALIASES:
        return _cp1252(data)
    if declared and not declared.startswith(("utf_16", "utf_32")):
        # A declaration the bytes contradict (non-ASCII bytes in an "ASCII"
        # document, invalid UTF-8) is ignored rather than trusted.
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _cp1252(data)
