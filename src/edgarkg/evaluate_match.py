"""How the scorer decides that an extracted item is a gold item.

Kept apart from reading graphs and gold files so every rule can be tested on
plain strings and numbers. The rules are the gold README's, made precise:

- Organisation names: case, accents, punctuation and spacing ignored, a
  leading "The", an EDGAR state tag ("/DE/") and trailing legal suffixes
  ("Inc.", "Co., Ltd.", "S.A. de C.V.") dropped; "&" reads as "and". Two
  organisations match when any name of one has the key of any name of the
  other, or when they share a CIK.
- People: names compare order-free ("DOE JANE Q" ~ "Jane Q. Doe");
  honorifics and generational suffixes are dropped; middle initials count
  only when both sides give some ("Jane Doe" ~ "Jane Q. Doe" but
  "John A. Smith" ≁ "John B. Smith"); a full name may stand against its
  initial ("J. Robert Roe" ~ "John Robert Roe").
- Titles: each title becomes its set W of distinct content words
  (abbreviations expanded: CEO → chief executive officer, SVP, GC, Pres, ...;
  "and", "of", "the" ... dropped). Titles match when they share at least one
  word and the shared words are at least half of *each* set:
  2·|W(a) ∩ W(b)| ≥ max(|W(a)|, |W(b)|).
- Values: the extracted value, converted to the gold unit by the factor of
  `UNIT_COMPATIBILITY`, lies within 0.5% of the gold value (|Δ| ≤ 0.005·|gold|).
- Periods: a gold period_end must equal our periodEnd (or instant), a gold
  period_start our periodStart — each only when both sides have that date.

Matching is one-to-one and greedy: every compatible (gold, extracted) pair
gets a score, pairs are taken best score first (ties by gold order, then by
extracted order), and an item already taken is not taken again. Extracted
items left over that match an optional gold item count neither way.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

QUDT = "http://qudt.org/vocab/unit/"
EKG_UNIT = "https://w3id.org/edgarkg/unit/"
VALUE_TOLERANCE = 0.005

# --------------------------------------------------------------------------- names


def fold(text: str) -> str:
    """Lower-case, accents dropped, "&" → "and", other punctuation → space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ")
    text = re.sub(r"[’'`]", "", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


# fmt: off
_LEGAL_SUFFIX_NAMES = (
    "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited",
    "plc", "p l c", "llc", "l l c", "lc", "lp", "l p", "llp", "l l p", "lllp", "pllc",
    "nv", "n v", "sa", "s a", "ag", "se", "gmbh", "mbh", "bv", "b v", "spa", "s p a", "ab", "asa",
    "oy", "oyj", "pty", "pte", "pvt", "private", "sarl", "s a r l", "srl", "s r l", "kk", "k k",
    "kg", "ltda", "lda", "kft", "sae", "s a e", "bhd", "sdn bhd", "s a de c v", "sa de cv", "and co",
)
# fmt: on
_LEGAL_SUFFIXES = sorted((tuple(s.split()) for s in _LEGAL_SUFFIX_NAMES), key=len, reverse=True)
_STATE_TAG = re.compile(r"\s*/[A-Za-z]{2,3}/?\s*$")  # "ACME CORP/DE", "ACME CORP /DE/"


def org_key(name: str) -> str:
    """The part of an organisation's name that identifies it: "The Buckle, Inc." → "buckle"."""
    tokens = fold(_STATE_TAG.sub("", name.strip())).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    stripped = True
    while stripped:
        stripped = False
        for suffix in _LEGAL_SUFFIXES:
            n = len(suffix)
            if len(tokens) > n and tuple(tokens[-n:]) == suffix:
                tokens = tokens[:-n]
                stripped = True
                break
    return "".join(tokens)


def cik_key(cik: str | None) -> str | None:
    digits = re.sub(r"\D", "", cik or "").lstrip("0")
    return digits or None


@dataclass(frozen=True)
class Org:
    """An organisation as a set of names (label first) and CIKs."""

    names: tuple[str, ...]
    ciks: frozenset[str] = frozenset()

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(k for k in map(org_key, self.names) if k)

    @cached_property
    def exact(self) -> frozenset[str]:
        return frozenset(fold(n) for n in self.names if fold(n))

    @property
    def label(self) -> str:
        return self.names[0] if self.names else next(iter(sorted(self.ciks)), "?")


def org_score(a: Org, b: Org) -> int:
    """3 same CIK, 2 a name equal up to case/punctuation, 1 equal keys, 0 no match."""
    a_ciks = {cik_key(c) for c in a.ciks} - {None}
    if a_ciks & ({cik_key(c) for c in b.ciks} - {None}):
        return 3
    if a.exact & b.exact:
        return 2
    return 1 if a.keys & b.keys else 0


_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
        "esq",
        "phd",
        "md",
    ]
)


def person_parts(name: str) -> tuple[Counter[str], Counter[str]]:
    """(full words, initials) of a person's name, order-free."""
    tokens = [t for t in fold(name).split() if t not in _HONORIFICS]
    return Counter(t for t in tokens if len(t) > 1), Counter(t for t in tokens if len(t) == 1)


def person_names_match(a: str, b: str) -> bool:
    """Same person by name: see the module docstring."""
    full_a, ini_a = person_parts(a)
    full_b, ini_b = person_parts(b)
    if not full_a & full_b:
        return False
    ini_a, ini_b = Counter(ini_a), Counter(ini_b)
    for leftover, initials in ((full_a - full_b, ini_b), (full_b - full_a, ini_a)):
        for word in leftover.elements():
            if initials[word[0]] <= 0:
                return False
            initials[word[0]] -= 1
    ini_a, ini_b = +ini_a, +ini_b
    return not ini_a or not ini_b or ini_a == ini_b


@dataclass(frozen=True)
class Person:
    names: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.names[0] if self.names else "?"


def person_score(a: Person, b: Person) -> int:
    """2 when the first names given match, 1 when any names do, 0 otherwise."""
    if not a.names or not b.names:
        return 0
    if person_names_match(a.names[0], b.names[0]):
        return 2
    return int(any(person_names_match(x, y) for x in a.names for y in b.names))


# --------------------------------------------------------------------------- titles

_TITLE_WORDS = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cio": "chief information officer",
    "cao": "chief accounting officer",
    "clo": "chief legal officer",
    "cmo": "chief marketing officer",
    "gc": "general counsel",
    "svp": "senior vice president",
    "evp": "executive vice president",
    "avp": "assistant vice president",
    "vp": "vice president",
    "sr": "senior",
    "exec": "executive",
    "pres": "president",
    "chmn": "chairman",
    "chrmn": "chairman",
    "chairmn": "chairman",
    "chair": "chairman",
    "chairperson": "chairman",
    "chairwoman": "chairman",
    "dir": "director",
    "prod": "product",
    "secy": "secretary",
    "treas": "treasurer",
    "asst": "assistant",
    "mgr": "manager",
    "mng": "managing",
    "gen": "general",
    "ir": "investor relations",
    "ten": "10",
    "pct": "percent",
}
_TITLE_STOPWORDS = frozenset(["and", "of", "the", "for", "to", "in", "a", "an", "at", "on", "as", "with"])


def title_words(title: str) -> frozenset[str]:
    """Distinct content words of a title, abbreviations expanded."""
    words: set[str] = set()
    for token in fold(title.replace("%", " percent ")).split():
        words.update(_TITLE_WORDS.get(token, token).split())
    return frozenset(words - _TITLE_STOPWORDS)


def title_overlap(a: str, b: str) -> float:
    """Shared words over the larger word set; titles match at 0.5 and above."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def titles_match(a: str, b: str) -> bool:
    return title_overlap(a, b) >= 0.5


# --------------------------------------------------------------------------- values

# gold unit (lower case) → {extracted unit IRI: factor taking our value to the gold unit}
UNIT_COMPATIBILITY: dict[str, dict[str, float]] = {
    "count": {QUDT + "NUM": 1.0, QUDT + "UNITLESS": 1.0},
    "number": {QUDT + "NUM": 1.0, QUDT + "UNITLESS": 1.0},
    "percent": {QUDT + "PERCENT": 1.0, QUDT + "UNITLESS": 100.0},
    "pure": {QUDT + "UNITLESS": 1.0, QUDT + "PERCENT": 0.01},
    "shares": {EKG_UNIT + "SHARES": 1.0},
    "kw": {QUDT + "KiloW": 1.0, QUDT + "MegaW": 1e3, QUDT + "GigaW": 1e6},
    "mw": {QUDT + "KiloW": 1e-3, QUDT + "MegaW": 1.0, QUDT + "GigaW": 1e3},
    "gw": {QUDT + "KiloW": 1e-6, QUDT + "MegaW": 1e-3, QUDT + "GigaW": 1.0},
    "kwh": {QUDT + "KiloW-HR": 1.0, QUDT + "MegaW-HR": 1e3, QUDT + "GigaW-HR": 1e6},
    "mwh": {QUDT + "KiloW-HR": 1e-3, QUDT + "MegaW-HR": 1.0, QUDT + "GigaW-HR": 1e3},
    "gwh": {QUDT + "KiloW-HR": 1e-6, QUDT + "MegaW-HR": 1e-3, QUDT + "GigaW-HR": 1.0},
}
"""Besides this table: an ISO 4217 code "XXX" matches unit:CCY_XXX; "XXX/share"
matches ekgunit:XXX-PER-SHARE; any other gold unit matches the ekgunit: IRI
of its upper-cased name. Factors are exact, so a value still has to be
within 0.5% after conversion (a ratio 0.192 stands for 19.2 percent)."""


def unit_factors(gold_unit: str) -> dict[str, float]:
    """Extracted unit IRIs compatible with a gold unit, with their conversion factors."""
    unit = gold_unit.strip()
    known = UNIT_COMPATIBILITY.get(unit.lower())
    if known is not None:
        return known
    if re.fullmatch(r"[A-Za-z]{3}", unit):
        return {f"{QUDT}CCY_{unit.upper()}": 1.0}
    per_share = re.fullmatch(r"([A-Za-z]{3})\s*/\s*shares?", unit)
    if per_share:
        return {f"{EKG_UNIT}{per_share.group(1).upper()}-PER-SHARE": 1.0}
    minted = re.sub(r"[^A-Za-z0-9]+", "_", unit).strip("_").upper()
    return {f"{EKG_UNIT}{minted}": 1.0} if minted else {}


def value_error(gold_value: float, gold_unit: str, value: float, unit_iri: str) -> float | None:
    """Relative error of an extracted value against a gold one; None if the units are incompatible."""
    factor = unit_factors(gold_unit).get(unit_iri)
    if factor is None:
        return None
    converted = value * factor
    if gold_value == 0:
        return 0.0 if abs(converted) < 1e-12 else float("inf")
    return abs(converted - gold_value) / abs(gold_value)


def values_match(gold_value: float, gold_unit: str, value: float, unit_iri: str) -> bool:
    error = value_error(gold_value, gold_unit, value, unit_iri)
    return error is not None and error <= VALUE_TOLERANCE


def periods_agree(
    gold_start: str | None,
    gold_end: str | None,
    start: str | None,
    end: str | None,
    instant: str | None,
) -> int | None:
    """How many dates were compared and agree; None when one disagrees."""
    agreed = 0
    ours_end = [d for d in (end, instant) if d]
    if gold_end and ours_end:
        if gold_end not in ours_end:
            return None
        agreed += 1
    if gold_start and start:
        if gold_start != start:
            return None
        agreed += 1
    return agreed


# --------------------------------------------------------------------------- assignment


@dataclass
class Outcome:
    """One category in one document: counts and the items behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0  # extracted items matching only optional gold, or not scored for precision
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


def assign(
    gold: Sequence[object], extracted: Sequence[object], score: Callable[[object, object], object]
) -> dict[int, int]:
    """Greedy one-to-one matching: gold index → extracted index.

    `score(g, e)` returns a falsy value for "no match", else something
    comparable (higher is better); ties go to the earlier gold, then the
    earlier extracted item, so the result is deterministic.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for ei, e in enumerate(extracted):
            s = score(g, e)
            if s:
                candidates.append((s, gi, ei))
    candidates.sort(key=lambda c: (_negate(c[0]), c[1], c[2]))
    taken_gold: dict[int, int] = {}
    taken_ext: set[int] = set()
    for _, gi, ei in candidates:
        if gi not in taken_gold and ei not in taken_ext:
            taken_gold[gi] = ei
            taken_ext.add(ei)
    return taken_gold


def _negate(s: object) -> object:
    if isinstance(s, tuple):
        return tuple(-x for x in s)
    return -s  # type: ignore[operator]


def score_items(
    gold: Sequence[object],
    optional: Sequence[object],
    extracted: Sequence[object],
    score: Callable[[object, object], object],
    describe_gold: Callable[[object], str],
    describe_extracted: Callable[[object], str],
    *,
    count_false_positives: bool = True,
) -> Outcome:
    """Match one category: TP/FN over gold, FP over what is left of the extraction."""
    pairs = assign(gold, extracted, score)
    outcome = Outcome(tp=len(pairs))
    for gi, g in enumerate(gold):
        if gi not in pairs:
            outcome.fn += 1
            outcome.misses.append(describe_gold(g))
    used = set(pairs.values())
    for ei, e in enumerate(extracted):
        if ei in used:
            continue
        if not count_false_positives or any(score(o, e) for o in optional):
            outcome.ignored += 1
        else:
            outcome.fp += 1
            outcome.false_positives.append(describe_extracted(e))
    return outcome


# --------------------------------------------------------------------------- category items


@dataclass(frozen=True)
class Subsidiary:
    parent: Org
    child: Org


def subsidiary_score(g: Subsidiary, e: Subsidiary) -> int:
    parent, child = org_score(g.parent, e.parent), org_score(g.child, e.child)
    return parent + child if parent and child else 0


@dataclass(frozen=True)
class Position:
    person: Person
    org: Org
    title: str


def position_score(g: Position, e: Position) -> tuple[float, int, int] | None:
    person, org = person_score(g.person, e.person), org_score(g.org, e.org)
    overlap = title_overlap(g.title, e.title)
    if not person or not org or overlap < 0.5:
        return None
    return (overlap, person, org)


@dataclass(frozen=True)
class GoldMetric:
    entity: Org
    alternatives: tuple[Org, ...]
    value: float
    unit: str  # gold unit code: "USD", "USD/share", "percent", ...
    start: str | None = None
    end: str | None = None
    about: str = ""


@dataclass(frozen=True)
class Metric:
    """An extracted observation, as the scorer sees it."""

    subject: Org
    value: float
    unit: str  # unit IRI
    start: str | None = None
    end: str | None = None
    instant: str | None = None
    label: str = ""


def metric_score(g: GoldMetric, e: Metric) -> tuple[int, int, int, float] | None:
    """(dates agreed, subject is the gold entity, entity score, -relative error), None if no match."""
    primary = org_score(g.entity, e.subject)
    entity = primary or max((org_score(alt, e.subject) for alt in g.alternatives), default=0)
    if not entity:
        return None
    error = value_error(g.value, g.unit, e.value, e.unit)
    if error is None or error > VALUE_TOLERANCE:
        return None
    agreed = periods_agree(g.start, g.end, e.start, e.end, e.instant)
    if agreed is None:
        return None
    return (agreed, int(bool(primary)), entity, -error)
