"""The prose of ownership forms: signature lines, footnote statements, pre-2003 text forms.

Forms 3/4/5 are structured, but three things in them are written in words:

- signature lines ("/s/ Jane Roe, Managing Member, Acme Partners II GP LLC") state a
  signer's title at an organisation;
- footnotes state how entities relate ("Acme Insurance Company, a subsidiary of
  Acme Holdings Inc.", "Acme Orbital Inc., f/k/a Falcon Technology
  Acquisition Corp."). Only fixed legal phrasings are read (an apposition naming a
  legal form or "subsidiary of"), never loose mentions;
- forms filed before XML (2003) are typed text: numbered boxes ("1. Name and Address
  of Reporting Person", "2. Issuer Name and Ticker or Trading Symbol") and check
  boxes ("(X) Director ( ) 10% Owner"). Boxes may be stacked or side by side, so a
  box's content is the text below its heading, within its heading's columns.

Everything here is pure string work with offsets into the text it was given.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from edgarkg.extractors.common import find_month_year, find_text_date, looks_like_person, squash

# --- names -----------------------------------------------------------------

LEGAL_SUFFIX = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|L\.?\s?P\.?|LLC|L\.L\.C\.|LLLP|LLP|L\.L\.P\.|"
    r"Ltd\.?|Limited|PLC|plc|P\.L\.C\.|N\.V\.|NV|S\.A\.|SA|AG|SE|GmbH|B\.V\.|BV|S\.p\.A\.|AB|ASA|"
    r"S\.?a\.?r\.?l\.?|Pte\.? Ltd\.?|Pty\.? Ltd\.?|Trust|Fund"
)
_LEGAL_END = re.compile(rf"(?:,?\s+|^)(?:{LEGAL_SUFFIX})$", re.I)
_ORG_HINT = re.compile(
    rf"\b(?:{LEGAL_SUFFIX}|Partners|Partnership|Holdings?|Capital|Management|Ventures?|Group|Advisors|"
    r"Advisers|Investments?|Associates|Bank|Bancorp|Foundation|Trust|Fund|Equity|Securities|Financial)\b",
    re.I,
)
# A capitalised word, numbers and "L.P."-like tokens included; connectors may join words.
# A name starts where a token starts and has at most 16 words: unbounded, a pattern that
# ends in a fixed phrase ("..., a subsidiary of") retried every word of a long capitalised
# run from every word before it, which took seconds on a long footnote (quadratic).
_WORD = r"(?:[A-Z0-9][\w'’.\-&/]*)"
_CONNECT = r"(?:of|de|du|del|la|le|von|van|der|&|for)"
_NAME = (
    rf"(?<![\w'’.\-&/]){_WORD}(?:\s+(?:{_CONNECT}\s+){{0,3}}{_WORD}){{0,15}}"
    rf"(?:,?\s+(?:{LEGAL_SUFFIX}))?"
)
# Capitalised words that start sentences, never names.
_LEAD_WORDS = frozenset(
    re.split(
        r"\s+",
        "a an the these this those such each all as by for in on of upon following pursuant reflects "
        "represents includes consists held shares securities reporting person issuer company mr ms mrs dr "
        "amount number common stock class",
    )
)


def name_key(name: str) -> str:
    """Order-free person key ("ROE JANE" ~ "Jane Roe"): lower-case letters of each word, sorted."""
    words = re.sub(r"[^\w\s]", " ", name.lower().replace("’", "'").replace("'", "")).split()
    words = [w for w in words if w not in {"mr", "mrs", "ms", "dr", "jr", "sr"}]
    return " ".join(sorted(words))


def org_key(name: str) -> str:
    """Comparable organisation key: case, punctuation and a trailing legal suffix ignored."""
    text = re.sub(r"\s*/[A-Za-z]{2,3}/?\s*$", "", name.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = _LEGAL_END.sub("", text).strip(" ,.")
    return " ".join(re.sub(r"[^\w]+", " ", text.lower().replace("&", " and ")).split())


def looks_like_org(name: str) -> bool:
    return bool(_ORG_HINT.search(name)) or "&" in name


def _trim_lead(name: str) -> str:
    """Drop sentence words glued to the front of a capitalised run ("Reflects Columbia ...")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".,") in _LEAD_WORDS:
        words.pop(0)
    return " ".join(words)


# --- signatures --------------------------------------------------------------

_PROXY = re.compile(r"attorney|power\s+of|\bP\.?O\.?A\b|proxy|on\s+behalf\s+of|\bfor\s*:", re.I)
_SIG_MARK = re.compile(r"^\s*(?:By\s*:?\s*)?(?:/s/|s/|/S/)?\s*", re.I)
_TITLE_WORDS = re.compile(
    r"\b(?:President|Officer|Member|Manager|Managing|Partner|Director|Secretary|Treasurer|Trustee|"
    r"Signatory|Chair(?:man|woman|person)?|CEO|CFO|COO|CLO|GC|Counsel|Principal|Vice|VP|SVP|EVP|"
    r"Authori[sz]ed|Executive|Controller|Founder|Administrator|Head|Chief|Person)\b",
    re.I,
)
_SUFFIX_ONLY = re.compile(rf"^(?:{LEGAL_SUFFIX})$", re.I)


@dataclass(frozen=True, slots=True)
class Signature:
    """A signer who states a title at an organisation."""

    person: str
    title: str
    organization: str


def _segments(text: str) -> list[str]:
    """Comma-separated parts, a bare legal suffix (", Inc.") kept with the name before it."""
    parts: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if parts and _SUFFIX_ONLY.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def parse_signature(text: str) -> Signature | None:
    """ "/s/ NAME, TITLE, ORG", "ORG By: /s/ NAME, its TITLE", "/s/ NAME, TITLE of ORG" → Signature.

    None when the line states no title at an organisation, or when the signer acts for
    someone else (attorney-in-fact, power of attorney): that is not a position anywhere.
    """
    text = squash(text)
    if not text or _PROXY.search(text):
        return None
    # "ABC Fund, L.P. By: ABC GP, LLC, its general partner By: /s/ Jane Doe, Managing Member":
    # the signer follows the last "By:", and signs for the entity named just before it.
    pieces = re.split(r"(?:^|(?<=[\s,;]))(?:By|BY)\s*:?\s+", text)
    org_first = None
    if len(pieces) > 1 and pieces[-2].strip(" ,;:"):
        org_first = next((p for p in _segments(pieces[-2]) if looks_like_org(p)), None)
    parts = _segments(_SIG_MARK.sub("", pieces[-1], count=1))
    if len(parts) < 2:
        return None
    person = parts[0].strip()
    if not looks_like_person(person):
        return None
    title = re.sub(r"^(?:individually\s+and\s+)?(?:its|as|the)\s+", "", parts[1], flags=re.I).strip()
    organization = org_first
    if organization is None:
        m = re.match(r"^(.*?)\s+of\s+(?:the\s+)?(.+)$", title)
        if m and looks_like_org(m.group(2)):
            title, organization = m.group(1), m.group(2)
        elif len(parts) > 2:
            organization = re.sub(r"^(?:of\s+)?(?:the\s+)?", "", parts[2], flags=re.I)
    if not organization or not looks_like_org(organization) or not _TITLE_WORDS.search(title):
        return None
    return Signature(person=person, title=title, organization=organization.strip(" ,;:"))


# --- footnote statements -----------------------------------------------------

_ENTITY_FORM = (
    r"(?:(?:exempted\s+|private\s+|public\s+)?(?:limited\s+liability\s+company|limited\s+partnership|"
    r"general\s+partnership|limited\s+company|corporation|company|statutory\s+trust|business\s+trust|"
    r"partnership|trust|societe\s+anonyme|public\s+limited\s+company))"
)
_JURISDICTION = r"(?P<jur>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3}?)"
_OWNED = r"(?:(?:direct|indirect|majority|wholly|wholly-owned|owned|majority-owned|controlled)[\s,]+)*"
_DEFINED = r"(?:\s*\((?:the\s+)?[\"“”']+[^\"“”']{1,40}[\"“”']+\))?"
_PARENT = rf"(?P<parent>(?:the\s+)?(?:Issuer|Company|Reporting\s+Person)\b|{_NAME})"

_SUBSIDIARY = re.compile(
    rf"(?P<child>{_NAME}){_DEFINED}(?:,\s+|\s+is\s+)"
    rf"(?:an?\s+{_JURISDICTION}\s+{_ENTITY_FORM}(?:,\s*|\s+and\s+)(?:(?:which|that)\s+)?(?:is\s+)?)?"
    rf"(?:an?\s+)?{_OWNED}subsidiary\s+of\s+{_PARENT}"
)
_INCORPORATED = re.compile(rf"(?P<child>{_NAME}){_DEFINED},\s+an?\s+{_JURISDICTION}\s+{_ENTITY_FORM}\b")
_FORMERLY = re.compile(
    rf"(?P<name>{_NAME}),?\s+\(?(?:f/k/a|formerly\s+known\s+as|formerly)\s+(?P<old>{_NAME})"
)
_DEFINITION = re.compile(rf"(?P<name>{_NAME})\s*\((?:the\s+)?[\"“”']+(?P<short>[^\"“”']{{1,40}})[\"“”']+\)")


@dataclass(frozen=True, slots=True)
class Mention:
    """Something a footnote states: an entity (with jurisdiction), a parent, or a former name."""

    kind: str  # "entity", "subsidiary", "former-name"
    name: str
    start: int
    end: int
    other: str | None = None  # the parent (subsidiary) or the former name
    jurisdiction: str | None = None


# Words that end with a full stop inside names ("Baker Bros. Advisors", "St. Paul Fire").
_ABBREVIATIONS = frozenset(("st", "mt", "ft", "bros", "mfg", "intl", "no", "jr", "sr", "mr", "ms", "dr"))
_SUFFIX_WORD = re.compile(rf"^(?:{LEGAL_SUFFIX}),?$", re.I)


def _clean_name(name: str, keep: str = "head") -> str:
    """A capitalised run as a name: sentence words in front dropped, cut at a sentence end.

    A run may cross a full stop ("IBM. These materials", "Acme L.P. Acme Insurance
    Company"): the part before it is kept for a name that starts a phrase (`keep="head"`),
    the part after it for a name that ends one (`keep="tail"`). Initials ("J.P.") and a
    suffix followed by another ("Co. LLC") are not sentence ends.
    """
    words = squash(name).split()
    for i in range(len(words) - 1):
        word, following = words[i], words[i + 1]
        bare = word.rstrip(".")
        if not word.endswith(".") or not following[:1].isupper() or _SUFFIX_WORD.match(following):
            continue
        if bare.lower() in _ABBREVIATIONS:
            continue
        if (len(bare) <= 1 or "." in bare) and not _SUFFIX_WORD.match(word):
            continue  # initials
        words = words[: i + 1] if keep == "head" else words[i + 1 :]
        return _clean_name(" ".join(words), keep)
    cleaned = _trim_lead(" ".join(words)).strip(" ,;:")
    last = cleaned.split()[-1].rstrip(".") if cleaned else ""
    if (
        cleaned.endswith(".")
        and not _SUFFIX_WORD.match(last + ".")
        and len(last) > 1
        and "." not in last
        and last.lower() not in _ABBREVIATIONS
    ):
        cleaned = cleaned[:-1]  # the full stop ends the sentence, not the name
    return cleaned


_PRONOUN = re.compile(r"^(?:the\s+)?(?:Issuer|Company|Reporting\s+Person)$", re.I)


def _jurisdiction(jur: str | None) -> str | None:
    if not jur:
        return None
    jur = jur.strip()
    return None if jur.lower() in {"wholly", "direct", "indirect", "new"} else jur


_HAS_SUBSIDIARY = re.compile(r"subsidiary\s+of", re.I)
_HAS_FORM = re.compile(r"(?:corporation|company|partnership|trust|societe)\b", re.I)
_HAS_FORMER = re.compile(r"f/k/a|formerly", re.I)


def footnote_mentions(text: str) -> Iterator[Mention]:
    """Entities a footnote states facts about, in a few fixed legal phrasings.

    Each phrasing is looked for only when its key words occur: most footnotes have none.
    """
    seen: set[str] = set()
    if _HAS_SUBSIDIARY.search(text):
        for m in _SUBSIDIARY.finditer(text):
            child = _clean_name(m.group("child"), keep="tail")
            raw_parent = squash(m.group("parent"))
            parent = raw_parent if _PRONOUN.match(raw_parent) else _clean_name(raw_parent)
            if child and parent and child not in seen:
                seen.add(child)
                jurisdiction = _jurisdiction(m.group("jur"))
                yield Mention("subsidiary", child, m.start("child"), m.end(), parent, jurisdiction)
    if _HAS_FORM.search(text):
        for m in _INCORPORATED.finditer(text):
            child = _clean_name(m.group("child"), keep="tail")
            if child and child not in seen:
                seen.add(child)
                jurisdiction = _jurisdiction(m.group("jur"))
                yield Mention("entity", child, m.start("child"), m.end(), None, jurisdiction)
    if _HAS_FORMER.search(text):
        for m in _FORMERLY.finditer(text):
            name, old = _clean_name(m.group("name"), keep="tail"), _clean_name(m.group("old"))
            yield Mention("former-name", name, m.start(), m.end(), old)


def defined_terms(text: str) -> dict[str, str]:
    """Short names a text defines: 'Berkshire Hathaway Inc. ("Berkshire")' → {"berkshire": full name}."""
    terms: dict[str, str] = {}
    if "(" not in text:
        return terms
    for m in _DEFINITION.finditer(text):
        terms.setdefault(m.group("short").strip().lower(), _clean_name(m.group("name"), keep="tail"))
    return terms


# --- pre-2003 text forms -------------------------------------------------------

# Box labels, short enough to be found when a narrow box wraps the rest onto the next line.
_BOX_LABELS = {
    "owner": r"Name\s+and\s+Address\s+of\s+Reporting(?:\s+Person(?:\(s\))?)?",
    "issuer": r"Issuer\s+Name\s+and\s+Ticker(?:\s+or(?:\s+Trading(?:\s+Symbol)?)?)?",
    "statement": r"Statement\s+for(?:\s+(?:Month/(?:Day/)?Year|Issuer'?s\s+Fiscal\s+Year\s+Ended))?",
    "event": r"Date\s+of\s+Event\s+Requiring(?:\s+Statement)?",
    "relationship": r"Relationship\s+of\s+Reporting(?:\s+Person(?:\(s\))?(?:\s+to\s+Issuer)?)?",
    "irs": r"I\.?R\.?S\.?\s+(?:or\s+Social\s+Security\s+)?(?:Identification\s+)?Numbers?",
    "amendment": r"If\s+Amendment",
    "joint": r"Individual\s+or\s+Joint/Group",
}
_BOX_HEADING = re.compile(
    r"(?<![\w.])\d{1,2}\s*\.\s*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _BOX_LABELS.items()) + ")",
    re.I,
)
# What may follow a heading's label on its line: a note mark and parenthesised hints.
_HEADING_REST = re.compile(r"^[\s*:]*(?:\([^)]*\)[\s*:]*)*")
_FORM_TITLE = re.compile(
    r"INITIAL\s+STATEMENT\s+OF\s+BENEFICIAL\s+OWNERSHIP|(?:ANNUAL\s+)?STATEMENT\s+OF\s+CHANGES\s+IN\s+"
    r"BENEFICIAL\s+OWNERSHIP",
    re.I,
)
# "FORM 4" standing alone on its line (not "Form 4 or Form 5 obligations may continue").
_FORM_NUMBER = re.compile(
    r"^[ \t]*FORM[ \t]+(?P<form>[345])(?P<amended>[ \t]*/[ \t]*A)?[ \t]*(?:$|[ \t]{2,})", re.I | re.M
)
# Blanks within the line only: "^\s*" let every line of a long run of blank lines scan the rest.
_TABLE_START = re.compile(r"^[^\S\n]*(?:<TABLE>|Table\s+I\b)", re.I | re.M)
# Hints printed in the boxes, and the ends of labels a narrow box wrapped onto the next line.
_PLACEHOLDER = re.compile(
    r"^[\s(]*(?:\(?(?:Last|First|Middle|Street|City|State|Zip|Month/Year|Month/Day/Year|Voluntary|"
    r"Check\s+all\s+applicable|Check\s+Applicable\s+Line|Person(?:\(s\))?(?:\s+to\s+Issuer)?|"
    r"(?:or\s+)?Trading\s+Symbol|Symbol|Statement|Month/(?:Day/)?Year|Issuer'?s\s+Fiscal\s+Year\s+Ended|"
    r"Number\s+of\s+Reporting|Person,?\s+if\s+an\s+Entity)\)?[\s,*]*)+$",
    re.I,
)
_CITY_LINE = re.compile(
    r"^(?P<city>[A-Za-z][A-Za-z .'\-]*?),?\s+(?P<state>[A-Z]{2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\.?,?\s+"
    r"(?P<zip>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
)
_TICKER = re.compile(r"^[A-Z][A-Z0-9.\-]{0,9}$")
# Starts at the bracket: a leading "\s*" made each blank of a long run a start (quadratic).
_TICKER_IN_NAME = re.compile(
    r"[\[(]\s*(?:(?:NASDAQ|NYSE|AMEX|OTC(?:BB)?|Symbol)\s*:\s*)?([A-Z][A-Z0-9.\-]{0,9})\s*[\])]\s*$"
)
_NO_TICKER = {"NONE", "N/A", "NA", "NOT", "NO"}


@dataclass
class Box:
    """One numbered box of a text form: its heading span and content lines with offsets."""

    kind: str
    start: int
    end: int
    lines: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass
class TextForm:
    """What a pre-XML ownership form states in its boxes; spans are offsets into the text."""

    form_type: str | None = None
    form_span: tuple[int, int] = (0, 0)
    owner_name: tuple[str, int, int] | None = None
    street: list[str] = field(default_factory=list)
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    issuer_name: tuple[str, int, int] | None = None
    ticker: str | None = None
    period: date | None = None
    relationships: list[tuple[str, str, int, int]] = field(default_factory=list)  # (role, title, s, e)


def is_text_form(text: str) -> bool:
    """A typed Form 3/4/5: its title and the reporting-person and issuer boxes, near the top."""
    head = text[:20_000]
    return bool(
        _FORM_TITLE.search(head)
        and re.search(_BOX_LABELS["owner"], head, re.I)
        and re.search(_BOX_LABELS["issuer"], head, re.I)
    )


def _lines(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out, pos = [], start
    for line in text[start:end].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((body, pos, pos + len(body)))
        pos += len(line)
    return out


_NEAR = 4  # lines: headings this close belong to one row of boxes
_SAME_COLUMN = 8  # characters: headings this close start the same column
# A form has a dozen headings, each box a few lines. Bounds, so that a document repeating a
# heading thousands of times costs linear time: each heading was compared with every other
# (quadratic), and each box copied every line down to the next heading.
_MAX_HEADINGS = 100
_MAX_BOX_LINES = 60


def _found_headings(lines: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, re.Match[str]]]:
    for i, (line, _, _) in enumerate(lines):
        for m in _BOX_HEADING.finditer(line):
            yield i, m.start(), m


def _boxes(text: str, end: int) -> list[Box]:
    """Headings found line by line; each box takes the text below it within its columns.

    Boxes side by side share a band of lines: a box spans from its heading's column to
    the next heading to its right within a few lines (from column 0 when nothing is to
    its left), and ends at the first later heading whose columns overlap its own.
    """
    lines = _lines(text, 0, end)
    found = list(islice(_found_headings(lines), _MAX_HEADINGS))
    heads: list[tuple[int, int, int | None, re.Match[str]]] = []  # (line, left, right, match)
    for i, col, m in found:
        near = [c for j, c, _ in found if abs(j - i) <= _NEAR]
        right = min((c for c in near if c > col + _SAME_COLUMN), default=None)
        left = col if any(c < col - _SAME_COLUMN for c in near) else 0
        heads.append((i, left, right, m))
    boxes: list[Box] = []
    for i, left, right, m in heads:
        stop = next(
            (j for j, l2, r2, _ in heads if j > i and l2 < (right or 1 << 30) and (r2 or 1 << 30) > left),
            len(lines),
        )
        stop = min(stop, i + 1 + _MAX_BOX_LINES)
        line, line_start, _ = lines[i]
        kind = next(k for k, v in m.groupdict().items() if v)
        box = Box(kind, line_start + m.start(), line_start + m.end())
        after = line[m.end() : right]
        rest = _HEADING_REST.match(after)
        skip = rest.end() if rest else 0
        box.lines.append((after[skip:], line_start + m.end() + skip, line_start + m.end() + len(after)))
        for body, s, _ in lines[i + 1 : stop]:
            cut = body[left:right]
            box.lines.append((cut, s + left, s + left + len(cut)))
        boxes.append(box)
    return boxes


def _content(box: Box) -> list[tuple[str, int, int]]:
    """Non-empty content lines, table rules, bars and "(Last) (First)" placeholders removed."""
    out = []
    for line, s, _ in box.lines:
        stripped = line.replace("|", " ")
        lead = len(stripped) - len(stripped.lstrip())
        body = stripped.strip().strip("*").strip()
        if not body or set(body) <= set("-_=+*") or _PLACEHOLDER.match(body):
            continue
        out.append((body, s + lead, s + lead + len(body)))
    return out


def _period(lines: list[tuple[str, int, int]]) -> date | None:
    for raw, _, _ in lines:
        body = squash(raw)
        fixed = re.sub(r",(?=\d{4})", ", ", body)  # "February 29,2000"
        found = find_text_date(fixed)
        if found:
            return found[0]
        m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b", body)
        if m:
            year = _year(m.group(3))
            try:
                return date(year, int(m.group(1)), int(m.group(2)))
            except ValueError:
                return None
        m = re.search(r"\b(\d{1,2})\s*/\s*(\d{4}|\d{2})\b", body)
        if m and 1 <= int(m.group(1)) <= 12:
            year, month = _year(m.group(2)), int(m.group(1))
            return date(year, month, calendar.monthrange(year, month)[1])
        found = find_month_year(body)
        if found:
            return found[0]
    return None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 50 else 2000
    return year


_REL_LABELS = (
    ("director", r"Director"),
    ("ten-percent-owner", r"10\s*%\s*(?:Owner|Holder)"),
    ("officer", r"Officer(?:\s*\(give\s+title\s+below\))?"),
    ("other", r"Other(?:\s*\(specify\s+below\))?"),
)
_REL_ANY = re.compile("|".join(f"(?P<{k.replace('-', '_')}>{v})" for k, v in _REL_LABELS), re.I)
_REL_TITLE = {"director": "Director", "ten-percent-owner": "10% Owner"}
# A check box, ticked or not: "(X)", "[ ]", "_X_", "__", a lone "X".
_BOX = re.compile(r"^(?:[(\[{<]\s*[Xx✓√*]?\s*[)\]}>]|_*[Xx]_*|_{2,})$")
_TICK = re.compile(r"[Xx✓√*]")
# Starts at its words or at "(": a leading optional "\s*" made every blank of a long run of
# them a start that scanned the rest of the run (quadratic).
_BELOW = re.compile(r"(?:\(\s*)?(?:specify|give\s+title)\s+below(?:\s*\))?", re.I)


def _relationships(box: Box) -> list[tuple[str, str, int, int]]:
    """Ticked boxes, and the officer title / "other" text written below them.

    A label counts as a check box only when a box (or nothing) stands right before it on
    its line; "Chief Executive Officer" written below the boxes is a title, not a box.
    """
    ticked: list[tuple[str, int, int]] = []
    free: list[tuple[str, int, int]] = []
    for body, s, _ in _content(box):
        pos, is_box_line = 0, False
        for m in _REL_ANY.finditer(body):
            before = body[pos : m.start()].strip(" \t|:")
            if before and not _BOX.match(before):
                continue
            is_box_line = True
            if before and _TICK.search(before):
                kind = next(k for k, v in m.groupdict().items() if v).replace("_", "-")
                ticked.append((kind, s + m.start(), s + m.end()))
            pos = m.end()
        rest = _BELOW.sub("", body).strip()
        if not is_box_line and rest:
            free.append((squash(rest), s, s + len(body)))
    out: list[tuple[str, str, int, int]] = []
    for kind, s, e in ticked:
        if kind in _REL_TITLE:
            out.append((kind, _REL_TITLE[kind], s, e))
        elif free:  # the title below belongs to the ticked "Officer" or "Other" box
            out.append((kind, *free[0]))
    return out


def parse_text_form(text: str) -> TextForm:
    """The boxes of a typed Form 3/4/5 (text before its tables)."""
    form = TextForm()
    table = _TABLE_START.search(text)
    end = table.start() if table else len(text)
    m = _FORM_NUMBER.search(text, 0, end)
    if m:
        form.form_type = m.group("form") + ("/A" if m.group("amended") else "")
        form.form_span = (m.start("form") - len("FORM "), m.end("form"))
    for box in _boxes(text, end):
        lines = _content(box)
        if box.kind == "owner" and lines and form.owner_name is None:
            _owner(form, lines)
        elif box.kind == "issuer" and lines and form.issuer_name is None:
            _issuer(form, lines)
        elif box.kind in ("statement", "event") and form.period is None:
            form.period = _period(lines)
        elif box.kind == "relationship" and not form.relationships:
            form.relationships = _relationships(box)
        elif box.kind == "amendment" and form.form_type and "/" not in form.form_type and _period(lines):
            form.form_type += "/A"  # the date of the original it amends is filled in
    return form


def _owner(form: TextForm, lines: list[tuple[str, int, int]]) -> None:
    name, s, e = lines[0]
    form.owner_name = (squash(name).rstrip(" ,"), s, e)
    for raw, _, _ in lines[1:]:
        body = squash(raw)
        m = _CITY_LINE.match(body)
        if m and form.city is None:
            form.city, form.region, form.postal_code = (
                m.group("city").strip(),
                m.group("state"),
                m.group("zip"),
            )
        elif form.city is not None and re.fullmatch(r"[A-Za-z .]{2,40}", body):
            form.country = body
        elif form.city is None and len(form.street) < 2:
            form.street.append(body)


def _issuer(form: TextForm, lines: list[tuple[str, int, int]]) -> None:
    raw, s, _ = lines[0]
    name = raw
    m = _TICKER_IN_NAME.search(raw)
    if m:
        form.ticker = m.group(1) if m.group(1) not in _NO_TICKER else None
        name = raw[: m.start()].rstrip()
    else:  # "Widget Corp.        WDGT": the symbol set apart by a wide gap
        m = re.match(r"^(?P<name>.*?\S)\s{3,}(?P<ticker>[A-Z][A-Z0-9.\-]{0,9})$", raw)
        if m and m.group("ticker") not in _NO_TICKER:
            name, form.ticker = m.group("name"), m.group("ticker")
    name = name.rstrip(" ,;:")
    form.issuer_name = (squash(name), s, s + len(name))
    if form.ticker is None and len(lines) > 1:
        candidate = re.sub(r"^(?:Ticker(?:\s+Symbol)?|Symbol)\s*:?\s*", "", lines[1][0].strip(), flags=re.I)
        candidate = candidate.strip("()[] ")
        if _TICKER.match(candidate) and candidate not in _NO_TICKER:
            form.ticker = candidate
