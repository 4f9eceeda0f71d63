"""Splitting an EDGAR submission into its documents.

Three layouts reach us: the full submission text file (`<SEC-DOCUMENT>`,
before 1996 `<IMS-DOCUMENT>`, often inside a PEM envelope) whose
`<SEC-HEADER>` is "KEY: value" lines; the `.nc` dissemination feed format
(`<SUBMISSION>` followed by SGML header tags); and bare `<DOCUMENT>` blocks
cut out of either. All share the `<DOCUMENT>` block: `<TYPE>`, `<SEQUENCE>`,
`<FILENAME>`, `<DESCRIPTION>` lines, then the content inside `<TEXT>`.

Splitting works on the raw bytes so that each document is decoded on its
own: one submission can mix encodings, and XML parsers want the bytes with
their own declaration. Binary documents (uuencoded images, spreadsheets and
zips, base64 <PDF>) become "skipped" Problems, not Documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.model import Document, Problem, content_id
from edgarkg.sources.decode import decode
from edgarkg.sources.sniff import (
    binary_kind,
    sniff_media_type,
    strip_before_xml_declaration,
    uuencoded_name,
    xml_doctype_warning,
)

__all__ = ["is_submission", "split_submission", "accession_number", "BINARY_TYPES"]

_PEM_BEGIN = b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
_OPENERS = (
    b"<SEC-DOCUMENT>",
    b"<SEC-HEADER>",
    b"<IMS-DOCUMENT>",
    b"<IMS-HEADER>",
    b"<SUBMISSION>",
    b"<DOCUMENT>",
)
_PEM_HEADERS_END = re.compile(rb"\r?\n[ \t]*\r?\n")
_SPACE = re.compile(rb"[ \t\r\n\f\v]*")
_SUBMISSION_END = re.compile(rb"</(?:SEC-DOCUMENT|IMS-DOCUMENT|SUBMISSION)>")

_DOC_OPEN = b"<DOCUMENT>"
_DOC_CLOSE = b"</DOCUMENT>"
_META = re.compile(rb"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\r\n<]*)")
_ACCESSION = re.compile(
    rb"(?:<ACCESSION-NUMBER>|ACCESSION NUMBER:|<SEC-DOCUMENT>|<IMS-DOCUMENT>|<SEC-HEADER>|<IMS-HEADER>)"
    rb"[ \t]*(\d{10})-?(\d{2})-?(\d{6})"
)
_HEADER_TAGS = ((b"<SEC-HEADER>", b"</SEC-HEADER>"), (b"<IMS-HEADER>", b"</IMS-HEADER>"))
_WRAPPERS = (b"XML", b"XBRL")

# Types EDGAR uses for binary attachments, and file name endings of binaries.
BINARY_TYPES = frozenset({"GRAPHIC", "ZIP", "EXCEL", "JPG", "GIF", "PDF", "XLS", "XLSX"})
_BINARY_SUFFIXES = (".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip", ".xls", ".xlsx", ".doc", ".docx")


def _content_start(data: bytes) -> int:
    """Offset of the first tag, past leading whitespace and any PEM envelope headers."""
    i = _SPACE.match(data).end()
    if data.startswith(_PEM_BEGIN, i):
        m = _PEM_HEADERS_END.search(data, i)
        if m is None:
            return len(data)
        i = _SPACE.match(data, m.end()).end()
    return i


def is_submission(data: bytes) -> bool:
    """Does this file start like an EDGAR submission (or a cut-out <DOCUMENT>)?"""
    start = _content_start(data[:65536])
    return any(data.startswith(tag, start) for tag in _OPENERS)


def accession_number(header: bytes) -> str | None:
    """The accession number a submission header states, as 0000950137-05-004969."""
    m = _ACCESSION.search(header)
    return "-".join(g.decode("ascii") for g in m.groups()) if m else None


def _header(data: bytes, start: int, first_doc: int) -> tuple[bytes, str | None] | None:
    """The header's bytes, and the name of its closing tag when that is missing."""
    for open_tag, close_tag in _HEADER_TAGS:
        i = data.find(open_tag, start, first_doc)
        if i >= 0:
            j = data.find(close_tag, i, first_doc)
            if j >= 0:
                return data[i + len(open_tag) : j], None
            return data[i + len(open_tag) : first_doc], close_tag.decode()
    if data.startswith(b"<SUBMISSION>", start):
        ended = first_doc < len(data) or _SUBMISSION_END.search(data, start) is not None
        return data[start:first_doc], (None if ended else "</SUBMISSION>")
    return None


def _complete(content: bytes) -> bytes:
    """What a submission cut off in the middle of a document surely holds: text up to its last line
    break, HTML up to its last tag. (XML is left whole: its extractors keep only closed elements.)"""
    media_type = sniff_media_type(content)
    if media_type == "application/xml":
        return content
    if media_type == "text/html":
        return content[: content.rfind(b">") + 1]
    return content[: max(content.rfind(b"\n"), content.rfind(b"\r")) + 1]


def _strip_line_break(content: bytes) -> bytes:
    """Drop the line break after an opening tag and the one before a closing tag."""
    for nl in (b"\r\n", b"\n", b"\r"):
        if content.startswith(nl):
            content = content[len(nl) :]
            break
    for nl in (b"\r\n", b"\n", b"\r"):
        if content.endswith(nl):
            content = content[: -len(nl)]
            break
    return content


def _unwrap(content: bytes) -> tuple[bytes, str | None]:
    """Content without its <XML>/<XBRL> wrapper, and the wrapper's name ("PDF" for base64 PDFs)."""
    body = content.lstrip()
    for name in (*_WRAPPERS, b"PDF"):
        open_tag = b"<" + name + b">"
        if body.startswith(open_tag):
            inner = body[len(open_tag) :]
            close_tag = b"</" + name + b">"
            stripped = inner.rstrip()
            if stripped.endswith(close_tag):
                inner = stripped[: -len(close_tag)]
            return _strip_line_break(inner), name.decode("ascii")
    return content, None


def _document_tags(data: bytes, start: int) -> list[tuple[int, int]]:
    """(start, end) of each <DOCUMENT> tag that begins a line (or follows another
    tag, as in .nc files that lost their line breaks); others are content."""
    found = []
    i = data.find(_DOC_OPEN, start)
    while i >= 0:
        j = i
        while j > 0 and data[j - 1] in b" \t":
            j -= 1
        if j == 0 or data[j - 1] in b"\r\n>":
            found.append((i, i + len(_DOC_OPEN)))
        i = data.find(_DOC_OPEN, i + len(_DOC_OPEN))
    return found


def split_submission(data: bytes, source: str) -> Iterator[Document | Problem]:
    """The SEC-HEADER (sequence 0) and then each <DOCUMENT> of one submission."""
    start = _content_start(data)
    opens = _document_tags(data, start)
    first_doc = opens[0][0] if opens else len(data)
    header = _header(data, start, first_doc)
    accession = accession_number(data[start:first_doc]) if header is not None else None
    filing_id = accession or content_id(data)
    if header is not None:
        content, unclosed = header
        if unclosed:
            reason = f"the header has no {unclosed}: header read up to the first <DOCUMENT>"
            if first_doc == len(data):  # its last line may have been cut in the middle of a value
                content = _complete(content)
                reason = f"the header has no {unclosed}: submission truncated, kept to its last full line"
            yield Problem(source, "read", reason, "warning")
        yield Document(
            source=source,
            data=content,
            filing_id=filing_id,
            doc_type="SEC-HEADER",
            sequence=0,
            media_type="text/plain",
        )
    for n, (_, block_start) in enumerate(opens, start=1):
        limit = opens[n][0] if n < len(opens) else len(data)
        end = data.find(_DOC_CLOSE, block_start, limit)
        truncated = end < 0
        cut = False  # the data ends inside this document
        if truncated:
            end = limit
            if n == len(opens):  # keep the submission's own closing tags out
                tail = _SUBMISSION_END.search(data, block_start)
                end = tail.start() if tail else limit
                cut = tail is None
        yield from _document(data[block_start:end], source, filing_id, n, truncated, cut)


def _document(
    block: bytes, source: str, filing_id: str, ordinal: int, truncated: bool, cut: bool = False
) -> Iterator[Document | Problem]:
    text_at = block.find(b"<TEXT>")
    meta_region = block[:text_at] if text_at >= 0 else block[:2048]
    meta: dict[str, str] = {}
    meta_end = 0
    for m in _META.finditer(meta_region):
        key = m.group(1).decode("ascii")
        meta.setdefault(key, decode(m.group(2)).strip())
        meta_end = m.end()
    if text_at >= 0:
        content = block[text_at + len(b"<TEXT>") :]
        end = content.rfind(b"</TEXT>")
        if end >= 0:
            content = content[:end]
    else:
        content = block[meta_end:]
    if cut and not content.lstrip().startswith((b"<XML>", b"<XBRL>")):
        content = _complete(content)
    content = _strip_line_break(content)
    doc_type = meta.get("TYPE") or None
    sequence = _int(meta.get("SEQUENCE"))
    if sequence is None:
        sequence = ordinal
    filename = meta.get("FILENAME") or None
    label = f"{doc_type or 'untyped'}, sequence {sequence}"
    if truncated:
        kept = "to its last complete line or tag" if cut else "to the end"
        yield Problem(
            source=source,
            stage="read",
            reason=f"<DOCUMENT> ({label}) has no </DOCUMENT>: submission truncated, content kept {kept}",
            severity="warning",
        )
    content, wrapper = _unwrap(content)
    uu_name = uuencoded_name(content)
    if uu_name is not None:
        yield _skipped(source, f"skipped uuencoded binary {uu_name!r} ({label})")
        return
    named = f" {filename!r}" if filename else ""
    if wrapper == "PDF":
        yield _skipped(source, f"skipped base64 PDF{named} ({label})")
        return
    if (doc_type or "").upper() in BINARY_TYPES or (filename or "").lower().endswith(_BINARY_SUFFIXES):
        yield _skipped(source, f"skipped binary document{named} ({label})")
        return
    binary = binary_kind(content)
    if binary is not None:
        yield _skipped(source, f"skipped {binary}{named} ({label}): not a text document")
        return
    content = strip_before_xml_declaration(content)
    media_type = sniff_media_type(content)
    dtd = xml_doctype_warning(content)
    if dtd is not None:
        yield Problem(source=source, stage="read", reason=f"{label}: {dtd}", severity="warning")
    yield Document(
        source=source,
        data=content,
        filing_id=filing_id,
        doc_type=doc_type,
        sequence=sequence,
        filename=filename,
        description=meta.get("DESCRIPTION") or None,
        media_type=media_type,
    )


def _skipped(source: str, reason: str) -> Problem:
    return Problem(source=source, stage="read", reason=reason, severity="skipped")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None
