"""Organisations and subsidiaries stated in prose: press releases, 8-K/6-K items, 10-K text.

`edgarkg.text.orgs.read_orgs` finds the organisations a document names and
every short form it uses for them; this extractor adds those it names only
through what it says about them, and the ownership links it states:

- "X, a wholly-owned subsidiary of Y", "X is a subsidiary of Y";
- "Y and its subsidiary, X", "the Company's subsidiary X", "its subsidiaries X, Y and Z";
- "Y has 100% ownership of X", "Y owns X", "Y owns a controlling 55% interest in X";
- "Y acquired X", "Y completed its acquisition of X", "acquired all of the outstanding stock of X";
- "spin-off of its Health Care business, which will be known as X";
- "the company has operations on the Isle of Wight (Wight Telecom)";
- "<organisation or brand> <region>" units ("Globex UK", "Initech Canada").

Parties to a deal ("alliance with Hooli", "stores from Initrode and Vandelay",
"investment in Acme Photonics", "merger with XYZ", "a director of Initrode
Corporation and Acme Technology") are organisations without a link.
"the Company" / "the Registrant" / "we" are the filer (`FILER`) unless the
document defines "the Company" as one of its organisations.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from edgarkg.extractors.common import is_jurisdiction
from edgarkg.model import FILER, Document, Fact, Organization, OrgRef, Provenance, Subsidiary, char_locator
from edgarkg.text.names import has_legal_suffix, is_org_name, is_person_name
from edgarkg.text.orgs import REGIONS, DocOrgs, Mention, OrgEntry, doc_orgs, is_excluded_org, is_junk_org
from edgarkg.text.sentences import Segment, sentences

__all__ = ["TextOrgsExtractor", "Link", "find_links", "is_prose", "subject_before"]

_PROSE_MEDIA = frozenset({"text/plain", "text/html"})
# EDGAR document types that are not prose about companies: data, lists, wrappers, ownership forms, contracts.
_NOT_PROSE = re.compile(
    r"^(?:SEC-HEADER|XML|XBRL|JSON|ZIP|GRAPHIC|PDF|EXCEL|EX-21(?:\.\d+)?|EX-27.*|EX-101.*|EX-100.*"
    r"|EX-(?:1|2|3|4|5|8|10|14|16|23|24|31|32|33|34|35)(?:\.\w+)*(?:\(.*\))?"
    r"|[345](?:/A)?|13F-HR(?:/A)?|13F-NT(?:/A)?|INFORMATION TABLE)$",
    re.I,
)


def is_prose(doc: Document) -> bool:
    """Prose: text or HTML forms and press-release exhibits; not headers, XML, lists or contracts."""
    if doc.media_type not in _PROSE_MEDIA:
        return False
    if doc.doc_type is None:  # a loose file: a subsidiary list is the ex21 extractor's, by its own test
        from edgarkg.extractors.ex21 import Ex21Extractor

        return not Ex21Extractor().accepts(doc)
    return not _NOT_PROSE.match(doc.doc_type.strip())


@dataclass(frozen=True, slots=True)
class Link:
    """child is owned by parent (None: the filer), as text[start:end] states."""

    child: OrgEntry
    parent: OrgEntry | None
    start: int
    end: int
    percent: Decimal | None = None


# --- names after a phrase -------------------------------------------------------

_WORD = r"(?:[A-Z][\w&.]*|[a-z]+[A-Z0-9][\w&.]*)(?:['’](?!s\b)[\w]+)?(?:-[\w&.]+)*"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_SUFFIXED = r"[A-Z][\w'’.\-]*[ ]+(?:Inc|Corp|Co|Company|LLC|Ltd|plc|PLC)\b"
_CAP_NAME = re.compile(
    rf"(?:the\s+)?((?:{_WORD}|\d+[A-Za-z][\w&.]*)"
    rf"(?:(?:{_GAP}|[ ]*&[ ]*)(?:of{_GAP}|and[ ]+(?={_SUFFIXED}))?{_WORD}){{0,5}}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|N\.V|S\.A)\b\.?)?)"
)
_NOT_NAMES = frozenset(
    """
    the company registrant corporation board internet web we our it its they their this that these
    those common stock shares notes agreement plan january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    manager adviser advisor trustee agent purchaser buyer seller parent lender lenders borrower issuer
    """.split()  # noqa: SIM905
)


_INITIALLED = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z][a-z'’-]+(?:,?\s+(?:Jr|Sr|II|III)\.?)?")


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:")
    name = re.sub(r"['’]s$", "", name)
    if name.endswith(".") and not re.search(r"\b(?:Inc|Corp|Co|Ltd|L\.P|N\.V|S\.A)\.$", name):
        name = name[:-1]
    return name


def _plausible(name: str) -> bool:
    """A capitalised phrase that can name an organisation: not a place, person, month or generic word."""
    if not name or len(name) < 2 or is_excluded_org(name) or is_junk_org(name):
        return False
    if not has_legal_suffix(name) and _INITIALLED.fullmatch(name) and is_person_name(name):
        return False  # "John Q. Smith": a person, not a company
    low = name.lower()
    if low in _NOT_NAMES or low.split()[0] in ("the", "our", "its", "their") or is_jurisdiction(name):
        return False
    if low in REGIONS or re.fullmatch(r"[\d,.\s]+", name):
        return False
    return not re.match(r"(?i)(?:mr|mrs|ms|dr)\.?\s", name)


def _name_at(
    text: str, pos: int, stop: int, orgs: DocOrgs, mentions: list[Mention], *, known: bool = False
) -> tuple[OrgEntry | None, int] | None:
    """The organisation named at `pos`: a known mention, else a capitalised name (added to `orgs`
    unless `known`)."""
    while pos < stop and text[pos].isspace():
        pos += 1
    m = _CAP_NAME.match(text, pos, stop)
    longer = orgs.resolve(_clean_name(m.group(1))) if m else None  # a name known since the mentions were read
    for x in mentions[bisect_left([x.start for x in mentions], pos) :][:1]:  # the first at or after pos
        if text[pos : x.start].strip().lower() in ("", "the"):
            end = m.start(1) + len(_clean_name(m.group(1))) if m else 0
            if longer is not None and longer is not x.entry and end > x.end:
                return longer, end
            if longer is None and m and end > x.end and x.entry is not None and not known:
                name = _clean_name(m.group(1))  # "Hooli Bank" after "Hooli" names "Hooli Bancorp"
                if is_org_name(name) and _plausible(name):
                    entry = orgs.add(name, (m.start(1), end), "named")
                    if entry is not None and entry is not x.entry:
                        return entry, end
            return x.entry, x.end
        break
    if not m:
        return None
    name = _clean_name(m.group(1))
    if not _plausible(name) or ".." in name or re.search(r"\b[A-Z]\.[A-Z]\.", name):
        return None  # "M.B.A", a degree, not a company
    if name.isupper() and (len(name) > 5 or " " not in name and len(name) > 4) and not orgs.resolve(name):
        return None  # "ZAPRIN": capitals name products and headings more often than companies
    if _NEXT_VERB.match(text, m.start(1) + len(name), stop):
        return None  # the subject of the next clause, not an object of this one
    if _NEXT_CELL.match(text, m.start(1) + len(name), stop):
        return None  # a table row's label, not prose
    entry = orgs.resolve(name) or orgs.prefix_of(name)
    if entry is None and known:
        return None
    entry = entry or orgs.add(name, (m.start(1), m.start(1) + len(name)), "named")
    if entry is None:
        return None
    return entry, m.start(1) + len(name)


# matched in place (pos, endpos), never on a slice to the end of the sentence: sentences can be long
_NEXT_VERB = re.compile(r"\s+(?:was|were|is|are|has|had|will)\b")
_NEXT_CELL = re.compile(r"[ \t]{2,}[$\d(]|\t")
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,60}\)")
_LIST_SEP = re.compile(r",?\s+(?:and|&)\s+|,\s+(?=[A-Z])")
_DBA_NAME = re.compile(r"(?>[A-Z][\w&'’.\-]*)(?:\s+(?>[A-Z][\w&'’.\-]*)){0,3}")
_INNER_NAME = re.compile(r"([A-Z][^()]{1,40})\)")


def _names_at(
    text: str, pos: int, stop: int, orgs: DocOrgs, mentions: list[Mention], *, first_known: bool = False
) -> list[tuple[OrgEntry | None, int]]:
    """ "Initrode and Vandelay", "ABC Idaho, Inc., X and Y": a list of names from `pos`."""
    out: list[tuple[OrgEntry | None, int]] = []
    while True:
        found = _name_at(text, pos, stop, orgs, mentions, known=first_known and not out)
        if not found:
            break
        out.append(found)
        pos = found[1]
        paren = _PAREN_AFTER.match(text, pos, stop)
        if paren:
            pos = paren.end()
        sep = _LIST_SEP.match(text, pos, stop)
        if not sep:
            break
        pos = sep.end()
    if len(out) > 1 and _CLAUSE_VERB.match(text, out[-1][1], stop):
        return out[:1]  # "the subsidiary X and Y established ...": X and Y are the next clause's subject
    return out


_CLAUSE_VERB = re.compile(
    r"\s+(?!(?:based|located|headquartered|incorporated|organi[sz]ed|owned|named|called|listed)\b)"
    r"(?:[a-z]+ed|will|have|are|were)\b"
)


# --- the rules --------------------------------------------------------------------

_SUB_OF = re.compile(
    r"(?i),?\s+(?:(?:is|was|are|became|remains|has\s+become)\s+(?:now\s+)?)?(?:a|an|its|our|the)\s+"
    r"(?:[\w.\-]+\s+){0,6}?(?:wholly[\s-]owned\s+|majority[\s-]owned\s+|indirect\s+|direct\s+|U\.S\.\s+)*"
    r"subsidiary\s+of\s+"
)
_SUBS_LIST = re.compile(
    r"(?i)(?:['’]s?|\s+and\s+its|\s+its|\s+and\s+certain\s+of\s+its)?\s+(?:wholly[\s-]owned\s+|principal\s+|operating\s+)?"
    r"subsidiar(?:y|ies)(?:,\s*|\s+)(?=(?:the\s+)?[A-Z0-9])"
)
# "a wholly-owned subsidiary of the Registrant, Vandelay Acquisition Corp.": parent first, then the child
_SUB_APPOS = re.compile(
    r"(?i)(?=[ai])\b(?:a|an|its|our)\s+(?:new(?:ly[\s-]formed)?\s+)?(?:wholly[\s-]owned\s+|majority[\s-]owned\s+"
    r"|indirect\s+|direct\s+)*subsidiary\s+of\s+"
)
# "Acme Lux SARL, which is wholly owned by the Company"
_OWNED_BY = re.compile(
    r"(?i),?\s+(?:(?:which|that)\s+)?(?:is|are|was|were)\s+(?:now\s+)?(?:(?:wholly|majority|indirectly|directly)"
    r"[\s-]+)+owned\s+by\s+"
)
_ITS_SUBS = re.compile(
    r"(?=[IiOoTt])\b(?:[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:wholly[\s-]owned\s+)?subsidiar(?:y|ies),?\s+(?=(?:the\s+)?[A-Z])"
)
_OWNS = re.compile(
    r"(?i)(?=[hoar])\b(?:has|have|holds?|owns?|acquired|retains?)\s+(?:a\s+|an\s+)?(?:controlling\s+|majority\s+|minority\s+)?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s+)?(?:(?:ownership|equity\s+interest|interest|stake)\s+(?:of|in)\s+)?"
    r"(?=(?:the\s+)?[A-Z0-9]|[a-z]+[A-Z])"
)
_ACQUIRED = re.compile(
    r"(?=[hapbc])\b(?:has\s+)?(?:acquired|purchased|bought"
    r"|completed\s+(?:its|our|the)\s+(?:acquisition|purchase)\s+of"
    r"|completed\s+the\s+(?:acquisition|purchase)\s+of)\s+(?:(?:substantially\s+)?all\s+(?:of\s+)?the\s+[\w\s,]{0,60}?"
    r"(?:stock|shares|equity|interests|options)\s+of\s+)?"
)
_SPIN = re.compile(
    r"(?i)(?=s)\bspin[\s-]?off\s+of\s+(?:its|our|the\s+company['’]s)\s+[^.;]{0,80}?(?:which\s+will\s+be\s+known\s+as"
    r"|to\s+be\s+(?:named|called|known\s+as)|known\s+as)\s+"
)
_OPERATIONS_IN = re.compile(
    r"(?=[obsp])\b(?:operations?|business(?:es)?|subsidiar(?:y|ies)|presence|operators?)\s+(?:in|on|at)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w]*(?:\s+(?:of\s+)?[A-Z][\w]*){0,3})\s*\(\s*(?=[A-Z])"
)
_DBA = re.compile(r"\s+(?:doing\s+business\s+as|d/b/a|dba)\s+")
_PARTIES = re.compile(
    r"(?i)(?=[apjcmrdi])(?:\b(?:alliance|agreements?|partnership|joint\s+venture|contracts?|arrangements?|merger"
    r"|relationship|deal)\s+with\s+(?:and\s+[^.;]{0,60}?\s+in\s+)?|\binvestment\s+in\s+|\b(?:a\s+)?director\s+of\s+(?=[A-Z]))"
)
_FROM_SELLER = re.compile(
    r"(?i)(?=[apb])\b(?:acquire|purchase|buy|acquisition|purchase)\b[^.;]{0,120}?\bfrom\s+(?=[A-Z])"
)
_ACRONYM = re.compile(
    r"(?=[A-Z])\b((?>[A-Z][\w'’.-]*)(?:\s+(?:&\s+)?(?>[A-Z][\w'’.-]*)){1,4})\s+\(([A-Z]{2,6})\)\s+"
    r"(?=(?:\w+\s+){0,1}(?:business(?:es)?|compan(?:y|ies)|subsidiar(?:y|ies)|units?|divisions?|stores|chains?)\b)"
)


def subject_before(mentions: list[Mention], pos: int, sentence: Segment) -> Mention | None:
    """The sentence's subject: its first organisation mention, when that comes before `pos`."""
    inside = [m for m in mentions if sentence.start <= m.start < pos]
    return inside[0] if inside else None


# numbers read atomically and from their first digit: linear on "95.95.95..."
_TABULAR = re.compile(r"\t|(?:\(?\$?(?<!\d)(?<!\d[,.])(?>\d[\d,.]*)\)?\s+){4,}")


def _nearest_before(mentions: list[Mention], pos: int, sentence: Segment) -> Mention | None:
    """The organisation acting in a clause: the mention nearest before its verb (within the clause)."""
    i = bisect_left([m.start for m in mentions], pos) - 1  # mentions are in text order
    if i >= 0 and sentence.start <= mentions[i].start and pos - mentions[i].end <= 80:
        return mentions[i]
    return subject_before(mentions, pos, sentence)


def find_links(text: str, orgs: DocOrgs) -> tuple[list[Link], list[tuple[OrgEntry, int, int]]]:
    """Ownership links and deal parties stated in `text`; names they introduce are added to `orgs`."""
    links: list[Link] = []
    parties: list[tuple[OrgEntry, int, int]] = []
    with orgs.batch():  # names found on the way resolve at once, and are matched in full afterwards
        last_subject: OrgEntry | None = None
        for s in sentences(text):
            mentions = orgs.mentions(text, s.start, s.end)
            if last_subject is not None:  # "the company" in lower case refers back, to the last subject
                mentions = [
                    Mention(m.start, m.end, last_subject)
                    if m.entry is None and text[m.start : m.end] == "the company"
                    else m
                    for m in mentions
                ]
            subj = mentions[0] if mentions else None
            if re.match(r"\s*(?:We|Our)\b", s.text):
                subj = Mention(s.start, s.start + 2, orgs.company_at(s.start))
            if (
                subj is None
                and re.match(r"(?i)\s*(?:it|additionally|the\s+company)\b", s.text)
                and last_subject
            ):
                subj = Mention(s.start, s.start, last_subject)
            subject = subj.entry if subj else last_subject
            if not _TABULAR.search(s.text):  # rows of a table read as one "sentence" state no ownership
                _sentence_links(text, s, orgs, mentions, subject, links, parties)
            if subj is not None:
                last_subject = subj.entry
    _subsidiary_tables(text, orgs, links)
    for entry in list(orgs.entries.values()):
        if entry.kind == "unit" and entry.parent_hint:
            parent = orgs.resolve(entry.parent_hint)
            if parent is not None and parent is not entry:
                links.append(Link(entry, parent, *entry.span))
    return links, parties


_SUBS_WORD = re.compile(r"(?i)subsidiar(?:y|ies)")
_SUB_TABLE_COLUMN = re.compile(
    r"(?i)jurisdiction|country|incorporat|organi[sz]ation|ownership|owned|interest|%"
)
_CELLS = re.compile(r"\t|[ ]{2,}|[ ]?\|[ ]?")
_PERCENT_CELL = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%?")


def _subsidiary_tables(text: str, orgs: DocOrgs, links: list[Link]) -> None:
    """A table of subsidiaries in a 10-K or 20-F ("Name of subsidiary | Jurisdiction | Ownership %"):
    each row's first cell is a subsidiary of the filer, at the percent of an ownership column."""
    done = -1
    for w in _SUBS_WORD.finditer(text):
        if w.start() < done:
            continue
        a = text.rfind("\n", 0, w.start()) + 1
        b = text.find("\n", w.end())
        b = len(text) if b == -1 else b
        heads = [c.strip() for c in _CELLS.split(text[a:b].strip()) if c.strip()]
        if not (2 <= len(heads) <= 6 and _SUBS_WORD.search(heads[0]) and len(heads[0]) <= 40):
            continue
        if not all(_SUB_TABLE_COLUMN.search(h) for h in heads[1:]):
            continue
        pct_col = next(
            (i for i, h in enumerate(heads) if re.search(r"(?i)%|ownership|owned|interest", h)), None
        )
        owner = orgs.company_at(a)
        pos = b + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            cells = [c.strip() for c in _CELLS.split(text[pos:end].strip()) if c.strip()]
            if len(cells) < 2 or len(cells) > len(heads):
                if cells or pos > b + 1 and not text[pos:end].strip() and not text[end + 1 : end + 2].strip():
                    break  # a row of another shape, or two blank lines: the table has ended
                pos = end + 1
                continue
            name = _clean_name(cells[0])
            percent = None
            if pct_col is not None and len(cells) == len(heads):
                pm = _PERCENT_CELL.fullmatch(cells[pct_col])
                percent = Decimal(pm.group(1)) if pm else None
            if _plausible(name) and not re.search(r"\d{3}", name):
                start = pos + text[pos:end].find(cells[0])
                entry = orgs.resolve(name) or orgs.add(name, (start, start + len(name)), "named")
                if entry is not None and entry is not owner and (percent is None or percent > 50):
                    links.append(Link(entry, owner, pos, end, percent))
            pos = end + 1
        done = pos


def _sentence_links(
    text: str,
    s: Segment,
    orgs: DocOrgs,
    mentions: list[Mention],
    subject: OrgEntry | None,
    links: list[Link],
    parties: list[tuple[OrgEntry, int, int]],
) -> None:
    a, b = s.start, s.end

    def add(child: OrgEntry | None, parent: OrgEntry | None, pct: Decimal | None = None) -> None:
        if child is None or child is parent:
            return
        if pct is not None and pct < 50:
            parties.append((child, a, b))
            return
        links.append(Link(child, parent, a, b, pct))

    for m in mentions:  # "X, a wholly-owned subsidiary of Y"
        sub = _SUB_OF.match(text, m.end, b)
        if sub and m.entry is not None:
            parent = _name_at(text, sub.end(), b, orgs, mentions)
            if parent:
                add(m.entry, parent[0])
        owned = _OWNED_BY.match(text, m.end, b)
        if owned and m.entry is not None:
            parent = _name_at(text, owned.end(), b, orgs, mentions, known=True)
            if parent:
                add(m.entry, parent[0])
        dba = _DBA.match(text, m.end, b)
        if dba and m.entry is not None:
            alias = _DBA_NAME.match(text, dba.end(), b)
            if alias:
                orgs.alias(m.entry, alias.group())
        subs = _SUBS_LIST.match(text, m.end, b)
        if subs:
            for child, _ in _names_at(text, subs.end(), b, orgs, mentions):
                add(child, m.entry)
    for m in _SUB_APPOS.finditer(text, a, b):
        if re.search(r"\w[\w.]*,?\s*$", text[max(a, m.start() - 3) : m.start()]) and any(
            x.end <= m.start() and not text[x.end : m.start()].strip(" ,") for x in mentions
        ):
            continue  # "X, a subsidiary of Y": the rule above
        parent = _name_at(text, m.end(), b, orgs, mentions, known=True)
        if parent is None:
            continue
        comma = re.match(r",\s+(?=[A-Z])", text[parent[1] : parent[1] + 4])
        if comma:
            child = _name_at(text, parent[1] + comma.end(), b, orgs, mentions)
            if child and (
                child[0] is None or not re.match(r"\s+(?:and|or)\s", text[child[1] : child[1] + 6])
            ):
                add(child[0], parent[0])
    for rx, owner in ((_ITS_SUBS, subject),):
        for m in rx.finditer(text, a, b):
            for child, _ in _names_at(text, m.end(), b, orgs, mentions):
                add(child, owner)
    for rx in (_OWNS, _ACQUIRED, _SPIN):
        for m in rx.finditer(text, a, b):
            if rx is _OWNS and re.match(r"\s*(?:and|or)\s", text[m.end() : m.end() + 5]):
                continue
            if rx is _ACQUIRED and re.search(
                r"(?i)\b(?:the|newly|recently|an?|its|our)\s+$", text[max(a, m.start() - 12) : m.start()]
            ):
                continue  # "the acquired XY business": an adjective
            owner_m = _nearest_before(mentions, m.start(), s)
            owner = owner_m.entry if owner_m else subject
            children = _names_at(text, m.end(), b, orgs, mentions)
            if rx is _ACQUIRED and children:  # "... acquired X (X), a provider of ..., and Y in January"
                first_end = children[-1][1]
                for later in mentions:
                    gap = text[first_end : later.start]
                    if (
                        later.start >= first_end
                        and later.entry is not None
                        and re.search(r",?\s+and\s+$", gap[-8:])
                        and not re.search(r"\bfrom\b", gap)
                    ):
                        children.append((later.entry, later.end))
            pct = Decimal(m.group("pct")) if rx is _OWNS and m.group("pct") else None
            if rx is _OWNS and pct is None and not re.search(r"(?i)\bowns?\b|\bownership\b", m.group()):
                continue
            for child, _ in children[:1] if rx is _OWNS else children:
                add(child, owner, pct)
    for m in _OPERATIONS_IN.finditer(text, a, b):
        inner = _INNER_NAME.match(text, m.end(), b)
        if inner:
            name = _clean_name(inner.group(1))
            if _plausible(name):
                entry = orgs.resolve(name) or orgs.add(name, (m.end(), m.end() + len(name)), "named")
                owner_m = subject_before(mentions, m.start(), s)
                add(entry, owner_m.entry if owner_m else subject)
    for rx in (_PARTIES, _FROM_SELLER):
        for m in rx.finditer(text, a, b):
            head = m.group().lower()
            found = _names_at(text, m.end(), b, orgs, mentions, first_known="director" in head)
            if "investment" in head:
                found = [
                    f
                    for f in found[:1]
                    if f[0] is not None
                    and (f[0].kind != "named" or re.match(r",\s+(?:a|an)\s", text[f[1] : f[1] + 5]))
                ]
            for party, _ in found:
                if party is not None:
                    parties.append((party, a, b))
    for m in _ACRONYM.finditer(text, a, b):
        name, short = m.group(1), m.group(2)
        initials = "".join(w[0] for w in re.split(r"\s+(?:&\s+)?", name) if w[0].isupper())
        if initials == short and _plausible(name):
            entry = orgs.resolve(name) or orgs.add(name, (m.start(1), m.end(1)), "named")
            if entry is not None:
                orgs.alias(entry, short)
                parties.append((entry, a, b))


# --- the extractor ------------------------------------------------------------------


class TextOrgsExtractor:
    """Prose document → `Organization` facts for the organisations it is about, `Subsidiary` facts
    for the ownership it states."""

    name = "text-orgs"
    version = "1.0"

    def accepts(self, doc: Document) -> bool:
        return is_prose(doc)

    def extract(self, doc: Document) -> Iterator[Fact]:
        view = doc.view
        text = view.text
        orgs = doc_orgs(doc).copy()  # find_links adds the names it finds: not to the shared reading
        links, parties = find_links(text, orgs)
        emitted: set[int] = set()

        def prov(a: int, b: int, confidence: float) -> Provenance:
            return Provenance(
                document=doc.id,
                extractor=self.name,
                version=self.version,
                locator=char_locator(*view.source_span(a, b)),
                evidence=" ".join(text[a:b].split())[:1000],
                confidence=confidence,
            )

        seen = _seen_forms(text, orgs)
        wanted = {id(e) for e in orgs.entries.values() if e.kind in ("legal", "ticker")}
        wanted |= {id(link.child) for link in links} | {id(link.parent) for link in links if link.parent}
        wanted |= {id(p) for p, _, _ in parties}
        for entry in orgs.entries.values():
            if id(entry) not in wanted or id(entry) in emitted:
                continue
            emitted.add(id(entry))
            a, b = _evidence_span(text, entry.span)
            aliases = tuple(sorted(f for f in seen.get(id(entry), set()) if f != entry.name))
            yield Organization(
                prov=prov(a, b, 0.9 if entry.kind == "legal" else 0.75),
                ref=OrgRef(name=entry.name),
                aliases=aliases,
            )
        done: set[tuple[int, int]] = set()
        for link in links:
            key = (id(link.child), id(link.parent))
            if key in done:
                continue
            done.add(key)
            parent = OrgRef(name=link.parent.name) if link.parent else FILER
            yield Subsidiary(
                prov=prov(link.start, link.end, 0.8),
                child=OrgRef(name=link.child.name),
                parent=parent,
                percent=link.percent,
            )


_PRONOUNS = re.compile(r"(?i)(?:the\s+)?(?:company|registrant|corporation)|we|our|us")


def _seen_forms(text: str, orgs: DocOrgs) -> dict[int, set[str]]:
    """The forms each organisation is actually written in, for its aliases."""
    seen: dict[int, set[str]] = {}
    for m in orgs.mentions(text):
        written = " ".join(text[m.start : m.end].split())
        if m.entry is not None and not _PRONOUNS.fullmatch(written):
            seen.setdefault(id(m.entry), set()).add(written)
    for entry in orgs.entries.values():
        seen.setdefault(id(entry), set()).update(entry.aliases)
    return seen


def _evidence_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence (or line) around a name, for evidence."""
    a, b = span
    start = max(text.rfind("\n\n", 0, a), text.rfind(". ", 0, a) + 1, 0)
    stops = [i for i in (text.find("\n\n", b), text.find(". ", b)) if i != -1]
    end = min(stops) + 1 if stops else len(text)
    start = max(start, a - 400)
    end = min(end, b + 400)
    while start < a and text[start].isspace():
        start += 1
    return start, max(end, b)
