"""Ownership links and deal parties stated in prose.

- "X, a wholly-owned subsidiary of Y", "X is a subsidiary of Y";
- "Y and its subsidiary, X", "the Company's subsidiary X", "its subsidiaries X, Y and Z",
  "its finance subsidiaries, primarily X and Y", "the Registrant's X subsidiary";
- "Y, which is the sole shareholder of X"; "the other subsidiaries of the Registrant, X, Y and Z";
- "Y has 100% ownership of X", "Y owns X", "Y owns a controlling 55% interest in X";
- "Y acquired X", "Y completed its acquisition of X", "acquired all of the outstanding stock of X";
- "spin-off of its Health Care business, which will be known as X";
- "the company has operations on the Isle of Wight (Wight Telecom)";
- a table of subsidiaries ("Name of subsidiary | Jurisdiction | Ownership %");
- "Y wholly owns the following entities: X, Z", "the following 100% owned entities:" and a column.

Parties to a deal ("alliance with Hooli", "stores from Initrode and Vandelay",
"investment in Acme Photonics", "merger with XYZ", "a director of Initrode
Corporation and Acme Technology") are organisations without a link.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal

from edgarkg.text.names import has_legal_suffix
from edgarkg.text.org_filters import PLACES, REGIONS
from edgarkg.text.org_index import DocOrgs, Mention, OrgEntry
from edgarkg.text.org_phrases import DBA_NAME, INNER_NAME, clean_phrase_name, name_at, names_at, plausible
from edgarkg.text.sentences import Segment, sentences

__all__ = ["Link", "find_links", "subject_before"]


@dataclass(frozen=True, slots=True)
class Link:
    """child is owned by parent (None: the filer), as text[start:end] states."""

    child: OrgEntry
    parent: OrgEntry | None
    start: int
    end: int
    percent: Decimal | None = None


# --- the rules --------------------------------------------------------------------

_SUB_OF = re.compile(  # "X, a subsidiary of Y", "X (a subsidiary of Y", 'X, ("X") a subsidiary of Y'
    r"(?i)(?:,?\s*\(\s*[\"“][^\"“”()]{1,40}[\"”]\s*\))?"
    r"(?:,?\s+|\s*\(\s*)(?:(?:is|was|are|became|remains|has\s+become)\s+(?:now\s+)?)?(?:a|an|its|our|the)\s+"
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
_PERSON_ACTS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|\b[Hh]e|\b[Ss]he)\s+(?:has\s+|had\s+)?$")
# "X, a wholly owned subsidiary,", "X, the Company's wholly owned broker dealer subsidiary": no "of"
_OUR_SUB = re.compile(
    r"(?i)(?:\s*\(\s*[\"“][^\"“”()]{1,40}[\"”]\s*\))?,\s+(a|an|our|its|the\s+(?:company|registrant)['’]s)\s+"
    r"(?:(?:wholly|majority|100\s?%|100\s+percent)[\s-]owned\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?subsidiary(?=\s*[,;.)]|\s+(?:since|that|which|presently|currently|is|was|has)\b)"
)
_FROM = re.compile(r"\bfrom\b")
_AND_BEFORE = re.compile(r",?\s+and\s+$")
_LIST_REACH = 300  # characters after an acquired name in which the others acquired with it are listed
_AND_GAP = re.compile(r"\s+and\s+")
# after "X, a subsidiary of Y": "(, a Delaware corporation), which is in turn a wholly-owned subsidiary of "
_IN_TURN = re.compile(
    r"(?i),?\s+(?:an?\s+[\w\s.-]{0,40}?(?:corporation|company|partnership|limited\s+liability\s+company),\s+)?"
    r"(?:which|that)\s+is\s+(?:in\s+turn\s+|itself\s+|also\s+)*(?:an?|the)\s+"
    r"(?:wholly[\s-]owned\s+|majority[\s-]owned\s+|indirect\s+|direct\s+)*subsidiary\s+of\s+"
)
# "its subsidiary, X", "our newly formed subsidiary, X",
# "its finance and insurance subsidiaries, primarily X and Y"
_ITS_SUBS = re.compile(
    r"(?=[IiOoTt])\b(?P<whose>[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[a-z][\w-]*\s+(?:and\s+)?){0,3}?"
    r"subsidiar(?:y|ies),?\s+(?:(?:primarily|principally|including|namely|such\s+as)\s+)?(?=(?:the\s+)?[A-Z])"
)
# "The other subsidiaries of the Registrant, X, Y and Z", "Two other subsidiaries, X and Y, make":
# the filer's
_OTHER_SUBS = re.compile(
    r"(?i)(?=[tofs])\b(?:the\s+)?(?:other|two|three|four|five|several|following)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"subsidiaries(?:\s+of\s+the\s+(?:registrant|company|corporation))?,?\s+(?-i:(?=[A-Z]))"
)
# "Other subsidiaries of Holdings, such as Amrock Title Insurance Co., LMB Mortgage Services and others"
_SUBS_SUCH_AS = re.compile(r"(?i)(?=s)\bsubsidiaries\s+of\s+(?:the\s+)?(?=[A-Z])")
_SUCH_AS = re.compile(r",?\s+(?:such\s+as|including|namely)\s+(?=[A-Z])")
# "certain of its subsidiaries, Acme Bank and Globex Bank": a part of them, then other parties
_PART_OF = re.compile(r"(?i)\b(?:certain|some|several|each|all|any|one|none|most|many)\s+of\s+$")
# "Initech Holdings, Inc., which is the sole shareholder of Initech Associates, Inc.": the holder owns it
_SOLE_HOLDER = re.compile(
    r"(?i),?\s+(?:(?:which|that)\s+)?(?:is|was|has\s+been|became)\s+(?:now\s+)?the\s+(?:sole|only)\s+"
    r"(?:shareholder|stockholder|owner|member)\s+of\s+"
)
# "the Registrant's Hooli subsidiary", "our Hooli subsidiary": a named subsidiary of the filer
_FILER_NAMED_SUB = re.compile(
    r"(?=[tTo])\b(?:[Tt]he\s+(?:Company|Registrant|Corporation)['’]s|our)\s+"
    r"((?>[A-Z][\w&.-]*)(?:\s+(?>[A-Z][\w&.-]*)){0,3})\s+subsidiary\b"
)
# a nationality or region adjective: "our Canadian subsidiary" names none
_ADJECTIVE = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ese|ish)|U\.?S\.?|U\.?K\.?|Operating|Principal|Foreign|Greek|Dutch|Swiss|French|Thai"
    r"|Czech|Israeli|Saudi|Iraqi|Kuwaiti|Qatari|Emirati)"
)
_OWNS = re.compile(
    r"(?i)[hoar](?<!\w.)(?:(?<=h)as|(?<=h)ave|(?<=h)olds?|(?<=o)wns?|(?<=a)cquired|(?<=r)etains?)\s+(?:a\s+|an\s+)?"
    r"(?:controlling\s+|majority\s+|minority\s+)?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s+)?(?:(?:ownership|equity\s+interest|interest|stake)\s+(?:of|in)\s+)?"
    r"(?=(?:the\s+)?[A-Z0-9]|[a-z]+[A-Z])"
)
_ACQUIRED = re.compile(
    r"[hapbc](?<!\w.)(?:(?<=h)as\s+(?:acquired|purchased|bought"
    r"|completed\s+(?:its|our|the)\s+(?:acquisition|purchase)\s+of"
    r"|completed\s+the\s+(?:acquisition|purchase)\s+of)|(?<=a)cquired|(?<=p)urchased|(?<=b)ought"
    r"|(?<=c)ompleted\s+(?:its|our|the)\s+(?:acquisition|purchase)\s+of"
    r"|(?<=c)ompleted\s+the\s+(?:acquisition|purchase)\s+of)\s+(?:(?:substantially\s+)?all\s+(?:of\s+)?the\s+[\w\s,]{0,60}?"
    r"(?:stock|shares|equity|interests|options)\s+of\s+)?"
)
_SPIN = re.compile(
    r"(?i)(?=s)\bspin[\s-]?off\s+of\s+(?:its|our|the\s+company['’]s)\s+[^.;]{0,80}?(?:which\s+will\s+be\s+known\s+as"
    r"|to\s+be\s+(?:named|called|known\s+as)|known\s+as)\s+"
)
_OPERATIONS_IN = re.compile(
    r"[obsp](?<!\w.)(?:(?<=o)perations?|(?<=b)usiness(?:es)?|(?<=s)ubsidiar(?:y|ies)|(?<=p)resence|(?<=o)perators?)"
    r"\s+(?:in|on|at)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w]*(?:\s+(?:of\s+)?[A-Z][\w]*){0,3})\s*\(\s*(?=[A-Z])"
)
_DBA = re.compile(r"\s+(?:doing\s+business\s+as|d/b/a|dba)\s+")
_PARTIES = re.compile(
    r"(?i)[apjcmrdi](?<!\w.)(?:(?:(?<=a)lliance|(?<=a)greements?|(?<=p)artnership|(?<=j)oint\s+venture|(?<=c)ontracts?"
    r"|(?<=a)rrangements?|(?<=m)erger|(?<=r)elationship|(?<=d)eal)\s+with\s+(?:and\s+[^.;]{0,60}?\s+in\s+)?"
    r"|(?<=i)nvestment\s+in\s+|(?:(?<=a)\s+d|(?<=d))irector\s+of\s+(?=[A-Z]))"
)
_FROM_SELLER = re.compile(
    r"(?i)[apb](?<!\w.)(?:(?<=a)cquire|(?<=p)urchase|(?<=b)uy|(?<=a)cquisition|(?<=p)urchase)\b[^.;]{0,120}?\bfrom\s+(?=[A-Z])"
)
_ACRONYM = re.compile(
    r"([A-Z](?<!\w.)(?>[\w'’.-]*)(?:\s+(?:&\s+)?(?>[A-Z][\w'’.-]*)){1,4})\s+\(([A-Z]{2,6})\)\s+"
    r"(?=(?:\w+\s+){0,1}(?:business(?:es)?|compan(?:y|ies)|subsidiar(?:y|ies)|units?|divisions?|stores|chains?)\b)"
)


def subject_before(mentions: list[Mention], pos: int, sentence: Segment) -> Mention | None:
    """The sentence's subject: its first organisation mention, when that comes before `pos`."""
    i = bisect_left(mentions, sentence.start, key=lambda m: m.start)  # mentions are in text order
    return mentions[i] if i < len(mentions) and mentions[i].start < pos else None


# A row of numbers: four number cells. Numbers are read atomically and from their first
# digit (linear on "95.95.95..."); the first cell is led by the class of its first character
# ("(", "$", a digit), for `re` to skip to the candidates.
_CELL = r"(?:\(?\$?(?<!\d)(?<!\d[,.])(?>\d[\d,.]*)\)?\s+)"
_TABULAR = re.compile(
    r"[($\d](?:(?<=\()\$?(?>\d[\d,.]*)|(?<=\$)(?>\d[\d,.]*)|(?<=\d)(?<!\d.)(?<!\d[,.].)(?>[\d,.]*))"
    rf"\)?\s+{_CELL}{{3,}}"
)


# a list item's marker and its tab ("(i)\tCurrent report on Form 8-K ..."): not a table's cells
_ITEM_TAB = re.compile(r"(?m)^[ ]*(?:\(?(?:[ivxlc]{1,5}|\d{1,3}|[a-z])[.)]|[•·–-])\t")


def _tabular(sentence: str) -> bool:
    """A row of a table: cells parted by tabs (other than a list item's), or four numbers."""
    if "\t" in sentence and "\t" in _ITEM_TAB.sub("", sentence):
        return True
    return _TABULAR.search(sentence) is not None


def _nearest_before(mentions: list[Mention], pos: int, sentence: Segment) -> Mention | None:
    """The organisation acting in a clause: the mention nearest before its verb (within the clause)."""
    i = bisect_left(mentions, pos, key=lambda m: m.start) - 1  # mentions are in text order
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
            if not _tabular(s.text):  # rows of a table read as one "sentence" state no ownership
                _sentence_links(text, s, orgs, mentions, subject, links, parties)
            if subj is not None:
                last_subject = subj.entry
    _subsidiary_tables(text, orgs, links)
    _following_lists(text, orgs, links)
    for entry in list(orgs.entries.values()):
        if entry.kind == "unit" and entry.parent_hint:
            parent = orgs.resolve(entry.parent_hint)
            if parent is not None and parent is not entry:
                links.append(Link(entry, parent, *entry.span))
    return links, parties


_SUBS_WORD = re.compile(r"[Ssſ](?i:ubsidiar(?:y|ies))")  # led by a class: `re` skips to the S's
_LEAD = re.compile(r"\s*")
_SUB_TABLE_COLUMN = re.compile(
    r"(?i)jurisdiction|country|incorporat|organi[sz]ation|ownership|owned|interest|%|activit|business"
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
        start = w.start()  # a header row's first cell holds the word, in at most 40 characters:
        a = text.rfind("\n", max(0, start - 200), start) + 1  # look back no further than it can be
        if a == 0 and start > 200:
            if text[start - 200 : start - 40].strip():
                continue
            a = text.rfind("\n", 0, start) + 1
        if start - _LEAD.match(text, a, start).end() > 40:  # type: ignore[union-attr]
            continue
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
            name = clean_phrase_name(cells[0])
            percent = None
            if pct_col is not None and len(cells) == len(heads):
                pm = _PERCENT_CELL.fullmatch(cells[pct_col])
                percent = Decimal(pm.group(1)) if pm else None
            if plausible(name) and not re.search(r"\d{3}", name):
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

    # every rule needs a word of its own: a sentence without it is not read by that rule
    low = text[a:b].lower()
    subsidiary = "subsidiar" in low
    owned = "owned" in low
    dba = "dba" in low or "d/b/a" in low or "business" in low
    for m in mentions if subsidiary or owned or dba else ():  # "X, a wholly-owned subsidiary of Y"
        sub = _SUB_OF.match(text, m.end, b) if subsidiary else None
        if sub and m.entry is not None:
            parent = name_at(text, sub.end(), b, orgs, mentions)
            if parent:
                add(m.entry, parent[0])
        turn = _IN_TURN.match(text, m.end, b) if subsidiary and m.entry is not None else None
        if turn:  # "... of X, a Delaware corporation, which is in turn a wholly-owned subsidiary of Y"
            parent = name_at(text, turn.end(), b, orgs, mentions)
            if parent:
                add(m.entry, parent[0])
        ours = _OUR_SUB.match(text, m.end, b) if subsidiary and m.entry is not None else None
        if ours:  # "X, a wholly owned subsidiary, leases ...": the filer's (or, with "its", the subject's)
            add(m.entry, subject if ours.group(1).lower() == "its" else orgs.company_at(m.start))
        by = _OWNED_BY.match(text, m.end, b) if owned else None
        if by and m.entry is not None:
            parent = name_at(text, by.end(), b, orgs, mentions, known=True)
            if parent:
                add(m.entry, parent[0])
        doing = _DBA.match(text, m.end, b) if dba else None
        if doing and m.entry is not None:
            alias = DBA_NAME.match(text, doing.end(), b)
            if alias:
                orgs.alias(m.entry, alias.group())
        subs = _SUBS_LIST.match(text, m.end, b) if subsidiary else None
        if subs:
            for child, _ in names_at(text, subs.end(), b, orgs, mentions):
                add(child, m.entry)
    for m in _SUB_APPOS.finditer(text, a, b) if subsidiary else ():
        i = bisect_right(mentions, m.start(), key=lambda x: x.end) - 1  # the mention ending last before it
        if (
            re.search(r"\w[\w.]*,?\s*$", text[max(a, m.start() - 3) : m.start()])
            and i >= 0
            and not text[mentions[i].end : m.start()].strip(" ,")
        ):
            continue  # "X, a subsidiary of Y": the rule above
        parent = name_at(text, m.end(), b, orgs, mentions, known=True)
        if parent is None:
            continue
        comma = re.match(r",\s+(?=[A-Z])", text[parent[1] : parent[1] + 4])
        if comma:
            child = name_at(text, parent[1] + comma.end(), b, orgs, mentions)
            if child and (
                child[0] is None or not re.match(r"\s+(?:and|or)\s", text[child[1] : child[1] + 6])
            ):
                add(child[0], parent[0])
    for m in _ITS_SUBS.finditer(text, a, b) if subsidiary else ():
        i = bisect_right(mentions, m.start(), key=lambda x: x.end) - 1  # the mention ending last before it
        if i >= 0 and _AND_GAP.fullmatch(text, mentions[i].end, m.start()):
            continue  # "Y and its subsidiary X": Y's, read with the mention above
        if _PART_OF.search(text, max(a, m.start() - 12), m.start()):
            continue  # "certain of its subsidiaries, X and Y": the names after it are other parties
        owner = orgs.company_at(m.start()) if m.group("whose").lower() == "our" else subject
        for child, _ in names_at(text, m.end(), b, orgs, mentions):
            add(child, owner)
    for m in _SUBS_SUCH_AS.finditer(text, a, b) if "subsidiaries of" in low else ():
        parent = name_at(text, m.end(), b, orgs, mentions, known=True)
        such = _SUCH_AS.match(text, parent[1], b) if parent else None
        if parent and such:  # "other subsidiaries of Holdings, such as X and Y"
            for child, _ in names_at(text, such.end(), b, orgs, mentions):
                add(child, parent[0])
    for m in _OTHER_SUBS.finditer(text, a, b) if "subsidiaries" in low else ():
        if _PART_OF.search(text, max(a, m.start() - 12), m.start()):
            continue
        for child, _ in names_at(text, m.end(), b, orgs, mentions):
            add(child, orgs.company_at(m.start()))
    for m in mentions if "sole" in low or "only" in low else ():
        holder = _SOLE_HOLDER.match(text, m.end, b) if m.entry is not None else None
        if holder:
            owned_one = name_at(text, holder.end(), b, orgs, mentions)
            if owned_one:
                add(owned_one[0], m.entry)
    for m in _FILER_NAMED_SUB.finditer(text, a, b) if subsidiary else ():
        name = clean_phrase_name(m.group(1))
        named = re.match(r",\s+(?=[A-Z])", text[m.end() : m.end() + 4])
        child = name_at(text, m.end() + named.end(), b, orgs, mentions) if named else None
        if child is not None and child[0] is not None and has_legal_suffix(child[0].name):
            add(child[0], orgs.company_at(m.start()))  # "our Papua New Guinea subsidiary, X Ltd.": X
            continue
        if name.lower() in PLACES or name.lower() in REGIONS:
            continue
        if _ADJECTIVE.fullmatch(name.split()[-1]) or not plausible(name):
            continue
        entry = orgs.resolve(name)
        if entry is None and len(name.split()) == 1 and text.count(name) < 2:
            continue  # a one-word name the document uses once: as likely a description
        entry = entry or orgs.add(name, (m.start(1), m.end(1)), "named")
        add(entry, orgs.company_at(m.start()))
    rules = []
    if "own" in low or "%" in low or "percent" in low:  # "owns X", "has a 55% interest in X"
        rules.append(_OWNS)
    if "acquired" in low or "purchased" in low or "bought" in low or "completed" in low:
        rules.append(_ACQUIRED)
    if "spin" in low:
        rules.append(_SPIN)
    for rx in rules:
        for m in rx.finditer(text, a, b):
            if rx is _OWNS and re.match(r"\s*(?:and|or)\s", text[m.end() : m.end() + 5]):
                continue
            if _PERSON_ACTS.search(text, max(a, m.start() - 40), m.start()):
                continue  # "Mr. Hooli acquired X": a person's deal, not the company's
            if rx is _ACQUIRED and re.search(
                r"(?i)\b(?:the|newly|recently|an?|its|our)\s+$|\w-$", text[max(a, m.start() - 12) : m.start()]
            ):
                continue  # "the acquired XY business", "the now-acquired X": an adjective
            pct = Decimal(m.group("pct")) if rx is _OWNS and m.group("pct") else None
            if rx is _OWNS and pct is None and not re.search(r"(?i)\bowns?\b|\bownership\b", m.group()):
                continue  # "has X", "holds X": not ownership
            owner_m = _nearest_before(mentions, m.start(), s)
            owner = owner_m.entry if owner_m else subject
            children = names_at(text, m.end(), b, orgs, mentions)
            if rx is _ACQUIRED and children:  # "... acquired X (X), a provider of ..., and Y in January"
                first_end = children[-1][1]  # the names listed after it (within a few lines of it)
                reach = _FROM.search(text, first_end, min(b, first_end + _LIST_REACH))
                until = reach.start() if reach else min(b, first_end + _LIST_REACH)
                for later in mentions[bisect_left(mentions, first_end, key=lambda x: x.start) :]:
                    if later.start > until:
                        break
                    if later.entry is not None and _AND_BEFORE.search(
                        text, max(first_end, later.start - 8), later.start
                    ):
                        children.append((later.entry, later.end))
            for child, _ in children[:1] if rx is _OWNS else children:
                add(child, owner, pct)
    paren = "(" in low
    for m in _OPERATIONS_IN.finditer(text, a, b) if paren else ():
        inner = INNER_NAME.match(text, m.end(), b)
        if inner:
            name = clean_phrase_name(inner.group(1))
            if plausible(name):
                entry = orgs.resolve(name) or orgs.add(name, (m.end(), m.end() + len(name)), "named")
                owner_m = subject_before(mentions, m.start(), s)
                add(entry, owner_m.entry if owner_m else subject)
    rules = []
    if "with" in low or "investment" in low or "director" in low:
        rules.append(_PARTIES)
    if "from" in low:
        rules.append(_FROM_SELLER)
    for rx in rules:
        for m in rx.finditer(text, a, b):
            head = m.group().lower()
            found = names_at(text, m.end(), b, orgs, mentions, first_known="director" in head)
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
    for m in _ACRONYM.finditer(text, a, b) if paren else ():
        name, short = m.group(1), m.group(2)
        initials = "".join(w[0] for w in re.split(r"\s+(?:&\s+)?", name) if w[0].isupper())
        if initials == short and plausible(name):
            entry = orgs.resolve(name) or orgs.add(name, (m.start(1), m.end(1)), "named")
            if entry is not None:
                orgs.alias(entry, short)
                parties.append((entry, a, b))


# "Holdings wholly owns the following entities, with ...: X, Y", "the following 100% owned entities:"
_FOLLOWING = re.compile(
    r"(?i)(?=t)\bthe\s+following\s+(?:(?:(?:wholly|majority|\d{1,3}(?:\.\d+)?\s?%)[\s-]+owned|direct"
    r"|indirect|consolidated|significant|operating|principal)\s+)*(?:entities|subsidiaries|companies)\b"
    r"[^.:;\n]{0,100}:[ \t]*"
)
_OWNS_WORD = re.compile(r"(?i)\bowns\b")
_OWNERSHIP_WORD = re.compile(r"(?i)subsidiar|\bowns\b|\bowned\b")


def _following_lists(text: str, orgs: DocOrgs, links: list[Link]) -> None:
    """The entities a sentence says its subject owns and then lists, in the sentence ("wholly owns
    the following entities: X, Y and Z") or one to a line below it (a one-column table)."""
    for m in _FOLLOWING.finditer(text) if "following" in text else ():
        a = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        if not _OWNERSHIP_WORD.search(text, a, m.end()):
            continue  # "the following companies: ..." without ownership: peers, customers
        before = orgs.mentions(text, a, m.start())
        owns = _OWNS_WORD.search(text, a, m.start())
        owner = before[-1].entry if owns and before and before[-1].end <= owns.start() else None
        owner = owner or orgs.company_at(m.start())
        if text[m.end() : m.end() + 1] not in ("\n", ""):  # the list goes on in the sentence
            stop = text.find("\n", m.end())
            stop = len(text) if stop == -1 else stop
            for child, _ in names_at(text, m.end(), stop, orgs, orgs.mentions(text, m.end(), stop)):
                if child is not None and child is not owner:
                    links.append(Link(child, owner, m.start(), stop))
            continue
        pos, headed = m.end(), False
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            cell = _CELLS.split(text[pos:end].strip(), maxsplit=1)[0].strip()
            if not cell:
                if headed:
                    break
                pos = end + 1
                continue
            name = clean_phrase_name(cell)
            if not has_legal_suffix(name) or not plausible(name):
                if headed or len(cell) > 40:
                    break  # the column has ended (or never began)
                headed = True  # the column's heading ("Subsidiaries")
                pos = end + 1
                continue
            headed = True
            start = pos + text[pos:end].find(cell)
            entry = orgs.resolve(name) or orgs.add(name, (start, start + len(name)), "named")
            if entry is not None and entry is not owner:
                links.append(Link(entry, owner, start, end))
            pos = end + 1
