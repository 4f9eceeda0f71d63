"""The XBRL reader's shortcuts give the same facts as the slow, exact ways they replace.

Prefixes are resolved against the root's declarations unless the document binds the same prefix
otherwise somewhere below it; well-formed XML skips the character-reference cleaning and
recovery parse. Each test builds a document where a wrong shortcut would change the answer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from edgarkg.extractors.xbrl_parse import parse_xbrl

INSTANCE = """<?xml version="1.0" encoding="{encoding}"?>
<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
      xmlns:x="http://fasb.org/us-gaap/2023" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
  <context id="c1">
    <entity><identifier scheme="http://www.sec.gov/CIK">0000012345</identifier>
      <segment>{member}</segment></entity>
    <period><instant>2023-12-31</instant></period>
  </context>
  <unit id="usd"><measure>iso4217:USD</measure></unit>
  <x:Revenues contextRef="c1" unitRef="usd" decimals="0">1200</x:Revenues>
  <x:Policies contextRef="c1">{text}</x:Policies>
</xbrl>
"""


def instance(member: str, text: str = "none", encoding: str = "utf-8") -> bytes:
    return INSTANCE.format(member=member, text=text, encoding=encoding).encode(encoding)


def dimensions(data: bytes) -> tuple[tuple[str, str], ...]:
    parsed = parse_xbrl(data)
    (fact,) = [f for f in parsed.facts if f.number is not None]
    assert fact.number == Decimal(1200) and fact.unit == "USD"
    return fact.context.dimensions


def test_prefix_of_the_root_resolves_members():
    member = (
        '<xbrldi:explicitMember dimension="x:StatementGeographicalAxis">x:NonUsMember</xbrldi:explicitMember>'
    )
    assert dimensions(instance(member)) == (("us-gaap:StatementGeographicalAxis", "us-gaap:NonUsMember"),)


def test_prefix_bound_again_below_the_root_means_the_nearer_namespace():
    # the same prefix "x" is srt's on the member itself, us-gaap's on the root
    member = (
        '<xbrldi:explicitMember xmlns:x="http://fasb.org/srt/2023" '
        'dimension="x:ProductOrServiceAxis">x:ProductMember</xbrldi:explicitMember>'
    )
    assert dimensions(instance(member)) == (("srt:ProductOrServiceAxis", "srt:ProductMember"),)


def test_prefix_declared_only_below_the_root():
    member = (
        '<xbrldi:explicitMember xmlns:y="http://fasb.org/srt/2023" '
        'dimension="y:ProductOrServiceAxis">y:ProductMember</xbrldi:explicitMember>'
    )
    assert dimensions(instance(member)) == (("srt:ProductOrServiceAxis", "srt:ProductMember"),)


def test_declaration_lookalike_in_text_changes_nothing():
    member = (
        '<xbrldi:explicitMember dimension="x:StatementGeographicalAxis">x:NonUsMember</xbrldi:explicitMember>'
    )
    text = '&lt;div xmlns:x="http://example.com/not-a-declaration"&gt;policy&lt;/div&gt;'
    assert dimensions(instance(member, text)) == (
        ("us-gaap:StatementGeographicalAxis", "us-gaap:NonUsMember"),
    )


def test_utf16_document_with_a_prefix_bound_again():
    member = (
        '<xbrldi:explicitMember xmlns:x="http://fasb.org/srt/2023" '
        'dimension="x:ProductOrServiceAxis">x:ProductMember</xbrldi:explicitMember>'
    )
    data = instance(member, encoding="utf-16")
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert dimensions(data) == (("srt:ProductOrServiceAxis", "srt:ProductMember"),)


@pytest.mark.parametrize("ref", ["&#xD800;", "&#1;"])
def test_forbidden_character_reference_takes_the_recovery_path(ref: str):
    member = (
        '<xbrldi:explicitMember dimension="x:StatementGeographicalAxis">x:NonUsMember</xbrldi:explicitMember>'
    )
    data = instance(member, text=f"bad {ref} reference")
    parsed = parse_xbrl(data)
    assert [f.number for f in parsed.facts if f.number is not None] == [Decimal(1200)]
