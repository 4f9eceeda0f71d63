"""Any name or value a filing can hold serialises to every format and parses back the same."""

from datetime import date
from decimal import Decimal

import pyoxigraph as ox
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic

from edgarkg.mapping.graph import map_filing, run_iri
from edgarkg.model import (
    Document,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    PersonRef,
    Position,
    Provenance,
    Subsidiary,
)
from edgarkg.rdfio import FORMATS, graph_quads, load_into, rdflib_graph, write_store

# Quotes, backslashes, newlines, control characters, lone surrogates, emoji, RTL text...
nasty = st.text(
    alphabet=st.characters(blacklist_categories=(), min_codepoint=0, max_codepoint=0x10FFFF),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**15), max_value=10**15)


def facts_for(name: str, person: str, title: str, value: Decimal, doc: Document):
    prov = Provenance(doc.id, "fuzz", "1", "char=0,1", name + "\n" + title)
    return [
        FilingInfo(
            prov, "8-K" if not title else title[:10] or "8-K", "0000000001-24-000001", date(2024, 1, 2)
        ),
        Organization(prov, OrgRef(name=name, cik="0000000001"), role="filer", aliases=(title,)),
        Position(prov, PersonRef(person), OrgRef(name=name), title),
        Subsidiary(prov, OrgRef(name=person + " " + name), OrgRef(name=name), jurisdiction=title),
        Observation(
            prov, OrgRef(name=name), f"ekg:{title}", value, "USD", date(2023, 1, 1), date(2023, 12, 31)
        ),
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=nasty, person=nasty, title=nasty, value=decimals)
@example(name="0", person="0", title="\ud800", value=Decimal(0))  # a lone surrogate in a title
def test_every_format_round_trips(tmp_path, name, person, title, value):
    doc = Document(source=f"x{name}.txt", data=b"", filing_id="0000000001-24-000001", sequence=1)
    graph, _ = map_filing(doc.filing_id, [(doc, facts_for(name, person, title, value, doc))], run_iri([]))
    store = ox.Store()
    store.extend(graph_quads(graph, URIRef("https://w3id.org/edgarkg/id/filing/0000000001-24-000001")))
    expected = {q.triple for q in store}
    for ext in FORMATS:
        out = tmp_path / f"g{ext}"
        write_store(store, out)
        back = ox.Store()
        load_into(back, [out])
        assert {q.triple for q in back} == expected, ext
    # an independent parser agrees too
    nq = tmp_path / "g.nq"
    ds = Dataset()
    ds.parse(nq, format="nquads")
    assert isomorphic(
        rdflib_graph(store), ds.graph(URIRef("https://w3id.org/edgarkg/id/filing/0000000001-24-000001"))
    )
