"""Percentages that are a rule's thresholds, not facts about the company.

Registration statements and proxies restate statutes and undertakings:
Delaware's Section 203 ("the interested stockholder owned at least 85% of the
voting stock of the corporation", "any person who ... did own, 15% or more"),
a charter's takeover defences, Item 512's undertaking ("if ... the changes in
volume and price represent no more than a 20% change"). Such a percentage is
a bound ("at least", "no more than", "or more") that applies to a generic
party ("any person", "an interested stockholder", "a person who") or under a
condition ("if", "in the event") stated before it in its sentence. A bound
stated of the company itself ("more than 60% of our revenue") has neither and
stays a fact.
"""

from __future__ import annotations

import re

__all__ = ["is_threshold"]

_BOUND_BEFORE = re.compile(
    r"(?i)(?:\bat\s+least|\b(?:no\s+)?(?:more|less|greater|fewer)\s+than(?:\s+an?)?|\bexceeds?|\bexceeding"
    r"|\bin\s+excess\s+of|\bup\s+to)\s*$"
)
_BOUND_AFTER = re.compile(r"(?i)\s*(?:percent\s+)?or\s+(?:more|greater|less|higher|lower)\b")
_GENERIC_PARTY = re.compile(
    r"(?i)\binterested\s+(?:stock|share)holders?\b|\bacquiring\s+person\b"
    r"|\bany\s+(?:person|entity|stockholder|shareholder|holder|group)\b"
    r"|\b(?:a|an|such)\s+(?:person|entity|stockholder|shareholder|holder)(?:\s+or\s+(?:person|entity))?\s+(?:who|that|which)\b"
)
_CONDITION = re.compile(r"(?i)\b(?:if|unless|in\s+the\s+event)\b")
_LOOK = 40  # the bound's words sit next to the number


_BOUNDS = frozenset({"at-least", "more-than", "less-than", "up-to"})


def is_threshold(
    text: str, start: int, end: int, sentence: tuple[int, int], qualifier: str | None = None
) -> bool:
    """Whether the percentage at `text[start:end]` is a rule's bound: "at least"/"or more" around it
    (or a bounding `qualifier` already read with it), and a generic party in its sentence or a
    condition before it."""
    if not (
        qualifier in _BOUNDS
        or _BOUND_BEFORE.search(text, max(sentence[0], start - _LOOK), start)
        or _BOUND_AFTER.match(text, end, min(sentence[1], end + _LOOK))
    ):
        return False
    a, b = sentence
    return _GENERIC_PARTY.search(text, a, b) is not None or _CONDITION.search(text, a, start) is not None
