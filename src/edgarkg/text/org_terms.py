"""The other names a document gives an organisation: tickers, defined terms, former names.

"Vandelay (NYSE: VDL)", "Vandelay Industries, Inc. (“Vandelay”)", "Initech
Corp., a Delaware corporation ("Initech")", "Initech, Inc. (formerly ABC&D,
Inc.)", and which organisation "the Company" stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from edgarkg.extractors.common import is_jurisdiction
from edgarkg.text.legal_names import trim_head
from edgarkg.text.names import has_legal_suffix, org_core
from edgarkg.text.org_filters import BARE_SUFFIX, GENERIC, PLACES, REGIONS, distinctive
from edgarkg.text.org_index import DocOrgs, OrgEntry

__all__ = ["add_tickers", "defined_terms", "former_names", "glossary_terms"]

TICKER = re.compile(  # words atomic and starting a token: linear on long runs ("NNNN...")
    r"(?=[A-Z0-9])(?<![\w&'’.\-])((?:(?>[A-Z0-9][\w&'’.\-]*)[ ,]+){0,4}?(?>[A-Z0-9][\w&'’.\-]*))\s*\(\s*"
    r"(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC|NYSE\s+American)"
    r"\s*(?:/\s*NMS)?\s*:\s*[A-Z.]{1,6}[^)]{0,30}\)"
)
_EXCHANGE = re.compile(r"\(\s*(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC)")
CLAUSE_WORDS = frozenset(
    """
    the a an today on in at for and but or with by as said about of from to that this - -- — –
    """.split()  # noqa: SIM905
)
# 'X (referred to herein, together with its subsidiaries, as "CWM")', 'X and its subsidiaries
# (collectively, NS)': a lead-in before the term still defines it, for the group the name heads
_LEAD_IN = (
    r"(?i:(?:referred\s+to\s+)?(?:herein(?:after)?|below)?\s*,?\s*"
    r"(?:(?:together|collectively)\s+with\s+(?:its|their)\s+(?:consolidated\s+)?subsidiaries)?\s*,?\s*"
    r"(?:collectively\s*,?\s*)?(?:as\s+)?)"
)
_DEFINED = re.compile(
    rf"\(\s*{_LEAD_IN}(?:the\s+)?[\"“”]([^\"“”()]{{1,40}})[\"”“]\s*\)"
    r"|\((?:collectively,?\s+)?([A-Z][\w&'’.\- ]{1,40})\)"
)
# the group a bare term names: "Norfolk Southern Corporation and its subsidiaries (collectively, NS)"
# ("... Corporation (Norfolk Southern) and its majority-owned and controlled subsidiaries (collectively, NS)")
_AND_ITS_SUBSIDIARIES = re.compile(
    r"(?i)\)?\s*(?:\([^()]{1,40}\)\s*)?and\s+(?:its|their)\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?subsidiaries\s*\Z"
)
_DEFINED_GENERIC = frozenset(
    """
    board company registrant committee plan agreement spin-off distribution notes stock shares rsus
    exchange act securities act reports report merger transaction offer purchaser buyer seller we us
    our corporation
    """.split()  # noqa: SIM905
)
_DEAL_WORDS = frozenset(
    """
    stock shares common preferred notes note ratio merger agreement plan markets market divestiture
    transaction offer price consideration effective time date rsus units warrants options debentures
    bonds facility
    """.split()  # noqa: SIM905
)
_FILER_TERMS = frozenset({"company", "registrant", "corporation", "issuer"})
# ", a Delaware corporation ", ", a Cayman Islands exempted company ": a legal form and where it is registered
_FORM_APPOSITIVE = re.compile(
    r",?[ ]an?[ ](?:[A-Z][\w.]*[ ]){1,3}(?:exempted[ ]|public[ ]limited[ ]|limited[ ]liability[ ]|stock[ ]"
    r"|statutory[ ]|business[ ])?(?:corporation|company|limited[ ]partnership|partnership|trust)[ ]?"
)


def add_tickers(
    flat: str,
    orgs: DocOrgs,
    original: Callable[[int, int], tuple[str, tuple[int, int]]],
    legal_ends: set[int],
) -> None:
    """ "Vandelay (NYSE: VDL)": the words before an exchange and symbol name a listed company
    (unless a legal name already ends there)."""
    if not _EXCHANGE.search(flat):  # no "(NYSE: ..." anywhere: skip the costlier pattern
        return
    for m in TICKER.finditer(flat):
        words = m.group(1).replace(",", " , ").split()
        while words and (words[0].lower() in CLAUSE_WORDS or words[0] == ","):
            words.pop(0)
        if not words or m.end(1) in legal_ends:
            continue
        a = m.start(1) + m.group(1).find(words[0])
        name, a = trim_head(" ".join(words).replace(" , ", ", ").strip(" ,"), a)
        if BARE_SUFFIX.fullmatch(name) or not distinctive(org_core(name)):
            continue
        shown, span = original(a, m.end(1))
        orgs.add(shown, span, "ticker")


# led by its first letter (no other letter folds to "f"), for `re` to skip to the candidates
_FORMERLY_ANY = re.compile(r"(?:\(\s*|,\s+)(?:formerly|f/k/a)\s")
_WE_AFTER = re.compile(r"(?i),\s+(?:we|the\s+company|it)\b")
_FORMERLY_WE = re.compile(r"[Ff](?<!\w.)(?i:ormerly\s+(?:known\s+as\s+|named\s+|called\s+)?)")
_FORMERLY = re.compile(r"\s*(?:\(\s*|,\s+)(?:formerly(?:\s+known\s+as)?|f/k/a)\s+")


def former_names(flat: str, orgs: DocOrgs) -> None:
    """ "Initech, Inc. (formerly ABC&D, Inc.)": the former name is another name of the same one."""
    stated = _FORMERLY_ANY.search(flat) is not None  # else no name is followed by one: skip reading them
    # a company that took its former name already is another company: after a reverse merger both
    # "Whitehawk, Inc. (f/k/a Aadi, Inc.)" and "Aadi Subsidiary, Inc. (formerly known as Aadi, Inc.)"
    given: set[str] = set()  # the former names read so far
    for m in orgs.mentions(flat) if stated else []:
        if m.entry is None:
            continue
        f = _FORMERLY.match(flat, m.end)
        if not f:
            continue
        later = [
            x
            for x in orgs.mentions(flat, f.end(), f.end() + 80)
            if x.start == f.end() and x.entry is not None
        ]
        if later:  # the mentions were read before earlier merges: their entries may be merged away
            now, former = _live(orgs, m.entry), _live(orgs, later[0].entry)
            written = " ".join(flat[later[0].start : later[0].end].split()).casefold()
            if now is not former and (written not in given or _compact(orgs, now) == _compact(orgs, former)):
                orgs.merge(now, former)
                given.add(written)
    # "Hooli Communications Inc. (Hooli) is ... Formerly known as Hooli Atlantic Corporation, we were ..."
    for f in _FORMERLY_WE.finditer(flat) if "formerly" in flat.lower() else ():
        if not any(
            flat[i] == "," and _WE_AFTER.match(flat, i) for i in range(f.end(), min(f.end() + 81, len(flat)))
        ):
            continue  # no ", we" where the name after it can end: nothing to read
        named = [
            x
            for x in orgs.mentions(flat, f.end(), f.end() + 80)
            if x.start == f.end() and x.entry is not None
        ]
        before = [x for x in orgs.mentions(flat, max(0, f.start() - 600), f.start()) if x.entry is not None]
        if named and before and _WE_AFTER.match(flat, named[0].end):
            now, former = _live(orgs, before[0].entry), _live(orgs, named[0].entry)
            if now is not former:
                orgs.merge(now, former)

    # "Following the Merger, Tyco changed its name to “Johnson Controls International plc.”"
    for c in _CHANGED_NAME.finditer(flat) if "changed its name to" in flat else ():
        old = [x for x in orgs.mentions(flat, max(0, c.start() - 120), c.start()) if x.entry is not None]
        new = [x for x in orgs.mentions(flat, c.end(), c.end() + 120) if x.entry is not None]
        if old and new and old[-1].end == c.start() and new[0].start == c.end():
            now, former = _live(orgs, new[0].entry), _live(orgs, old[-1].entry)
            if now is not former:
                orgs.merge(now, former)


_CHANGED_NAME = re.compile(r"\s+changed\s+its\s+name\s+to\s+[“\"]?")


def _compact(orgs: DocOrgs, entry: OrgEntry) -> str:
    """A name's key without spaces: "J. P. Morgan Trust" and "J.P. Morgan Trust" are one spelling."""
    return orgs.key(entry.name).replace(" ", "")


def _live(orgs: DocOrgs, entry: OrgEntry) -> OrgEntry:
    """The entry a name now belongs to: itself, or the one it was merged into."""
    return orgs.resolve(entry.name) or entry


def defined_terms(flat: str, orgs: DocOrgs, at: object) -> None:
    """Defined terms: "Vandelay Industries, Inc. (“Vandelay”)", "Initech Corp., a Delaware
    corporation ("Initech")", and what "the Company" stands for."""
    known: list[tuple[int, int, OrgEntry]] = []
    ends: list[int] = []
    for i, m in enumerate(_DEFINED.finditer(flat)):
        if i == 0:  # the names known before any term is defined; read only when a term is
            known = [(x.start, x.end, x.entry) for x in orgs.mentions(flat) if x.entry is not None]
            ends = [e for _, e, _ in known]
        quoted, bare = m.group(1), m.group(2)
        term = " ".join((quoted or bare or "").split())
        if not term:
            continue
        here = m.start()
        formerly = (
            _FORMERLY_PAREN.search(flat, max(0, here - 130), here)
            if flat[here - 2 : here] in (") ", "))")
            else None
        )
        if formerly:  # "Luminant Generation Company LLC (formerly TXU Generation Company LP) (Luminant)"
            here = formerly.start()
        lo, hi = bisect_left(ends, here - 200), bisect_right(ends, here)
        before = [k for k in known[lo:hi] if k[1] <= here]
        sentence_start = _sentence_start(flat, m.start())
        before = [k for k in before if k[0] >= sentence_start]
        if not before:
            continue
        # the appositive's head: skip organisations named inside it ("subsidiary of Hooli.com"),
        # unless the term follows one directly and names it ("subsidiary of Initech Corp. ("IC")")
        target, target_end = None, here
        last_s, last_e, last_entry = before[-1]
        adjacent = not flat[last_e:here].strip(" ,")
        for s, e, entry in [] if adjacent and _related(term, last_entry) else reversed(before):
            if re.search(r"(?i)\b(?:of|with|by|from)\s*$", flat[max(0, s - 6) : s]) and s != before[0][0]:
                continue
            gap = flat[e:here]
            if quoted is None and gap.strip() and not _AND_ITS_SUBSIDIARIES.match(gap):
                break  # a bare "(Name)" must follow the name directly
            target, target_end = entry, e
            break
        if target is None:
            if not adjacent:
                continue
            target, target_end = last_entry, last_e
        low = term.casefold()
        short = orgs.resolve(term)
        if (
            short is not None
            and short is not target
            and short.span[0] >= at(m.start())  # type: ignore[operator]
            and has_legal_suffix(term)
            and _related(org_core(term), target)
        ):  # "International Aero Engines, LLC (IAE LLC)": the term, read as a name of its own, is this one's
            orgs.merge(target, short)
            continue
        if quoted and low in _FILER_TERMS:
            orgs.define_company(at(m.start()), target)
            continue
        if quoted and term.startswith("The ") and _related(term[4:], target):
            # 'Acme First Capital Corporation ("The Acme")': a capitalised "The" is part of the term the
            # document calls the company by; the term then names it, not another's short form ("Acme")
            orgs.alias(target, term, defined=True)
            continue
        if low in _DEFINED_GENERIC or low.startswith(("the ", "our ")):
            continue
        words = term.split()
        if any(w.lower() in _DEAL_WORDS for w in words) and not re.search(r"(?i)\bsub\b", term):
            continue
        if not all(w[0].isupper() or w[0].isdigit() or w.lower() in ("and", "of", "&") for w in words):
            continue
        # described in lower case ("its external manager"): a capitalised word there names another
        # organisation the finder missed ("with Randgold Resources (DRC) Limited (“Randgold”)")
        described = quoted and term.lower() in flat[target_end:here].split()
        if (
            _related(term, target)
            or described  # "Vandelay Management, LLC, the Company's external manager (the “Manager”)"
            or (quoted and re.search(r"(?i)\b(?:sub|merger|holdings|parent|acquisition)\b", term))
            or (quoted and target_end == last_e and adjacent)  # 'Initech, Inc. (the "General Partner")'
            # 'ACON S2 Acquisition Corp., a Cayman Islands exempted company (“STWO”)': the appositive says
            # only what kind of company the name is, so the term is its short form
            or (quoted and target_end == last_e and _FORM_APPOSITIVE.fullmatch(flat, target_end, here))
            # "Saudi Arabian Mining Company (Ma’aden)": one word in parentheses right after a legal name
            or (
                bare
                and target_end == last_e
                and adjacent
                and has_legal_suffix(target.name)
                and _bare_term(term)
            )
        ):
            orgs.alias(target, term, defined=bool(quoted))

    if "“we”" in flat or '"we"' in flat or "“Company”" in flat or '"Company"' in flat:
        _filer_terms(flat, orgs, at)


# a parenthesis of several terms, the filer's words among them: '("we", the "Company", or "BMS")'
_TERMS_PAREN = re.compile(r"\((?=[^()]{0,160}[\"“](?:we|Company|Registrant)[\"”])([^()]{4,160})\)")
_QUOTED = re.compile(r"[\"“]([^\"“”]{1,40})[\"”]")


def _filer_terms(flat: str, orgs: DocOrgs, at: object) -> None:
    """'Bristol-Myers Squibb Company ("we", the "Company", or "BMS")': every term of the list
    names the company before it, "the Company" among them, so its initials "BMS" are its name too."""
    for m in _TERMS_PAREN.finditer(flat):
        terms = [" ".join(t.split()) for t in _QUOTED.findall(m.group(1))]
        if len(terms) < 2:
            continue
        before = [x for x in orgs.mentions(flat, max(0, m.start() - 200), m.start()) if x.entry is not None]
        if not before or flat[before[-1].end : m.start()].strip(" ,"):
            continue  # the list must follow the name
        target = before[-1].entry
        for term in terms:
            low = term.casefold()
            if low in _FILER_TERMS:
                orgs.define_company(at(m.start()), target)  # type: ignore[operator]
            elif (
                low not in _DEFINED_GENERIC
                and not any(w.lower() in _DEAL_WORDS for w in term.split())
                and all(w[:1].isupper() or w[:1].isdigit() for w in term.split())
            ):
                orgs.alias(target, term, defined=True)


_FORMERLY_PAREN = re.compile(r"\((?:formerly|previously|f/k/a)\s[^()]{1,100}\)\s*\Z")
# words a party is called in parentheses after its name: a role in the document, not a name of it
_ROLE_TERMS = frozenset(
    """
    issuer guarantor guarantors parent borrower lender lenders trustee agent seller buyer purchaser sponsor
    depositor servicer manager adviser advisor administrator underwriter underwriters licensor licensee
    lessor lessee landlord tenant customer supplier
    """.split()  # noqa: SIM905
)


def _bare_term(term: str) -> bool:
    """A one-word name in parentheses ("Ma’aden", "AofA"), not a place, role or abbreviated form."""
    low = term.casefold()
    return (
        " " not in term
        and any(c.islower() for c in term)
        and low not in _ROLE_TERMS
        and low not in _DEFINED_GENERIC
        and low not in REGIONS
        and low not in PLACES
        and not is_jurisdiction(term)
        and not BARE_SUFFIX.fullmatch(term)
    )


# led by the class of its first characters, for `re` to skip to them
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<!\bInc.)(?<!\bCorp.)(?<!\bCo.)(?<!\bLtd.)(?<!\b[A-Z].)\s+(?=[A-Z(])|(?<=\n)\n)"
)


def _sentence_start(flat: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(flat, max(0, pos - 400), pos)]
    return ends[-1] if ends else max(0, pos - 400)


def _related(term: str, entry: OrgEntry) -> bool:
    """A defined term names the entry: it shares a distinctive word or spells its initials."""
    names = [entry.name, *entry.aliases]
    tw = {w.casefold().strip(".,") for w in term.split()}
    for n in names:
        words = [w for w in re.split(r"[\s,]+", org_core(n)) if w]
        if tw & {w.casefold() for w in words if w.casefold() not in GENERIC}:
            return True
        spelt = term.replace(".", "").replace(" ", "").upper()
        # the initials of the name, with or without its legal form ("Globex Capital Corp." is GC or GCC)
        for ws in (words, [w for w in re.split(r"[\s,]+", n) if w]):
            initials = "".join(
                w[0] for w in ws if w[0].isupper() or w[0] == "&" or w.lower() not in ("and", "of")
            )
            if spelt == initials.replace("&", "").upper() and len(term) >= 2:
                return True
        linked = "".join(
            w if w in ("of", "and", "&") else w[0] for w in words if w[0].isupper() or w in ("of", "and", "&")
        )
        if term.replace(" ", "") == linked and len(term) >= 3:
            return True  # "AofA": "Alcoa of Australia" with its linking word written out
    return False


# a glossary line: '“Forward Switzerland” refers to Forward Industries (Switzerland) GmbH;', led by its
# quote for `re` to skip to it
_REFERS = re.compile(r"[“\"]([A-Z][^”\"\n]{1,40})[”\"],?\s+(?:refers|refer|means)\s+(?:to\s+)?")
_CLAUSE_END = re.compile(r";|\.\s|\n")


def glossary_terms(flat: str, orgs: DocOrgs) -> None:
    """ "“Forward US” refers to Forward Industries’ wholly owned subsidiary Forward Industries (IN),
    Inc.": the term names the organisation its clause ends on (a glossary, as 10-Ks open with), when it
    shares a word with it (not "“Consolidated Subsidiary” means any subsidiary of Globex Capital")."""
    if "refer" not in flat and "means" not in flat:
        return
    for m in _REFERS.finditer(flat):
        term = " ".join(m.group(1).split())
        low = term.casefold()
        if low in _DEFINED_GENERIC or low in _FILER_TERMS or low.startswith(("the ", "our ", "we")):
            continue
        words = term.split()
        if any(w.lower() in _DEAL_WORDS for w in words) or not all(
            w[:1].isupper() or w[:1].isdigit() for w in words
        ):
            continue
        stop = _CLAUSE_END.search(flat, m.end(), m.end() + 200)
        found = [x for x in orgs.mentions(flat, m.end(), stop.start() if stop else m.end() + 200) if x.entry]
        if found and orgs.resolve(term) is None and _related(term, found[-1].entry):
            orgs.alias(found[-1].entry, term, defined=True)
