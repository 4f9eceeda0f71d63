"""Hostile inputs: each is refused or read within bounded time and memory, with a located problem,
and none reads outside its input or opens a socket.

Bombs and huge inputs run in a child interpreter whose address space is capped with RLIMIT_AS and
whose run time is capped by a timeout: a failure shows up as a MemoryError or a timeout here
instead of taking the machine down. The bounds are generous on purpose (a slow CI machine must
pass), but far below what the bombs would need if expanded: gigabytes, or hours.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import re
import resource
import signal
import socket
import stat
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS
from lxml import etree

from edgarkg import registry
from edgarkg.model import Document, Problem
from edgarkg.pipeline import build
from edgarkg.safety import clean_char_refs, repair_xml_bytes, safe_xml_parser
from edgarkg.sources import iter_documents

SECRET = "TOPSECRET-d41d8cd98f00b204"

# --- running bounded --------------------------------------------------------------------------

CHILD = r"""
import json, resource, sys, time
import pyoxigraph as ox
mode, options, paths = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3:]
started = time.perf_counter()
if mode == "build":
    from edgarkg.pipeline import build
    store, report = build(paths, validate=False, **options)
    problems, documents = report.problems, report.documents
    literals = [q.object.value for q in store if isinstance(q.object, ox.Literal)]
else:
    from edgarkg.model import Problem
    from edgarkg.sources import iter_documents
    items = list(iter_documents(paths))
    problems = [i for i in items if isinstance(i, Problem)]
    documents = len(items) - len(problems)
    literals = [i.text for i in items if not isinstance(i, Problem)]
print(json.dumps({
    "documents": documents,
    "problems": [[p.source, p.stage, p.reason, p.severity] for p in problems],
    "longest": max(map(len, literals), default=0),
    "seconds": time.perf_counter() - started,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def bounded(paths: list[Path], *, memory_mb: int, seconds: float, mode: str = "build", **options) -> dict:
    """Build (or only read) `paths` in a child with at most `memory_mb` of address space and
    `seconds` of time; its report as a dict. `options` go to `build`."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, mode, json.dumps(options), *map(str, paths)],
        preexec_fn=cap,
        capture_output=True,
        text=True,
        timeout=seconds,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["elapsed"] = time.monotonic() - started
    out["problems"] = [Problem(*p) for p in out["problems"]]
    return out


def reasons(problems: list[Problem]) -> str:
    return "\n".join(f"{p.source} [{p.stage}/{p.severity}] {p.reason}" for p in problems)


# --- XXE: files and the network stay untouched -----------------------------------------------


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "secret.txt"
    path.parent.mkdir()
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener():
    """A loopback TCP port that records every connection made to it."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    hits: list[tuple[str, int]] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, addr = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            hits.append(addr)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join()
    server.close()


def doctype(root: str, secret: Path, port: int) -> bytes:
    web = f"http://127.0.0.1:{port}"
    return (
        f'<!DOCTYPE {root} SYSTEM "{web}/external.dtd" [\n'
        f'<!ENTITY file SYSTEM "file://{secret}">\n'
        f'<!ENTITY web SYSTEM "{web}/entity">\n'
        f'<!ENTITY % param SYSTEM "{web}/param">\n'
        "%param;\n"
        "]>\n"
    ).encode()


XINCLUDE = b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://SECRET" parse="text"/>'

# A real filing of each XML kind; where to put the DTD, and values that get entity references.
XML_KINDS = {
    "ownership": ("ownership/amd_4_2024-01-17_smith_0000002488-24-000005.xml", "ownershipDocument",
                  [b"ADVANCED MICRO DEVICES INC", b"SMITH DARLA M", b"Chief Accounting Officer"]),
    "xbrl-instance": ("xbrl/waters_8-K_2024-01-08_instance.xml", "xbrl", [b"34 Maple Street", b"Milford"]),
    "inline-xbrl": ("xbrl/blackrock_8-K_2023-02-24_ixbrl.htm", "html", [b"BlackRock Inc.", b"New York"]),
    "schedule13": ("other/aadi-bioscience_SC-13D_2024_bml.xml", "edgarSubmission",
                   [b"Aadi Bioscience, Inc.", b"Braden M Leonard"]),
    "form13f": ("other/lts-one_13F-HR_2023_0001894188-23-000007.txt", "informationTable",
                [b"AMAZON COM INC", b"LTS One Management LP"]),
}  # fmt: skip


def poisoned(kind: str, secret: Path, port: int) -> bytes:
    """The real filing with a DTD after each XML declaration and entity references in its values."""
    name, root, values = XML_KINDS[kind]
    data = (CORPUS / name).read_bytes()
    head = doctype(root, secret, port)
    count = 0
    start = 0
    while (i := data.find(b"<?xml", start)) >= 0:
        end = data.index(b"?>", i) + 2
        data = data[:end] + b"\n" + head + data[end:]
        start = end + len(head)
        count += 1
    assert count, kind
    for value in values:
        assert value in data, (kind, value)
        poison = value[:3] + b"&file;&web;" + XINCLUDE.replace(b"SECRET", str(secret).encode()) + value[3:]
        data = data.replace(value, poison, 1)
    return data


def test_the_payload_would_leak_through_a_careless_parser(secret_file: Path) -> None:
    """The control: a parser that resolves entities does read the secret, so the tests below can fail."""
    data = poisoned("ownership", secret_file, 9)
    careless = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=True, recover=True)
    assert SECRET in etree.tostring(etree.fromstring(data, careless)).decode()


@pytest.mark.parametrize("kind", XML_KINDS)
def test_xxe_reads_no_file_and_opens_no_socket(
    kind: str, tmp_path: Path, secret_file: Path, listener
) -> None:
    port, hits = listener
    path = tmp_path / ("filing.txt" if kind == "form13f" else f"filing{Path(XML_KINDS[kind][0]).suffix}")
    path.write_bytes(poisoned(kind, secret_file, port))

    # through the reader: the DTD is reported where it is, nothing is fetched
    items = list(iter_documents([path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert docs and all(SECRET not in d.text and SECRET not in d.view.text for d in docs)
    warnings = [i for i in items if isinstance(i, Problem) and i.severity == "warning"]
    assert warnings and all(p.source == str(path) for p in warnings), reasons(warnings)
    assert all("line 2: the document type declaration declares entities" in p.reason for p in warnings)

    # through each extractor directly: facts, and the errors it may raise, never hold the secret
    accepted = 0
    for name in registry.available():
        extractor = registry.get(name)
        for doc in docs:
            if extractor.accepts(doc):
                accepted += 1
                try:
                    facts = list(extractor.extract(doc))
                except ValueError as exc:
                    facts = [str(exc)]
                assert facts, (name, doc.id)
                assert SECRET not in repr(facts)
    assert accepted

    # through the whole build: the graph and the report
    out = tmp_path / "out.nq"
    store, report = build([path], out, validate=False)
    assert SECRET not in out.read_text(encoding="utf-8")
    assert SECRET not in reasons(report.problems)
    assert report.documents == len(docs) and report.failed == []
    clean_store, clean = build([CORPUS / XML_KINDS[kind][0]], validate=False)
    assert report.triples >= clean.triples > 0  # the DTD costs no output
    time.sleep(0.3)  # a connection, had one been made, is recorded by now
    assert hits == []
    with socket.create_connection(("127.0.0.1", port)):  # the control: the listener does record
        pass
    for _ in range(50):
        if hits:
            break
        time.sleep(0.02)
    assert len(hits) == 1


def test_values_holding_entity_references_keep_the_rest_of_their_text(secret_file: Path, tmp_path) -> None:
    path = tmp_path / "form4.xml"
    path.write_bytes(poisoned("ownership", secret_file, 9))
    store, report = build([path], validate=False)
    names = {str(r[0].value) for r in store.query(
        "SELECT ?n WHERE { GRAPH ?g { ?x a <https://w3id.org/edgarkg/ontology#Company> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?n } }")}  # fmt: skip
    # "ADV" + entity references (dropped, not expanded) + "ANCED MICRO DEVICES INC"
    assert any(n.startswith("ADV") and n.endswith("ANCED MICRO DEVICES INC") for n in names), names


@pytest.mark.parametrize(
    "kind",
    [
        "xbrl-instance",
        "ownership",
    ],
)
def test_character_references_to_forbidden_code_points(kind: str) -> None:
    """&#xD800; (a lone surrogate) and friends: the value loses a character, the document nothing."""
    name, _, values = XML_KINDS[kind]
    data = (CORPUS / name).read_bytes()
    refs = b"&#xD800;&#55296;&#0;&#x110000;&#xFFFE;"
    (doc,) = iter_documents([CORPUS / name])
    poisoned = dataclasses.replace(doc, data=data.replace(values[0], values[0][:3] + refs + values[0][3:], 1))
    extractor = registry.get("xbrl" if kind == "xbrl-instance" else kind)
    clean, dirty = list(extractor.extract(doc)), list(extractor.extract(poisoned))
    assert len(dirty) == len(clean)


def test_the_safe_parser_keeps_its_safety() -> None:
    assert etree.fromstring(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', safe_xml_parser()).text is None
    with pytest.raises(ValueError, match="resolve_entities"):
        safe_xml_parser(resolve_entities=True)
    assert clean_char_refs(b"<a>&#xD800;&#x41;&#10;&#0;</a>") == b"<a>&#xFFFD;&#x41;&#10;&#xFFFD;</a>"


def test_stray_bytes_are_mended_before_parsing() -> None:
    # NUL dropped, other controls to spaces, a cp1252 quote and a lone byte read as cp1252,
    # valid UTF-8 ("é") kept, a forbidden reference replaced
    raw = b"<a>A\x00B\x0cC \x93q\x94 \xc3\xa9 \xc3( &#1;</a>"
    mended = repair_xml_bytes(raw)
    assert mended == "<a>AB C \u201cq\u201d \u00e9 \u00c3( &#xFFFD;</a>".encode()
    assert etree.fromstring(mended, safe_xml_parser()).text == "AB C \u201cq\u201d \u00e9 \u00c3( \ufffd"
    latin1 = '<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00e9</a>'.encode("latin-1")
    assert repair_xml_bytes(latin1) == latin1  # declared otherwise: its bytes are its own
    wide = "<a>\u00e9</a>".encode("utf-16")
    assert repair_xml_bytes(wide) == wide


# --- entity bombs -----------------------------------------------------------------------------


def laughs(levels: int = 10, width: int = 10) -> bytes:
    decls = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * width}">' for i in range(1, levels)
    ]
    return ("<!DOCTYPE ownershipDocument [\n" + "\n".join(decls) + "\n]>\n").encode()


def bomb_ownership(dtd: bytes, ref: bytes) -> bytes:
    data = (CORPUS / "ownership/amd_4_2024-01-17_smith_0000002488-24-000005.xml").read_bytes()
    data = data.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0"?>\n' + dtd, 1)
    return data.replace(b"SMITH DARLA M", b"SMITH " + ref + b" DARLA M", 1)


BIG = "A" * 100_000
BOMBS = {
    # 10^9 "lol"s (3 GB) if expanded
    "billion-laughs": bomb_ownership(laughs(), b"&lol9;"),
    # one 100 kB entity referenced 20,000 times: 2 GB if expanded
    "quadratic-blowup": bomb_ownership(
        f'<!DOCTYPE ownershipDocument [<!ENTITY a "{BIG}">]>\n'.encode(), b"&a;" * 20_000
    ),
    # parameter entities that would expand into the DTD itself
    "parameter-entity-bomb": bomb_ownership(
        b"<!DOCTYPE ownershipDocument [<!ENTITY % p0 \"<!ENTITY x 'xxxxxxxxxx'>\">"
        + b"".join(f'<!ENTITY % p{i} "%p{i - 1};%p{i - 1};">'.encode() for i in range(1, 30))
        + b"%p29;]>\n",
        b"&x;",
    ),
    # the same laughs in an XBRL instance and in an HTML page (not XML: never expanded)
    "billion-laughs-xbrl": (CORPUS / "xbrl/waters_8-K_2024-01-08_instance.xml")
    .read_bytes()
    .replace(b'<?xml version="1.0" encoding="utf-8"?>', b'<?xml version="1.0"?>\n' + laughs(), 1)
    .replace(b"34 Maple Street", b"34 &lol9; Maple Street", 1),
    "billion-laughs-html": laughs().replace(b"ownershipDocument", b"html")
    + b"<html><body><p>Acme Inc. &lol9; &lol8;</p></body></html>",
}


@pytest.mark.parametrize("kind", BOMBS)
def test_entity_bombs_do_not_expand(kind: str, tmp_path: Path) -> None:
    path = tmp_path / ("bomb.htm" if kind.endswith("html") else "bomb.xml")
    path.write_bytes(BOMBS[kind])
    out = bounded([path], memory_mb=1500, seconds=120)
    assert out["documents"] == 1
    assert out["longest"] < len(BOMBS[kind])  # nothing longer than the input came out
    assert out["seconds"] < 30, out
    if not kind.endswith("html"):
        (warning,) = [p for p in out["problems"] if p.severity == "warning"]
        assert warning.source == str(path) and warning.reason.startswith("line 2: "), reasons(out["problems"])


# --- nesting ----------------------------------------------------------------------------------


def test_deeply_nested_xml_is_a_located_error(tmp_path: Path) -> None:
    data = (CORPUS / "ownership/amd_4_2024-01-17_smith_0000002488-24-000005.xml").read_bytes()
    path = tmp_path / "deep.xml"
    path.write_bytes(data.replace(b"<issuer>", b"<a>" * 100_000 + b"</a>" * 100_000 + b"<issuer>", 1))
    out = bounded([path], memory_mb=1500, seconds=120)
    (error,) = [p for p in out["problems"] if p.severity == "error"]
    assert error.stage == "extract:ownership" and error.source.startswith(str(path))
    assert "line 1" in error.reason and "depth" in error.reason.lower()
    assert out["seconds"] < 30


@pytest.mark.parametrize("tags", [("<div>", "</div>"), ("<table><tr><td>", "</td></tr></table>"),
                                  ("<b><i><font>", ""), ("<pre>", "")])  # fmt: skip
def test_deeply_nested_html_is_read(tags: tuple[str, str], tmp_path: Path) -> None:
    opening, closing = tags
    page = (
        f"<html><body><p>ACME HOLDINGS INC.</p>{opening * 200_000}deep text{closing * 200_000}</body></html>"
    )
    path = tmp_path / "deep.htm"
    path.write_text(page)
    (doc,) = iter_documents([path])
    assert doc.media_type == "text/html"
    text = doc.view.text
    assert text.startswith("ACME HOLDINGS INC.") and "deep text" in text
    start = text.index("deep text")
    a, b = doc.view.source_span(start, start + len("deep text"))
    assert doc.text[a:b] == "deep text"
    out = bounded([path], memory_mb=1500, seconds=120)
    assert out["documents"] == 1 and not [p for p in out["problems"] if p.severity == "error"]
    assert out["seconds"] < 60


def test_archives_nested_deeper_than_the_limit_are_skipped(tmp_path: Path) -> None:
    data = (CORPUS / "ex21/ford-motor_10-K_1994-03-21_EX-21_0000037996-94-000005.txt").read_bytes()
    name = "ex21.txt"
    for level in range(1, 6):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(name, data)
        data, name = buffer.getvalue(), f"level{level}.zip"
    path = tmp_path / name
    path.write_bytes(data)
    out = bounded([path], memory_mb=1500, seconds=120)
    assert out["documents"] == 0
    (skipped,) = out["problems"]
    assert skipped.severity == "skipped" and "nested deeper than 3" in skipped.reason
    assert skipped.source == f"{path}!level4.zip!level3.zip!level2.zip"


# --- size -------------------------------------------------------------------------------------


# Left out of the 100 MB test only to keep the suite short: they read a line of PROSE at about
# 1.2 and 1.7 s of CPU per MB (linear: the test below checks it), so 100 MB would add minutes.
SLOW_FOR_100_MB = {"text-orgs", "text-metrics"}
# One line of a report: defined terms, names, a table row, entities (the 100 MB test repeats it).
PROSE = (
    b"<p>Acme Holdings Inc. (the &quot;Company&quot;) &amp; its subsidiary Acme Ltd.</p>"
    b"<table><tr><td>Name of registrant</td><td>Delaware</td><td>12,345</td></tr></table> "
)


def _accepted_document(extractor) -> Document:
    for path in sorted(CORPUS.rglob("*")):
        for item in iter_documents([path]):
            if isinstance(item, Document) and extractor.accepts(item):
                return item
    raise AssertionError(f"no corpus document for {extractor.name}")


def _stretched(doc: Document, size: int, filler: bytes | None) -> Document:
    """`doc` with its longest text node replaced by one line of `size` bytes: that node's own text
    repeated, or `filler` repeated."""
    text = max(re.findall(rb">([^<>]{20,})<", doc.data) or [doc.data], key=len)
    line = filler or re.sub(rb"[\r\n]+", b" ", text) + b" "
    return dataclasses.replace(doc, data=doc.data.replace(text, line * (size // len(line)), 1))


class _TooSlow(Exception):
    pass


def _cpu(extractor, doc: Document, budget: float) -> float:
    """CPU seconds `extractor` takes on `doc`; infinity past `budget` (the run is cut short)."""

    def alarm(signum: int, frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, budget)
    started = time.process_time()
    try:
        assert extractor.accepts(doc)
        with contextlib.suppress(ValueError):
            list(extractor.extract(doc))
    except _TooSlow:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - started


@pytest.mark.parametrize("filler", ["own-text", "prose"])
@pytest.mark.parametrize("name", registry.available())
def test_extractor_time_grows_linearly_with_a_long_line(name: str, filler: str) -> None:
    extractor = registry.get(name)
    doc = _accepted_document(extractor)
    page = Document("page.htm", b"<html><body>" + PROSE + b"</body></html>", "page", media_type="text/html")
    if filler == "prose" and extractor.accepts(page):
        doc = page  # a plain page of prose, rather than prose inside some other kind of document
    line = PROSE if filler == "prose" else None
    small = _cpu(extractor, _stretched(doc, 250_000, line), budget=30)
    assert small < 30
    bound = 6 * small + 1.0  # 4 times the input: linear is 4 times the time
    assert _cpu(extractor, _stretched(doc, 1_000_000, line), budget=bound) < bound, small


def test_100_mb_single_line_document_in_bounded_time_and_memory(tmp_path: Path) -> None:
    unit = PROSE.decode()
    path = tmp_path / "huge.htm"
    with path.open("w") as f:
        for _ in range(100_000_000 // len(unit)):
            f.write(unit)
    assert path.stat().st_size > 99_000_000 and b"\n" not in path.read_bytes()[:1_000_000]
    linear = [name for name in registry.available() if name not in SLOW_FOR_100_MB]
    out = bounded([path], memory_mb=3000, seconds=600, extractors=linear)
    assert out["documents"] == 1 and not [p for p in out["problems"] if p.severity == "error"]
    assert out["peak_mb"] < 2000, out


def test_document_size_limit_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"FORM 8-K " * 300_000)
    started = time.monotonic()
    (problem,) = iter_documents([path], max_bytes=1_000_000)
    assert time.monotonic() - started < 1
    assert problem.source == str(path) and problem.severity == "error"
    assert "larger than max_bytes (1,000,000)" in problem.reason


# --- encodings, NUL bytes, blobs --------------------------------------------------------------

FOOD = CORPUS / "submission/food-concepts_8-K_1998-02-03_0000703901-98-000003.txt"


def company(store, cik: str) -> set[str]:
    query = (
        "SELECT ?n WHERE { GRAPH ?g { ?x <https://w3id.org/edgarkg/ontology#cik> "
        f'"{cik}" ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }} }}'
    )
    return {str(r[0].value) for r in store.query(query)}


def test_nul_bytes_inside_a_submission_are_dropped(tmp_path: Path) -> None:
    data = FOOD.read_bytes()
    data = data.replace(b"0000703901\n", b"00007\x0003901\n").replace(b"FOOD CONCEPTS", b"FOOD\x00 CONCEPTS")
    path = tmp_path / "nul.txt"
    path.write_bytes(data)
    store, report = build([path], validate=False)
    assert report.failed == [] and report.documents == 2
    assert company(store, "0000703901") == {"FOOD CONCEPTS INC"}


def test_a_document_of_nul_bytes_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    data = FOOD.read_bytes()
    blob = b"<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>2\n<TEXT>\n" + bytes(50_000) + b"\n</TEXT>\n</DOCUMENT>\n"
    data = data.replace(b"</SEC-DOCUMENT>", blob + b"</SEC-DOCUMENT>")
    path = tmp_path / "nul.txt"
    path.write_bytes(data)
    items = list(iter_documents([path]))
    assert [i.doc_type for i in items if isinstance(i, Document)] == ["SEC-HEADER", "8-K"]
    assert [(p.source, p.reason) for p in items if isinstance(p, Problem)] == [
        (str(path), "skipped binary data (EX-99, sequence 2): not a text document")
    ]
    store, report = build([path], validate=False)
    assert company(store, "0000703901") == {"FOOD CONCEPTS INC"} and report.failed == []


def mixed_submission() -> bytes:
    """One submission, four documents, four encodings (each document is decoded on its own)."""
    header = FOOD.read_bytes().split(b"<DOCUMENT>")[0]

    def doc(seq: int, body: bytes) -> bytes:
        return (
            f"<DOCUMENT>\n<TYPE>EX-99.{seq}\n<SEQUENCE>{seq}\n<TEXT>\n".encode()
            + body
            + b"\n</TEXT>\n</DOCUMENT>\n"
        )

    return (
        header
        + doc(1, "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u2014 na\u00efve caf\u00e9".encode())
        + doc(2, "\u201cQuoted\u201d \u2013 dash".encode("cp1252"))
        + doc(3, "\ufeffUTF-16 text: \u00e9t\u00e9".encode("utf-16-le"))
        + doc(4, b"invalid UTF-8: \xc3\x28 \xff and a \x93quote\x94")
        + b"</SEC-DOCUMENT>\n"
    )


def test_mixed_encodings_and_invalid_utf8_in_one_submission(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(mixed_submission())
    docs = [i for i in iter_documents([path]) if isinstance(i, Document)]
    texts = [d.text for d in docs[1:]]
    assert texts[0] == "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u2014 na\u00efve caf\u00e9"
    assert texts[1] == "\u201cQuoted\u201d \u2013 dash"
    assert texts[2] == "UTF-16 text: \u00e9t\u00e9"
    assert texts[3] == "invalid UTF-8: \u00c3( \u00ff and a \u201cquote\u201d"
    store, report = build([path], validate=False)
    assert company(store, "0000703901") == {"FOOD CONCEPTS INC"} and report.failed == []


@pytest.mark.parametrize("junk", [b"\xc3\x28\x93\xff", b"\x00\x0c\x01"], ids=["invalid-utf8", "controls"])
@pytest.mark.parametrize("kind", ["ownership", "xbrl-instance", "schedule13", "form13f"])
def test_stray_bytes_inside_xml_lose_nothing_else(kind: str, junk: bytes, tmp_path: Path) -> None:
    """Invalid UTF-8 and control characters are fatal XML errors: a parser that stops there loses
    the rest of the document. They cost no fact, and the value keeps its text on both sides."""
    name, _, values = XML_KINDS[kind]
    value = values[0]
    path = tmp_path / Path(name).name
    path.write_bytes((CORPUS / name).read_bytes().replace(value, value[:3] + junk + value[3:], 1))
    store, report = build([path], validate=False)
    clean_store, clean = build([CORPUS / name], validate=False)
    assert report.problems == clean.problems == []
    assert report.triples == clean.triples > 0
    head, tail = value[:3].decode().strip(), value[3:].decode()
    assert any(
        isinstance(q.object, ox.Literal) and q.object.value.startswith(head) and q.object.value.endswith(tail)
        for q in store
    )  # fmt: skip


def test_uuencoded_and_base64_blobs_are_skipped_with_their_names(tmp_path: Path) -> None:
    line = b"M" + b"86)C" * 15 + b"\n"
    uu = b"begin 644 chart.jpg\n" + line * 300_000 + b"`\nend\n"  # 18 MB
    pdf = b"<PDF>\n" + b"JVBERi0xLjQKJcfsj6IK" * 200_000 + b"\n</PDF>\n"
    blobs = b"".join(
        f"<DOCUMENT>\n<TYPE>{kind}\n<SEQUENCE>{seq}\n<FILENAME>{name}\n<TEXT>\n".encode()
        + body
        + b"</TEXT>\n</DOCUMENT>\n"
        for kind, seq, name, body in [
            ("GRAPHIC", 2, "chart.jpg", uu),
            ("EX-99", 3, "report.pdf", pdf),
            ("EX-99.2", 4, "x.txt", uu.replace(b"chart.jpg", b"data.bin")),
        ]
    )
    path = tmp_path / "blobs.txt"
    path.write_bytes(FOOD.read_bytes().replace(b"</SEC-DOCUMENT>", blobs + b"</SEC-DOCUMENT>"))
    out = bounded([path], memory_mb=2000, seconds=300)
    assert out["documents"] == 2  # the header and the 8-K
    skipped = sorted(p.reason for p in out["problems"])
    assert skipped == [
        "skipped base64 PDF 'report.pdf' (EX-99, sequence 3)",
        "skipped uuencoded binary 'chart.jpg' (GRAPHIC, sequence 2)",
        "skipped uuencoded binary 'data.bin' (EX-99.2, sequence 4)",
    ]
    assert all(p.source == str(path) and p.severity == "skipped" for p in out["problems"])
    assert out["seconds"] < 60


# --- archives: traversal, links, devices, bombs -----------------------------------------------

OK_MEMBER = (CORPUS / "ownership/amd_4_2024-01-17_smith_0000002488-24-000005.xml").read_bytes()


def test_zip_traversal_and_links_are_refused(tmp_path: Path, secret_file: Path) -> None:
    unsafe = ["../evil.txt", "/tmp/evil.txt", "..\\evil.txt", "C:\\evil.txt", "a/../../evil.txt"]
    path = tmp_path / "in" / "filings.zip"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("form4.xml", OK_MEMBER)
        for name in unsafe:
            zf.writestr(name, b"FORM 8-K evil")
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, str(secret_file))
        fifo = zipfile.ZipInfo("fifo.txt")
        fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
        zf.writestr(fifo, b"x")
    before = set(tmp_path.rglob("*"))
    out_file = tmp_path / "out.nq"
    store, report = build([path], out_file, validate=False)
    assert report.documents == 1
    refused = {p.source.rsplit("!", 1)[1]: p.reason for p in report.problems}
    assert set(refused) == {*unsafe, "link.txt", "fifo.txt"}, reasons(report.problems)
    assert all(p.source.startswith(f"{path}!") and p.severity == "error" for p in report.problems)
    assert refused["../evil.txt"] == "refused archive member: '..' in the path"
    assert refused["/tmp/evil.txt"] == "refused archive member: absolute path"
    assert refused["link.txt"] == "refused archive member: symbolic link or device"
    assert set(tmp_path.rglob("*")) == before | {out_file}  # nothing extracted anywhere
    assert not Path("/tmp/evil.txt").exists() and SECRET not in out_file.read_text()


def test_tar_traversal_links_and_devices_are_refused(tmp_path: Path, secret_file: Path) -> None:
    path = tmp_path / "filings.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        info = tarfile.TarInfo("form4.xml")
        info.size = len(OK_MEMBER)
        tf.addfile(info, io.BytesIO(OK_MEMBER))
        for name in ("../evil.txt", "/etc/evil.txt"):
            info = tarfile.TarInfo(name)
            info.size = 4
            tf.addfile(info, io.BytesIO(b"evil"))
        for name, kind in (("sym", tarfile.SYMTYPE), ("hard", tarfile.LNKTYPE)):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, str(secret_file)
            tf.addfile(info)
        for name, kind in (("zero", tarfile.CHRTYPE), ("fifo", tarfile.FIFOTYPE)):
            info = tarfile.TarInfo(name)
            info.type, info.devmajor, info.devminor = kind, 1, 5
            tf.addfile(info)
    out_file = tmp_path / "out.nq"
    store, report = build([path], out_file, validate=False)
    assert report.documents == 1
    refused = {p.source.rsplit("!", 1)[1]: p.reason.removeprefix("refused archive member: ")
               for p in report.problems}  # fmt: skip
    assert refused == {
        "../evil.txt": "'..' in the path",
        "/etc/evil.txt": "absolute path",
        "sym": "symbolic or hard link",
        "hard": "symbolic or hard link",
        "zero": "device or special file",
        "fifo": "device or special file",
    }
    assert SECRET not in out_file.read_text() and not Path("/etc/evil.txt").exists()


@pytest.mark.parametrize("mode", ["read", "build"])
def test_directory_links_outside_fifos_and_devices_are_not_read(
    mode: str, tmp_path: Path, secret_file: Path
) -> None:
    root = tmp_path / "filings"
    root.mkdir()
    (root / "form4.xml").write_bytes(OK_MEMBER)
    (root / "inside.xml").symlink_to(root / "form4.xml")  # stays inside: read
    (root / "secret.txt").symlink_to(secret_file)
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(root / "pipe.txt")  # opening it would block for ever
    out = bounded([root], memory_mb=1500, seconds=120, mode=mode)
    assert out["documents"] == 2
    by_name = {Path(p.source).name: p.reason for p in out["problems"]}
    assert by_name == {
        "passwd.txt": "symbolic link to outside the directory: not followed",
        "secret.txt": "symbolic link to outside the directory: not followed",
        "zero.txt": "symbolic link to outside the directory: not followed",
        "pipe.txt": "not a regular file (device, socket or pipe)",
    }


def zeros_zip(path: Path, members: list[tuple[str, int]]) -> Path:
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, size in members:
            with zf.open(name, "w", force_zip64=True) as f:
                for _ in range(size >> 20):
                    f.write(chunk)
    return path


def test_zip_bomb(tmp_path: Path) -> None:
    path = zeros_zip(tmp_path / "bomb.zip", [("a.txt", 2000 << 20), ("b.txt", 150 << 20)])
    assert path.stat().st_size < 3_000_000  # 2.1 GB inside
    out = bounded([path], memory_mb=1500, seconds=300)
    assert out["documents"] == 0
    assert [(p.source, p.reason) for p in out["problems"]] == [
        (f"{path}!a.txt", "refused archive member: larger than max_bytes (200,000,000 bytes)"),
        (f"{path}!b.txt", "refused archive member: expansion ratio above 200"),
    ]
    assert out["peak_mb"] < 1000 and out["seconds"] < 120


def test_nested_zip_bomb(tmp_path: Path) -> None:
    inner = zeros_zip(tmp_path / "inner.zip", [("zeros.txt", 100 << 20)]).read_bytes()
    middle = io.BytesIO()
    with zipfile.ZipFile(middle, "w", zipfile.ZIP_STORED) as zf:
        for i in range(10):
            zf.writestr(f"inner{i}.zip", inner)
    path = tmp_path / "outer.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(10):
            zf.writestr(f"middle{i}.zip", middle.getvalue())
    out = bounded([path], memory_mb=1500, seconds=300)  # 10 GB inside
    assert out["documents"] == 0
    assert len(out["problems"]) == 100
    assert all(p.reason == "refused archive member: expansion ratio above 200" for p in out["problems"])
    assert out["problems"][0].source == f"{path}!middle0.zip!inner0.zip!zeros.txt"
    assert out["peak_mb"] < 1000 and out["seconds"] < 120


def test_overlapping_zip_bomb_stops_at_the_archive_budget(tmp_path: Path) -> None:
    """1,000 directory entries all pointing at one 10 MB member: 10 GB from a 10 kB file."""
    member = bytes(10 << 20)
    one = io.BytesIO()
    with zipfile.ZipFile(one, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", member)
    data = one.getvalue()
    cd_at = data.index(b"PK\x01\x02")
    entry = data[cd_at : data.index(b"PK\x05\x06")]
    count = 1000
    central = entry * count
    end = data[data.index(b"PK\x05\x06") :]
    end = end[:8] + count.to_bytes(2, "little") * 2 + len(central).to_bytes(4, "little") + end[16:]
    path = tmp_path / "overlap.zip"
    path.write_bytes(data[:cd_at] + central + end)
    assert len(zipfile.ZipFile(path).infolist()) == count and path.stat().st_size < 200_000
    out = bounded([path], memory_mb=1500, seconds=300)
    assert out["documents"] == 0
    last = out["problems"][-1]
    assert last.reason == "refused archive member: archive expands beyond 1,000,000,000 bytes"
    assert len(out["problems"]) <= 101  # 10 MB each: the budget ends it after 100
    assert out["peak_mb"] < 1000 and out["seconds"] < 120


class _Zeros(io.RawIOBase):
    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = min(len(b), self.left)
        b[:n] = bytes(n)
        self.left -= n
        return n


def test_tar_and_gzip_bombs(tmp_path: Path) -> None:
    tar = tmp_path / "bomb.tar.gz"
    with tarfile.open(tar, "w:gz", compresslevel=9) as tf:
        for i in range(3):
            info = tarfile.TarInfo(f"zeros{i}.txt")
            info.size = 150 << 20
            tf.addfile(info, io.BufferedReader(_Zeros(info.size)))
    gz = tmp_path / "bomb.txt.gz"
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    with gz.open("wb") as f:
        for _ in range(150):
            f.write(compressor.compress(bytes(1 << 20)))
        f.write(compressor.flush())
    out = bounded([tar, gz], memory_mb=1500, seconds=300)  # 600 MB inside
    assert out["documents"] == 0
    assert [(p.source, p.reason) for p in out["problems"]] == [
        (str(tar), "reading stopped: expansion ratio above 200"),
        (str(gz), "refused compressed file: expansion ratio above 200"),
    ]
    assert out["peak_mb"] < 1000 and out["seconds"] < 120
