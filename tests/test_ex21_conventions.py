"""Exhibit 21 conventions a list states about itself: "(Jurisdiction)" after every name, and
indented division names that are not subsidiaries.

Real passages are quoted from tests/data/blind2/corpus/submission/
wmx-technologies_10-K_1994-03-30_0000950131-94-000440.txt (its EX-21); the other lists are made up
with different names, places, spacing and markup so that the rules are not one file's wording.
"""

from __future__ import annotations

from edgarkg.extractors.ex21 import Ex21Extractor, read_subsidiary_list
from edgarkg.model import Document, Organization, Subsidiary, content_id

EX = Ex21Extractor()


def text_doc(text: str, media_type: str = "text/plain") -> Document:
    data = text.encode()
    return Document(
        source="test", data=data, filing_id=content_id(data), media_type=media_type, doc_type="EX-21"
    )


def pairs(doc: Document) -> list[tuple[str, str | None]]:
    return [(e.name, e.jurisdiction) for e in read_subsidiary_list(doc).entries]


# the WMX list: every name is followed by its jurisdiction in parentheses; a few are places we do
# not know ("Eksjo", a misspelt "Netherland") and one line lost its ")"
WMX_PREAMBLE = """                     SUBSIDIARIES OF WMX TECHNOLOGIES, INC.
                     --------------------------------------

The following is a list of all direct and indirect subsidiaries of the
registrant as of March 1, 1994.  The state or other jurisdiction of
incorporation or organization is indicated in parentheses following each
subsidiary's name.  The names of the divisions or other business units of each
subsidiary are indented and listed below the relevant subsidiary's name.

"""
WMX_ROWS = """A & B Builders, Inc. (Texas)
ABC Holdings GmbH (Germany)
Applied Geology (Central) (United Kingdom)
Cedar Hammock Refuse Disposal Corporation (Florida)
     Waste Management of Manatee County
     Waste Management of Sarasota County
Eksjo Renhallning AB (Eksjo)
Neuhaus Entsorgung GmbH & Co. KG (West Germany)
Waste Management Czechoslovakia s.r.o. (Czechoslovakia)
Waste Management International B.V. (Netherland)
Waste Management of Alameda County, Inc. (California)
     Bay City Recycling Services
     East Bay Disposal Co.
Waste Management of Mississippi, Inc. (Mississippi)
     Waste Management of Northwest Mississippi - Grenada
Wheelabrator Sherman Station Two Inc. (Delaware
"""


def test_wmx_parenthesised_places_leave_the_name_and_the_preamble_is_no_entry():
    got = pairs(text_doc(WMX_PREAMBLE + WMX_ROWS))
    assert ("Eksjo Renhallning AB", "Eksjo") in got
    assert ("Neuhaus Entsorgung GmbH & Co. KG", "West Germany") in got
    assert ("Waste Management Czechoslovakia s.r.o.", "Czechoslovakia") in got
    assert ("Waste Management International B.V.", "Netherland") in got
    assert ("Wheelabrator Sherman Station Two Inc.", "Delaware") in got
    assert ("Applied Geology (Central)", "United Kingdom") in got  # only the last parenthesis
    assert not [n for n, _ in got if "subsidiary" in n.lower()]
    assert [n for n, _ in got if n.endswith(")")] == ["Applied Geology (Central)"]


def test_wmx_indented_divisions_are_not_subsidiaries():
    doc = text_doc(WMX_PREAMBLE + WMX_ROWS)
    listing = read_subsidiary_list(doc)
    assert listing.parent == "WMX TECHNOLOGIES, INC."
    assert all(e.parent is None and e.depth == 0 for e in listing.entries)
    names = {e.name for e in listing.entries}
    assert "East Bay Disposal Co." not in names
    assert not {n for n in names if n.startswith("Waste Management of Northwest")}
    links = [(f.child.name, f.parent.name) for f in EX.extract(doc) if isinstance(f, Subsidiary)]
    assert ("Waste Management of Alameda County, Inc.", "WMX TECHNOLOGIES, INC.") in links
    assert len(links) == 11


def test_constructed_html_list_with_the_same_conventions():
    """Other names, HTML paragraphs, "business units" in the preamble, indentation by no-break spaces."""
    rows = [
        ("Borealis Logistik AG (Zug)", 0),
        ("Corvid Partners Limited (England)", 0),
        ("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Corvid Freight Services Co.", 1),
        ("Dunmore Holdings Inc. (Ontario)", 0),
        ("Estrel Bau GmbH (Westfalen)", 0),
        ("Fjord Marine AS (Norway)", 0),
        ("Gantry Systems S.A. (Luxembourg)", 0),
        ("Heron Bay Resorts Ltd. (Bahamas)", 0),
    ]
    body = "".join(f"<p>{text}</p>" for text, _ in rows)
    doc = text_doc(
        "<html><body><p>EXHIBIT 21</p><p>SUBSIDIARIES OF NORTHWIND GROUP PLC</p>"
        "<p>Jurisdictions appear in parentheses. Business units of a subsidiary are indented "
        "below its name.</p>" + body + "</body></html>",
        "text/html",
    )
    got = pairs(doc)
    assert ("Borealis Logistik AG", "Zug") in got
    assert ("Estrel Bau GmbH", "Westfalen") in got
    assert ("Corvid Partners Limited", "England") in got
    assert "Corvid Freight Services Co." not in [n for n, _ in got]


def test_without_the_convention_an_unknown_parenthesis_stays_in_the_name():
    """A table list whose jurisdictions sit in their own column: "(Pty)" and "(Sierra)" are names."""
    doc = text_doc(
        "SUBSIDIARIES OF THE REGISTRANT\n\n"
        "Name\t\tJurisdiction\n"
        "Kestrel Mining (Pty)\t\tSouth Africa\n"
        "Lumen Labs (Sierra)\t\tNevada\n"
        "Mistral Air Holdings Ltd. (Bermuda)\t\t\n"
        "Nimbus Software Inc.\t\tDelaware\n"
    )
    got = pairs(doc)
    assert ("Kestrel Mining (Pty)", "South Africa") in got
    assert ("Lumen Labs (Sierra)", "Nevada") in got
    assert ("Mistral Air Holdings Ltd.", "Bermuda") in got  # a known place is taken off as before


def test_indented_entries_still_nest_when_the_list_says_nothing_about_divisions():
    doc = text_doc(
        "Subsidiaries of Osprey Industries, Inc.\n\n"
        "Pelican Holdings, Inc. (Delaware)\n"
        "    Pelican Freight LLC (Texas)\n"
        "Quail Capital Corp. (Nevada)\n"
        "Raven Ltd. (Ireland)\n"
        "Swift GmbH (Germany)\n"
    )
    by_name = {e.name: e for e in read_subsidiary_list(doc).entries}
    assert by_name["Pelican Freight LLC"].parent == "Pelican Holdings, Inc."


def test_a_wrapped_sentence_without_a_capital_is_no_company():
    doc = text_doc(
        "SUBSIDIARIES OF TERN CORP.\n\n"
        "Listed below are the subsidiaries; the place of organization follows each\n"
        "subsidiary's name.  Inactive companies of each subsidiary are omitted\n"
        "Tern Aviation LLC (Delaware)\n"
        "Tern Leasing Ltd. (Bermuda)\n"
    )
    orgs = [f.ref.name for f in EX.extract(doc) if isinstance(f, Organization)]
    assert orgs == ["TERN CORP.", "Tern Aviation LLC", "Tern Leasing Ltd."]
