"""The combined-filing extractor: registrants of one filing linked under the one stated to be their parent.

The Southern Company 8-K of 2005-01-25 (seven registrants) is read whole; the rules are also
checked one by one on small submissions whose sentences are copied from that 8-K's press release.
"""

from __future__ import annotations

from conftest import CORPUS

from edgarkg.extractors.combined_filing import CombinedFilingExtractor, _split_list, name_base
from edgarkg.model import Document, Subsidiary
from edgarkg.sources.containers import split_submission

SOUTHERN_8K = CORPUS / "text-press" / "southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"
# Read by hand: the registrants of the 8-K, and the CIKs its header gives them.
SOUTHERN = "0000092122"
OPERATING = {"0000003153", "0000041091", "0000044545", "0000066904", "0000086940", "0001160661"}
OPERATING_NAMES = {
    "Alabama Power Company", "Georgia Power Company", "Gulf Power Company", "Mississippi Power Company",
    "Savannah Electric and Power Company", "Southern Power Company",
}  # fmt: skip
# The 8-K's own sentence, as its cover writes it.
STATEMENT = (
    "This combined Form 8-K is furnished separately by seven registrants: The\n"
    "Southern Company, Alabama Power Company, Georgia Power Company, Gulf Power\n"
    "Company, Mississippi Power Company, Savannah Electric and Power Company and\n"
    "Southern Power Company. Information contained herein relating to each registrant\n"
    "is furnished by each registrant solely on its own behalf.\n"
)
UNDER_SOUTHERN = {("Southern Company", child) for child in OPERATING_NAMES}


def run(data: bytes, source: str = "sub.txt") -> list[Subsidiary]:
    extractor = CombinedFilingExtractor()
    links: list[Subsidiary] = []
    for doc in split_submission(data, source):
        if isinstance(doc, Document) and extractor.accepts(doc):
            links.extend(f for f in extractor.extract(doc) if isinstance(f, Subsidiary))
    return links


def submission(body: str, cover: str = STATEMENT) -> bytes:
    """A header, the 8-K's cover (with the registrants statement) and a press release `body`."""
    return (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t\t0000092122-05-000099\n"
        "CONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n{cover}\n</TEXT>\n</DOCUMENT>\n"
        f"<DOCUMENT>\n<TYPE>EX-99.01\n<SEQUENCE>2\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"
    ).encode()


def pairs(links: list[Subsidiary]) -> set[tuple[str | None, str | None]]:
    return {(link.parent.name, link.child.name) for link in links}


# -- the real filing --------------------------------------------------------------------------


def test_southern_operating_companies_are_linked_under_southern_company():
    assert pairs(run(SOUTHERN_8K.read_bytes(), str(SOUTHERN_8K))) == UNDER_SOUTHERN


def test_southern_links_take_the_header_ciks_in_the_graph():
    """The names meet the header's FILERs ("SOUTHERN CO", "SAVANNAH ELECTRIC & POWER CO")."""
    from edgarkg.pipeline import build

    store, _ = build([SOUTHERN_8K], extractors=["sec-header", "combined-filing"], validate=False)
    rows = store.query(
        "PREFIX ekg: <https://w3id.org/edgarkg/ontology#> "
        "SELECT ?c ?p WHERE { GRAPH ?g { ?c ekg:subsidiaryOf ?p } }"
    )
    cik = "https://w3id.org/edgarkg/id/cik/"
    assert {(r["c"].value, r["p"].value) for r in rows} == {(cik + c, cik + SOUTHERN) for c in OPERATING}


def test_southern_links_cite_the_press_release_sentence_and_the_combined_statement():
    data = SOUTHERN_8K.read_bytes()
    docs = {d.sequence: d for d in split_submission(data, str(SOUTHERN_8K)) if isinstance(d, Document)}
    link = run(data, str(SOUTHERN_8K))[0]
    evidence = link.prov.evidence or ""
    assert evidence.startswith("Southern Company owns electric utilities in four states")
    assert "Southern Company and its subsidiaries are subject" in evidence
    assert "This combined Form 8-K is furnished separately by seven registrants" in evidence
    press_release = next(d for d in docs.values() if d.doc_type == "EX-99.01")
    assert link.prov.document == press_release.id
    start, end = map(int, (link.prov.locator or "").removeprefix("char=").split(","))
    assert " ".join(press_release.text[start:end].split()).startswith(
        "Southern Company owns electric utilities"
    )


# -- one rule at a time --------------------------------------------------------------------------


def test_and_its_subsidiaries_makes_the_other_registrants_subsidiaries():
    body = "regulations to which Southern Company and its subsidiaries are subject, as well as changes."
    assert pairs(run(submission(body))) == UNDER_SOUTHERN


def test_possessive_and_modifier_forms():
    for body in (
        "entry of additional competition in the markets in which Southern Company's subsidiaries operate;",
        "the pending EPA civil actions against certain Southern Company subsidiaries, current IRS audits.",
        # the form of "... Corporation, a wholly owned subsidiary of Transamerica Corporation" (Aegon 20-F)
        "Georgia Power Company, a wholly owned subsidiary of The Southern Company, includes the plant.",
        "The Southern Company, the parent of Alabama Power Company, reported earnings.",
        "the ability of subsidiaries of Southern Company to obtain additional generating capacity.",
    ):
        assert pairs(run(submission(body))) == UNDER_SOUTHERN, body


def test_no_statement_about_subsidiaries_no_link():
    body = (
        "Southern Company has more than 500,000 shareholders, making its common stock one of the most "
        "widely held in the United States. Alabama Power Company serves 1.3 million customers."
    )
    assert run(submission(body)) == []


def test_two_registrants_with_subsidiaries_no_link():
    body = (
        "Southern Company and its subsidiaries expressly disclaim any obligation to update any "
        "forward-looking information. Georgia Power Company and its subsidiary own the plant."
    )
    assert run(submission(body)) == []


def test_parent_that_is_not_a_registrant_no_link():
    body = "Mirant Corporation and its subsidiaries filed for Chapter 11 protection."
    assert run(submission(body)) == []


def test_a_longer_name_beginning_with_a_registrant_name_is_another_company():
    body = "Southern Company Services, Inc. and its subsidiaries provide services to the system."
    assert run(submission(body)) == []


def test_a_filing_that_does_not_say_it_is_combined_no_link():
    body = "regulations to which Southern Company and its subsidiaries are subject."
    cover = "The addresses of the registrants have not changed since the last report.\n"
    assert run(submission(body, cover)) == []


def test_the_statement_and_the_parent_in_one_document():
    assert pairs(
        run(submission("", STATEMENT + "\nSouthern Company owns electric utilities in four states.\n"))
    ) == (UNDER_SOUTHERN)


def test_a_loose_document_with_three_registrants():
    text = (
        "This combined Form 8-K is furnished separately by three registrants: The Southern Company, "
        "Alabama Power Company and Savannah Electric and Power Company. Information contained herein "
        "relating to each registrant is furnished by each registrant solely on its own behalf.\n\n"
        "Southern Company owns electric utilities in four states.\n"
    )
    doc = Document(source="8k.txt", data=text.encode(), filing_id="sha256:x", media_type="text/plain")
    extractor = CombinedFilingExtractor()
    links = list(extractor.extract(doc))
    assert {(s.parent.name, s.child.name) for s in links if isinstance(s, Subsidiary)} == {
        ("Southern Company", "Alabama Power Company"),
        ("Southern Company", "Savannah Electric and Power Company"),
    }


def test_a_combined_statement_whose_count_disagrees_with_its_list_is_not_trusted():
    text = (
        "This combined Form 8-K is furnished separately by four registrants: The Southern Company, "
        "Alabama Power Company and Savannah Electric and Power Company.\n\n"
        "Southern Company owns electric utilities in four states.\n"
    )
    doc = Document(source="8k.txt", data=text.encode(), filing_id="sha256:y", media_type="text/plain")
    assert list(CombinedFilingExtractor().extract(doc)) == []


def test_a_document_of_an_unknown_filing_yields_nothing():
    doc = Document(
        source="ex99.txt",
        data=b"Southern Company and its subsidiaries are subject to regulation.",
        filing_id="0000092122-05-000042",
        doc_type="EX-99.01",
    )
    assert list(CombinedFilingExtractor().extract(doc)) == []


def test_names_from_header_and_text_meet():
    assert name_base("SAVANNAH ELECTRIC & POWER CO") == name_base("Savannah Electric and Power Company")
    assert name_base("The Southern Company") == name_base("SOUTHERN CO") == "southern"
    assert name_base("SOUTHERN POWER CO") != name_base("SOUTHERN CO")


def test_registrant_list_splits_on_and_only_after_a_legal_form():
    listed = (
        "The Southern Company, Alabama Power Company, Savannah Electric and Power Company and "
        "Southern Power Company"
    )
    assert _split_list(listed) == [
        "The Southern Company",
        "Alabama Power Company",
        "Savannah Electric and Power Company",
        "Southern Power Company",
    ]


def test_a_submission_read_again_by_the_same_extractor_gives_its_links_again():
    extractor = CombinedFilingExtractor()
    data = SOUTHERN_8K.read_bytes()

    def read() -> set[tuple[str | None, str | None]]:
        docs = [d for d in split_submission(data, str(SOUTHERN_8K)) if isinstance(d, Document)]
        return pairs([f for d in docs if extractor.accepts(d) for f in extractor.extract(d)])  # type: ignore[misc]

    assert read() == read() == UNDER_SOUTHERN
