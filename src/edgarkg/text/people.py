"""All the people of one document's reading text, from every rule, named consistently.

The block rules (signatures, contact lists, rosters) run first; the prose
rules then skip the passages those blocks cover, so a contact line is not
read twice (board sections excepted: their biographies hold other positions
only prose reads). Positions the text leaves unattributed go to the company the
document speaks for (its registrant, or the one company a press release
writes with a ticker); `edgarkg.text.coherence` then makes names and
positions agree across the document.
"""

from __future__ import annotations

from collections.abc import Callable

from edgarkg.text.coherence import merge_positions, name_key, resolve_names, unify_organisations
from edgarkg.text.contacts import contact_mentions, stacked_mentions
from edgarkg.text.mentions import Mention
from edgarkg.text.names import OrgLexicon, org_core
from edgarkg.text.prose import prose_mentions
from edgarkg.text.rosters import board_section_mentions, roster_mentions
from edgarkg.text.sentences import lines
from edgarkg.text.signatures import registrant_names, signature_mentions

__all__ = ["find_people"]


def find_people(
    text: str, *, source: str | None = None, source_offset: Callable[[int], int] | None = None
) -> list[Mention]:
    """Every person-and-title mention in `text`, names resolved, duplicates removed.

    For HTML, `source` (the decoded document) and `source_offset` (reading
    offset → source offset) let table cells keep their real columns.
    """
    lexicon = OrgLexicon.from_text(text)
    all_lines = list(lines(text))  # cut once, read by every block rule
    registrants = registrant_names(text, all_lines)
    for name in registrants:
        lexicon.add(name)
    signatures = list(signature_mentions(text, lexicon, all_lines))
    blocks: list[Mention] = [*signatures]
    blocks.extend(contact_mentions(text, lexicon, all_lines))
    blocks.extend(stacked_mentions(text, lexicon, all_lines))
    blocks.extend(roster_mentions(text, source, source_offset, all_lines))
    covered = sorted(m.span for m in blocks)
    prose = [m for m in prose_mentions(text, lexicon, skip=covered)]
    blocks.extend(board_section_mentions(text, all_lines))  # over biographies that prose reads too
    own = _own_organisation(registrants + [m.org for m in signatures if m.org], _issuers(text, lexicon))
    mentions = resolve_names(blocks + prose, text)
    mentions = [m if m.org or own is None else _with_org(m, own) for m in mentions]
    return [_squashed(m) for m in merge_positions(unify_organisations(mentions, own))]


def _own_organisation(registrants: list[str], issuers: list[str]) -> str | None:
    """The company a document speaks for, when it names exactly one.

    Its registrant (cover page or signature block), else the one company it
    writes with a ticker ("Springfield-based Acme Company (NYSE: ACM)", as
    press releases do). Positions the text leaves unattributed ("said
    Chairman and CEO ...", a contact list) belong to it; with several
    registrants (a joint filing) or none, they stay with the filer.
    """
    for names in (registrants, issuers):
        distinct: dict[str, str] = {}
        for n in names:  # the cover page's spelling first
            distinct.setdefault(name_key(org_core(n)), n)
        if len(distinct) == 1:
            return next(iter(distinct.values()))
        if distinct:
            return None
    return None


_RELEASE_EDGE = 3000  # a press release names its issuer in the dateline or the closing "About ..."


def _issuers(text: str, lexicon: OrgLexicon) -> list[str]:
    """Companies written with a ticker near the start or end, where a press release names its issuer."""
    if len(text) <= 2 * _RELEASE_EDGE:
        return lexicon.issuers
    edges = text[:_RELEASE_EDGE] + "\n" + text[-_RELEASE_EDGE:]
    return [n for n in lexicon.issuers if n in edges]


def _squashed(m: Mention) -> Mention:
    """Names as one line: a hard-wrapped "Smith, Barney\nand Co." reads "Smith, Barney and Co."."""
    org = " ".join(m.org.split()) if m.org else None
    return Mention(
        " ".join(m.name.split()), " ".join(m.title.split()), org, m.kind, m.span, m.role, m.start, m.end
    )


def _with_org(m: Mention, org: str) -> Mention:
    return Mention(m.name, m.title, org, m.kind, m.span, m.role, m.start, m.end)
