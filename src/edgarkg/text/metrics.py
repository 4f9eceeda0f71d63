"""What a number in a filing measures: the metric's concept key and its words.

`concept_for` maps the words around a number ("net sales", "diluted earnings
per share", "engaged employees") to a concept key of the ontology's metric
vocabulary ("ekg:revenue", "ekg:eps-diluted", "ekg:employees"), choosing only
among concepts of the number's kind (per-share amounts are EPS or dividends,
share counts are share concepts); words the vocabulary does not know give a
key minted from them ("granite-memorial-retail-outlets"); so do losses and decreases, which
the vocabulary states as signed net income and growth but filings state as amounts.

`metric_label` finds those words in a sentence: the counted noun, "revenues
... of $X", "$X in revenue", "$X pretax charge", "X% of total service
revenues", "sales decreased 3.2 percent".
"""

from __future__ import annotations

import re
from functools import lru_cache

from edgarkg.text.numbers import Period, Quantity

__all__ = ["concept_for", "metric_label", "CURRENCIES", "CONCEPT_KEYS"]

# Matched against one line of words (no line breaks), so a look-ahead over the whole label is
# tried from its start only ("^"), not again from every position.
_CONCEPTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.I))
    for key, pattern in (
        (
            "ekg:eps-diluted",
            r"^(?=.*\bdiluted\b)(?=.*\b(?:per\s+(?:common\s+(?:and\s+common\s+equivalent\s+)?)?share|eps)\b)|\bper\s+diluted\s+share\b",
        ),
        (
            "ekg:eps-basic",
            r"^(?=.*\bbasic\b)(?=.*\b(?:per\s+(?:common\s+(?:and\s+common\s+equivalent\s+)?)?share|eps)\b)|\bper\s+basic\s+share\b",
        ),
        ("ekg:dividends-per-share", r"\bdividends?\b.*\bper\s+share\b"),
        (
            "ekg:eps",  # the amount per share of earnings, not of book value or cash
            r"\bearnings\s+per\s+(?:common\s+(?:and\s+common\s+equivalent\s+)?)?share\b|\beps\b|^(?!.*\b(?:book|value|cash)\b).*\bper\s+share\b",
        ),
        ("ekg:weighted-average-shares-diluted", r"\bdiluted\b.*\bshares\b|\bcommon\s+equivalent\s+shares\b"),
        ("ekg:weighted-average-shares-basic", r"\b(?:basic|weighted\s+average|average)\b.*\bshares\b"),
        ("ekg:shares-outstanding", r"\bshares\b.*\boutstanding\b|\boutstanding\s+shares\b"),
        ("ekg:cost-of-revenue", r"\bcost\s+of\s+(?:sales|revenues?|goods)\b"),
        ("ekg:operating-cash-flow", r"\bcash\s+(?:flow\s+)?(?:from|generated\s+by|provided\s+by)\s+operati"),
        ("ekg:gross-profit", r"\bgross\s+(?:profit|margin)\b"),
        (
            "ekg:operating-income",
            r"\boperating\s+(?:income|profit)\b|\b(?:income|earnings)\s*(?:\(\s*loss\s*\)\s*)?from\s+operations\b",
        ),
        (
            "ekg:income-before-taxes",
            r"\b(?:income|earnings)\s+before\s+(?:provision\s+for\s+)?income\s+taxes\b|\bpre-?tax\s+income\b",
        ),
        ("ekg:income-tax", r"\bincome\s+tax(?:es)?\s+expense\b|\bprovision\s+for\s+income\s+taxes\b"),
        (
            "ekg:net-income",
            r"\bnet\s+(?:income|profit|earnings?)\b|\bnet\s+quarterly\s+profit\b|^earnings\b|\bearnings\b",
        ),
        ("ekg:research-and-development", r"\bresearch\s+and\s+development\b|\br&d\b"),
        ("ekg:total-assets", r"\btotal\s+assets\b"),
        ("ekg:current-assets", r"\btotal\s+current\s+assets\b"),
        ("ekg:current-liabilities", r"\btotal\s+current\s+liabilities\b"),
        ("ekg:total-liabilities", r"\btotal\s+liabilities\b(?!\s+and)"),
        ("ekg:stockholders-equity", r"\b(?:stockholders|shareholders|shareowners)['’]?\s+equity\b"),
        ("ekg:long-term-debt", r"\blong-term\s+debt\b|\bterm\s+debt\b"),
        ("ekg:capital-expenditure", r"\bcapital\s+(?:expenditures?|spending)\b|\bcapex\b"),
        ("ekg:cash", r"\bcash\s+and\s+(?:cash\s+)?equivalents\b|^cash$"),
        ("ekg:revenue", r"\brevenues?\b|\bnet\s+sales\b|\bturnover\b|^sales\b|\bsales\b"),
        ("ekg:employees", r"\bemployees\b|\bheadcount\b|\bworkforce\b|\bstaff\b"),
        ("ekg:subscribers", r"\bsubscribers?\b|\bsubscriptions\b|\bconnections\b"),
        ("ekg:customers", r"\bcustomers?\b|\bcustomer\s+base\b"),
        ("ekg:capacity", r"\bcapacity\b|\bmegawatts\b"),
        ("ekg:energy", r"\bkilowatt-hour\b|\belectricity\s+sold\b"),
        ("ekg:market-share", r"\bmarket\s+share\b|\bshare\s+of\s+(?:the\s+)?market\b"),
    )
)
CURRENCIES = frozenset({"USD", "GBP", "EUR", "JPY", "CHF", "CAD", "AUD"})
_DEAL = re.compile(r"(?i)\b(?:acquisition|acquire|purchase|price|paid|consideration|merger)\b")
_GROWTH = re.compile(r"(?i)\b(?:increase[ds]?|grew|grows|grow|growth|rose|up|gain(?:ed)?|higher)\b")
_DECLINE = re.compile(
    r"(?i)\b(?:decrease[ds]?|declined?|decline|fell|down|drop(?:ped)?|lower|reduc(?:ed|tion))\b"
)


_PER_SHARE_KEYS = ("ekg:eps-diluted", "ekg:eps-basic", "ekg:dividends-per-share", "ekg:eps")
_SHARE_KEYS = (
    "ekg:weighted-average-shares-diluted",
    "ekg:weighted-average-shares-basic",
    "ekg:shares-outstanding",
)
_COUNT_KEYS = ("ekg:employees", "ekg:customers", "ekg:subscribers")
_AMOUNT_KEYS = tuple(k for k, _ in _CONCEPTS if k not in (*_PER_SHARE_KEYS, *_SHARE_KEYS, *_COUNT_KEYS))
_CONCEPT_KEYS = frozenset(k for k, _ in _CONCEPTS)
CONCEPT_KEYS = _CONCEPT_KEYS  # the vocabulary's keys (others are minted from words)


@lru_cache(maxsize=4096)  # table rows repeat their labels column by column and table by table
def concept_for(label: str, unit: str) -> str:
    """The ontology's concept key for a metric as the text words it; else one minted from the words.

    Only concepts of the unit's kind are candidates: per-share amounts are EPS or dividends,
    share counts are share concepts, percentages are growth or market share.
    """
    text = " ".join(label.split())
    if unit.endswith("/share"):
        allowed: tuple[str, ...] = _PER_SHARE_KEYS
    elif unit == "shares":
        allowed = _SHARE_KEYS
    elif unit == "percent":
        if re.search(r"(?i)\bmarket\s+share\b", text):
            return "ekg:market-share"
        if not re.search(r"(?i)\bmargin\b", text) and _GROWTH.search(text) and not _DECLINE.search(text):
            return "ekg:growth"  # a decrease, stated as a positive percentage, gets a key of its own
        allowed = ()
    elif unit == "count":
        allowed = _COUNT_KEYS
    elif unit in ("MW", "GW", "kW"):
        return "ekg:capacity"
    elif unit in ("kWh", "MWh", "GWh"):
        return "ekg:energy"
    else:
        if _DEAL.search(text):
            return "ekg:transaction-value"
        allowed = _AMOUNT_KEYS
    for key, pattern in _CONCEPTS:
        if key in allowed and pattern.search(text):
            return key
    if unit == "shares" and re.search(r"(?i)\bdiluted\b", text):
        return "ekg:weighted-average-shares-diluted"
    if unit == "shares" and re.search(r"(?i)\bbasic\b", text):
        return "ekg:weighted-average-shares-basic"
    share_of = re.match(r"(?i)share\s+of\s+(.*)", text)
    if unit == "percent" and share_of:  # "share of the issued and outstanding shares of Newco" → of shares
        body = re.sub(r"(?i)(?:\s+(?:of|in|for|through|from|the|and))+\s*$", "", share_of.group(1))
        head = re.split(r"(?i)\s+(?:of|in|for|through|from)\s+", body)[0].split()
        text = f"share of {head[-1]}" if head else text
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    if not slug:
        return f"ekg:{unit.replace('/', '-per-').lower()}"
    if f"ekg:{slug}" in _CONCEPT_KEYS and f"ekg:{slug}" not in allowed:
        slug += "-" + re.sub(r"[^a-z0-9]+", "-", unit.lower())  # "EPS up 16 percent" is not an EPS
    return f"ekg:{slug}"


_WORD_RE = re.compile(r"[A-Za-z][\w'’&/-]*|\d[\d,.]*")
_SKIP_BACK = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "now",
        "also",
        "currently",
        "approximately",
        "about",
        "some",
        "around",
        "nearly",
        "almost",
        "over",
        "more",
        "than",
        "less",
        "up",
        "down",
        "to",
        "by",
        "of",
        "at",
        "totaled",
        "totalled",
        "totaling",
        "reached",
        "reaching",
        "surpassed",
        "exceeded",
        "amounted",
        "amounting",
        "posted",
        "reported",
        "generated",
        "recorded",
        "represented",
        "representing",
        "accounted",
        "record",
        "roughly",
        "an",
        "a",
        "the",
        "its",
        "their",
        "our",
        "his",
        "her",
        "which",
        "that",
        "just",
        "only",
        "still",
        "for",
        "during",
        "in",
    ]
)
_NP_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "our",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "and",
        "or",
        "as",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "which",
        "who",
        "said",
        "says",
        "we",
        "it",
        "they",
        "he",
        "she",
        "company",
    ]
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:unit|year-over-year|year\s+over\s+year|sequential)\s+)?(increase|growth|decline|decrease|gain|drop|rise)\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(up|down|increased|decreased|grew|rose|fell|declined|dropped|gained|increase\s+of|decrease\s+of|decline\s+of"
    r"|growth\s+of|rise\s+of|drop\s+of)\s+(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+|some\s+)?$"
)
_PER_SHARE_IN = re.compile(r"(?i)\b(per\s+(?:basic\s+|diluted\s+)?(?:common\s+)?share)\b")
_SECURITY_AFTER = re.compile(
    r"\s+((?:[A-Z][\w-]*\s+){0,3}(?:Notes|Debentures|Bonds|Preferred\s+Stock)(?:\s+due\s+\d{4})?)"
)


def _np_before(text: str) -> str:
    """The noun phrase a number follows: "record revenue of", "installed base of active devices has
    now surpassed"."""
    words = _WORD_RE.findall(text)[-12:]
    while words and (
        words[-1].lower() in _SKIP_BACK or words[-1][0].isdigit() or words[-1].lower().endswith(("ed", "ing"))
    ):
        words.pop()
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in _NP_STOP and not (w.lower() == "of" and out and len(out) < 4):
            break
        if w[0].isdigit():
            break
        out.insert(0, w)
        if len(out) >= 6:
            break
    while out and out[0].lower() in _NP_STOP:
        out.pop(0)
    return " ".join(out)


def metric_label(
    text: str,
    q: Quantity,
    clause_start: int,
    clause_end: int,
    prev: tuple[int, str] | None = None,
    periods: list[Period] = (),
) -> str:
    """The words a number measures: its counted noun, "X of $N", "$N in X", "X increased N percent".

    `prev` is the (end, label) of the sentence's previous number: "$119.6 billion, up 2 percent"
    is an increase of what that number measured; `periods` are blanked out of the words.
    """
    if q.noun:
        return q.noun + (f" per {q.per}" if q.per else "")
    clause_start = max(clause_start, text.rfind("\t", clause_start, q.start) + 1)
    before, after = text[clause_start : q.start], text[q.end : clause_end]
    for p in periods:  # "revenues for the year ended 31 March 2003 of": the period is not the metric
        a, b = p.span[0] - clause_start, p.span[1] - clause_start
        if a >= 0 and b <= len(before):
            before = before[:a] + " " * (b - a) + before[b:]
    np = _np_before(before)
    if q.unit.endswith("/share") and not np and (ps := _PER_SHARE_IN.search(text, q.start, q.end)):
        return " ".join(ps.group(1).split())  # "or $5.01 per diluted share"
    if q.unit == "percent":
        sec = _SECURITY_AFTER.match(after)
        if sec:
            return f"{' '.join(sec.group(1).split())} rate"
        change = _CHANGE_AFTER.match(after)
        verb = _CHANGE_BEFORE.search(before)
        if change or verb:
            word = (change.group(1) if change else verb.group(1)).lower()
            kind = "decrease" if _DECLINE.search(word) else "increase"
            near_prev = prev and q.start - prev[0] < 30
            what = prev[1] if near_prev else _np_before(before[: verb.start()] if verb else before) or np
            return f"{what} {kind}".strip()
        share = re.match(
            r"\s+of\s+((?:(?!(?:in|for|during|at|on|from|to|was|were|through|compared|versus)\b)[\w'’&-]+\s*){1,6})",
            after,
        )
        if share:
            return f"share of {' '.join(share.group(1).split())}"
        owned = re.match(r"\s+((?:[a-z][\w-]*\s+)?(?:ownership|interest|stake|owned))\b", after)
        if owned:
            return owned.group(1)
        return np or "percentage"
    in_of = re.match(
        r"\s+(?:in|of)\s+((?:(?!(?:in|for|to|from|and|or|at|on|by|with|was|were|is|are)\b)[A-Za-z][\w'’&-]*\s*){1,5})",
        after,
    )
    np_after = re.match(  # "$2.4 million pretax charge", "$3.26 diluted EPS"
        r"\s+((?:(?!(?:in|of|for|to|from|and|or|the|a|an|was|were|is|are|by|with|on|at)\b)"
        r"(?:[a-z][\w'’-]*|EPS\b)\s*){1,4})",
        after,
    )
    if np_after and not np.lower().endswith(("of", "was", "were")):
        return " ".join(np_after.group(1).split())
    if in_of and (
        not np or re.match(r"\s+in\s", after) and not re.search(r"(?i)\b(?:of|was|were|totaled)\s*$", before)
    ):
        return " ".join(in_of.group(1).split())
    return np or (" ".join(in_of.group(1).split()) if in_of else "")
