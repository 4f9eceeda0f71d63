"""Glossary entries: short names a document defines for the companies it writes about.

10-Ks open with such lists ('“Acme Asia” refers to Acme Asia-Pacific
Corporation', '"Acme UK" means Acme Ltd.'). This is the one reader of that
construction for the people rules; `org_terms.glossary_terms` and
`org_glossary.glossary_aliases` still carry their own patterns (each a slight
variant: "refer to", a comma before the verb, no "shall mean").
"""

from __future__ import annotations

import re

from edgarkg.text.mentions import term_key
from edgarkg.text.names import find_org_names

__all__ = ["glossary_terms"]


# A glossary entry: '“Globex Asia” refers to Globex Asia-Pacific Corporation', '"Acme UK" means Acme Ltd.'.
_GLOSSARY = re.compile(
    r"[\"“](?P<term>[A-Z][^\"“”\n]{0,38})[\"”]\s+(?:refers\s+to|means|shall\s+mean)\s+(?:the\s+)?"
)


def glossary_terms(text: str) -> dict[str, str]:
    """Short names a glossary defines before the company they stand for (`term_key` → full name).

    10-Ks open with such lists ('“Acme Asia” refers to Acme Asia-Pacific
    Corporation, a British Virgin Islands corporation'); the full name must be
    a company by its form (a legal suffix), so "“Products” means the goods"
    defines nothing here.
    """
    terms: dict[str, str] = {}
    if "refers to" not in text and "mean" not in text:
        return terms
    for m in _GLOSSARY.finditer(text):
        spans = find_org_names(text[m.end() : m.end() + 160])
        if spans and spans[0][0] == 0:
            full = " ".join(text[m.end() : m.end() + spans[0][1]].split())
            terms.setdefault(term_key(m.group("term")), full)
    return terms
