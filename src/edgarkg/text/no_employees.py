"""A company that says it has no employees: a count of zero, which no number in the text states.

Shells and small reporting companies say so in Item 1 ("The Company has no employees. It is managed
by two directors/officers"); the headcount they report is that zero. Only the document's own company
speaks so ("the Company", "we", "it" as the sentence's subject), and a sentence that goes on to name
who works for it instead ("no employees other than our officers") is no zero count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NoEmployees", "no_employees"]


@dataclass(frozen=True, slots=True)
class NoEmployees:
    """Where the statement is: the clause's span (its evidence)."""

    start: int
    end: int


# the words just before "employees": "The Company has no", "we currently have no full-time",
# "It does not have any"
_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:the\s+company|we|it|the\s+registrant)\s+(?:currently\s+|presently\s+|still\s+)?"
    r"(?:(?:has|have|had|has\s+had)\s+no|(?:does|do|did)\s+not\s+(?:currently\s+)?have\s+any)\s+"
    r"(?:full[- ]time\s+|paid\s+|salaried\s+)?$"
)
_OTHER_THAN = re.compile(r"(?i)\s*,?\s*(?:other\s+than|except|besides|apart\s+from|aside\s+from|but)\b")
_LOOK_BACK = 60


def no_employees(text: str) -> NoEmployees | None:
    """The first "The Company has no employees" sentence of a text, or None."""
    pos = text.find("employees")
    while pos >= 0:
        before = text[max(0, pos - _LOOK_BACK) : pos]
        if " no " in before or " any " in before:
            m = _BEFORE.search(before)
            end = pos + len("employees")
            if m is not None and not _OTHER_THAN.match(text, end) and not text[end : end + 1].isalnum():
                return NoEmployees(pos - len(before) + m.start(), end)
        pos = text.find("employees", pos + 9)
    return None
