"""Numbers about organisations in prose and in the financial tables of press releases.

Prose: every `Quantity` of a sentence ("Globex has 19.2 million customers and
some 12,000 employees; and reported revenues for the year ended 31 March
2003 of GBP4.874 billion") becomes an `Observation` with

- the subject: the organisation named nearest before the number in its
  sentence ("Globex UK's customer base of 12.6 million") unless in an aside,
  else the one the text is about (the organisation the last sentence opened
  with), else the document's own company; "the Company", "we", "our" are the
  filer (`FILER`) (`edgarkg.text.amount_context`);
- the metric: a concept key of the ontology's vocabulary ("ekg:revenue",
  "ekg:employees", ...) chosen from the words around the number, or one
  minted from them ("granite-memorial-retail-outlets"); `label` keeps
  the words as written;
- the period stated in the same clause ("for the 13-week fiscal quarter
  ended November 2, 2024"; a "compared with ..." clause has its own; not one
  in a relative clause after it; "X and Y for 2023 and 2022, respectively" pairs
  them, `edgarkg.text.respectively`), and the qualifier ("more than" → "more-than").

A cover page's "number of shares outstanding" caption gives its bare count,
and its "aggregate market value ... held by non-affiliates" caption the value in
its cell (`edgarkg.text.cover_counts`). A percentage that bounds a statute's or
an undertaking's generic party ("any person who ... owns 15% or more") is no
fact about the company (`edgarkg.text.thresholds`). A registration statement's
expense table (Item 14) and filing-fee table are read as tables
(`edgarkg.text.offering_expenses`).

Tables (`edgarkg.text.tables`): the headline rows of income
statements and balance sheets — revenue, net income, EPS, operating income,
total assets, cash, shares — the parts of a sales heading, and a bank's
highlights (`edgarkg.text.bank_rows`), with the period of their column and the
scale of the table's note ("(in thousands, except per share data)"); and
(`edgarkg.text.cell_tables`) the tables whose every cell is a fact — vote
results, beneficial ownership, pay — one value per row and column.

The same value stated twice for one period is one observation; a cell table's
rows stay apart (the row is a dimension, `ROW_AXIS`). Values tagged in inline
XBRL are the xbrl extractor's and are not read here; of an inline XBRL
financial report (a 10-K, a 10-Q) only the prose and the cell tables are read.
A bare year ("in 2003", "fiscal 2003", a column headed "2003") is the fiscal
year the document dates elsewhere (`edgarkg.text.fiscal_years`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from edgarkg.extractors.text_orgs import is_prose
from edgarkg.model import FILER, Document, Fact, Observation, OrgRef, Provenance, char_locator
from edgarkg.text.amount_context import (
    LOSS,
    PER_SHARE_LABEL,
    compared_per_share,
    is_aside,
    per_share_lead,
    sentence_subject,
    share_price_before,
)
from edgarkg.text.cell_tables import read_holdings_tables, read_pay_tables, read_vote_tables
from edgarkg.text.cover_counts import cover_counts, cover_market_values
from edgarkg.text.dollar_currency import document_dollar, is_us_dollar_sign
from edgarkg.text.fiscal_years import calendar_quarters, fiscal_years, refiscal, year_start
from edgarkg.text.metrics import CURRENCIES, concept_for, metric_label
from edgarkg.text.no_employees import no_employees
from edgarkg.text.numbers import Quantity, find_quantities
from edgarkg.text.offering_expenses import offering_tables
from edgarkg.text.orgs import DocOrgs, Mention, OrgEntry, doc_orgs
from edgarkg.text.periods import Date, Period, find_dates, read_periods
from edgarkg.text.respectively import respective_periods
from edgarkg.text.sentences import Segment, sentences
from edgarkg.text.tables import TableValue, read_tables
from edgarkg.text.thresholds import is_threshold

__all__ = ["ROW_AXIS", "TextMetricsExtractor", "principal_entry"]

ROW_AXIS = "ekg:tableRow"
"""The axis of a cell table's row ("Jane Q. Doe", "ratify the auditors"): equal values in two rows of one
table (two nominees' broker non-votes, two officers' salaries) are two observations, not one node."""


# --- the document's own company -------------------------------------------------------

_REGISTRANT = re.compile(r"(?i)\(\s*exact\s+name\s+of\s+(?:the\s+)?registrant")


# A press release's dateline names the company with its listing: "Initech, Inc. (NYSE: INI) today".
_LISTED = re.compile(
    r"\((?:NYSE|Nasdaq|NASDAQ|AMEX|NYSE American|NYSE MKT|TSX)(?:/[A-Za-z]+)?\s*:\s*[A-Z][A-Z.]{0,6}\)"
)
_DATELINE_REACH = 6000
# A prospectus's glossary sentence: 'references to "the Company," "we," "us" ... refer to X, Inc.'.
_WE_REFER = re.compile(
    r"(?i)[“\"](?:the\s+company|we|us|our|the\s+registrant),?[”\"][^.;]{0,200}?\b(?:refers?\s+to|means?)\s+"
)
_WE_REFER_REACH = 40000  # the glossary stands near the front of a prospectus


def _we_refer_to(text: str, orgs: DocOrgs) -> OrgEntry | None:
    """The company a 'references to "we," "us" ... refer to X' sentence names (X right after it)."""
    head = text[:_WE_REFER_REACH]
    if "refer" not in head and "mean" not in head:
        return None
    for m in _WE_REFER.finditer(head):
        after = [x for x in orgs.mentions(text, m.end(), m.end() + 160) if x.entry is not None]
        if after and after[0].start - m.end() <= 4 and after[0].entry.kind == "legal":
            return after[0].entry
    return None


def principal_entry(text: str, orgs: DocOrgs) -> OrgEntry | None:
    """The company the document is by: the registrant of a cover page, the company "the Company"
    (or "we") stands for, the one a press release's dateline lists on an exchange, the one with a ticker, else
    the one named most."""
    m = _REGISTRANT.search(text)
    if m:
        above = [x for x in orgs.mentions(text, max(0, m.start() - 300), m.start()) if x.entry is not None]
        if above:
            return above[-1].entry
    if orgs.company and orgs.company in orgs.entries:
        return orgs.entries[orgs.company]
    defined = _we_refer_to(text, orgs)
    if defined is not None:
        return defined
    m = _LISTED.search(text, 0, _DATELINE_REACH)  # "PITTSBURGH, Jan. 15, 2021 – Initech, Inc. (NYSE: INI)"
    if m:
        before = [x for x in orgs.mentions(text, max(0, m.start() - 200), m.start()) if x.entry is not None]
        if before and not text[before[-1].end : m.start()].strip(" ,"):
            return before[-1].entry
    counts: dict[int, int] = {}
    for x in orgs.mentions(text):
        if x.entry is not None:
            counts[id(x.entry)] = counts.get(id(x.entry), 0) + 1
    best = None
    for entry in orgs.entries.values():
        if entry.kind not in ("legal", "ticker"):
            continue
        score = counts.get(id(entry), 0) + (100 if entry.kind == "ticker" else 0)
        if best is None or score > best[0]:
            best = (score, entry)
    return best[1] if best else None


# --- prose -------------------------------------------------------------------------------

_COMPARISON = re.compile(
    r"(?i)\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.|;|\b(?:down|up)\s+from\b|\bagainst\b"
    r"|\bfrom\b(?=\s+(?:net|total|the\s+prior|\$|£|€|\d|(?:\w+\s+){0,3}of\s+[$£€\d]))"
    r"|(?<=percent|million|billion)\s+from\b|(?<=%)\s+from\b"
)


@dataclass(frozen=True, slots=True)
class _Found:
    subject: OrgRef
    quantity: Quantity
    period: Period | None
    label: str
    evidence: tuple[int, int]


# What every `_COMPARISON` holds ("compared", "versus", "vs.", "against", "from", ";"), found by a scan
# that skips other characters at C speed: most sentences have none and are one clause.
_COMPARISON_HINT = re.compile(
    r"[;CcVvAaFf](?i:(?<=;)|(?<=c)ompared|(?<=v)(?:ersus|s\.)|(?<=a)gainst|(?<=f)rom)"
)


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    if not _COMPARISON_HINT.search(text, a, b):
        return [(a, b)]
    cuts = [m.start() for m in _COMPARISON.finditer(text, a, b)]
    bounds = [a, *cuts, b]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


@dataclass(frozen=True, slots=True)
class _Stated:
    """A sentence's periods in text order (they never overlap, so their ends are in order too)."""

    periods: list[Period]
    starts: list[int]
    ends: list[int]


_RELATIVE = re.compile(r"(?i),\s*(?:which|who|whom|whose)\b")


def _period_for(
    text: str, q: Quantity, stated: _Stated, lo: int, hi: int, q_starts: list[int]
) -> Period | None:
    """The period of the number's clause (`stated.periods[lo:hi]`): one written just after it (unless
    another number comes first), else the nearest before it; "2022 sales of" only for the amount right
    after it. Found by bisection: a long clause with many numbers costs no more per number."""

    def numbers_between(a: int, b: int) -> bool:
        return bisect_left(q_starts, b) - bisect_left(q_starts, a) > 0

    periods, ends = stated.periods, stated.ends
    last_before = bisect_right(ends, q.start, lo, hi) - 1  # the last period ending before the number
    k = last_before
    while k >= lo and q.start - ends[k] <= 40:
        if periods[k].local and not numbers_between(ends[k], q.start):
            return periods[k]
        k -= 1
    after = bisect_left(stated.starts, q.end, lo, hi)
    while after < hi and periods[after].local:
        after += 1
    before = last_before
    while before >= lo and periods[before].local:
        before -= 1
    if after < hi and _RELATIVE.search(text, q.end, periods[after].span[0]):
        after = hi  # "paid $1.3 billion in the quarter, which was reinstated in 2021": another clause's year
    if after < hi:
        between = numbers_between(q.end, periods[after].span[0])
        if not between or before < lo:
            return None if between else periods[after]
    if before >= lo:
        return periods[before]
    return periods[after] if after < hi else None


_FOR_EQUITY = re.compile(
    r"\s+(?:in\s+cash\s+)?for\s+(?:the\s+|all\s+(?:of\s+)?the\s+)?(?:outstanding\s+)?(?:equity|shares|stock|capital\s+stock|assets)\s+of\s+"
)


def _acquired_subject(text: str, q: Quantity, stop: int, orgs: DocOrgs) -> OrgRef | None:
    """ "paid approximately $5.9 billion for the equity of Initrode": a price is about what it buys."""
    m = _FOR_EQUITY.match(text, q.end, stop)
    if not m:
        return None
    found = [
        x for x in orgs.mentions(text, m.end(), min(stop, m.end() + 120)) if x.start == m.end() and x.entry
    ]
    return OrgRef(name=found[0].entry.name) if found else None


# A list item, or a sub-item on a line of its own ("\n–"): one character set first, a line break
# kept only where a dash follows (an alternation would be tried at every character).
_AND_NEXT = re.compile(r"[^$;.]{0,60}\band\s+")  # from one amount to the next it is coordinated with
_FROM_SELLER = re.compile(r"(?i)\bfrom\s+(?:[\w'’.-]+\s+){0,5}$")


def _sold_by(text: str, who: Mention, at: int) -> bool:
    """ "to acquire Initrode ... from the Spanish group Globex S.A. for a fixed purchase price of $11.6
    billion": the seller a price follows is not whose price it is."""
    return (
        " for " in text[who.end : at]
        and _FROM_SELLER.search(text, max(0, who.start - 60), who.start) is not None
    )


_BULLET = re.compile(r"[•◦▪●·\n](?<!\n(?![–—]))\s*")


def _split_bullets(text: str, segments: Iterator[Segment]) -> Iterator[Segment]:
    """List items are sentences of their own, even where the splitter saw none ("countries. •A ...",
    "increased $57.7 billion.\n–Commercial loans of $199.6 billion")."""
    for seg in segments:
        cuts = [m.start() for m in _BULLET.finditer(text, seg.start, seg.end) if m.start() > seg.start]
        if not cuts:
            yield seg  # already stripped
            continue
        bounds = [seg.start, *cuts, seg.end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = text[a:b].strip()
            if piece:
                a2 = a + (len(text[a:b]) - len(text[a:b].lstrip()))
                yield Segment(piece, a2, a2 + len(piece))


def _prose(
    text: str,
    orgs: DocOrgs,
    principal: OrgRef,
    skip: list[tuple[int, int]],
    read: tuple[list[Date], list[Period], list[Period]],
) -> Iterator[_Found]:
    """Every quantity of the prose, with who it is about, its period and its label (tables skipped).
    `read`: the document's dates and its periods as stated and as resolved (bare years made fiscal)."""
    discourse: Mention | None = None
    dates, stated, all_periods = read
    weeks = {p.end: p.start for p in stated if p.start and p.end and 84 <= (p.end - p.start).days <= 98}
    period_starts = [p.span[0] for p in all_periods]
    tables = _Reach(skip)
    all_quantities = [
        q for q in find_quantities(text, skip=skip, dates=dates) if tables.reach(q.start) <= q.start
    ]
    q_starts = [q.start for q in all_quantities]
    for s in _split_bullets(text, (s for s in sentences(text) if tables.reach(s.start) < s.end)):
        if tables.reach(s.start) >= s.end:  # inside a table
            continue
        lo, hi = bisect_left(q_starts, s.start), bisect_left(q_starts, s.end)
        quantities = [q for q in all_quantities[lo:hi] if q.end <= s.end]
        mentions = orgs.mentions(text, s.start, s.end)
        if quantities:
            plo, phi = bisect_left(period_starts, s.start), bisect_left(period_starts, s.end)
            periods = [p for p in all_periods[plo:phi] if p.span[1] <= s.end]
            prev: tuple[int, str] | None = None
            per_share: tuple[str, int, str] | None = None  # currency, clause, label of a per-share amount
            per_share_end = s.start  # where the last per-share amount ends
            lead = per_share_lead(text, s.start, quantities[0].start)
            if lead:  # "Basic and diluted loss per share improved from $(1.80) to $(0.42)"
                per_share = ("", s.start - 1, " ".join(lead.group(1).split()))
            prev_noun: str | None = None
            clauses = _clauses(text, s.start, s.end)
            clause_starts = [x for x, _ in clauses]
            mention_ends = [m.end for m in mentions]
            p_starts = [p.span[0] for p in periods]
            stated = _Stated(periods, p_starts, [p.span[1] for p in periods])
            q_starts_here = [x.start for x in quantities]
            paired = respective_periods(text, s.start, s.end, periods, quantities)  # "..., respectively"
            for q in quantities:
                if q.unit == "percent" and is_threshold(text, q.start, q.end, (s.start, s.end), q.qualifier):
                    continue  # "any person who ... owns 15% or more": a statute's bound
                clause = clauses[max(bisect_right(clause_starts, q.start) - 1, 0)]
                n_before = bisect_right(mention_ends, q.start)
                while n_before and is_aside(text, mentions[n_before - 1], s.start, q.start):
                    n_before -= 1
                who = mentions[n_before - 1] if n_before else discourse
                if n_before and q.unit in CURRENCIES and _sold_by(text, who, q.start):
                    who = sentence_subject(text, mentions[: n_before - 1], s.start, s.end)  # the buyer
                subject = principal if who is None or who.entry is None else OrgRef(name=who.entry.name)
                subject = _acquired_subject(text, q, s.end, orgs) or subject
                c_lo, c_hi = bisect_left(p_starts, clause[0]), bisect_left(p_starts, clause[1])
                in_clause = periods[c_lo:c_hi]
                period = paired.get(q.start) or _period_for(text, q, stated, c_lo, c_hi, q_starts_here)
                if (
                    period
                    and period.end in weeks
                    and period.start
                    and 84 <= (period.end - period.start).days <= 98
                ):
                    period = Period(
                        weeks[period.end], period.end, span=period.span
                    )  # the 13-week quarter it names
                if (
                    q.noun is None
                    and q.unit == "count"
                    and prev_noun
                    and re.search(r"(?i)of\s+which\s*$", text[max(0, q.start - 12) : q.start])
                ):
                    q = replace(q, noun=prev_noun)  # "6,000 roles ..., of which 3,000"
                prev_noun = q.noun or prev_noun
                label = metric_label(text, q, clause[0], clause[1], prev, in_clause)
                if q.unit.endswith("/share") or (
                    q.unit in CURRENCIES and abs(q.value) < _PER_SHARE_MAX and PER_SHARE_LABEL.search(label)
                ):
                    per_share = (q.unit.split("/")[0], clause[0], label)
                    per_share_end = q.end
                elif (
                    q.unit in CURRENCIES
                    and abs(q.value) < 1000
                    and share_price_before(text, clause[0], q.start)
                ):
                    q = replace(
                        q, unit=f"{q.unit}/share"
                    )  # "the last reported sale price of the Common Stock was $1.9375"
                elif per_share and (
                    compared_per_share(q, per_share, clause[0])
                    or (  # "$3.26 in the fourth quarter of 2020 and $2.97 in the fourth quarter of 2019"
                        compared_per_share(q, per_share, per_share[1] + 1)
                        and _AND_NEXT.fullmatch(text, per_share_end, q.start) is not None
                    )
                ):
                    q = replace(q, unit=f"{q.unit}/share")  # "$18.75 ..., compared to $17.20"
                    label = per_share[2]  # the same measure, of another period
                prev = (q.end, label)
                yield _Found(subject, q, period, label, (s.start, s.end))
        if mentions:
            discourse = sentence_subject(text, mentions, s.start, s.end)
        elif discourse is not None and _ends_in_heading(text, s.start, s.end):
            discourse = None  # "Income Statement Highlights": a section of the company's own


def _ends_in_heading(text: str, start: int, end: int) -> bool:
    """The segment's last line is a heading naming no organisation ("Income Statement Highlights",
    "Fourth quarter 2020 compared with third quarter 2020"): what follows is about the document's
    company, not the one the paragraph before was about."""
    if text[end - 1] in _SENTENCE_PUNCT:  # most segments: a sentence
        return False
    line = text[max(start, text.rfind("\n", start, end) + 1) : end].strip()
    return 0 < len(line) <= 80 and line[0].isupper()


_SENTENCE_PUNCT = frozenset('.;:,!?"”’)')


_PER_SHARE_MAX = 100_000  # "$1.5 billion, $3.26 diluted EPS": an amount in billions is no per-share amount


class _Reach:
    """Spans (tables) by start; `reach(i)`: the furthest end of a span starting at or before `i`
    (-1 if none), so "i is inside a span" is `reach(i) > i`, in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.ends: list[int] = []
        for _, b in ordered:
            self.ends.append(max(b, self.ends[-1]) if self.ends else b)

    def reach(self, i: int) -> int:
        k = bisect_right(self.starts, i) - 1
        return self.ends[k] if k >= 0 else -1


# --- the extractor ------------------------------------------------------------------------


# An inline XBRL numeric fact and the taxonomy of its concept ("us-gaap", "dei", "ecd", "acme").
_INLINE_NUMERIC = re.compile(r"<ix:nonfraction\b", re.I)
_CONCEPT_PREFIX = re.compile(r"""[^>]{0,500}?\bname\s*=\s*["']\s*([\w.-]{1,80}):""", re.I)
_TAG_REACH = 4000  # how far a tag's closing ">" is looked for
# Taxonomies that tag a cover page (dei) or a proxy's pay disclosure (ecd), not financial statements.
_NOT_STATEMENTS = frozenset({"dei", "ecd"})
_REPORT_FACTS = 20  # tagged financial-statement facts that make a document an XBRL financial report


def _tagged(source: str) -> list[int]:
    """Source offsets of the inline XBRL numeric facts, each `<ix:nonFraction` tag."""
    return [m.start() for m in _INLINE_NUMERIC.finditer(source)]


_CLOSE_NUMERIC = re.compile(r"</ix:nonfraction\s*>", re.I)


def _tagged_values(source: str) -> _Reach | None:
    """The source spans of the inline XBRL numeric facts' values (None when there are none)."""
    opens = _tagged(source)
    if not opens:
        return None
    closes = [m.start() for m in _CLOSE_NUMERIC.finditer(source)]
    spans = []
    for start in opens:
        gt = source.find(">", start, start + _TAG_REACH)
        k = bisect_left(closes, gt)
        if gt >= 0 and k < len(closes):
            spans.append((gt + 1, closes[k]))
    return _Reach(spans)


def is_financial_report(source: str) -> bool:
    """An inline XBRL document whose financial statements are tagged (a 10-K, a 10-Q): its numbers are
    the xbrl extractor's. A cover page tagged in dei, a proxy's pay-versus-performance table tagged in
    ecd, or a few tagged figures in a press release leave the prose and its other tables to be read."""
    statements = 0
    for start in _tagged(source):
        m = _CONCEPT_PREFIX.match(source, start + 15)
        if m is None or m.group(1).lower() not in _NOT_STATEMENTS:
            statements += 1
            if statements >= _REPORT_FACTS:
                return True
    return False


class TextMetricsExtractor:
    """Prose document → `Observation` facts for the numbers it states about organisations."""

    name = "text-metrics"
    version = "1.0"

    def accepts(self, doc: Document) -> bool:
        """Prose documents. The values tagged in inline XBRL are the xbrl extractor's and are left out;
        a tagged financial report (a 10-K, a 10-Q) is read for its prose and cell tables only: what it
        says in words ("approximately twenty-four full time employees", "a net loss of $24,434,336")
        is tagged nowhere."""
        return is_prose(doc)

    def extract(self, doc: Document) -> Iterator[Fact]:
        view = doc.view
        text = view.text
        orgs = doc_orgs(doc)  # shared with text-orgs: only read here, never added to
        entry = principal_entry(text, orgs)
        principal = OrgRef(name=entry.name) if entry else FILER
        dates = find_dates(text)
        stated, resolved = read_periods(text, dates)
        fiscal = fiscal_years(stated, text)
        read = (dates, stated, calendar_quarters(refiscal(resolved, text, fiscal), text, fiscal))
        cells = read_vote_tables(text) + read_holdings_tables(text) + read_pay_tables(text)
        tables = read_tables(text, fiscal) + offering_tables(text) + cells
        vote_cells = {id(v) for t in cells for v in t.values}
        skip = [t.span for t in tables]
        seen = _Kept()
        tagged = _tagged_values(doc.text)  # what the xbrl extractor gives is not read again
        dollar = document_dollar(text)  # "all dollar amounts are expressed in Canadian dollars"

        def local(unit: str, a: int, b: int) -> str:
            """A bare "$" of a document whose dollar is not the US one is that dollar."""
            if dollar is None or not unit.startswith("USD") or is_us_dollar_sign(text, a, b):
                return unit
            return dollar + unit[3:]

        def is_tagged(a: int, b: int) -> bool:
            if tagged is None:
                return False
            sa, sb = view.source_span(a, b)
            return sb > sa and tagged.reach(sb - 1) > sa

        provs: dict[tuple[int, int, float], Provenance] = {}  # a sentence or row gives several values

        def prov(a: int, b: int, confidence: float) -> Provenance:
            found = provs.get((a, b, confidence))
            if found is None:
                found = provs[a, b, confidence] = Provenance(
                    document=doc.id,
                    extractor=self.name,
                    version=self.version,
                    locator=char_locator(*view.source_span(a, b)),
                    evidence=" ".join(text[a:b].split())[:1000],
                    confidence=confidence,
                )
            return found

        year_ends = sorted(
            {v.instant for t in tables for v in t.values if v.instant}
            | set(fiscal.ends.values() if fiscal else ())
        )
        market = list(cover_market_values(text))  # a cover's cell: not read again as prose
        for f in _prose(text, orgs, principal, skip + [(c.start, c.end) for c in market], read):
            q, p = f.quantity, f.period
            if p is not None and p.start and p.end and p.start > p.end:
                p = None  # a period that ends before it starts is a misreading
            if p is not None and p.start and p.end and year_ends:
                p = replace(p, start=year_start(p.start, p.end, year_ends))
            unit = q.unit
            label = " ".join(f.label.split())
            if (
                unit in ("USD", "GBP", "EUR")
                and abs(q.value) < _PER_SHARE_MAX
                and PER_SHARE_LABEL.search(label)
            ):
                unit = f"{unit}/share"
            value = q.value
            if value < 0 and unit in CURRENCIES and LOSS.search(label):
                value = -value  # "a net loss of ($3,718,000)": a loss of $3,718,000, as a table's loss row
            if unit in CURRENCIES and abs(q.value) < 1000:
                continue  # "differences of $1 or less": not a figure about the company
            if is_tagged(q.start, q.end):
                continue
            unit = local(unit, q.start, max(q.start, q.number_start))
            obs = Observation(
                prov=prov(*f.evidence, 0.7),
                subject=f.subject,
                metric=concept_for(label or unit, unit),
                value=_plain(value),
                unit=unit,
                period_start=p.start if p else None,
                period_end=p.end if p else None,
                instant=p.instant if p else None,
                qualifier=q.qualifier,
                label=label or None,
            )
            seen.keep(obs)
        # a table's row read as a value is not read again; a cover's form lines may look like a table
        read_rows = _Reach([(v.row_start, v.row_end) for t in tables for v in t.values])
        for c in cover_counts(text):  # "Indicate the number of shares outstanding ...: 11,874,209"
            if read_rows.reach(c.start) > c.start or is_tagged(c.start, c.end):
                continue
            cover = Observation(
                prov=prov(c.caption[0], c.end, 0.7),
                subject=principal,
                metric="ekg:shares-outstanding",
                value=c.value,
                unit="shares",
                instant=c.instant,
                label="shares outstanding",
            )
            seen.keep(cover)
        for c in market:  # "... held by non-affiliates as of June 30, 2012:  $ 5,118,918,572"
            if is_tagged(c.start, c.end):
                continue
            public_float = Observation(
                prov=prov(c.caption[0], c.end, 0.7),
                subject=principal,
                metric="ekg:public-float",
                value=_plain(c.value),
                unit=local("USD", c.caption[1], c.start),
                instant=c.instant,
                label="aggregate market value held by non-affiliates",
            )
            seen.keep(public_float)
        none = no_employees(text)  # "The Company has no employees.": a headcount of zero
        if none is not None and not is_tagged(none.start, none.end):
            zero = Observation(
                prov=prov(none.start, none.end, 0.7),
                subject=principal,
                metric="ekg:employees",
                value=Decimal(0),
                unit="count",
                label="employees",
            )
            seen.keep(zero)
        subjects: dict[tuple[str | None, ...], OrgRef] = {}
        # a financial report's own statements are the xbrl extractor's; its untagged tables (the
        # analysis repeating them, with change columns) are not read either: its cell tables are
        emitted = cells if is_financial_report(doc.text) else tables
        for tv in (v for t in emitted for v in t.values):
            key = (tv.column, tv.section, tv.title, str(tv.section_is_org))
            if key not in subjects:
                subjects[key] = _table_subject(text, orgs, tv, principal)
            subject = subjects[key]
            if is_tagged(tv.row_start, tv.row_end):
                continue
            obs = Observation(
                prov=prov(tv.row_start, tv.row_end, 0.8),
                subject=subject,
                metric=tv.metric,
                value=_plain(tv.value),
                unit=local(tv.unit, tv.row_start, tv.row_end),
                period_start=tv.start,
                period_end=tv.end,
                instant=tv.instant,
                dimensions=((ROW_AXIS, " ".join(tv.row.split())),) if tv.row else (),
                label=tv.label,
            )
            seen.keep(obs, cell=id(tv) in vote_cells)
        yield from seen.observations


_SIGNED = re.compile(r"/s/\s*$")  # "/s/ Auditor LLP" over the statements: who signed, not whose they are


def _table_subject(text: str, orgs: DocOrgs, tv: TableValue, principal: OrgRef) -> OrgRef:
    """Whose numbers these are: a column ("Initech Canada"), a section ("Springfield Power -"), the title."""
    for name in (tv.column, tv.section, tv.title):
        if not name:
            continue
        found = [
            m for m in orgs.mentions(name) if m.entry is not None and not _SIGNED.search(name, 0, m.start)
        ]
        if found and name is tv.title and any(m.entry.name == principal.name for m in found):
            return principal  # a heading over the table that names the company and a deal's target
        if found:
            return OrgRef(name=found[0].entry.name)
    if tv.section and tv.section_is_org:
        return OrgRef(name=tv.section)
    return principal


def _plain(value: Decimal) -> Decimal:
    """4874000000.000 → 4874000000: no trailing zeros, no exponent."""
    v = value.normalize()
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v


class _Kept:
    """Observations in text order, one per value and period: a restated number is not a new fact,
    and a restatement with a period replaces one without."""

    def __init__(self) -> None:
        self.observations: list[Observation] = []
        self._by_value: dict[tuple[Decimal, str, str | None], list[int]] = {}

    def keep(self, obs: Observation, *, cell: bool = False) -> None:
        """`cell`: a table cell of its own row and column (a vote count), kept even where another row
        states the same value."""
        key = (obs.value, obs.unit, obs.label if cell else None)
        same = self._by_value.setdefault(key, [])
        new_p = (obs.period_start, obs.period_end, obs.instant)
        for i in same:
            old = self.observations[i]
            old_p = (old.period_start, old.period_end, old.instant)
            if old_p == new_p or new_p == (None, None, None):
                return
            if old_p == (None, None, None):
                self.observations[i] = obs
                return
        same.append(len(self.observations))
        self.observations.append(obs)
