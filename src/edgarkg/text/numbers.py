"""Numbers as prose states them: amounts with units and scales, and their qualifiers.

"GBP4.874 billion", "£4.9bn", "US$ 350 million", "27 cents a share",
"some 12,000 employees", "19.2%", "nearly 39,000 megawatts": each becomes a
`Quantity` with its value in plain units (Decimal), a unit code (ISO 4217,
"USD/share", "percent", "count", "shares", "MW", "kWh") and the qualifier the
text puts on it. Only numbers that carry a unit count: a currency, a percent
sign, a physical unit, a scale word, or a counted noun ("15 states"). Years,
dates, times, phone numbers, footnote markers, section and rule numbers,
ages and durations are not quantities and are skipped.

Dates and periods are `edgarkg.text.periods`' (re-exported here); the
scale notes of tables ("(in thousands, except per share data)") are read here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from edgarkg.text.class_counts import classed_noun
from edgarkg.text.periods import Date, Period, find_dates, find_periods, period_from_words, read_periods
from edgarkg.text.trie import trie_pattern

__all__ = [
    "Quantity",
    "Period",
    "find_quantities",
    "parse_number",
    "find_dates",
    "find_periods",
    "read_periods",
    "period_from_words",
    "scale_note",
    "scale_line",
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
_TENS_WORDS = "thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_SMALL_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen"
)


def _number_words() -> str:
    """The spelled-out numbers "one" ... "ninety-nine"."""
    units = rf"(?:-(?:{_UNIT_WORDS}))?"
    return rf"(?:(?:{_TENS_WORDS}){units}|{_SMALL_WORDS}|twenty{units})"


def _number_words_read() -> str:
    """The spelled-out numbers as they go on after their first letter was read already: one branch
    per first letter (checked with a look-behind), the rest of its words as a trie, so a word start
    tries a few characters, not every number word in turn."""
    tens = [*_TENS_WORDS.split("|"), "twenty"]
    words = _SMALL_WORDS.split("|") + tens + [f"{t}-{u}" for t in tens for u in _UNIT_WORDS.split("|")]
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(f"(?<={c})(?:{trie_pattern(rest)})" for c, rest in sorted(by_first.items())) + ")"


_WORD_NUMBER = _number_words()
_SCALES = {
    "thousand": Decimal(1000), "k": Decimal(1000),
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9, "mm": Decimal(10) ** 6,
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


_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


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
    if not _NUMBER_RE.fullmatch(t):
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
    (?:(?P<qual>{_QUAL_RE})\s+)?\(?
    (?P<cur>US\s?\$|U\.S\.\$|C\$|A\$|HK\$|\$|£|€|¥|Rs\.|(?-i:{_CURRENCY_CODES})(?=\s?\d))?\s?(?(cur)\(?)
    (?P<num>{_NUMBER}|(?<![\w-]){_WORD_NUMBER}(?![\w-]))
    (?:\s?\(\d[\d,]*\))?
    (?:(?:[ \t]?|[ \t]*\n[ \t]*)(?P<scale>hundred(?:[ ](?:thousand|million|billion))?|thousand|million|billion
      |trillion|(?-i:bn|mn|mln))\b
      |(?P<glued>(?-i:bn|mn|m|k|b|MM|M|K|B|Bn|BN))\b)?
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
_IRREGULAR_PLURALS = frozenset({"people", "personnel", "staff"})  # "we employed 1,250 people"
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
    if not (len(num) <= 5 and num.isdecimal()):  # \d{1,5}
        return False
    w = _PRODUCT_WORD.search(text[max(0, start - 30) : start])
    if not w:
        return False
    word = w.group(1)
    low = word.lower()
    if low in _FUNCTION_WORDS or low in _NOT_PRODUCT or low[:3] in _MONTH_PREFIXES:
        return False
    before = text[max(0, start - 30) : start][: w.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n"


_PRODUCT_WORD = re.compile(r"(?:^|(?<=\s))([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})[ ]$")
_MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())  # noqa: SIM905
_YEAR = re.compile(r"(?:19|20)\d\d")
_COORD = re.compile(
    rf"((?:\s+{_NOUN_WORD})?)\s+(?:and|or|to)\s+{_NUMBER}(?:\s?(?:million|billion|thousand))?"
)


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    skip: list[tuple[int, int]] | None = None,
    dates: list[Date] | None = None,
) -> list[Quantity]:
    """Every quantity in `text[start:end]`, left to right; none starting inside a `skip` span
    (tables the caller reads on its own: their numbers are not even looked at).

    A number counts when it carries a unit: a currency ("$1.2 million",
    "GBP4.874 billion", "27 cents a share"), a percent, a physical unit
    ("39,000 megawatts"), shares, or a counted noun ("12,000 employees",
    "100 granite memorial retail outlets"). A scale word alone ("a customer
    base of 12.6 million") makes a bare count. Spelled-out numbers count only
    with a percent or a noun of `_WORD_COUNTED` ("five outlets"). `dates` are
    `find_dates(text)` when the caller has them.
    """
    stop = len(text) if end is None else end
    gaps = _gaps(skip or [], start, stop)
    masked = _Spans(_masked(text, gaps, stop, dates))
    out: list[Quantity] = []
    pos = start
    for a, b in gaps:
        for anchor in _NUMBER_START.finditer(text, a, stop):
            p = anchor.start()
            if p >= b:
                break
            if p < pos or masked.covers(p):  # a date, phone number, time or address: not an amount
                continue
            if p > 0 and text[p - 1].isalnum() and text[max(0, p - 3) : p] not in _CURRENCY_CODE_SET:
                continue  # glued to a word ("Q3", "PR0343"), not to a currency code ("USD5"): see _quantity
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


def _gaps(skip: list[tuple[int, int]], start: int, stop: int) -> list[tuple[int, int]]:
    """The stretches of text[start:stop] between the skipped spans."""
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in sorted(skip):
        if a > pos:
            out.append((pos, min(a, stop)))
        pos = max(pos, b)
        if pos >= stop:
            break
    if pos < stop:
        out.append((pos, stop))
    return [(a, b) for a, b in out if a < b]


# Where a number may start: a digit or ".5" not glued to digits before it, or a spelled-out number.
# The pattern starts with a plain character set (look-behinds then check which character it was and
# what stood before it), so the scan skips every other character at C speed.
_NUMBER_START = re.compile(
    rf"[\d.EFNOSTWZefnostwz](?:(?<=\d)(?<![\d,]\d)|(?<=\.)(?<![\d,]\.)\d"
    rf"|(?<![\w-].)(?i:{_number_words_read()})(?![\w-]))"
)
_PREFIX = re.compile(
    rf"(?i)(?:(?:{_QUAL_RE})\s+)?(?:US\s?\$|U\.S\.\$|C\$|A\$|HK\$|\$|£|€|¥|Rs\.|(?-i:{_CURRENCY_CODES}))?\s?$"
)


def _prefix_start(text: str, lo: int, p: int) -> int:
    """Where a qualifier or currency written just before the number at `p` begins (`p` if none, or
    the one white-space character before it): what `_PREFIX` finds searching text[lo:p], read
    backwards from `p` with a few lookups instead of a search from every position of the window."""
    k = p - 1 if p - 1 >= lo and (text[p - 1].isspace() or text[p - 1] == "(") else p  # "$(3,718,000)"
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
    if end > lo and text[end - 1] == "(" and begin < k:
        begin = end = end - 1  # "($3,718,000)": a negative amount, in parentheses
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    # qualifiers end in a letter or "approx.", and in one of a few four-character endings
    if (
        j < end
        and (text[j - 1].isalpha() or text[j - 1] == ".")
        and text[j - 4 : j].lower() in _QUALIFIER_ENDS
    ):
        for q in range(max(lo, j - _LONGEST_QUALIFIER), j):
            if text[q:j].lower() in QUALIFIERS:
                return q
    return begin


_SIGNS = frozenset({"us$", "u.s.$", "c$", "a$", "hk$", "$", "£", "€", "¥", "rs."})
_CURRENCY_CODE_SET = frozenset(_CURRENCY_CODES.split("|"))
_LONGEST_QUALIFIER = max(map(len, QUALIFIERS))
_QUALIFIER_ENDS = frozenset(q[-4:] for q in QUALIFIERS)  # every qualifier is at least four long


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
    if k == start or text[k - 1].lower() not in _IDENTIFIER_LAST:
        return False  # "of", "$", "to": no identifier ends so, nothing to search
    return bool(_IDENTIFIER_BEFORE.search(text, max(start, k - 16), end))


# The last characters of `_IDENTIFIER_BEFORE`'s words ("ſ" and "K" match "s" and "k" ignoring case).
_IDENTIFIER_LAST = frozenset("smnetroxlcq1234yphgkd.§#:ſ")


def _quantity(text: str, m: re.Match[str], stop: int, masked: _Spans) -> Quantity | None:
    num, num_start = m.group("num"), m.start("num")
    if masked.covers(num_start):
        return None
    is_word = num[0].isalpha()
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
    if nxt == ")" and not m.group("scale") and not cur_code:  # footnote or list marker: "(1)", "1)"
        return None
    if nxt == ":" and text[m.end("num") + 1 : m.end("num") + 2].isdigit():  # a time "10:00"
        return None
    if not cur_code and _identifier_before(text, max(0, m.start() - 40), m.start()):
        return None
    value = parse_number(num)
    if value is None:
        return None
    if cur_code and nxt == ")" and _negative(text, m.start(), num_start):
        value = -value  # "$(0.42)", "of ($3,718,000)": an accountant's negative
    if m.group("glued") and not cur_code:  # "2M Holdings" is a name; "$5m" is five million dollars
        return None
    scale = (m.group("scale") or m.group("glued") or "").lower()
    for word in scale.split():  # "two hundred thousand": each scale word multiplies
        value *= _SCALES[word]
    if not cur_code and not is_word and not scale and not _YEAR.fullmatch(num):
        classed = classed_noun(text, m.end(), stop)  # "8,805 Series A Units", "10,932,813 Shares"
        if classed is not None:
            noun, unit, end = classed
            qualifier = QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()))
            first = m.start("qual") if m.group("qual") else num_start
            return Quantity(first, end, value, unit, qualifier, noun, None, num_start)
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
        # each unit is looked for only where no earlier one was found (most numbers have none)
        if pct := _PERCENT.match(text, end, stop):
            unit, end = "percent", pct.end()
        elif _is_range(text, m.end("num")):
            unit, end = "percent", m.end("num")
        elif not is_word and (cents := _CENTS.match(text, end, stop)):
            ps = _PER_SHARE.match(text, cents.end(), stop)
            value /= 100
            unit, end = ("USD/share", ps.end()) if ps else ("USD", cents.end())
        elif phys := _PHYSICAL_RE.match(text, end, stop):
            unit, end = _PHYSICAL[phys.group(1).lower()], phys.end()
        elif (scale or not is_word) and (
            cw := _CURRENCY_WORD_RE.match(text[m.end() : min(stop, m.end() + 80)])
        ):
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
                elif not is_word and _OF_WHICH.search(text[max(0, m.start() - 40) : m.start()]):
                    unit, noun = "count", None  # "6,000 roles ..., of which 3,000": the caller knows the noun
                elif not is_word and (nm := _NUMBER_OF_BY.search(text[max(0, m.start() - 120) : m.start()])):
                    unit, noun = "count", nm.group(1)
                elif not is_word and (nm := _number_of_was(text, m.start())):
                    unit, noun = "count", nm
                elif (coord := _coordinated_noun(text, end, stop)) and not is_word:
                    noun, end = coord
                    unit = "shares" if noun.split()[-1].lower() == "shares" else "count"
                else:
                    return None
    if unit == "percent" and is_word and not _PERCENT_WORD.match(text[m.end() : end]):
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


def _negative(text: str, start: int, num_start: int) -> bool:
    """ "$(0.42)", and "($3,718,000)" where the words before need the amount ("a net loss of
    approximately ($3,718,000)"); not an amount restated or set aside in parentheses ("fifty thousand
    dollars ($50,000)", "the minimum capital required ($1,150,000)")."""
    sign = text.find("(", start, num_start)
    if sign < 0:
        return False
    if sign > start and text[start:sign].strip():  # "$(": a sign before the parenthesis
        return True
    return bool(_NEEDS_AMOUNT.search(text, max(0, sign - 30), sign))


_NEEDS_AMOUNT = re.compile(
    r"(?i)\b(?:of|was|were|is|are|been|totaled|totalled|totaling|approximately|about|nearly|to|from|by|at"
    r"|incurred|reported|recorded|posted)\s*$"
)
_OF_WHICH = re.compile(r"(?i)\bof\s+which\s*$")
_NUMBER_OF_BY = re.compile(r"(?i)\bnumber\s+of\s+([a-z]+s)\b[^.;]{0,60}\bby\s*$")
# "The number of holders of record of common stock was approximately 10,101", "the number of
# shareholders of record ... as of January 31, 2024 was estimated to be 4,500,000": the count of the
# plural noun the sentence opens with.
_NUMBER_OF_WAS = re.compile(
    r"(?i)\bnumber\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z]+s(?:\s+of\s+record)?)\b"
    r"(?:(?!\bnumber\s+of\b|,\s+and\b)[^.;:]){0,140}?"
    r"\b(?:was|were|is|are|totaled|totalled|stood\s+at)(?:\s+estimated\s+(?:to\s+be|at))?\s*$"
)


def _number_of_was(text: str, at: int) -> str | None:
    """The noun of a "the number of X ... was N" sentence whose N starts at `at`, or None."""
    window = text[max(0, at - 200) : at]
    if "umber of" not in window:
        return None
    found = _NUMBER_OF_WAS.search(window)
    if found is None:
        return None
    noun = found.group(1).lower()
    head = noun.split(" of ")[0].split()[-1]
    return None if head in _NOT_COUNTED or head == "shares" else noun  # shares: the share readers'


_PERCENT_WORD = re.compile(r"(?i)\s?(?:percent|per cent)")


def _currency_code(symbol: str | None) -> str | None:
    if not symbol:
        return None
    s = symbol.replace(" ", "")
    return _CURRENCY_SYMBOL.get(s) or (s.upper() if _THREE_LETTERS.fullmatch(s) else None)


def _unit_glued(text: str, pos: int) -> bool:
    """ "19.2%" or "4.9bn" or "1,200MW": letters glued to a number that are a unit."""
    return bool(_UNIT_GLUED.match(text[pos : pos + 4]))


def _is_range(text: str, pos: int) -> bool:
    """ "3-6%", "4–6 percent": a range whose end carries the unit."""
    return bool(_RANGE.match(text[pos : pos + 20]))


def _range_end(text: str, num_start: int) -> bool:
    return bool(_RANGE_START.search(text[max(0, num_start - 12) : num_start]))


_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")
_UNIT_GLUED = re.compile(r"(?i)(?:%|bn|mn|m\b|k\b|mw|gw|kwh|mwh|gwh)")
_RANGE = re.compile(rf"[-–]{_NUMBER}\s?(?:%|percent\b)")
_RANGE_START = re.compile(rf"(?<![\d,.]){_NUMBER}[-–]$")


_WORD_AT = re.compile(r"\s+([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")


_PRODUCT_PLURAL = re.compile(r"(?:[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+)s")


# An acronym in a counted noun phrase: "LNG", "FSRUs" (a plural's "s" in lower case).
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")


def _counted_noun(text: str, pos: int, stop: int, *, scale: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase after a number: up to three lower-case modifiers and a plural head.

    "100 granite memorial retail outlets" → "granite memorial retail outlets"; "175,700 regular full-time
    and part-time employees";
    after a scale word a capitalised product plural counts too ("4.1 million Widgets").
    """
    words: list[str] = []
    # in a passage set in capitals, a count in the thousands ("483,615,700 SHARES OF ITS COMMON STOCK");
    # not a page number or a small count before a heading ("<PAGE> 2 ACME SYSTEMS TO ACQUIRE")
    caps: bool | None = None if _GROUPED_END.search(text, max(0, pos - 5), pos) else False
    for i in range(4 + min(1, text.count(" and ", pos, min(stop, pos + 60)))):  # a slot for "and"
        m = _WORD_AT.match(text, pos, stop)
        if not m:
            return None
        w = m.group(1)
        pos = m.end()
        low = w.lower()
        if low == "and" and words and i < 3 and "and" not in words:  # "Globex-branded and affiliated stores"
            words.append(w)
            continue
        if w[0].isupper() and _ACRONYM.fullmatch(w) and i < 3 and not _in_capitals(text, pos - len(w)):
            if w.endswith("s"):  # "10 purpose-built FSRUs": an acronym's plural heads the phrase
                return " ".join([*words, w]), pos
            words.append(w)  # "16 LNG regasification terminals": an acronym modifies the head
            continue
        product = scale and i == 0 and _PRODUCT_PLURAL.fullmatch(w)
        branded = (
            "-" in w and w.split("-", 1)[1].islower() and i < 3
        )  # "Globex-branded and affiliated stores"
        if not (w.islower() or product or branded):
            if caps is None:
                caps = w.isupper() and _in_capitals(text, pos - len(w))
            if not (caps and w.isupper()):
                return None
            if low == "and" and words and i < 3 and "and" not in words:
                words.append(low)
                continue
            w = low
        if low in _FUNCTION_WORDS:
            return None
        words.append(w)
        if (
            (low.endswith("s") or product or low in _IRREGULAR_PLURALS)
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


_CAPS_LOOK = 60
_GROUPED_END = re.compile(r"\d,\d{3}$")


def _in_capitals(text: str, pos: int) -> bool:
    """Whether the words before `pos` are set in capitals: a cover or heading in upper case, where a
    counted noun is upper case too. At least a few letters, and no lower-case one."""
    before = text[max(0, pos - _CAPS_LOOK) : pos]
    return sum(c.isupper() for c in before) >= 8 and not any(c.islower() for c in before)


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


# Each pattern starts with a plain character set (the look-behinds after it check what the first
# character was and what stood before it), so the scan skips other characters at C speed.
_PHONE = re.compile(
    r"[+(\d](?:(?<=\+)\d[\d\s().-]{7,}\d|(?<=\()\d{3}\)\s*\d{3}[-.\s]\d{4}"
    r"|(?<=1)(?<!\w.)[-.]\d{3}[-.]\d{3}[-.]\d{4}\b|(?<=\d)(?<!\w.)\d{2}[-.]\d{3}[-.]\d{4}\b"
    r"|(?<=0)(?<!\w.)\d{3,4}\s\d{6}\b)"
)
_TIME = re.compile(r"\d(?<!\w\d)(?:\d?(?::\d\d)?\s?(?i:a\.m\.|p\.m\.|am\b|pm\b)|\d?:\d\d\b)")


_MASK_MARGIN = 200  # how far from a stretch a mask reaching into it may start (a URL, a phone number)


def _masked(
    text: str, gaps: list[tuple[int, int]], stop: int, dates: list[Date] | None
) -> list[tuple[int, int]]:
    """Spans where digits are not amounts: URLs, e-mail, phone numbers, times and dates.

    Only the stretches read for amounts are scanned, with a margin around each, not the tables
    between them."""
    windows: list[list[int]] = []
    for a, b in gaps:
        lo, hi = max(gaps[0][0], a - _MASK_MARGIN), min(stop, b + _MASK_MARGIN)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    spans: list[tuple[int, int]] = []
    for lo, hi in windows:
        spans += [(m.start(), m.end()) for rx in (_WEB, _PHONE, _TIME) for m in rx.finditer(text, lo, hi)]
        spans += _addresses(text, lo, hi)
        if dates is None:
            spans += [(x, y) for _, x, y in find_dates(text, lo, hi)]
    if dates is not None and gaps:
        spans += [(x, y) for _, x, y in dates if x >= gaps[0][0] and y <= stop]
    return spans


_WEB = re.compile(r"[HWhw](?<!\w.)(?i:(?<=h)ttps?://|(?<=w)ww\.)\S+")
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


# --- scale notes of tables ----------------------------------------------------

# "(in CHF millions)", "(CHF in millions)": a currency's ISO code before the scale (_TABLE_CURRENCY reads it)
_SCALE_NOTE = re.compile(
    r"(?i)\(\s*(?:(?:dollars?|amounts?|\$s?|(?-i:[A-Z]{3}))\s+)?(?:in\s+)?(?:(?:U\.S\.\s+)?dollars?\s+in\s+)?"
    r"(?:(?-i:[A-Z]{3})\s+)?(?P<scale>thousands|millions|billions)\b(?P<rest>[^)]{0,120})\)"
)
_TABLE_CURRENCY = re.compile(
    rf"\((?:\s*(?:in|amounts\s+in)\s+)?\s*(?P<code>{_CURRENCY_CODES})\s+(?:in\s+)?(?i:thousands|millions|billions)\b"
    rf"|\(\s*(?i:in\s+)?(?i:thousands|millions|billions)\s+of\s+(?P<after>{_CURRENCY_CODES})\b"
)


def table_currency(header: str) -> str | None:
    """The ISO currency a table's scale note names: "(in CHF millions)", "(in millions of EUR)"."""
    if "(" not in header:
        return None
    m = _TABLE_CURRENCY.search(header)
    return (m.group("code") or m.group("after")) if m else None


# "(000'S OMITTED, EXCEPT PER SHARE AMOUNTS)", "($000)", "(000,000 omitted)": the zeros left out
_OMITTED = re.compile(
    r"(?i)\(\s*(?:(?:dollars|amounts)\s+in\s+)?(?:\$\s*(?P<d>000(?:,000)?)(?:['’]?s)?(?:\s+omitted)?"
    r"|(?P<scale>000(?:,000)?)(?:['’]?s\s+omitted|['’]?s|\s+omitted))\b(?P<rest>[^)]{0,120})\)"
)
_ZEROS = {"000": "thousands", "000,000": "millions"}


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
        m = _OMITTED.search(text) if "000" in text else None
        if not m:
            return None
    scale = {"thousands": Decimal(1000), "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9}
    word = m.group("scale") or m.groupdict().get("d") or ""
    amounts = scale[_ZEROS.get(word, word.lower())]
    rest = m.group("rest").lower()
    shares = amounts
    exception = rest.split("except", 1)[1] if "except" in rest else ""
    if re.match(r"\s*(?:for\s+)?(?:number\s+of\s+|common\s+)?shares?\b(?!\s*data)", exception):
        inner = re.search(r"shares?[^)]*?\b(?:in|as)\s+(thousands|millions)", exception)
        shares = scale[inner.group(1)] if inner else Decimal(1)
    return amounts, shares, Decimal(1)


# "In millions, except per share data" opening a heading line or cell, without parentheses
# ("Dollar amounts in thousands" over a bank's report of condition).
_SCALE_LINE = re.compile(
    r"(?im)^[ \t]*(?:(?:dollars?|amounts?|\$)\s+){0,2}in\s+(?P<scale>thousands|millions|billions)\b"
    r"(?P<rest>[^\t\n)]{0,120})"
)


def scale_line(text: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """`scale_note` of a heading that states its scale without parentheses, at the start of a line:
    "In millions, except per share data and as noted" over a bank's highlights."""
    if "n " not in text:
        return None
    m = _SCALE_LINE.search(text)
    return scale_note(f"({m.group('scale')}{m.group('rest')})") if m else None
