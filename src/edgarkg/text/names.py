"""Recognisers for the names and titles that filings write in prose.

Three kinds of phrase, each with a finder (spans in running text) and a test
(is this bounded string one?):

- person names: "John A. Smith", "A.B. van der Berg", "Henry Jones, Jr.",
  "JANE R. ROE" (capitals only where the caller says so);
- organisation names: "Acme Widgets, Inc.", "xyzCo plc", "Royal Acme (NYSE: ACM)";
- job titles: "Executive Vice President and Chief Financial Officer",
  "chief marketing and data officer", "Head of Media Relations".

There is deliberately no list of first names: a capitalised run is only a
person where the surrounding structure says so (a title next to it, "/s/",
"Name:", "Mr."), and the recognisers here only rule out what cannot be a name
(months, title words, company words, document words). `role_for_title`
normalises a title to one small vocabulary of roles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from edgarkg.text.trie import trie_pattern

__all__ = [
    "PERSON_NAME",
    "CAPS_PERSON_NAME",
    "find_person_names",
    "leading_person_name",
    "is_person_name",
    "clean_person_name",
    "surname",
    "ORG_NAME",
    "find_org_names",
    "is_org_name",
    "has_legal_suffix",
    "org_core",
    "OrgLexicon",
    "TitleMatch",
    "match_title",
    "find_titles",
    "is_title",
    "clean_title",
    "ends_with_title_head",
    "role_for_title",
    "ROLES",
]


def _words(text: str) -> frozenset[str]:
    """A word list written as one string (one vocabulary per constant, easy to read and extend)."""
    return frozenset(text.split())


# --- person names -----------------------------------------------------------

_U = "A-ZÀ-ÖØ-Þ"
_L = "a-zß-öø-ÿ"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Hon|Sir|Dame|Miss)\.?"
# "Smith", "McDonald", "DiMaggio", "O’Neill", "Jean-Luc", "Núñez"
_WORD = rf"(?:[{_U}](?:[{_L}]+(?:[{_U}][{_L}]+)?|['’][{_U}][{_L}]+)(?:-[{_U}]?[{_L}]+)*)"
_INITIAL = rf"(?:[{_U}]\.(?:[ ]?[{_U}]\.){{0,2}})"
_PARTICLE = r"(?:van|von|de|del|della|der|den|da|di|du|le|la|ten|ter|dos|das|bin)"
_SUFFIX = r"(?:,?[ ](?:Jr|Sr)\.?|,?[ ](?:II|III|IV))(?![\w])"
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"  # a name may wrap once onto the next line
PERSON_NAME = (
    rf"(?:{_HONORIFIC}{_GAP})?(?:{_WORD}|{_INITIAL})(?:{_GAP}(?:{_WORD}|{_INITIAL}|[\"“][{_U}][{_L}]+[\"”])){{0,3}}"
    rf"(?:{_GAP}{_PARTICLE}){{0,2}}{_GAP}{_WORD}(?:{_SUFFIX})?"
)
"""Regex source of a mixed-case person name (given names or initials, particles, family name, suffix)."""

_CAPS_WORD = rf"(?:[{_U}](?:[{_U}]+|['’][{_U}]+)(?:-[{_U}]+)*)"
CAPS_PERSON_NAME = (
    rf"(?:{_CAPS_WORD}|{_INITIAL})(?:[ ]+(?:{_CAPS_WORD}|{_INITIAL})){{0,3}}[ ]+{_CAPS_WORD}"
    rf"(?:,?[ ](?:JR|SR|II|III|IV)\.?)?"
)
"""Regex source of a person name in capitals ("JANE R. ROE"), for signature lines."""

_PERSON_RE = re.compile(rf"(?<![\w.&@/-])(?:{PERSON_NAME}|{_HONORIFIC}[ ]{_WORD})(?![\w@]|['’]s\b)")
_CAPS_RE = re.compile(rf"^{CAPS_PERSON_NAME}$")
_HONORIFIC_RE = re.compile(rf"^{_HONORIFIC}\s+")

# Capitalised words that are never part of a person's name in a filing.
_NOT_NAME = _words(
    """
    january february march april june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday president
    vice chief officer officers executive executives senior director directors chairman chairwoman
    chairperson chair secretary treasurer controller comptroller counsel general manager head assistant
    deputy associate managing principal board committee member members founder partner governor clerk
    ceo cfo coo cto cio cmo evp svp vp inc incorporated corp corporation co company companies llc llp lp
    ltd limited plc trust fund partners holdings holding group capital management advisors bank bancorp
    foundation sa ag nv international technologies technology systems industries energy services
    solutions global america american national financial securities exchange commission registrant item
    items section exhibit exhibits form rule act report reports release press contact contacts media
    investor investors relations date dated name title signature signatures page table note notes total
    net income revenue revenues fiscal year quarter annual current statement statements agreement plan
    stock shares share common preferred telephone phone fax email mail web website office offices street
    avenue road drive boulevard suite floor plaza parkway highway center city county states kingdom
    republic europe asia pacific atlantic the this that these those we our us it its he she his her they
    their in on for as at by if of and or to from with upon after before during under each all any no
    not such other per pro forma about regarding re attn attention dear sincerely tel fax mobile cell
    www http https department division unit segment operations business market markets products product
    names announces appoints elects reports promotes hires welcomes adds joins acquires completes
    launches introduces signs since until following prior between whereas hereby status continuous plan
    option options employee employees administrator participant participants optionee grantee holder
    holders purchaser seller buyer lender lenders borrower agent guarantor lessee lessor tenant landlord
    licensee licensor beneficiary independent interested non nominee nominees audit compensation
    nominating governance award awards ratio information policy policies program programs pay salary
    bonus incentive incentives grant grants retirement pension severance equity performance matters
    proposal proposals guidelines summary overview highlights vote meeting election review discussion
    analysis letter message community communications marketing sales finance engineering research
    development position positions arrangement arrangements supply school clinic university college
    hospital institute academy past years convertible redeemable cumulative participating
    former corporate nil
    """
)


# Words that are family names ("Jane West", "John Newman") but never begin a person's name.
_NOT_FIRST_NAME = _words(
    """
    north south east west new central united great upper lower saint san santa los las
    series class article persons control
    """
)


def _fold(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_TOKEN_SPLIT = re.compile(r"[\s,]+")
_GENERATION = re.compile(r"(?:Jr|Sr|JR|SR)\.?|II|III|IV")
_PERSON_FULL = re.compile(PERSON_NAME)


def _name_tokens(name: str) -> list[str]:
    body = _HONORIFIC_RE.sub("", name.strip())
    return [t for t in _TOKEN_SPLIT.split(body) if t]


def is_person_name(s: str, *, allow_caps: bool = False, allow_surname: bool = False) -> bool:
    """True when the whole of `s` reads as a natural person's name.

    Two to six tokens (given names or initials, particles, family name,
    Jr./III); none of them a month, a title word, a company word or a
    document word. Capitals-only names count only with `allow_caps`; a single
    family name only with `allow_surname` and an honorific ("Mr. Smith").
    """
    s = " ".join(s.split())
    if len(s) > _CACHED_LEN:  # never a name; not kept in the cache
        return _person_name(s, allow_caps, allow_surname)
    return _cached_person_name(s, allow_caps, allow_surname)


_CACHED_LEN = 300  # strings the name tests remember: the rules ask the same candidates many times


def _person_name(s: str, allow_caps: bool, allow_surname: bool) -> bool:
    """`is_person_name` of a squashed string."""
    if not s:
        return False
    has_honorific = bool(_HONORIFIC_RE.match(s))
    tokens = _name_tokens(s)
    if not tokens or len(tokens) > 6:
        return False
    words = [t for t in tokens if not _GENERATION.fullmatch(t)]
    if len(words) < 2 and not (allow_surname and has_honorific and len(words) == 1):
        return False
    caps = s.upper() == s
    if caps and not allow_caps:
        return False
    # the word lists first: they are cheaper than the name patterns and rule out most candidates
    for k, t in enumerate(words):
        bare = _fold(t.strip('."“”')).lower()
        if bare in _NOT_NAME or (k == 0 and bare in _NOT_FIRST_NAME):
            return False
    body = " ".join(tokens)
    if caps:
        if not _CAPS_RE.match(body) and not (allow_surname and has_honorific):
            return False
    elif not (allow_surname and has_honorific) and not _PERSON_FULL.fullmatch(body):
        return False
    if not any(len(t.strip(".")) > 1 for t in words):  # initials only
        return False
    return _initials_in_place(words)


_cached_person_name = lru_cache(maxsize=1 << 15)(_person_name)
_CAP_PARTICLE = re.compile(r"(?:Van|Von|De|Del|Della|Der|Den|Da|Di|Du|Le|La|Dos|Das)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_INITIALS_ORDER = re.compile(r"i*w+|w+i+w")


def _initials_in_place(words: list[str]) -> bool:
    """Initials lead a name or sit in one run before the family name ("E. Ramsey Stacy R. Brandom" is two)."""
    kinds = [
        "i" if _INITIALS.fullmatch(w) else "w"
        for k, w in enumerate(words)
        if not w[:1].islower() and not (0 < k < len(words) - 1 and _CAP_PARTICLE.fullmatch(w))
    ]  # "Jane Q. Del Rio": a capitalised particle belongs to the family name
    return bool(_INITIALS_ORDER.fullmatch("".join(kinds)))


_SPLIT_TOKEN = re.compile(r"\S+")


def leading_person_name(s: str, *, allow_caps: bool = False, max_words: int = 6) -> int | None:
    """Length of the longest person name at the start of `s`, or None.

    "William E. Shea Senior Vice President" → 15.

    For cells and lines that run a name into a title without punctuation; a
    title word never belongs to a name, so the longest valid prefix is the name.
    """
    if len(s) > _CACHED_LEN:
        return _leading_person_name(s, allow_caps, max_words)
    return _cached_leading_person_name(s, allow_caps, max_words)  # table and contact rules ask alike


def _leading_person_name(s: str, allow_caps: bool, max_words: int) -> int | None:
    tokens = list(_SPLIT_TOKEN.finditer(s))
    for k in range(min(len(tokens), max_words), 1, -1):
        end = tokens[k - 1].end()
        cand = s[:end].rstrip(",")
        if is_person_name(cand, allow_caps=allow_caps):
            return len(cand)
    return None


_cached_leading_person_name = lru_cache(maxsize=1 << 14)(_leading_person_name)


def find_person_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of mixed-case person-name candidates in `text[start:end]`.

    A capitalised run is trimmed at words that cannot be in a name, so
    "said Chairman and CEO John A. Smith" yields "John A. Smith" and "Mr. Smith"
    is kept (an honorific makes a lone family name a person). Callers decide
    from the context whether a candidate is a person.
    """
    stop = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    pos = start
    while pos < stop:
        m = _PERSON_RE.search(text, pos, stop)
        if not m:
            break
        spans = _valid_sub_spans(text, m.start(), m.end())
        # "Chief Financial Officer John Q. Smith": the run stopped at its length limit inside a name
        # ("...Officer John", "...Officer Mary Ann" + " Lee"): read the name again from where it starts
        if (not spans or spans[-1][1] >= m.end()) and _RUN_GOES_ON.match(text, m.end(), stop):
            restart = spans[-1][0] if spans else text.rfind(" ", m.start(), m.end()) + 1
            if restart > m.start():
                if spans and spans[-1][0] == restart:
                    spans.pop()
                found.extend(spans)
                pos = restart
                continue
        found.extend(spans)
        if not spans:
            pos = m.end()
        else:
            pos = m.end() if spans[-1][1] >= m.end() else max(spans[-1][1], m.start() + 1)
        if pos <= m.start():
            pos = m.end()
    return found


_RUN_GOES_ON = re.compile(rf"[ \t]+(?:[{_U}][{_L}]|[{_U}]\.)")


def _valid_sub_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The longest valid names inside a capitalised run, split at non-name words."""
    chunk = text[a:b]
    if is_person_name(chunk, allow_surname=True):
        return [(a, b)]
    toks = [(a + t.start(), a + t.end()) for t in _SPLIT_TOKEN.finditer(chunk)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        best = None
        for j in range(len(toks), i, -1):
            s, e = toks[i][0], toks[j - 1][1]
            cand = text[s:e].rstrip(",")
            e = s + len(cand)
            if is_person_name(cand, allow_surname=True) and _PERSON_FULL.fullmatch(cand):
                best = (s, e, j)
                break
        if best:
            out.append((best[0], best[1]))
            i = best[2]
        else:
            i += 1
    return out


# "Peter M. Fasolo, Ph.D.", "Jane Roe, M.D., Ph. D.": academic and professional degrees after a name
_DEGREES = re.compile(r"(?:,?\s*(?:Ph\.\s?D|M\.\s?D|J\.\s?D|M\.\s?B\.\s?A|Esq|CPA)\.?)+$")


def strip_degrees(s: str) -> str:
    """A name cell without the degrees written after the name, which are no part of it."""
    return _DEGREES.sub("", s) if len(s) <= 80 else s


def clean_person_name(s: str) -> str:
    """Display form: honorifics dropped, white space squashed, capitals-only names in title case."""
    body = " ".join(_HONORIFIC_RE.sub("", " ".join(s.split())).split()).strip(" ,;:")
    body = body.strip("_").strip()
    if body.upper() == body:
        body = " ".join(_title_case_word(w) for w in body.split())
    return body


def _title_case_word(w: str) -> str:
    if re.fullmatch(r"(?:II|III|IV)", w):
        return w
    if re.fullmatch(r"(?:[A-Z]\.)+", w):
        return w
    parts = re.split(r"([-'’])", w.lower())
    return "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts)


def surname(name: str) -> str:
    """The family name: "Henry Jones, Jr." → "Jones", "A.B. van der Berg" → "Berg"."""
    words = [t for t in _name_tokens(name) if not re.fullmatch(r"(?:Jr|Sr)\.?|II|III|IV", t, re.I)]
    return words[-1] if words else name


# --- organisation names -----------------------------------------------------

_SUFFIXES = _words(
    """
    Inc Incorporated Corp Corporation Company Co Cos plc P.L.C Ltd Limited LLC L.L.C L.P LP LLP N.V NV
    S.A SA AG SE GmbH B.V BV S.p.A A/S ASA AB Oyj K.K Pty Bancorp Trust Partnership SARL S.A.R.L
    S.a.r.l SRL S.R.L S.r.l Pte Bhd P.C PLLC P.L.L.C L.L.P Plc SpA KK KGaA
    """
)
# Legal-form words as written in names: "Inc.", "PLC", and the capitals of registrant lines ("COMPANY").
# A trie, not a flat alternation: a name's pattern tests for one at every word, a hundred words each time.
_SUFFIX_FORMS = _SUFFIXES | {w.upper() for w in _SUFFIXES}
_LEGAL_SUFFIX = f"(?:{trie_pattern(_SUFFIX_FORMS)})" + r"\.?"
# Each word is atomic: what may follow one (a space or a comma) is never part of it, so giving
# characters back cannot help, and a long run of word characters is read once, not once per split.
# A lone "&" is a link ("Barnes & Noble"), not also a word: as both, "& & & ..." took exponential time.
_ORG_WORD = (
    r"(?:(?>(?:[A-Z]\.){2,})|(?>[A-Z0-9][\w&'’\-]*(?:\.[\w&'’\-]+)*)"
    r"|(?>[a-z]+[A-Z0-9][\w&'’\-]*(?:\.[\w&'’\-]+)*))"
)
# "Mineração Rio do Norte S.A.", "Banco del Estado S.A."
_ORG_LINK = r"(?:of|and|&|the|de|du|do|da|dos|das|del|for|an|a|OF|AND|THE|FOR)"
ORG_NAME = (
    rf"(?:(?!{_LEGAL_SUFFIX}[ ]+|Co-[A-Z])"  # a name does not start with a legal-form word, nor "Co-Chair"
    rf"{_ORG_WORD}(?:[ ]+(?:{_ORG_LINK}[ ]+){{0,3}}(?!{_LEGAL_SUFFIX}(?:,?[ ](?!of[ ])|$)){_ORG_WORD}){{0,6}}"
    rf"(?:,?[ ]+(?:and[ ]+|&[ ]+)?{_LEGAL_SUFFIX})(?:,?[ ]+{_LEGAL_SUFFIX})?"
    rf"|(?>[A-Z][\w&'’\-]*)(?:,\s+(?>[A-Z][\w&'’\-]*)){{1,3}}\s+(?:and|AND|&)\s+(?:Co|CO|Company|COMPANY)\.?)"
)
"""Regex source of an organisation name that ends in a legal suffix ("Acme Widgets, Inc.", "xyzCo plc")."""

# not inside a token: after a letter, "-" or a dotted word ("95.95.95", "U.S.Steel"); nor before a
# hyphenated word ("Jane Roe, Co-President": "Co" is a prefix there, not a legal form)
_ORG_RE = re.compile(
    rf"(?<![\w&'’])(?<!\w-)(?<![\w&'’]\.)(?=[A-Z0-9]|[a-z]+[A-Z0-9])"  # a quick first test
    rf"{ORG_NAME}(?![\w]|-\w)"
)
_LEGAL_END = re.compile(rf"(?:,?\s+|^){_LEGAL_SUFFIX}\s*$")
# Words that start a sentence or a clause, never an organisation's name.
_NOT_ORG_START = _words(
    """
    the a an this that these those today yesterday on in at for and but or with under from by both each
    as if when while after before during since following including between among said according pursuant
    our its their his her we it upon about through via into item exhibit form dated date signature name
    title by
    """
)
# Nouns that make a phrase an organisation even without a legal suffix.
_ORG_TYPE_WORDS = _words(
    """
    department ministry commonwealth government agency administration university college institute
    foundation council commission authority bank trust fund association society partnership corporation
    company incorporated limited exchange republic kingdom bureau
    """
)


def has_legal_suffix(name: str) -> bool:
    """True when a name ends in a legal-form word: "Acme Widgets, Inc.", "XYZCO PLC", "Acme N.V."."""
    return bool(_LEGAL_END.search(" ".join(name.split())))


_LOCATED = re.compile(r"[A-Z][\w.]*-(?:based|headquartered|born|owned|listed)$")  # "Atlanta-based"
_FIRST_WORD = re.compile(r"(\S+)[ ]+")


def find_org_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of organisation names ending in a legal suffix, leading clause words trimmed."""
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for m in (m for a, b in _org_windows(text, start, stop) for m in _ORG_RE.finditer(text, a, b)):
        a, b = m.start(), m.end()
        # trim words that start clauses ("Today Acme Inc." → "Acme Inc.")
        while True:
            w = _FIRST_WORD.match(text[a:b])
            if not w or (
                w.group(1).lower().strip(",") not in _NOT_ORG_START and not _LOCATED.match(w.group(1))
            ):
                break
            a += w.end()
        if _LEGAL_END.fullmatch(" " + text[a:b].strip()):
            continue  # a bare suffix
        out.append((a, b))
    return out


# What a name `_ORG_RE` finds holds: a legal suffix after a space, or (its second form) "and Co".


_SPACED_SUFFIX = re.compile("[ ]" + trie_pattern(_SUFFIX_FORMS))
_AND_CO = re.compile(r"(?:and|AND|&)\s+(?:Co|CO)")
_NON_SPACE = re.compile(r"\S")
_AND_CO_LINES = 4  # lines above "and Co" its name may start on: "Smith,\nBarney,\nHarris,\nUpham\nand Co."


def _org_windows(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Whole lines of `text[start:stop]` that may hold an organisation name, in order, merged.

    `_ORG_RE` tries every capitalised word and gives up only after seven,
    which is most of its time on a long filing; two thirds of the lines have
    no legal suffix, and so no name. Its first form stays on one line (it
    joins words with spaces), with a suffix on it; its second may run over
    lines ("Smith,\nBarney and Co."), up to four words above its "and Co".
    Windows start and end at line breaks, which no name touches, so
    `finditer` within them finds what it finds over the whole text.
    """
    found: list[tuple[int, int]] = []
    done = start
    h = _SPACED_SUFFIX.search(text, start, stop)
    while h is not None:  # one window a line: the rest of the line is in it
        done = _line_end(text, h.end(), stop)
        found.append((_line_start(text, start, h.start()), done))
        h = _SPACED_SUFFIX.search(text, done, stop)
    done = start
    for h in _AND_CO.finditer(text, start, stop):
        if h.start() < done:  # on lines already taken: take the lines its "Co" runs on to as well
            if h.end() > done:  # (`done` is a line's end: a "Co" before it is on a line taken)
                done = _line_end(text, h.end(), stop)
                found[-1] = (found[-1][0], done)
            continue
        a = _line_start(text, start, h.start())
        above = _AND_CO_LINES
        while above and a > start:
            prev = _line_start(text, start, a - 1)
            if _NON_SPACE.search(text, prev, a):
                above -= 1
            a = prev
        done = _line_end(text, h.end(), stop)
        found.append((a, done))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _line_start(text: str, floor: int, pos: int) -> int:
    """Start of the line holding `pos` (not before `floor`); each look stays within that line."""
    floor = max(floor, text.rfind("\n", floor, pos) + 1)
    return max(floor, text.rfind("\r", floor, pos) + 1)


def _line_end(text: str, pos: int, ceiling: int) -> int:
    """End of the line holding `pos` (not after `ceiling`); each look stays within that line."""
    newline = text.find("\n", pos, ceiling)
    ceiling = ceiling if newline < 0 else newline
    ret = text.find("\r", pos, ceiling)
    return ceiling if ret < 0 else ret


def is_org_name(s: str) -> bool:
    """True when `s` names an organisation by its form: a legal suffix, or a word like Department or Bank."""
    s = " ".join(s.split()).strip(" ,.;:")
    if not s or not (s[0].isupper() or s[0].isdigit() or re.match(r"[a-z]+[A-Z0-9]", s)):
        return False
    if has_legal_suffix(s):
        return True
    words = {w.lower().strip(".,’'s") for w in s.split()}
    return bool(words & _ORG_TYPE_WORDS) and not words <= _DEPARTMENT_WORDS


# A department a title heads, not an employer: "Human Resources and Administration", "Government Affairs".
# (stripped of a final "s" like the words they are compared with)
_DEPARTMENT_WORDS = _words(
    """
    human resource finance financial administration administrative operation legal accounting marketing
    sale planning development strategy strategic technology engineering manufacturing communication
    compliance treasury audit internal risk tax taxation research investor relation corporate affair
    public government regulatory global worldwide busines supply chain procurement service product
    and &
    """
)


@lru_cache(maxsize=1 << 14)  # the org rules ask for the core of the same few hundred names many times
def org_core(name: str) -> str:
    """The distinctive part of a name: "The Acme Store, Inc." → "Acme Store" (no "The", no legal suffix)."""
    core = " ".join(name.split()).strip(" ,;:")
    while True:
        stripped = _AND_END.sub("", _LEGAL_END.sub("", core).strip(" ,"))
        if stripped == core or not stripped:
            break
        core = stripped
    if core.lower().startswith("the ") and len(core) > 4:
        core = core[4:]
    return core


_AND_END = re.compile(r"(?i)\s+(?:and|&)$")


_TICKER = re.compile(
    r"(?<![\w&'’.\-])((?:(?>[A-Z0-9][\w&'’.\-]*)[ ]){0,4}(?>[A-Z0-9][\w&'’.\-]*))\s*(?P<paren>\()"
    r"(?:NYSE|NASDAQ|Nasdaq|AMEX|NYSE American|NYSE MKT|LSE|TSX|OTC)[^)]{0,40}\)"
)
# What every `_TICKER` match holds: a cheap first test before the expensive scan.
_EXCHANGE_PAREN = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC)")
_DEFINED = re.compile(r"\(\s*(?:the\s+)?[\"“]([A-Z][\w&.\- ]{1,40})[\"”]\s*\)")
_GENERIC_ORGS = _words(
    """
    company corporation registrant issuer partnership trust bank fund group holdings the company our
    company parent company
    """
)
_COMMON_FIRST = _words(
    """
    american general united national international first new southern northern eastern western central
    royal global standard public federal state great royal pacific atlantic north south east west
    capital financial
    """
)


class OrgLexicon:
    """The organisations one document names, with the short forms it uses for them.

    Built from the text itself: names with a legal suffix ("xyzCo plc"),
    names before a ticker ("Royal Acme (NYSE: ACM)"), defined terms
    ("Globex Corporation (“Globex”)"); each also known by its core ("xyzCo")
    and, when distinctive, its first word ("Acme"). Lookups ignore case.
    """

    def __init__(self) -> None:
        self._names: dict[str, str] = {}  # casefolded form → display form
        self._longest = 0
        self.issuers: list[str] = []  # names written with a ticker: the companies a press release is about

    @classmethod
    def from_text(cls, text: str) -> OrgLexicon:
        lex = cls()
        for a, b in find_org_names(text):
            name = text[a:b]
            head, of, tail = name.partition(" of ")
            if of and is_person_name(head):
                name = tail  # "CONTACT: John Doe of Acme Corp.": a person at the company, not its name
            lex.add(name)
        tickers = _TICKER.finditer(text) if _EXCHANGE_PAREN.search(text) else ()
        for m in tickers:
            before = text[max(0, m.start(1) - 100) : m.start("paren")].rstrip()
            legal = find_org_names(before)
            if legal and legal[-1][1] == len(before):
                name = before[legal[-1][0] :]
            else:
                words = m.group(1).split()
                while words and (words[0].lower() in _NOT_ORG_START or _LOCATED.match(words[0])):
                    words.pop(0)  # "Springfield-based Acme Company"
                name = " ".join(words)
            if name and not _LEGAL_END.fullmatch(" " + name):
                lex.add(name)
                lex.issuers.append(name)
        for m in _DEFINED.finditer(text):
            before = text[max(0, m.start() - 80) : m.start()].rstrip()
            org = find_org_names(before)
            if org and org[-1][1] >= len(before) - 1:
                lex.add(m.group(1).strip(), short_forms=False)
        return lex

    def add(self, name: str, *, short_forms: bool = True) -> None:
        name = re.sub(r"^(?:[©(]|\(c\)|\d+[\s,]+)+", "", " ".join(name.split())).strip(" ,;:")
        core = org_core(name)
        if not name or name.lower() in _NOT_ORG_START or not core or core.lower() in _GENERIC_ORGS:
            return
        forms = {name}
        if short_forms:
            if core and core.lower() not in _COMMON_FIRST:
                forms.add(core)
            first = core.split()[0] if core else ""
            if (
                len(core.split()) > 1
                and len(first) >= 3
                and first.lower() not in _COMMON_FIRST
                and first.lower() not in _NOT_NAME
                and (first[0].isupper() or first[0].isdigit() or re.match(r"[a-z]+[A-Z0-9]", first))
            ):
                forms.add(first)
        for f in forms:
            key = f.casefold()
            if key not in self._names or len(name) > len(self._names[key]):
                self._names.setdefault(key, f)
            self._longest = max(self._longest, len(f.split()))

    def knows(self, s: str) -> bool:
        return " ".join(s.split()).strip(" ,;:").casefold() in self._names

    def __contains__(self, s: object) -> bool:
        return isinstance(s, str) and self.knows(s)

    def __len__(self) -> int:
        return len(self._names)

    def names(self) -> list[str]:
        return sorted(set(self._names.values()))

    def match_at(self, text: str, pos: int, end: int | None = None) -> int | None:
        """End of the longest known name starting at `pos` (on word boundaries), or None."""
        stop = len(text) if end is None else end
        words = list(re.finditer(r"\S+", text[pos : min(stop, pos + 200)]))
        for n in range(min(len(words), self._longest + 2), 0, -1):
            last = words[n - 1]
            cand = text[pos : pos + last.end()]
            for trimmed in (cand, cand.rstrip(",;:.")):
                if " ".join(trimmed.split()).casefold() in self._names:
                    return pos + len(trimmed)
        return None


# --- titles -----------------------------------------------------------------

# Title heads: the noun a title is about. Heads marked "complement" only count
# with an "of ..." after them ("Head of Media Relations", "member of the Board").
_HEADS = (
    r"president|officer|director|chairman|chairwoman|chairperson|chair|secretary|treasurer|controller"
    r"|comptroller|counsel|clerk|governor|trustee|spokes(?:man|woman|person)|minister|ceo|cfo|coo|cto|cio"
    r"|cmo|cao|cso|cco|cro|chro|evp|svp|vp|manager|partner"
)
_COMPLEMENT_HEADS = r"head|member|leader|founder|co-founder|cofounder|administrator|dean"
_MODIFIERS = (
    r"chief|senior|executive|vice|assistant|deputy|associate|general|managing|principal|corporate|group"
    r"|global|regional|lead|acting|interim|co|first|independent|non-executive|nonexecutive|non-employee"
    r"|presiding|founding|joint|board|division|divisional|worldwide|international|national|class\s+(?:i{1,3}|[abc])"
    r"|executive\s+vice"
)
_CHIEF_HEADS = (
    r"officer|executive(?!\s+officer)|leader|economist|engineer|scientist|architect|strategist|accountant"
    r"|counsel|of\s+staff"
)
_TITLE_CORE = re.compile(
    rf"""(?ix)
    (?:
      (?:(?:{_MODIFIERS})[\s-]+){{0,4}}
      chief\s+(?:(?!(?:{_CHIEF_HEADS})\b)[a-z&][\w&-]*,?\s+(?:(?:and|&)\s+)?){{0,5}}(?:{_CHIEF_HEADS})\b
    | (?:(?:{_MODIFIERS})[\s-]+){{0,4}}(?:{_HEADS})\b
    | (?:(?:{_MODIFIERS})[\s-]+){{0,3}}(?:{_COMPLEMENT_HEADS})\b(?=\s+of\s)
    # "Principal Financial and Accounting Officer"
    | principal\s+(?:[a-z]+,?\s+){{1,3}}(?:and|&)\s+(?:[a-z]+\s+)?officer\b
    | principal\b(?=\s+of\s)  # "a principal of Globex Partners": an owner-manager of a firm
    | (?:co-?)?founder\b(?=\s*(?:,|and\s|&))  # "founder and CEO": checked by _founder_listed
    | (?-i:(?:[A-Z][a-z]+\s+){{1,2}})(?:manager|director|officer|contact)\b
    )
    (?:[\s-]+(?:emeritus|emerita|elect|designate)\b)?  # "Chairman Emeritus", "President-Elect"
    """
)
# A capitalised word; a final period only where it belongs to an abbreviation ("Inc.", "N.V.").
# A coined name that opens in lower case ("iDEV3", "eBay", "iHeartMedia"): a brand or a company.
_COINED = r"(?:[a-z]{1,3}[A-Z0-9][\w&'’\-]*)"
_ABBR_DOT = "|".join(
    rf"(?<={a})" for a in (r"\bInc\.", r"Corp\.", r"\bCo\.", r"Ltd\.", r"N\.V\.", r"S\.A\.", r"L\.P\.")
)
_CAP_WORD = rf"(?:[A-Z0-9][\w&'’\-]*(?:\.[\w&'’\-]+)*(?:\.(?:{_ABBR_DOT}))?|{_COINED})"
_COMPLEMENT = re.compile(
    r"""(?x)
    \s+(?:of|for)\s+
    (?P<body>
      (?:(?:the|its|our|newly|formed|newly\s+formed|each\s+of|both\s+of)\s+)*
      (?:{W}|R&D)
      (?:
        (?<!\.)(?:\s+|\s*&\s*|,\s+(?=(?:Inc|Corp|Ltd|LLC|L\.P|N\.V|S\.A|plc|PLC)\b)|,\s+(?=[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&.\-]*)*\s*(?:,|\s+and\s)))
        (?:(?:and|&|of|the|for|de|du)\s+)*
        (?:{W}|R&D|plc|division|business|unit|segment|operations|group|sector|region)
      )*
    )""".replace("{W}", _CAP_WORD)
)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*/\s*)")
# Words of a qualifier are one phrase: a line may wrap between them, but a wide gap is a column's edge.
_QGAP = r"(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]*)"
_DASH_QUALIFIER = re.compile(
    rf"[ \t]*(?:[–—]|--?)(?:{_QGAP}|(?=[A-Z]))(?=[A-Z])"
    rf"((?:[A-Z][\w&'’]*)(?:(?:,{_QGAP}|{_QGAP}and{_QGAP}|{_QGAP}&{_QGAP}|{_QGAP})[A-Z][\w&'’]*)*)"
)


_UNIT_NOUN = (
    r"(?:Segment|Region|Division|Operations|Business\s+Unit|Americas|EMEA|APAC"
    # a department: "Executive Vice President, Global Supply Chain", "Senior Vice President, Human Resources"
    r"|Resources|Supply\s+Chain|Marketing|Sales|Development|Affairs|Relations|Strategy|Planning|Finance"
    r"|Administration|Technology|Services|Products|Research|Engineering|Manufacturing|Communications"
    r"|Compliance|Treasury|Banking|Solutions|Innovation|Sustainability|Procurement|Logistics"
    r"|Legal|Tax|Taxation|Accounting|Audit|Risk|Credit|Lending|Investments|Personnel|Purchasing|Sourcing"
    r"|Operations|Merchandising|Distribution|Retail|Franchising|Underwriting|Claims|Actuarial)"
)
# Not a unit but the next title: ", Chief Human Resources Officer", ", Investor Relations Director"
_UNIT_NOT_TITLE = r"(?!(?i:chief|principal)\b)"
_UNIT_END = r"(?![\w-])(?!\s+(?i:officer|director|manager|head|leader|executive|counsel)\b)"
_UNIT_QUALIFIER = re.compile(
    rf",\s+{_UNIT_NOT_TITLE}(?:[A-Z][\w&'’-]*\s+){{0,4}}{_UNIT_NOUN}{_UNIT_END}"
    rf"(?:\s+(?:and|&)\s+{_UNIT_NOT_TITLE}(?:[A-Z][\w&'’-]*\s+){{0,4}}{_UNIT_NOUN}{_UNIT_END})?(?!\s+of\s)"
)


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title found in running text: its span, the title proper, and the organisation it names, if any.

    `org` is the organisation named inside the phrase ("CEO of Globex Software"),
    or "" for "the Company" / "the Registrant" (the filer), or None.
    """

    start: int
    end: int
    title: str
    org: str | None = None
    orgs: tuple[str, ...] = ()


_FILER_WORDS = re.compile(
    r"^(?:the\s+)?(?:company|registrant|corporation|issuer|partnership|trust|bank)$", re.I
)
_FILER_PAIR = re.compile(
    r"^(?:the\s+)?(?:company|registrant|corporation)\s+(?:and|&)\s+(?:of\s+)?(?:the\s+|its\s+)?"
    r"(?:bank|banks|subsidiaries|subsidiary|partnership|trust)$",
    re.I,
)
_FILER_AND = re.compile(
    r"^(?:the\s+)?(?:company|registrant|corporation)\s+(?:and|&)\s+(?:of\s+)?(?P<rest>[A-Z].*)$", re.I
)
_FILER_POSSESSIVE = re.compile(r"^(?:the\s+)?(?:company|registrant|corporation)['’]s?\s+", re.I)
_INTERNAL_UNIT = _words(
    """
    board directors committee division unit segment operations group business sector region office
    relations sales marketing engineering services manufacturing development finance administration
    resources planning strategy affairs team
    """
)


# "of the Board of Directors and Chief Executive Officer of Globex": the board ends the complement
_BOARD_BODY = re.compile(
    r"(?:the\s+)?(?:(?:Supervisory|Executive|Management)\s+)?Board(?:\s+of\s+Directors)?(?=\s*(?:,|and\s|&))"
)


def _complement(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """`_COMPLEMENT` at `pos`, cut after "the Board" when another title follows it ("... and CEO of X")."""
    c = _COMPLEMENT.match(text, pos, stop)
    if c is None:
        return None
    body = c.group("body")
    if " and " in body or "," in body or "&" in body:
        # "of Finance and Chief Financial Officer": the complement ends where the next title begins
        for j in _JOIN.finditer(body):
            if j.end() > j.start() and _TITLE_CORE.match(text, c.start("body") + j.end(), stop):
                if j.start() == 0:
                    return None
                return _COMPLEMENT.match(text, pos, c.start("body") + j.start())
    board = _BOARD_BODY.match(body)
    if board is not None:
        after = c.start("body") + board.end()
        j = _JOIN.match(text, after, stop)
        if j is not None and _TITLE_CORE.match(text, j.end(), stop):
            return _COMPLEMENT.match(text, pos, after)
    return c


def match_title(
    text: str, pos: int, end: int | None = None, lexicon: OrgLexicon | None = None
) -> TitleMatch | None:
    """The longest title starting exactly at `pos`: cores joined by "and" / "," / "&", each with an
    "of ..." complement ("Senior Vice President of Manufacturing", "Chairman of the Board,
    Chief Executive Officer and President"). A complement that names an organisation
    ("Chairman and CEO of Globex Software") becomes the match's `org` instead of title text.
    """
    stop = len(text) if end is None else end
    m = _TITLE_CORE.match(text, pos, stop)
    if not m:
        return None
    parts: list[tuple[int, int]] = []
    org: str | None = None
    orgs: tuple[str, ...] = ()
    cur_end = m.end()
    head = m.group().split()[-1].lower()
    if head in (
        "head",
        "member",
        "leader",
        "founder",
        "co-founder",
        "cofounder",
        "administrator",
        "dean",
        "principal",
    ) and not (_COMPLEMENT.match(text, cur_end, stop) or _founder_listed(text, head, cur_end, stop)):
        return None
    seg_start = pos
    while True:
        c = _complement(text, cur_end, stop)
        dept_end = None if c else _dept_then_org(text, cur_end, stop, lexicon)
        if dept_end is not None:
            cur_end = dept_end
            c = _complement(text, cur_end, stop)
        if c:
            body = c.group("body").rstrip(", ")
            kind, value, values = _classify_complement(body, lexicon)
            body_end = c.start("body") + len(body)
            if kind == "org":
                parts.append((seg_start, cur_end))
                org, orgs = value, values
                cur_end = body_end
                seg_start = -1
            elif kind == "filer":
                parts.append((seg_start, cur_end))
                org = ""
                cur_end = body_end
                seg_start = -1
            elif kind == "unit-org":
                parts.append((seg_start, cur_end))
                parts.append((-2, 0))
                unit_start = c.start("body")
                parts.append((unit_start, unit_start + len(value or "")))
                org, orgs = values[0], values
                cur_end = body_end
                seg_start = -1
            elif kind == "filer-unit":
                parts.append((seg_start, cur_end))
                parts.append((-2, 0))  # marker: insert " of " + unit
                parts.append(
                    (c.start("body") + (len(c.group("body")) - len(c.group("body").lstrip())), body_end)
                )
                org = ""
                cur_end = body_end
                seg_start = -1
                _ = value
            else:
                cur_end = body_end
        q = _DASH_QUALIFIER.match(text, cur_end, stop) if not c else None
        if q:
            cur_end = _dash_end(q, cur_end)
        u = _UNIT_QUALIFIER.match(text, cur_end, stop) if not c and org is None else None
        if u:  # "President, Performance Materials Segment and Asia Pacific Region"
            cur_end = u.end()
        elif not c and org is None and text.startswith(",", cur_end):
            cur_end = _area_before_title(text, cur_end, stop)
        if seg_start != -1:
            parts.append((seg_start, cur_end))
        j = _JOIN.match(text, cur_end, stop)
        if not j:
            break
        nxt = _TITLE_CORE.match(text, j.end(), stop)
        if not nxt:
            break
        if org is not None:  # "CEO of Globex, and Director" — a new organisation may follow; stop here
            break
        parts.append((-1, 0))  # marker: the joiner as written
        parts.append((cur_end, j.end()))
        seg_start = j.end()
        cur_end = nxt.end()
    title = _assemble(text, parts)
    if not title:
        return None
    return TitleMatch(pos, cur_end, clean_title(title), org, orgs)


# ", Commercial & DRC Affairs", ", Investor Relations": the department a title heads, set off by a comma
_DEPT_QUALIFIER = re.compile(
    rf",\s+{_UNIT_NOT_TITLE}(?:(?:[A-Z][\w'’-]*|&|and)\s+){{0,4}}{_UNIT_NOUN}(?=\s+of\s)"
)


def _dept_then_org(text: str, pos: int, stop: int, lexicon: OrgLexicon | None) -> int | None:
    """ "Senior Vice President, Commercial & DRC Affairs of Banro Corporation": the department stays in
    the title when the "of" after it names a company; returns where that "of" begins."""
    dq = _DEPT_QUALIFIER.match(text, pos, stop)
    c = _COMPLEMENT.match(text, dq.end(), stop) if dq else None
    if dq is None or c is None:
        return None
    if _classify_complement(c.group("body").rstrip(", "), lexicon)[0] not in ("org", "filer", "unit-org"):
        return None
    return dq.end()


_QUALIFIER_PIECE = re.compile(r",\s+|\s+(?:and|&)\s+|[ \t]*\n\s*")
_UNIT_WORD = re.compile(_UNIT_NOUN + r"(?![\w-])")


def _dash_end(q: re.Match[str], pos: int) -> int:
    """Where a dashed qualifier ("- Finance", "-Chief Financial Officer") ends; `pos` when it is none.

    A qualifier stops before a person's name ("Vice President - John Smith");
    one joined by a single bare hyphen ("President-Finance") must name a unit or a
    title, since a hyphen also joins words ("President-Smith Barney").
    """
    body = q.group(1)
    end = start = 0
    for sep in [*_QUALIFIER_PIECE.finditer(body), None]:
        piece_end = sep.start() if sep else len(body)
        if is_person_name(body[start:piece_end]):
            break
        end = piece_end
        start = sep.end() if sep else len(body)
    kept = body[:end]
    if not kept:
        return pos
    dash = q.group(0)[: q.start(1) - q.start(0)]
    if (
        dash.strip() == "-"
        and not dash[-1].isspace()
        and not (_UNIT_WORD.search(kept) or _TITLE_CORE.match(kept))
    ):
        return pos
    return q.start(1) + end


# ", Technologies and Chief Financial Officer": a short capitalised phrase, then "and" and another title.
_AREA_THEN_TITLE = re.compile(r",[ \t]+((?:[A-Z][\w&'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)\s+(?:and|&)\s+")


def _area_before_title(text: str, pos: int, stop: int) -> int:
    """ "Executive Vice President, Technologies and Chief Financial Officer": the area the first title
    covers stays in it when another title follows; returns where the area ends (`pos` when none).

    The phrase must be neither a person ("Chairman, John Smith and Director")
    nor an organisation ("Director, Globex Bank and Chairman"), nor a title itself.
    """
    a = _AREA_THEN_TITLE.match(text, pos, stop)
    if a is None or not _TITLE_CORE.match(text, a.end(), stop):
        return pos
    area = a.group(1)
    if _TITLE_CORE.match(area) or _TITLE_WORD_RE.search(area) or is_person_name(area) or is_org_name(area):
        return pos
    return a.end(1)


def _founder_listed(text: str, head: str, pos: int, stop: int) -> bool:
    """ "founder and CEO", "Co-Founder, Chairman and CEO": a founding role listed with a title.

    "Founder" needs no "of ..." when another title follows it in the same
    list; alone ("the founder said") it stays a word, not a title.
    """
    if head not in ("founder", "co-founder", "cofounder"):
        return False
    j = _JOIN.match(text, pos, stop)
    return bool(j and j.end() > pos and _TITLE_CORE.match(text, j.end(), stop))


def _assemble(text: str, parts: list[tuple[int, int]]) -> str:
    out: list[str] = []
    i = 0
    while i < len(parts):
        a, b = parts[i]
        if a == -1:
            a, b = parts[i + 1]
            out.append(text[a:b])
            i += 2
            continue
        if a == -2:
            a, b = parts[i + 1]
            out.append(" of " + text[a:b])
            i += 2
            continue
        out.append(text[a:b])
        i += 1
    return "".join(out)


def _classify_complement(body: str, lexicon: OrgLexicon | None) -> tuple[str, str | None, tuple[str, ...]]:
    """Is "of X" part of the title ("of the Board"), the filer ("of the Company"), or an organisation?"""
    b = " ".join(body.split())
    if _FILER_WORDS.match(b) or _FILER_PAIR.match(b):  # "of the Company and of the Bank": the filer's pair
        return "filer", None, ()
    fo = _FILER_AND.match(b)
    if fo:  # "of the Company and Globex Bank": the filer and a second organisation
        more = _org_list(fo.group("rest"), lexicon)
        if more:
            return "org", "", ("", *more)
    fp = _FILER_POSSESSIVE.match(b)
    if fp:
        return "filer-unit", b[fp.end() :], ()
    bare = re.sub(r"^(?:(?:the|its|our|each\s+of|both\s+of)\s+)+", "", b, flags=re.I)
    unit = _UNIT_OF.match(bare)
    if unit:  # "the Board of Directors of Synacor, Inc.": the unit stays in the title
        filer = _FILER_WORDS.match(unit.group("org"))  # "the Board of the Registrant": the filer's board
        orgs = [""] if filer else _org_list(unit.group("org"), lexicon)
        if orgs:
            unit_text = _OF_THE_END.sub("", b[: len(b) - len(unit.group("org"))])  # "the Board of the "
            return "unit-org", unit_text, tuple(orgs)
    orgs = _org_list(bare, lexicon)
    if orgs:
        return "org", orgs[0], tuple(orgs)
    return "title", None, ()


_OF_THE_END = re.compile(r"\s+of(?:\s+the)?\s*$")
_UNIT_OF = re.compile(
    r"(?P<unit>(?:(?:[A-Z][\w&]*|and|&)\s+){0,3}(?:Board(?:\s+of\s+(?:Directors|Trustees|Managers))?|Committee|Division|Group"
    r"|Council|Board\s+of\s+Management|" + _UNIT_NOUN + r"))\s+of\s+(?:the\s+)?(?P<org>[A-Z0-9].*)$"
)


def _org_list(s: str, lexicon: OrgLexicon | None) -> list[str]:
    """Both names of "Globex Corporation and Initech Software", when the first is plainly a company."""
    spans = find_org_names(s)
    if spans and spans[0][0] == 0:
        names = [s[: spans[0][1]]]
        rest = s[spans[0][1] :]
        while rest.strip(" ,"):
            rest = re.sub(r"^[\s,]*(?:and\s+|&\s+)?", "", rest)
            more = find_org_names(rest)
            if more and more[0][0] == 0:
                piece, rest = rest[: more[0][1]], rest[more[0][1] :]
            else:
                cut = re.search(r",\s+|\s+and\s+", rest)
                piece, rest = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
            piece = piece.strip(" ,")
            if not piece or not piece[0].isupper():
                break
            names.append(piece)
        return names
    words = s.split()
    if lexicon is not None and lexicon.knows(s):
        return [s]
    if words and words[-1].lower().strip(".,") in _INTERNAL_UNIT:
        return []
    if re.fullmatch(rf"{_COINED}(?:\s+[A-Z][\w&'’\-]*){{0,3}}", s):
        return [s]  # "CEO of iDEV3": a coined name is a company's, unless a unit word ends it
    if is_org_name(s) and not any(w.lower() in ("board", "committee") for w in words):
        return [s]
    return []


_PAREN = re.compile(r"\s*\([^()]*\)")


# An entity the filer broke in two and left as text: "&n bsp; Chief Financial Officer".
_BROKEN_ENTITY = re.compile(r"&#?[A-Za-z0-9]{1,6} [A-Za-z0-9]{1,6};|&nbsp;")


# A degree or generation left over from the name the title follows: "Robert J. Alpern, M.D. / Director".
_LEADING_DEGREE = re.compile(r"^(?:(?:M\.\s?D|Ph\.\s?D|J\.\s?D|Esq|CPA|CFA|Jr|JR)\.?,?\s+)+(?=[A-Z])")
_DEGREE_INITIALS = frozenset("MPJEC")


def clean_title(title: str) -> str:
    """A title as written, white space squashed, parenthetical remarks and trailing punctuation dropped.

    A title in capitals only ("EXECUTIVE VICE PRESIDENT AND CHIEF FINANCIAL
    OFFICER", under an old signature) is written in title case, so that one
    title reads the same whichever filing states it.
    """
    t = _PAREN.sub("", " ".join(title.split()))
    if "&" in t and ";" in t:
        t = _BROKEN_ENTITY.sub(" ", t).strip()
    t = re.sub(r"\s+,", ",", t).strip(" ,;:.-–—*†‡")
    if t[:1] in _DEGREE_INITIALS:
        t = _LEADING_DEGREE.sub("", t)
    if t.upper() == t and sum(ch.isalpha() for ch in t) > 4:
        t = " ".join(_title_case_title_word(w, k) for k, w in enumerate(t.split()))
    return t


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "at", "on", "or"})
_ACRONYMS = frozenset(
    {"CEO", "CFO", "COO", "CTO", "CIO", "CAO", "CMO", "EVP", "SVP", "VP", "R&D", "US", "U.S."}
)


def _title_case_title_word(word: str, position: int) -> str:
    bare = word.strip(",;:&")
    if bare in _ACRONYMS or not bare:
        return word
    if position and bare.lower() in _SMALL_WORDS:
        return word.lower()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


_HEAD_AT_END = re.compile(
    r"(?i)\b(?:president|officer|director|chairman|chairwoman|chairperson|chair|secretary|treasurer|controller"
    r"|comptroller|counsel|clerk|ceo|cfo|coo|cto|cio|cmo|cao|evp|svp|vp|manager|governor|executive|leader|partner"
    r"|trustee)$"
)


def ends_with_title_head(title: str) -> bool:
    """True when a title reads as finished ("... Officer"), not cut where a line wrapped ("Vice", "and")."""
    return bool(_HEAD_AT_END.search(clean_title(title)))


_TITLE_WORD_RE = re.compile(rf"(?i)\b(?:{_HEADS}|{_COMPLEMENT_HEADS}|chief)\b")
_BAD_TITLE_WORDS = re.compile(
    r"(?i)\b(?:said|says|will|shall|has|have|had|is|are|was|were|who|which|that|whose|i|we|our|you|announced?"
    r"|today|pursuant|hereby|undersigned|dated?)\b"
)


def is_title(s: str, *, max_words: int = 16) -> bool:
    """True when the bounded string `s` (a table cell, a line) is a job title.

    It must contain a title head (President, Officer, Director, ..., or "Head
    of ..."), hold no digits, e-mail addresses or sentence words, and be short.
    """
    if len(s) > _CACHED_LEN:
        return _is_title(s, max_words)
    return _cached_is_title(s, max_words)  # the cell and line rules ask about the same strings


def _is_title(s: str, max_words: int) -> bool:
    t = " ".join(s.split()).strip(" ,;:.")
    if not t or len(t.split()) > max_words:
        return False
    if _NOT_IN_TITLE.search(t):
        return False
    if not _TITLE_WORD_RE.search(t):
        return False
    return not _BAD_TITLE_WORDS.search(t)


_cached_is_title = lru_cache(maxsize=1 << 14)(_is_title)
_NOT_IN_TITLE = re.compile(r"\d|@|https?:|www\.")


def find_titles(
    text: str, start: int = 0, end: int | None = None, lexicon: OrgLexicon | None = None
) -> Iterator[TitleMatch]:
    """Every title in `text[start:end]`, left to right, not overlapping."""
    stop = len(text) if end is None else end
    pos = start
    for m in _TITLE_START.finditer(text, start, stop):
        if m.start() < pos:
            continue
        t = match_title(text, m.start(), stop, lexicon)
        if t:
            yield t
            pos = t.end


_TITLE_START = re.compile(
    rf"(?i)(?<![\w-])(?=(?:{_MODIFIERS}|{_HEADS}|{_COMPLEMENT_HEADS}|chief|[A-Z][a-z]+\s)\b)"
)


# --- roles ------------------------------------------------------------------

ROLES = (
    "ceo", "cfo", "coo", "cto", "cio", "cao", "general-counsel", "chairman", "vice-chairman", "president",
    "treasurer", "controller", "secretary", "vice-president", "director", "officer", "contact", "signatory",
)  # fmt: skip
"""The normalised roles, most specific first."""

_ROLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.I))
    for role, pattern in (
        ("ceo", r"\bchief executive(?: officer)?\b|\bceo\b"),
        ("cfo", r"\bchief financial officer\b|\bcfo\b"),
        ("coo", r"\bchief operating officer\b|\bcoo\b"),
        ("cto", r"\bchief technology officer\b|\bcto\b"),
        ("cio", r"\bchief information officer\b|\bcio\b"),
        ("cao", r"\bchief accounting officer\b|\bprincipal accounting officer\b|\bcao\b"),
        (
            "general-counsel",
            r"(?<!associate )(?<!assistant )(?<!deputy )\bgeneral counsel\b|\bchief legal officer\b",
        ),
        ("vice-chairman", r"\bvice[ -]chair(?:man|woman|person)?\b"),
        ("chairman", r"(?<!vice )(?<!vice-)\bchair(?:man|woman|person)?\b(?! of the [\w ]*committee)"),
        ("president", r"(?<!vice )(?<!vice-)\bpresident\b"),
        ("treasurer", r"(?<!assistant )\btreasurer\b"),
        ("controller", r"(?<!assistant )\b(?:controller|comptroller)\b"),
        ("secretary", r"(?<!assistant )\bsecretary\b(?! of (?:state|the)\b)"),
        ("vice-president", r"\bvice[ -]president\b|\b[es]?vp\b"),
        (
            "director",
            r"(?<!senior )(?<!managing )(?<!executive )(?<!associate )(?<!assistant )(?<!regional )"
            r"(?<!general )\bdirector\b(?! of (?!the board))|\bboard member\b"
            r"|\bmember of (?:the |its |our )?(?:\w+['’]s )?board\b"
            r"|(?<!executive )(?<!management )(?<!operating )\bcommittee\b|\btrustee\b",
        ),
        (
            "officer",
            r"\bofficer\b|\bchief\b|\bhead of\b|\bcounsel\b|\bclerk\b|\bmanager\b|\bdirector of\b|\bleader\b"
            r"|\bassistant\b|\bdeputy\b"
            r"|\b(?:senior|managing|executive|associate|regional|general) director\b",
        ),
    )
)


def role_for_title(title: str) -> str | None:
    """The most specific role a title states ("Chairman and CEO" → "ceo"), or None."""
    for role, pattern in _ROLE_RULES:
        if pattern.search(title):
            return role
    return None
