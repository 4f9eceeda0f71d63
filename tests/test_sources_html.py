"""The clean reading text of HTML, and its map back to source offsets."""

import html
import re
import time

from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from edgarkg.sources.decode import decode
from edgarkg.sources.html import decode_entity, text_view

TABLE = (
    "<table><tr><td>Name</td><td>&nbsp;</td><td>Age</td><td>Position</td></tr>\n"
    "<tr><td><div><b>John</b> Smith</div></td><td></td><td>52</td>"
    "<td>Chief&nbsp;Executive Officer</td></tr></table>\n"
    "<p>AT&amp;T&#146;s plan &#8212; &quot;ok&quot;</p>"
)


def source_of(view, source, word):
    start = view.text.index(word)
    a, b = view.source_span(start, start + len(word))
    return source[a:b]


def test_table_rows_stay_on_one_line_with_tab_separated_cells():
    view = text_view(TABLE, "text/html")
    assert view.text == (
        'Name\tAge\tPosition\nJohn Smith\t52\tChief Executive Officer\n\nAT&T\u2019s plan \u2014 "ok"'
    )


def test_spans_map_back_to_the_source():
    view = text_view(TABLE, "text/html")
    assert source_of(view, TABLE, "Position") == "Position"
    assert source_of(view, TABLE, "John Smith") == "John</b> Smith"
    assert source_of(view, TABLE, "AT&T\u2019s") == "AT&amp;T&#146;s"
    assert source_of(view, TABLE, "\u2014") == "&#8212;"
    # the tab between two cells stands for the markup between them
    tab = view.text.index("\t")
    a, b = view.source_span(tab, tab + 1)
    assert TABLE.index("Name") + 4 <= a < b <= TABLE.index("Age")


def test_blocks_lists_and_nested_tables():
    nested = (
        "<table><tr><th>Name</th><th>Age</th></tr><tr><td>A<table><tr><td>x</td><td>y</td></tr>"
        "</table></td><td>5</td></tr></table>after"
    )
    assert text_view(nested, "text/html").text == "Name\tAge\nA x y\t5\n\nafter"
    lists = "<ul><li>One</li><li>Two</li></ul><h2>Title</h2>text<hr>more<P>Old <B>style</B><P>Second"
    assert text_view(lists, "text/html").text == "One\nTwo\n\nTitle\n\ntext\n\nmore\n\nOld style\n\nSecond"


def test_hidden_content_is_dropped():
    doc = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        '<script>var s = "<p>not text</p>";</script><!-- a comment -->'
        "<p>Hello<br>World<br><br>Again</p>"
        '<div style="display:none"><ix:header><ix:hidden>secret</ix:hidden></ix:header></div>'
        "Tail</body></html>"
    )
    assert text_view(doc, "text/html").text == "Hello\nWorld\n\nAgain\n\nTail"


def test_head_without_end_tag_ends_at_body():
    doc = "<html><head><title>Cover</title><body><p>Text</p></body>"
    assert text_view(doc, "text/html").text == "Text"


def test_pre_keeps_its_layout():
    doc = "<p>x</p><pre>Name        Age\nJ. Smith     52</pre><p>y  z</p>"
    assert text_view(doc, "text/html").text == "x\n\nName        Age\nJ. Smith     52\n\ny z"


def test_plain_text_in_an_html_wrapper_keeps_its_lines():
    lines = [f"{'Officer ' + str(i):<20}{'Vice President':>20}" for i in range(60)]
    doc = "<html><body><div>\n" + "\n".join(lines) + "\n</div></body></html>"
    text = text_view(doc, "text/html").text
    assert "\n".join(lines) in text


def test_broken_html_is_read_not_rejected():
    doc = "<p>unclosed <b>bold <i>x < y & z</p><td>cell"
    assert text_view(doc, "text/html").text == "unclosed bold x < y & z\n\ncell"
    doc = '<div title="no end quote>Quoted</div><p>after</p>'
    assert "after" in text_view(doc, "text/html").text
    assert text_view("a<!-- never closed b", "text/html").text == "a never closed b"
    assert text_view("x <", "text/html").text == "x <"
    assert text_view("", "text/html").text == ""


def test_entities():
    assert decode_entity("&amp;") == "&"
    assert decode_entity("&#146;") == "\u2019"
    assert decode_entity("&#x2019;") == "\u2019"
    assert decode_entity("&#150;") == "\u2013"
    assert decode_entity("&nbsp") == "\xa0"  # legacy form without ';'
    assert decode_entity("&#0;") == "\ufffd"
    assert decode_entity("&bogus;") is None
    doc = "<p>R&amp;D&nbsp;&nbsp;costs&#160;rose &bogus; Q&A</p>"
    assert text_view(doc, "text/html").text == "R&D costs rose &bogus; Q&A"


def test_plain_text_and_xml_are_identity():
    text = "FORM 6-K\r\n\r\n  mmO2 plc  &amp;  <b>"
    for media_type in ("text/plain", "application/xml"):
        view = text_view(text, media_type)
        assert view.text == text
        assert view.source_span(3, 9) == (3, 9)
        assert view.source_offset(len(text)) == len(text)


def test_source_span_edges():
    view = text_view("<p>ab</p><p>cd</p>", "text/html")
    assert view.text == "ab\n\ncd"
    assert view.source_span(0, 0) == (3, 3)
    assert view.source_span(-5, 100) == (3, 14)
    assert view.source_span(4, 2) == view.source_span(4, 4)


def test_huge_single_line_document_is_fast():
    doc = "<div>" + "word &amp; <b>bold</b>&nbsp; <td width='1'>x</td> " * 40_000 + "</div>"
    assert len(doc) > 1_000_000
    started = time.perf_counter()
    view = text_view(doc, "text/html")
    assert time.perf_counter() - started < 3.0
    assert view.text.startswith("word & bold x word & bold")


def test_stray_angle_brackets_and_quotes_are_fast():
    doc = "<td width=\"50%>x < y <a href='z>" * 20_000
    started = time.perf_counter()
    text_view(doc, "text/html")
    assert time.perf_counter() - started < 3.0


def test_apple_10q_ixbrl_reads_fast_and_hides_the_header():
    source = decode((CORPUS / "xbrl/apple_10-Q_2025-03-29_ixbrl.htm").read_bytes())
    started = time.perf_counter()
    view = text_view(source, "text/html")
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"{elapsed:.3f}s"
    assert "dei:AmendmentFlag" not in view.text and "c-1" not in view.text  # ix:header content
    assert "Total net sales\t95,359\t90,753\t219,659\t210,328" in view.text
    assert "/s/ Kevan Parekh" in view.text
    assert source_of(view, source, "Kevan Parekh") == "Kevan Parekh"


FRAGMENTS = [
    "Alpha",
    "beta",
    "AT&amp;T",
    "&nbsp;",
    " ",
    "\n",
    "\t",
    "<p>",
    "</p>",
    "<td>",
    "</td>",
    "<td/>",
    "<tr>",
    "</tr>",
    "<table>",
    "</table>",
    "<br>",
    "<br/>",
    "<b>",
    "</b>",
    "<div class='x'>",
    "</div>",
    "<!-- c -->",
    "&#146;",
    "&lt;",
    "&#8212;",
    "<script>s</script>",
    "<pre>",
    "</pre>",
    "x < y",
    "&bogus;",
    "Q&A",
    "<",
    ">",
    '"',
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_every_word_maps_back_to_a_source_span_that_contains_it(parts):
    source = "".join(parts)
    view = text_view(source, "text/html")
    offsets = [view.source_offset(i) for i in range(len(view.text) + 1)]
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(source) for o in offsets)
    for m in re.finditer(r"\S+", view.text):
        a, b = view.source_span(m.start(), m.end())
        assert 0 <= a <= b <= len(source)
        src = source[a:b]
        if "<" not in src and "&" not in src:
            assert src == m.group()
        else:  # markup between: the word's characters are there, in order
            rest = iter(html.unescape(src))
            assert all(ch in rest for ch in m.group()), (m.group(), src)


@given(st.text(max_size=300))
def test_text_view_never_raises(source):
    view = text_view(source, "text/html")
    if view.text:
        a, b = view.source_span(0, len(view.text))
        assert 0 <= a <= b <= len(source)
