"""The organisation a phrase names next: "owns Globex Airwave", "subsidiaries X, Y and Z".

After an ownership or deal phrase, the object is a known mention or a
capitalised name; a name met this way is added to the document's index
(kind "named") unless it is a place, person, month, product in capitals or the
subject of the next clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from edgarkg.extractors.common import is_jurisdiction
from edgarkg.text.names import has_legal_suffix, is_org_name, is_person_name
from edgarkg.text.org_filters import REGIONS, is_excluded_org, is_junk_org
from edgarkg.text.org_index import DocOrgs, Mention, OrgEntry

__all__ = ["clean_phrase_name", "plausible", "name_at", "names_at"]


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
    customers clients suppliers vendors lessees lessors partners investors shareholders stockholders
    employees
    """.split()  # noqa: SIM905
)


_SECURITIES = frozenset({"warrants", "shares", "notes", "debentures", "stock", "units", "bonds"})
_INITIALLED = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z][a-z'’-]+(?:,?\s+(?:Jr|Sr|II|III)\.?)?")


def clean_phrase_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:")
    name = re.sub(r"['’]s$", "", name)
    if name.endswith(".") and not re.search(r"\b(?:Inc|Corp|Co|Ltd|L\.P|N\.V|S\.A)\.$", name):
        name = name[:-1]
    return name


def plausible(name: str) -> bool:
    """A capitalised phrase that can name an organisation: not a place, person, month or generic word."""
    if not name or len(name) < 2 or is_excluded_org(name) or is_junk_org(name):
        return False
    if not has_legal_suffix(name) and _INITIALLED.fullmatch(name) and is_person_name(name):
        return False  # "John Q. Smith": a person, not a company
    low = name.lower()
    if low in _NOT_NAMES or low.split()[0] in ("the", "our", "its", "their") or is_jurisdiction(name):
        return False
    if low in REGIONS or re.fullmatch(r"[\d,.\s]+", name) or _DATE.fullmatch(name):
        return False
    if low.rsplit(" ", 1)[-1] in _SECURITIES and not has_legal_suffix(name):
        return False  # "the Private Warrants", "Class A Shares": securities, not a company
    # "Mr. Roe", "Messrs. Roe and Doe": people
    return not re.match(r"(?i)(?:(?:mr|mrs|ms|dr)\.?\s|(?:messrs|mmes|mses|drs)\b)", name)


def name_at(
    text: str, pos: int, stop: int, orgs: DocOrgs, mentions: list[Mention], *, known: bool = False
) -> tuple[OrgEntry | None, int] | None:
    """The organisation named at `pos`: a known mention, else a capitalised name (added to `orgs`
    unless `known`). A parenthesised word before a legal form belongs to the name: "Thomson Reuters
    (Tax & Accounting) Inc."."""
    found = _name_at(text, pos, stop, orgs, mentions, known=known)
    if found is None or text[found[1] : found[1] + 2] != " (":
        return found
    inner = _INNER_LEGAL.match(text, found[1], stop)
    if inner is None:
        return found
    while pos < stop and text[pos].isspace():
        pos += 1
    if text[pos : pos + 4].lower() == "the ":
        pos += 4
    name = clean_phrase_name(text[pos : inner.end()])
    entry = orgs.resolve(name) or (None if known else orgs.add(name, (pos, inner.end()), "named"))
    return (entry, inner.end()) if entry is not None else found


_BASED_HEAD = re.compile(r"(?:[A-Z][\w.]*[ ]){0,2}[A-Z][\w.]*-(?:based|headquartered)[ ]+(?=[A-Z])")
_INNER_LEGAL = re.compile(
    r" \([A-Z][\w&,.' -]{1,40}\)"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|N\.V|S\.A|plc|Limited|Corporation|Company)\b\.?)"
)


def _name_at(
    text: str, pos: int, stop: int, orgs: DocOrgs, mentions: list[Mention], *, known: bool = False
) -> tuple[OrgEntry | None, int] | None:
    while pos < stop and text[pos].isspace():
        pos += 1
    based = _BASED_HEAD.match(text, pos, stop) if "-" in text[pos : pos + 40] else None
    if based:  # "with Michigan-based Trendset Communications Group": where it is, then its name
        pos = based.end()
    m = _CAP_NAME.match(text, pos, stop)
    longer = (
        orgs.resolve(clean_phrase_name(m.group(1))) if m else None
    )  # a name known since the mentions were read
    for x in mentions[bisect_left(mentions, pos, key=lambda x: x.start) :][:1]:  # the first at or after pos
        if text[pos : x.start].strip().lower() in ("", "the"):
            if x.entry is not None and x.entry.kind == "legal" and text[x.end - 1 : x.end] == ".":
                return x.entry, x.end  # "X Company Ltd. The ...": the legal form's period ends the sentence
            end = m.start(1) + len(clean_phrase_name(m.group(1))) if m else 0
            if longer is not None and longer is not x.entry and end > x.end:
                return longer, end
            if longer is None and m and end > x.end and x.entry is not None and not known:
                name = clean_phrase_name(m.group(1))  # "Hooli Bank" after "Hooli" names "Hooli Bancorp"
                if is_org_name(name) and plausible(name):
                    entry = orgs.add(name, (m.start(1), end), "named")
                    if entry is not None and entry is not x.entry:
                        return entry, end
                elif (
                    plausible(name)
                    and _MORE_WORDS.fullmatch(text, x.end, end)
                    and not _FACILITY_AFTER.match(text, end, stop)
                ):
                    # "our mortgage subsidiary, Standard Pacific Mortgage", "acquired Fairchild Fasteners
                    # from The Fairchild Corporation": a business named after the company, not the company
                    entry = orgs.add(name, (m.start(1), end), "named")
                    if entry is not None and entry is not x.entry:
                        return entry, end
                    return None
            return x.entry, x.end
        break
    if not m:
        return None
    name = clean_phrase_name(m.group(1))
    if not plausible(name) or ".." in name or re.search(r"\b[A-Z]\.[A-Z]\.", name):
        return None  # "M.B.A", a degree, not a company
    if name.isupper() and (len(name) > 5 or " " not in name and len(name) > 4) and not orgs.resolve(name):
        return None  # "ZAPRIN": capitals name products and headings more often than companies
    if _NEXT_VERB.match(text, m.start(1) + len(name), stop):
        return None  # the subject of the next clause, not an object of this one
    if (
        len(name) <= 4
        and name.isupper()
        and not orgs.resolve(name)
        and _NOUN_AFTER.match(text, m.start(1) + len(name), stop)
    ):
        return None  # "acquired IP equipment": an abbreviation qualifying a noun, not a company
    if _NEXT_CELL.match(text, m.start(1) + len(name), stop):
        return None  # a table row's label, not prose
    if not has_legal_suffix(name) and _FACILITY_AFTER.match(text, m.start(1) + len(name), stop):
        return None  # "owns the Yadkin riverbed", "acquired the Fusina, Italy smelter": a site, not a company
    entry = orgs.resolve(name) or orgs.prefix_of(name)
    if entry is None and known:
        return None
    entry = entry or orgs.add(name, (m.start(1), m.start(1) + len(name)), "named")
    if entry is None:
        return None
    return entry, m.start(1) + len(name)


# matched in place (pos, endpos), never on a slice to the end of the sentence: sentences can be long
_NEXT_VERB = re.compile(r"\s+(?:was|were|is|are|has|had|will)\b")
_MORE_WORDS = re.compile(r"(?:[ ]+[A-Z][a-z][\w'’-]*){1,2}")
# a site's noun after its name, maybe after the place it is in and a few words of what it makes:
# "Fusina, Italy smelter", "Dampier-to-Bunbury natural gas pipeline", "Warrick Operations' power plant"
_FACILITY_AFTER = re.compile(
    r"(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?,?)?(?:[ ]+(?:to[ ]+)?[A-Z][\w'’-]*){0,3}"
    r"(?i:(?:[ ]+(?:natural|gas|hydroelectric|hydro|power|coal|aluminum|aluminium|alumina|bauxite|rolling"
    r"|casting|manufacturing|production|processing|distribution|generating|steel|paper|chemical|oil|copper"
    r"|gold|wind|solar|nuclear|water|treatment|assembly)){0,3}"
    r"[ ]+(?:smelters?|refiner(?:y|ies)|mines?|mill|mills|plants?|riverbed|river|pipeline|dams?|fields?"
    r"|terminals?|facilit(?:y|ies)|sites?|station|works|complex|reservoir|deposits?|concession)\b)"
)
_DATE = re.compile(
    r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?"
)
_NOUN_AFTER = re.compile(r"[ ]+[a-z]{3,}\b(?<!\band)(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\bthat)(?<!\bwhich)")
_NEXT_CELL = re.compile(r"[ \t]{2,}[$\d(]|\t")
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,60}\)")
_LIST_SEP = re.compile(r",?\s+(?:and|&)\s+|,\s+(?=[A-Z])")
DBA_NAME = re.compile(r"(?>[A-Z][\w&'’.\-]*)(?:\s+(?>[A-Z][\w&'’.\-]*)){0,3}")
INNER_NAME = re.compile(r"([A-Z][^()]{1,40})\)")


def names_at(
    text: str, pos: int, stop: int, orgs: DocOrgs, mentions: list[Mention], *, first_known: bool = False
) -> list[tuple[OrgEntry | None, int]]:
    """ "Initrode and Vandelay", "ABC Idaho, Inc., X and Y": a list of names from `pos`."""
    out: list[tuple[OrgEntry | None, int]] = []
    while True:
        found = name_at(text, pos, stop, orgs, mentions, known=first_known and not out)
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
        joined = _joined_name(text, out[-1], sep.end(), stop, orgs) if " and " in sep.group() else None
        if joined is not None:  # "the Hispanic Association of Colleges and Universities (“HACU”)": one name
            out[-1] = joined
            break
        pos = sep.end()
    if len(out) > 1 and _CLAUSE_VERB.match(text, out[-1][1], stop):
        return out[:1]  # "the subsidiary X and Y established ...": X and Y are the next clause's subject
    return out


_AND_TAIL_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’-]*)(?:[ ]+(?:of[ ]+|the[ ]+)?[A-Z][\w'’-]*){0,3})[ ]*\([“\"]?([A-Z]{3,8})[”\"]?\)"
)


def _joined_name(
    text: str, first: tuple[OrgEntry | None, int], pos: int, stop: int, orgs: DocOrgs
) -> tuple[OrgEntry | None, int] | None:
    """A name with "and" inside it, whose acronym follows: the initials of "X and Y" spell it."""
    entry, end = first
    m = _AND_TAIL_ACRONYM.match(text, pos, stop)
    if entry is None or m is None or has_legal_suffix(entry.name):
        return None
    head = text[max(0, end - len(entry.name)) : end]
    if head != entry.name:
        return None
    name = f"{head} and {m.group(1)}"
    words = [w for w in re.split(r"[ ]+", name) if w[:1].isupper()]
    if "".join(w[0] for w in words) != m.group(2):
        return None
    joined = orgs.resolve(name) or orgs.add(name, (end - len(head), m.end(1)), "named")
    if joined is None:
        return None
    orgs.alias(joined, m.group(2))
    return joined, m.end(1)


_CLAUSE_VERB = re.compile(
    r"\s+(?!(?:based|located|headquartered|incorporated|organi[sz]ed|owned|named|called|listed)\b)"
    r"(?:[a-z]+ed|will|have|are|were)\b"
)
