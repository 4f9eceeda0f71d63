"""A seat on each board of a biography's "Other Public Company Boards:" list.

Proxies put a director's outside boards under a heading, one to a line or
after a colon, rather than in a sentence; the list is read line by line,
and its person is the name heading the biography above it. Apart from
`board_lists` because it works on lines, not sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    clean_person_name,
    clean_title,
    find_person_names,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
)
from edgarkg.text.sentences import Segment

__all__ = ["directorship_mentions"]


# "Other Public Company Boards:", "Current Directorships:", "Other Current Public Company Directorships":
# the heading of a biography's list of the boards its person sits on now.
_DIRECTORSHIPS = re.compile(
    r"(?i)^[\s•·●▪*-]*(?:(?:other|current|present|outside)\s+)*(?:(?:public|listed)[\s-]+(?:company|companies)\s+)?"
    r"(?:(?:board|boards|directorships?)(?:\s+of\s+directors)?)(?:\s+(?:held|memberships?))?\s*"
    r"(?:\([^()]{0,40}\)\s*)?:\s*(?P<rest>.*)$"
)
_PAST_LIST = re.compile(r"(?i)\b(?:former|past|prior|previous|previously|within|during|last)\b")
_BULLET = re.compile(r"^\s*(?:[•·●▪◦■□➢➤*]|-|–|o(?=\s))\s*")
_NO_ITEMS = re.compile(r"(?i)^(?:none|n/a|—|-)\.?$")
_ITEM_NOTE = re.compile(r"\s*\((?:[^()]*)\)|\s+(?:since|from)\s+(?:19|20)\d\d\b.*$")
_SUBJECT_LINES = 60  # lines back from the list to the line naming the person


def directorship_mentions(text: str, all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A seat on each board a biography's "Other Public Company Boards:" list names.

    The items ("• Director, Initech Corp.", "• Hooli Inc. (Chairman)") follow
    the heading one to a line, or after its colon separated by semicolons. The
    person is the one whose name opens the nearest line above that starts with
    a name (the biography's heading or first sentence). Lists of former or
    past seats ("Past Five Years", "Former Directorships") are not current
    positions and are left out.
    """
    for i, seg in enumerate(all_lines):
        t = seg.text
        if ":" not in t or len(t) > 200:
            continue
        head = _DIRECTORSHIPS.match(t)
        if head is None or _PAST_LIST.search(t[: head.start("rest")]):
            continue
        items = [(seg, part) for part in re.split(r"\s*;\s*", head.group("rest")) if part.strip()]
        for line in all_lines[i + 1 : i + 16]:
            if not line.text.strip():
                if items:
                    break
                continue
            bullet = _BULLET.match(line.text)
            if bullet is None and (items or _DIRECTORSHIPS.match(line.text)):
                break
            items.append((line, line.text[bullet.end() if bullet else 0 :]))
        if not items:
            continue
        person = _list_subject(all_lines, i)
        if person is None:
            continue
        for line, item in items:
            read = _directorship_item(item)
            if read is None:
                continue
            title, org = read
            yield Mention(person, title, org, "appointment", (line.start, line.end), role_for_title(title))


def _directorship_item(item: str) -> tuple[str, str] | None:
    """(title, company) of "Director, Initech Corp.", "Hooli Inc. (Chairman)", "Globex Corporation"."""
    item = " ".join(item.split()).strip(" ;,")
    if not item or _NO_ITEMS.match(item):
        return None
    title = "Director"
    note = re.search(r"\(([^()]*)\)\s*$", item)
    if note and is_title(note.group(1)):
        title = clean_title(note.group(1))
    first, sep, rest = item.partition(", ")
    if sep and is_title(first) and not has_legal_suffix(first):
        title, item = clean_title(first), rest
    else:
        dash = re.match(r"(?P<org>.+?)\s+[–—-]\s+(?P<title>.+)$", item)
        if dash and is_title(dash.group("title")):
            title, item = clean_title(dash.group("title")), dash.group("org")
    org = _ITEM_NOTE.sub("", item).strip(" ,;")
    org = re.sub(r"(?<=[a-z]{4})\.$", "", org)
    if not org or not org[0].isupper() or len(org.split()) > 8 or is_person_name(org) or is_title(org):
        return None
    return title, org


def _list_subject(all_lines: Sequence[Segment], i: int) -> str | None:
    """The person a list at line i belongs to: the nearest line above that opens with a full name."""
    for line in reversed(all_lines[max(0, i - _SUBJECT_LINES) : i]):
        t = line.text.strip()
        if not t or _DIRECTORSHIPS.match(t):
            if t:
                return None  # the previous person's list: this one's name was not found
            continue
        lead = len(line.text) - len(line.text.lstrip())
        for a, b in find_person_names(line.text)[:1]:
            name = line.text[a:b]
            if a <= lead + 4 and is_person_name(name) and not re.match(r"(?i)(?:mr|mrs|ms|dr)\b", name):
                return clean_person_name(name)
        end = leading_person_name(t, allow_caps=True)
        if end is not None and is_person_name(t[:end], allow_caps=True):
            return clean_person_name(t[:end])
    return None
