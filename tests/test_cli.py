"""The command line: exit codes, formats, validate/export/ontology/shapes/extractors, docs."""

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from edgarkg.cli import main

README = Path(__file__).parent.parent / "README.md"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "examples.nq"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_prints_summary(built):
    _, output = built
    assert re.search(r"\d+ documents read, \d+ skipped, 0 failed", output)
    assert "SHACL: conforms" in output


@pytest.mark.parametrize("ext", [".ttl", ".nt", ".trig", ".jsonld"])
def test_export_formats_parse_back(built, tmp_path, ext):
    source, _ = built
    out = tmp_path / f"g{ext}"
    result = CliRunner().invoke(main, ["export", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    store = ox.Store()
    from edgarkg.rdfio import load_into

    load_into(store, [out])
    triples = {q.triple for q in store}
    original = ox.Store()
    load_into(original, [source])
    assert triples == {q.triple for q in original}


def test_unknown_output_format_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(tmp_path / "x.xyz")])
    assert result.exit_code == 2 and "cannot tell the RDF format" in result.output


def test_unknown_extractor_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(tmp_path / "x.nq"), "-x", "nope"])
    assert result.exit_code == 2 and "available:" in result.output


def test_validate_conforming_and_violating(built, tmp_path):
    source, _ = built
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", str(source)])
    assert ok.exit_code == 0 and "Conforms" in ok.output
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ekg: <https://w3id.org/edgarkg/ontology#> .\n"
        '<https://w3id.org/edgarkg/id/filing/x> a ekg:Filing ; ekg:formType "8-K" ;'
        ' ekg:accessionNumber "12-34" .\n'
    )
    result = runner.invoke(main, ["validate", str(bad), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert not report["conforms"]
    assert any(v["path"].endswith("accessionNumber") for v in report["violations"])


def test_build_exits_1_on_violations(tmp_path):
    bad_shapes = tmp_path / "s.ttl"
    bad_shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ekg: <https://w3id.org/edgarkg/ontology#> .\n"
        "[] a sh:NodeShape ; sh:targetClass ekg:Filing ;\n"
        "  sh:property [ sh:path ekg:nothing ; sh:minCount 1 ] .\n"
    )
    args = ["build", str(EXAMPLES), "-o", str(tmp_path / "o.nq"), "-q", "--shapes", str(bad_shapes)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "violations" in result.output


def test_ontology_shapes_extractors():
    runner = CliRunner()
    assert "ekg:Organization" in runner.invoke(main, ["ontology"]).output
    assert "sh:NodeShape" in runner.invoke(main, ["shapes"]).output
    listed = runner.invoke(main, ["extractors"]).output
    assert re.search(r"^sec-header\s+\d", listed, re.M)


def test_every_command_is_documented_in_readme():
    readme = README.read_text()
    ctx = main.make_context("edgarkg", ["--help"], resilient_parsing=True)
    for name in main.list_commands(ctx):
        assert f"edgarkg {name}" in readme, f"README does not document `edgarkg {name}`"
