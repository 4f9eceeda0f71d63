"""All the people of one document's reading text, from every rule, named consistently.

The block rules (signatures, contact lists, rosters) run first; the prose
rules then skip the passages those blocks cover, so a contact line is not
read twice (board sections excepted: their biographies hold other positions
only prose reads). Positions the text leaves unattributed go to the company the
document speaks for (its registrant, or the one company a press release
writes with a ticker); `edgarkg.text.coherence` then makes names and
positions agree across the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from edgarkg.text.address_blocks import stacked_mentions
from edgarkg.text.biographies import heading_mentions
from edgarkg.text.coherence import merge_positions, name_key, resolve_names, unify_organisations
from edgarkg.text.contacts import contact_mentions, unlabelled_contact_mentions
from edgarkg.text.control_persons import control_person_mentions
from edgarkg.text.counsel import counsel_mentions
from edgarkg.text.cover_contact import cover_contact_mentions
from edgarkg.text.directorships import card_mentions, directorship_mentions, other_boards_table
from edgarkg.text.double_spacing import single_spaced
from edgarkg.text.employers import OrgTerms, split_title_org, two_organisation_posts
from edgarkg.text.glossary import glossary_terms
from edgarkg.text.mentions import FILER_TERMS, Mention, defined_terms, term_key
from edgarkg.text.name_grids import compensation_name_mentions, name_grid_mentions
from edgarkg.text.names import OrgLexicon, has_legal_suffix, is_title, org_core
from edgarkg.text.occupation_cells import occupation_cell_mentions
from edgarkg.text.officer_lines import (
    each_as_director_mentions,
    name_title_line_mentions,
    officer_entry_mentions,
    officer_line_mentions,
    opens_biography,
)
from edgarkg.text.outside_titles import outside_title_split
from edgarkg.text.plural_roles import listed_title_mentions
from edgarkg.text.prose import prose_mentions
from edgarkg.text.rosters import board_section_mentions, read_span, roster_mentions
from edgarkg.text.sentences import lines
from edgarkg.text.signature_columns import signature_grid_mentions
from edgarkg.text.signature_registrants import registrant_names, signing_registrants
from edgarkg.text.signatures import signature_mentions
from edgarkg.text.small_caps import join_small_caps
from edgarkg.text.stacked_entries import stacked_entry_mentions
from edgarkg.text.stacked_signatures import stacked_signature_mentions
from edgarkg.text.unsigned_rows import starred_signature_mentions, unsigned_mentions

__all__ = ["acronym_terms", "find_people", "is_heading_phrase"]

# Lists whose capacity may join a post at the filer to one at another company ("Vice President--Ford and
# Chairman, Ford of Europe Incorporated"): split into the two posts.
_SPLIT_KINDS = frozenset({"signature", "roster"})
# Headings over lists of officers' entries: a 10-K's "Executive Officers", a 20-F's "Senior Management"
_OFFICER_HEADS = (
    "xecutive Officers",
    "xecutive officers",
    "XECUTIVE OFFICERS",
    "enior Management",
    "ENIOR MANAGEMENT",
)


def find_people(
    text: str, *, source: str | None = None, source_offset: Callable[[int], int] | None = None
) -> list[Mention]:
    """Every person-and-title mention in `text`, names resolved, duplicates removed.

    For HTML, `source` (the decoded document) and `source_offset` (reading
    offset → source offset) let table cells keep their real columns.
    """
    text = join_small_caps(text)  # "E DWARD P. D ECKER" → "EDWARD  P. DECKER ": same length, same offsets
    lexicon = OrgLexicon.from_text(text)
    all_lines = list(lines(text))  # cut once, read by every block rule
    registrants = registrant_names(text, all_lines)
    for name in registrants:
        lexicon.add(name)
    signatures = list(signature_mentions(text, lexicon, all_lines))
    blocks: list[Mention] = [*signatures]
    blocks.extend(unsigned_mentions(all_lines))
    if "*" in text:  # "Jane Roe*  Director" ⏎ "(Jane Roe)": a table signed by attorney
        blocks.extend(starred_signature_mentions(all_lines))
    if "each as" in text:  # "A, B and C, each as a Director, ... by D, their Attorney-in-Fact"
        blocks.extend(each_as_director_mentions(all_lines))
    blocks.extend(signature_grid_mentions(all_lines))
    blocks.extend(stacked_signature_mentions(all_lines, source, source_offset))
    blocks.extend(name_grid_mentions(all_lines))
    if "rincipal Position" in text or "rincipal position" in text or "RINCIPAL POSITION" in text:
        blocks.extend(compensation_name_mentions(all_lines))  # a Summary Compensation Table's name column
    blocks.extend(contact_mentions(text, lexicon, all_lines))
    blocks.extend(stacked_mentions(text, lexicon, all_lines))
    blocks.extend(cover_contact_mentions(text, all_lines))
    blocks.extend(control_person_mentions(text, all_lines, lexicon))  # who controls a holder, in its footnote
    blocks.extend(listed_title_mentions(text))  # "two executive officers, Jane Roe and John Doe"
    blocks.extend(counsel_mentions(text, lexicon))  # "Jane Roe, a member of the firm"
    terms = defined_terms(text)
    for key, full in [*glossary_terms(text).items(), *acronym_terms(text).items()]:
        terms.setdefault(key, full)
    blocks.extend(roster_mentions(text, source, source_offset, all_lines, terms))
    blocks.extend(stacked_entry_mentions(all_lines, source, source_offset))  # "Name, NN," over the title
    blocks.extend(heading_mentions(all_lines))
    blocks.extend(officer_line_mentions(all_lines, skip=[m.span for m in blocks]))
    if any(head in text for head in _OFFICER_HEADS):
        blocks.extend(officer_entry_mentions(all_lines, skip=[m.span for m in blocks]))
    blocks.extend(name_title_line_mentions(all_lines, skip=[m.span for m in blocks]))
    blocks.extend(unlabelled_contact_mentions(text, lexicon, all_lines, skip=sorted(m.span for m in blocks)))
    covered = sorted(read_span(m, text) for m in blocks)  # a row's biography cell is left to the sentences
    prose = [m for m in prose_mentions(_headings_apart(single_spaced(text), blocks), lexicon, skip=covered)]
    blocks.extend(board_section_mentions(text, all_lines))  # over biographies that prose reads too
    blocks.extend(directorship_mentions(text, all_lines))
    blocks.extend(card_mentions(all_lines))
    blocks.extend(other_boards_table(all_lines))
    blocks.extend(occupation_cell_mentions(all_lines, source, source_offset))
    own = _own_organisation(registrants + signing_registrants(signatures), _issuers(text, lexicon))
    blocks = [x for m in blocks for x in (outside_title_split(m) if m.kind in _SPLIT_KINDS else (m,))]
    mentions = resolve_names(blocks + prose, text)
    vocabulary = _lower_case_words(text) if mentions else frozenset()  # read only for a mention
    mentions = [
        m for m in mentions if not is_heading_phrase(m.name, text, vocabulary) and not _DIVISION.match(m.name)
    ]
    org_terms = OrgTerms(terms, own)  # "President of the Company and the Bank": a post at each
    mentions = two_organisation_posts(mentions, text, org_terms)
    mentions = [
        _board_or_unit(_title_comma_org(m)) for m in _defined_orgs(_coordinated(mentions, terms), terms)
    ]
    mentions = [m for m in mentions if not _membership(m)]
    mentions = [m if m.org or own is None else _with_org(m, own) for m in mentions]
    return [_squashed(m) for m in merge_positions(unify_organisations(mentions, own))]


# "Mitsubishi UFJ Financial Group, Inc. (MUFG)": a press release's short name, unquoted
_ACRONYM = re.compile(r"\((?P<term>[A-Z][A-Z&]{1,7})\)")
_BEFORE_ACRONYM = re.compile(r"(?P<full>[A-Z][\w&.’'-]*(?:,?\s+(?:[A-Z][\w&.’'-]*|of|and|&)){1,7})\s*$")


def acronym_terms(text: str) -> dict[str, str]:
    """Capital-letter short names written in parentheses after a company's full (legal) name."""
    terms: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        named = _BEFORE_ACRONYM.search(text, max(0, m.start() - 120), m.start())
        if named is not None and has_legal_suffix(named.group("full")):
            terms.setdefault(term_key(m.group("term")), " ".join(named.group("full").split()))
    return terms


def _own_organisation(registrants: list[str], issuers: list[str]) -> str | None:
    """The company a document speaks for, when it names exactly one.

    Its registrant (cover page or signature block), else the one company it
    writes with a ticker ("Springfield-based Acme Company (NYSE: ACM)", as
    press releases do). Positions the text leaves unattributed ("said
    Chairman and CEO ...", a contact list) belong to it; with several
    registrants (a joint filing) or none, they stay with the filer.
    """
    for names in (registrants, issuers):
        distinct: dict[str, str] = {}
        for n in names:  # the cover page's spelling first
            distinct.setdefault(name_key(org_core(n)), n)
        if len(distinct) == 1:
            return next(iter(distinct.values()))
        if distinct:
            return None
    return None


_RELEASE_EDGE = 3000  # a press release names its issuer in the dateline or the closing "About ..."


def _issuers(text: str, lexicon: OrgLexicon) -> list[str]:
    """Companies written with a ticker near the start or end, where a press release names its issuer."""
    if len(text) <= 2 * _RELEASE_EDGE:
        return lexicon.issuers
    edges = text[:_RELEASE_EDGE] + "\n" + text[-_RELEASE_EDGE:]
    return [n for n in lexicon.issuers if n in edges]


_OF_TERM = re.compile(r"^(?P<title>.+)\s+of\s+(?:the\s+)?(?P<term>[A-Z][\w&.,'’ -]{0,40}?)$")


def _defined_orgs(mentions: list[Mention], terms: dict[str, str]) -> list[Mention]:
    """Organisations written as the document's defined terms ("President of GCC") under their full names.

    A filer noun (`(the "Company")`) stays the filer's.
    """
    out = []
    for m in mentions:
        tail = _OF_TERM.match(m.title) if terms and " of " in m.title else None
        if tail and m.org is not None and not tail.group("term").isupper():
            tail = None  # only an acronym ("of MUFG") outranks the organisation the sentence was about
        named = _past_title(terms.get(term_key(tail.group("term")))) if tail else None
        if tail and named and tail.group("term").lower() not in FILER_TERMS:  # "President and CEO of GLA"
            m = Mention(m.name, tail.group("title"), named, m.kind, m.span, m.role, m.start, m.end)
        full = _past_title(terms.get(term_key(m.org))) if m.org and len(m.org.split()) <= 2 else None
        if full is None or m.org.strip(" .").lower() in FILER_TERMS:  # type: ignore[union-attr]
            out.append(m)
        else:
            out.append(_with_org(m, full))
    return out


def _title_comma_org(m: Mention) -> Mention:
    """A title written "title, organisation[, place]" with no organisation given: a post there."""
    split = split_title_org(m.title) if m.org is None else None
    if split is None:
        return m
    return Mention(m.name, split[0], split[1], m.kind, m.span, m.role, m.start, m.end)


# "the Board of Directors": the body a chair presides over, part of the company, never an employer.
_BOARD = re.compile(
    r"(?i)^(?:(?:the|our|its|their)\s+)?board(?:\s+of\s+(?:directors|trustees|managers|governors))?$"
)
# Last words of a business line's name ("Consumer & Community Banking", "Asset & Wealth Management").
# Business lines pair two fields ("Asset & Wealth Management"); a firm is named ("Excel Venture Management").
_PAIRED = re.compile(r"\s(?:&|and)\s")
_UNIT_END = re.compile(r"(?i)\b(?:banking|management|markets|operations|division|segment)$")


def _board_or_unit(m: Mention) -> Mention:
    """A post "of the Board" or of a business line is a post at the company, named in the title.

    "Chairman of the Board of Directors" is not a chairmanship of an
    organisation called "Board of Directors", and "CEO of Consumer & Community
    Banking" heads a business line of the company, not a company of that name:
    the title keeps the body, the organisation falls back to the company the
    text speaks for. Only a line that pairs two fields ("Asset & Wealth
    Management") is taken for one: "Globex Venture Management" names a firm,
    and so does a name with a legal form ("Acme Asset Management, LLC").
    """
    org = " ".join(m.org.split()) if m.org else ""
    if not org:
        return m
    if org.lower().removeprefix("the ").strip(" .") in FILER_TERMS:  # "director of our Company"
        return Mention(m.name, m.title, None, m.kind, m.span, m.role, m.start, m.end)
    if _BOARD.match(org):
        title = m.title if re.search(r"(?i)\bboard\b", m.title) else f"{m.title} of the Board"
    elif (
        _UNIT_END.search(org) and _PAIRED.search(org) and not has_legal_suffix(org) and len(org.split()) <= 5
    ):
        title = f"{m.title} of {org}"
    else:
        return m
    return Mention(m.name, title, None, m.kind, m.span, m.role, m.start, m.end)


def _past_title(named: str | None) -> str | None:
    """The body a defined term names, without the title its sentence wrote before it.

    'She will become CEO of Consumer Lending ("CL")' defines "CL" as the
    business line, not as "CEO of Consumer Lending".
    """
    head = re.match(r"^(?P<title>.+?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$", named) if named else None
    return head.group("body") if head and is_title(head.group("title")) else named


def _coordinated(mentions: list[Mention], terms: dict[str, str]) -> list[Mention]:
    """ "Director of Acme and Globex", both short names the document defines: a post at each.

    Only when every part is a defined term, so that "Smith and Wesson" or
    "Procter & Gamble" (one company) is never cut.
    """
    if not terms:
        return mentions
    out = []
    for m in mentions:
        parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.org) if m.org and " and " in m.org else []
        if len(parts) >= 2 and all(term_key(p) in terms for p in parts):
            out.extend(_with_org(m, terms[term_key(p)]) for p in parts)
        else:
            out.append(m)
    return out


def _squashed(m: Mention) -> Mention:
    """Names as one line: a hard-wrapped "Smith, Barney\nand Co." reads "Smith, Barney and Co."."""
    org = " ".join(m.org.split()) if m.org else None
    title = " ".join(m.title.split())
    tail = _OF_ORG.search(title) if org else None
    if tail and org and name_key(org_core(tail.group("org"))) == name_key(org_core(org)):
        title = title[: tail.start()]  # "Director of Acme Laboratories" at Acme Laboratories: "Director"
    return Mention(" ".join(m.name.split()), title, org, m.kind, m.span, m.role, m.start, m.end)


_OF_ORG = re.compile(r"\s+of\s+(?:the\s+)?(?P<org>[A-Z](?:(?!\s+of\s)[\w&.,'’ -]){1,80})$")


# "She is a member of the Equipment Leasing and Finance Association, REISA, ...": a membership, not a post.
_SOCIETY = re.compile(r"\b(?:Associations?|Society|Institute|Federation|Chamber|League|Club|Academy|Bar)\b")


def _membership(m: Mention) -> bool:
    return m.title.lower() == "member" and bool(m.org) and bool(_SOCIETY.search(m.org or ""))


def _with_org(m: Mention, org: str) -> Mention:
    return Mention(m.name, m.title, org, m.kind, m.span, m.role, m.start, m.end)


# Endings of abstract nouns, never of a given name or a family name: "Engagement", "Compensation".
_ABSTRACT = re.compile(r"(?:ment|tion|sion|ship|ness|ity|ism|ology)$")


def is_heading_phrase(name: str, text: str, vocabulary: frozenset[str]) -> bool:
    """True when a "name" is a capitalised heading of common words ("Stockholder Engagement").

    Every word of it is one the document also writes in lower case (or an
    abstract noun), and one is an abstract noun or the phrase stands as a line
    of its own, as headings do. A name with an initial, or written elsewhere
    with an honorific ("Mr. Price"), is a person's however common its words.
    """
    words = name.split()
    if len(words) < 2 or any(re.fullmatch(r"[A-Z]\.?|Jr\.?|Sr\.?|I{2,3}|IV", w) for w in words):
        return False
    bare = [w.strip(".,").lower() for w in words]
    abstract = [
        _ABSTRACT.search(w) is not None or _participle(w, vocabulary) or _plural(w, vocabulary) for w in bare
    ]
    if not all(a or w in vocabulary for w, a in zip(bare, abstract, strict=True)):
        return False
    if re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(words[-1])}\b", text):
        return False
    if any(abstract):
        return True
    return bool(re.search(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*:?[ \t]*$", text))


# "Article Seven", "Section Five": a table of contents' heading, never a person's name.
_DIVISION = re.compile(r"(?i)(?:article|section|schedule|exhibit|annex|appendix|chapter|part|item)\s")


def _plural(word: str, vocabulary: frozenset[str]) -> bool:
    """A plural the document writes in lower case, its singular too ("Persons Eligible"): no name's word."""
    return len(word) > 4 and word.endswith("s") and word in vocabulary and word[:-1] in vocabulary


def _participle(word: str, vocabulary: frozenset[str]) -> bool:
    """A past participle the document writes in lower case ("Fees Earned"): a column head, never a name.

    Its stem must be a word of the document too ("earn", "earns", "earning"),
    so that a name that happens to end in "-ed" ("Reed") is not taken for one.
    """
    if len(word) < 5 or not word.endswith("ed") or word not in vocabulary:
        return False
    stem = word[:-2]
    return any(
        f in vocabulary for f in (stem, stem + "s", stem + "ing", stem + "ings", stem + "e", stem + "es")
    )


def _headings_apart(text: str, blocks: list[Mention]) -> str:
    """`text` with a blank line between a claimed heading line and the biography on the very next line.

    "Robert Brown - Director" ⏎ "Mr. Brown is the President of Delta Capital Corp.": a wrapped
    plain-text 10-K or a <div> layout gives no blank line, so the sentence reader would read the
    heading and the biography as one sentence whose subject is claimed, and lose the outside role.
    The heading's last character becomes a line break (it is claimed, so no reader needs it);
    offsets stay as they are, and a document without such a heading keeps its very text.
    """
    cuts = []
    for m in blocks:
        a, b = m.span
        if b - a < 2 or b + 1 >= len(text) or text[b] != "\n" or text[b - 1] == "\n":
            continue
        nxt = text[b + 1 : b + 81].lstrip(" \t")
        if nxt[:1].isupper() and m.name and opens_biography(nxt, m.name):
            cuts.append(b - 1)
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = "\n"
    return "".join(chars)


def _lower_case_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case as words of a sentence (not inside an e-mail or a URL)."""
    words = (w.strip("\"'“”‘’([{)]},.;:!?") for w in set(text.split()))  # each distinct token once
    return frozenset(w for w in words if len(w) > 1 and w.isalpha() and w.islower())
