"""People and their positions in prose documents: press releases, 8-K/6-K items, 10-K and proxy text.

Reads `Document.view.text` (HTML already turned into lines and tab-separated
cells) with the rules of `edgarkg.text`: signature blocks, contact blocks,
officer and committee tables, and sentences. Each mention becomes a
`Position`; "the Company" and unnamed employers become `FILER`, which
mapping resolves to the filing's filer. Provenance points at the passage the
position rests on (signature block, table row, sentence) in the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.model import FILER, Document, Fact, OrgRef, PersonRef, Position, Provenance, char_locator
from edgarkg.text.mentions import Mention
from edgarkg.text.people import find_people

__all__ = ["TextPeopleExtractor"]

_PROSE_MEDIA = frozenset({"text/plain", "text/html"})
# EDGAR document types that are not prose about people: data, lists, wrappers, ownership forms.
_NOT_PROSE = re.compile(
    r"^(?:SEC-HEADER|XML|XBRL|JSON|ZIP|GRAPHIC|PDF|EXCEL|EX-21(?:\.\d+)?|EX-27.*|EX-101.*|EX-100.*"
    r"|[345](?:/A)?|13F-HR(?:/A)?|13F-NT(?:/A)?|INFORMATION TABLE)$",
    re.I,
)
_CONFIDENCE = {
    "signature": 0.95,
    "roster": 0.9,
    "committee": 0.9,
    "contact": 0.85,
    "quote": 0.8,
    "appointment": 0.75,
    "biography": 0.7,
}


class TextPeopleExtractor:
    """Prose document → `Position` facts for the people it names with a title."""

    name = "text-people"
    version = "1.1"

    def accepts(self, doc: Document) -> bool:
        if doc.media_type not in _PROSE_MEDIA:
            return False
        return doc.doc_type is None or not _NOT_PROSE.match(doc.doc_type.strip())

    def extract(self, doc: Document) -> Iterator[Fact]:
        view = doc.view
        text = view.text
        is_html = doc.media_type == "text/html"
        mentions = find_people(
            text,
            source=doc.text if is_html else None,
            source_offset=view.source_offset if is_html else None,
        )
        for m in mentions:
            if m.name and m.title:
                yield self._position(doc, m)

    def _position(self, doc: Document, m: Mention) -> Position:
        view = doc.view
        a, b = m.span
        evidence = " ".join(view.text[a:b].split())
        prov = Provenance(
            document=doc.id,
            extractor=self.name,
            version=self.version,
            locator=char_locator(*view.source_span(a, b)),
            evidence=evidence,
            confidence=_CONFIDENCE.get(m.kind, 0.7),
        )
        org = OrgRef(name=m.org) if m.org else FILER
        return Position(
            prov=prov,
            person=PersonRef(m.name),
            organization=org,
            title=m.title,
            role=m.role,
            start=m.start,
            end=m.end,
        )
