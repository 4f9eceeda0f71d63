"""Analytics on real filings: Ford's 1994 Exhibit 21, Exxon Mobil's, the Southern Company
multi-filer 8-K, and reporting owners who appear for several issuers (Forms 3 and 4).

Expected values were read from the documents by hand (see each test).
"""

from __future__ import annotations

import json
import struct

import networkx as nx
import pytest
from conftest import CORPUS, GOLD

from edgarkg.analytics import projections as P
from edgarkg.analytics import reports as R
from edgarkg.analytics.export import export_graph, read_node_link
from edgarkg.pipeline import build

ID = "https://w3id.org/edgarkg/id/"
FORD = ID + "cik/0000037996"
EXXON = ID + "cik/0000034088"
SOUTHERN = ID + "cik/0000092122"
FORD_SUBMISSION = CORPUS / "submission" / "ford-motor_10-K_1994-03-21_0000037996-94-000005.txt"
FORD_EX21 = CORPUS / "ex21" / "ford-motor_10-K_1994-03-21_EX-21_0000037996-94-000005.txt"
EXXON_EX21 = CORPUS / "ex21" / "exxon-mobil_EX-21_subsidiaries.htm"
SOUTHERN_8K = CORPUS / "text-press" / "southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"


def exxon_submission(tmp_path):
    """Exxon's EX-21 as EDGAR serves it inside its 10-K, with the header naming the filer
    (CIK 0000034088, as the gold file says); the exhibit itself only says "the Registrant"."""
    body = EXXON_EX21.read_bytes()
    path = tmp_path / "0000034088-26-000011.txt"
    path.write_bytes(
        b"<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t\t0000034088-26-000011\n"
        b"CONFORMED SUBMISSION TYPE:\t10-K\nFILER:\n\tCOMPANY DATA:\n"
        b"\t\tCOMPANY CONFORMED NAME:\t\t\tEXXON MOBIL CORP\n\t\tCENTRAL INDEX KEY:\t\t\t0000034088\n"
        b"</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-21\n<SEQUENCE>2\n<TEXT>\n" + body + b"\n</TEXT>\n</DOCUMENT>\n"
    )
    return path


EXHIBIT_21 = ["sec-header", "ex21"]  # the header names the filer, the exhibit its subsidiaries


@pytest.fixture(scope="module")
def ford():
    """Ford's 1994 10-K read for its Exhibit 21 (the 10-K's prose names other relations)."""
    db, _ = build([FORD_SUBMISSION], extractors=EXHIBIT_21, validate=False)
    return db


@pytest.fixture(scope="module")
def exxon(tmp_path_factory):
    db, _ = build([exxon_submission(tmp_path_factory.mktemp("exxon"))], extractors=EXHIBIT_21, validate=False)
    return db


@pytest.fixture(scope="module")
def owners():
    db, _ = build([CORPUS / "ownership"], validate=False)
    return db


# -- Ford, 1994 -------------------------------------------------------------------------
# The exhibit lists 21 direct subsidiaries, 21 below those and 4 at the third level
# (FLH Marketing Services and FLH Sales under Ford Lio Ho, Associates Corporation of North
# America under Associates First Capital, Ford Life Insurance under American Road).


def test_ford_tree_depth_and_group(ford):
    graph = P.ownership_graph(ford)
    report = R.ownership_report(graph, focus=FORD)
    (group,) = report.table("groups").records()
    assert group["ultimate_parent"] == FORD
    assert group["name"] == "Ford Motor Company"
    assert group["size"] == 1 + 21 + 21 + 4
    assert group["max_depth"] == 3
    depth = {r["name"]: r["depth"] for r in report.table("companies").records()}
    assert sum(1 for d in depth.values() if d == 1) == 21
    assert sum(1 for d in depth.values() if d == 2) == 21
    assert sorted(n for n, d in depth.items() if d == 3) == [
        "Associates Corporation of North America", "FLH Marketing Services Ltd.", "FLH Sales Limited",
        "Ford Life Insurance Company",
    ]  # fmt: skip
    assert report.table("cycles").rows == []


def test_ford_intermediate_holding_companies(ford):
    graph = P.ownership_graph(ford)
    by_name = {d["label"]: n for n, d in graph.nodes(data=True)}
    below = {name: len(nx.descendants(graph, by_name[name])) for name in by_name}
    assert below["Ford Holdings, Inc."] == 7  # 5 direct, then Associates Corp. of N.A. and Ford Life
    assert below["Ford Ensite International Inc."] == 5  # Essex, Ford Lio Ho (+2), AIC
    assert below["Ford Motor Credit Company"] == 4
    assert graph.edges[FORD, by_name["Ford Werke AG"]]["jurisdiction"] == "Germany"
    lio_ho = by_name["Ford Lio Ho Motor Company Ltd."]
    assert graph.edges[lio_ho, by_name["FLH Sales Limited"]]["jurisdiction"] == "Taiwan"


def test_ford_standalone_exhibit_agrees_with_the_submission(ford):
    """The same exhibit saved alone names its parent only in its heading."""
    alone, _ = build([FORD_EX21], extractors=EXHIBIT_21, validate=False)
    graph = P.ownership_graph(alone)
    (group,) = R.ownership_report(graph).table("groups").records()
    assert (group["name"], group["size"], group["max_depth"]) == ("Ford Motor Company", 47, 3)
    assert {d["label"] for _, d in graph.nodes(data=True)} == {
        d["label"] for _, d in P.ownership_graph(ford).nodes(data=True)
    }


# -- Exxon Mobil ---------------------------------------------------------------------------


def test_exxon_has_the_116_subsidiaries_of_its_exhibit_with_percentages(exxon):
    graph = P.ownership_graph(exxon)
    gold = json.loads((GOLD / "ex21" / "exxon-mobil_EX-21_subsidiaries.json").read_text())
    names = {graph.nodes[c]["label"] for c in graph.successors(EXXON)}
    assert len(names) == len(gold["subsidiaries"]) == 116
    assert names == {s["child"] for s in gold["subsidiaries"]}
    percents = {
        graph.nodes[c]["label"]: graph.edges[EXXON, c].get("percent") for c in graph.successors(EXXON)
    }
    assert percents["AKG Marketing Company Limited"] == 87.5  # "87.5", Bahamas
    assert percents["Wink to Webster Pipeline LLC"] == 46.875
    assert (
        graph.edges[
            EXXON, next(c for c in graph if graph.nodes[c]["label"] == "Caspian Pipeline Consortium")
        ]["jurisdiction"]
        == "Russia/Kazakhstan"
    )


# -- The Southern Company multi-filer 8-K -------------------------------------------------
# Seven registrants file it together; the parent and its six operating subsidiaries.


def test_southern_multi_filer_links_the_filing_to_all_seven_registrants():
    db, _ = build([SOUTHERN_8K], validate=False)
    filings = P.filing_graph(db)
    filing = ID + "filing/0000092122-05-000042"
    filers = {filings.nodes[v]["cik"] for _, v, k in filings.out_edges(filing, keys=True) if k == "filer"}
    assert filers == {"0000092122", "0000003153", "0000041091", "0000044545", "0000066904", "0000086940",
                      "0001160661"}  # fmt: skip


def test_southern_signatory_for_six_registrants_is_an_interlock():
    """Wayne Boston signs as Assistant Secretary for the six operating companies."""
    db, _ = build([SOUTHERN_8K], validate=False)
    positions = P.positions_graph(db)
    report = R.interlocks_report(positions, P.interlocks_from_positions(positions))
    boston = next(r for r in report.table("people").records() if r["name"] == "Wayne Boston")
    assert boston["organizations"] == 6
    assert boston["positions"].count(": Assistant Secretary") == 6
    assert {positions.nodes[o]["cik"] for o in positions.neighbors(boston["person"])} == {
        "0000003153", "0000041091", "0000044545", "0000066904", "0000086940", "0001160661",
    }  # fmt: skip
    linked = [r for r in report.table("pairs").records() if "Wayne Boston" in r["people"]]
    assert len(linked) == 6 * 5 // 2


def test_southern_subsidiaries_hang_under_southern_company():
    """The combined 8-K's press release says "Southern Company and its subsidiaries": the other
    six registrants of the filing hang under it (the gold lists these links as optional)."""
    db, _ = build([SOUTHERN_8K], validate=False)
    report = R.ownership_report(P.ownership_graph(db), focus=SOUTHERN)
    (group,) = report.table("groups").records()
    assert group["ultimate_parent"] == SOUTHERN and group["size"] == 7


# -- people at several companies --------------------------------------------------------------
# Read from the Forms 3/4: Peter Thiel (CIK 1211060) is a 10% owner of BlackSky and Adagio and a
# director and 10% owner of Palantir; Reid Hoffman (1519339) is a director of LinkedIn (and 10%
# owner) and of Microsoft; Ajay Royan (1875614) is a 10% owner of BlackSky and signs as
# Authorized Person of Mithril GP LP and Managing Member of Mithril II UGP LLC.


def test_reporting_owners_at_several_issuers_are_interlocks(owners):
    positions = P.positions_graph(owners)
    report = R.interlocks_report(positions, P.interlocks_from_positions(positions))
    people = {r["person"]: r for r in report.table("people").records()}
    assert {p: r["organizations"] for p, r in people.items()} == {
        ID + "cik/0001211060": 3, ID + "cik/0001519339": 2, ID + "cik/0001875614": 3,
    }  # fmt: skip
    assert "MICROSOFT CORP: Director" in people[ID + "cik/0001519339"]["positions"]
    pairs = {frozenset((r["name_a"], r["name_b"])): r["people"] for r in report.table("pairs").records()}
    assert len(pairs) == 7
    assert pairs[frozenset(("LINKEDIN CORP", "MICROSOFT CORP"))] == "Hoffman Reid"
    assert pairs[frozenset(("Adagio Therapeutics, Inc.", "Palantir Technologies Inc."))] == "THIEL PETER"


def test_reporting_owners_in_the_filing_graph(owners):
    graph = P.filing_graph(owners)
    thiel = ID + "cik/0001211060"
    issuers = set()
    for filing, _, role in graph.in_edges(thiel, keys=True):
        assert role == "reportingOwner"
        issuers |= {
            graph.nodes[v]["label"] for _, v, k in graph.out_edges(filing, keys=True) if k == "issuer"
        }
    assert issuers == {"Adagio Therapeutics, Inc.", "BlackSky Technology Inc.", "Palantir Technologies Inc."}


# -- exports of the corpus graph ------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus():
    db, _ = build([CORPUS], validate=False)
    return db


@pytest.mark.parametrize("name", ["ownership", "positions", "interlocks", "filings"])
def test_corpus_projections_round_trip_through_every_format(corpus, tmp_path, name):
    graph = P.project(corpus, name)
    assert graph.number_of_nodes() > 0
    for ext, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        export_graph(graph, tmp_path / f"g.{ext}")
        loaded = read(tmp_path / f"g.{ext}")
        assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (
            graph.number_of_nodes(), graph.number_of_edges(),
        )  # fmt: skip
    export_graph(graph, tmp_path / "g.json")
    back = read_node_link(tmp_path / "g.json")
    assert nx.utils.graphs_equal(back, graph)


# -- pictures ------------------------------------------------------------------------------


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def overlapping_texts(figure) -> list[tuple[str, str]]:
    """Pairs of text boxes that overlap once drawn, or that fall outside the figure."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    boxes = [
        (t.get_text(), t.get_window_extent(renderer)) for ax in figure.axes for t in ax.texts if t.get_text()
    ]
    boxes += [(t.get_text(), t.get_window_extent(renderer)) for t in figure.texts]
    bad = [(text, "outside") for text, box in boxes if box.x0 < 0 or box.x1 > figure.bbox.x1 or box.y0 < 0]
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1 :]:
            if box_a.overlaps(box_b):
                bad.append((a, b))
    return bad


def test_exxon_tree_pictures_are_paged_and_no_label_overprints_another(exxon, tmp_path):
    pytest.importorskip("matplotlib")
    from edgarkg.analytics.draw import draw_ownership_tree, page_paths, save, svg_text

    tree = P.ownership_tree(P.ownership_graph(exxon), EXXON)
    figures = draw_ownership_tree(tree, EXXON, rows_per_page=60)
    assert len(figures) == 2  # 117 rows: 60, then the parent again and the other 57
    shown = set()
    for figure, path in zip(figures, page_paths(tmp_path / "exxon.png", 2), strict=True):
        assert overlapping_texts(figure) == []
        save(figure, path)
        width, height = png_size(path)
        assert 1000 <= width <= 2000 and 1500 <= height <= 2600  # 150 dpi: 9 pt text is 19 px high
        shown |= {t.get_text() for t in figure.axes[0].texts}
        assert "Ownership tree of EXXON MOBIL CORP" in svg_text(figure)  # the header's name
    gold = json.loads((GOLD / "ex21" / "exxon-mobil_EX-21_subsidiaries.json").read_text())
    assert {s["child"] for s in gold["subsidiaries"]} <= shown
    assert {s["jurisdiction"] for s in gold["subsidiaries"]} <= shown


def test_ford_tree_fits_one_page(ford, tmp_path):
    pytest.importorskip("matplotlib")
    from edgarkg.analytics.draw import draw_ownership_tree, save

    (figure,) = draw_ownership_tree(P.ownership_tree(P.ownership_graph(ford), FORD), FORD)
    assert overlapping_texts(figure) == []
    texts = {t.get_text() for t in figure.axes[0].texts}
    assert "Ford Holdings, Inc.  (7 below)" in texts
    assert "46 subsidiaries, 3 levels deep" in {t.get_text() for t in figure.axes[0].texts}
    save(figure, tmp_path / "ford.svg")
    assert "FLH Marketing Services Ltd." in (tmp_path / "ford.svg").read_text()


def test_interlock_picture_names_everyone(owners, tmp_path):
    pytest.importorskip("matplotlib")
    from edgarkg.analytics.draw import draw_interlocks, save

    figure = draw_interlocks(P.positions_graph(owners))
    assert overlapping_texts(figure) == []
    save(figure, tmp_path / "net.svg")
    text = (tmp_path / "net.svg").read_text()
    for name in ("THIEL PETER", "Hoffman Reid", "Royan Ajay", "MICROSOFT CORP", "Palantir Technologies Inc."):
        assert name in text
    assert "3 people linking 7 organisations, in 2 groups" in text  # Hoffman; Thiel and Royan share BlackSky
