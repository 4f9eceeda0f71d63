"""Contact labels written inside a line, each followed by its people: "Media: Jane Roe 555-0100".

A release's letterhead or a two-column contact table read row by row loses
its line breaks, so the contact block becomes a run of words:

- one label per person, in turn: "... Earnings Results Media Relations:
  Jane Roe 212-555-0100 Investor Relations: John Doe 212-555-0101";
- k column labels, then the k names, then their phones and e-mails, row by
  row: "CONTACTS MEDIA: INVESTORS: Jane Roe John Doe (412) 555-0100
  (412) 555-0101 media@acme.com ir@acme.com".

Both are one shape: a group of labels, as many names, then at least as many
phone or e-mail details, repeated. The labels must end with a colon and the
names must be followed straight away by the details, so prose never reads as
a run. The i-th name answers for the i-th label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.mentions import Mention
from edgarkg.text.names import is_person_name
from edgarkg.text.sentences import Segment

__all__ = ["labelled_run_mentions"]

# the cheap test: a line holds one of these (lower case) before any regex runs
_TRIGGERS = (
    "media:",
    "investors:",
    "investor:",
    "relations:",
    "press:",
    "analysts:",
    "inquiries:",
    "contact:",
)
_LABEL = re.compile(
    r"(?<![\w@.])(?P<label>(?:News\s+|Financial\s+)?(?:Media|Press|Investors?|Analysts?|Shareholders?"
    r"|Stockholders?|Public)(?:\s+(?:Relations|Inquiries|Contacts?))?)\s*:",
    re.I,
)
_GAP = re.compile(r"[\s,;|•·–—-]*")
_DETAIL = re.compile(
    r"(?:(?:tel|phone|t|m|mobile|e|e-?mail)\.?\s*:?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d))",
    re.I,
)
# one name of a row of names: given name, middle initials, family name, suffix ("Mary J. O'Hara Jr.")
_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
_ONE_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+[A-Z]\.){{0,2}}\s+{_NAME_WORD}(?:,?\s+(?:Jr|Sr)\.|\s+I{{2,3}}\b)?"
)
_LONE_NAME_WORDS = 5  # a label's only name may be longer: "Mary Ann de la Cruz"


def labelled_run_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A contact mention per name a run of inline labels introduces (see the module's docstring)."""
    for seg in all_lines:
        if ":" not in seg.text:
            continue
        low = seg.text.lower()
        if not any(t in low for t in _TRIGGERS):
            continue
        yield from _runs(seg)


def _runs(seg: Segment) -> Iterator[Mention]:
    t = seg.text
    tried = 0  # labels of a group already tried never start a run of their own
    for first in _LABEL.finditer(t):
        if first.start() < tried:
            continue
        pos = first.start()
        tried = _labels_end(t, pos)
        found = False
        while True:
            group = _group_at(t, pos)
            if group is None:
                break
            mentions, pos = group
            found = True
            for label, name, (a, b) in mentions:
                title = _title(label)
                yield Mention(name, title, None, "contact", (seg.start + a, seg.start + b), "contact")
        if found:
            return  # the run read from its first label on; later labels were part of it


def _labels_end(t: str, pos: int) -> int:
    """Where the group of labels at `pos` ends."""
    while (m := _LABEL.match(t, _GAP.match(t, pos).end())) is not None:  # type: ignore[union-attr]
        pos = m.end()
    return pos


def _group_at(t: str, pos: int) -> tuple[list[tuple[str, str, tuple[int, int]]], int] | None:
    """The people of one group of labels starting at `pos`, and where the group ends."""
    labels: list[re.Match[str]] = []
    while (m := _LABEL.match(t, _GAP.match(t, pos).end())) is not None:  # type: ignore[union-attr]
        labels.append(m)
        pos = m.end()
    if not labels:
        return None
    names: list[tuple[int, int]] = []
    if len(labels) == 1:
        span = _lone_name(t, pos)
        if span is None:
            return None
        names.append(span)
        pos = span[1]
    else:
        for _ in labels:
            at = _GAP.match(t, pos).end()  # type: ignore[union-attr]
            m = _ONE_NAME.match(t, at)
            if m is None or not is_person_name(m.group()):
                return None
            names.append((m.start(), m.end()))
            pos = m.end()
    details = 0
    while (d := _DETAIL.match(t, _GAP.match(t, pos).end())) is not None:  # type: ignore[union-attr]
        details += 1
        pos = d.end()
    if details < len(labels):
        return None
    out = [
        (lab.group("label"), " ".join(t[a:b].split()), (lab.start(), pos))
        for lab, (a, b) in zip(labels, names, strict=True)
    ]
    return out, pos


def _lone_name(t: str, pos: int) -> tuple[int, int] | None:
    """The name after a single label: the words up to its first phone or e-mail, if they are a name."""
    at = _GAP.match(t, pos).end()  # type: ignore[union-attr]
    words = list(re.finditer(r"\S+", t[at : at + 80]))[: _LONE_NAME_WORDS + 1]
    for k, w in enumerate(words):
        if _DETAIL.match(t, at + w.start()) is not None:
            if k < 2:
                return None
            end = at + words[k - 1].end()
            while end > at and t[end - 1] in ",;|–—-":
                end -= 1
            return (at, end) if is_person_name(t[at:end]) else None
    return None


def _title(label: str) -> str:
    words = [w.capitalize() for w in label.split()]
    title = " ".join(words)
    return title if words[-1].lower().startswith("contact") else f"{title} contact"
