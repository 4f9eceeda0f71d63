"""The instance scanner reads exactly what the lxml reader reads, and declines what it cannot vouch for.

`parse_xbrl(data)` offers plain instances (but small ones) to `xbrl_scan`; `parse_xbrl(data,
fast=False)` is the lxml reader alone, the reference; the tests call `scan_instance` directly too. Every instance under tests/data, variants of them written the
other ways XML allows, and random damage to them must give equal documents and equal facts;
constructs the scanner leaves to lxml (DTDs, CDATA, markup or comments inside facts, other
encodings, broken markup) must make it decline, so that lxml's answer is the one given.
"""

# ruff: noqa: E501 - XBRL markup is clearer on one line

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from edgarkg.extractors.xbrl import XbrlExtractor, facts_of
from edgarkg.extractors.xbrl_parse import XbrlError, parse_xbrl
from edgarkg.extractors.xbrl_scan import scan_instance
from edgarkg.model import Document

DATA = Path(__file__).parent / "data"
INSTANCES = sorted(
    p
    for p in DATA.rglob("*.xml")
    if re.search(rb"<(?:[A-Za-z_][\w.-]*:)?xbrl[ \t\r\n>]", p.read_bytes()[:65536])
)
CORPUS = DATA / "corpus" / "xbrl"
WATERS = (CORPUS / "waters_8-K_2024-01-08_instance.xml").read_bytes()
TEN_Q = (CORPUS / "netflix_10-Q_2010-09-30_instance.xml").read_bytes()


def body(data: bytes) -> bytes:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n\x00")


def same_reading(data: bytes) -> bool:
    """Both readers agree on `data` (documents, or the error); True when the scanner read it itself."""
    try:
        reference = parse_xbrl(data, fast=False)
    except XbrlError:
        with pytest.raises(XbrlError):
            parse_xbrl(data)
        return False
    scanned = scan_instance(body(data)) if data.strip() else None
    assert parse_xbrl(data) == reference
    if scanned is None:
        return False
    assert scanned == reference  # contexts, units, facts (values, locators, ids), namespaces, problems
    doc = Document(source="x.xml", data=data, filing_id="f", media_type="application/xml")
    assert list(facts_of(scanned, doc, "xbrl", "1")) == list(facts_of(reference, doc, "xbrl", "1"))
    return True


def test_the_corpus_has_the_instances_it_should() -> None:
    names = {p.name for p in INSTANCES}
    assert {
        "netflix_10-Q_2010-09-30_instance.xml",
        "boston-beer_10-Q_2013-06-29_instance.xml",
        "applied-optoelectronics_10-Q_2014-06-30_instance.xml",
        "waters_8-K_2024-01-08_instance.xml",
    } <= names


@pytest.mark.parametrize("path", INSTANCES, ids=[p.name for p in INSTANCES])
def test_every_instance_is_scanned_and_read_exactly_as_lxml_reads_it(path: Path) -> None:
    data = path.read_bytes()
    assert same_reading(data), "the scanner declined a plain instance"
    doc = Document(source=str(path), data=data, filing_id="f", media_type="application/xml")
    facts = list(XbrlExtractor().extract(doc))
    assert facts and facts == list(facts_of(parse_xbrl(data, fast=False), doc, "xbrl", "1.0"))


# ---- the same data written otherwise: the scanner reads it, still exactly --------------------------

ITEM = '<us-gaap:Revenues contextRef="c1" unitRef="usd" decimals="-3" id="f1">1200</us-gaap:Revenues>'
INSTANCE = """<?xml version="1.0" encoding="utf-8"?>
<!-- made by hand -->
<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
      xmlns:us-gaap="http://fasb.org/us-gaap/2023" xmlns:dei="http://xbrl.sec.gov/dei/2023"
      xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:ex="http://example.com/2023"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
      xmlns:xlink="http://www.w3.org/1999/xlink">
  <link:schemaRef xlink:type="simple" xlink:href="ex-2023.xsd"/>
  {item}
  <context id="c1"><entity><identifier scheme="http://www.sec.gov/CIK">0000012345</identifier>
    <segment><xbrldi:explicitMember dimension="us-gaap:StatementGeographicalAxis">ex:EuropeMember</xbrldi:explicitMember></segment></entity>
    <period><startDate>2023-01-01</startDate><endDate>2023-12-31</endDate></period></context>
  <context id="i1"><entity><identifier scheme="http://www.sec.gov/CIK">0000012345</identifier></entity>
    <period><instant>2023-12-31</instant></period></context>
  <unit id="usd"><measure>iso4217:USD</measure></unit>
  <unit id="eps"><divide><unitNumerator><measure>iso4217:USD</measure></unitNumerator>
    <unitDenominator><measure>shares</measure></unitDenominator></divide></unit>
  <dei:EntityRegistrantName contextRef="c1">Example &amp; Co.</dei:EntityRegistrantName>
  <us-gaap:EarningsPerShareBasic contextRef="c1" unitRef="eps" decimals="2">-1.25</us-gaap:EarningsPerShareBasic>
  <us-gaap:Assets contextRef="i1" unitRef="usd" decimals="INF">9.5359E+3</us-gaap:Assets>
  <us-gaap:Liabilities contextRef="i1" unitRef="usd" xsi:nil="true"/>
  <us-gaap:PolicyTextBlock contextRef="c1">&lt;p&gt;Text &amp;amp; more&lt;/p&gt; &#160;</us-gaap:PolicyTextBlock>
  <link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <link:footnote xlink:type="resource" xlink:label="fn1" xml:lang="en-US">A note</link:footnote>
  </link:footnoteLink>
</xbrl>
<!-- the end -->
"""

WRITTEN_OTHERWISE = {
    "plain": ITEM,
    "attributes in another order": '<us-gaap:Revenues id="f1" decimals="-3" unitRef="usd" contextRef="c1">1200</us-gaap:Revenues>',
    "single quotes": "<us-gaap:Revenues contextRef='c1' unitRef='usd' decimals='-3'>1200</us-gaap:Revenues>",
    "line breaks between attributes": '<us-gaap:Revenues\n  contextRef="c1"\n\tunitRef="usd" decimals="-3"\n>1200</us-gaap:Revenues >',
    "tab inside a value": '<us-gaap:Revenues contextRef="c1" unitRef="usd" decimals="-3" id="f\t1">1200</us-gaap:Revenues>',
    "references in values and text": '<us-gaap:Revenues contextRef="&#99;1" unitRef="usd" decimals="-3" id="a&amp;b">&#49;200</us-gaap:Revenues>',
    "white space around the number": '<us-gaap:Revenues contextRef="c1" unitRef="usd" decimals="-3">\r\n 1200 \r\n</us-gaap:Revenues>',
    "other attributes": '<us-gaap:Revenues contextRef="c1" unitRef="usd" decimals="-3" xml:lang="en" ex:note="x">1200</us-gaap:Revenues>',
    "namespace declared on the item": '<r:Revenues xmlns:r="http://fasb.org/us-gaap/2023" contextRef="c1" unitRef="usd" decimals="-3">1200</r:Revenues>',
    "default namespace on the item": '<Revenues xmlns="http://example.com/2023" contextRef="c1" unitRef="usd">1200</Revenues>',
    "nil with another prefix": '<us-gaap:Revenues xmlns:i="http://www.w3.org/2001/XMLSchema-instance" contextRef="c1" unitRef="usd" i:nil="true"/>',
    "a tuple": '<ex:Group><us-gaap:Revenues contextRef="c1" unitRef="usd" decimals="-3">1200</us-gaap:Revenues><!-- c --><ex:Inner><us-gaap:Costs contextRef="c1" unitRef="usd">7</us-gaap:Costs></ex:Inner></ex:Group>',
    "a comment and an instruction between facts": "<!-- a b -->" + "<?page break?>" + ITEM,
    "markup in a text block": '<ex:Note contextRef="c1"><div xmlns="http://www.w3.org/1999/xhtml"><!-- x --><p>Text</p></div></ex:Note>'
    + ITEM,
    "a non-ASCII text fact": '<dei:EntityAddressCityOrTown contextRef="c1">Z\u00fcrich \u2014 Ost</dei:EntityAddressCityOrTown>'
    + ITEM,
    "an empty dei fact": '<dei:EntityFileNumber contextRef="c1"/>' + ITEM,
    # items are taken in runs; an item the run's checks refuse sends the run to be read one by one
    "a run with an item read alone": ITEM
    + '\n <us-gaap:Costs contextRef="i1" unitRef="usd" id="g\t2">7</us-gaap:Costs>\n'
    + '<us-gaap:Costs contextRef="c1" unitRef="usd">8</us-gaap:Costs>',
    "a nil item inside a run": ITEM
    + '<us-gaap:Costs contextRef="c1" unitRef="usd" xsi:nil="1"/>'
    + '<us-gaap:Costs contextRef="i1" unitRef="usd">0.00</us-gaap:Costs>',
    "an element without a context inside a run": ITEM
    + '<ex:Marker id="m1"/><us-gaap:Costs contextRef="i1" unitRef="usd" precision="2">-0</us-gaap:Costs>',
}


@pytest.mark.parametrize("item", WRITTEN_OTHERWISE.values(), ids=list(WRITTEN_OTHERWISE))
def test_the_same_facts_written_otherwise(item: str) -> None:
    data = INSTANCE.replace("{item}", item).encode()
    reference = parse_xbrl(data, fast=False)
    assert reference.problems == [] and reference.facts
    assert same_reading(data), "the scanner declined a construct it is meant to read"


# ---- what the scanner leaves to lxml ------------------------------------------------------------------

DECLINED = {
    "DOCTYPE": lambda d: d.replace(b"<xbrl", b'<!DOCTYPE xbrl [<!ENTITY e "x">]>\n<xbrl', 1),
    "entity reference": lambda d: d.replace(b"Example &amp; Co.", b"Example &e; Co."),
    "CDATA in a text block": lambda d: d.replace(b"A note", b"<![CDATA[A <b>note</b>]]>"),
    "comment inside a number": lambda d: d.replace(b">1200<", b">12<!-- x -->00<"),
    "instruction inside a number": lambda d: d.replace(b">1200<", b">12<?pi x?>00<"),
    "element inside a number": lambda d: d.replace(b">1200<", b"><ex:b>1200</ex:b><"),
    "comment inside a dei fact": lambda d: d.replace(b"Example &amp; Co.", b"Example <!-- x -->Co."),
    "latin-1": lambda d: d.replace(b'encoding="utf-8"', b'encoding="ISO-8859-1"').replace(
        b"A note", b"A n\xf6te"
    ),
    "UTF-16": lambda d: d.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16"),
    "invalid UTF-8": lambda d: d.replace(b"A note", b"A n\xc3\x28te"),
    "control character": lambda d: d.replace(b"A note", b"A\x0cnote"),
    "reference to a forbidden character": lambda d: d.replace(b"A note", b"A &#xD800;note"),
    "bad reference": lambda d: d.replace(b"&#160;", b"& 160"),
    "]]> in text": lambda d: d.replace(b"A note", b"A ]]> note"),
    "unclosed element": lambda d: d.replace(b"</us-gaap:Revenues>", b""),
    "mismatched end tag": lambda d: d.replace(b"</us-gaap:Revenues>", b"</us-gaap:Revenue>"),
    "undeclared prefix": lambda d: d.replace(b"us-gaap:Revenues", b"gaap:Revenues"),
    "undeclared attribute prefix": lambda d: d.replace(b'xml:lang="en-US"', b'foo:lang="en-US"'),
    "duplicate attribute": lambda d: d.replace(b'decimals="-3"', b'decimals="-3" decimals="0"'),
    "duplicate attribute in a run": lambda d: d.replace(
        b'decimals="2">-1.25', b'decimals="2" contextRef="c1">-1.25'
    ),
    "duplicate attribute through two prefixes": lambda d: d.replace(
        b'xsi:nil="true"', b'xsi:nil="true" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="false"'
    ),
    "less-than in a value": lambda d: d.replace(b'id="f1"', b'id="f<1"'),
    "text after the root": lambda d: d + b"trailing",
    "undefined context": lambda d: d.replace(
        b'contextRef="c1" unitRef="usd" decimals="-3"', b'contextRef="zz" unitRef="usd" decimals="-3"'
    ),
    "undefined unit": lambda d: d.replace(b'unitRef="usd" decimals="-3"', b'unitRef="eur" decimals="-3"'),
    "not a number": lambda d: d.replace(b">1200<", b">n/a<"),
    "bad date": lambda d: d.replace(b"2023-12-31</instant>", b"2023-02-30</instant>"),
    "unresolvable member": lambda d: d.replace(b">ex:EuropeMember<", b">zz:EuropeMember<"),
    "deep nesting": lambda d: d.replace(b"A note", b"<a>" * 300 + b"x" + b"</a>" * 300),
}


@pytest.mark.parametrize("damage", DECLINED.values(), ids=list(DECLINED))
def test_the_scanner_declines_what_it_cannot_vouch_for(damage) -> None:
    data = damage(INSTANCE.replace("{item}", ITEM).encode())
    assert scan_instance(body(data)) is None
    assert not same_reading(data)  # and the answer given is lxml's (or its error)


def test_inline_xbrl_is_left_to_lxml() -> None:
    page = (CORPUS / "blackrock_8-K_2023-02-24_ixbrl.htm").read_bytes()
    assert scan_instance(body(page)) is None
    assert parse_xbrl(page) == parse_xbrl(page, fast=False)


@pytest.mark.parametrize("seed", range(3))
def test_random_damage_never_changes_an_answer(seed: int) -> None:
    """Bytes cut, doubled or replaced anywhere in real instances: the scanner declines, or agrees."""
    rng = random.Random(seed)
    sources = [WATERS, INSTANCE.replace("{item}", ITEM).encode(), TEN_Q]
    alphabet = b"<>/=\"'&;:#!?-[] \n\tx1\x00\xc3\xa9"
    read = 0
    for _ in range(200):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(data))
            action = rng.randrange(3)
            if action == 0:
                del data[at : at + rng.randint(1, 8)]
            elif action == 1:
                data[at:at] = data[at : at + rng.randint(1, 40)]
            else:
                data[at] = rng.choice(alphabet)
        read += same_reading(bytes(data))
    assert read >= 10  # damage to text leaves documents the scanner still reads: it was exercised


@pytest.mark.parametrize(
    "name", ["netflix_10-Q_2010-09-30_instance.xml", "apple_10-Q_2025-03-29_ixbrl.htm"]
)  # apple: duplicates, some with finer decimals
def test_observations_built_slot_by_slot_equal_constructed_ones(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from edgarkg.extractors import xbrl

    assert xbrl._OBSERVATIONS is not xbrl._constructed, (
        "the model changed shape: facts_of fell back to constructors"
    )
    doc = Document(
        source=name, data=(CORPUS / name).read_bytes(), filing_id="f", media_type="application/xml"
    )
    built = list(XbrlExtractor().extract(doc))
    monkeypatch.setattr(xbrl, "_OBSERVATIONS", xbrl._constructed)
    constructed = list(XbrlExtractor().extract(doc))
    assert len(built) > 250 and built == constructed
    assert [hash(f) for f in built] == [hash(f) for f in constructed]
    assert all(type(a) is type(b) and repr(a) == repr(b) for a, b in zip(built, constructed, strict=True))
