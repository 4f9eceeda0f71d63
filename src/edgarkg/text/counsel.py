"""Lawyers named in legal prose: the company's counsel and the member of the firm that passes upon it.

Registration statements and their cover letters name the filer's lawyers in
two fixed phrasings: "Please contact Jane Roe of Globex & Partners LLP, the
Company's counsel, at ..." and, in "Legal Matters", "... will be passed upon
for the Company by Roe & Doe LLP, New York. John Doe, a member of the firm,
owns 1,000 shares." The second names the firm a sentence earlier, so the
sentence rules see "the firm" and no organisation. Only the characters
before each "counsel" or "of the/that/such firm" are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.text.mentions import Mention
from edgarkg.text.names import OrgLexicon, find_org_names, find_person_names, is_person_name
from edgarkg.text.plural_roles import org_at

__all__ = ["counsel_mentions"]

# "Jane Roe of Globex LLP, the Company's counsel" / ", our legal counsel" / ", counsel to the Company"
_OF = re.compile(r"(?:,?\s+Esq\.?,?)?\s+(?:of|at|with)\s+")
_COUNSEL_AFTER = re.compile(
    r"\s*,\s*(?:(?:(?:the\s+)?(?:Company|Registrant|Issuer|Corporation)['’]s|our|its)\s+"
    r"(?:(?:legal|outside|securities|special|corporate|U\.S\.)\s+)?counsel\b"
    r"|(?:legal\s+)?counsel\s+(?:to|for)\s+(?:the\s+(?:Company|Registrant|Issuer|Corporation)|us)\b)"
)
# "John Doe, a member of the firm," / ", a partner of that firm"
_OF_THE_FIRM = re.compile(
    r"\s*,\s*(?:is\s+)?an?\s+(?P<noun>member|partner|shareholder)\s+of\s+(?:the|that|such|this|said)\s+firm\b"
)
# the firm a legal-matters sentence names: "passed upon for the Company by [Messrs.] Roe & Doe, 7 Main St"
_PASSED_BY = re.compile(
    r"passed\s+upon\s+(?:for\s+[^.]{1,60}?\s+)?by\s+(?:Messrs\.\s+)?"
    r"(?P<firm>[A-Z][\w.'’-]*(?:,?\s+(?:&|and|[A-Z][\w.'’-]*))*?)(?=\s*[,;(]|\.\s|$)"
)
_OF_FIRM_BEFORE = re.compile(r"\bof\s+(?:the|that|such|this|said)\s+$")
_NAME_REACH = 160
_FIRM_REACH = 600  # characters before the name where the firm was named
_AFTER = 200  # characters after the anchor a clause may run to ("counsel to the Company")


def counsel_mentions(text: str, lexicon: OrgLexicon) -> Iterator[Mention]:
    """A mention per lawyer the legal prose names with the firm they belong to."""
    if "counsel" not in text and " firm" not in text:
        return
    seen: set[int] = set()
    for p in _anchors(text):
        lo = max(0, p - _FIRM_REACH - _NAME_REACH)
        lo = max(lo, text.rfind("\n\n", lo, p) + 1)  # within its paragraph
        s = text[lo : p + _AFTER]
        for a, b in find_person_names(s, max(0, p - lo - _NAME_REACH), p - lo):
            name = s[a:b]
            if lo + a in seen or not is_person_name(name):
                continue
            found = _company_counsel(s, b, lexicon) or _member_of_firm(s, a, b)
            if found is not None:
                seen.add(lo + a)
                title, org, end = found
                # the span is the clause after the name: the sentence rules still read the name for
                # what else the sentence says ("John Doe, a member of the firm, is Secretary of the Company")
                yield Mention(name, title, org, "appointment", (lo + b, lo + end), "counsel")


def _anchors(text: str) -> Iterator[int]:
    """Where "counsel" or "of the firm" stands: a clause of either phrasing ends there."""
    for word in ("counsel", "firm"):
        at = text.find(word)
        while at >= 0:
            if word == "counsel" or _OF_FIRM_BEFORE.search(text, max(0, at - 20), at):
                yield at
            at = text.find(word, at + len(word))


def _company_counsel(s: str, b: int, lexicon: OrgLexicon) -> tuple[str, str, int] | None:
    of = _OF.match(s, b)
    if of is None:
        return None
    org = org_at(s, of.end(), lexicon)
    if org is None:
        return None
    end = s.find(org, of.end()) + len(org)
    after = _COUNSEL_AFTER.match(s, end)
    return ("counsel", org, after.end()) if after is not None else None


def _member_of_firm(s: str, a: int, b: int) -> tuple[str, str, int] | None:
    m = _OF_THE_FIRM.match(s, b)
    if m is None:
        return None
    before = s[max(0, a - _FIRM_REACH) : a]
    firms = [f.group("firm") for f in _PASSED_BY.finditer(before)]
    firms += [before[x:y] for x, y in find_org_names(before)]
    if not firms:
        return None
    # the last firm named before the person (the "passed upon" phrase or a name with a legal form)
    last = max(firms, key=lambda f: before.rfind(f))
    return m.group("noun"), " ".join(last.split()).rstrip(" ,."), m.end()
