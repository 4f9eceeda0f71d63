"""The organisation a title names when it is not the filer: "CEO, Initech, Inc.", "director of A, B Inc.".

Biographies and press releases name outside employers in many shapes: after
"of", "at" or a comma, as a series ("of AAC, AASC & AAGF, Inc."), shared by
two titles ("Executive Vice President and a director of Globex"), after a
department ("Vice President, Finance of Globex Energy Inc.") or a committee
("member of the Executive Committee of Globex Foundation"). These readers
take a `TitleMatch` and return it with its organisation(s) set, so the
sentence rules stay about names and titles.

`two_organisation_mentions` reads a finished mention's passage again for a
title written over two organisations ("President and CEO of the Company and
the Bank", "CFO of the Company and as Treasurer of the Bank"), resolving
"the Bank" or "the Operating Partnership" through the document's defined terms.
"""

from __future__ import annotations

import re

from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    OrgLexicon,
    TitleMatch,
    ends_with_title_head,
    find_org_names,
    has_legal_suffix,
    is_org_name,
    is_person_name,
    is_title,
    match_title,
)

__all__ = [
    "OrgTerms",
    "second_title_post",
    "term_post",
    "two_org_posts",
    "two_organisation_mentions",
    "two_organisation_posts",
    "committee_of_org",
    "described_org",
    "employer_after",
    "is_board_word",
    "more_orgs",
    "org_series",
    "proper_org",
    "shared_org",
    "split_title_org",
    "unit_of_org",
    "unread_org",
]


_TRAILING_ORG = re.compile(r"\s+of\s+(?P<org>[A-Z][\w&.’'+-]*(?:\s+(?:[A-Z][\w&.’'+-]*|of|and|&)){0,4})$")
# Departments and regions a title names after "of": "Vice President of Marketing", "President of Europe".
_UNIT_WORDS = re.compile(
    r"(?:Marketing|Sales|Finance|Financial|Operations|Manufacturing|Engineering|Research|Development|Human"
    r"|Investor|Corporate|Business|Global|International|Worldwide|North|South|East|West|Europe|Asia|Latin"
    r"|Strategy|Strategic|Technology|Legal|Administration|Product|Products|Information|Communications"
    r"|Public|Investment|Investments|Risk|Compliance|Audit|Tax|Treasury|Directors)\b"
)


def unread_org(title: str) -> tuple[str, str] | None:
    """ "CEO of Acme The Netherlands" → ("CEO", "Acme The Netherlands"): the company a title ends with."""
    m = _TRAILING_ORG.search(title)
    if m is None or re.search(r"\b[Bb]oards\b", title) or _UNIT_WORDS.match(m.group("org")):
        return None
    head = title[: m.start()].strip()
    return (head, m.group("org")) if ends_with_title_head(head) or _BODY_END.search(head) else None


# "member of the Executive Committee of Globex Foundation": a committee of another organisation.
_BODY_END = re.compile(
    r"(?i)^(?:member|chair\w*|vice[- ]chair\w*)\s+of\s+the\s+[\w ]*(?:Committee|Board|Council)$"
)


def committee_of_org(title: str) -> tuple[str, str] | None:
    """("member of the Executive Committee", "Globex Foundation"): a title naming another body's committee."""
    m = _TRAILING_ORG.search(title)
    if m is None or _UNIT_WORDS.match(m.group("org")) or re.match(r"(?i)the\b", m.group("org")):
        return None
    head = title[: m.start()].strip()
    return (head, m.group("org")) if _BODY_END.search(head) else None


# ", Globex Resources Inc. and Initech Mining Limited": more companies after a title's "of" list.
_MORE_ORG = re.compile(
    r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?P<item>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|plc|N\.V|S\.A|AG)\b\.?)?)"
)
_AND_ANOTHER = re.compile(r"\s*,?\s+and\s+(?:a|an)\s+")


def more_orgs(s: str, t: TitleMatch, nxt: int) -> TitleMatch:
    """`t` held at the further companies a list goes on to name, each a name with a legal suffix.

    The title reader stops a list at "Inc." (it reads a sentence's end); "a
    director of A, B Inc. and C Limited" is three seats.
    """
    if not t.org:
        return t
    orgs = list(t.orgs or (t.org,))
    end = t.end
    while (m := _MORE_ORG.match(s, end, nxt)) is not None:
        item = re.sub(r"(?<=[a-z]{4})\.$", "", m.group("item"))
        if not has_legal_suffix(item) or item in orgs:
            break
        orgs.append(item)
        end = m.end()
    if len(orgs) == len(t.orgs or (t.org,)):
        return t
    return TitleMatch(t.start, end, t.title, orgs[0], tuple(orgs))


def shared_org(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> tuple[TitleMatch, TitleMatch | None]:
    """ "Executive Vice President and a director of Globex Corporation": both titles at that company.

    Returns the two titles as one position at that company, as the sentence
    states them, and no second title; `t` unchanged (and None) when no other
    company is named.
    """
    if t.org is not None:
        return t, None
    m = _AND_ANOTHER.match(s, t.end, nxt)
    second = match_title(s, m.end(), nxt, lexicon) if m else None
    if second is None or not second.org:
        return t, None
    second = more_orgs(s, second, nxt)
    title = f"{t.title} {' '.join(s[t.end : m.end()].split())} {second.title}"  # type: ignore[union-attr]
    return TitleMatch(t.start, second.end, title, second.org, second.orgs), None


# "Chairman of Globex+Initech plc (London, UK)", "senior partner of Roe & Doe/Smith & Jones":
# a company's name the title reader cut at a "+", "/" or ",".
_OF_PROPER = re.compile(r"^(?P<head>.+?)\s+of\s+(?P<first>[A-Z][\w&.+/'’-]*)")
_ORG_STOP = re.compile(
    r"\s*\(|,\s+(?=[a-z])|\s+and\s+(?=[a-z])|;|\.\s+(?=[A-Z][a-z]*\s+[a-z])|\.?\s*$"
    r"|\s+(?:since|from|until|in|where|which|who)\b"
)
_ORG_WORD = re.compile(r"[A-Z0-9][\w&.+/'’-]*|&|and|of|the|de|van|von|[+/]|plc|p\.l\.c\.|ltd\.?|inc\.?")


def proper_org(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> TitleMatch:
    """`t` with the company its "of" names, when the title reader kept it as title text.

    Only a name plainly a company's (a legal suffix, a "&", "+" or "/", or a
    name the document states elsewhere): "Vice President of Customer Service"
    stays a title at the filer.
    """
    if t.org:
        return _whole_org(s, t, nxt)
    if t.org is not None:
        return t
    m = _OF_PROPER.match(t.title)
    if m is None or _UNIT_WORDS.match(m.group("first")) or not _heads_a_firm(m.group("head")):
        return t
    at = s.find(m.group("first"), t.start, nxt)
    if at < 0:
        return t
    stop = _ORG_STOP.search(s, at, nxt)
    end = stop.start() if stop else nxt
    org = " ".join(s[at:end].split()).rstrip(" ,")
    words = org.split()
    named_so = len(words) > 1 and bool(_COMPANY_WORD_END.search(org))
    described = named_so or _DESCRIBED.match(s, end) is not None
    if (
        not 0 < len(words) <= 10
        or not all(_ORG_WORD.fullmatch(w.rstrip(",")) for w in words)
        or (is_person_name(org) and not described)
    ):
        return t
    if not (has_legal_suffix(org) or re.search(r"[&+/]", org) or lexicon.knows(org) or described):
        return t
    return TitleMatch(t.start, max(t.end, end), m.group("head"), org, (org,))


# A firm's principal or owner: no officer's title, but a post at the firm the "of" names.
_FIRM_HEADS = frozenset({"principal", "owner", "proprietor", "founder", "co-founder", "partner"})


def _heads_a_firm(head: str) -> bool:
    """An officer's title, or "the principal" / "owner" of a firm."""
    return ends_with_title_head(head) or head.lower().removeprefix("the ") in _FIRM_HEADS


# "Chief Commercial Officer of BioAgilytix Labs, based in Durham", "... of Initech Health, a biotechnology
# company", "Vice-Chairman of Roe Doe Wasserstein (London, UK)": what follows says it is an organisation.
_DESCRIBED = re.compile(
    r",\s+(?:(?:based|headquartered|located)\s+in\b|(?:a|an)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:company|firm|corporation|bank|fund|provider|developer|manufacturer|maker|producer|investor|organi[sz]ation"
    r"|institution|foundation|partnership|business|operator|insurer|lender|distributor|retailer|supplier|laboratory"
    r"|consultancy|agency|hospital|university|group|manager|platform|startup|vehicle|network)\b)"
    r"|\s*\((?:NYSE|NASDAQ|Nasdaq|NYSE\s+American|AMEX|TSX|LSE|OTC\w*)\b"
    r"|\s*\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\)"
)


_CAPITALISED = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for)){0,5}")


def described_org(s: str, pos: int, nxt: int) -> str | None:
    """A name at `pos` that what follows says is an organisation: "Beacon, a non-profit organization"."""
    m = _CAPITALISED.match(s, pos, nxt)  # a name like a person's ("Harbor Light") is one when so described
    if m is None or _DESCRIBED.match(s, m.end()) is None:
        return None
    return m.group()


# "President of Stark Labs since 2019": a last word only companies and institutions end with.
_COMPANY_WORD_END = re.compile(
    r"\b(?:Labs|Laboratories|Therapeutics|Pharmaceuticals|Pharma|Biopharma|Biosciences|Bio|Biotech|Genomics"
    r"|Diagnostics|Healthcare|Technologies|Ventures|Partners|Holdings|Associates|Advisors|Foundation|Institute"
    r"|University|Bank|Fund)$"
)


# "Managing Director of Roe, Doe" + "Smith & Jones, Inc.": one name cut at its commas.
_TITLE_TAIL = re.compile(r"\s+of\s+(?P<tail>[A-Z][\w&.'’-]*(?:,\s+[A-Z][\w&.'’-]*){0,4})$")


def _whole_org(s: str, t: TitleMatch, nxt: int) -> TitleMatch:
    """A company name with commas, read as title words plus a company: put back together."""
    m = _TITLE_TAIL.search(t.title)
    if m is None or len(t.orgs) > 1 or not ends_with_title_head(t.title[: m.start()]):
        return t
    written = re.search(r"\s*,\s*".join(map(re.escape, m.group("tail").split(", "))), s[t.start : nxt])
    if written is None:
        return t
    after = s[t.start + written.end() : nxt]
    joined = re.match(r"\s*,\s*" + r"\s+".join(map(re.escape, (t.org or "").split())), after)
    if joined is None:
        return t
    org = f"{m.group('tail')}, {t.org}"
    return TitleMatch(t.start, t.end, t.title[: m.start()], org, (org,))


# "Finance of Globex Energy Inc.", "Channel Sales for Globex, Inc.", "Customer Service of the Company": a
# department, then its company.
_UNIT_THEN_ORG = re.compile(
    r"^(?P<unit>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|&)){0,3})\s+(?:of|for)\s+(?P<org>(?:the\s+)?[A-Z].*)$"
)
# "Commercial & Government Affairs", "Client Relations": a department by its last word
_UNIT_END = re.compile(
    r"\b(?:Affairs|Relations|Operations|Services|Development|Resources|Marketing|Sales|Strategy|Planning"
    r"|Finance|Administration|Region|Segment|Division)$"
)
_FILER_NOUN = re.compile(r"(?i)^(?:the\s+)?(?:company|registrant|corporation)$")
# A body's name cut out of "the Board of Trustees": never an organisation of its own.
_BOARD_WORD = re.compile(r"(?i)^(?:directors|trustees|managers|governors)$")


def unit_of_org(title: str, org: str | None) -> tuple[str, str | None] | None:
    """(title with its department, company) for an "organisation" that names a department first.

    "Vice President, Finance of Globex Energy Inc." → ("Vice President, Finance", "Globex Energy Inc.");
    "... of Customer Service of the Company" → the filer (None). None when `org` is a plain name.
    """
    m = _UNIT_THEN_ORG.match(org or "")
    if (
        m is None
        or has_legal_suffix(m.group("unit"))
        or not (_UNIT_WORDS.match(m.group("unit")) or _UNIT_END.search(m.group("unit")))
        and not (_FILER_NOUN.match(m.group("org")))
    ):
        return None
    rest = m.group("org")
    if _FILER_NOUN.match(rest):
        return f"{title} of {m.group('unit')}", None
    if not has_legal_suffix(rest):
        return None
    return f"{title}, {m.group('unit')}", rest


def is_board_word(org: str | None) -> bool:
    """ "Trustees", "Directors": a word of "the Board of Trustees" read as a company."""
    return bool(org and _BOARD_WORD.match(org.strip()))


# "CEO, Initech, Inc.", "Vice Chairman at Globex", "a partner of the law firm Initech LLP"
_AFTER_ORG = re.compile(
    r"\s+(?:of|at|with|in)\s+the\s+(?:(?:international|national|global|[A-Z][\w&-]*-based)\s+)?"
    r"(?:law|accounting|consulting|audit|investment|private\s+equity|venture\s+capital|architecture|engineering)?"
    r"\s*firm\s+(?:of\s+)?|\s*,\s*|\s+at\s+(?:the\s+)?",
    re.I,
)


def employer_after(s: str, pos: int, nxt: int, lexicon: OrgLexicon, *, plain_at: bool = True) -> str | None:
    """The company written after a title: "Chairman and CEO, Initech, Inc.", "officer, xyzCo, said".

    `plain_at` also takes a name without a legal suffix after "at" (see `_at_plain_org`); callers
    reading a past post leave it out, so that an unsure name does not make a former employer.
    """
    m = _AFTER_ORG.match(s, pos, nxt)
    if not m:
        return None
    at = m.end()
    end = lexicon.match_at(s, at, nxt)
    plain = False
    if end is None:
        om = re.match(
            r"[A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,5}(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|PLC|LLC|N\.V|S\.A|AG)\.?)",
            s[at:nxt],
        )
        if om and has_legal_suffix(om.group()):
            end = at + om.end()
        elif not plain_at or (end := _at_plain_org(s, m, nxt)) is None:
            return None
        else:
            plain = True
    org = re.sub(r"(?<=[a-z]{4})\.$|(?<=LLP|LLC)\.$", "", s[at:end].strip(" ,"))  # the sentence's period
    if not plain and is_person_name(org):
        return None
    return org


# "Chief Medical Officer at Satellite Healthcare since 2010": after "at", capitalised words that end
# where a place, a date or a description starts name an employer even without a legal suffix.
_PLAIN_ORG = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for|de))*")
_PLAIN_ORG_END = re.compile(
    r"(?:\s+(?:since|from|until|between|through|where|in\s+(?:19|20)\d\d)\b|\s+in\s+(?=[A-Z])|\s*[;(]|\.(?:\s|$)|,\s+(?:a|an|the|where"
    r"|which|based|headquartered|located|since|from|and|where|until|[A-Z][a-z]+,)\b|$)"
)
_FIRM_NAME = re.compile(r"[A-Z][\w'’-]*(?:(?:,\s+|\s+&\s+|\s+)[A-Z][\w'’-]*)*")
_NOT_EMPLOYER = re.compile(r"(?i)(?:large|present|the\s+time|that\s+time|this\s+time|times|least)$")


def _at_plain_org(s: str, m: re.Match[str], nxt: int) -> int | None:
    """End of the employer an "at" names by its place in the sentence (see `_PLAIN_ORG`), or None."""
    firm = "firm" in m.group().lower()  # "a partner in the law firm of Roe, Doe & Poe": a firm's name
    if not firm and not re.fullmatch(r"\s+at\s+(?:the\s+)?", m.group()):
        return None
    om = (_FIRM_NAME if firm else _PLAIN_ORG).match(s, m.end(), nxt)
    if om is None:
        return None
    org = re.sub(r"(?:\s+(?:of|and|&|for|de))+$", "", om.group())
    end = m.end() + len(org)
    if len(org.split()) > 6 or _NOT_EMPLOYER.match(org) or not _PLAIN_ORG_END.match(s, end, max(nxt, end)):
        return None
    return None if is_title(org) else end  # "at" a person is no English: "at John Hancock" is a company


# "Chief Operating Officer of AAC, AASC & AAGF, Inc.": a title held at each company of a list.
_TITLE_OF_FIRST = re.compile(
    r"^(?P<head>.+?)\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$"
)
_SERIES_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?P<item>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|plc|N\.V|S\.A|AG)\b\.?)?)"
)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")


def org_series(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> TitleMatch:
    """`t` held at every company of a list its "of" opens, when each item is a company's name.

    match_title reads "Chief Operating Officer of AAC, AASC & AAGF, Inc." as a
    title "... of CCC" followed by one company; the list is three companies
    (acronyms, names with a legal suffix, or names the document states
    elsewhere). Departments ("President of Sales, Marketing and Operations")
    are not names, so such titles stay as they are.
    """
    if t.org:
        return _org_list(t, lexicon)
    if t.org is not None:
        return t
    m = _TITLE_OF_FIRST.match(t.title)
    if m is None:
        return _listed_in_title(t, lexicon)
    if not ends_with_title_head(m.group("head")):
        return t
    items = [m.group("first")]
    end = t.end
    while (more := _SERIES_ITEM.match(s, end, nxt)) is not None:
        items.append(more.group("item"))
        end = more.end()
    if len(items) < 2:
        return t
    items[-1] = re.sub(r"(?<=[a-z]{4})\.$", "", items[-1])  # the sentence's period, not "Inc."

    def is_org(item: str) -> bool:
        if _UNIT_WORDS.match(item) or is_person_name(item):
            return False
        return bool(_ACRONYM.fullmatch(item)) or has_legal_suffix(item) or lexicon.knows(item)

    if not all(is_org(item) for item in items):
        return t
    return TitleMatch(t.start, end, m.group("head"), items[0], tuple(items))


# Where a list of organisations divides: "A, B and C", "A, B, and C"; a legal suffix after a comma is
# its name's ("Foo Bar, Inc."), not an item.
_LIST_CUT = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
_BARE_SUFFIX = re.compile(r"(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|plc|PLC|N\.V|S\.A|AG|Limited)\.?")
_TITLE_OF_LIST = re.compile(r"^(?P<head>.+?)\s+of\s+(?:the\s+)?(?P<list>[A-Z][^;:()]*,\s+[A-Z][^;:()]*)$")


def _list_items(written: str) -> list[str]:
    """The names of a list "A, B, C Corp., Inc. and D", each legal suffix kept with its name."""
    items: list[str] = []
    for part in _LIST_CUT.split(" ".join(written.split())):
        if items and _BARE_SUFFIX.fullmatch(part):
            items[-1] = f"{items[-1]}, {part}"
        elif part:
            items.append(part)
    return items


def _each_an_org(items: list[str], lexicon: OrgLexicon) -> bool:
    """Whether every item names an organisation by itself: an acronym, a legal name, or a name the
    document states elsewhere; not bare surnames before the last ("Roe, Doe & Poe, Inc." is one firm)."""

    def one(item: str) -> bool:
        if _UNIT_WORDS.match(item) or is_person_name(item) or not item[:1].isupper():
            return False
        return bool(_ACRONYM.fullmatch(item)) or has_legal_suffix(item) or lexicon.knows(item)

    if len(items) < 2 or not all(one(i) for i in items):
        return False
    return any(_ACRONYM.fullmatch(i) or " " in i for i in items[:-1])


def _org_list(t: TitleMatch, lexicon: OrgLexicon) -> TitleMatch:
    """`t` held at each organisation of a list the title reader took for one name.

    "a director of GCC, Globex International, Initech, VDL, Acme Tool Works, Inc." reads as one
    company ending in "Inc."; its items are short names the document defined and one legal name.
    """
    if len(t.orgs) > 1 or "," not in (t.org or ""):
        return t
    items = _list_items(t.org or "")
    if not _each_an_org(items, lexicon):
        return t
    return TitleMatch(t.start, t.end, t.title, items[0], tuple(items))


def _listed_in_title(t: TitleMatch, lexicon: OrgLexicon) -> TitleMatch:
    """ "director of VDL, Globex International, Initech and GCC", all title text: a seat at each."""
    m = _TITLE_OF_LIST.match(t.title) if "," in t.title else None
    if m is None or not ends_with_title_head(m.group("head")):
        return t
    items = _list_items(m.group("list"))
    if not _each_an_org(items, lexicon):
        return t
    return TitleMatch(t.start, t.end, m.group("head"), items[0], tuple(items))


_TITLE_COMMA = re.compile(r",\s+(?=[A-Z])")
# Where a name without a legal form ends: a sentence, dates, a dash ("Acme Council since 2004 - President").
_NAME_END = re.compile(r"\.\s|\s+(?:since|from|until|through|in|to)\s|\s+[-–—]\s|\s+\d")


def split_title_org(title: str) -> tuple[str, str] | None:
    """ "Senior Vice President and CFO, Globex Corp., since 1999" → the title and its company.

    Occupation columns and post lists write "title, organisation[, place]":
    when what follows the first comma is an organisation by its form (a legal
    suffix, or a word like Council or Association), it is the employer, and
    what follows it (a place, "since ...") is dropped. "Vice President,
    Finance" and "Vice President, Head of Fund Development" are no such pair
    (no organisation, or a title), nor is a title list that goes on after the
    name ("President, Acme Inc. and Chief Brand Officer").
    """
    cut = _TITLE_COMMA.search(title)
    if cut is None or not is_title(title[: cut.start()], max_words=10):
        return None
    rest = title[cut.end() :]
    spans = find_org_names(rest)
    if spans and spans[0][0] == 0:
        org = rest[: spans[0][1]]
    else:
        org = _NAME_END.split(_TITLE_COMMA.split(rest, maxsplit=1)[0], maxsplit=1)[0].strip(" .;,")
        if not is_org_name(org) or is_title(org) or re.search(r"(?i)\b(?:board|committee)\b", org):
            return None
    if re.match(r"\s+(?:and|&)\s", rest[len(org) :]):
        return None
    return title[: cut.start()], org


# --- one title, two organisations ---------------------------------------------------------------

# How a clause refers to an organisation: a defined term ("the Bank"), "its subsidiary, Acme Bank",
# or a name ("Foo Bancorp, Inc.", "Foo National Bank").
_ORG_REF = (
    r"(?:(?:the|its|our|each\s+of\s+the)\s+)?(?:(?:(?:wholly[- ]owned|principal|banking|bank|operating"
    r"|savings\s+bank)\s+)*subsidiar(?:y|ies)(?:\s+bank)?,?\s+)?"
    r"(?P<{g}>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){{0,6}}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|L\.P|LP|N\.A|plc|PLC)\b(?!-)\.?)?)"
)
# "... of the Company and the Bank", "of both the Company and of the Bank", "of Foo Bancorp, Inc. and
# Foo National Bank", "of the Company and its subsidiary, Foo Bank".
_PAIR = re.compile(
    r"(?:\s*,?\s+(?:of|for|at)\s+(?:both\s+)?|\s*,\s+(?=[A-Z]))"
    + _ORG_REF.format(g="first")
    + r"\s*,?\s+(?:and|&)\s+(?:of\s+)?"
    r"(?:the\s+Company['’]s\s+)?" + _ORG_REF.format(g="second")
)
# "... of the Company and as Treasurer of the Bank", "President of Foo Bancorp, Inc. and Chairman of its
# subsidiary, Foo Trust Company": a second title held at the second organisation.
_SECOND_TITLE = re.compile(
    r"\s*,?\s+(?:of|for)\s+"
    + _ORG_REF.format(g="first")
    + r"(?:\s*;|\s*,?\s+(?:and|as\s+well\s+as))\s+(?:as\s+)?"
    r"(?:(?:a|an|the)\s+)?(?P<title2>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|&|of\s+the\s+Board)){0,8}?)"
    r"\s+(?:of|for)\s+(?!the\s+Board\b)" + _ORG_REF.format(g="second")
)
# "of the Bank": one organisation after a title, resolved through the document's defined terms.
_ONE = re.compile(r"\s*,?\s+(?:of|for)\s+" + _ORG_REF.format(g="first") + r"(?![\w&'’-])")
_FILER_NOUNS = frozenset({"company", "registrant", "corporation", "issuer", "holding company"})
# Common nouns a document defines for an organisation other than its own ("the Bank"), which the title
# readers take for the filer's.
_COMMON_TERMS = frozenset(
    {"bank", "trust", "partnership", "operating partnership", "fund", "savings bank", "association"}
)
# A name that is an organisation by its last word, bank holding companies' usual forms included.
_INSTITUTION_END = re.compile(
    r"\b(?:Bank|Banks|Bancorp|Bancorporation|Bancshares|Bankshares|Trust\s+Company|Savings|Association"
    r"|Partnership)$"
)
_NOT_ORG = re.compile(r"(?i)\b(?:board|committee|council|division|department|states?|county|city)\b")
# The period that ends a sentence, not one of "Inc.", "Corp.", "N.A.".
_SENTENCE_END = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)(?<!\.[A-Z])\.$")


class OrgTerms:
    """How one document's organisation references resolve: defined terms, its own (filer) name.

    `resolve` returns the organisation a reference names, "" for the filer,
    or None when the reference is no organisation it can name for sure.
    """

    def __init__(self, terms: dict[str, str], own: str | None) -> None:
        self.terms = terms
        filer = own or terms.get("COMPANY") or terms.get("REGISTRANT") or terms.get("CORPORATION")
        self.filer = _core_key(filer) if filer else None

    def resolve(self, ref: str) -> str | None:
        ref = " ".join(ref.split()).rstrip(",")
        ref = _SENTENCE_END.sub("", ref)  # the sentence's period, not "Inc."
        low = ref.lower()
        if low in _FILER_NOUNS:
            return ""
        full = self.terms.get(_term_key(ref))
        if full is not None:
            if self.filer is not None and _core_key(full) == self.filer:
                return ""
            if not _by_form(full):
                return None  # 'CEO of Consumer Lending ("CL")': a business line, not a company
            if (
                low in ("bank", "trust", "partnership", "operating partnership", "fund")
                and self.filer is None
            ):
                return None  # no filer to tell it from: it may be the filer itself
            return full
        if low in ("bank", "trust", "partnership", "fund", "operating partnership"):
            return None  # a filer noun the document does not define: whose is unclear
        if _NOT_ORG.search(ref) or is_person_name(ref) or len(ref.split()) < 2:
            return None
        if _by_form(ref) and not is_person_name(ref.split(",")[0]):
            ref = re.sub(r"^The\s+(?=[A-Z])", "", ref)  # "The First National Bank of Foo", as terms write it
            return "" if self.filer is not None and _core_key(ref) == self.filer else ref
        return None


def _by_form(name: str) -> bool:
    """An organisation by its form: a legal suffix, or a bank's or trust company's last word without the
    "&" of a business line ("Commercial & Investment Bank" is a division of its bank)."""
    if has_legal_suffix(name):
        return True
    name = re.sub(r",?\s+(?:N\.A\.?|National\s+Association)$", "", name)  # "Foo Bank, N.A."
    name = re.sub(r"\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$", "", name)  # "First National Bank of Foo"
    return bool(_INSTITUTION_END.search(name)) and not re.search(r"\s(?:&|and)\s", name)


def _term_key(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


_FORM_SPELLING = {"corporation": "corp", "incorporated": "inc", "company": "co", "limited": "ltd"}


def _core_key(name: str) -> str:
    """A name's key with its legal form kept (a REIT "Acme Realty Corp." is not its "Acme Realty, L.P.")."""
    words = re.findall(r"[0-9a-z]+", name.lower().removeprefix("the "))
    return "".join(_FORM_SPELLING.get(w, w) for w in words)


def _title_at(passage: str, title: str, name: str | None = None) -> list[int]:
    """Ends of the places `passage` writes `title` (white space and case aside).

    With `name`, only the place nearest the person's family name (after it, or
    just before it as in "said CEO John Roe"): in "A, President of the Company,
    and B, President of the Company and the Bank" each has their own.
    """
    words = title.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    if _DIRECTOR.fullmatch(title):  # "appointed X to the Board of Directors of the Company and the Bank"
        pattern = rf"(?:{pattern}|\bboards?(?:\s+of\s+directors)?)"
    found = list(re.finditer(pattern, passage, re.I))[:6]
    places = [(m.start(), m.end(), m.group()[:1] in "Bb") for m in found]  # a board: said after the name
    if name is None or not places:
        return [b for _, b, _ in places]
    family = next((w.strip(".,") for w in reversed(name.split()) if not _SUFFIX_WORD.fullmatch(w)), "")
    spots = [m.span() for m in re.finditer(re.escape(family), passage)] if family else []
    if not spots:
        return [places[0][1]] if len(places) == 1 and not places[0][2] else []  # a pronoun's sentence
    near = [
        (min(a - e if a >= e else (s - b if s >= b and not board else 10**6) for s, e in spots), b)
        for a, b, board in places
    ]
    best = min(near)
    return [best[1]] if best[0] <= 240 else []


_DIRECTOR = re.compile(r"(?i)(?:a\s+)?director")
_SUFFIX_WORD = re.compile(r"(?i)(?:jr|sr|ii|iii|iv|md|m\.d|phd|ph\.d|esq|cpa)\.?,?")


def two_org_posts(
    passage: str, title: str, terms: OrgTerms, name: str | None = None
) -> tuple[str, list[str]] | None:
    """(title, organisations) when `title` is written over two organisations in `passage`.

    "President and Chief Executive Officer of the Company and the Bank"
    (the filer is ""), "... of Foo Bancorp, Inc. and Foo National Bank",
    "a director of the Company and its subsidiary, Foo Bank". Both must
    resolve (`OrgTerms.resolve`), so "Procter & Gamble" or "Bank of America"
    stay one organisation and a place or a committee is never one. A title
    that holds the pair itself ("CEO of the Company and the Bank" in a table
    cell) is cut before it.
    """
    if " and " not in passage and " & " not in passage:
        return None
    candidates = [(title, end) for end in _title_at(passage, title, name)]
    inner = re.search(r"\s+(?:of|for|at)\s+|,\s+(?=[A-Z])", title)
    if inner is not None:  # the pair inside the title itself
        candidates.append((title[: inner.start()], -1))
    for head, end in candidates:
        text = title[len(head) :] if end < 0 else passage[end : end + 200]
        m = _PAIR.match(text)
        if m is None or (end < 0 and m.end() < len(text.rstrip(" .,;"))):
            continue
        if m.group("second").split()[0] in ("Chairman", "President", "Director", "Treasurer", "Secretary"):
            continue  # "of the Company and President of ...": another title, not a name
        first, second = terms.resolve(m.group("first")), terms.resolve(m.group("second"))
        if first is None or second is None or first == second:
            continue
        return head, [first, second]
    return None


def second_title_post(
    passage: str, title: str, terms: OrgTerms, name: str | None = None
) -> tuple[str, str, str] | None:
    """(title, first organisation, second title at the second organisation) for "CFO of the Company and
    as Treasurer of the Bank", "President of Foo Bancorp, Inc. and Chairman of its subsidiary, Foo Trust
    Company"; organisations resolved as in `two_org_posts` (the filer is "")."""
    if " and " not in passage and " as well as " not in passage and ";" not in passage:
        return None
    for end in _title_at(passage, title, name):
        m = _SECOND_TITLE.match(passage, end, min(len(passage), end + 240))
        if m is None or not is_title(m.group("title2")):
            continue
        first, second = terms.resolve(m.group("first")), terms.resolve(m.group("second"))
        if first is None or second is None or first == second:
            continue
        return first, m.group("title2"), second
    return None


def term_post(passage: str, title: str, terms: OrgTerms, name: str | None = None) -> str | None:
    """The organisation "<title> of the Bank" names when "the Bank" is a term the document defines for
    another organisation than the filer (a holding company's bank); None when it is the filer or unsure."""
    for end in _title_at(passage, title, name):
        m = _ONE.match(passage, end, min(len(passage), end + 120))
        if m is None or m.group("first").lower() in _FILER_NOUNS:
            continue
        ref = _SENTENCE_END.sub("", m.group("first"))
        if ref.lower() not in _COMMON_TERMS or _term_key(ref) not in terms.terms:
            continue  # a proper name ("of TradinGear") the title readers already placed
        org = terms.resolve(ref)
        if org:
            return org
    return None


_PASSAGE_MAX = 4000  # a sentence or a table row; longer spans are whole sections


def two_organisation_posts(mentions: list[Mention], text: str, terms: OrgTerms) -> list[Mention]:
    """Every mention as the posts it states (`two_organisation_mentions`), in order; the posts it adds
    come last, so that where another rule states the same post, that rule's wording is kept."""
    out: list[Mention] = []
    added: list[Mention] = []
    for m in mentions:
        posts = two_organisation_mentions(m, text, terms)
        if posts[0] is m:
            out.append(m)
            added.extend(posts[1:])
        else:
            out.extend(posts)
    return out + added


def two_organisation_mentions(m: Mention, text: str, terms: OrgTerms) -> list[Mention]:
    """`m` as the posts its passage states at two organisations (see `two_org_posts`,
    `second_title_post`, `term_post`); [m] when it states one. "" (the filer) becomes None."""
    a, b = m.span
    if b <= a or b - a > _PASSAGE_MAX:
        return [m]
    org = (m.org or "").strip()
    named = bool(org) and org.lower().removeprefix("the ") not in _FILER_SET
    listed = named and re.search(r"\s(?:and|&)\s", org) is not None  # "Company and the Bank"
    passage = text[a:b]
    if " and " not in passage and " & " not in passage and not (passage.count(" of ") and terms.terms):
        return [m]
    pair = two_org_posts(passage, m.title, terms, m.name)
    if pair is not None and (not named or listed or _core_key(org) == _core_key(pair[1][0])):
        title, orgs = pair
        if named and not listed:  # the first as the title reader wrote it
            return [m, _moved(m, title, orgs[1] or None)]
        return [_moved(m, title, o or None) for o in orgs]
    inner_two = _two_titles_in_title(m.title, terms) if not named else None
    if inner_two is not None:  # a cell: "Treasurer of the Corporation and Senior Vice President of the Bank"
        (title1, org1), (title2, org2) = inner_two
        return [_moved(m, title1, org1 or None), _moved(m, title2, org2 or None)]
    second = second_title_post(passage, m.title, terms, m.name)
    if second is not None and (not named or _core_key(org) == _core_key(second[0])):
        first, title2, other = second
        return [m if named else _moved(m, m.title, first or None), _moved(m, title2, other or None)]
    if named:
        return [m]
    inner = _TITLE_THEN_TERM.match(m.title) if terms.terms else None
    if (
        inner is not None and _SENTENCE_END.sub("", inner.group("first")).lower() in _COMMON_TERMS
    ):  # a cell: "SVP of the Bank"
        org_in_title = terms.resolve(inner.group("first"))
        if org_in_title and is_title(inner.group("head")):
            return [_moved(m, inner.group("head"), org_in_title)]
    moved = term_post(passage, m.title, terms, m.name)
    return [_moved(m, m.title, moved)] if moved else [m]


_TITLE_THEN_TERM = re.compile(r"^(?P<head>.+?)" + _ONE.pattern + r"$")


_FILER_SET = frozenset({"company", "registrant", "corporation", "bank", "trust", "partnership", "fund"})


def _two_titles_in_title(title: str, terms: OrgTerms) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((title, organisation), (title, organisation)) of a title that is two posts at two organisations."""
    head = re.match(r"(?P<head>.+?)(?=\s+(?:of|for)\s)", title)
    if head is None or not is_title(head.group("head")):
        return None
    m = _SECOND_TITLE.match(title, head.end())
    if m is None or len(title[m.end() :].strip(" .,;")) or not is_title(m.group("title2")):
        return None
    first, second = terms.resolve(m.group("first")), terms.resolve(m.group("second"))
    if first is None or second is None or first == second:
        return None
    return (head.group("head"), first), (m.group("title2"), second)


def _moved(m: Mention, title: str, org: str | None) -> Mention:
    return Mention(m.name, title, org, m.kind, m.span, m.role, m.start, m.end)
