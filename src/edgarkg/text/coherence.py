"""One document, one name per person and per company, one position per fact.

The rules find the same people several times and write them differently:
"Mr. Smith" and "John A. Smith", "JANE R. ROE" and "Jane R. Roe",
"Mary Brown" and "Mary K. Brown"; "Acme", "Acme Widgets Inc." and the
registrant line "ACME WIDGETS, INC."; "CFO" in a quote and "Senior Vice
President, Chief Financial Officer" under the signature. This module makes
them agree inside one document, so the graph gets one person, one company
and one position where the document states one:

- a bare family name takes the one full name the document gives it, and is
  dropped when there is none or several (it does not identify a person);
- a capitals-only name takes a mixed-case spelling of itself, a short name a
  longer one with the same first and family names;
- a company's short name ("Acme", "Royal Acme") takes the legal name
  ("KONINKLIJKE ACME N.V.") that holds all its distinctive words,
  preferring the document's own registrant;
- a title whose words another title of the same person at the same company
  contains is dropped ("CFO" beside "Senior Vice President, Chief Financial
  Officer"), and so is a dated biography line ("joined the Company in 1998
  as President") where the document also states the person's current title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    clean_person_name,
    find_person_names,
    has_legal_suffix,
    is_person_name,
    org_core,
    surname,
)

__all__ = ["name_key", "resolve_names", "unify_organisations", "merge_positions"]

_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Hon|Sir|Dame|Miss)\.?\s+")
_BLOCK_KINDS = frozenset({"signature", "contact", "roster", "committee"})


def name_key(name: str) -> str:
    """Case, accents and punctuation ignored: "Sean P. O’Neill" ~ "SEAN P. ONEILL"."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", folded.casefold().replace("’", "").replace("'", "")))


def _replace(m: Mention, **changes: object) -> Mention:
    fields = {f: getattr(m, f) for f in Mention.__slots__}
    fields.update(changes)
    return Mention(**fields)  # type: ignore[arg-type]


# --- people -------------------------------------------------------------------


def resolve_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions with display names made consistent (see the module docstring); unresolvable ones dropped."""
    full: dict[str, set[str]] = {}  # family-name key → full display names
    mixed: dict[str, str] = {}  # name key → a mixed-case spelling
    for m in mentions:
        if _lone_family_name(m.name):
            continue
        display = clean_person_name(m.name)
        full.setdefault(name_key(surname(display)), set()).add(display)
        if m.name.upper() != m.name:
            mixed.setdefault(name_key(display), display)
    scanned: dict[str, set[str]] = {}
    defined = _defined_terms(text)
    out: list[Mention] = []
    for m in mentions:
        bare = _HONORIFIC.sub("", m.name)
        if m.kind not in _BLOCK_KINDS and name_key(bare) in defined:
            continue  # a defined term ("Continuous Status as an Employee"), not a person
        if _lone_family_name(m.name):  # "Mr. Smith"
            key = name_key(bare)
            candidates = full.get(key, set())
            if not candidates:
                if key not in scanned:
                    scanned[key] = _full_names_for(text, bare)
                candidates = scanned[key]
            display = _by_family_name(candidates)
            if display is None:
                continue
        else:
            display = clean_person_name(m.name)
            if m.name.upper() == m.name:
                display = mixed.get(name_key(display), display)
            variants = full.get(name_key(surname(display)), set())
            display = _initial_form(_longest_variant(_spelled_out(display, variants), variants), variants)
        out.append(_replace(m, name=display))
    return out


_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,4}")


def _spelled_out(display: str, variants: Iterable[str]) -> str:
    """ "J.B.M. Streppel" → "Jos Streppel": the one full name of the document with those initials.

    Signature pages and board lists write initials where biographies write the
    first name; one person, when a single such full name has the same family name.
    """
    words = display.split()
    given = " ".join(words[:-1])
    if len(words) < 2 or not _INITIALS.fullmatch(given):
        return display
    found = {
        v
        for v in variants
        if v != display
        and not _INITIALS.fullmatch(" ".join(v.split()[:-1]))
        and v[:1] == given[:1]
        and name_key(v.split()[-1]) == name_key(words[-1])
    }
    return found.pop() if len(found) == 1 else display


def _initial_form(display: str, variants: Iterable[str]) -> str:
    """ "Scott Emerson Lybbert" → "S. Emerson Lybbert": the form of one who goes by a middle name.

    Only when the document writes that initial-first form and every later name agrees.
    """
    words = display.split()
    if len(words) < 3 or words[0].endswith("."):
        return display
    for v in variants:
        vw = v.split()
        if (
            len(vw) == len(words)
            and _INITIALS.fullmatch(vw[0] + " ")
            and vw[0][0] == words[0][0]
            and not vw[1].endswith(".")
            and [name_key(w) for w in vw[1:]] == [name_key(w) for w in words[1:]]
        ):
            return v
    return display


def _lone_family_name(name: str) -> bool:
    return bool(_HONORIFIC.match(name)) and len(_HONORIFIC.sub("", name).split()) == 1


def _full_names_for(text: str, family: str) -> set[str]:
    """Full names anywhere in `text` ending in `family`, looked for around each occurrence."""
    found: set[str] = set()
    pos = text.find(family)
    while pos >= 0 and len(found) < 20:
        for s, e in find_person_names(text, max(0, pos - 60), min(len(text), pos + len(family) + 12)):
            cand = text[s:e]
            # a stray cell above or before: "None<newline>Richard P. Shanley"
            last = re.split(r"[\t\n]", cand)[-1]
            if last != cand and is_person_name(last):
                cand = last
            if e < pos + len(family) or _lone_family_name(cand):
                continue
            display = clean_person_name(cand)
            if is_person_name(display) and name_key(surname(display)) == name_key(family):
                found.add(display)
        pos = text.find(family, pos + len(family))
    return found


def _by_family_name(names: set[str]) -> str | None:
    """The one person a family name stands for, or None when it is ambiguous or unknown."""
    if not names:
        return None
    firsts = {name_key(n.split()[0]) for n in names if not re.fullmatch(r"(?:[A-Z]\.)+", n.split()[0])}
    if len(firsts) > 1:
        return None
    return max(names, key=lambda n: (len(n.split()), len(n)))


def _longest_variant(display: str, variants: Iterable[str]) -> str:
    """A fuller spelling ("Mary Brown" → "Mary K. Brown") when the document also writes it."""
    words = display.split()
    best = display
    for v in variants:
        vw = v.split()
        if (
            len(vw) > len(best.split())
            and name_key(vw[0]) == name_key(words[0])
            and name_key(vw[-1]) == name_key(words[-1])
        ):
            best = v
    return best


_CONNECTORS = frozenset({"of", "the", "and", "as", "an", "a", "for", "to", "in", "on", "or", "&"})
_QUOTED = re.compile(r"[\"“]([A-Z][^\"“”\n]{2,80})[\"”]")


def _defined_terms(text: str) -> set[str]:
    """Keys of the leading runs of short capitalised phrases in quotation marks (defined terms)."""
    terms: set[str] = set()
    for m in _QUOTED.finditer(text):
        words = m.group(1).split()
        if len(words) > 6 or re.search(r"[.,;:!?]", m.group(1)):
            continue  # a quotation, not a defined term
        if not all(w[:1].isupper() or w in _CONNECTORS for w in words):
            continue
        for k in range(2, len(words) + 1):
            terms.add(name_key(" ".join(words[:k])))
    return terms


# --- organisations ------------------------------------------------------------

# Words that do not tell one company from another ("Royal Acme" is "Acme").
_GENERIC = frozenset(
    """
    the of and & royal group holdings holding company corporation inc co international global
    """.split()  # noqa: SIM905 - a vocabulary reads best as text
)


def _distinctive(name: str) -> set[str]:
    return set(name_key(org_core(name)).split()) - _GENERIC


def unify_organisations(mentions: list[Mention], own: str | None) -> list[Mention]:
    """Short company names replaced by the legal name of the document that holds all their distinctive words.

    Two legal names (each with a legal suffix) are never merged unless their
    cores agree ("ACME POWER COMPANY" ~ "The Acme Power Company"); a short name
    with several candidates takes the document's own registrant, or stays.
    """
    legal: list[str] = [own] if own and has_legal_suffix(own) else []
    for m in mentions:
        if m.org and has_legal_suffix(m.org) and m.org not in legal:
            legal.append(m.org)
    canonical: dict[str, str] = {}
    for name in {m.org for m in mentions if m.org}:
        words = _distinctive(name)
        if not words:
            continue
        if has_legal_suffix(name):
            same = [c for c in legal if _org_key(c) == _org_key(name)]
            canonical[name] = same[0] if same else name
            continue
        holders = [c for c in legal if words <= _distinctive(c)]
        if own in holders:
            canonical[name] = own  # type: ignore[assignment]
        elif len({name_key(org_core(c)) for c in holders}) == 1:
            canonical[name] = holders[0]
    return [_replace(m, org=canonical.get(m.org, m.org)) if m.org else m for m in mentions]


# --- positions ----------------------------------------------------------------

_ABBREVIATIONS = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cio": "chief information officer",
    "evp": "executive vice president",
    "svp": "senior vice president",
    "vp": "vice president",
}


# Words that make another position of a title, not a fuller statement of it: "Lead Independent
# Director" beside "Independent Director", "Vice Chairman" beside "Chairman" are two seats.
_RANK_WORDS = frozenset({"lead", "vice", "deputy", "assistant", "associate"})


def _title_words(title: str) -> frozenset[str]:
    words: list[str] = []
    for w in re.findall(r"[a-z0-9]+", title.casefold()):
        words.extend(_ABBREVIATIONS.get(w, w).split())
    return frozenset(words) - {"and", "of", "the", "a", "an"}


def _same_org(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return _org_key(a) == _org_key(b)


def _holding(m: Mention) -> tuple[str, str]:
    return name_key(m.name), _org_key(m.org) if m.org else ""


# Words that tell a holding company from its bank or trust company when `org_core` drops them as legal
# forms: "Foo Bancorp, Inc." and "Foo Trust Company" are two organisations, both "Foo" at their core.
_KIND_WORDS = frozenset("bank bancorp bancorporation bancshares bankshares trust savings".split())  # noqa: SIM905


def _org_key(org: str) -> str:
    """`org_core`'s key, with the institution words (bank, trust, ...) the name holds."""
    kinds = sorted(set(name_key(org).split()) & _KIND_WORDS)
    core = name_key(org_core(org))
    return f"{core} [{' '.join(kinds)}]" if kinds else core


def merge_positions(mentions: list[Mention]) -> list[Mention]:
    """One mention per (person, company, title), without contained titles and superseded biography lines.

    A title is dropped when another title of the same person at the same
    company holds all its words ("CFO" beside "Senior Vice President, Chief
    Financial Officer") and more than a rank word ("Lead", "Vice"), whatever
    passage states either: a fuller biography
    line ("joined the Company in 1998 as Senior Vice President of Human
    Resources") is the same position told with more detail. A biography
    line that is left over states an earlier title, and goes where the
    document also states a current one.
    """
    unique: list[Mention] = []
    seen: set[tuple[tuple[str, str], frozenset[str]]] = set()
    for m in mentions:
        key = (_holding(m), _title_words(m.title))
        if key not in seen:
            seen.add(key)
            unique.append(m)
    words = [_title_words(m.title) for m in unique]
    kept = [
        m
        for i, m in enumerate(unique)
        if not any(
            j != i
            and words[i] < words[j]
            and not words[j] - words[i] <= _RANK_WORDS
            and name_key(o.name) == name_key(m.name)
            and _same_org(o.org, m.org)
            for j, o in enumerate(unique)
        )
    ]
    current = {_holding(m) for m in kept if m.kind != "biography"}
    return [m for m in kept if m.kind != "biography" or _holding(m) not in current]
