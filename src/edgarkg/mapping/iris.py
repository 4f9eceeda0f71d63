"""Deterministic IRIs: the same input always names the same node.

Companies by CIK (else LEI, else normalised legal name); filings by accession
number (else content hash); people by CIK, else by name (the fullest spelling
in the filing, see `person_name_variants`) within the filer's context;
positions, observations and the like by a hash of their defining fields.
Only what a filing itself says goes into an IRI, so building in parts and
merging gives the same names as building at once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rdflib import Namespace, URIRef

from edgarkg.model import Document, OrgRef, PersonRef

EKG = Namespace("https://w3id.org/edgarkg/ontology#")
ID = Namespace("https://w3id.org/edgarkg/id/")
CONCEPT = Namespace("https://w3id.org/edgarkg/concept/")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")
EKG_UNIT = Namespace("https://w3id.org/edgarkg/unit/")

_SUFFIX_FORMS = {
    "inc": "inc", "incorporated": "inc", "corp": "corp", "corporation": "corp", "co": "co",
    "company": "co", "ltd": "ltd", "limited": "ltd", "plc": "plc", "p l c": "plc", "llc": "llc",
    "l l c": "llc", "lp": "lp", "l p": "lp", "llp": "llp", "l l p": "llp", "nv": "nv", "n v": "nv",
    "sa": "sa", "s a": "sa", "ag": "ag", "se": "se", "gmbh": "gmbh", "bv": "bv", "b v": "bv",
    "spa": "spa", "s p a": "spa", "ab": "ab", "asa": "asa", "oyj": "oyj", "pty": "pty", "pte": "pte",
    "sarl": "sarl", "s a r l": "sarl", "kk": "kk", "de cv": "de cv", "de c v": "de cv",
    "s de rl": "s de rl", "s de r l": "s de rl", "sas": "sas", "s a s": "sas",
}  # fmt: skip
_SUFFIX_RE = re.compile(
    r"(?:\s+(?:" + "|".join(sorted((re.escape(k) for k in _SUFFIX_FORMS), key=len, reverse=True)) + r"))+$"
)
_STATE_TAG_RE = re.compile(r"\s*/[a-z]{2,3}/?\s*$")  # "ACME CORP /DE/"


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents dropped, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[’'`]", "", text)
    return re.sub(r"[^\w]+", " ", text).strip()


@lru_cache(maxsize=65536)  # the same few names recur in every fact of a filing
def split_org_name(name: str) -> tuple[str, str]:
    """("mmo2", "plc") for "mmO2 plc": the name proper and its legal form, canonical.

    The legal form tells apart Apple Inc. from Apple Pty Limited and Ford
    Motor Company from Ford Motor Company Limited, which are different companies.
    """
    text = _STATE_TAG_RE.sub("", name.strip().lower())
    text = re.sub(r"^the\s+", "", fold(text))
    match = _SUFFIX_RE.search(text)
    if not match or match.start() == 0:
        return text, ""
    base = text[: match.start()].strip()
    tail = match.group(0).split()
    forms, i = [], 0
    while i < len(tail):  # canonicalise each suffix, longest spelling first ("s a r l" before "s a")
        for width in (4, 3, 2, 1):
            chunk = " ".join(tail[i : i + width])
            if len(tail) - i >= width and chunk in _SUFFIX_FORMS:
                forms.append(_SUFFIX_FORMS[chunk])
                i += width
                break
        else:
            i += 1
    return base, " ".join(forms)


def normalise_org_name(name: str) -> str:
    """The name proper, legal form dropped: "mmO2 plc" ~ "MMO2 PLC" ~ "mmO2"."""
    return split_org_name(name)[0]


def org_name_key(name: str) -> str:
    """Name proper and legal form: "EXELON CORP" ~ "Exelon Corporation", not ~ "Exelon LLC"."""
    base, form = split_org_name(name)
    return f"{base} {form}".strip()


_NOT_A_NAME = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "iv"})


def _name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).split() if t not in _NOT_A_NAME]


@lru_cache(maxsize=65536)
def normalise_person_name(name: str) -> str:
    """Order-free key: "DOE JANE Q" ~ "Jane Q. Doe"."""
    return " ".join(sorted(_name_tokens(name)))


# -- name variants of one person within a filing -----------------------------------
# A reading is (first name, surname, middle names). Only a spelled-out first
# name and surname make one: "Mr. Smith" and "R. Fairhead" are never merged.
Reading = tuple[str, str, tuple[str, ...]]


@lru_cache(maxsize=65536)
def name_readings(name: str) -> tuple[Reading, ...]:
    """The ways a name can be read: "Jane Q. Doe" in natural order; "Doe, Jane Q"
    and EDGAR's "DOE JANE Q" (a trailing initial) surname first; two words either way."""
    head, comma, tail = name.partition(",")
    after = _name_tokens(tail) if comma else []
    if after:  # "Doe, Jane Q." (a comma before "Jr." alone changes nothing)
        before = _name_tokens(head)
        readings = [(after[0], before[-1], tuple(after[1:]))] if before else []
    else:
        tokens = _name_tokens(name)
        if len(tokens) < 2:
            return ()
        readings = [(tokens[0], tokens[-1], tuple(tokens[1:-1]))]
        if len(tokens) == 2 or len(tokens[-1]) == 1:
            readings.append((tokens[1], tokens[0], tuple(tokens[2:])))
    return tuple(r for r in readings if len(r[0]) > 1 and len(r[1]) > 1)


# Short forms of a given name that stand for one full name only ("Bill Demchak" quoted in a
# release that also names "William S. Demchak"); ambiguous ones (Chris, Pat, Alex, Steve) are
# left out: they would join two people.
_GIVEN_NAME = {
    short: full
    for full, shorts in {
        "william": "bill billy will willie",
        "robert": "bob bobby rob robbie",
        "james": "jim jimmy",
        "michael": "mike mick",
        "thomas": "tom tommy",
        "richard": "dick rick rich richie",
        "joseph": "joe joey",
        "david": "dave",
        "daniel": "dan danny",
        "edward": "ed eddie",
        "anthony": "tony",
        "andrew": "andy",
        "kenneth": "ken kenny",
        "lawrence": "larry",
        "benjamin": "ben",
        "gregory": "greg",
        "jeffrey": "jeff",
        "matthew": "matt",
        "nicholas": "nick",
        "peter": "pete",
        "ronald": "ron ronnie",
        "timothy": "tim timmy",
        "elizabeth": "liz beth betsy betty",
        "susan": "sue susie",
        "margaret": "peggy meg",
        "charles": "chuck charlie",
        "john": "jack johnny",
        "donald": "don donnie",
        "douglas": "doug",
        "eugene": "gene",
        "joshua": "josh",
        "raymond": "ray",
        "stanley": "stan",
        "walter": "walt",
        "vincent": "vince",
        "deborah": "debbie deb",
        "jennifer": "jenny jen",
        "cynthia": "cindy",
        "pamela": "pam",
    }.items()
    for short in shorts.split()
}


def _same_part(a: str, b: str) -> bool:
    """ "a" ~ "anne" ~ "anne"; "a" !~ "b"."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter list of middle names is an in-order, possibly abbreviated part of the longer."""
    if len(a) > len(b):
        a, b = b, a
    rest = iter(b)
    return all(any(_same_part(x, y) for y in rest) for x in a)


def _fullness(name: str) -> tuple[int, int]:
    """More spelled-out words, then more words: "Rona Anne" > "Rona A." > "Rona"."""
    tokens = _name_tokens(name)
    return sum(len(t) > 1 for t in tokens), len(tokens)


def person_name_variants(refs: Iterable[PersonRef]) -> dict[str, PersonRef]:
    """One filing's person mentions → {name key: the mention its person is named by}.

    "Rona Fairhead", "Rona A. Fairhead" and "Rona Anne Fairhead" are one person
    named by the fullest spelling (the CIK of any of them goes with it): same
    first name (or its short form: "Bill" for "William") and surname, middle
    names missing or abbreviated. A spelling
    that fits two fuller ones which disagree ("John Smith" beside "John A." and
    "John B. Smith") is ambiguous and stays alone; so do different CIKs.
    """
    spelling: dict[str, str] = {}  # name key → the spelling with its first CIK, else the first seen
    cik: dict[str, str] = {}  # name key → the first CIK seen with it
    readings: dict[str, set[Reading]] = {}  # "DOE JANE QUINN" and "Jane Quinn Doe" read alike
    for ref in refs:
        key = normalise_person_name(ref.name)
        spelling.setdefault(key, ref.name)
        readings.setdefault(key, set()).update(name_readings(ref.name))
        if ref.cik and key not in cik:
            cik[key] = ref.cik
            spelling[key] = ref.name
    by_pair: dict[tuple[str, str], list[tuple[str, Reading]]] = {}
    for key, found in readings.items():
        for reading in sorted(found):
            given = _GIVEN_NAME.get(reading[0], reading[0])  # "Bill" reads as "William"
            by_pair.setdefault((given, reading[1]), []).append((key, reading))

    def agree(a: str, b: str) -> bool:
        return cik.get(a, cik.get(b)) == cik.get(b, cik.get(a))

    neighbours: dict[str, set[str]] = {}
    for group in by_pair.values():
        for i, (a, ra) in enumerate(group):
            for b, rb in group[i + 1 :]:
                if a != b and _middles_agree(ra[2], rb[2]) and agree(a, b):
                    neighbours.setdefault(a, set()).add(b)
                    neighbours.setdefault(b, set()).add(a)
    clear = {
        k for k, near in neighbours.items() if all(b in neighbours[a] for a in near for b in near if a < b)
    }
    canonical = {key: PersonRef(name, cik.get(key)) for key, name in spelling.items()}
    for start in sorted(clear):  # each clear component is one person (see the docstring)
        if start not in clear:
            continue
        component, todo = [], [start]
        clear.discard(start)
        while todo:
            key = todo.pop()
            component.append(key)
            for near in neighbours[key] & clear:
                clear.discard(near)
                todo.append(near)
        best = max(component, key=lambda k: (_fullness(spelling[k]), k))
        ref = PersonRef(spelling[best], next((cik[k] for k in sorted(component) if k in cik), None))
        for key in component:
            canonical[key] = ref
    return canonical


def _digest(*parts: object) -> str:
    # "surrogatepass": a lone surrogate in a title or name must not stop the build (it is
    # replaced in the literal; the key only needs to be stable)
    h = hashlib.sha256(
        "\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8", "surrogatepass")
    )
    return h.hexdigest()[:24]


def slug(text: str, limit: int = 80) -> str:
    """A readable IRI segment; a hash keeps apart keys the slug would merge."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not s or len(s) > limit or s.replace("-", " ") != text:
        s = (s[:limit].strip("-") + "-" if s else "") + _digest(text)[:8]
    return s


def org_key(ref: OrgRef) -> str:
    """The strongest identifier a reference carries, as a key string."""
    if ref.cik:
        return f"cik:{ref.cik}"
    if ref.lei:
        return f"lei:{ref.lei}"
    return f"org:{org_name_key(ref.name or '')}"


# The mapper builds plain-string IRIs (`*_key`): an rdflib URIRef costs a validity
# check and a slow hash per term, and the build never needs one. The `*_iri`
# functions are the same names as URIRefs, for the public rdflib API.
_ID = str(ID)


def org_key_iri(ref: OrgRef) -> str:
    if ref.cik:
        return f"{_ID}cik/{ref.cik}"
    if ref.lei:
        return f"{_ID}lei/{ref.lei}"
    return f"{_ID}org/{slug(org_name_key(ref.name or ''))}"


def org_iri(ref: OrgRef) -> URIRef:
    return URIRef(org_key_iri(ref))


def person_key_iri(ref: PersonRef, context: str) -> str:
    if ref.cik:
        return f"{_ID}cik/{ref.cik}"
    key = normalise_person_name(ref.name)
    return f"{_ID}person/{slug(key)}-{_digest(context)[:8]}"


def person_iri(ref: PersonRef, context: str) -> URIRef:
    """By CIK, else by name within `context` (the filer's key) — two John
    Smiths at different companies stay two people."""
    return URIRef(person_key_iri(ref, context))


def filing_key_iri(filing_id: str) -> str:
    return f"{_ID}filing/{filing_id.replace(':', '-')}"


def filing_iri(filing_id: str) -> URIRef:
    return URIRef(filing_key_iri(filing_id))


def document_key_iri(doc: Document) -> str:
    base = filing_key_iri(doc.filing_id)
    if doc.sequence is not None:
        return f"{base}/doc/{doc.sequence}"
    return f"{base}/doc"


def document_iri(doc: Document) -> URIRef:
    return URIRef(document_key_iri(doc))


def node_key_iri(kind: str, *fields: object) -> str:
    return f"{_ID}{kind}/{_digest(*fields)}"


def node_iri(kind: str, *fields: object) -> URIRef:
    """Positions, observations, evidence...: named by what defines them."""
    return URIRef(node_key_iri(kind, *fields))


@lru_cache(maxsize=16384)
def concept_iri(metric: str) -> URIRef:
    """ "us-gaap:Revenues" → concept/us-gaap/Revenues, whatever the taxonomy year."""
    prefix, _, local = metric.partition(":")
    if not local:
        prefix, local = "ekg", prefix
    return CONCEPT[f"{_segment(prefix.lower())}/{_segment(local)}"]


def _segment(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "unnamed"


_UNIT_ALIASES = {
    "count": QUDT_UNIT.NUM,
    "number": QUDT_UNIT.NUM,
    "percent": QUDT_UNIT.PERCENT,
    "pure": QUDT_UNIT.UNITLESS,
    "mw": QUDT_UNIT.MegaW,
    "kwh": QUDT_UNIT["KiloW-HR"],
    "mwh": QUDT_UNIT["MegaW-HR"],
    "gwh": QUDT_UNIT["GigaW-HR"],
    "shares": EKG_UNIT.SHARES,
    "share": EKG_UNIT.SHARES,
}


@lru_cache(maxsize=4096)
def unit_iri(unit: str) -> URIRef:
    """ISO 4217 → unit:CCY_XXX; "USD/shares" → ekgunit:USD-PER-SHARE; others minted."""
    code = unit.strip()
    known = _UNIT_ALIASES.get(code.lower())
    if known is not None:
        return known
    if re.fullmatch(r"[A-Z]{3}", code):
        return QUDT_UNIT[f"CCY_{code}"]
    num, sep, den = code.partition("/")
    if sep:
        den = "SHARE" if den.lower().rstrip("s") == "share" else den
        return EKG_UNIT[f"{_unit_part(num)}-PER-{_unit_part(den)}"]
    return EKG_UNIT[_unit_part(code)]


def _unit_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").upper() or "UNKNOWN"
