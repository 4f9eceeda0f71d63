"""What is not an organisation's name, and which words are too generic to be one.

Exchanges, regulators and public bodies are named often but never the
companies a filing is about; securities and tax terms ("Common Shares",
"PFIC"), headings and street addresses look like names and are not; a core of
generic words or places ("Public Company", "Delaware Corporation") names nothing.
"""

from __future__ import annotations

import re

from edgarkg.extractors.common import COUNTRIES, US_STATES
from edgarkg.text.names import has_legal_suffix, org_core

__all__ = [
    "REGIONS",
    "is_excluded_org",
    "is_junk_org",
    "common_noun",
    "has_word",
    "distinctive",
    "heading_words",
]

REGIONS = frozenset(
    {c.lower() for c in COUNTRIES}
    | {
        "uk", "us", "usa", "europe", "north america", "latin america", "south america", "asia",
        "asia pacific", "emea", "americas", "africa", "middle east", "nordic", "benelux", "australasia",
    }
)  # fmt: skip
"""Words that make "<organisation> <region>" a unit of that organisation ("Initech Canada")."""

# Exchanges, regulators and public bodies: named often, never the companies a filing is about.
_EXCLUDED = re.compile(
    r"(?i)\b(?:stock\s+exchange|stock\s+market|exchange\s+commission|securities\s+and\s+exchange|nasdaq|nyse"
    r"|amex|euronext|federal\s+reserve|internal\s+revenue|department\s+(?:of|for)|ministry"
    r"|congress|senate|parliament|government|securities\s+dealers|oversight\s+board"
    r"|exchange,?\s+inc|central\s+bank|federal\s+deposit(?:ory)?\s+insurance|pension\s+benefit\s+guaranty"
    r"|investor\s+protection|(?:regulatory|conduct|regulation|monetary)\s+authority|depository\s+trust)\b"
)
# words of public bodies that businesses use too: "MGA Agency, Inc.", "Commission Junction, LLC"
_PUBLIC_BODY = re.compile(r"(?i)\b(?:commission|agency|bureau|court)\b")
# a business form no public body takes
_BUSINESS_FORM = re.compile(r"(?i),?\s+(?:inc|incorporated|ltd|limited|llc|l\.l\.c|l\.?p|plc|co)\.?$")
# "State of Florida", "Republic of Korea": a government (but "Commonwealth of Delaware, Inc." is a firm)
_GOVERNMENT_OF = re.compile(
    r"(?i)(?:the\s+)?(?:state|commonwealth|republic|kingdom|province|government)\s+of\s"
)

# Core words too generic to name an organisation on their own.
GENERIC = frozenset(
    """
    public emerging growth investment affiliated parent power registered subject amended restated
    holding holdings operating the a an new other such each any our its their company corporation
    trust partnership limited commercial banks bank financial services group international national
    general american capital management fund third first second generation delaware affiliate
    partner no federal developing development stage liability age insurance private foreign
    dutch british german french swiss japanese canadian irish italian spanish chinese mexican
    brazilian australian belgian swedish danish norwegian finnish european english scottish
    series top best leading
    """.split()  # noqa: SIM905
)
COMMON_FIRST = frozenset(
    """
    royal koninklijke american general united national international first new southern northern
    eastern western central global standard public federal state great pacific atlantic north south
    east west capital financial gulf mid the
    """.split()  # noqa: SIM905
)
GENERIC_SECOND = frozenset(
    """
    computer computers systems software technologies technology communications holdings group corp
    inc electronics networks industries laboratories labs pharmaceuticals therapeutics motors motor
    """.split()  # noqa: SIM905
)
PLACES = frozenset(n.lower() for n in US_STATES.values()) | frozenset(c.lower() for c in COUNTRIES)


# Regulators and standard setters by their initials ("filed with the SEC", "a ruling from the IRS")
_AGENCY_INITIALS = frozenset(
    """
    SEC IRS FDA FTC DOJ EPA FASB IASB PCAOB FINRA OCC CFPB CFTC FCC FERC NRC USPTO EMA OFAC NHTSA OSHA
    DEA USDA HHS DOL NIH CDC ESMA NASAA MSRB SIPC FHFA HUD
    """.split()  # noqa: SIM905
)


def is_excluded_org(name: str) -> bool:
    """Exchanges, regulators and public bodies; they are named, not described."""
    if name.strip(" .,") in _AGENCY_INITIALS or _EXCLUDED.search(name):
        return True
    if _PUBLIC_BODY.search(name) and not _BUSINESS_FORM.search(name):
        return True
    return _GOVERNMENT_OF.match(name) is not None and not has_legal_suffix(name)


# Securities, tax and cover-page terms that end in "Company" or look like names, and headings.
_JUNK_TERM = re.compile(
    r"(?i)(?:passive\s+foreign\s+investment|controlled\s+foreign|shell|blank\s+check|emerging\s+growth"
    r"|smaller\s+reporting|investment|holding|reporting|personal\s+holding|foreign\s+private)\s+compan(?:y|ies)"
    r"|(?:common|preferred|ordinary|class\s+[a-z])\s+(?:shares?|stock|units?)|american\s+depositary\s+\w+"
    r"|(?:executive|named\s+executive)\s+officers?|directors?\s+and\s+(?:executive\s+)?officers?"
    r"|series\s+[a-z0-9]{1,3}\s+(?:shares?|stock|units?|preferred|notes?|debentures?)"
    r"|pfic|cfc|qef|u\.?s\.?a?|u\.?k\.?"
)
# a heading on the filer's status that ends like a name: "Implications of Being an Emerging Growth
# Company", "Status as a Controlled Company"
_STATUS_TAIL = re.compile(
    r"(?i)(?:\b(?:an?|as)\s+(?:shell|blank\s+check|controlled|foreign\s+private|public|reporting|holding"
    r"|investment|passive\s+foreign\s+investment)|\b(?:emerging\s+growth|smaller\s+reporting))\s+compan(?:y|ies)$"
    # "as a CSE Listed Company", "U.S. Public Company", "Objects and Purposes of Our Company"
    r"|^(?:(?:an?|as)\s+)*(?:(?:[A-Z][\w.]*|u\.s\.)\s+)?(?:listed|quoted|traded|public)\s+compan(?:y|ies)$"
    r"|\bour\s+compan(?:y|ies)$"
)
# what a benefit plan's trust is called: "Employee Stock Ownership Trust", "Savings and Investment Trust"
_PLAN_WORDS = frozenset(
    """
    employee employees stock ownership savings retirement pension incentive equity benefit benefits
    deferred compensation plan profit sharing investment thrift welfare voluntary and of the 401(k)
    """.split()  # noqa: SIM905
)
_PLAN_TRUST = re.compile(
    r"(?i)\b(?:retirement|pension|savings|ownership|benefits?|compensation|thrift|profit[- ]sharing|welfare"
    r"|plan|incentive|401\(k\))\s+trust$"
)
# a person's or a family's estate-planning trust, a selling or reporting holder's vehicle rather than an
# organisation the filing is about: "Levchin 2012 Irrevocable Trust", "John Smith Revocable Trust"
_PERSONAL_TRUST = re.compile(
    r"(?i)\b(?:revocable|irrevocable|living|family|grantor|dynasty|descendants[’']?|children[’']?s|gst|gift"
    r"|marital|testamentary|remainder|annuity|generation[- ]skipping)(?:\s+[\w.'’-]+)?\s+trust$"
)
# a table's row or column label, or a reporting period, read as a name:
# "Region Total Company", "Q1 Fiscal 2023 Company"
_LABEL_CORE = re.compile(
    r"(?i)\S.*\s(?:total|fiscal|region)$|\b(?:q[1-4]|fy\s?\d{2,4}|h[12]|fiscal\s+(?:19|20)\d\d)\b"
)
# a date read as a name before a column's "Company" heading: "through June 30 Company Name/Index"
_DATE_CORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?$"
)
# a table's total row: "Total Company", "Total Americas", "Subtotal Corporation"
_TOTAL_ROW = re.compile(
    r"(?i)(?:sub)?total\s+(?:company|companies|corporation|consolidated|segments?|(?:"
    + "|".join(sorted((re.escape(r) for r in REGIONS), key=len, reverse=True))
    + r"))$"
)
# a plural acronym ("MSRs", "IRLCs"), a group the document defines ("Related Parties", "LLC Members")
# or a site ("the Corsicana Facility"): a term, people or a place, not an organisation
_NOT_AN_ENTITY = re.compile(
    r"^[A-Z]{2,}s$|[\s-](?:Parties|Members|Holders|Stockholders|Shareholders|Investors|Purchasers|Sellers"
    r"|Guarantors|Borrowers|Lenders|Affiliates|Entities|Obligations|Facility|Facilities|Plant|Site|Project"
    r"|Account|Accounts|Board|Committee|Directors)$"
)
# "Castle Rock, CO", "Verdi, NV": a city and a state's postal code read as "Co" or "N.V."
_CITY_STATE = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s?(?:CO|NV)$")
# "Further, Corporation Equity Securities": a sentence adverb before a defined term
_ADVERB_HEAD = re.compile(
    r"(?i)(?:further|furthermore|moreover|however|additionally|accordingly|therefore|thus|also|finally),"
)
# "a C Corporation", "an S corporation": a tax status
_TAX_FORM = re.compile(r"(?i)[a-z]\s+corp(?:oration)?s?")
# a name that ends in the name of a document or a rule is that document:
# "Supply Agreement, AB", "Regulation AB"
_DOCUMENT_CORE = re.compile(r"(?i)(?:^|\s)(?:agreement|regulation|rule|act|law|plan|code|contract)$")
_STREET = re.compile(
    r"(?i)\b(?:rue|avenue|av|via|strasse|straße|str|street|road|weg|platz|chemin|route|allee|gasse|quai"
    r"|boulevard|blvd|calle|rua|laan|straat)\b|\w(?:strasse|straße|gasse|weg|platz|straat|laan|vej|gatan)\b"
)


def is_junk_org(name: str) -> bool:
    """Words that look like an organisation's name but are a securities or tax term ("Common Shares",
    "PFIC", "SHELL COMPANY"), a heading ("Executive Officers"), a street address
    ("Rue de la Gare 6") or a country's abbreviation ("U.S")."""
    flat = " ".join(name.split()).strip(" ,.;:")
    if _JUNK_TERM.fullmatch(flat) or "compan" in flat[-10:].lower() and _STATUS_TAIL.search(flat):
        return True
    core = org_core(flat)
    if (
        core
        and core != flat
        and len(core.split()) > 1
        and all(w.lower() in _PLAN_WORDS for w in core.split())
    ):
        return True  # a plan's trust, not an organisation the filing is about
    if flat.endswith("Trust") and (_PLAN_TRUST.search(flat) or _PERSONAL_TRUST.search(flat)):
        return True  # "Walgreen Profit-Sharing Retirement Trust": a benefit plan's trust; a family's trust
    if (
        core
        and core != flat
        and (_LABEL_CORE.search(core) or _DOCUMENT_CORE.search(core) or _DATE_CORE.match(core))
    ):
        return True
    if _TOTAL_ROW.match(flat) or _NOT_AN_ENTITY.search(flat) and not has_legal_suffix(flat):
        return True
    if _CITY_STATE.search(name) or _TAX_FORM.fullmatch(flat) or _ADVERB_HEAD.match(flat):
        return True
    return bool(
        not has_legal_suffix(flat)
        and re.search(r"\d", flat)
        and _STREET.search(flat)
        and re.search(r"(?:^\d|\s\d+[A-Za-z]?)$|^\d", flat)
    )


def common_noun(name: str, text: str) -> bool:
    """A one-word name without a legal form ("Equity", "Facility") that `text` also writes in lower
    case as an ordinary word: a thing the document defines, not an organisation."""
    word = name.strip()
    if not word or " " in word or has_legal_suffix(word) or not word[:1].isupper() or not word[1:].islower():
        return False
    return has_word(text, word.lower())


def has_word(text: str, word: str) -> bool:
    """`word` stands in `text` as a word of its own (a plain search: no pattern to compile per word)."""
    i = text.find(word)
    while i != -1:
        before, after = text[i - 1 : i] if i else " ", text[i + len(word) : i + len(word) + 1] or " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            return True
        i = text.find(word, i + 1)
    return False


def distinctive(core: str) -> bool:
    words = [w.lower().strip(".,&'’") for w in core.split()]
    words = [w for w in words if w and w not in ("and", "of", "&")]
    if not words:
        return False
    if len(words) == 1 and (words[0] in GENERIC or words[0] in PLACES or words[0].isdigit()):
        return False
    if all(w in PLACES for w in words) or " ".join(words) in PLACES:  # "Kentucky and Virginia Corporation",
        return False  # "West Virginia, Inc.": where it is incorporated
    if all(w in GENERIC or not re.search(r"[a-z]", w) for w in words):
        return False
    return any(re.search(r"[a-z]", w) for w in words)


BARE_SUFFIX = re.compile(r"(?i)(?:inc|corp|co|ltd|plc|llc|company|corporation|limited)\.?")
_HEADING = frozenset(
    """
    documents portions incorporated reference part item items exhibits exhibit schedule signatures
    table contents notes statements index financial report are not is be but include including may
    will
    """.split()  # noqa: SIM905
)


def heading_words(name: str) -> bool:
    """ "DOCUMENTS INCORPORATED BY REFERENCE": capitals that make a heading, not a name."""
    if not name.isupper():
        return False
    words = {w.lower().strip(",.") for w in org_core(name).split()}
    return bool(words & _HEADING) or not words
