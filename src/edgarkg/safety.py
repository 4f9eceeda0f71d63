"""Parsing XML that anyone can file: the one parser configuration, and input it can survive.

Every XML extractor reads documents a stranger wrote. `safe_xml_parser` is the configuration they
share: no entity expansion (no billion laughs, no file or URL read through an entity), no DTD
loading, no network, and libxml2's own limits on depth and node size (no `huge_tree`).

`clean_char_refs` exists because of lxml's recovery mode: it keeps a character reference to a
code point XML forbids, such as `&#xD800;`, as bytes that are not UTF-8, and reading the element's
`.text` later raises UnicodeDecodeError: one such reference anywhere lost the whole document.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

__all__ = ["safe_xml_parser", "clean_char_refs"]


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
