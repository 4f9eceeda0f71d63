"""Ownership links and deal parties stated in prose.

- "X, a wholly-owned subsidiary of Y", "X is a subsidiary of Y", "X (the "X"), a 100% directly
  owned subsidiary of Y", "X, a wholly-owned subsidiary issuer";
- "X continuing as the surviving corporation and as our wholly owned subsidiary", "X became a
  subsidiary of ours";
- "Y and its subsidiary, X", "the Company's subsidiary X", "its subsidiaries X, Y and Z",
  "its finance subsidiaries, primarily X and Y", "our operating subsidiaries are X and Y",
  "the Registrant's X subsidiary";
- "X, Y and Z are each consolidated subsidiaries" (`org_are_subsidiaries`);
- "Y ("Y") and its subsidiaries (collectively, ...), X, Z", "Y has one wholly owned subsidiary, X",
  "Y's major subsidiary is X", "Y, whose primary subsidiary is X", "We have two subsidiaries: X and Z",
  "X and Z (which are all subsidiaries of Y)", "acquired Y, including its banking subsidiary X",
  "X, a subsidiary owned 56% by Y and 40% by Z", "Y, through X and its subsidiaries, ...";
- "Y, which is the sole shareholder of X"; "the other subsidiaries of the Registrant, X, Y and Z";
- "Y has 100% ownership of X", "Y owns X", "Y owns a controlling 55% interest in X";
- "Y acquired X", "Y completed its acquisition of X", "acquired all of the outstanding stock of X";
- "spin-off of its Health Care business, which will be known as X";
- "the company has operations on the Isle of Wight (Wight Telecom)";
- a table of subsidiaries ("Name of subsidiary | Jurisdiction | Ownership %"); "Y wholly owns the
  following entities: X, Z", "the following subsidiaries of Y ... listed below." and a column
  (`org_lists`);
- a glossary's short form for a subsidiary is the legal name it defines (`org_glossary`).

Parties to a deal ("alliance with Hooli", "stores from Initrode and Vandelay",
"investment in Acme Photonics", "merger with XYZ", "a director of Initrode
Corporation and Acme Technology") are organisations without a link.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal

from edgarkg.text.names import has_legal_suffix, is_person_name
from edgarkg.text.org_are_subsidiaries import listed_subsidiaries
from edgarkg.text.org_filters import PLACES, REGIONS
from edgarkg.text.org_glossary import glossary_aliases
from edgarkg.text.org_index import DocOrgs, Mention, OrgEntry
from edgarkg.text.org_lists import following_lists, subsidiary_tables
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

# a defined short form after a name: ("X"), (the "X"), (X) -- at most 40 characters, no nesting
_DEFINED = r"(?:,?\s*\((?:the\s+)?[\"“]?[^\"“”()]{1,40}[\"”]?\s*\))?"
_SUB_OF = re.compile(  # "X, a subsidiary of Y", "X (a subsidiary of Y", 'X, ("X") a subsidiary of Y'
    rf"(?i){_DEFINED}"
    r"(?:,?\s+|\s*\(\s*)(?:(?:is|was|are|became|remains|has\s+become)\s+(?:now\s+)?)?(?:a|an|its|our|the)\s+"
    r"(?:[\w.%\-]+\s+){0,8}?(?:wholly[\s-]owned\s+|majority[\s-]owned\s+|indirect\s+|direct\s+|U\.S\.\s+)*"
    r"subsidiary\s+of\s+"
)
# "the Company's subsidiary in Singapore, X": where the subsidiary is, before its name
_IN_PLACE = r"(?:\s+in\s+(?-i:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),)?"
# ... 'Acme Corp. ("Acme") and its wholly-owned subsidiaries (collectively, the "Company"), X, Y and Z',
# "X has one wholly owned subsidiary, Y", "X's major subsidiary is Y", "X (X), whose primary subsidiary is Y",
# "Parent's 100%-owned subsidiary, Y"
_SUBS_LIST = re.compile(
    rf"(?i){_DEFINED}(?:['’]s?|\s+and\s+its|\s+its|\s+and\s+certain\s+of\s+its|,\s+whose"
    r"|\s+(?:has|owns)(?:\s+(?:one|two|three|four|five|six|a|an))?)?\s+"
    r"(?:(?:wholly|majority|100\s?%|100\s+percent)[\s-]owned\s+|(?:principal|operating|major|main|primary|largest|only|sole)\s+)?"
    rf"subsidiar(?:y{_IN_PLACE}|ies(?!\s+in\s))(?:\s*\((?:collectively|together)\b[^()]{{0,80}}\))?"
    r"(?:,\s*|\s+(?:is|are|include|includes)\s+|\s+)(?=(?:the\s+)?[A-Z0-9])"
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
    rf"(?i){_DEFINED},\s+(a|an|our|its|the\s+(?:company|registrant)['’]s)\s+"
    r"(?:(?:wholly|majority|100\s?%|100\s+percent)[\s-]owned\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?subsidiary(?:\s+(?:issuer|guarantor|co-issuer))?"
    r"(?=\s*[,;.)]|\s+(?:since|that|which|presently|currently|is|was|has)\b)"
)
# "X continuing as the surviving corporation and as our wholly owned subsidiary", "X became a
# wholly-owned subsidiary of ours", "X survived the merger as a wholly owned subsidiary of Y"
_BECAME = re.compile(
    r"(?i),?\s+(?:(?:has\s+|had\s+)?became|becomes|becoming|(?:continu|surviv)(?:ing|ed|es)|remain(?:s|ed|ing)?|is|was)\s+"
    r"(?:the\s+merger\s+)?(?:as\s+(?:the\s+)?surviving\s+(?:corporation|company|entity)(?:\s+(?:in|of)\s+the\s+merger)?"
    r"(?:,\s+|\s+and\s+))?(?:as\s+)?(?P<whose>an?|our|the\s+(?:company|registrant)['’]s)\s+"
    r"(?:direct\s+|indirect\s+)?(?:(?:wholly|majority|100\s?%)[\s-]owned\s+)?subsidiary\b(?P<of>\s+of\s+)?"
)
# a list of capitalised words ending in a noun for a part of a company
_CAPS = r"[A-Z][\w&'’-]*(?:[ ]+[A-Z][\w&'’-]*)*"
_BUSINESS_AFTER = re.compile(
    rf"(?:,[ ]+{_CAPS})*(?:,?[ ]+and[ ]+{_CAPS})?[ ]+"
    r"(?:businesses|business|assets|operations|divisions?|segments?|brands?|product[ ]+lines?)\b"
)
# "LTL Management LLC ... the Debtor's direct parent, Johnson & Johnson Consumer Inc.": X's parent is Y
_PARENT_IS = re.compile(
    r"(?:\s*\([^()]{1,60}\))?['’]s\s+(?:direct\s+|immediate\s+|indirect\s+)?parent(?:\s+company)?,?\s+(?:is\s+)?"
)
# "Globex Holdings Inc., the parent company of Initech LLC": Y is X's parent
_PARENT_OF = re.compile(
    r"(?:\s*\([^()]{1,60}\))?,?\s+(?:which\s+is\s+|is\s+)?the\s+(?:direct\s+|immediate\s+|indirect\s+)?"
    r"parent(?:\s+company)?\s+of\s+"
)
# "Credit Suisse Group, Credit Suisse's parent company, dated ...": Y, then X's parent in apposition
_PARENT_APPOS = re.compile(
    r"['’]s\s+(?:direct\s+|immediate\s+|indirect\s+|ultimate\s+)?(?>parent(?:\s+company)?)(?=[,;.)]|\s+[a-z])"
)
_WHICH = re.compile(r",\s+(?:which|that)\s+(?:also\s+)?$")
_WHICH_GAP = re.compile(r"(?:\s*\([^()]{1,60}\))?,\s+(?:which|that)\s+(?:also\s+)?")
_BENEFICIALLY = re.compile(r"(?i)\bbeneficially\s+$")
# "acquired SoftBank's preferred shares", "purchased Prime's portion": a thing of the company, not it
_POSSESSIVE = re.compile(r"['’]s?\s")
_OURS = re.compile(r"(?i)ours\b|us\b|the\s+(?:company|registrant)\b")
_FROM = re.compile(r"\bfrom\b")
_AND_BEFORE = re.compile(r",?\s+and\s+$")
_LIST_REACH = 300  # characters after an acquired name in which the others acquired with it are listed
_AND_GAP = re.compile(r"\s+and\s+")
# after "X, a subsidiary of Y": "(, a Delaware corporation), which is in turn a wholly-owned subsidiary of "
_IN_TURN = re.compile(
    r"(?i),?\s+(?:an?\s+(?:(?!subsidiar)[\w\s.-]){0,40}?(?:corporation|company|partnership|limited\s+liability\s+company),\s+)?"
    r"(?:which|that)\s+is\s+(?:in\s+turn\s+|itself\s+|also\s+)*(?:an?|the)\s+"
    r"(?:wholly[\s-]owned\s+|majority[\s-]owned\s+|indirect\s+|direct\s+)*subsidiary\s+of\s+"
)
# "its subsidiary, X", "our newly formed subsidiary, X",
# "its finance and insurance subsidiaries, primarily X and Y"
_ITS_SUBS = re.compile(
    r"(?=[IiOoTt])\b(?P<whose>[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:(?:[a-z][\w-]*|U\.S\.|U\.K\.)\s+(?:and\s+)?){0,3}?"
    rf"subsidiar(?:y{_IN_PLACE}|ies(?!\s+in\s)),?\s+(?:(?:primarily|principally|including|namely|such\s+as|include|are|consist\s+of)"
    r"(?:\s+of)?:?\s+)?(?=(?:the\s+)?[A-Z])"
)
# "We have two subsidiaries: X and Y", "The Company has one operating subsidiary, X": the filer's
# (a left-to-right mark may sit in the gap: U+200E is no space to `\s`)
_WE_HAVE_SUBS = re.compile(
    r"(?=[WwTt])\b(?:[Ww]e|[Tt]he\s+(?:Company|Registrant|Corporation))[\s\u200e]+(?:currently[\s\u200e]+)?"
    r"(?:have|has|own|owns)[\s\u200e]+(?:(?:one|two|three|four|five|six|\d)[\s\u200e]+)?"
    r"(?:(?:wholly[\s-]owned|direct|operating|principal)[\s\u200e]+)?subsidiar(?:y|ies)[\s\u200e]*[,:]?[\s\u200e]*"
    r"(?=(?:the\s+)?[A-Z])"
)
# "A, B and C (which are all subsidiaries of Y)", "..., A and B, each of which is a subsidiary of Y":
# the names listed just before
_WHICH_ARE_SUBS = re.compile(
    r"(?i),?\s*\(?\s*(?:which|each\s+of\s+which|all\s+of\s+which|both\s+of\s+which)\s+(?:are|is|were|was)\s+"
    r"(?:all\s+|each\s+|both\s+)?(?:an?\s+)?(?:(?:wholly[\s-]owned|indirect|direct)\s+)*subsidiar(?:y|ies)\s+of\s+"
)
_LISTED_GAP = 40  # characters between two names of one list ("X, President at Y and Director at Z")
_CAPS_NAME = re.compile(r"([A-Z][A-Z&]{1,9}(?:[ ][A-Z][A-Z&]{1,9}){1,3})(?=[.,;)]|\s*$)")
_INCLUDING_GAP = re.compile(
    r"[\"”]?\)?(?:\s*\([^()]{1,40}\))?,?\s+(?:including|together\s+with|along\s+with)\s+"
)
# "X, a subsidiary owned approximately 56% by A and 40% by B": each owner named is a parent
_SUB_OWNED_BY = re.compile(
    rf"(?i){_DEFINED},?\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?subsidiary\s+(?:jointly\s+)?(?:owned|held)\s+"
    r"(?=(?:approximately\s+|about\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+by\s)"
)
_SHARE_BY = re.compile(
    r"(?i)(?:,?\s+and\s+|,\s+)?(?:approximately\s+|about\s+)?(?P<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s+by\s+"
)
# "Acme, through Acme Power Inc. and its subsidiaries, is a developer of ...": Acme's
_THROUGH = re.compile(r",\s+(?:principally\s+|primarily\s+|mainly\s+)?through\s+(?=[A-Z])")
_AND_ITS_SUBS = re.compile(r"\s+and\s+its\s+(?:[a-z][\w-]*\s+)?subsidiaries\b")
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
# "with a third party, Kerry Group,", "with an affiliate of Groupe Lactalis": who the party is, then its name
_DESCRIBED = (
    r"(?:(?:a|an)\s+(?:unrelated\s+)?(?:third[\s-]party|affiliate|buyer|purchaser)(?:\s+of)?,?\s+){0,2}"
)
_PARTIES = re.compile(
    r"(?i)[apjcmrdit](?<!\w.)(?:(?:(?<=a)lliance|(?<=a)greements?|(?<=p)artnership|(?<=j)oint\s+venture|(?<=c)ontracts?"
    r"|(?<=a)rrangements?|(?<=m)erger|(?<=r)elationship|(?<=d)eal|(?<=t)ransaction)\s+with\s+"
    rf"(?:and\s+[^.;]{{0,60}}?\s+in\s+)?{_DESCRIBED}"
    r"|(?<=i)nvestment\s+in\s+|(?:(?<=a)\s+d|(?<=d))irector\s+of\s+(?=[A-Z]))"
)
_BUSINESS_WORD = re.compile(
    r"\b(?:Brands|Group|Groupe|Holdings|Partners|Capital|Foods|Industries|Enterprises|Ventures|Associates"
    r"|Products|Systems|Technologies|Resources|Services|Solutions|Pharma|Energy)\b"
)
# "we sold the Sahale Snacks® business to Second Nature Brands": the buyer of a business
_SOLD_TO = re.compile(
    r"(?i)[sd](?<!\w.)(?:(?<=s)old|(?<=d)ivested)\s+(?:the|our|its|certain)\s+[^.;]{0,100}?\b"
    rf"(?:business(?:es)?|brands?|operations|assets|segment|division|stake|interest)\s+to\s+{_DESCRIBED}"
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


_PROSE_CELL = 150  # characters: a table cell this long that reads as a sentence


def _prose_cells(s: Segment) -> list[Segment]:
    """The cells of a table row that are prose: long, with lower-case words, and no figures."""
    out = []
    pos = s.start
    for part in s.text.split("\t"):
        a, b = pos, pos + len(part)
        pos = b + 1
        if len(part) >= _PROSE_CELL and (" is " in part or " of " in part) and not _TABULAR.search(part):
            out.append(Segment(part, a, b))
    return out


_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,5}(?!\d)")


def _tabular(sentence: str) -> bool:
    """A row of a table: cells parted by tabs (other than a list item's), or four numbers."""
    if "\t" in sentence and "\t" in _ITEM_TAB.sub("", sentence):
        return True
    if "+" in sentence:  # "telephone number is +41 21 653 02 00": one number, not four cells
        sentence = _PHONE.sub("", sentence)
    return _TABULAR.search(sentence) is not None


def _nearest_before(mentions: list[Mention], pos: int, sentence: Segment) -> Mention | None:
    """The organisation acting in a clause: the mention nearest before its verb (within the clause)."""
    i = bisect_left(mentions, pos, key=lambda m: m.start) - 1  # mentions are in text order
    if i >= 0 and sentence.start <= mentions[i].start and pos - mentions[i].end <= 80:
        return mentions[i]
    return subject_before(mentions, pos, sentence)


_WE_START = re.compile(r"\s*(?:We|Our)\b")
_ITS_START = re.compile(r"\s*(?:Its|Their)\s")
_IT_START = re.compile(r"(?i)\s*(?:it|additionally|the\s+company)\b")
_UNIT_LINKS_UP_TO = 100_000  # characters: a release or a current report's item, not an annual report


def find_links(text: str, orgs: DocOrgs) -> tuple[list[Link], list[tuple[OrgEntry, int, int]]]:
    """Ownership links and deal parties stated in `text`; names they introduce are added to `orgs`."""
    links: list[Link] = []
    parties: list[tuple[OrgEntry, int, int]] = []
    with orgs.batch():  # names found on the way resolve at once, and are matched in full afterwards
        same = glossary_aliases(
            text, orgs
        )  # '“Acme US” refers to ... Acme Industries (IN), Inc.': one company
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
            if _WE_START.match(s.text):
                subj = Mention(s.start, s.start + 2, orgs.company_at(s.start))
            elif last_subject is not None and _ITS_START.match(s.text):
                subj = Mention(s.start, s.start, last_subject)  # "Its subsidiaries include X"
            if subj is None and _IT_START.match(s.text) and last_subject:
                subj = Mention(s.start, s.start, last_subject)
            subject = subj.entry if subj else last_subject
            if not _tabular(s.text):  # rows of a table read as one "sentence" state no ownership
                _sentence_links(text, s, orgs, mentions, subject, links, parties, last_subject)
            else:  # ... but a prose cell in it (a biography in a directors' table) does
                for cell in _prose_cells(s):
                    inside = [x for x in mentions if cell.start <= x.start and x.end <= cell.end]
                    first = inside[0].entry if inside else subject
                    _sentence_links(text, cell, orgs, inside, first, links, parties, last_subject)
            if subj is not None:
                last_subject = subj.entry
    links.extend(Link(*row) for row in subsidiary_tables(text, orgs))
    links.extend(Link(*row) for row in following_lists(text, orgs))
    # "<organisation> <region>" units ("Acme UK") stand for their owner's subsidiaries in a press release;
    # in a 10-K, 20-F or prospectus they name segments, divisions and brands ("Acme North America")
    for entry in list(orgs.entries.values()) if len(text) <= _UNIT_LINKS_UP_TO else ():
        if entry.kind == "unit" and entry.parent_hint:
            parent = orgs.resolve(entry.parent_hint)
            if parent is not None and parent is not entry:
                links.append(Link(entry, parent, *entry.span))
    if same:  # a glossary's short form and its legal name: one organisation, the legal one
        links = [
            Link(
                same.get(id(x.child), x.child),
                x.parent and same.get(id(x.parent), x.parent),
                x.start,
                x.end,
                x.percent,
            )
            for x in links
        ]
        links = [x for x in links if x.child is not x.parent]
    return links, parties


def _sentence_links(
    text: str,
    s: Segment,
    orgs: DocOrgs,
    mentions: list[Mention],
    subject: OrgEntry | None,
    links: list[Link],
    parties: list[tuple[OrgEntry, int, int]],
    prior: OrgEntry | None = None,
) -> None:
    """The links and parties sentence `s` states; `subject` is its subject (else `prior`, the last
    sentence's)."""
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
        if sub and m.entry is not None and _OURS.match(text, sub.end(), b):
            add(m.entry, orgs.company_at(m.start))  # "X, a wholly owned subsidiary of ours"
        elif sub and m.entry is not None:
            parent = name_at(text, sub.end(), b, orgs, mentions)
            if parent:
                add(m.entry, parent[0])
        turn = _IN_TURN.match(text, m.end, b) if subsidiary and m.entry is not None else None
        if turn:  # "... of X, a Delaware corporation, which is in turn a wholly-owned subsidiary of Y"
            parent = name_at(text, turn.end(), b, orgs, mentions)
            if parent:
                add(m.entry, parent[0])
        became = _BECAME.match(text, m.end, b) if subsidiary and m.entry is not None else None
        if became:  # "X ... and as our wholly owned subsidiary", "X became a subsidiary of ours"
            if became.group("of"):
                if _OURS.match(text, became.end(), b):
                    add(m.entry, orgs.company_at(m.start))
                else:
                    parent = name_at(text, became.end(), b, orgs, mentions, known=True)
                    if parent:
                        add(m.entry, parent[0])
            elif became.group("whose").lower() not in ("a", "an"):
                add(m.entry, orgs.company_at(m.start))
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
        owned_by = _SUB_OWNED_BY.match(text, m.end, b) if subsidiary and owned and m.entry else None
        pos = owned_by.end() if owned_by else b
        while owned_by and (share := _SHARE_BY.match(text, pos, b)):
            owner = name_at(text, share.end(), b, orgs, mentions, known=True)
            if owner is None:
                break
            if owner[0] is not None and owner[0] is not m.entry:  # called a subsidiary: each owner's
                links.append(Link(m.entry, owner[0], a, b, Decimal(share.group("pct"))))
            pos = owner[1]
        through = _THROUGH.match(text, m.end, b) if subsidiary and m.entry else None
        if through:
            child = name_at(text, through.end(), b, orgs, mentions)
            if child and _AND_ITS_SUBS.match(text, child[1], b):
                add(child[0], m.entry)
        subs = _SUBS_LIST.match(text, m.end, b) if subsidiary else None
        if subs:
            for child, _ in names_at(text, subs.end(), b, orgs, mentions):
                add(child, m.entry)
    for m in mentions if "parent" in low else ():  # "X's direct parent, Y", "Y, the parent company of X"
        if m.entry is None:
            continue
        up = _PARENT_IS.match(text, m.end, b)
        if up:
            parent = name_at(text, up.end(), b, orgs, mentions, known=True)
            if parent:
                add(m.entry, parent[0])
        down = _PARENT_OF.match(text, m.end, b)
        if down:
            child = name_at(text, down.end(), b, orgs, mentions, known=True)
            if child:
                add(child[0], m.entry)
        if text.startswith(", ", m.end):
            child = name_at(text, m.end + 2, b, orgs, mentions, known=True)
            if child and child[0] is not None and _PARENT_APPOS.match(text, child[1], b):
                add(child[0], m.entry)
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
        if (
            i >= 0
            and m.group("whose").lower() == "its"
            and _INCLUDING_GAP.fullmatch(text, mentions[i].end, m.start())
        ):
            owner = mentions[i].entry or owner  # "acquired X, including its banking subsidiary Y": X's
        if owner is subject and mentions and mentions[0].start > m.start() and mentions[0].entry is subject:
            owner = prior  # "The notes are guaranteed by its subsidiaries, X": not X's own
        found = names_at(text, m.end(), b, orgs, mentions)
        if not found:  # "its banking subsidiary BBVA USA": capitals, named as a subsidiary, are one
            caps = _CAPS_NAME.match(text, m.end(), b)
            entry = orgs.resolve(caps.group(1)) if caps and plausible(caps.group(1)) else None
            if caps and entry is None and plausible(caps.group(1)):
                entry = orgs.add(caps.group(1), caps.span(1), "named")
            found = [(entry, caps.end(1))] if caps and entry is not None else []
        for child, _ in found:
            add(child, owner)
    for m in _WHICH_ARE_SUBS.finditer(text, a, b) if subsidiary and "which" in low else ():
        parent = name_at(text, m.end(), b, orgs, mentions, known=True)
        i = bisect_right(mentions, m.start(), key=lambda x: x.end) - 1  # the last name before "which"
        if parent is None or i < 0 or text[mentions[i].end : m.start()].strip(" ,("):
            continue
        children: list[OrgEntry] = []
        while i >= 0 and mentions[i].entry is not None and mentions[i].entry is not parent[0]:
            children.append(mentions[i].entry)
            if i == 0 or mentions[i].start - mentions[i - 1].end > _LISTED_GAP:
                break
            if ";" in text[mentions[i - 1].end : mentions[i].start]:
                break  # another clause of the sentence
            i -= 1
        if len(children) > 1 and m.group().lower().lstrip(" ,(").startswith("which is"):
            children = children[:1]  # "A and B, which is a subsidiary of Y": B alone
        for child in children:
            add(child, parent[0])
    for m in _WE_HAVE_SUBS.finditer(text, a, b) if subsidiary else ():
        for child, _ in names_at(text, m.end(), b, orgs, mentions):
            add(child, orgs.company_at(m.start()))
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
    for child, parent, at in listed_subsidiaries(text, a, b, orgs, mentions) if subsidiary else ():
        add(child, parent or orgs.company_at(at))  # "X, Y and Z are each consolidated subsidiaries"
    for m in mentions if "sole" in low or "only" in low else ():
        holder = _SOLE_HOLDER.match(text, m.end, b) if m.entry is not None else None
        if holder:
            owned_one = name_at(text, holder.end(), b, orgs, mentions)
            if owned_one and text[owned_one[1] : owned_one[1] + 2] not in ("'s", "’s"):
                add(owned_one[0], m.entry)  # not "the sole owner of the Company's preferred stock"
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
            if rx is _OWNS and _BENEFICIALLY.search(text, max(a, m.start() - 14), m.start()):
                continue  # "beneficially own": securities, as a holder, not a company
            owner_m = _nearest_before(mentions, m.start(), s)
            owner = owner_m.entry if owner_m else subject
            if _WHICH.search(text, max(a, m.start() - 12), m.start()) and not (
                owner_m and _WHICH_GAP.fullmatch(text, owner_m.end, m.start())
            ):
                continue  # "Comcast Spectacor, which owns X": the owner is a name not read as a company
            children = [
                c for c in names_at(text, m.end(), b, orgs, mentions) if not _POSSESSIVE.match(text, c[1])
            ]
            if children and _BUSINESS_AFTER.match(text, children[0][1], b):
                continue  # "acquired the Steam Power, Renewables and Grid businesses": parts, not companies
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
    if "sold" in low or "divested" in low:
        rules.append(_SOLD_TO)
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
                if party is not None and not (
                    rx is _SOLD_TO
                    and party.kind == "named"
                    and is_person_name(party.name)
                    and not _BUSINESS_WORD.search(party.name)
                ):  # "sold the business to John Roe": a person
                    parties.append((party, a, b))
    for m in _ACRONYM.finditer(text, a, b) if paren else ():
        name, short = m.group(1), m.group(2)
        initials = "".join(w[0] for w in re.split(r"\s+(?:&\s+)?", name) if w[0].isupper())
        if initials == short and plausible(name):
            entry = orgs.resolve(name) or orgs.add(name, (m.start(1), m.end(1)), "named")
            if entry is not None:
                orgs.alias(entry, short)
                parties.append((entry, a, b))
