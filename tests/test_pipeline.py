"""The whole build on real filings: headers right, output parses and conforms, deterministic."""

from datetime import date

import pyoxigraph as ox
import pytest
from conftest import CORPUS, EXAMPLES
from rdflib import Dataset
from rdflib.compare import isomorphic

from edgarkg.pipeline import build
from edgarkg.rdfio import load_into, rdflib_graph
from edgarkg.resolve import resolve

EKG = "https://w3id.org/edgarkg/ontology#"

# Read by hand from each file's SEC header: accession, form, filed as of, the
# company the filing is about (role), its CIK and conformed name.
HEADERS = [
    ("submission/exelon_8-K_2005-04-27_0000950137-05-004969.txt",
     "0000950137-05-004969", "8-K", "2005-04-27", "filer", "0001109357", "EXELON CORP"),
    ("submission/amazon-com_8-K_1998-08-27_0000891020-98-001352.txt",
     "0000891020-98-001352", "8-K", "1998-08-27", "filer", "0001018724", "AMAZON COM INC"),
    ("submission/common-sense-trust_24F-2NT_1995-12-28_0000950129-95-001652.txt",
     "0000950129-95-001652", "24F-2NT", "1995-12-28", "filer", "0000810271", "COMMON SENSE TRUST"),
    ("submission/cvr-energy-icahn_SC-TO-T-A_2025-01-10_0001104659-25-002604.txt",
     "0001104659-25-002604", "SC TO-T/A", "2025-01-10", "subjectCompany", "0001376139", "CVR ENERGY INC"),
    ("submission/cvr-energy-icahn_SC-TO-T-A_2025-01-10_0001104659-25-002604.txt",
     "0001104659-25-002604", "SC TO-T/A", "2025-01-10", "filedBy", "0001034563",
     "ICAHN ENTERPRISES HOLDINGS L.P."),
    ("submission/food-concepts_8-K_1998-02-03_0000703901-98-000003.txt",
     "0000703901-98-000003", "8-K", "1998-02-03", "filer", "0000703901", "FOOD CONCEPTS INC"),
    ("submission/nvidia_8-K_2026-03-06_0001045810-26-000024.txt",
     "0001045810-26-000024", "8-K", "2026-03-06", "filer", "0001045810", "NVIDIA CORP"),
    ("submission/oracle_8-K_2019-07-10_0001193125-19-191922.txt",
     "0001193125-19-191922", "8-K", "2019-07-10", "filer", "0001341439", "ORACLE CORP"),
    ("text-press/3m_8-K_2024-03-08_0000066740-24-000023.txt",
     "0000066740-24-000023", "8-K", "2024-03-08", "filer", "0000066740", "3M CO"),
    ("text-press/apple-computer_8-K_1996-12-24_0000320193-96-000027.txt",
     "0000320193-96-000027", "8-K", "1996-12-24", "filer", "0000320193", "APPLE COMPUTER INC"),
    ("text-press/atrinsic_8-K_2016-04-26_0001144204-16-096273.txt",
     "0001144204-16-096273", "8-K", "2016-04-26", "filer", "0001022899", "Atrinsic, Inc."),
    ("text-press/sears-roebuck_8-K_2004-07-22_0000891092-04-003383.txt",
     "0000891092-04-003383", "8-K", "2004-07-22", "filer", "0000319256", "SEARS ROEBUCK & CO"),
    ("text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt",
     "0000092122-05-000042", "8-K", "2005-01-25", "filer", "0000092122", "SOUTHERN CO"),
    ("text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt",
     "0000092122-05-000042", "8-K", "2005-01-25", "filer", "0000003153", "ALABAMA POWER CO"),
    ("other/vepf-viii-co-invest_D_2024-01-11_0002002260-24-000001.nc",
     "0002002260-24-000001", "D", "2024-01-11", "filer", "0002002260", "VEPF VIII Co-Invest 4-A, L.P."),
    ("ownership/apple_4_2022-05-06_adams_0000320193-22-000061.txt",
     "0000320193-22-000061", "4", "2022-05-06", "issuer", "0000320193", "Apple Inc."),
    ("ownership/arrow-electronics_4_2025-02-13_0001127602-25-004598.nc",
     "0001127602-25-004598", "4", "2025-02-13", "issuer", "0000007536", "ARROW ELECTRONICS, INC."),
    ("ownership/productivity-technologies_4_2000-03-14_text_0001094891-00-000193.txt",
     "0001094891-00-000193", "4", "2000-03-14", "issuer", "0000911787", "PRODUCTIVITY TECHNOLOGIES CORP /"),
]  # fmt: skip


@pytest.fixture(scope="module")
def corpus_build():
    return build([CORPUS])


def test_corpus_builds_and_conforms(corpus_build, tmp_path):
    db, report = corpus_build
    assert report.failed == []
    assert report.validated and report.violations == []
    assert report.filings >= 40 and report.documents > report.filings
    # skipped documents are the binaries inside submissions, each named with its reason
    assert all("uuencoded" in p.reason or "binary" in p.reason for p in report.skipped)
    out = tmp_path / "corpus.nq"
    from edgarkg.rdfio import write_store

    write_store(db, out)
    again = ox.Store()
    load_into(again, [out])
    assert len(again) == len(db)
    ds = Dataset()
    ds.parse(out, format="nquads")
    assert sum(1 for _ in ds.quads((None, None, None, None))) == len(db)


@pytest.mark.parametrize("path, accession, form, filed, role, cik, name", HEADERS)
def test_filing_and_company_from_header(corpus_build, path, accession, form, filed, role, cik, name):
    db, _ = corpus_build
    filing = ox.NamedNode(f"https://w3id.org/edgarkg/id/filing/{accession}")
    company = ox.NamedNode(f"https://w3id.org/edgarkg/id/cik/{cik}")
    assert db.query(
        f"""ASK {{ GRAPH ?g {{ ?f <{EKG}accessionNumber> "{accession}" ; <{EKG}formType> "{form}" ;
            <{EKG}filingDate> "{filed}"^^<http://www.w3.org/2001/XMLSchema#date> ;
            <{EKG}{role}> ?c . ?c <{EKG}cik> "{cik}" ;
            <http://www.w3.org/2000/01/rdf-schema#label>|<{EKG}alias> "{name}" }} }}""",
        substitutions={ox.Variable("f"): filing, ox.Variable("c"): company},
    ), f"{path}: filing {accession} with {role} {cik} {name!r}"


def test_southern_multi_filer_has_every_registrant(corpus_build):
    db, _ = corpus_build
    rows = db.query(
        f"SELECT ?cik WHERE {{ GRAPH ?g {{ <https://w3id.org/edgarkg/id/filing/0000092122-05-000042> "
        f"<{EKG}filer> ?c . ?c <{EKG}cik> ?cik }} }}"
    )
    # seven FILER blocks in the header (counted by hand)
    assert {r["cik"].value for r in rows} == {
        "0000003153", "0000041091", "0000044545", "0000066904", "0000086940", "0000092122", "0001160661",
    }  # fmt: skip


def test_mmo2_cover_page(corpus_build):
    db, _ = corpus_build
    rows = list(
        db.query(
            f"""SELECT ?form ?date ?street ?city ?postcode WHERE {{ GRAPH ?g {{
              ?f a <{EKG}Filing> ; <{EKG}formType> ?form ; <{EKG}periodOfReport> ?date ; <{EKG}filer> ?c .
              ?c <http://www.w3.org/2000/01/rdf-schema#label> "mmO2 plc" ; <{EKG}address> ?a .
              ?a <{EKG}street> ?street ; <{EKG}locality> ?city ; <{EKG}postalCode> ?postcode }} }}"""
        )
    )
    assert [(r["form"].value, r["date"].value, r["street"].value, r["city"].value, r["postcode"].value)
            for r in rows] == [("6-K", "2003-11-17", "Wellington Street", "Slough", "SL1 1YP")]  # fmt: skip


def test_rebuild_is_isomorphic():
    a, _ = build([EXAMPLES], validate=False)
    b, _ = build([EXAMPLES], validate=False)
    assert isomorphic(rdflib_graph(a), rdflib_graph(b))
    assert set(a) == set(b)  # deterministic IRIs: not just isomorphic, identical


def test_halves_merged_equal_whole(tmp_path):
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    whole, _ = build(files, validate=False)
    a, _ = build(files[::2], validate=False)
    b, _ = build(files[1::2], validate=False)
    merged = ox.Store()
    merged.extend(a)
    merged.extend(b)
    resolve(merged)
    assert set(merged) == set(whole)


def test_cik_is_ten_digits_everywhere(corpus_build):
    db, _ = corpus_build
    for row in db.query(f"SELECT DISTINCT ?cik WHERE {{ GRAPH ?g {{ ?x <{EKG}cik> ?cik }} }}"):
        assert len(row["cik"].value) == 10 and row["cik"].value.isdigit()


def test_dates_are_dates(corpus_build):
    db, _ = corpus_build
    for row in db.query(f"SELECT ?d WHERE {{ GRAPH ?g {{ ?f <{EKG}filingDate> ?d }} }}"):
        date.fromisoformat(row["d"].value)


def test_resume_trusts_the_ledger_only_while_the_store_agrees(tmp_path):
    from edgarkg.ledger import LEDGER
    from edgarkg.pipeline import build_store

    exelon = CORPUS / "submission" / "exelon_8-K_2005-04-27_0000950137-05-004969.txt"
    graph = ox.NamedNode("https://w3id.org/edgarkg/id/filing/0000950137-05-004969")
    db, state = ox.Store(), tmp_path / "state"
    first = build_store([exelon], db, validate=False, state=state)
    assert (first.filings, first.unchanged) == (1, 0)
    with open(state / LEDGER, "a") as f:
        f.write('{"run": "https://w3id.org/edgarkg/id/run/x", "files": [{"sha2')  # torn by a kill
    again = build_store([exelon], db, validate=False, state=state, resume=True)
    assert (again.filings, again.unchanged) == (0, 1)
    assert "1 filings skipped as unchanged" in again.summary()
    db.remove_graph(graph)  # the ledger says built, the store says otherwise: build it
    third = build_store([exelon], db, validate=False, state=state, resume=True)
    assert (third.filings, third.unchanged) == (1, 0)
    assert db.contains_named_graph(graph)
    with pytest.raises(ValueError, match="state directory"):
        build_store([exelon], db, validate=False, resume=True)
