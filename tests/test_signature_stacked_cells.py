"""Signature tables whose layout hid the signers: stacked HTML cells, bracket columns, representatives.

Each rule is checked on the real passage (cited) and on constructed variants with other names,
organisations, spacing and markup, so that it holds for the layout and not for one file.
"""

from __future__ import annotations

from edgarkg.model import Document
from edgarkg.sources.html import text_view
from edgarkg.text.cell_blocks import cell_blocks, stacked_pairs
from edgarkg.text.people import find_people
from edgarkg.text.sentences import Segment, lines
from edgarkg.text.stacked_signatures import stacked_signature_mentions


def _html_people(body: str) -> dict[str, set[tuple[str, str | None]]]:
    html = f"<html><body>{body}</body></html>"
    doc = Document(source="x.htm", data=html.encode(), filing_id="x", media_type="text/html")
    out: dict[str, set[tuple[str, str | None]]] = {}
    for m in find_people(doc.view.text, source=doc.text, source_offset=doc.view.source_offset):
        out.setdefault(m.name, set()).add((m.title, m.org))
    return out


def _text_people(text: str) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set[tuple[str, str | None]]] = {}
    for m in find_people(text):
        out.setdefault(m.name, set()).add((m.title, m.org))
    return out


def _titles(found: dict[str, set[tuple[str, str | None]]], name: str) -> set[str]:
    return {t for t, _ in found.get(name, set())}


# --- cell_blocks: a cell's paragraphs, told apart from the spaces inside them ---


def _cell(html: str) -> tuple[Segment, str, object]:
    view = text_view(html, "text/html")
    text = view.text.strip()
    start = view.text.index(text)
    first = text.split("\t")[0]
    return Segment(first, start, start + len(first)), html, view.source_offset


def test_cell_blocks_splits_paragraphs_not_names() -> None:
    cell, src, off = _cell(
        "<table><tr><td><p>The following directors:</p> <p>&nbsp;</p> <p>Jane A. Roe</p>\n"
        "<p>John Q. Doe</p></td><td>x</td></tr></table>"
    )
    assert cell.text == "The following directors: Jane A. Roe John Q. Doe"
    blocks = cell_blocks(cell, src, off)  # type: ignore[arg-type]
    assert [b.text for b in blocks] == ["The following directors:", "Jane A. Roe", "John Q. Doe"]
    assert all(cell.text[b.start - cell.start : b.end - cell.start] == b.text for b in blocks)


def test_cell_blocks_br_and_div_variants() -> None:
    cell, src, off = _cell("<table><tr><td>MARY  LEE<br/>PETER VAN DYKE<BR>Ann O'Neil</td></tr></table>")
    assert [b.text for b in cell_blocks(cell, src, off)] == ["MARY LEE", "PETER VAN DYKE", "Ann O'Neil"]  # type: ignore[arg-type]
    cell, src, off = _cell("<TABLE><TR><TD><DIV>Li Wei</DIV><DIV>Chen  Jing</DIV></TD></TR></TABLE>")
    assert [b.text for b in cell_blocks(cell, src, off)] == ["Li Wei", "Chen Jing"]  # type: ignore[arg-type]
    cell, src, off = _cell("<table><tr><td><font>Jane</font> <b>Roe</b></td></tr></table>")
    assert [b.text for b in cell_blocks(cell, src, off)] == ["Jane Roe"]  # type: ignore[arg-type]


def test_stacked_pairs() -> None:
    a, b, c = Segment("A", 0, 1), Segment("B", 2, 3), Segment("C", 4, 5)
    assert stacked_pairs([a, b], [c, a]) == [(a, c), (b, a)]
    assert stacked_pairs([a, b], [c]) == [(a, c), (b, c)]
    assert stacked_pairs([a, b, c], [a, b]) is None
    assert stacked_pairs([], [a]) is None


# --- one signature-table row stacking all the directors in one cell ---

_SIG_HEAD = (
    "<p>SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, this report "
    "has been signed below by the following persons on behalf of the registrant and in the capacities and on "
    "the dates indicated.</p>"
)

# tests/data/blind2/corpus/proxy/vulcan-materials_10-K_FY2012.htm (Vulcan Materials 10-K, FY2012): the last
# row is one cell "The following directors:" with a <P> per name, beside a cell with a <P> "Director" each.
_VULCAN = (
    _SIG_HEAD + "<TABLE><TR><TD>Signature</TD><TD></TD><TD>Title</TD><TD></TD><TD>Date</TD></TR>\n<TR>\n"
    '<TD VALIGN="top"> <P STYLE="margin-top:0px"><FONT SIZE="2">The following directors:</FONT></P>\n'
    '<P STYLE="font-size:12px">&nbsp;</P> <P STYLE="margin-top:0px"><FONT SIZE="2">Phillip W. Farmer'
    "</FONT></P>\n"
    '<P STYLE="margin-top:0px"><FONT SIZE="2">H. Allen Franklin</FONT></P> <P STYLE="margin-top:0px"><FONT\n'
    'STYLE="font-family:Arial Narrow" SIZE="2">Ann McLaughlin Korologos</FONT></P>\n'
    '<P STYLE="margin-top:0px"><FONT SIZE="2">Richard T. O&#146;Brien</FONT></P></TD>\n'
    '<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;&nbsp;</FONT></TD>\n'
    '<TD VALIGN="bottom"> <P STYLE="margin-top:0px"><FONT SIZE="2">Director</FONT></P> <P><FONT SIZE="2">'
    'Director</FONT></P>\n<P><FONT SIZE="2">Director</FONT></P> <P><FONT SIZE="2">Director</FONT>'
    "</P></TD>\n"
    '<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD><TD VALIGN="bottom"></TD></TR>\n</TABLE>'
)


def test_stacked_directors_real_passage() -> None:
    found = _html_people(_VULCAN)
    for name in ("Phillip W. Farmer", "H. Allen Franklin", "Ann McLaughlin Korologos", "Richard T. O’Brien"):
        assert _titles(found, name) == {"Director"}, (name, found.get(name))
    assert not any("following" in n.lower() for n in found)


def test_stacked_signers_with_marks_and_br() -> None:
    """Conformed signatures stacked with <br>, capitals, each beside its own capacity."""
    body = (
        "<p>SIGNATURES</p><table><tr><td>/s/ JANE A. ROE<br>/s/ OLIVER  TWIST<br>/s/ Li Wei</td>"
        "<td>Chairman of the Board<br>Chief Financial Officer<br>Trustee</td><td>May 1, 2020</td></tr>"
        "</table>"
    )
    found = _html_people(body)
    assert _titles(found, "Jane A. Roe") == {"Chairman of the Board"}
    assert _titles(found, "Oliver Twist") == {"Chief Financial Officer"}
    assert _titles(found, "Li Wei") == {"Trustee"}


def test_stacked_signers_one_capacity_for_all_divs() -> None:
    """A single "Directors" written once beside the stacked names, <div> blocks, a Name/Capacity heading."""
    body = (
        "<table><tr><td>Name</td><td>Capacity</td></tr><tr><td><div>Maria Gonzalez-Ortiz</div>"
        "<div>Samuel P. Whitfield</div></td><td><div>Directors</div></td></tr></table>"
    )
    found = _html_people(body)
    assert _titles(found, "Maria Gonzalez-Ortiz") == {"Director"}
    assert _titles(found, "Samuel P. Whitfield") == {"Director"}


def test_stacked_cells_outside_a_signature_table_or_unequal_are_left() -> None:
    # the same stacked row with no signature table around it
    body = (
        "<p>Our team</p><table><tr><td><p>Jane A. Roe</p><p>John Q. Doe</p></td>"
        "<td><p>Director</p><p>Director</p></td></tr></table>"
    )
    assert _titles(_html_people(body), "John Q. Doe") == set()
    # three names, two capacities: no way to pair them
    body = (
        _SIG_HEAD + "<table><tr><td><p>Jane A. Roe</p><p>John Q. Doe</p><p>Mark Smith</p></td>"
        "<td><p>Director</p><p>Director</p></td></tr></table>"
    )
    assert _titles(_html_people(body), "Mark Smith") == set()


def test_signature_and_typed_name_in_one_cell_is_one_signer() -> None:
    """ "/s/ Jane Roe" over "Jane Roe" in one cell is one signer; a capacity wrapped over two <p> is whole."""
    body = (
        _SIG_HEAD + "<table><tr><td><p>/s/ Priya N. Raman</p><p>Priya N. Raman</p></td>"
        "<td><p>President and</p><p>Chief Executive Officer</p></td><td>March 3, 2021</td></tr></table>"
    )
    assert _titles(_html_people(body), "Priya N. Raman") == {"President and Chief Executive Officer"}
    view = text_view(body, "text/html")
    assert list(stacked_signature_mentions(list(lines(view.text)), body, view.source_offset)) == []


# --- a 1990s plain-text table with a ")" bracket column grouping the rows under one date ---

# tests/data/blind2/corpus/submission/wmx-technologies_10-K_1994-03-30_0000950131-94-000440.txt
# (WMX Technologies 10-K for 1993): typed name and title below a rule, the title wrapped in its column.
_WMX = """\
  PURSUANT TO THE REQUIREMENTS OF THE SECURITIES EXCHANGE ACT OF 1934, THIS
REPORT HAS BEEN SIGNED BELOW BY THE FOLLOWING PERSONS ON BEHALF OF THE
REGISTRANT AND IN THE CAPACITIES AND ON THE DATE INDICATED.

<TABLE>
<CAPTION>
             SIGNATURE                           TITLE                       DATE
             ---------                           -----                       ----
<S>                                   <C>                               <C>
      /s/ Dean L. Buntrock                                          )
- ------------------------------------                                )
          Dean L. Buntrock            Director, Chairman of the     )
                                       Board and Chief Executive    )
                                       Officer                      )
      /s/ Jerry E. Dempsey                                          )
- ------------------------------------                                )
          Jerry E. Dempsey            Director                      )
      /s/ James R. Peterson                                         )
- ------------------------------------                                )
         James R. Peterson            Director                      )   March 29, 1994
    /s/ Howard H. Baker, Jr.                                        )
- ------------------------------------                                )
        Howard H. Baker, Jr.          Director                      )
        /s/ Thomas C. Hau                                           )
- ------------------------------------                                )
           Thomas C. Hau              Vice President, Controller    )
                                       and Principal Accounting     )
                                       Officer                      )
</TABLE>
"""


def test_bracket_column_real_passage() -> None:
    found = _text_people(_WMX)
    assert _titles(found, "Dean L. Buntrock") == {
        "Director, Chairman of the Board and Chief Executive Officer"
    }
    for name in ("Jerry E. Dempsey", "James R. Peterson", "Howard H. Baker, Jr."):
        assert _titles(found, name) == {"Director"}, (name, found.get(name))
    assert _titles(found, "Thomas C. Hau") == {"Vice President, Controller and Principal Accounting Officer"}


def test_bracket_column_variants() -> None:
    """Other names and widths, no rule line, the date beside the first row, a lower-case signature mark."""
    text = (
        "This report has been signed below by the following persons on behalf of the registrant.\n\n"
        "   /S/ MARIA T. ALVAREZ                   )\n"
        "   Maria T. Alvarez     President and Chief    )  June 1, 1996\n"
        "                        Operating Officer      )\n"
        "\n"
        "   /s/ Kenji Watanabe                     )\n"
        "   Kenji Watanabe       Treasurer              )\n"
    )
    found = _text_people(text)
    assert _titles(found, "Maria T. Alvarez") == {"President and Chief Operating Officer"}
    assert _titles(found, "Kenji Watanabe") == {"Treasurer"}


def test_bracket_only_at_the_edge() -> None:
    """A capacity in parentheses is no bracket column: "(Principal Financial Officer)" stays a capacity."""
    text = (
        "Signed below by the following persons.\n\n"
        "/s/ Paul Newman            Chief Financial Officer\n"
        "Paul Newman                (Principal Financial Officer)\n"
    )
    assert _titles(_text_people(text), "Paul Newman") == {"Chief Financial Officer"}


# --- the authorized representative in the United States, signing for the company named under the row ---

# tests/data/blind2/corpus/submission/adc-therapeutics_S-3_2025-06-30_0000950103-25-008153.txt (ADC
# Therapeutics S-3, 2025): the last row, the company printed under the signer's cell.
_ADC = (
    "<p>SIGNATURES</p><p>ADC THERAPEUTICS SA</p><table><tr><td>By:</td><td>/s/ Ameet Mallik</td></tr>"
    "<tr><td>Name:</td><td>Ameet Mallik</td></tr><tr><td>Title:</td><td>Chief Executive Officer</td></tr>"
    "</table><p>Pursuant to the requirements of the Securities Act, this "
    "registration statement has been signed by the following persons on June 30, 2025 in the capacities "
    "indicated:</p><TABLE><TR><TD>Name</TD><TD>Title</TD></TR>\n"
    '<TR><TD STYLE="vertical-align: top">\n<P STYLE="border-bottom: Black 1pt solid">/s/ Victor Sandor</P>\n'
    "<P></P>\n<P>Victor Sandor</P>\n<P></P></TD>\n<TD>&nbsp;</TD>\n<TD>Director</TD></TR>\n"
    '<TR><TD STYLE="vertical-align: top">\n<P STYLE="border-bottom: Black 1pt solid">/s/ Jose &ldquo;Pepe'
    "&rdquo; Carmona</P>\n<P></P>\n<P>Jose &ldquo;Pepe&rdquo; Carmona</P>\n<P></P></TD>\n<TD>&nbsp;</TD>\n"
    "<TD><FONT>Authorized Representative in the United States</FONT></TD></TR>\n"
    "<TR><TD>&nbsp;</TD><TD>&nbsp;</TD><TD>&nbsp;</TD></TR>\n"
    "<TR><TD><FONT>ADC Therapeutics America, Inc.</FONT></TD>\n<TD>&nbsp;</TD><TD>&nbsp;</TD></TR>\n</TABLE>"
)


def test_representative_real_passage() -> None:
    found = _html_people(_ADC)
    assert ("Authorized Representative in the United States", "ADC Therapeutics America, Inc.") in found[
        "Jose “Pepe” Carmona"
    ]
    # the representative's company is no registrant: the other signers stay the filer's
    assert found["Victor Sandor"] == {("Director", "ADC THERAPEUTICS SA")}


def test_representative_variants() -> None:
    """Plain text, "Authorized U.S. Representative", a straight-quoted nickname, another company."""
    text = (
        "Signed by the following persons in the capacities indicated:\n\n"
        '/s/ Robert "Bob" Kline\tAuthorized U.S. Representative\n'
        "Globex Holdings USA, LLC\n"
    )
    found = _text_people(text)
    assert ("Authorized U.S. Representative", "Globex Holdings USA, LLC") in found['Robert "Bob" Kline']
    text = (
        "SIGNATURE OF AUTHORIZED REPRESENTATIVE IN THE UNITED STATES\n\n"
        "By:\t/s/ Donna M. Pugh\n"
        "Name:\tDonna M. Pugh\n"
        "Title:\tAuthorized Representative\n"
        "Pugh & Partners Inc.\n"
    )
    assert ("Authorized Representative", "Pugh & Partners Inc.") in _text_people(text)["Donna M. Pugh"]


def test_company_line_heading_the_next_block_is_not_the_representatives() -> None:
    text = (
        "ACME WIDGETS AG\n"
        "By:\t/s/ Jane A. Roe\n"
        "Name:\tJane A. Roe\n"
        "Title:\tAuthorized Representative\n"
        "ACME SUBSIDIARY LLC\n"
        "By:\t/s/ John Q. Doe\n"
        "Name:\tJohn Q. Doe\n"
        "Title:\tManager\n"
    )
    found = _text_people(text)
    assert ("Authorized Representative", "ACME SUBSIDIARY LLC") not in found["Jane A. Roe"]
    assert ("Manager", "ACME SUBSIDIARY LLC") in found["John Q. Doe"]


# --- a capacity wrapped over rows of an HTML table, the first part ending in a comma ---

# tests/data/blind2/corpus/proxy/gainsco_10-K_FY2009_0001193125-10-073212.htm (GAINSCO 10-K, FY2009), as
# the reading text gives its rows: the capacity runs on in the title cell of the typed-name row.
_GAINSCO = (
    "Name\tTitle\tDate\n"
    "/s/ Glenn W. Anderson\tPresident, Chief Executive\tMarch 31, 2010\n"
    "Glenn W. Anderson\tOfficer and Director\n"
    "/s/ Daniel J. Coots\tSenior Vice President,\tMarch 31, 2010\n"
    "Daniel J. Coots\tChief Financial Officer and\n"
    "Chief Accounting Officer\n"
    "/s/ Joel C. Puckett\tDirector\tMarch 31, 2010\n"
    "Joel C. Puckett\n"
)


def test_capacity_open_after_comma_real_passage() -> None:
    found = _text_people(_GAINSCO)
    assert _titles(found, "Daniel J. Coots") == {
        "Senior Vice President, Chief Financial Officer and Chief Accounting Officer"
    }
    assert _titles(found, "Glenn W. Anderson") == {"President, Chief Executive Officer and Director"}
    assert _titles(found, "Joel C. Puckett") == {"Director"}


def test_capacity_open_after_comma_variants() -> None:
    text = (
        "Signature\tCapacity\n"
        "/s/ ANNA B. KOWALSKI\tExecutive Vice President,\tMay 2, 2019\n"
        "Anna B. Kowalski\tTreasurer\n"
        "/s/ Omar Haddad\tVice President,\n"
        "Omar Haddad\tGeneral Counsel and\n"
        "Secretary\n"
    )
    found = _text_people(text)
    assert _titles(found, "Anna B. Kowalski") == {"Executive Vice President, Treasurer"}
    assert _titles(found, "Omar Haddad") == {"Vice President, General Counsel and Secretary"}
    # a complete capacity with no comma: the next cell is the next line's business, not a continuation
    text = "Signature\tTitle\n/s/ Lena Fischer\tDirector\nLena Fischer\tMay 2, 2019\n"
    assert _titles(_text_people(text), "Lena Fischer") == {"Director"}
