"""What a byte string is: XML, HTML or plain text; binary; uuencoded.

EDGAR's own plain-text markup (<PAGE>, <TABLE> <S> <C>, <CAPTION>, <FN>)
looks like tags, so "has a tag" is not "is HTML": HTML is recognised by
elements that only HTML has, and XML by a declaration or by a root element
whose end tag closes the document.
"""

from __future__ import annotations

import re

from edgarkg.sources.decode import decode

__all__ = [
    "sniff_media_type",
    "binary_kind",
    "uuencoded_name",
    "strip_before_xml_declaration",
    "xml_doctype_warning",
]

_HEAD = 32_768

_XML_PROLOG = re.compile(
    r"\s*(?:<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>|<!\[CDATA\[.*?\]\]>)", re.S | re.I
)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w:.-]*)")
_HTML_DOCTYPE = re.compile(r"<!DOCTYPE\s+html", re.I)
_HTML_TAG = re.compile(
    r"<(?:html|body|head|p|div|br|td|tr|th|font|span|center|h[1-6]|ul|ol|li|table\s[^>]*)[\s/>]",
    re.I,
)
# Root elements that make a fragment HTML even when it is well-formed XML
# (not <table>: EDGAR's plain-text markup starts with <TABLE> too).
_HTML_ROOTS = frozenset(
    ["html", "head", "body", "div", "p", "span", "font", "center", "br", "h1", "h2", "h3"]
)
_OPEN_TAG = re.compile(r"<[A-Za-z_]")
_CLOSE_TAG = re.compile(r"</[A-Za-z_]")

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (Office) file"),
    (b"PK\x03\x04", "zip-based file"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
)
_UUENCODE_BEGIN = re.compile(rb"\A\s*begin(?:-base64)? [0-7]{3,4} ([^\r\n]+)")


def _head_text(data: bytes) -> str:
    return decode(data[:_HEAD]).lstrip("\ufeff")


def sniff_media_type(data: bytes) -> str:
    """application/xml, text/html or text/plain, from the content alone."""
    head = _head_text(data)
    stripped = head.lstrip()
    if stripped.startswith("<"):
        prolog_end = 0
        while m := _XML_PROLOG.match(stripped, prolog_end):
            prolog_end = m.end()
        root = _ROOT.match(stripped, prolog_end)
        if (root and root.group(1).lower() in _HTML_ROOTS) or _HTML_DOCTYPE.search(stripped, 0, prolog_end):
            return "text/html"
        if stripped.startswith("<?xml"):
            return "application/xml"
        if root and _closes_document(data, root.group(1)) and _mostly_closed(stripped):
            return "application/xml"
    if _HTML_TAG.search(head):
        return "text/html"
    return "text/plain"


def _closes_document(data: bytes, root: str) -> bool:
    tail = data[-(len(root) + 64) :].rstrip(b" \t\r\n\x00")
    return tail.endswith(b"</" + root.encode("ascii", "replace") + b">")


def _mostly_closed(head: str) -> bool:
    """XML closes what it opens; EDGAR's text markup (<S> <C> <PAGE>) mostly does not."""
    opened = len(_OPEN_TAG.findall(head))
    return opened > 0 and len(_CLOSE_TAG.findall(head)) * 3 >= opened


def binary_kind(data: bytes) -> str | None:
    """A short name for binary content ("PDF", "JPEG image", "binary data"), None for text."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"BZh") and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return "bzip2 data"
    head = data[:8192]
    if head[:2] in (b"<\x00", b"\x00<", b"\xff\xfe", b"\xfe\xff"):
        return None  # UTF-16 text
    if head and head.count(0) * 100 > len(head):
        return "binary data"
    return None


def uuencoded_name(data: bytes) -> str | None:
    """The file name of uuencoded content ("begin 644 logo.jpg"), else None."""
    m = _UUENCODE_BEGIN.match(data[:1024])
    return m.group(1).strip().decode("latin-1") if m else None


_BEFORE_DECL = re.compile(rb"\A[ \t\r\n]+(?=<\?xml[ \t\r\n])")


def strip_before_xml_declaration(data: bytes) -> bytes:
    """XML forbids anything before its declaration; EDGAR often leaves a blank line there."""
    m = _BEFORE_DECL.match(data)
    return data[m.end() :] if m else data


# A document type declaration in the prolog: root name, external identifier, internal subset.
_DOCTYPE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*+>|<!--.*?-->)*+"
    rb"<!DOCTYPE\s+([\w:.-]+)(\s+(?:SYSTEM|PUBLIC)\b[^\[>]*)?\s*(\[)?",
    re.I | re.S,
)
_ENTITY_DECL = re.compile(rb"<!ENTITY\b")


def xml_doctype_warning(data: bytes) -> str | None:
    """Why a document's DTD deserves a warning: it declares entities, or names an external DTD
    (HTML's own DOCTYPEs name one: those are ordinary).

    Extractors parse without loading DTDs or expanding entities (no file or network access, no
    entity bombs), so text that relies on them comes out without it: the user should know.
    """
    head = data[:_HEAD]
    m = _DOCTYPE.match(head)
    if m is None:
        return None
    line = head.count(b"\n", 0, m.start(1)) + 1
    if m.group(3) and _ENTITY_DECL.search(head, m.end()):
        return f"line {line}: the document type declaration declares entities; they are not expanded"
    if m.group(2) and m.group(1).lower() != b"html":
        return f"line {line}: the document type declaration names an external DTD; it is not loaded"
    return None
