"""Reading inputs into Documents: submissions, single documents, directories, archives."""

import io
import os
import re
import tarfile
import zipfile

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from edgarkg.model import Document, Problem, content_id
from edgarkg.sources import Limits, iter_documents, read_bytes

SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def split(items):
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert len(docs) + len(problems) == len(items)
    return docs, problems


def read(*paths, **options):
    return split(list(iter_documents([str(p) for p in paths], **options)))


# --- real filings -------------------------------------------------------------


def test_exelon_8k_full_submission_in_pem_envelope():
    docs, problems = read(CORPUS / "submission/exelon_8-K_2005-04-27_0000950137-05-004969.txt")
    assert problems == []
    header, report = docs
    assert {d.filing_id for d in docs} == {"0000950137-05-004969"}
    assert (header.doc_type, header.sequence, header.media_type) == ("SEC-HEADER", 0, "text/plain")
    assert header.data.startswith(b"0000950137-05-004969.hdr.sgml : 20050427\n<ACCEPTANCE-DATETIME>")
    assert b"ACCESSION NUMBER:\t\t0000950137-05-004969" in header.data
    assert header.data.rstrip().endswith(b"ZIP:\t\t\t60690")
    assert b"<DOCUMENT>" not in header.data
    assert (report.doc_type, report.sequence, report.filename, report.description) == (
        "8-K",
        1,
        "c94636e8vk.htm",
        "CURRENT REPORT",
    )
    assert report.media_type == "text/html"
    assert report.data.startswith(b"<HTML>\n<HEAD>\n<TITLE>e8vk</TITLE>")
    assert report.data.endswith(b"</HTML>")
    assert report.id.endswith("exelon_8-K_2005-04-27_0000950137-05-004969.txt#1")
    text = report.view.text
    assert "1-16169\tEXELON CORPORATION (a Pennsylvania corporation)" in text
    start = text.index("Thomas J. Ridge")
    a, b = report.view.source_span(start, start + len("Thomas J. Ridge"))
    assert report.text[a:b] == "Thomas J. Ridge"


def test_southern_company_multi_document_submission():
    docs, problems = read(
        CORPUS / "text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"
    )
    assert problems == []
    assert [(d.doc_type, d.sequence, d.filename) for d in docs] == [
        ("SEC-HEADER", 0, None),
        ("8-K", 1, "yearend048k.txt"),
        ("EX-99.01", 2, "x9901.txt"),
        ("EX-99.02", 3, "x9902.txt"),
        ("EX-99.03", 4, "x9903.txt"),
        ("EX-99.04", 5, "x9904.txt"),
        ("EX-99.05", 6, "x9905.txt"),
        ("EX-99.06", 7, "x9906.txt"),
    ]
    assert {d.filing_id for d in docs} == {"0000092122-05-000042"}
    assert all(d.media_type == "text/plain" for d in docs)
    assert b"SOUTHERN CO" in docs[0].data
    assert docs[1].text.lstrip().startswith("SECURITIES AND EXCHANGE COMMISSION")
    assert all(b"<DOCUMENT>" not in d.data and b"</TEXT>" not in d.data for d in docs)


def test_nc_feed_submission():
    docs, problems = read(CORPUS / "other/vepf-viii-co-invest_D_2024-01-11_0002002260-24-000001.nc")
    assert problems == []
    header, form_d = docs
    assert {d.filing_id for d in docs} == {"0002002260-24-000001"}
    assert header.doc_type == "SEC-HEADER" and header.sequence == 0
    assert header.data.startswith(b"<SUBMISSION>\n<ACCESSION-NUMBER>0002002260-24-000001\n<TYPE>D\n")
    assert header.data.rstrip().endswith(b"</FILER>")
    assert (form_d.doc_type, form_d.sequence, form_d.filename) == ("D", 1, "primary_doc.xml")
    assert form_d.media_type == "application/xml"
    assert form_d.data.startswith(b'<?xml version="1.0"?>\n<edgarSubmission>')
    assert form_d.data.endswith(b"</edgarSubmission>")
    root = etree.fromstring(form_d.data, SAFE_XML)
    assert root.findtext("primaryIssuer/entityName") == "VEPF VIII Co-Invest 4-A, L.P."


def test_nc_feed_with_carriage_return_line_ends():
    docs, problems = read(CORPUS / "ownership/arrow-electronics_4_2025-02-13_0001127602-25-004598.nc")
    assert problems == []
    header, form4 = docs
    assert {d.filing_id for d in docs} == {"0001127602-25-004598"}
    assert b"<CONFORMED-NAME>ARROW ELECTRONICS, INC.\r" in header.data
    assert (form4.doc_type, form4.sequence, form4.filename, form4.description) == (
        "4",
        1,
        "form4.xml",
        "PRIMARY DOCUMENT",
    )
    root = etree.fromstring(form4.data, SAFE_XML)
    assert root.findtext("issuer/issuerTradingSymbol") == "ARW"


def test_bare_plain_text_6k():
    path = CORPUS / "text-press/mmo2-6k-2003-11-17-online-customers.txt"
    docs, problems = read(path)
    assert problems == []
    (doc,) = docs
    assert doc.media_type == "text/plain"
    assert (doc.doc_type, doc.sequence, doc.filename) == (None, None, path.name)
    assert doc.filing_id == content_id(path.read_bytes())
    assert doc.data == path.read_bytes()
    assert doc.view.text == doc.text and doc.text.startswith("FORM 6-K")


def test_xml_with_a_blank_line_before_its_declaration():
    path = CORPUS / "other/jushi-holdings_SC-13G_2025_marex.xml"
    assert path.read_bytes().startswith(b"\n<?xml")
    (doc,), problems = read(path)
    assert problems == []
    assert doc.media_type == "application/xml"
    assert doc.data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = etree.fromstring(doc.data, SAFE_XML)
    assert root.tag == "{http://www.sec.gov/edgar/schedule13g}edgarSubmission"


def test_uuencoded_graphic_is_skipped_with_a_reason():
    docs, problems = read(CORPUS / "submission/oracle_8-K_2019-07-10_0001193125-19-191922.txt")
    assert [(d.doc_type, d.sequence, d.filename) for d in docs] == [
        ("SEC-HEADER", 0, None),
        ("8-K", 1, "d776427d8k.htm"),
        ("EX-99.1", 2, "d776427dex991.htm"),
    ]
    (skipped,) = problems
    assert skipped.severity == "skipped" and skipped.stage == "read"
    assert skipped.reason == "skipped uuencoded binary 'g776427g33t06.jpg' (GRAPHIC, sequence 3)"
    assert skipped.source.endswith("oracle_8-K_2019-07-10_0001193125-19-191922.txt")


def test_inline_xbrl_wrapped_in_xbrl_tags_is_html():
    docs, _ = read(CORPUS / "text-press/3m_8-K_2024-03-08_0000066740-24-000023.txt")
    by_seq = {d.sequence: d for d in docs}
    cover = by_seq[1]
    assert (cover.doc_type, cover.filename) == ("8-K", "mmm-20240308.htm")
    assert cover.data.startswith(b"<?xml version='1.0' encoding='ASCII'?>")
    assert cover.media_type == "text/html"
    assert by_seq[3].media_type == "application/xml"  # the EX-101.SCH schema


ACCESSION_IN_NAME = re.compile(r"(\d{10}-\d{2}-\d{6})\.(?:txt|nc)$")


def test_whole_test_corpus():
    """Every copied filing splits into its <DOCUMENT>s with the accession from its file name."""
    items = list(iter_documents([CORPUS]))
    docs, problems = split(items)
    assert [p for p in problems if p.severity != "skipped"] == []
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        mine = [d for d in docs if d.source == str(path)]
        skipped = [p for p in problems if p.source == str(path)]
        closes = raw.count(b"</DOCUMENT>")
        if closes:
            assert len([d for d in mine if d.doc_type != "SEC-HEADER"]) + len(skipped) == closes, path
        else:
            assert len(mine) == 1, path
        m = ACCESSION_IN_NAME.search(path.name)
        if m and (b"<SEC-HEADER>" in raw or b"<SUBMISSION>" in raw):
            assert {d.filing_id for d in mine} == {m.group(1)}, path
            assert mine[0].doc_type == "SEC-HEADER"


# --- synthetic submissions ------------------------------------------------------

SUBMISSION = b"""-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR
Originator-Name: webmaster@www.sec.gov

<IMS-DOCUMENT>0000012345-94-000001.txt : 19940101
<IMS-HEADER>0000012345-94-000001.hdr.sgml : 19940101
ACCESSION NUMBER:\t\t0000012345-94-000001
CONFORMED SUBMISSION TYPE:\t10-K
</IMS-HEADER>
<DOCUMENT>
<TYPE>10-K
<SEQUENCE>1
<DESCRIPTION>ANNUAL REPORT
<TEXT>
<PAGE>   1
Annual report of \x93Example Co\x94.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<TEXT>
<PDF>
JVBERi0xLjQK
</PDF>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-27
<SEQUENCE>3
<TEXT>
<TABLE> <S> <C>
<ARTICLE> 5
<CASH> 1,000
</TABLE>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-21
<SEQUENCE>4
<FILENAME>ex21.txt
<TEXT>
Subsidiaries of the registrant: Example Sub Ltd (England)
"""


def test_ims_header_pdf_and_truncated_document(tmp_path):
    path = tmp_path / "0000012345-94-000001.txt"
    path.write_bytes(SUBMISSION)
    docs, problems = read(path)
    assert [(d.doc_type, d.sequence) for d in docs] == [
        ("SEC-HEADER", 0),
        ("10-K", 1),
        ("EX-27", 3),
        ("EX-21", 4),
    ]
    assert {d.filing_id for d in docs} == {"0000012345-94-000001"}
    header, annual, fds, ex21 = docs
    assert header.data == (
        b"0000012345-94-000001.hdr.sgml : 19940101\nACCESSION NUMBER:\t\t0000012345-94-000001\n"
        b"CONFORMED SUBMISSION TYPE:\t10-K\n"
    )
    assert annual.description == "ANNUAL REPORT"
    assert annual.text == "<PAGE>   1\nAnnual report of \u201cExample Co\u201d."
    assert fds.media_type == "text/plain"  # EDGAR's <TABLE> <S> <C> markup is not HTML
    assert ex21.data == b"Subsidiaries of the registrant: Example Sub Ltd (England)"
    pdf, truncated = problems
    assert pdf.severity == "skipped" and "PDF" in pdf.reason and "sequence 2" in pdf.reason
    assert truncated.severity == "warning" and "EX-21, sequence 4" in truncated.reason
    assert "</DOCUMENT>" in truncated.reason


def test_bare_document_block_without_header_gets_a_content_id(tmp_path):
    data = (
        b"\n<DOCUMENT>\n<TYPE>EX-21\n<SEQUENCE>9\n<TEXT>\n"
        b"<html><body><p>Sub A</p></body></html>\n</TEXT>\n</DOCUMENT>\n"
    )
    path = tmp_path / "ex21.htm"
    path.write_bytes(data)
    (doc,), problems = read(path)
    assert problems == []
    assert (doc.doc_type, doc.sequence, doc.media_type) == ("EX-21", 9, "text/html")
    assert doc.filing_id == content_id(data)
    assert doc.view.text == "Sub A"


def test_sniffing_single_documents():
    cases = {
        b"<?xml version='1.0'?>\n<xbrl xmlns='http://www.xbrl.org/2003/instance'/>": "application/xml",
        b"<ownershipDocument>\n<schemaVersion>X0306</schemaVersion>\n</ownershipDocument>": "application/xml",
        b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>": "text/html",
        b"<!DOCTYPE html PUBLIC '-//W3C//DTD HTML 4.01//EN'>\n<HTML><BODY>x</BODY></HTML>": "text/html",
        b"  <div>press release</div>": "text/html",
        b"<PAGE>   1\n<TABLE>\n<CAPTION>\n<S>   <C>\nSales  100\n</TABLE>\n": "text/plain",
        b"FORM 6-K\n\nmmO2 plc\n": "text/plain",
    }
    for data, media_type in cases.items():
        (doc,) = read_bytes(data, "x")
        assert doc.media_type == media_type, data


# --- directories, paths and bad input ----------------------------------------------


def test_directory_walk_is_sorted_and_skips_hidden_and_non_filing_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_bytes(b"z")
    (tmp_path / "b" / "a.htm").write_bytes(b"<p>a</p>")
    (tmp_path / "a.xml").write_bytes(b"<?xml version='1.0'?><a/>")
    (tmp_path / ".hidden.txt").write_bytes(b"h")
    (tmp_path / ".git" / "config.txt").write_bytes(b"g")
    for name in ("manifest.tsv", "README.md", "facts.json", "tool.py", "table.csv"):
        (tmp_path / name).write_bytes(b"not a filing")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    docs, problems = read(tmp_path)
    assert [os.path.relpath(d.source, tmp_path) for d in docs] == ["a.xml", "b/a.htm", "b/z.txt"]
    (png,) = problems
    assert png.severity == "skipped" and png.source.endswith("logo.png") and "PNG" in png.reason


def test_explicitly_named_file_is_read_whatever_its_extension(tmp_path):
    path = tmp_path / "notes.md"
    path.write_bytes(b"FORM 8-K")
    (doc,), _ = read(path)
    assert doc.text == "FORM 8-K"


def test_missing_path_and_bad_files_become_problems_and_reading_goes_on(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_bytes(b"FORM 8-K")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    docs, problems = read(tmp_path / "missing.txt", fifo, big, good, max_bytes=1000)
    assert [d.source for d in docs] == [str(good)]
    missing, pipe, too_big = problems
    assert (missing.source, missing.stage, missing.severity) == (
        str(tmp_path / "missing.txt"),
        "read",
        "error",
    )
    assert "no such file" in missing.reason
    assert pipe.source == str(fifo) and "regular file" in pipe.reason
    assert too_big.source == str(big) and "max_bytes" in too_big.reason


# --- archives ------------------------------------------------------------------------


def make_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            if isinstance(name, zipfile.ZipInfo):
                zf.writestr(name, data)
            else:
                zf.writestr(name, data)
    return path


def test_zip_members_are_read_sorted_and_unsafe_ones_refused(tmp_path):
    link = zipfile.ZipInfo("link.txt")
    link.external_attr = 0o120777 << 16  # a symbolic link
    archive = make_zip(
        tmp_path / "filings.zip",
        [
            ("sub/b.txt", b"FORM 8-K b"),
            ("a.txt", SUBMISSION),
            ("../evil.txt", b"escape"),
            ("/etc/passwd.txt", b"absolute"),
            (link, b"/etc/passwd"),
            ("sub/.hidden.txt", b"hidden"),
            ("manifest.tsv", b"file\tkind"),
        ],
    )
    docs, problems = read(archive)
    sources = [d.source for d in docs]
    assert sources[0] == f"{archive}!a.txt" and sources[-1] == f"{archive}!sub/b.txt"
    assert [d.doc_type for d in docs if d.source.endswith("!a.txt")] == [
        "SEC-HEADER",
        "10-K",
        "EX-27",
        "EX-21",
    ]
    refused = {p.source: p.reason for p in problems if p.severity == "error"}
    assert refused == {
        f"{archive}!../evil.txt": "refused archive member: '..' in the path",
        f"{archive}!/etc/passwd.txt": "refused archive member: absolute path",
        f"{archive}!link.txt": "refused archive member: symbolic link or device",
    }


def test_tar_gz_with_links_devices_and_traversal(tmp_path):
    archive = tmp_path / "feed.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:

        def add(name, data=b"", **attrs):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            for k, v in attrs.items():
                setattr(info, k, v)
            tf.addfile(info, io.BytesIO(data))

        add(
            "z/0002002260-24-000001.nc",
            (CORPUS / "other/vepf-viii-co-invest_D_2024-01-11_0002002260-24-000001.nc").read_bytes(),
        )
        add("a.htm", b"<p>Hello</p>")
        add("../up.txt", b"x")
        add("sym.txt", type=tarfile.SYMTYPE, linkname="/etc/passwd")
        add("dev", type=tarfile.CHRTYPE, devmajor=1, devminor=3)
    docs, problems = read(archive)
    assert [(d.source.split("!", 1)[1], d.doc_type) for d in docs] == [
        ("a.htm", None),
        ("z/0002002260-24-000001.nc", "SEC-HEADER"),
        ("z/0002002260-24-000001.nc", "D"),
    ]
    assert docs[1].filing_id == "0002002260-24-000001"
    reasons = sorted(p.reason for p in problems)
    assert reasons == [
        "refused archive member: '..' in the path",
        "refused archive member: device or special file",
        "refused archive member: symbolic or hard link",
    ]


def test_nested_zip_and_corrupt_zip(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("doc.txt", b"FORM 10-K")
    outer = make_zip(tmp_path / "outer.zip", [("inner.zip", inner.getvalue())])
    (doc,), problems = read(outer)
    assert problems == [] and doc.source == f"{outer}!inner.zip!doc.txt"
    corrupt = tmp_path / "corrupt.zip"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    docs, (problem,) = read(corrupt)
    assert docs == [] and problem.source == str(corrupt) and "zip" in problem.reason


def test_archives_nested_too_deep_are_skipped(tmp_path):
    data = b"FORM 8-K"
    for level in range(4):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(f"level{level}.zip" if level else "doc.txt", data)
        data = buf.getvalue()
    path = tmp_path / "deep.zip"
    path.write_bytes(data)
    docs, (problem,) = read(path)
    assert docs == [] and problem.severity == "skipped" and "nested deeper" in problem.reason
    assert problem.source == f"{path}!level3.zip!level2.zip!level1.zip"


def test_a_single_path_is_not_iterated_character_by_character():
    path = CORPUS / "text-press/mmo2-6k-2003-11-17-online-customers.txt"
    assert [d.source for d in iter_documents(str(path))] == [str(path)]
    assert [d.source for d in iter_documents(path)] == [str(path)]


def test_zip_bomb_is_a_problem_not_a_memory_blowup(tmp_path):
    bomb = make_zip(tmp_path / "bomb.zip", [("zeros.txt", bytes(20_000_000)), ("ok.txt", b"FORM 8-K")])
    assert bomb.stat().st_size < 100_000
    docs, problems = read(bomb)
    assert [d.source for d in docs] == [f"{bomb}!ok.txt"]
    (problem,) = problems
    assert problem.source == f"{bomb}!zeros.txt" and "expansion ratio" in problem.reason
    # the total budget, across members
    docs, problems = split(
        list(read_bytes(bomb.read_bytes(), "bomb.zip", limits=Limits(max_expanded_bytes=1000)))
    )
    assert any("expands beyond" in p.reason for p in problems)


def test_tar_gz_bomb_stops_reading(tmp_path):
    archive = tmp_path / "bomb.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for i in range(3):
            info = tarfile.TarInfo(f"big{i}.txt")
            info.size = 8_000_000
            tf.addfile(info, io.BytesIO(b"a" * info.size))
    limits = Limits(max_ratio=10, ratio_floor=1_000_000)
    docs, problems = split(list(read_bytes(archive.read_bytes(), str(archive), limits=limits)))
    assert docs == []
    (problem,) = problems
    assert "reading stopped" in problem.reason and "expansion ratio" in problem.reason
    docs, problems = read(archive, max_expanded_bytes=10_000_000)
    assert len(docs) == 1 and "expands beyond" in problems[-1].reason


def test_gzip_single_file(tmp_path):
    import gzip

    path = tmp_path / "filing.txt.gz"
    path.write_bytes(gzip.compress(SUBMISSION))
    docs, _ = read(path)
    assert [d.doc_type for d in docs] == ["SEC-HEADER", "10-K", "EX-27", "EX-21"]


# --- never raise -----------------------------------------------------------------------

TAGS = [
    b"<SEC-DOCUMENT>",
    b"<SEC-HEADER>",
    b"</SEC-HEADER>",
    b"<SUBMISSION>",
    b"<DOCUMENT>",
    b"</DOCUMENT>",
    b"<TYPE>GRAPHIC",
    b"<TYPE>8-K",
    b"<SEQUENCE>x",
    b"<SEQUENCE>2",
    b"<TEXT>",
    b"</TEXT>",
    b"<XML>",
    b"</XML>",
    b"<PDF>",
    b"begin 644 a.jpg\n",
    b"\n",
    b"\r",
    b"<?xml version='1.0'?>",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x93\x00",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.binary(max_size=20)), max_size=30))
def test_garbage_never_raises(parts):
    data = b"".join(parts)
    for item in read_bytes(data, "garbage"):
        assert isinstance(item, Document | Problem)
        if isinstance(item, Document):
            assert isinstance(item.view.text, str)


@pytest.mark.parametrize(
    "data", [b"", b"\n\n", b"<DOCUMENT>", b"<SEC-HEADER>", b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----"]
)
def test_degenerate_inputs(data):
    items = list(read_bytes(data, "x"))
    assert all(isinstance(i, Document | Problem) for i in items)
