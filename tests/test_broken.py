"""Broken inputs: partial, correct output where the rest is sound, and a located warning.

Each test breaks a real filing the way EDGAR data breaks (cut short, a tag missing, a field
garbled) and checks, against values read by hand from the intact file, that what survives is
right, that nothing wrong is made up from the broken part, and that the break is reported with
where it is.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS

from edgarkg import registry
from edgarkg.extractors.xbrl import XbrlExtractor, xbrl_problems
from edgarkg.model import Document, FilingInfo, Observation, Organization, OrgRef, Person, PersonRef, Problem
from edgarkg.pipeline import build, extract
from edgarkg.registry import MAX_WARNINGS
from edgarkg.sources import iter_documents

FOOD = CORPUS / "submission/food-concepts_8-K_1998-02-03_0000703901-98-000003.txt"
FORM4 = CORPUS / "ownership/amd_4_2024-01-17_smith_0000002488-24-000005.xml"
NETFLIX = CORPUS / "xbrl/netflix_10-Q_2010-09-30_instance.xml"


def read(path: Path) -> tuple[list[Document], list[Problem]]:
    items = list(iter_documents([path]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)]


def header_facts(doc: Document) -> tuple[FilingInfo | None, list[Organization]]:
    facts = list(registry.get("sec-header").extract(doc))
    infos = [f for f in facts if isinstance(f, FilingInfo)]
    return (infos[0] if infos else None), [f for f in facts if isinstance(f, Organization)]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- truncated submissions ----------------------------------------------------------------------


def test_submission_cut_inside_the_header_keeps_whole_lines_only(tmp_path: Path) -> None:
    data = FOOD.read_bytes()
    cut = data.index(b"CENTRAL INDEX KEY:\t\t\t0000703901") + len(b"CENTRAL INDEX KEY:\t\t\t00007")
    path = write(tmp_path, "cut.txt", data[:cut])
    (header,), problems = read(path)
    assert [(p.source, p.severity, p.reason) for p in problems] == [
        (
            str(path),
            "warning",
            "the header has no </SEC-HEADER>: submission truncated, kept to its last full line",
        )
    ]
    info, (org,) = header_facts(header)
    assert info is not None
    assert (info.accession_number, info.form_type) == ("0000703901-98-000003", "8-K")
    assert (info.filing_date, info.period_of_report) == (date(1998, 2, 3), date(1997, 12, 16))
    # the CIK line was cut to "00007": no CIK at all rather than the wrong one (0000000007)
    assert org.ref == OrgRef(name="FOOD CONCEPTS INC") and org.role == "filer"


def test_submission_cut_inside_a_document_keeps_the_header_whole(tmp_path: Path) -> None:
    data = FOOD.read_bytes()
    cut = data.index(b"Bishop Management, Inc. has acquired") + len(b"Bishop Manag")
    path = write(tmp_path, "cut.txt", data[:cut])
    (header, report), problems = read(path)
    assert [(p.source, p.severity, p.reason) for p in problems] == [
        (
            str(path),
            "warning",
            "<DOCUMENT> (8-K, sequence 1) has no </DOCUMENT>: submission truncated, "
            "content kept to its last complete line or tag",
        )
    ]
    info, (org,) = header_facts(header)
    assert info is not None and info.filing_date == date(1998, 2, 3)
    assert org.ref == OrgRef(name="FOOD CONCEPTS INC", cik="0000703901")
    assert (org.sic, org.irs_number, org.state_of_incorporation, org.fiscal_year_end) == (
        "5141",
        "133124057",
        "NV",
        "0630",
    )
    assert [n for n, _ in org.former_names] == ["SAVON COFFEE INC", "GRANITE LTD"]
    assert report.text.rstrip().endswith(
        "Jersey City, New Jersey-- Food Concepts, Inc., (OTC BB: JAVA), announces that"
    )
    assert "Bishop" not in report.text  # the cut line is left out, not half kept


def test_document_without_end_tag_ends_where_the_next_begins(tmp_path: Path) -> None:
    path = CORPUS / "text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"
    data = path.read_bytes()
    first_end = data.index(b"</DOCUMENT>")
    broken = write(tmp_path, "southern.txt", data[:first_end] + data[first_end + len(b"</DOCUMENT>") :])
    docs, problems = read(broken)
    intact, _ = read(path)
    assert [(d.doc_type, d.sequence) for d in docs] == [(d.doc_type, d.sequence) for d in intact]
    assert [d.data for d in docs[2:]] == [d.data for d in intact[2:]]  # the others are untouched
    assert docs[1].text.rstrip() == intact[1].text.rstrip()
    (problem,) = problems
    assert problem.source == str(broken) and problem.severity == "warning"
    assert (
        problem.reason
        == "<DOCUMENT> (8-K, sequence 1) has no </DOCUMENT>: submission truncated, content kept to the end"
    )


def test_header_without_end_tag_followed_by_documents(tmp_path: Path) -> None:
    path = write(tmp_path, "food.txt", FOOD.read_bytes().replace(b"</SEC-HEADER>\n", b"", 1))
    (header, report), problems = read(path)
    (problem,) = problems
    assert problem.reason == "the header has no </SEC-HEADER>: header read up to the first <DOCUMENT>"
    _, (org,) = header_facts(header)
    assert org.ref == OrgRef(name="FOOD CONCEPTS INC", cik="0000703901")
    assert [a.city for a in org.addresses] == ["COCONUT CREEK", "COCONUT CREEK"]


# --- garbled and missing header fields ----------------------------------------------------------


# (header statement, garbled, the warning it gets)
GARBLED = [
    ("CENTRAL INDEX KEY:\t\t\t", "0000703901", "00007O3901", "is not a CIK"),
    ("FILED AS OF DATE:\t\t", "19980203", "19981341", "is not a date"),
    ("CONFORMED PERIOD OF REPORT:\t", "19971216", "19970231", "is not a date"),
    ("IRS NUMBER:\t\t\t\t", "133124057", "13312405X", "is not an IRS number"),
    ("FISCAL YEAR END:\t\t\t", "0630", "1331", "is not a month and day (MMDD)"),
]


def test_garbled_header_fields_are_left_out_and_reported_where_they_are(tmp_path: Path, caplog) -> None:
    data = FOOD.read_bytes()
    for key, intact, garbled, _ in GARBLED:
        assert (key + intact).encode() in data
        data = data.replace((key + intact).encode(), (key + garbled).encode(), 1)
    (header, _), _ = read(write(tmp_path, "garbled.txt", data))
    with caplog.at_level(logging.WARNING, logger="edgarkg.extractors.sec_header"):
        info, (org,) = header_facts(header)
    # what was garbled is gone, not guessed
    assert info is not None and (info.filing_date, info.period_of_report) == (None, None)
    assert (
        org.ref == OrgRef(name="FOOD CONCEPTS INC") and org.irs_number is None and org.fiscal_year_end is None
    )
    # the rest is intact
    assert (info.accession_number, info.form_type) == ("0000703901-98-000003", "8-K")
    assert (org.sic, org.sic_description, org.state_of_incorporation) == (
        "5141",
        "WHOLESALE-GROCERIES & GENERAL LINE",
        "NV",
    )
    assert [(a.kind, a.street1, a.postal_code) for a in org.addresses] == [
        ("business", "6601 LYONS ROAD SUITE C-11", "33073"),
        ("mail", "6601 LYONS RD", "33073"),
    ]
    # one warning per garbled field, in document order, each pointing at its statement
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == len(GARBLED)
    by_order = sorted(GARBLED, key=lambda g: data.index((g[0] + g[2]).encode()))
    for message, (key, _, garbled, why) in zip(messages, by_order, strict=True):
        m = re.fullmatch(rf"{re.escape(header.id)}: char=(\d+),(\d+): (.*); left out", message)
        name = key.split(":")[0]
        assert m and m.group(3) == f"{name} {garbled!r} {why}", message
        assert header.text[int(m.group(1)) : int(m.group(2))].strip() == key + garbled


def test_missing_header_fields(tmp_path: Path) -> None:
    data = FOOD.read_bytes()
    for line in (
        b"CONFORMED SUBMISSION TYPE:\t8-K\n",
        b"\t\tCOMPANY CONFORMED NAME:\t\t\tFOOD CONCEPTS INC\n",
    ):
        assert line in data
        data = data.replace(line, b"", 1)
    (header, _), problems = read(write(tmp_path, "missing.txt", data))
    assert problems == []
    info, (org,) = header_facts(header)
    assert info is not None and info.form_type == "8-K"  # from FORM TYPE in the filer's FILING VALUES
    assert info.accession_number == "0000703901-98-000003"
    assert org.ref == OrgRef(cik="0000703901")  # known by its CIK alone


# --- XBRL with undefined contexts and units ---------------------------------------------------


def test_xbrl_facts_with_undefined_contexts_or_units_are_skipped_with_their_line(tmp_path: Path) -> None:
    lines = NETFLIX.read_bytes().split(b"\n")
    assert b">87471000<" in lines[8] and b">52257495<" in lines[11] and b">55717000<" in lines[9]
    lines[8] = lines[8].replace(
        b'contextRef="eol_PE75377---1010-Q0012_STD_0_20090630_0"', b'contextRef="nowhere"'
    )
    lines[11] = lines[11].replace(b'unitRef="shares"', b'unitRef="no-such-unit"')
    assert lines[4030].strip() == b"<instant>2009-09-30</instant>"  # the context of line 10's fact
    lines[4030] = lines[4030].replace(b"2009-09-30", b"2009-09-31")
    path = write(tmp_path, "netflix.xml", b"\n".join(lines))
    (doc,), problems = read(path)
    assert problems == []
    observations = [f for f in XbrlExtractor().extract(doc) if isinstance(f, Observation)]
    assert len(observations) == 282 - 3
    values = {(o.metric, o.value, o.instant) for o in observations}
    assert ("us-gaap:CashAndCashEquivalentsAtCarryingValue", Decimal(107327000), date(2010, 6, 30)) in values
    assert ("us-gaap:AvailableForSaleSecuritiesCurrent", Decimal(143705000), date(2010, 9, 30)) in values
    assert ("us-gaap:CommonStockSharesOutstanding", Decimal(52257495), date(2010, 9, 30)) in values
    skipped = {
        ("us-gaap:CashAndCashEquivalentsAtCarryingValue", Decimal(87471000)),
        ("dei:EntityCommonStockSharesOutstanding", Decimal(52257495)),
        ("us-gaap:CashAndCashEquivalentsAtCarryingValue", Decimal(55717000)),
    }
    assert not skipped & {(o.metric, o.value) for o in observations}
    reasons = [p.reason for p in xbrl_problems(doc)]
    assert all(p.source == doc.id and p.severity == "warning" for p in xbrl_problems(doc))
    cash, context = (
        "us-gaap:CashAndCashEquivalentsAtCarryingValue",
        "eol_PE75377---1010-Q0012_STD_0_20090930_0",
    )
    assert reasons == [
        f"line 4026: context '{context}': bad period ('2009-09-31' is not a date); its facts are skipped",
        f"line 9: {cash}: context 'nowhere' is not defined; fact skipped",
        f"line 10: {cash}: context '{context}' is not defined; fact skipped",
        "line 12: dei:EntityCommonStockSharesOutstanding: unit 'no-such-unit' is not defined; fact skipped",
    ]


# --- Forms 4 with missing required elements ---------------------------------------------------


def form4_facts(data: bytes) -> list:
    doc = Document(source="form4.xml", data=data, filing_id="x", media_type="application/xml")
    return list(registry.get("ownership").extract(doc))


ISSUER = OrgRef(name="ADVANCED MICRO DEVICES INC", cik="0000002488")
OWNER = PersonRef(name="SMITH DARLA M", cik="0001674334")
# (metric, value) of every amount in the intact form, in order
AMOUNTS = [
    ("ekg:shares-transacted", 472), ("ekg:price-per-share", 0), ("ekg:shares-owned-following", 6076),
    ("ekg:shares-transacted", 189), ("ekg:price-per-share", Decimal("146.56")),
    ("ekg:shares-owned-following", 5887),
    ("ekg:shares-transacted", 472), ("ekg:price-per-share", 0), ("ekg:underlying-shares", 472),
    ("ekg:shares-owned-following", 473),
]  # fmt: skip


def amounts(facts: list) -> list[tuple[str, Decimal]]:
    return [(f.metric, f.value) for f in facts if isinstance(f, Observation)]


@pytest.mark.parametrize(
    ("element", "issuer", "owner", "period"),
    [
        ("issuerCik", OrgRef(name="ADVANCED MICRO DEVICES INC"), OWNER, date(2024, 1, 15)),
        ("rptOwnerCik", ISSUER, PersonRef(name="SMITH DARLA M"), date(2024, 1, 15)),
        ("periodOfReport", ISSUER, OWNER, None),
    ],
)
def test_form4_without_an_identifier_keeps_everything_else(element, issuer, owner, period) -> None:
    data = re.sub(rf"<{element}>[^<]*</{element}>".encode(), b"", FORM4.read_bytes())
    facts = form4_facts(data)
    (info,) = [f for f in facts if isinstance(f, FilingInfo)]
    assert (info.form_type, info.period_of_report) == ("4", period)
    assert [f.ref for f in facts if isinstance(f, Organization)] == [issuer]
    assert [f.ref for f in facts if isinstance(f, Person)] == [owner]
    assert amounts(facts) == AMOUNTS
    assert {(f.subject, f.owner) for f in facts if isinstance(f, Observation)} == {(issuer, owner)}


def test_form4_transaction_without_shares_loses_only_that_amount() -> None:
    data = FORM4.read_bytes()
    shares = re.search(rb"<transactionShares>\s*<value>472</value>\s*</transactionShares>", data)
    assert shares is not None
    facts = form4_facts(data[: shares.start()] + data[shares.end() :])
    assert amounts(facts) == AMOUNTS[1:]


def test_form4_cut_short_keeps_the_transactions_that_closed() -> None:
    data = FORM4.read_bytes()
    facts = form4_facts(data[: data.index(b"146.56") + 3])  # the second transaction's price cut to "146"
    assert amounts(facts) == AMOUNTS[:3]
    assert [f.ref for f in facts if isinstance(f, Organization)] == [ISSUER]


def test_form4_naming_no_issuer_and_no_owner_is_a_located_error(tmp_path: Path) -> None:
    data = re.sub(
        rb"<issuer>.*?</issuer>|<reportingOwner>.*?</reportingOwner>", b"", FORM4.read_bytes(), flags=re.S
    )
    path = write(tmp_path, "form4.xml", data)
    store, report = build([path], validate=False)
    (problem,) = report.failed
    assert (problem.source, problem.stage) == (str(path), "extract:ownership")
    assert "names no issuer and no reporting owner" in problem.reason


# --- warnings in the build report ---------------------------------------------------------------


def test_extractor_warnings_reach_the_build_report(tmp_path: Path) -> None:
    data = FOOD.read_bytes().replace(
        b"CENTRAL INDEX KEY:\t\t\t0000703901", b"CENTRAL INDEX KEY:\t\t\t00007O3901"
    )
    path = write(tmp_path, "garbled.txt", data)
    store, report = build([path], validate=False)
    assert [(p.stage, p.severity) for p in report.problems] == [("extract:sec-header", "warning")]
    (problem,) = report.problems
    assert "CENTRAL INDEX KEY '00007O3901' is not a CIK" in problem.reason
    (header, _), _ = read(path)
    assert problem.source == header.id and problem.source.startswith(str(path))
    m = re.match(r"char=(\d+),(\d+): ", problem.reason)  # located, without the source again
    assert (
        m and header.text[int(m.group(1)) : int(m.group(2))].strip() == "CENTRAL INDEX KEY:\t\t\t00007O3901"
    )
    assert report.failed == []


def test_xbrl_warnings_reach_the_build_report(tmp_path: Path) -> None:
    lines = NETFLIX.read_bytes().split(b"\n")
    lines[11] = lines[11].replace(b'unitRef="shares"', b'unitRef="no-such-unit"')
    path = write(tmp_path, "netflix.xml", b"\n".join(lines))
    store, report = build([path], validate=False)
    assert [(p.source, p.stage, p.severity, p.reason) for p in report.problems] == [
        (
            str(path),
            "extract:xbrl",
            "warning",
            "line 12: dei:EntityCommonStockSharesOutstanding: unit 'no-such-unit' is not defined; "
            "fact skipped",
        )
    ]


def test_form4_with_a_missing_identifier_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "form4.xml", re.sub(rb"<issuerCik>[^<]*</issuerCik>", b"", FORM4.read_bytes()))
    store, report = build([path], validate=False)
    assert [(p.stage, p.severity) for p in report.problems] == [("extract:ownership", "warning")]
    assert (report.problems[0].source, report.problems[0].reason) == (
        str(path),
        "/ownershipDocument/issuer: <issuerCik> missing: the issuer is known by its name only",
    )


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (b"<rptOwnerCik>0001674334", b"<rptOwnerCik>00016743X4",
         "/ownershipDocument/reportingOwner/reportingOwnerId/rptOwnerCik: "
         "rptOwnerCik '00016743X4' is not a CIK; left out"),
        (b"<periodOfReport>2024-01-15", b"<periodOfReport>2024-01-35",
         "/ownershipDocument/periodOfReport: periodOfReport '2024-01-35' is not a date; left out"),
        (b"<rptOwnerName>SMITH DARLA M</rptOwnerName>", b"<rptOwnerName> </rptOwnerName>",
         "/ownershipDocument/reportingOwner/reportingOwnerId: <rptOwnerName> empty: the owner is left out"),
    ],
)  # fmt: skip
def test_form4_garbled_or_empty_fields_are_located(old: bytes, new: bytes, reason: str) -> None:
    data = FORM4.read_bytes()
    assert old in data
    doc = Document(
        source="form4.xml", data=data.replace(old, new, 1), filing_id="x", media_type="application/xml"
    )
    result = extract(doc, [registry.get("ownership")])
    assert [(p.source, p.stage, p.severity, p.reason) for p in result.problems] == [
        ("form4.xml", "extract:ownership", "warning", reason)
    ]
    assert amounts(result.facts) == AMOUNTS  # the rows do not depend on the field


def test_form4_cut_short_is_reported_where_it_was_cut() -> None:
    data = FORM4.read_bytes()
    doc = Document(source="form4.xml", data=data[: data.index(b"146.56") + 3], filing_id="x")
    result = extract(doc, [registry.get("ownership")])
    (problem,) = result.problems
    assert problem.severity == "warning" and problem.stage == "extract:ownership"
    assert problem.reason == (
        "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/"
        "transactionPricePerShare/value: document cut off (no </ownershipDocument>): "
        "the elements left open, down to this one, are left out"
    )


# --- the warnings channel itself: any extractor, one document at a time ------------------------


class _Chatty:
    """A plug-in extractor that logs through its own logger, as a third party's would."""

    name = "chatty"
    version = "0"

    def __init__(self, warnings: int = 1, pause: threading.Event | None = None) -> None:
        self.warnings, self.pause = warnings, pause
        self.log = logging.getLogger("someone_elses_plugin")

    def accepts(self, doc: Document) -> bool:
        return True

    def extract(self, doc: Document):
        for i in range(self.warnings):
            self.log.warning("%s: item %d: odd", doc.id, i)
            if self.pause is not None:
                self.pause.wait(5)
        yield from ()


def _doc(name: str) -> Document:
    return Document(source=name, data=b"x", filing_id=name)


def test_a_plugin_extractor_reports_warnings_like_the_built_ins() -> None:
    result = extract(_doc("a.txt"), [_Chatty()])
    assert result.problems == [Problem("a.txt", "extract:chatty", "item 0: odd", "warning")]


def test_warnings_are_capped_per_document() -> None:
    result = extract(_doc("a.txt"), [_Chatty(warnings=MAX_WARNINGS + 500)])
    assert len(result.problems) == MAX_WARNINGS + 1
    assert result.problems[-1].reason == "500 more warnings left out"


def test_warnings_stay_with_the_document_of_their_thread() -> None:
    """Two documents extracted at once in two threads: each gets its own warnings only."""
    go = threading.Event()
    results: dict[str, list[Problem]] = {}

    def run(name: str) -> None:
        results[name] = extract(_doc(name), [_Chatty(warnings=3, pause=go)]).problems

    threads = [threading.Thread(target=run, args=(n,)) for n in ("a.txt", "b.txt")]
    for t in threads:
        t.start()
    time.sleep(0.2)
    go.set()
    for t in threads:
        t.join()
    for name in ("a.txt", "b.txt"):
        assert [(p.source, p.reason) for p in results[name]] == [(name, f"item {i}: odd") for i in range(3)]
    assert not any(type(h).__name__ == "_Collector" for h in logging.getLogger().handlers)
