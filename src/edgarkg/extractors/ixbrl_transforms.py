"""Inline XBRL transformation rules: displayed text → the XBRL value it stands for.

An iXBRL fact shows "1,234.5", "—", "two" or "March 29, 2025" and names a
rule in `format` that turns it into 1234.5, 0, 2 or 2025-03-29. The rules
live in the XBRL International registries (ixt v1-v5, each its own
namespace) and the SEC's own registry (ixt-sec). Only the rules SEC filers
use are here: numbers, dashes and words, English and numeric dates,
booleans and the SEC code lists a cover page needs. A rule that is unknown,
or text a rule does not fit, raises `TransformError`; the caller skips that
one fact and reports it, it never guesses.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from edgarkg.extractors.common import us_state_code


class TransformError(ValueError):
    """The text does not fit the rule, or the rule is unknown."""


IXT_V1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20"
IXT_V1_DRAFT = "http://www.xbrl.org/2008/inlineXBRL/transformation"
IXT_V2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31"
IXT_V3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26"
IXT_V4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
IXT_V5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16"
IXT_SEC = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31"

_WS = " \t\n\r"
# Thousands separators a rule accepts besides its own: (no-break / thin) spaces.
_SPACES = " \xa0\u2009\u202f"
_APOSTROPHES = "'`´’′"
_DASHES = "-\u058a\u05be\u2010\u2011\u2012\u2013\u2014\u2015\ufe58\ufe63\uff0d\u2212"


def _canonical_number(digits: str, fraction: str = "") -> str:
    digits = digits.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{digits}.{fraction}" if fraction else digits


def _grouped_number(text: str, decimal_mark: str, group_marks: str) -> str:
    """A non-negative number written with thousands separators `group_marks` and `decimal_mark`."""
    s = text.strip(_WS)
    whole, sep, fraction = s.partition(decimal_mark)
    for mark in group_marks + _SPACES:
        whole = whole.replace(mark, "")
    fraction = "".join(c for c in fraction if c not in _SPACES)
    valid = (whole or fraction) and all(
        part == "" or (part.isascii() and part.isdigit()) for part in (whole, fraction)
    )
    if not valid or (sep and not fraction):
        raise TransformError(f"not a number with {decimal_mark!r} as decimal mark: {text!r}")
    return _canonical_number(whole, fraction)


def num_dot_decimal(text: str) -> str:
    return _grouped_number(text, ".", ",")


def num_comma_decimal(text: str) -> str:
    return _grouped_number(text, ",", ".")


def num_dot_decimal_apos(text: str) -> str:
    return _grouped_number(text, ".", "," + _APOSTROPHES)


def num_comma_decimal_apos(text: str) -> str:
    return _grouped_number(text, ",", "." + _APOSTROPHES)


_UNIT_DECIMAL = re.compile(r"^\s*([0-9][0-9,.' \xa0]*?)\s*[^0-9,.\s][^0-9]*?([0-9]{1,2})?\s*[^0-9]*$")


def num_unit_decimal(text: str) -> str:
    """ "5 dollars 25 cents" → 5.25; the minor unit has at most two digits."""
    m = _UNIT_DECIMAL.match(text)
    if not m:
        raise TransformError(f"not a number in major and minor units: {text!r}")
    whole = "".join(c for c in m.group(1) if c.isdigit())
    minor = (m.group(2) or "0").zfill(2)
    return _canonical_number(whole, minor)


def zero_dash(text: str) -> str:
    if len(text.strip(_WS)) != 1 or text.strip(_WS) not in _DASHES:
        raise TransformError(f"not a dash standing for zero: {text!r}")
    return "0"


def fixed(value: str) -> Callable[[str], str]:
    """Rules whose result does not depend on the text (fixed-zero, booleantrue, nocontent)."""
    return lambda _text: value


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_SMALL = {word: i for i, word in enumerate(f"{_UNITS} {_TEENS}".split(" "))}
_SMALL.update({word: 10 * i for i, word in enumerate(_TENS.split(" "), 2)})
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def num_words_en(text: str) -> str:
    """English number words ("twenty-one", "nineteen hundred forty-four", "no", "none") → digits."""
    words = re.sub(r"[-,\s]+", " ", text.lower().replace("\xa0", " ")).split()
    words = [w for w in words if w not in ("and", "a")]
    if words in (["no"], ["none"]):
        return "0"
    if not words:
        raise TransformError(f"no number words in {text!r}")
    total = current = 0
    for word in words:
        if word in _SMALL:
            current += _SMALL[word]
        elif word.isdigit() and word.isascii():
            current += int(word)
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            raise TransformError(f"not an English number word: {word!r} in {text!r}")
    return str(total + current)


# ---- dates -----------------------------------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_NAME = r"([A-Za-z]{3,9})\.?"
_NUM = r"([0-9]{1,2})"
_YEAR = r"([0-9]{4}|[0-9]{1,2})"
_SEP = r"[^0-9A-Za-z]+"
_ORD = r"(?:st|nd|rd|th)?"


def _month(token: str) -> int:
    month = int(token) if token.isdigit() else _MONTHS.get(token.lower(), 0)
    if not 1 <= month <= 12:
        raise TransformError(f"not a month: {token!r}")
    return month


def _year(token: str) -> int:
    return int(token) + 2000 if len(token) <= 2 else int(token)


def _date_rule(pattern: str, order: str) -> Callable[[str], str]:
    """A date rule from a regex whose groups are named by `order` ("mdy", "dmy", "md", "ym", ...)."""
    regex = re.compile(r"^\s*" + pattern + r"\s*$")

    def rule(text: str) -> str:
        m = regex.match(text.replace("\xa0", " "))
        if not m:
            raise TransformError(f"not a date in the form {order}: {text!r}")
        parts = dict(zip(order, m.groups(), strict=True))
        month = _month(parts["m"])
        if "y" in parts and "d" in parts:
            try:
                return date(_year(parts["y"]), month, int(parts["d"])).isoformat()
            except ValueError:
                raise TransformError(f"no such day: {text!r}") from None
        if "d" in parts:  # xs:gMonthDay
            if not 1 <= int(parts["d"]) <= calendar.monthrange(2000, month)[1]:
                raise TransformError(f"no such day: {text!r}")
            return f"--{month:02d}-{int(parts['d']):02d}"
        return f"{_year(parts['y']):04d}-{month:02d}"  # xs:gYearMonth

    return rule


_DATES: dict[str, Callable[[str], str]] = {
    "monthname-day-year": _date_rule(_MONTH_NAME + r"\s*" + _NUM + _ORD + _SEP + _YEAR, "mdy"),
    "day-monthname-year": _date_rule(_NUM + _ORD + r"\s*(?:of\s+)?" + _MONTH_NAME + _SEP + _YEAR, "dmy"),
    "monthname-day": _date_rule(_MONTH_NAME + r"\s*" + _NUM + _ORD, "md"),
    "day-monthname": _date_rule(_NUM + _ORD + r"\s*(?:of\s+)?" + _MONTH_NAME, "dm"),
    "monthname-year": _date_rule(_MONTH_NAME + _SEP + _YEAR, "my"),
    "year-monthname": _date_rule(_YEAR + _SEP + _MONTH_NAME, "ym"),
    "month-day-year": _date_rule(_NUM + _SEP + _NUM + _SEP + _YEAR, "mdy"),
    "day-month-year": _date_rule(_NUM + _SEP + _NUM + _SEP + _YEAR, "dmy"),
    "year-month-day": _date_rule(r"([0-9]{4}|[0-9]{2})" + _SEP + _NUM + _SEP + _NUM, "ymd"),
    "month-day": _date_rule(_NUM + _SEP + _NUM, "md"),
    "day-month": _date_rule(_NUM + _SEP + _NUM, "dm"),
    "month-year": _date_rule(_NUM + _SEP + _YEAR, "my"),
    "year-month": _date_rule(r"([0-9]{4}|[0-9]{2})" + _SEP + _NUM, "ym"),
}


def _boolean_ballot(text: str) -> str:
    mark = text.strip(_WS + "\xa0")
    if mark in ("☒", "☑", "\u2612", "\u2611", "x", "X"):
        return "true"
    if mark == "☐":
        return "false"
    raise TransformError(f"not a ballot box: {text!r}")


def _yes_no_ballot(text: str) -> str:
    mark = text.strip(_WS + "\xa0")
    if mark in ("☒", "☑"):
        return "Yes"
    if mark == "☐":
        return "No"
    raise TransformError(f"not a ballot box: {text!r}")


def _state_province(text: str) -> str:
    code = us_state_code(text)
    if code is None:
        code = _CANADA.get(" ".join(text.split()).lower())
    if code is None:
        raise TransformError(f"not a US state or Canadian province: {text!r}")
    return code


_CANADA = {
    "alberta": "AB", "british columbia": "BC", "manitoba": "MB", "new brunswick": "NB",
    "newfoundland and labrador": "NL", "newfoundland": "NL", "nova scotia": "NS", "ontario": "ON",
    "prince edward island": "PE", "quebec": "QC", "québec": "QC", "saskatchewan": "SK",
    "northwest territories": "NT", "nunavut": "NU", "yukon": "YT",
    "american samoa": "AS", "guam": "GU", "northern mariana islands": "MP", "virgin islands": "VI",
    "u.s. virgin islands": "VI", "united states virgin islands": "VI",
}  # fmt: skip

# Exchange names as cover pages write them → codes of the SEC `exch` taxonomy. Longest match first.
_EXCHANGES = [
    ("nyse american", "NYSEAMER"), ("nyse mkt", "NYSEAMER"), ("nyse amex", "NYSEAMER"),
    ("nyse arca", "NYSEArca"), ("nyse chicago", "NYSECHX"), ("nyse national", "NYSENAT"),
    ("new york stock exchange", "NYSE"), ("nyse", "NYSE"),
    ("nasdaq bx", "BX"), ("nasdaq phlx", "PHLX"), ("phlx", "PHLX"), ("nasdaq", "NASDAQ"),
    ("cboe bzx", "CboeBZX"), ("bats bzx", "CboeBZX"), ("cboe byx", "CboeBYX"),
    ("cboe edga", "CboeEDGA"), ("cboe edgx", "CboeEDGX"), ("cboe", "CBOE"),
    ("chicago stock exchange", "CHX"), ("investors exchange", "IEXG"), ("iex", "IEXG"),
    ("box exchange", "BOX"), ("miami international", "MIAX"), ("miax", "MIAX"),
    ("long-term stock exchange", "LTSE"), ("long term stock exchange", "LTSE"),
    ("members exchange", "MEMX"), ("memx", "MEMX"),
]  # fmt: skip


def _exchange(text: str) -> str:
    name = " ".join(text.replace("\xa0", " ").split()).lower()
    for needle, code in _EXCHANGES:
        if needle in name:
            return code
    raise TransformError(f"not a known exchange name: {text!r}")


_FILER_CATEGORIES = {
    "large accelerated filer": "Large Accelerated Filer",
    "accelerated filer": "Accelerated Filer",
    "non-accelerated filer": "Non-accelerated Filer",
    "nonaccelerated filer": "Non-accelerated Filer",
}


def _filer_category(text: str) -> str:
    key = " ".join(text.replace("\xa0", " ").split()).lower()
    if key in _FILER_CATEGORIES:
        return _FILER_CATEGORIES[key]
    raise TransformError(f"not a filer category: {text!r}")


def _country(text: str) -> str:
    key = " ".join(text.split()).lower().removeprefix("the ")
    if key in ("united states", "united states of america", "usa", "u.s.a.", "u.s."):
        return "US"
    raise TransformError(f"country name not known offline: {text!r}")


def _not_finite(text: str) -> str:
    raise TransformError(f"infinite or not-a-number value {text!r} cannot be an observation")


# Rules by registry. v2 and v3 share the run-together spellings, v4 and v5 the hyphenated ones.
_V1: dict[str, Callable[[str], str]] = {
    "numcommadot": num_dot_decimal, "numspacedot": num_dot_decimal,
    "numdotcomma": num_comma_decimal, "numspacecomma": num_comma_decimal, "numcomma": num_comma_decimal,
    "numdash": zero_dash,
    "dateslashus": _DATES["month-day-year"], "datedotus": _DATES["month-day-year"],
    "dateslasheu": _DATES["day-month-year"], "datedoteu": _DATES["day-month-year"],
    "datelongus": _DATES["monthname-day-year"], "dateshortus": _DATES["monthname-day-year"],
    "datelonguk": _DATES["day-monthname-year"], "dateshortuk": _DATES["day-monthname-year"],
    "datelongmonthdayus": _DATES["monthname-day"], "dateshortmonthdayus": _DATES["monthname-day"],
    "datelongdaymonthuk": _DATES["day-monthname"], "dateshortdaymonthuk": _DATES["day-monthname"],
    "dateslashmonthdayus": _DATES["month-day"], "dateslashdaymontheu": _DATES["day-month"],
    "datelongyearmonth": _DATES["year-monthname"], "dateshortyearmonth": _DATES["year-monthname"],
    "datelongmonthyear": _DATES["monthname-year"], "dateshortmonthyear": _DATES["monthname-year"],
}  # fmt: skip
_V2: dict[str, Callable[[str], str]] = {
    "numdotdecimal": num_dot_decimal, "numcommadecimal": num_comma_decimal,
    "numunitdecimal": num_unit_decimal, "zerodash": zero_dash, "nocontent": fixed(""),
    "booleantrue": fixed("true"), "booleanfalse": fixed("false"),
    "datemonthdayyearen": _DATES["monthname-day-year"], "datedaymonthyearen": _DATES["day-monthname-year"],
    "datemonthdayen": _DATES["monthname-day"], "datedaymonthen": _DATES["day-monthname"],
    "datemonthyearen": _DATES["monthname-year"], "dateyearmonthen": _DATES["year-monthname"],
    "datemonthdayyear": _DATES["month-day-year"], "datedaymonthyear": _DATES["day-month-year"],
    "datemonthday": _DATES["month-day"], "datedaymonth": _DATES["day-month"],
}  # fmt: skip
_V3 = _V2 | {
    "dateyearmonthday": _DATES["year-month-day"],
    "datemonthyear": _DATES["month-year"],
    "numdotdecimalin": num_dot_decimal,
}
_V4: dict[str, Callable[[str], str]] = {
    "num-dot-decimal": num_dot_decimal, "num-comma-decimal": num_comma_decimal,
    "num-unit-decimal": num_unit_decimal, "fixed-zero": fixed("0"), "fixed-empty": fixed(""),
    "fixed-true": fixed("true"), "fixed-false": fixed("false"),
    "date-monthname-day-year-en": _DATES["monthname-day-year"],
    "date-day-monthname-year-en": _DATES["day-monthname-year"],
    "date-monthname-day-en": _DATES["monthname-day"], "date-day-monthname-en": _DATES["day-monthname"],
    "date-monthname-year-en": _DATES["monthname-year"], "date-year-monthname-en": _DATES["year-monthname"],
    "date-month-day-year": _DATES["month-day-year"], "date-day-month-year": _DATES["day-month-year"],
    "date-year-month-day": _DATES["year-month-day"], "date-month-day": _DATES["month-day"],
    "date-day-month": _DATES["day-month"], "date-month-year": _DATES["month-year"],
    "date-year-month": _DATES["year-month"],
}  # fmt: skip
_V5 = _V4 | {
    "num-dot-decimal-apos": num_dot_decimal_apos,
    "num-comma-decimal-apos": num_comma_decimal_apos,
}
_SEC: dict[str, Callable[[str], str]] = {
    "numwordsen": num_words_en, "boolballotbox": _boolean_ballot, "yesnoballotbox": _yes_no_ballot,
    "stateprovnameen": _state_province, "exchnameen": _exchange,
    "entityfilercategoryen": _filer_category, "countrynameen": _country,
    "numinf": _not_finite, "numneginf": _not_finite, "numnan": _not_finite,
}  # fmt: skip

RULES: dict[str, dict[str, Callable[[str], str]]] = {
    IXT_V1: _V1,
    IXT_V1_DRAFT: _V1,
    IXT_V2: _V2,
    IXT_V3: _V3,
    IXT_V4: _V4,
    IXT_V5: _V5,
    IXT_SEC: _SEC,
}
"""Namespace → rule name → function. Rules not listed (durations, non-English dates) are unknown."""

NUMERIC_RULES = frozenset(
    {"numwordsen", "zerodash", "numdash", "fixed-zero"}
    | {name for table in RULES.values() for name in table if name.startswith("num")}
)


def transform(namespace: str | None, name: str, text: str) -> str:
    """The value `text` stands for under rule {namespace}name; TransformError if unknown or unfit."""
    table = RULES.get(namespace or "")
    rule = table.get(name) if table is not None else None
    if rule is None:
        raise TransformError(f"unknown transformation rule {{{namespace}}}{name}")
    return rule(text)
