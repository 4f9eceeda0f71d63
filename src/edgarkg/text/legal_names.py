"""Names that end in a legal suffix, cut free of what glues to them.

`names.find_org_names` finds runs of capitalised words ending in "Inc.",
"plc", "Company"...; here a run is split into the names it lists ("Widget
Company and Gizmo, Inc.") and trimmed of a title, year or file number before it
("Board of Directors of Initech, Inc." is Initech, Inc.).
"""

from __future__ import annotations

import re

from edgarkg.text.names import find_org_names, has_legal_suffix, is_person_name, is_title, org_core
from edgarkg.text.org_filters import (
    BARE_SUFFIX,
    COMMON_FIRST,
    GENERIC,
    PLACES,
    REGIONS,
    distinctive,
    heading_words,
    is_excluded_org,
)
from edgarkg.text.org_index import clean_org_name

__all__ = ["legal_names", "bank_names", "trim_head"]

# Words that say a phrase names a role, document or body *of* the organisation after "of".
_HEAD_NOISE = frozenset(
    """
    board directors director chair chairman chairwoman president officer officers executive vice
    secretary treasurer counsel member members stockholders shareholders shareowners report consent
    approval certificate restated amended annual meeting resources employees subsidiaries subsidiary
    division divisions affiliates to of the for market system copyright acquisition boards letterhead
    balance sheet sheets statement statements income cash flow flows ownership consolidated financial
    agreement certification formation criteria servicing applicable compliance assessment attestation
    prospectus business management opinion articles bylaws indenture form
    letter list plan incentive equity stock option policy charter guidelines compensation deferred
    savings retirement fourth fifth sixth description capital guarantee guaranty offer settlement order
    matter complaint petition decree summary ordinary share shares memorandum support product products
    debt securities guarantees eligibility notes senior subordinated junior by-laws
    over reporting internal control audit audited
    """.split()  # noqa: SIM905
)
# a name followed by one of these is a term: a statute, a unit of interest, a tax return, a valuation
# method ("the Guideline Public Company Method")
# ("the U.S. Trust Indenture Act")
_TERM_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:Act|Law)|[Ll]aws?|[Uu]nits?|[Rr]eturns?|Method|Approach|Model"
    r"|[Ll]iability\s+[Cc]ompan(?:y|ies)|[Pp]artnerships?)\b"
)
# "the EELP Limited Partnership Agreement", "the Holdings LLC Agreement", "Fifth Supplemental Trust
# Indenture": the form word names the document
_AGREEMENT_AFTER = re.compile(r"\s+(?:(?:Operating\s+)?Agreements?|Indentures?)\b")
_AGREEMENT_FORMS = ("Partnership", "LLC", "Limited Liability Company", "Supplemental Trust")
_FORM_OF = re.compile(r"(?:Form\s+)?[A-Z]{1,2}-\s?\d{1,2}[A-Z]?\s+(?:of|to)\s+(?=[A-Z])")
_ZIP_AFTER = re.compile(r"[ ]\d{5}(?:-\d{4})?\b")
_TOWN_STATE = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2},[ ]?[A-Z]{2}")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "Senior Vice President for X", "Director, X": a title glued to the name after it
_TITLE_JOIN = re.compile(r",\s+|\s+(?:for|at|with)\s+(?:the\s+)?")

# "Dunder, Mifflin and Co.": led by its capital (for `re` to skip to the capitals)
_AND_CO = re.compile(r"[A-Z](?<![\w&'’.-].)(?>[\w'’.-]*),\s(?>[A-Z][\w'’.-]*),?\s(?:and|&)\s(?:Co\.|Company)")


def legal_names(flat: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    spans = list(find_org_names(flat)) + [(m.start(), m.end()) for m in _AND_CO.finditer(flat)]
    spans += _parenthesised(flat)
    if " Trust & " in flat:
        spans = _trust_and(flat, spans)
    for a, b in spans:
        for name, s, e in _split_list(flat, a, b):
            name, s = trim_head(name, s)
            form = _FORM_OF.match(name)
            if form:  # "Form S-\n3 of Acme Inc.": a form's number, broken at its hyphen, then "of"
                name, s = name[form.end() :], s + form.end()
            if (" of " in name or " for " in name) and flat[s - 2 : s] == ", ":
                name, s = _title_tail(flat, name, s)
            name = clean_org_name(name)
            if not name or not has_legal_suffix(name):
                continue
            core = org_core(name)
            if not distinctive(core) or _YEARISH.match(core) or re.match(r"^[^A-Za-z]*$", core):
                continue
            if BARE_SUFFIX.fullmatch(name) or re.search(r"(?i)(?:\s(?:and|of|the)|&)$", core) or core == name:
                continue  # "AB", "GICs and Trust", "Acme Life and AB"
            if len(core) == 1 and "," in name:
                continue  # "Ag, W, Co, Nb and Ta": chemical symbols, not "W, Co"
            if _PERSON_BEFORE.search(flat, max(0, s - 40), s) and len(name.split()) > 2:
                rest = name.split(None, 1)[1]  # "John Q. Doe Globex Inc.": the surname is his
                if distinctive(org_core(rest)):
                    name, s = rest, s + len(name) - len(rest)
            name, s = _wrapped_head(flat, name, s, e)
            if ", and " in name and org_core(name).strip(" ,").lower() in REGIONS:
                continue  # "Company Group Chairman, North America, and Company": a region, not a name
            name, s = _initials_head(flat, name, s)
            mark = _MARK_HEAD.search(flat, max(0, s - 40), s) if s and flat[s - 1] in ") ®™" else None
            if mark:  # "Platinum (R) Software Corporation": a trademark sign inside the name
                name, s = flat[mark.start(1) : s] + name, mark.start(1)
            name, s = _firm_head(flat, name, s)
            name, s = _capped_head(flat, name, s)
            name, s = _co_hyphen_head(flat, name, s)
            if flat[max(0, s - 4) : s] == "Dr. " and re.match(r"\w+['’]s ", name):
                name, s = "Dr. " + name, s - 4  # "Dr. Reddy’s Laboratories, Inc.": named after a doctor
            plus = _PLUS_HEAD.search(flat, max(0, s - 40), s) if flat[s - 1 : s] == "+" else None
            if plus:  # "Smith+Nephew plc": the finder reads from the "+" on
                name, s = flat[plus.start() : s] + name, plus.start()
            if name.endswith(("Co", "Inc", "Corp", "CO", "INC", "CORP")) and flat[e : e + 1] == "-":
                continue  # "Jane Roe, Co-Chief Executive Officer": a prefix, not a legal form
            if _PERSON_BEFORE.search(flat, max(0, s - 40), s) and len(core.split()) == 1:
                # "David J. Roe Company": a company named after a person, first name and initial included
                full = _PERSON_BEFORE.search(flat, max(0, s - 40), s)
                name, s = flat[full.start() : s] + name, full.start()
            if _INCORPORATED_BY.match(flat, e, e + 16) and name.lower().endswith("incorporated"):
                continue  # "Documents Incorporated by Reference"
            if _ZIP_AFTER.match(flat, e, e + 12) and _TOWN_STATE.fullmatch(name):
                continue  # "Wilmington, SE 19801": a town, a state's code (here a mistyped one), a ZIP code
            if _TERM_AFTER.match(flat, e, e + 40):
                continue  # "the Uniform Limited Partnership Act", "per Limited Partnership unit"
            if (
                name.endswith(_AGREEMENT_FORMS)
                and flat[e - 1 : e] != "."
                and _AGREEMENT_AFTER.match(flat, e, e + 24)
            ):
                continue  # "the EELP Limited Partnership Agreement": a document, not a partnership
            na = re.match(r",?\s+(?:N\.\s?A\.|National\s+Association\b)", flat[e : e + 24])
            if na:  # a national bank's legal form follows the name
                form = "National Association" if "National" in na.group() else "N.A."
                name, e = f"{name}, {form}", e + na.end()
            name, e = _of_place(flat, name, e)
            found.append((name, s, e))
    if ", Jr., " in flat or ", Sr., " in flat:  # "John W. Hancock, Jr., Inc.": named after a person
        named = [trim_head(m.group(), m.start()) + (m.end(),) for m in _JR_FIRM.finditer(flat)]
        # first: the short form the document also uses ("Hancock, Inc.") is then read as this name's
        found[:0] = [(n, s, e) for n, s, e in named if is_person_name(n.split(",")[0])]
    if ", PC" in flat:  # "WithumSmith+Brown, PC": a professional corporation, as accounting firms are
        for m in _COMMA_PC.finditer(flat):
            name, s = trim_head(m.group(), m.start())
            while re.match(r"[A-Z]{2,}[ ](?=\S*[a-z])", name):  # "EXPERTS WithumSmith+Brown, PC": a heading
                cut = name.index(" ") + 1
                name, s = name[cut:], s + cut
            own = name.rsplit(",", 1)[0]
            if distinctive(org_core(own)) and not is_title(own) and re.search(r"[a-z]", own):
                found.append((name, s, m.end()))
    # "Visit the Widget Company" is "Widget Company" when that name stands alone elsewhere
    names = {n.casefold() for n, _, _ in found}
    out = []
    for name, s, e in found:
        words = name.split()
        for i in range(1, len(words) - 1):
            tail = " ".join(words[i:])
            head = words[:i]
            if (
                tail.casefold() in names
                and words[i - 1].lower() not in ("and", "&", "of")
                and (
                    any(not w[:1].isupper() or w.lower() in _CLAUSE_HEAD for w in head)
                    or _bare_at_least(flat, name, tail)
                )
            ):  # "Visit the Widget Company"; "Globex North America, Inc." stays beside "North America, Inc."
                name, s = tail, e - len(tail)
                break
        out.append((name, s, e))
    if " and " in flat:
        cores = {org_core(n).casefold() for n, _, _ in out}
        out = [_and_tail(flat, cores, *x) for x in out]
    # "Fessler\nSheppard, Mullin, Richter & Hampton LLP" on a cover page: the firm's partners cut off
    # after a person's name, where the document also writes the whole name
    partners = [n.casefold() for n, _, _ in out if ", " in n and _PARTNERS_FORM.search(n)]
    if partners:
        out = [x for x in out if not any(p.endswith(", " + x[0].casefold()) for p in partners)]
    # "Laidlaw & Company (UK) Ltd.": the finder's "Laidlaw & Company" is the start of the longer name
    placed = {(s, n) for n, s, _ in out if " (" in n}
    if placed:
        out = [x for x in out if not any(s == x[1] and n.startswith(x[0] + " (") for s, n in placed)]
    return out


# the words before a name that belong to it: a line's last capitalised words when the name wraps
# onto the next line ("with Globex\nNorth America, Inc."), or an acronym ("with ACME Railway, Inc."),
# after a lower-case word of the sentence
_AGENCIES = frozenset({"SEC", "FDIC", "IRS", "FASB", "PCAOB", "FINRA", "OCC", "FTC", "DOJ", "EPA", "FDA"})
_SENTENCE_GOES_ON = re.compile(r"[ ]*(?:[(,;.]|[a-z])")
_LINK_WORD = r"\b(?:with|and|among|between|to|of|by|from|for|at|or)[ ]"
_WRAPPED = re.compile(_LINK_WORD + r"((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|of|&)){0,3})\n\n?\Z")
_ACRONYM_HEAD = re.compile(_LINK_WORD + r"([A-Z][A-Z0-9&]{1,5}) \Z")


# two or three initials that open a name: "H. J. Heinz Company", "the J. M. Smucker Company"
_INITIALS = re.compile(r"(?:^|(?<=[\s(“\"]))((?:[A-Z]\.[ ]?){2,3})[ ]?\Z")
# a company named after a person with a generational suffix: "John W. Hancock, Jr., Inc."
_JR_FIRM = re.compile(
    r"[A-Z](?<![\w&'’.-].)[\w'’-]*(?:[ ][A-Z][\w'’.-]*){1,3},[ ](?:Jr|Sr)\.,?[ ]"
    r"(?:Inc\.|Incorporated|Co\.|Company|Corporation|Corp\.|LLC)(?![\w-])"
)
# a capitalised word and a trademark sign, right before a name: "Platinum (R) Software Corporation"
_MARK_HEAD = re.compile(r"(?<![\w&'’.-])([A-Z][\w&'’-]*)[ ]?(?:\((?:R|TM)\)|®|™)[ ]?\Z")
# one initial after a word of the sentence: "between the Company and F. Hoffman-La Roche, Inc."
_INITIAL = re.compile(r"(?<=[a-z,][ ])([A-Z]\.)[ ]\Z")
_WORD_BEFORE = re.compile(r"(?<![\w.])(?!The\b|THE\b)[A-Z][\w&'’-]*[ ]\Z")  # "Jane Q. R. Roe", "Globex N.V."
_COUNTRY_INITIALS = frozenset(
    {"U.S.", "U.K.", "U.S.A.", "N.A.", "S.A.", "N.V.", "B.V.", "L.P.", "A.G.", "S.E."}
)


def _trust_and(flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "The Depository Trust & Clearing Corporation", "Harris Trust & Savings Bank Corp.": a name the
    finder ended at the legal word "Trust" goes on after "&" into the next name."""
    ends = {b: a for a, b in spans if flat.startswith("Trust", b - 5)}
    joined = [(ends[a - 3], b) for a, b in spans if a - 3 in ends and flat[a - 3 : a] == " & "]
    if not joined:
        return spans
    gone = {x for a, b in joined for x in spans if a <= x[0] and x[1] <= b}
    return [x for x in spans if x not in gone] + joined


def _initials_head(flat: str, name: str, s: int) -> tuple[str, int]:
    """A name the finder began after its initials ("J. M. Smucker Company" read as "Smucker
    Company"): the initials belong to it, unless they abbreviate a country ("U.S. Globex Inc.")."""
    m = _INITIALS.search(flat, max(0, s - 10), s) or _INITIAL.search(flat, max(0, s - 10), s)
    if (
        m is None
        or m.group(1).replace(" ", "") in _COUNTRY_INITIALS
        or _WORD_BEFORE.search(flat, max(0, m.start(1) - 40), m.start(1))
    ):
        return name, s
    return flat[m.start(1) : s] + name, m.start(1)


# "Globex Corporation of\nNorth America": a legal form word, then "of" and the place the name ends with
_OF_PLACE = re.compile(r"(?:[ ]+|[ ]*\n[ ]*)of(?:[ ]+|[ ]*\n[ ]*)(?=[A-Z])")
_PLACE_WORD = re.compile(r"[A-Z][a-z]+")
_FORM_WORD = re.compile(r"(?:Corporation|Company|CORPORATION|COMPANY)$")
_PLACE_NAMES = PLACES | REGIONS | {"america"}


def _of_place(flat: str, name: str, e: int) -> tuple[str, int]:
    """ "Globex Corporation of North America" is the name, not "Globex Corporation": "of" and a
    country, state or region written after a legal form word belong to it, a line break or not."""
    m = _OF_PLACE.match(flat, e, e + 12) if _FORM_WORD.search(name) else None
    if m is None:
        return name, e
    ends, at = [], m.end()
    while len(ends) < 3:  # a place of up to three words, on one line or two
        w = _PLACE_WORD.match(flat, at)
        if w is None or (flat[w.end() : w.end() + 1].isalnum()):
            break
        ends.append(w.end())
        gap = re.match(r"[ ]+|[ ]*\n[ ]*", flat[w.end() : w.end() + 8])
        at = w.end() + (gap.end() if gap else 0)
    for end in reversed(ends):  # the longest place the words begin with
        place = " ".join(flat[m.end() : end].split())
        if place.lower() in _PLACE_NAMES:
            return f"{name} of {place}", end
    return name, e


# a law firm's legal form after a comma: "Wilson Sonsini Goodrich & Rosati, Professional Corporation"
_PROFESSIONAL = re.compile(r"(?:[Aa]\s+)?Professional\s+(?:Law\s+)?(?:Corporation|Association)")
_FIRM_BEFORE = re.compile(r"(?<![\w&'’.-])((?:[A-Z][\w'’-]*(?:\s+(?:&|and)\s+|\s+))*[A-Z][\w'’-]*),\s+\Z")
# the partners listed before "X & Y LLP": "Morgan, Lewis & Bockius LLP",
# "Skadden, Arps, Slate, Meagher & Flom LLP"
_PARTNERS_BEFORE = re.compile(r"(?<![\w&'’.,-])(?<![\w&'’.-],[ ])((?:[A-Z][a-z][\w'’-]*,[ ]){1,4})\Z")
_PARTNERSHIP = re.compile(r"[A-Z][\w'’-]*\s+(?:&|and)\s+[A-Z]")
_PARTNERS_FORM = re.compile(r"(?:LLP|L\.L\.P\.|P\.C\.|P\.A\.|PLLC|P\.L\.L\.C\.)$")
# a firm of two surnames as an LLC ("Casas, Benjamin & White LLC"): the partners before its comma belong to it
_PARTNERS_LLC = re.compile(r"[A-Z][a-z][\w'’-]*[ ]&[ ][A-Z][a-z][\w'’-]*,?[ ](?:LLC|L\.L\.C\.)")
_COMMA_PC = re.compile(
    r"[A-Z](?<![\w&'’.+-].)[\w&'’+.-]*(?:[ ](?:[A-Z][\w&'’+.-]*|&|and)){0,4}(?:,[ ]CPAs?)?,[ ]PC(?![\w.])"
)
_PLUS_HEAD = re.compile(r"(?<![\w&'’.+-])[A-Z][\w&'’-]*\+\Z")
_NAME_WORDS = 7
"""The most capitalised words the finder takes before a legal form: a longer name loses its head."""


# a place in parentheses inside a name, before its legal form: "Randgold Resources (DRC) Limited",
# "Squire Patton Boggs (US) LLP", "Syntex (U.S.A.), Inc."; led by ")" for `re` to skip to it
_PAREN_FORM = re.compile(
    r"\),?[ ](?:LLP|L\.L\.P\.|Limited|Ltd\.?|Inc\.|LLC|Pty\.?[ ]Ltd\.?|Corporation|Corp\.|GmbH|AG"
    r"|S\.A\.|B\.V\.|N\.V\.|plc|PLC|Private[ ]Limited)(?![\w-])"
)
_PAREN_HEAD = re.compile(
    r"(?<![\w&'’.-])([A-Z][\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|&|and|of)){0,5})[ ]\((?:[A-Z][A-Za-z.]{1,11}"
    r"(?:[ ](?:&|and|AND)[ ][A-Z][A-Za-z.]{1,11})?|[A-Z][a-z]+(?:(?:[ -]|[ ]&[ ])[A-Z][a-z]+)?)\Z"
)


def _parenthesised(flat: str) -> list[tuple[int, int]]:
    """Names with a parenthesised place before their legal form, which the finder reads only from it on."""
    out = []
    for m in _PAREN_FORM.finditer(flat) if ") " in flat or "), " in flat else ():
        head = _PAREN_HEAD.search(flat, max(0, m.start() - 90), m.start())
        if head and head.end() == m.start():
            out.append((head.start(1), m.end()))
    return out


def _and_tail(flat: str, cores: set[str], name: str, s: int, e: int) -> tuple[str, int, int]:
    """ "Johnson & Johnson and Kenvue Inc.", "a joint venture of Alcoa and Glencore Ltd.": two
    organisations, the first without a legal form, when the second is also written alone or the first
    is a name the document gives with its legal form elsewhere ("Alcoa Inc.")."""
    head, sep, tail = name.rpartition(" and ")
    if (
        sep
        and head[:1].isupper()
        and has_legal_suffix(tail)
        and not has_legal_suffix(head)
        and distinctive(org_core(tail))
        and org_core(tail) != tail
        and (flat.count(tail) > flat.count(name) or head.casefold() in cores)
    ):
        return tail, e - len(tail), e
    return name, s, e


def _firm_head(flat: str, name: str, s: int) -> tuple[str, int]:
    """A firm of partners' names, which the finder cut at a comma: the names before belong to it."""
    if _PROFESSIONAL.fullmatch(name):
        m = _FIRM_BEFORE.search(flat, max(0, s - 80), s)
        if m and not has_legal_suffix(m.group(1)) and distinctive(m.group(1)):
            return flat[m.start(1) : s] + name, m.start(1)
        return name, s
    if (
        _PARTNERSHIP.match(name)
        and (_PARTNERS_FORM.search(name) or _PARTNERS_LLC.fullmatch(name))
        and "," in flat[max(0, s - 2) : s]
    ):
        m = _PARTNERS_BEFORE.search(flat, max(0, s - 60), s)
        before = flat[max(0, m.start(1) - 30) : m.start(1)] if m else ""
        if (
            m
            and not any(w.strip(",").lower() in _CLAUSE_HEAD for w in m.group(1).split())
            and not re.search(r"(?<![\w.])[A-Z][\w.'’-]*[ ]\Z", before)  # "Jane Roe, Latham & Watkins LLP"
        ):
            return flat[m.start(1) : s] + name, m.start(1)
    return name, s


# "Co-Owners Rewards, Inc.", "CO-OP Grocers Inc.": the finder takes "Co" for a legal form and starts after it
_CO_HYPHEN = re.compile(r"(?<![\w&'’.-])((?:Co|CO)-[A-Z][\w'’]*)[ ]\Z")


def _co_hyphen_head(flat: str, name: str, s: int) -> tuple[str, int]:
    """A name's first word that begins with "Co-" belongs to it ("Co-Owners"), unless it is a title
    ("Co-Chairman Acme Inc.")."""
    if s < 4 or flat[s - 1] != " ":
        return name, s
    m = _CO_HYPHEN.search(flat, max(0, s - 30), s)
    if m is None or is_title(m.group(1)) or is_title(m.group(1).split("-", 1)[1]):
        return name, s
    return f"{m.group(1)} {name}", m.start(1)


def _capped_head(flat: str, name: str, s: int) -> tuple[str, int]:
    """ "Ally Bridge Group Global Life Science Capital Partners V, L.P." read from "Group" on: a name
    of as many words as the finder takes, right after capitalised words on its line, begins with them."""
    words = [w for w in org_core(name).split() if w not in ("of", "and", "&", "the", "de", "du", "for")]
    if len(words) < _NAME_WORDS:
        return name, s
    m = re.search(r"(?<![\w&'’.-])((?:[A-Z][\w&'’-]*[ ]){1,3})\Z", flat[max(0, s - 50) : s])
    if m is None:
        return name, s
    head = m.group(1).split()
    while head and head[0].lower() in _CLAUSE_HEAD | {"the", "our", "its"}:
        head.pop(0)
    if not head:
        return name, s
    lead = " ".join(head) + " "
    return lead + name, s - len(lead)


def _wrapped_head(flat: str, name: str, s: int, e: int) -> tuple[str, int]:
    before = flat[max(0, s - 60) : s]
    m = _WRAPPED.search(before) or _ACRONYM_HEAD.search(before)
    if m is None:
        return name, s
    head = m.group(1)
    if not _SENTENCE_GOES_ON.match(flat, e, e + 3) and f"{head} {name}" not in flat:
        return name, s  # "Widget B.V. The Netherlands 100%": a table's row, unless written whole elsewhere
    if head.endswith("."):
        return name, s  # "... of IEH.\nGlobex & Co., Inc.": a sentence ended on the line before
    first = head.split()[0]
    if has_legal_suffix(head) or is_title(head) or heading_words(head) or is_excluded_org(head):
        return name, s
    if first in _MONTHS.split("|") or first in _AGENCIES:
        return name, s
    return f"{head} {name}", s - len(before) + m.start(1)


def _bare_at_least(flat: str, name: str, tail: str) -> bool:
    """The tail stands alone at least as often as the whole name is written: the head is glued on."""
    whole = flat.count(name)
    return flat.count(tail) - whole >= whole


# capitalised words that start a clause, not a name: "Visit Widget Company", "About Gizmo, Inc."
_CLAUSE_HEAD = frozenset(
    "visit contact call see about including from with to at for by in on the a an and".split()  # noqa: SIM905
)
_ROLE_NOUNS = frozenset(
    """
    affairs relations boards directors officers counsel director officer president chairman chairwoman
    manager secretary treasurer partner member trader analyst associate principal advisor adviser
    consultant founder head
    """.split()  # noqa: SIM905
)
"""A phrase ending so names a function *of* the organisation after "of": "Commercial & Legal Affairs of X"."""
_PART_NOUNS = frozenset(
    """
    agreement agreements certificate charter bylaws by-laws indenture amendment supplement plan statement
    statements report prospectus consent guaranty guarantee memorandum declaration articles notes debentures
    warrants shares stock securities segment segments division divisions management employees units
    interests
    """.split()  # noqa: SIM905
)
"""A phrase ending so names a document or a part *of* the organisation after "of": "Second Amended and
Restated Operating Agreement of Globex, LLC", "the Industrial Products Segment of Globex Inc."."""
_PERSON_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+[ ]+[A-Z]\.[ ]+$")
"""A first name and a middle initial: the capitalised word after them is the person's surname."""

_ABBREVIATIONS = re.compile(r"(?<!\S)[A-Z]{3,5},?$")
_YEARISH = re.compile(r"^(?:19|20)\d\d\b")


def _split_list(flat: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """ "Widget Company and Gizmo, Inc." → both; "Initrode and Vandelay Airtouch plc" → the
    named company; "Springfield Electric and Power Company" and "Procter & Gamble Company" stay one."""
    text = flat[a:b]
    glued = re.search(
        r"\b(?:Company|Corporation|Inc\.|Corp\.|PLC|plc|LLC|Ltd\.|L\.P\.)(?=\s+[A-Z][A-Za-z])", text
    )
    if (
        glued
        and has_legal_suffix(text[: glued.end()])
        and has_legal_suffix(text[glued.end() :])
        and distinctive(org_core(text[glued.end() :].strip()))
        and org_core(text[glued.end() :].strip()) != text[glued.end() :].strip()
    ):
        cut = glued.end()
        rest = len(text[cut:]) - len(text[cut:].lstrip())
        return _split_list(flat, a, a + cut) + _split_list(flat, a + cut + rest, b)
    for m in re.finditer(r",?\s+(?:and|AND|&)\s+", text):
        left, right = text[: m.start()], text[m.end() :]
        if left.endswith(" Trust") and m.group() == " & ":
            continue  # "The Depository Trust & Clearing Corporation": one name
        left_legal = has_legal_suffix(left) and bool(org_core(left))
        bare_left = org_core(left) == "" or left.strip() in ("Company", "Corporation")
        right_core = org_core(right)
        right_named = has_legal_suffix(right) and len(right_core.split()) >= 2 and distinctive(right_core)
        # "ABC, DEFG & Initech, Inc.": other companies' abbreviations listed before the name
        abbreviations = _ABBREVIATIONS.search(left) and has_legal_suffix(right) and distinctive(right_core)
        if left_legal or bare_left or abbreviations or (m.group().strip() in ("and", "AND") and right_named):
            out = [(left, a, a + m.start())] if left_legal else []
            return out + _split_list(flat, a + m.end(), b)
    return [(text, a, b)]


# "Globex Bank", "Acme Savings Bank, FSB": a bank holding company's bank is named without a legal form
_BANK = re.compile(
    r"[A-Z](?<![\w&'’.-].)[\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|of|&)){0,4}[ ](?:Savings[ ])?Bank\b"
    r"(?:[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}\b)?"  # "Globex Bank of Springfield": where it is
    r"(?:,?\sNational\sAssociation\b|,\s(?:N\.A\.|FSB\b|F\.S\.B\.|SSB\b|USA\b|U\.S\.A\.))?"
)  # "U.S. Bank National Association": the form is often written without its comma
# "Globex Trust, National Association": a national bank's legal name ends so, whatever words lead it
_NATIONAL_ASSOCIATION = re.compile(
    r"[A-Z](?<![\w&'’.-].)[\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|of|&)){0,5},\s(?:National\sAssociation\b|N\.A\.)"
)  # "Citibank, N.A.", "Bank of America, N.A.": the abbreviated form says the same
# a capitalised word or a link word right before: the name runs on further left than the pattern reads
_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w&'’.-]*|of|&)[ ]\Z")
# "Documents Incorporated by Reference": a verb, not a legal form
_INCORPORATED_BY = re.compile(r"\s+(?:by|BY|By)\s+(?:reference|Reference|REFERENCE)\b")


def bank_names(flat: str) -> list[tuple[str, int, int]]:
    """Banks named by their own words and "Bank": "Globex Bank" (not "Investment Bank")."""
    out = []
    matches = list(_BANK.finditer(flat)) if "Bank" in flat else []
    taken = {m.end() for m in matches}
    if "National Association" in flat or ", N.A." in flat:  # "Globex Trust Company, National Association"
        more = [m for m in _NATIONAL_ASSOCIATION.finditer(flat) if m.end() not in taken]
        more = [
            m
            for m in more
            if m.group().endswith("Association")
            or not _NAME_GOES_ON.search(flat, max(0, m.start() - 30), m.start())
        ]
        # "Wells Fargo Bank" inside "Wells Fargo Bank Minnesota, N.A.": the longer name only
        matches = [m for m in matches if not any(x.start() <= m.start() and m.end() < x.end() for x in more)]
        matches += more
    for m in matches:
        name, s = trim_head(m.group(), m.start())
        if name.startswith("The "):
            name, s = name[4:], s + 4
        bare = re.sub(r"\s(?:National\sAssociation|N\.A\.)\Z", "", name.split(",")[0])
        own, _, place = bare.rpartition(" Bank")
        words = own.split()
        if words and words[-1] == "Savings":
            words = words[:-1]
        words += [w for w in place.split() if w != "of"]  # "First National Bank of Omaha": Omaha is its own
        core = " ".join(words)
        if not core or not distinctive(core) or is_excluded_org(name) or heading_words(name):
            continue
        if all(w.lower() in COMMON_FIRST or w.lower() in GENERIC for w in words):
            continue  # "Global Bank", "National Bank": no name of its own
        if all(w[:1].isupper() for w in words) and not _PERSON_BEFORE.search(flat, max(0, s - 40), s):
            out.append((name, s, m.end()))
    return out


_PARTY_AND = re.compile(
    r"(?:Registrant|Company|Issuer|Borrower|Founders|Directors|Officers|Stockholders|Shareholders|Members)"
    r"\s+(?:and|&)\s+(?=[A-Z])"
)


_DOCUMENT_AND = re.compile(
    r"\b(?:Agreement|Plan|Indenture|Amendment|Guarantee|Guaranty|Supplement|Certificate|Notes?|Letter)"
    r"\s+(?:and|&|with|between|among|by|to)\s+(?=[A-Z])"
)


# a post's name before the comma a unit's name follows: "President, Consumer, Product & Brand of X"
_POST_BEFORE = re.compile(
    r"(?:President|Officer|Director|Head|Manager|Chair(?:man|woman)?|Counsel|Leader|Lead)"
    r"(?:,[ ][A-Z][\w&'’-]*(?:[ ](?:&|and|[A-Z][\w&'’-]*)){0,3}){0,2},[ ]\Z"
)


def _title_tail(flat: str, name: str, s: int) -> tuple[str, int]:
    """ "Product & Brand of NIKE, Inc." after "President, Consumer, ": the unit a post is over, then the
    organisation: the name is what follows the last "of" or "for" ("Director, Bank of America Corporation"
    stays whole)."""
    if not _POST_BEFORE.search(flat, max(0, s - 80), s):
        return name, s
    cut = max(name.rfind(" of "), name.rfind(" for "))
    step = 4 if name.startswith(" of ", cut) else 5
    tail = name[cut + step :]
    if (
        (len(name[:cut].split()) > 1 or step == 5)
        and has_legal_suffix(tail)
        and not has_legal_suffix(name[:cut])
    ):  # "Vice President, Finance for JOMED, Inc.": "for" joins no name's words
        return tail, s + cut + step
    return name, s


def trim_head(name: str, start: int) -> tuple[str, int]:
    """Drop what glues to a name's front: "Board of Directors of X", "2011 X", "1-3526 X",
    "Atlanta-based X"."""
    while True:
        m = re.match(
            rf"(?:(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\s*(?:--|—)?\s*|\d+-[\d-]+\s+|[A-Z][\w-]*-based\s+"
            r"|COPYRIGHT\s+|©\s*|the\s+|of\s+)",
            name,
        )
        if m and m.end() < len(name) and not re.match(r"\d+[A-Za-z]", name):
            name, start = name[m.end() :], start + m.end()
            continue
        break
    parts = list(re.finditer(r"\s+(?:of|OF)\s+(?:the\s+|THE\s+)?", name))
    for p in reversed(parts):
        head, tail = name[: p.start()], name[p.end() :]
        head_words = {w.lower().strip(",.") for w in head.split() if not re.search(r"\d", w)}
        noise = _HEAD_NOISE | {"and", "&", "the", "of", "chief", "number", "incorporation"}
        if head_words & {"articles", "memorandum"}:
            noise = noise | {"association"}  # "Articles of Association of Globex plc"
        last = head.split()[-1].lower().strip(",.") if head.split() else ""
        person = len(head.split()) in (2, 3) and is_person_name(head)  # "Jane Roe of Globex LLP": her firm
        if has_legal_suffix(tail) and (
            head_words <= noise or is_title(head) or last in _ROLE_NOUNS or last in _PART_NOUNS or person
        ):
            if tail.startswith("Directors ") or tail.startswith("Trustees "):
                return trim_head(tail, start + p.end())  # "Board of Directors for Globex Company"
            return tail, start + p.end()
    for p in _TITLE_JOIN.finditer(name):
        head, tail = name[: p.start()], name[p.end() :]
        last = head.split()[-1].lower().strip(",.") if head.split() else ""
        if (is_title(head) or last in _ROLE_NOUNS) and has_legal_suffix(tail) and distinctive(org_core(tail)):
            return tail, start + p.end()
    for doc in reversed(list(_DOCUMENT_AND.finditer(name)) if " " in name else []):
        tail = name[doc.end() :]  # "the Option Agreement and Walgreen Co.": a document, then a party to it
        if has_legal_suffix(tail) and distinctive(org_core(tail)):
            return tail, start + doc.end()
        break
    party = _PARTY_AND.match(name)  # "between the Registrant and Globex LLC", "our Founders and X Trust"
    if party and has_legal_suffix(name[party.end() :]):
        return name[party.end() :], start + party.end()
    first = name.split()[0].lower() if name.split() else ""
    if (
        first in ("to", "acquire", "acquires", "acquired", "agrees", "names", "and", "visit")
        and len(name.split()) > 2
    ):
        rest = name.split(None, 1)[1]
        return rest, start + len(name) - len(rest)
    return name, start
