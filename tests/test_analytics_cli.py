"""`edgarkg analyze`, `draw` and `report` as a user runs them (click's runner)."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import DATA

from edgarkg.cli import main

SMALL = str(DATA / "analytics" / "small.trig")
ALPHA = "https://w3id.org/edgarkg/id/cik/0000000001"


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, result.output
    return result


def test_commands_are_listed_and_lazy():
    out = run("--help").output
    for name in ("analyze", "draw", "report"):
        assert name in out
    sub = run("analyze", "--help").output
    for name in ("ownership", "interlocks", "centrality", "components", "metrics", "export"):
        assert name in sub


def test_ownership_json_and_csv():
    data = json.loads(run("analyze", "ownership", "-g", SMALL, "--format", "json").stdout)
    assert {g["name"]: g["size"] for g in data["tables"]["groups"]}["Alpha Holdings Inc."] == 6
    rows = list(
        csv.DictReader(io.StringIO(run("analyze", "ownership", "-g", SMALL, "--format", "csv").stdout))
    )
    gamma = next(r for r in rows if r["name"] == "Gamma GmbH")
    assert (gamma["ultimate_parent"], gamma["depth"]) == (ALPHA, "2")


def test_ownership_of_one_company_as_a_table():
    out = run("analyze", "ownership", "-g", SMALL, "--company", "Zeta Inc", "--format", "table").stdout
    companies, groups, cycles = out.split("\n\n")
    # Joint Venture Co belongs to the larger group above it (Alpha's), so Zeta's group is Zeta alone
    assert companies.startswith("Companies:") and "Zeta Inc" in companies and "(1 row)" in companies
    assert groups.splitlines()[3].split() == ["Zeta", "Inc", "2", "1", "False"]
    assert ALPHA not in out  # the terminal table leaves IRIs to csv/json


def test_interlocks_and_role_filter():
    out = run("analyze", "interlocks", "-g", SMALL, "--format", "csv", "--table", "pairs").stdout
    (pair,) = csv.DictReader(io.StringIO(out))
    assert pair["shared"] == "2" and pair["people"] == "Ann Smith | Bob Jones"
    out = run(
        "analyze", "interlocks", "-g", SMALL, "--role", "director", "--format", "csv", "--table", "pairs"
    )
    assert next(csv.DictReader(io.StringIO(out.stdout)))["people"] == "Bob Jones"


def test_centrality_and_components():
    out = run(
        "analyze", "centrality", "-g", SMALL, "-p", "interlocks", "--top", "1", "--format", "json"
    ).stdout
    (top,) = json.loads(out)["tables"]["centrality"]
    assert top["degree"] == 1
    out = run("analyze", "components", "-g", SMALL, "-p", "ownership", "--format", "tsv").stdout
    assert [line.split("\t")[1] for line in out.splitlines()[1:]] == ["7", "3"]


def test_metrics_by_company_name():
    out = run(
        "analyze", "metrics", "Alpha Holdings", "-g", SMALL, "--metric", "Revenues", "--format", "csv"
    ).output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["end"], r["value"]) for r in rows] == [
        ("12 months", "2022-12-31", "100"),
        ("12 months", "2023-12-31", "120"),
        ("3 months", "2023-03-31", "30"),
    ]


def test_export_every_format(tmp_path):
    for ext in ("graphml", "gexf", "json", "csv"):
        out = run("analyze", "export", "positions", "-g", SMALL, "-o", str(tmp_path / f"p.{ext}")).output
        assert "6 nodes, 6 edges" in out
    assert nx.read_graphml(tmp_path / "p.graphml").number_of_edges() == 6
    run("analyze", "export", "positions", "-g", SMALL, "-o", str(tmp_path / "p.txt"), "--format", "csv")


def test_user_errors_are_clear(tmp_path):
    result = run("analyze", "metrics", "Nowhere Corp", "-g", SMALL, code=1)
    assert "no organisation named 'Nowhere Corp'" in result.output
    result = run("analyze", "export", "ownership", "-g", SMALL, "-o", str(tmp_path / "x.dot"), code=2)
    assert "cannot tell the export format" in result.output
    result = run("analyze", "ownership", "-g", SMALL, "--write-back", code=2)
    assert "--write-back needs a store" in result.output
    result = run("analyze", "ownership", "-s", str(tmp_path / "none"), code=1)
    assert "no edgarkg store" in result.output
    result = run("analyze", "ownership", "-g", SMALL, "--format", "csv", "--table", "nope", code=2)
    assert "no table 'nope'" in result.output


def test_write_back_into_a_store(tmp_path):
    from edgarkg.rdfio import load_into
    from edgarkg.store import Store

    path = tmp_path / "store"
    with Store(path) as store:
        load_into(store.db, [SMALL])
    result = run(
        "analyze", "centrality", "-s", str(path), "-p", "positions", "--write-back", "--format", "csv"
    )
    assert "written to graph <https://w3id.org/edgarkg/id/analytics/centrality/positions>" in result.output
    with Store(path, read_only=True) as store:
        ranks = store.db.query(
            "SELECT ?n ?r WHERE { GRAPH <https://w3id.org/edgarkg/id/analytics/centrality/positions> "
            "{ ?n <https://w3id.org/edgarkg/ontology#pageRank> ?r } }"
        )
        values = {r["n"].value: float(r["r"].value) for r in ranks}
    assert len(values) == 6 and sum(values.values()) == pytest.approx(1.0)


def test_draw_and_report(tmp_path):
    pytest.importorskip("matplotlib")
    out = run("draw", "ownership", ALPHA, "-g", SMALL, "-o", str(tmp_path / "tree.png")).output
    assert "wrote" in out and (tmp_path / "tree.png").read_bytes()[:4] == b"\x89PNG"
    run("draw", "interlocks", "-g", SMALL, "-o", str(tmp_path / "net.svg"))
    assert "Bob Jones" in (tmp_path / "net.svg").read_text()
    result = run("draw", "ownership", "Zeta Inc", "-g", SMALL, "-o", str(tmp_path / "z.gif"), code=2)
    assert ".png or .svg" in result.output
    result = run("draw", "ownership", "Gamma GmbH", "-g", SMALL, "-o", str(tmp_path / "g.png"), code=1)
    assert "no subsidiaries of 'Gamma GmbH'" in result.output
    result = run("draw", "interlocks", "-g", SMALL, "--min-orgs", "5", "-o", str(tmp_path / "n.png"), code=1)
    assert "nothing to draw" in result.output
    out = run("report", "1", "-g", SMALL, "-o", str(tmp_path / "alpha.html")).output
    assert "wrote" in out and '<section id="people">' in (tmp_path / "alpha.html").read_text()


def test_draw_without_matplotlib_says_what_to_install(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    result = run("draw", "ownership", ALPHA, "-g", SMALL, "-o", str(tmp_path / "t.png"), code=1)
    assert "pip install 'edgarkg[draw]'" in result.output
