"""Signature layouts of round 10: directors attesting a Form T-1's report of condition (names stacked in
one cell beside "Directors"), and "By:" / "Its:" labels set in cells of their own.

The trustee's statement of condition closes with "We, the undersigned directors, attest to the
correctness of this statement ..." and a table whose first cell stacks the directors' names (<br>
or <p>), the second holding one plural capacity. The real passage is cited; the constructed variants
change the markup, the body and the names; without the attestation the same row is no signature.
"""

from __future__ import annotations

from edgarkg.model import Document
from edgarkg.text.names import OrgLexicon
from edgarkg.text.people import find_people
from edgarkg.text.sentences import lines
from edgarkg.text.signatures import signature_mentions
from edgarkg.text.stacked_signatures import stacked_signature_mentions


def _people(body: str) -> set[tuple[str, str, str | None]]:
    html = f"<html><body>{body}</body></html>"
    doc = Document(source="x.htm", data=html.encode(), filing_id="x", media_type="text/html")
    return {
        (m.name, m.title, m.org)
        for m in find_people(doc.view.text, source=doc.text, source_offset=doc.view.source_offset)
    }


_COVER = (
    "<p>THE BANK OF NEW YORK MELLON</p><p>(Exact name of trustee as specified in its charter)</p>"
    "<p>Report of Condition ...</p>"
)

# tests/data/blind4/corpus/submission/credit-suisse_F-3_2023-06-08_0001104659-23-069410.txt (EX-25.1)
_ATTESTED = """
<P>We, the undersigned directors,
attest to the correctness of this statement of resources and liabilities. We declare that it has
been examined by us, and to the best of our knowledge and belief has been prepared in conformance
with the instructions and is true and correct.</P>
<P>&nbsp;</P>
<TABLE>
  <TR>
    <TD STYLE="width: 30%">Robin A. Vince <BR>
    Frederick O. Terrell<BR>
    Joseph J. Echevarria</TD>
    <TD STYLE="border-top: Black 1pt solid; width: 3%">&nbsp;</TD>
    <TD STYLE="width: 67%; text-align: center">Directors</TD></TR>
</TABLE>
"""


def test_directors_attesting_a_report_of_condition() -> None:
    found = _people(_COVER + _ATTESTED)
    bank = "THE BANK OF NEW YORK MELLON"
    assert {
        ("Robin A. Vince", "Director", bank),
        ("Frederick O. Terrell", "Director", bank),
        ("Joseph J. Echevarria", "Director", bank),
    } <= found


def test_trustees_attesting_in_paragraph_blocks() -> None:
    # constructed: another body ("trustees"), names as <p> blocks, upper-case names, two cells only
    body = (
        "<p>ACME TRUST COMPANY, N.A.</p><p>(Exact name of trustee as specified in its charter)</p>"
        "<p>We the undersigned trustees attest to the correctness of this statement.</p>"
        "<table><tr><td><p>MARY K. LEE</p><p>PETER VAN DYKE</p></td><td>Trustees</td></tr></table>"
    )
    bank = "ACME TRUST COMPANY, N.A."
    assert {("Mary K. Lee", "Trustee", bank), ("Peter Van Dyke", "Trustee", bank)} <= _people(body)


def test_stacked_names_without_the_attestation_are_no_signers() -> None:
    # constructed: the same row after a paragraph that attests nothing (a list of a committee's members);
    # the signature reader must not take it (a roster reader may read it as a list of directors)
    body = (
        "<p>The members of the audit committee during the year were:</p>"
        "<table><tr><td>Jane Q. Roe<br>John R. Doe<br>Ann P. Lee</td><td>&nbsp;</td>"
        "<td>Directors</td></tr></table>"
    )
    doc = Document(
        source="x.htm",
        data=f"<html><body>{body}</body></html>".encode(),
        filing_id="x",
        media_type="text/html",
    )
    view = doc.view
    assert list(stacked_signature_mentions(list(lines(view.text)), doc.text, view.source_offset)) == []
    with_attestation = body.replace("The members of the audit committee during the year were:", _ATTESTING)
    doc = Document(
        source="x.htm",
        data=f"<html><body>{with_attestation}</body></html>".encode(),
        filing_id="x",
        media_type="text/html",
    )
    view = doc.view
    found = stacked_signature_mentions(list(lines(view.text)), doc.text, view.source_offset)
    assert {(m.name, m.title) for m in found} == {
        ("Jane Q. Roe", "Director"),
        ("John R. Doe", "Director"),
        ("Ann P. Lee", "Director"),
    }


_ATTESTING = "We, the undersigned directors, attest to the correctness of this statement."


# --- "By:<TAB>Jane Roe" ⏎ "Its:<TAB>Title": the labels in cells of their own, under the "/s/" -------------


def _signers(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in signature_mentions(text, OrgLexicon.from_text(text))}


# tests/data/dev6/corpus/proxy/spatializer-audio-laboratories_10-K_FY2014_0001079974-15-000209.htm
# (signature page, as the reading text gives it)
_BY_ITS = (
    "SPATIALIZER AUDIO LABORATORIES, INC.\n"
    "(Registrant)\n"
    "DATE: March 30, 2015\t/s/ Kyle Hartley\n"
    "By:\tKyle Hartley\n"
    "Its:\tChairman of the Board of Directors, President, Chief Executive Officer, Chief Financial Officer\n"
)


def test_by_and_its_labels_in_cells_of_their_own() -> None:
    assert _signers(_BY_ITS) == {
        (
            "Kyle Hartley",
            "Chairman of the Board of Directors, President, Chief Executive Officer, Chief Financial Officer",
            "SPATIALIZER AUDIO LABORATORIES, INC.",
        )
    }


def test_by_label_cell_variants() -> None:
    # constructed: "Title:" instead of "Its:", no date cell, upper-case typed name
    text = "ACME SHELL CORP.\n\n/s/ JOHN A. SMITH\nBY:\tJOHN A. SMITH\nTitle:\tChief Executive Officer\n"
    assert _signers(text) == {("John A. Smith", "Chief Executive Officer", "ACME SHELL CORP.")}
    # constructed: "By:" with an underscore rule in its cell, the title on the row of the typed name
    text = "GLOBEX HOLDINGS, INC.\n\n/s/ Mary B. Jones\nBy: ____\tMary B. Jones\tTreasurer\n"
    assert _signers(text) == {("Mary B. Jones", "Treasurer", "GLOBEX HOLDINGS, INC.")}
