"""Numbers as prose states them: amounts with units and scales, periods, qualifiers.

"GBP4.874 billion", "£4.9bn", "US$ 350 million", "27 cents a share",
"some 12,000 employees", "19.2%", "nearly 39,000 megawatts": each becomes a
`Quantity` with its value in plain units (Decimal), a unit code (ISO 4217,
"USD/share", "percent", "count", "shares", "MW", "kWh") and the qualifier the
text puts on it. Only numbers that carry a unit count: a currency, a percent
sign, a physical unit, a scale word, or a counted noun ("15 states"). Years,
dates, times, phone numbers, footnote markers, section and rule numbers,
ages and durations are not quantities and are skipped.

Periods are read the same way: "for the year ended 31 March 2003", "the
13-week fiscal quarter ended November 2, 2024", "Three Months Ended
December" over a "2004" column, "as of December 31, 2023", "in 2022". The
length of a quarter is three calendar months ending on its last day, so a
52/53-week quarter ending "July 3, 2004" starts on April 4.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

__all__ = [
    "Quantity",
    "Period",
    "find_quantities",
    "parse_number",
    "find_dates",
    "find_periods",
    "period_from_words",
    "scale_note",
    "QUALIFIERS",
]

# --- qualifiers -------------------------------------------------------------

QUALIFIERS: dict[str, str] = {
    "more than": "more-than", "over": "more-than", "in excess of": "more-than", "upwards of": "more-than",
    "greater than": "more-than", "above": "more-than", "exceeding": "more-than",
    "around": "about", "approximately": "about", "approx.": "about", "about": "about", "some": "about",
    "roughly": "about", "almost": "about", "nearly": "about", "close to": "about", "an estimated": "about",
    "an approximate": "about", "approximate": "about", "circa": "about",
    "less than": "less-than", "fewer than": "less-than", "under": "less-than", "below": "less-than",
    "up to": "up-to", "as many as": "up-to", "as much as": "up-to",
    "at least": "at-least", "no less than": "at-least", "not less than": "at-least",
}  # fmt: skip
"""Words before a number → the qualifier code an Observation carries."""

_QUAL_RE = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))

# --- number words -------------------------------------------------------------

_SMALL = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBER = (
    r"(?:(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_SCALES = {
    "thousand": Decimal(1000), "k": Decimal(1000),
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "hundred": Decimal(100),
}  # fmt: skip


def _word_value(word: str) -> int | None:
    w = word.lower()
    if w in _SMALL:
        return _SMALL[w]
    if w in _TENS:
        return _TENS[w]
    head, _, tail = w.partition("-")
    if head in _TENS and tail in _SMALL:
        return _TENS[head] + _SMALL[tail]
    if head == "twenty" and tail in _SMALL:
        return 20 + _SMALL[tail]
    return None


def parse_number(token: str) -> Decimal | None:
    """ "1,234.5" / ".01" / "(806)" / "seven" → a Decimal; None if it is not a number.

    Parentheses mean a negative amount, as in financial tables; a dash alone
    ("-", "—") is not a number.
    """
    t = token.strip().replace("$", "").replace("\u2212", "-").strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1].strip().replace("$", "").strip()
    if t.startswith("-") and len(t) > 1 and t[1:2].isdigit():
        negative, t = True, t[1:]
    word = _word_value(t)
    if word is not None:
        return Decimal(word)
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+", t):
        return None
    try:
        value = Decimal(t.replace(",", ""))
    except InvalidOperation:
        return None
    return -value if negative else value


# --- quantities ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as the text states it; offsets into the text it was found in.

    `noun` is the counted noun phrase ("granite memorial retail outlets") for
    counts and shares; `per` a rate's denominator ("month" in "250 text
    messages per month"); `low` marks the lower end of a range ("3-6%").
    """

    start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str | None = None
    noun: str | None = None
    per: str | None = None
    number_start: int = 0


_CURRENCY_SYMBOL = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "Rs.": "INR",
}  # fmt: skip
_CURRENCY_CODES = "USD|GBP|EUR|JPY|CHF|CAD|AUD|SEK|NOK|DKK|HKD|CNY|RMB|INR|ZAR|BRL|MXN|SGD|KRW|NZD"
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "pounds sterling": "GBP", "pounds": "GBP", "sterling": "GBP",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "francs": "CHF",
}  # fmt: skip
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_AMOUNT = re.compile(
    rf"""(?ix)
    (?:(?P<qual>{_QUAL_RE})\s+)?
    (?P<cur>US\s?\$|U\.S\.\$|C\$|A\$|HK\$|\$|£|€|¥|Rs\.|(?-i:{_CURRENCY_CODES})(?=\s?\d))?\s?
    (?P<num>{_NUMBER}|(?<![\w-]){_WORD_NUMBER}(?![\w-]))
    (?:\s?\(\d[\d,]*\))?
    (?:(?:[ \t]?|[ \t]*\n[ \t]*)(?P<scale>hundred(?:[ ](?:thousand|million|billion))?|thousand|million|billion
      |trillion|(?-i:bn|mn|mln))\b
      |(?P<glued>(?-i:bn|mn|m|k|b))\b)?
    """
)
_OF_SHARES = re.compile(r"\s+of\s+the\s+(?:outstanding\s+|issued\s+)?shares\b")
_CURRENCY_WORD_RE = re.compile(
    r"(?i)\s?(" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b"
)
_PERCENT = re.compile(r"(?i)\s?(?:%|percent\b|per\s?cent\b|pct\b)")
_PHYSICAL = {
    "mw": "MW", "megawatts": "MW", "megawatt": "MW", "gw": "GW", "gigawatts": "GW", "kw": "kW",
    "kilowatts": "kW", "kwh": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "mwh": "MWh",
    "megawatt-hours": "MWh", "megawatt hours": "MWh", "gwh": "GWh", "gigawatt-hours": "GWh",
}  # fmt: skip
_PHYSICAL_RE = re.compile(
    r"(?i)\s?(" + "|".join(re.escape(k) for k in sorted(_PHYSICAL, key=len, reverse=True)) + r")\b"
)
_PER_SHARE = re.compile(
    r"(?i)(?:\s+par\s+value)?\s?(?:per|a|an)\s+(?:(?:basic|diluted|fully\s+diluted|common|ordinary|class\s+[ab])\s+)?"
    r"(?:common\s+)?(?:share|ADS|ADR|unit)\b|\s?/share\b"
)
_CENTS = re.compile(r"(?i)\s?cents?\b")
_PER = re.compile(
    r"(?i)\s+(?:per|a|each)\s+(day|week|month|quarter|year|annum)\b|\s+(annually|monthly|weekly|daily)\b"
)
_OR_MORE = re.compile(r"(?i)\s+or\s+(more|greater|less|fewer)\b")
_NOUN_WORD = r"[a-z][a-z'’]*(?:-[a-z]+)*"
# Heads that are never what a sentence counts about a company.
_NOT_COUNTED = frozenset(
    """
    years months weeks days hours minutes seconds decades centuries times points basis percent cents
    dollars pounds euros yen francs ones others terms lines pages sections items questions reasons
    ways things factors words notes votes rounds steps cases odds
    """.split()  # noqa: SIM905
)
_NOT_NOUNS = frozenset(
    """
    as has was its his hers this thus plus yes does goes always perhaps whereas various previous
    towards afterwards besides sometimes otherwise ours yours theirs regardless nevertheless less
    unless across
    """.split()  # noqa: SIM905
)
_FUNCTION_WORDS = frozenset(
    """
    of in on at to for by with from as and or the a an that which who whom is are was were be been
    will would shall may can could has have had held per than more less its their our his her this
    these those each every other such into over under not no about after before during since
    """.split()  # noqa: SIM905
)
# Heads a spelled-out number may count ("five outlets"); other words are too often idiom ("two markets").
_WORD_COUNTED = frozenset(
    """
    stores outlets locations segments countries states employees customers subscribers directors
    members committees plants facilities offices subsidiaries divisions sites factories hospitals
    restaurants branches mines quarries mills refineries ships aircraft vessels warehouses centers
    centres
    """.split()  # noqa: SIM905
)
# Words after which a number is an identifier, not an amount.
_IDENTIFIER_BEFORE = re.compile(
    r"(?i)(?:\b(?:items?|sections?|rules?|forms?|exhibits?|articles?|nos?\.?|numbers?|notes?|parts?|pages?"
    r"|schedules?|regulations?|chapters?|box|suite|floor|room|route|level|class|phase|tier|amendment|release"
    r"|version|series|act|code|cfr|u\.s\.c\.?|q[1-4]?|fy|h[12]|step|stage|appendix|annex|paragraph|clause"
    r"|tel\.?|fax|phone|telephone|ext\.?|model|flight|lot|building|district|zone|title|gen(?:eration)?"
    r"|paragraphs|s-k|s-x|proposal|plan|no\.|pr|iphone|ipad|windows|office|mac\s+os|os|ios)|§|#|\bt:|\bf:)\s*$"
)
_IDENTIFIER_AFTER = re.compile(r"(?i)[ \t]+(?:series|model|class|edition|platform)\b")
_NOT_PRODUCT = frozenset(
    """
    all some only about approximately nearly over almost total additional another its our their
    these those the his her we us it employing hiring operate operating see
    """.split()  # noqa: SIM905
)


def _product_before(text: str, start: int, num: str) -> bool:
    """ "Globex 1000 routers", "Initech 737 aircraft": a short bare number right after a capitalised
    word (not a determiner, month or sentence's first word) is a product's model number."""
    if not re.fullmatch(r"\d{1,5}", num):
        return False
    w = re.search(
        r"(?:^|(?<=\s))([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})[ ]$", text[max(0, start - 30) : start]
    )
    if not w:
        return False
    word = w.group(1)
    low = word.lower()
    if low in _FUNCTION_WORDS or low in _NOT_PRODUCT or low[:3] in _MONTH_PREFIXES:
        return False
    before = text[max(0, start - 30) : start][: w.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n"


_MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())  # noqa: SIM905
_YEAR = re.compile(r"(?:19|20)\d\d")
_COORD = re.compile(
    rf"((?:\s+{_NOUN_WORD})?)\s+(?:and|or|to)\s+{_NUMBER}(?:\s?(?:million|billion|thousand))?"
)


def find_quantities(
    text: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Every quantity in `text[start:end]`, left to right; none starting inside a `skip` span
    (tables the caller reads on its own: their numbers are not even parsed).

    A number counts when it carries a unit: a currency ("$1.2 million",
    "GBP4.874 billion", "27 cents a share"), a percent, a physical unit
    ("39,000 megawatts"), shares, or a counted noun ("12,000 employees",
    "100 granite memorial retail outlets"). A scale word alone ("a customer
    base of 12.6 million") makes a bare count. Spelled-out numbers count only
    with a percent or a noun of `_WORD_COUNTED` ("five outlets").
    """
    stop = len(text) if end is None else end
    masked = _Spans(_masked(text, start, stop))
    skipped = _Spans(skip or [])
    out: list[Quantity] = []
    pos = start
    for anchor in _NUMBER_START.finditer(text, start, stop):
        p = anchor.start()
        if p < pos or skipped.covers(p):
            continue
        m = _AMOUNT.match(text, _prefix_start(text, max(start, pos, p - 30), p), stop)
        if m is None or m.start("num") != p:
            m = _AMOUNT.match(text, p, stop)
        if m is None:
            continue
        q = _quantity(text, m, stop, masked)
        if q is not None:
            out.append(q)
            pos = q.end
    return out


# Each pattern run over a whole document starts with a look-ahead at its possible first characters:
# the scan then skips other positions at once instead of trying every alternative there.
_NUMBER_START = re.compile(
    rf"(?=[\d.])(?<![\d,])(?:\d|\.\d)|(?i:(?=[efnostwz])(?<![\w-]){_WORD_NUMBER}(?![\w-]))"
)
_PREFIX = re.compile(
    rf"(?i)(?:(?:{_QUAL_RE})\s+)?(?:US\s?\$|U\.S\.\$|C\$|A\$|HK\$|\$|£|€|¥|Rs\.|(?-i:{_CURRENCY_CODES}))?\s?$"
)


def _prefix_start(text: str, lo: int, p: int) -> int:
    """Where a qualifier or currency written just before the number at `p` begins (`p` if none, or
    the one white-space character before it): what `_PREFIX` finds searching text[lo:p], read
    backwards from `p` with a few lookups instead of a search from every position of the window."""
    k = p - 1 if p - 1 >= lo and text[p - 1].isspace() else p
    begin = k
    last = text[k - 1] if k > lo else ""
    if last in "$£€¥." or last.isupper():  # every sign ends so: "$", "Rs.", "USD"
        for c in range(max(lo, k - 5), k):  # the longest sign ending at k: "U.S.$" before "$"
            token = text[c:k]
            if (
                token in _CURRENCY_CODE_SET
                or token.lower() in _SIGNS
                or (len(token) == 4 and token[2].isspace() and token[3] == "$" and token[:2].lower() == "us")
            ):
                begin = c
                break
    end = begin if begin < k else p  # a qualifier and white space before the sign, or before the number
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j < end and (text[j - 1].isalpha() or text[j - 1] == "."):  # qualifiers end in a letter or "approx."
        for q in range(max(lo, j - _LONGEST_QUALIFIER), j):
            if text[q:j].lower() in QUALIFIERS:
                return q
    return begin


_SIGNS = frozenset({"us$", "u.s.$", "c$", "a$", "hk$", "$", "£", "€", "¥", "rs."})
_CURRENCY_CODE_SET = frozenset(_CURRENCY_CODES.split("|"))
_LONGEST_QUALIFIER = max(map(len, QUALIFIERS))


class _Spans:
    """Sorted, merged spans; `covers(i)` in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def covers(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and i < self.ends[k]


def _identifier_before(text: str, start: int, end: int) -> bool:
    """An identifier word ("Item", "Rule", "No.", "§") just before text[end]: the number names something.

    Only the last few characters can hold it (the longest word is 11 letters), so only they are searched.
    """
    k = end
    while k > start and text[k - 1].isspace():
        k -= 1
    return bool(_IDENTIFIER_BEFORE.search(text, max(start, k - 16), end))


def _quantity(text: str, m: re.Match[str], stop: int, masked: _Spans) -> Quantity | None:
    num, num_start = m.group("num"), m.start("num")
    if masked.covers(num_start):
        return None
    is_word = num[0].isalpha()
    before = text[max(0, m.start() - 40) : m.start()]
    after = text[m.end() : min(stop, m.end() + 80)]
    cur_code = _currency_code(m.group("cur"))
    # glued to letters or other digits: "13a-16", "10A-3", "PR0343", "56k modem", "1-866-..."
    prev = text[num_start - 1] if num_start > 0 else " "
    if prev.isalnum() and not cur_code:
        return None
    nxt = text[m.end("num")] if m.end("num") < len(text) else " "
    if not (m.group("scale") or m.group("glued")) and (nxt.isalpha() and not _unit_glued(text, m.end("num"))):
        return None
    if nxt in "-–/" and not _is_range(text, m.end("num")) and not cur_code:
        return None
    if prev in "-–/" and not cur_code and not _range_end(text, num_start):
        return None
    if nxt == ")" and not m.group("scale"):  # footnote or list marker: "(1)", "1)"
        return None
    if nxt == ":" and text[m.end("num") + 1 : m.end("num") + 2].isdigit():  # a time "10:00"
        return None
    if not cur_code and _identifier_before(text, max(0, m.start() - 40), m.start()):
        return None
    value = parse_number(num)
    if value is None:
        return None
    if m.group("glued") and not cur_code:  # "2M Holdings" is a name; "$5m" is five million dollars
        return None
    scale = (m.group("scale") or m.group("glued") or "").lower()
    for word in scale.split():  # "two hundred thousand": each scale word multiplies
        value *= _SCALES[word]
    if not cur_code and _IDENTIFIER_AFTER.match(text, m.end(), stop):
        return None  # "1000 series routers", "400 model year": a product or series number
    if not cur_code and not scale and _product_before(text, m.start(), num):
        return None
    qualifier = QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()))
    end = m.end()
    unit: str | None = None
    noun = per = None
    if cur_code:
        unit = cur_code
        ps = _PER_SHARE.match(text, end, stop)
        if ps:
            unit, end = f"{cur_code}/share", ps.end()
    else:
        pct = _PERCENT.match(text, end, stop)
        cents = _CENTS.match(text, end, stop)
        phys = _PHYSICAL_RE.match(text, end, stop)
        cw = _CURRENCY_WORD_RE.match(after)
        if pct:
            unit, end = "percent", pct.end()
        elif _is_range(text, m.end("num")):
            unit, end = "percent", m.end("num")
        elif cents and not is_word:
            ps = _PER_SHARE.match(text, cents.end(), stop)
            value /= 100
            unit, end = ("USD/share", ps.end()) if ps else ("USD", cents.end())
        elif phys:
            unit, end = _PHYSICAL[phys.group(1).lower()], phys.end()
        elif cw and (scale or not is_word):
            unit, end = _CURRENCY_WORDS[cw.group(1).lower()], m.end() + cw.end()
        elif not scale and not is_word and _YEAR.fullmatch(num):
            return None  # a year
        else:
            ps = _PER_SHARE.match(text, end, stop)
            if ps and not is_word and not scale:
                unit, end = "USD/share", ps.end()  # "2.03 per share": the document's currency
            else:
                more_first = _OR_MORE.match(text, end, stop)
                if more_first:
                    if value == 1:
                        return None  # "one or more committees"
                    qualifier = qualifier or (
                        "at-least" if more_first.group(1).lower() in ("more", "greater") else "up-to"
                    )
                    end = more_first.end()
                noun_m = _counted_noun(text, end, stop, scale=bool(scale))
                if noun_m:
                    noun = noun_m[0]
                    head = noun.split()[-1].lower()
                    if is_word and not scale and head not in _WORD_COUNTED:
                        return None
                    if "old" in text[noun_m[1] : noun_m[1] + 5].lower().split():
                        return None  # "51 years old"
                    unit = "shares" if head == "shares" else "count"
                    end = noun_m[1]
                elif scale and not is_word:
                    unit = "count"
                elif not is_word and (sh := _OF_SHARES.match(text, end, stop)):
                    unit, noun, end = "shares", "shares", sh.end()
                elif not is_word and re.search(r"(?i)\bof\s+which\s*$", before):
                    unit, noun = "count", None  # "6,000 roles ..., of which 3,000": the caller knows the noun
                elif not is_word and (
                    nm := re.search(
                        r"(?i)\bnumber\s+of\s+([a-z]+s)\b[^.;]{0,60}\bby\s*$",
                        text[max(0, m.start() - 120) : m.start()],
                    )
                ):
                    unit, noun = "count", nm.group(1)
                elif (coord := _coordinated_noun(text, end, stop)) and not is_word:
                    noun, end = coord
                    unit = "shares" if noun.split()[-1].lower() == "shares" else "count"
                else:
                    return None
    if unit in ("percent",) and is_word and not re.match(r"(?i)\s?(?:percent|per cent)", text[m.end() : end]):
        return None
    if unit == "percent" and _identifier_before(text, max(0, m.start() - 40), m.start()):
        return None
    rate = _PER.match(text, end, stop)
    if rate:
        per = (rate.group(1) or rate.group(2)).lower()
        end = rate.end()
    more = _OR_MORE.match(text, end, stop)
    if more and qualifier is None:
        qualifier = "at-least" if more.group(1).lower() in ("more", "greater") else "up-to"
    first = m.start("qual") if m.group("qual") else (m.start("cur") if m.group("cur") else num_start)
    return Quantity(first, end, value, unit, qualifier, noun, per, num_start)


def _currency_code(symbol: str | None) -> str | None:
    if not symbol:
        return None
    s = symbol.replace(" ", "")
    return _CURRENCY_SYMBOL.get(s) or (s.upper() if re.fullmatch(r"[A-Za-z]{3}", s) else None)


def _unit_glued(text: str, pos: int) -> bool:
    """ "19.2%" or "4.9bn" or "1,200MW": letters glued to a number that are a unit."""
    return bool(re.match(r"(?i)(?:%|bn|mn|m\b|k\b|mw|gw|kwh|mwh|gwh)", text[pos : pos + 4]))


def _is_range(text: str, pos: int) -> bool:
    """ "3-6%", "4–6 percent": a range whose end carries the unit."""
    return bool(re.match(rf"[-–]{_NUMBER}\s?(?:%|percent\b)", text[pos : pos + 20]))


def _range_end(text: str, num_start: int) -> bool:
    return bool(re.search(rf"(?<![\d,.]){_NUMBER}[-–]$", text[max(0, num_start - 12) : num_start]))


_WORD_AT = re.compile(r"\s+([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")


def _counted_noun(text: str, pos: int, stop: int, *, scale: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase after a number: up to three lower-case modifiers and a plural head.

    "100 granite memorial retail outlets" → "granite memorial retail outlets";
    after a scale word a capitalised product plural counts too ("4.1 million Widgets").
    """
    words: list[str] = []
    for i in range(4):
        m = _WORD_AT.match(text, pos, stop)
        if not m:
            return None
        w = m.group(1)
        pos = m.end()
        low = w.lower()
        if low == "and" and words and i < 3:  # "Globex-branded and affiliated stores"
            words.append(w)
            continue
        product = scale and i == 0 and re.fullmatch(r"(?:[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+)s", w)
        branded = (
            "-" in w and w.split("-", 1)[1].islower() and i < 3
        )  # "Globex-branded and affiliated stores"
        if not (w.islower() or product or branded):
            return None
        if low in _FUNCTION_WORDS:
            return None
        words.append(w)
        if (
            (low.endswith("s") or product)
            and len(low) > 2
            and low not in _NOT_NOUNS
            and not low.endswith(("ss", "us", "is", "-olds"))
        ):
            if text[pos : pos + 1] in "-'’" and text[pos : pos + 2] != "' ":
                continue
            if low in _NOT_COUNTED:
                return None
            return " ".join(words), pos
    return None


def _coordinated_noun(text: str, pos: int, stop: int) -> tuple[str, int] | None:
    """ "870 full-line and 1,100 specialty stores", "921,035,475 and 915,970,305 shares":
    a bare number takes the counted noun of the number it is coordinated with."""
    m = _COORD.match(text, pos, stop)
    if not m:
        return None
    noun = _counted_noun(text, m.end(), stop)
    if not noun:
        return None
    head = noun[0].split()[-1]
    own = m.group(1).strip()
    return (f"{own} {head}" if own else head), pos + len(m.group(1))


_PHONE = re.compile(
    r"(?=[+(\d])(?:\+\d[\d\s().-]{7,}\d|\(\d{3}\)\s*\d{3}[-.\s]\d{4}|\b1[-.]\d{3}[-.]\d{3}[-.]\d{4}\b"
    r"|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{3,4}\s\d{6}\b)"
)
_TIME = re.compile(r"(?i)(?=\d)(?:\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b)")


def _masked(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Spans where digits are not amounts: URLs, e-mail, phone numbers, times and dates."""
    spans = [(m.start(), m.end()) for rx in (_WEB, _PHONE, _TIME) for m in rx.finditer(text, start, stop)]
    spans += _addresses(text, start, stop)
    spans += [(a, b) for _, a, b in find_dates(text, start, stop)]
    return spans


_WEB = re.compile(r"(?i)(?=[hw])\b(?:https?://|www\.)\S+")
_EMAIL_AT = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_DOT_DOMAIN = re.compile(r"(?i)\.(?:com|net|org)\b")
_EMAIL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-")


def _addresses(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """E-mail addresses and bare domains ("acme.com/ir"), found from their "@" or ".com" and read
    backwards to the start of the token: one pass over the text, not a match tried at every word."""
    spans: list[tuple[int, int]] = []
    at = text.find("@", start, stop)
    while at != -1:
        s = at
        while s > start and (text[s - 1] in _EMAIL_CHARS or text[s - 1].isalnum()):
            s -= 1
        m = _EMAIL_AT.match(text, at, stop)
        if s < at and m and (s == 0 or not (text[s - 1] in _EMAIL_CHARS or text[s - 1].isalnum())):
            spans.append((s, m.end()))
        at = text.find("@", at + 1, stop)
    for m in _DOT_DOMAIN.finditer(text, start, stop):
        s = m.start()
        while s > start and (text[s - 1].isalnum() or text[s - 1] in "_-"):
            s -= 1
        while s < m.start() and not (text[s].isalnum() or text[s] == "_"):
            s += 1  # a name starts with a word character ("-acme.com" is "acme.com")
        if s < m.start():
            e = m.end()
            while e < stop and not text[e].isspace():
                e += 1
            spans.append((s, e))
    return spans


# --- dates --------------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_RES = (
    re.compile(rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        rf"(?i)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s*,?\s*(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(rf"(?i)\b{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),  # "September 2003": the month's last day
)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[date, int, int]]:
    """Written dates in `text[start:end]` ("July 3, 2004", "31 March 2003", "December, 2003"), in order.

    A month without a day stands for that month's last day. Month names are
    found first and the three date shapes tried around them.
    """
    stop = len(text) if end is None else end
    found: list[tuple[date, int, int]] = []
    last_end = start
    for mm in _MONTH_WORD.finditer(text, start, stop):
        if mm.group().lower().rstrip(".") not in _MONTHS or mm.start() < last_end:
            continue
        day_first = _DAY_BEFORE.search(text, max(start, last_end, mm.start() - 12), mm.start())
        m = None
        if day_first:
            m = _DATE_RES[1].match(text, day_first.start(), stop)
        m = m or _DATE_RES[0].match(text, mm.start(), stop) or _DATE_RES[2].match(text, mm.start(), stop)
        if m is None:
            continue
        year, month = int(m.group("year")), _MONTHS[m.group("month").lower().rstrip(".")]
        day = int(m.groupdict().get("day") or calendar.monthrange(year, month)[1])
        try:
            found.append((date(year, month, day), m.start(), m.end()))
        except ValueError:
            continue
        last_end = m.end()
    return found


_MONTH_WORD = re.compile(r"(?i)(?=[jfmasond])\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")


# --- periods ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """A period (start, end) or an instant, and where the text states it.

    `local` periods ("2022 sales") qualify only the amount right after them;
    `ordinal` keeps "second" of "second quarter ended July 3, 2004" so that
    a later "second quarter of 2004" can be looked up.
    """

    start: date | None
    end: date | None
    instant: date | None = None
    span: tuple[int, int] = (0, 0)
    local: bool = False
    ordinal: str | None = None
    fiscal_year: int | None = None


_LENGTH_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "twenty-six": 26, "twenty six": 26,
    "thirty-nine": 39, "thirty nine": 39, "fifty-two": 52, "fifty two": 52, "fifty-three": 53,
}  # fmt: skip
_LENGTH = (
    r"(?<![\d,.])(?P<n>[1-9]\d?|"
    + "|".join(sorted(map(re.escape, _LENGTH_WORDS), key=len, reverse=True))
    + r")"
)
_ORDINAL = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_ENDED = r"(?:then\s+)?(?:ended|ending|to|through|thru|ends|closed)"
# What stands right before a date to make it a period's end (matched at the end of a short window).
_BEFORE_DATE = (
    # "the 13-week fiscal quarter ended", "three months ended", "7-month period to"
    re.compile(
        rf"(?ix)(?:{_ORDINAL}\s+)?(?:fiscal\s+(?:19|20)\d\d\s+(?:first|second|third|fourth)?\s*)?{_LENGTH}[\s-]+"
        rf"(?P<unit>weeks?|months?|years?)(?:\s+(?:fiscal\s+)?(?:period|quarter|year)s?)?\s+{_ENDED}\s+$"
    ),
    # "the second quarter ended", "fiscal 2011 first quarter ended", "the year ended", "the quarter ending"
    re.compile(
        rf"(?ix)(?:fiscal\s+(?P<fy>(?:19|20)\d\d)\s+)?(?:{_ORDINAL}\s+)?(?:fiscal\s+)?"
        rf"(?P<kind>quarter|year|half[\s-]year|half)\s+{_ENDED}\s+$"
    ),
)
_ENDED_WORDS = ("ended", "ending", "to", "through", "thru", "ends", "closed")
_YEAR_LEAD_WORDS = ("in", "for", "during", "of", "calendar", "year")


def _tail_word(window: str) -> str:
    """The window's last characters before the white space it must end with ("" if it does not)."""
    tail = window.rstrip()
    return tail[-12:].lower() if len(tail) < len(window) else ""


_INSTANT_BEFORE = re.compile(r"(?i)\b(?:as\s+(?:of|at)|at\s+the\s+end\s+of|at)\s+$")
_YEAR_TOKEN = re.compile(r"(?=[12])(?<![\w,$.-])(?:19|20)\d\d\b")
_YEAR_BEFORE = re.compile(
    r"(?i)(?<!quarter )(?<!half )(?<!month )(?<!period )\b(?:in|for|during|of)\s+"
    r"(?:(?:calendar|full[\s-]year|the\s+(?:full\s+)?year)\s+)?$"
)
_FIRST_MONTHS = re.compile(
    r"(?i)(?=[tf])\b(?:the\s+)?first\s+(?P<n>\d{1,2}|three|six|nine|twelve)\s+months\s+of\s+(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_YEAR_NOUN_RE = re.compile(
    r"(?i)(?=[12])(?<![\w,$.-])(?P<year>(?:19|20)\d\d)\s+(?:(?:full[\s-]year|annual|fiscal[\s-]year)\s+)?"
    r"(?P<noun>sales|revenues?|net\s+income|earnings|results|turnover|profits?)\b"
)
_NOT_A_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:early|late|mid|by|since|until|before|after|from|beginning|starting)\s*$"
)


def _months_back(end: date, months: int) -> date:
    """First day of a period of `months` calendar months ending on `end`."""
    if end.day == calendar.monthrange(end.year, end.month)[1]:  # ends a month: starts a month
        y, m = divmod(end.year * 12 + end.month - 1 - (months - 1), 12)
        return date(y, m + 1, 1)
    y, m = divmod(end.year * 12 + end.month - 1 - months, 12)
    day = min(end.day, calendar.monthrange(y, m + 1)[1])
    return date(y, m + 1, day) + timedelta(days=1)


def period_from_words(length: str | None, unit: str | None, end: date) -> tuple[date, date]:
    """(start, end) of "13 weeks" / "three months" / "year" / "quarter" ending on `end`."""
    n = 1
    if length:
        n = int(length) if length.isdigit() else _LENGTH_WORDS.get(" ".join(length.lower().split()), 1)
    u = (unit or "year").lower().replace(" ", "-").rstrip("s")
    if u == "week":
        return end - timedelta(days=7 * n - 1), end
    if u == "month":
        return _months_back(end, n), end
    if u == "quarter":
        return _months_back(end, 3 * n), end
    if u in ("half-year", "half"):
        return _months_back(end, 6), end
    return _months_back(end, 12 * n), end


_ORDINALS = {
    "first": "first", "1st": "first", "second": "second", "2nd": "second",
    "third": "third", "3rd": "third", "fourth": "fourth", "4th": "fourth",
}  # fmt: skip
_QUARTER_OF = re.compile(
    r"(?i)(?=[fst])\b(?P<ord>first|second|third|fourth)[\s-]+quarter\b(?!\s+(?:ended|ending|to|through))"
    r"(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b)?"
)


def _known_quarter(known: list[Period], ordinal: str, year: str | None) -> Period | None:
    """ "second quarter of 2004" is the quarter the document called "second quarter ended July 3, 2004"."""
    same = [p for p in known if p.ordinal == ordinal and p.end is not None]
    if year is not None:
        y = int(year)
        same = [p for p in same if p.fiscal_year == y or (p.fiscal_year is None and p.end.year == y)]
    ends = {p.end for p in same}
    return same[0] if len(ends) == 1 else None


def find_periods(
    text: str, start: int = 0, end: int | None = None, known: list[Period] | None = None
) -> list[Period]:
    """Periods and instants stated in `text[start:end]`, in order of position.

    `known` are periods the document stated elsewhere with their ordinal
    ("second quarter ended July 3, 2004"): "the second quarter of 2004" and
    "the second quarter" resolve to them, and to nothing when they are unknown.
    """
    stop = len(text) if end is None else end
    out: list[Period] = []
    taken_starts: list[int] = []  # spans already taken: disjoint, so sorted by start is sorted by end
    taken_ends: list[int] = []

    def add(p: Period) -> None:
        a, b = p.span
        k = bisect_left(taken_starts, b) - 1  # the last span starting before this one ends
        if k >= 0 and taken_ends[k] > a:
            return
        taken_starts.insert(k + 1, a)
        taken_ends.insert(k + 1, b)
        out.append(p)

    dates = find_dates(text, start, stop)
    for d, a, b in dates:  # "... quarter ended July 3, 2004", "as of December 31, 2023"
        w0 = max(start, a - 110)
        window = text[w0:a]
        tail = _tail_word(window)  # the phrases end in a few words: test those before any search
        for rx in _BEFORE_DATE:
            m = rx.search(window) if tail.endswith(_ENDED_WORDS) else None
            if m:
                groups = m.groupdict()
                unit = groups.get("unit") or groups.get("kind")
                s, e = period_from_words(groups.get("n"), unit, d)
                ordinal = _ORDINALS.get((groups.get("ord") or "").lower())
                fy = int(groups["fy"]) if groups.get("fy") else None
                add(Period(s, e, span=(w0 + m.start(), b), ordinal=ordinal, fiscal_year=fy))
                break
        else:
            m = _INSTANT_BEFORE.search(window) if tail.endswith(("of", "at")) else None
            if m:
                add(Period(None, None, d, span=(w0 + m.start(), b)))
    for m in _QUARTER_OF.finditer(text, start, stop):
        found = _known_quarter(known or [], _ORDINALS[m.group("ord").lower()], m.group("year"))
        if found is not None:
            add(Period(found.start, found.end, span=(m.start(), m.end())))
    for m in _FIRST_MONTHS.finditer(text, start, stop):
        n = int(m.group("n")) if m.group("n").isdigit() else _LENGTH_WORDS.get(m.group("n").lower(), 0)
        y = int(m.group("year"))
        if 0 < n <= 12:
            last = date(y, n, calendar.monthrange(y, n)[1])
            add(Period(date(y, 1, 1), last, span=(m.start(), m.end())))
    in_dates = _Spans([(a, b) for _, a, b in dates])
    for m in _YEAR_TOKEN.finditer(text, start, stop):
        if in_dates.covers(m.start()):
            continue
        lead = text[max(0, m.start() - 40) : m.start()]
        head = _YEAR_BEFORE.search(lead) if _tail_word(lead).endswith(_YEAR_LEAD_WORDS) else None
        if not head or re.match(r"\s*(?:-|–|to\b|through\b)", text[m.end() : m.end() + 10]):
            continue
        if _NOT_A_PERIOD_BEFORE.search(lead[: head.start()]):
            continue
        if re.match(r"\s*(?:Annual Report|Form|Plan|Notes?)\b", text[m.end() : m.end() + 15]):
            continue
        if re.search(r"(?i)\b(?:act|law|code|statute)\s+of\s*$", lead):
            continue
        y = int(m.group())
        add(Period(date(y, 1, 1), date(y, 12, 31), span=(m.start(), m.end())))
    for m in _YEAR_NOUN_RE.finditer(text, start, stop):
        y = int(m.group("year"))
        add(Period(date(y, 1, 1), date(y, 12, 31), span=(m.start(), m.end("year")), local=True))
    return sorted(out, key=lambda p: p.span[0])


# --- scale notes of tables ----------------------------------------------------

_SCALE_NOTE = re.compile(
    r"(?i)\(\s*(?:(?:dollars?|amounts?|\$)\s+)?(?:in\s+)?(?:(?:U\.S\.\s+)?dollars?\s+in\s+)?"
    r"(?P<scale>thousands|millions|billions)\b(?P<rest>[^)]{0,120})\)"
)


def scale_note(text: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """The multipliers a table's note sets: (amounts, share counts, per-share amounts).

    "(in thousands, except per share data)" → (1000, 1000, 1);
    "(Amounts in Thousands Except Share and Per Share Amounts)" → (1000, 1, 1);
    "(in millions, except share amounts which are reflected in thousands and
    per share amounts)" → (10**6, 1000, 1); "(millions)" → (10**6, 10**6, 1).
    None when the text holds no such note.
    """
    m = _SCALE_NOTE.search(text)
    if not m:
        return None
    scale = {"thousands": Decimal(1000), "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9}
    amounts = scale[m.group("scale").lower()]
    rest = m.group("rest").lower()
    shares = amounts
    exception = rest.split("except", 1)[1] if "except" in rest else ""
    if re.match(r"\s*(?:for\s+)?(?:number\s+of\s+|common\s+)?shares?\b(?!\s*data)", exception):
        inner = re.search(r"shares?[^)]*?\b(?:in|as)\s+(thousands|millions)", exception)
        shares = scale[inner.group(1)] if inner else Decimal(1)
    return amounts, shares, Decimal(1)
