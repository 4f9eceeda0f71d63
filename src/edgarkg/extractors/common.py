"""Small helpers the header and cover-page extractors share.

EDGAR writes the same things in many shapes: dates as ``19940321`` or
"17 November, 2003", CIKs with or without leading zeros, people as
"LAST FIRST MIDDLE". These functions turn them into one form each and answer
None (never raise) when the input is not what it claims to be.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation

from edgarkg.model import Address

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
    """Lines of `text[start:end]` with their offsets into `text`; CR, LF and CRLF all end a line."""
    stop = len(text) if end is None else end
    pos = start
    for m in _LINE_BREAK.finditer(text, start, stop):
        yield text[pos : m.start()], pos, m.start()
        pos = m.end()
    if pos < stop:
        yield text[pos:stop], pos, stop


def squash(s: str) -> str:
    """Collapse runs of whitespace (non-breaking spaces included) to one space and strip."""
    return " ".join(s.replace("\xa0", " ").split())


def is_ascii_digits(s: str) -> bool:
    """0-9 only. `str.isdigit` also takes "²" and "٣", which `int` refuses or reads as digits."""
    return s.isascii() and s.isdigit()


def parse_yyyymmdd(value: str | None) -> date | None:
    """An EDGAR header date (``20050427``); None for anything that is not a real calendar day."""
    if not value:
        return None
    digits = value.strip()
    if len(digits) != 8 or not is_ascii_digits(digits):
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def parse_acceptance(value: str | None) -> str | None:
    """``20240429090018`` → ``2024-04-29T09:00:18`` (ISO 8601, EDGAR's Eastern time, no zone)."""
    if not value:
        return None
    digits = value.strip()
    if len(digits) != 14 or not is_ascii_digits(digits):
        return None
    day = parse_yyyymmdd(digits[:8])
    hh, mm, ss = int(digits[8:10]), int(digits[10:12]), int(digits[12:14])
    if day is None or hh > 23 or mm > 59 or ss > 59:
        return None
    return f"{day.isoformat()}T{digits[8:10]}:{digits[10:12]}:{digits[12:14]}"


def normalize_cik(value: str | None) -> str | None:
    """A CIK as the 10-digit string EDGAR uses; None for empty, zero or non-numeric values."""
    if not value:
        return None
    digits = value.strip()
    if not is_ascii_digits(digits) or len(digits) > 10 or int(digits) == 0:
        return None
    return digits.zfill(10)


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TEXT_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s*{_YEAR}\b", re.I),  # April 26, 2005 / March 21,2003
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*{_YEAR}\b", re.I),  # 17 November, 2003
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),  # 2023-01-30
]
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s*,?\s*{_YEAR}\b", re.I)


def find_text_date(s: str) -> tuple[date, int, int] | None:
    """The first written date in `s` ("April 26, 2005", "17 November, 2003") and its span."""
    best: tuple[date, int, int] | None = None
    for pattern in _TEXT_DATES:
        for m in pattern.finditer(s):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
            try:
                found = date(int(m.group("year")), month_no, int(m.group("day")))
            except ValueError:
                continue
            if best is None or m.start() < best[1]:
                best = (found, m.start(), m.end())
            break
    return best


def find_month_year(s: str) -> tuple[date, int, int] | None:
    """A month without a day ("November 2003") as the last day of that month, and its span."""
    m = _MONTH_YEAR.search(s)
    if not m:
        return None
    year, month = int(m.group("year")), _MONTHS[m.group("month").lower().rstrip(".")]
    return date(year, month, calendar.monthrange(year, month)[1]), m.start(), m.end()


# Words that mark a name as an organisation's, not a person's (compared without dots).
_ORG_WORD_LIST = """
    INC INCORPORATED CORP CORPORATION CO COMPANY COS LLC LLLP LP LLP LTD LIMITED PLC TRUST TRUSTS FUND
    FUNDS PARTNERS PARTNERSHIP HOLDINGS HOLDING GROUP CAPITAL MANAGEMENT ADVISORS ADVISERS ADVISORY
    INVESTMENTS INVESTMENT INVESTORS ASSOCIATES BANK BANCORP BANCSHARES FOUNDATION SA AG NV BV GMBH SE
    SPA AB AS ASA OY KK INTERNATIONAL ENTERPRISES VENTURES VENTURE EQUITY SECURITIES FINANCIAL
    TECHNOLOGIES TECHNOLOGY SYSTEMS INDUSTRIES ENERGY OPPORTUNITY OPPORTUNITIES MASTER OFFSHORE FAMILY
    ESTATE SERVICES SOLUTIONS PHARMACEUTICALS THERAPEUTICS BIO LABS GLOBAL AMERICA AMERICAN NATIONAL
    UNIVERSITY COLLEGE ENDOWMENT PENSION RETIREMENT PLAN SOCIETY INSTITUTE ASSOCIATION CLUB THE OF AND
"""
_ORG_WORDS = frozenset(_ORG_WORD_LIST.split())
_PERSON_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'.\-]*(?:['.\-][^\W\d_]*)*\.?$")
_STATE_TAG = re.compile(r"\s*/[A-Z]{0,3}/?\s*$")


def looks_like_person(name: str) -> bool:
    """True when `name` reads like a natural person's ("ROE JANE Q", "Jean-Luc Marie Dupont").

    Two to five alphabetic words, none of them a company word (INC, LLC, TRUST, CAPITAL, ...). EDGAR's
    disambiguating state tag ("SMITH JOHN /CA/") is ignored.
    """
    bare = _STATE_TAG.sub("", name).replace(",", " ")
    tokens = bare.split()
    if not 2 <= len(tokens) <= 5 or "&" in bare:
        return False
    for token in tokens:
        if not _PERSON_TOKEN.match(token):
            return False
        if token.replace(".", "").upper() in _ORG_WORDS:
            return False
    return True


US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
    "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
    "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico",
}  # fmt: skip
_STATE_NAMES = {v.lower(): k for k, v in US_STATES.items()}

COUNTRIES = frozenset(
    name.lower()
    for name in (
        "United States", "United States of America", "USA", "U.S.A.", "England", "Scotland", "Wales",
        "United Kingdom", "UK", "U.K.", "Great Britain", "Ireland", "The Netherlands", "Netherlands",
        "Holland", "Germany", "France", "Belgium", "Luxembourg", "Switzerland", "Austria", "Italy",
        "Spain", "Portugal", "Denmark", "Sweden", "Norway", "Finland", "Iceland", "Greece", "Poland",
        "Czech Republic", "Hungary", "Israel", "Canada", "Mexico", "Brazil", "Argentina", "Chile",
        "Colombia", "Peru", "Japan", "China", "People's Republic of China", "PRC", "Hong Kong",
        "Taiwan", "Korea", "Republic of Korea", "South Korea", "Singapore", "India", "Australia",
        "New Zealand", "South Africa", "Bermuda", "Cayman Islands", "British Virgin Islands",
        "Jersey", "Guernsey", "Isle of Man", "Panama", "Russia", "Russian Federation", "Turkey",
        "Indonesia", "Philippines", "Malaysia", "Thailand", "Vietnam", "United Arab Emirates",
    )
)  # fmt: skip


def us_state_code(name: str) -> str | None:
    """The two-letter code of a US state given by name or code ("California" → "CA"), else None."""
    cleaned = squash(name).strip(" .,")
    if cleaned.upper() in US_STATES:
        return cleaned.upper()
    return _STATE_NAMES.get(cleaned.lower())


_PROVINCES = frozenset(
    name.lower()
    for name in (
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
        "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "Yukon",
        "England and Wales", "Grand Duchy of Luxembourg", "Commonwealth of Massachusetts",
        "Commonwealth of Pennsylvania", "Commonwealth of Virginia", "Commonwealth of Kentucky",
    )
)  # fmt: skip


def is_country(name: str) -> bool:
    return squash(name).strip(" .,").lower() in COUNTRIES


def is_jurisdiction(name: str) -> bool:
    """A place a company can be incorporated in, written out: a US state, a country, a province, ...

    Two-letter codes do not count: on a cover page "OR" or "IN" is far more often a word.
    """
    cleaned = squash(name).strip(" .,").lower()
    return cleaned in _STATE_NAMES or cleaned in COUNTRIES or cleaned in _PROVINCES


_US_ZIP = re.compile(r"(?:^|\s)(\d{5}(?:-\d{4})?)$")
_UK_POSTCODE = re.compile(r"(?:^|\s)([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")
_CA_POSTCODE = re.compile(r"(?:^|\s)([A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
_LEADING_POSTCODE = re.compile(r"^(\d{4}\s?[A-Z]{2}|\d{4,6}(?:-\d{3})?)\s+(?=[^\W\d_])")
_BARE_POSTCODE = re.compile(
    r"^(?:\d{5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
)
_PIECE_SPLIT = re.compile(r",|\s[–—]\s")
_COMPASS = re.compile(r"^[NS]\.?\s?[EW]\.?$|^[NSEW]\.?$", re.I)


_STREET_WORDS = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Way|Lane|Ln|Place|Pl|Parkway|Pkwy|Court|Ct"
    r"|Circle|Cir|Highway|Hwy|Plaza|Square|Sq|Center|Centre|Expressway|Freeway|Terrace|Trail|Loop|Yards"
)
# The street part at the head of a piece whose line breaks were lost ("140 West Street New York").
_STREET_HEAD = re.compile(
    rf"^((?:\d[\w-]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b[^,]*?\b(?:{_STREET_WORDS})\b\.?"
    r"|(?:Suite|Ste\.?|Room|Unit|P\.?\s?O\.?\s+Box|Box)\s+[\w-]+|\d+(?:st|nd|rd|th)\s+Floor)\s+(?=\S)(.+)$",
    re.I,
)


def _split_streets(piece: str) -> list[str]:
    """Split street parts off the head of a piece: "37th Floor P.O. Box 805379 Chicago" gives
    ["37th Floor", "P.O. Box 805379", "Chicago"] (cells whose line breaks became spaces)."""
    out: list[str] = []
    while (m := _STREET_HEAD.match(piece)) is not None:
        out.append(m.group(1))
        piece = m.group(2)
    return [*out, piece]


def _is_region(piece: str) -> bool:
    return us_state_code(piece) is not None


def _address_groups(parts: list[str]) -> list[list[str]]:
    """Split the lines of a cover's address block where a second full address begins."""
    groups: list[list[str]] = [[]]
    has_postal = has_region = False
    for part in parts:
        if groups[-1] and has_postal and has_region and part[:1].isdigit() and not _BARE_POSTCODE.match(part):
            groups.append([])
            has_postal = has_region = False
        groups[-1].append(part)
        pieces = [p.strip() for p in _PIECE_SPLIT.split(part) if p.strip()]
        has_postal = has_postal or any(_BARE_POSTCODE.match(p) or _US_ZIP.search(p) for p in pieces)
        has_region = has_region or any(_is_region(_US_ZIP.sub("", p).strip()) for p in pieces)
    return [g for g in groups if g]


def parse_address(parts: list[str], kind: str, phone: str | None = None) -> tuple[Address, ...]:
    """Address lines as a cover page prints them → Address values (one per address).

    "Harbour Street" / "Dover, Kent CT16 9ZZ, England" gives street1 Harbour Street,
    city Dover, region Kent, postal code CT16 9ZZ, country England. A postal code may stand
    on its own line or column, trail the region (US, UK, Canada) or lead the city (1096 BC
    Amsterdam); a country is recognised by name.
    """
    out: list[Address] = []
    for group in _address_groups([squash(p) for p in parts if squash(p)]):
        pieces: list[str] = []
        for p in (p.strip() for part in group for p in _PIECE_SPLIT.split(part)):
            if pieces and _COMPASS.match(p):  # "270 Peachtree Street, N.W." keeps its quarter
                pieces[-1] = f"{pieces[-1]}, {p}"
            elif p.strip(" ."):
                pieces.append(p)
        address = _parse_pieces(pieces, kind, phone if not out else None)
        if address is not None:
            out.append(address)
    return tuple(out)


def _parse_pieces(pieces: list[str], kind: str, phone: str | None) -> Address | None:
    country = postal = region = city = None
    if pieces and is_country(pieces[-1]):
        country = pieces.pop().strip(" .")
    city_known = False
    for k in range(len(pieces) - 1, -1, -1):
        piece = pieces[k]
        if _BARE_POSTCODE.match(piece):
            postal = piece
            del pieces[k]
            break
        m = _US_ZIP.search(piece) or _UK_POSTCODE.search(piece) or _CA_POSTCODE.search(piece)
        if m:
            postal = m.group(1)
            pieces[k] = piece[: m.start(1)].strip()
            if not pieces[k]:
                del pieces[k]
            break
        m = _LEADING_POSTCODE.match(piece)
        if m and k == len(pieces) - 1 and k > 0:
            postal = m.group(1)
            pieces[k] = piece[m.end() :].strip()
            city_known = True
            break
    if pieces and not city_known:
        if _is_region(pieces[-1]) and len(pieces) >= 2:
            region = pieces.pop()
        elif (
            len(pieces) >= 2
            and (m := re.match(r"^(.*\S)\s+([A-Z]{2})$", pieces[-1]))
            and _is_region(m.group(2))
        ):
            pieces[-1], region = m.group(1), m.group(2)
        elif len(pieces) >= 3:
            region = pieces.pop()
    if pieces and not city_known:
        pieces[-1:] = _split_streets(pieces[-1])
    if len(pieces) >= 2 or (pieces and (region or postal)):
        city = pieces.pop()
    if not pieces and not city:
        return None
    return Address(
        kind=kind,
        street1=pieces[0] if pieces else None,
        street2=", ".join(pieces[1:]) or None,
        city=city,
        region=region,
        postal_code=postal,
        country=country,
        phone=phone,
    )


def parse_decimal(text: str | None) -> Decimal | None:
    """ "1,234.50" → Decimal("1234.50"); None for blanks, junk, NaN and infinities."""
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
