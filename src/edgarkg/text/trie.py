"""Word lists as one regex: an alternation factored into a trie.

Matching a few thousand organisation names at every position of a long filing
with a plain alternation tries each name in turn; the trie tries one branch per
character, so a scan stays linear in the text whatever the list's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str], space: str = r"\s+") -> str:
    """One regex alternative per word, factored into a trie: the same longest-first matching as
    an alternation sorted by length, but without trying every word at every position.
    A space in a word matches `space` (any run of white space), an apostrophe a straight or curly
    one. "" when there are no words."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return ""
    out: list[str] = []
    # iterative depth-first walk: ("node", n) expands a node, ("text", s) emits text
    stack: list[tuple[str, object]] = [("node", root)]
    while stack:
        kind, item = stack.pop()
        if kind == "text":
            out.append(item)  # type: ignore[arg-type]
            continue
        node: dict[str, dict] = item  # type: ignore[assignment]
        alts = [ch for ch in sorted(node) if ch]
        ends = "" in node
        if not alts:
            continue
        if len(alts) == 1 and not ends:
            ch = alts[0]
            stack.append(("node", node[ch]))
            stack.append(("text", _char(ch, space)))
            continue
        # "(?:" a... "|" b... ("|" for the end) ")": pushed in reverse
        stack.append(("text", "|)" if ends else ")"))
        for k, ch in enumerate(reversed(alts)):
            stack.append(("node", node[ch]))
            stack.append(("text", _char(ch, space)))
            if k < len(alts) - 1:
                stack.append(("text", "|"))
        stack.append(("text", "(?:"))
    return "".join(out)


def anchored_trie_pattern(words: Iterable[str], *, not_after: str, lower_start: bool) -> str | None:
    """`(?i)(?<!{not_after})` + `trie_pattern(words)` (plus `(?-i:(?![a-z]))` unless `lower_start`),
    written so that the regex engine can skip to where a word can begin.

    With the whole pattern case-insensitive, `re` tries a match at every character of the text.
    Here the first character is read by a case-sensitive class (every character the words can
    begin with, in any case `re` folds to it), which `re` uses to jump from candidate to
    candidate; a one-character look-behind then picks the branch of the words beginning with
    that letter, so the matches are exactly those of the plain pattern. "" when there are no
    words; None when a word begins outside the Basic Multilingual Plane (the caller keeps the
    plain pattern).
    """
    return _anchored_trie_pattern(frozenset(words), not_after, lower_start)


@lru_cache(maxsize=64)  # an organisation index is rebuilt, with the same forms, several times a document
def _anchored_trie_pattern(words: frozenset[str], not_after: str, lower_start: bool) -> str | None:
    """`anchored_trie_pattern` of a set of words: the pattern depends on neither their order nor repeats."""
    parts = anchored_trie_parts(words, lower_start=lower_start)
    if parts is None or not parts[0]:
        return None if parts is None else ""
    first, branches = parts
    return rf"{first}(?<!{not_after}.)(?i:{branches})"


def anchored_trie_parts(
    words: Iterable[str], *, lower_start: bool, space: str = r"\s+"
) -> tuple[str, str] | None:
    """The two halves of `anchored_trie_pattern`: the class of first characters, and the
    branches (each a look-behind at that character, then the rest of its words)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    if not groups:
        return "", ""
    if any(ord(c) > 0xFFFF for c in groups):
        return None
    starts: set[str] = set()
    for c in groups:
        starts |= _case_variants(c)
    if not lower_start:
        starts = {c for c in starts if not "a" <= c <= "z"}
    branches = "|".join(f"(?<={re.escape(c)}){trie_pattern(groups[c], space)}" for c in sorted(groups))
    first = "".join(sorted(re.escape(c) for c in starts)) or r"\x00"
    return f"[{first}]", f"(?:{branches})"


def _char(ch: str, space: str) -> str:
    """A word's character as regex: a space is `space`, an apostrophe either apostrophe."""
    return space if ch == " " else "['’]" if ch == "'" else re.escape(ch)


_BMP: str | None = None


@lru_cache(maxsize=1024)
def _case_variants(c: str) -> frozenset[str]:
    """Every character that `re` matches to `c` case-insensitively ("k": "k", "K" and the Kelvin sign)."""
    global _BMP
    if _BMP is None:
        _BMP = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    return frozenset(re.findall("(?i)" + re.escape(c), _BMP)) | {c}
