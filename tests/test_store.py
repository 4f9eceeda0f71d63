"""The embedded store: build into it, rebuild idempotently, remove, lock, info."""

import shutil

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from edgarkg.cli import main
from edgarkg.pipeline import build_store
from edgarkg.store import BULK_BATCH, BULK_MIN, Store, StoreLocked, add_graphs

EXELON = "https://w3id.org/edgarkg/id/filing/0000950137-05-004969"


def graph_sizes(db: ox.Store) -> dict[str, int]:
    return {g.value: sum(1 for _ in db.quads_for_pattern(None, None, None, g)) for g in db.named_graphs()}


def test_build_into_store_is_idempotent(tmp_path):
    with Store(tmp_path / "s") as store:
        build_store([EXAMPLES], store.db, validate=False)
        first = graph_sizes(store.db)
        build_store([EXAMPLES], store.db, validate=False)
        assert graph_sizes(store.db) == first
    assert EXELON in first


def test_rebuilding_one_filing_replaces_only_its_graph(tmp_path):
    part = tmp_path / "in"
    part.mkdir()
    exelon = next(EXAMPLES.glob("exelon_*"))
    shutil.copy(exelon, part / exelon.name)
    with Store(tmp_path / "s") as store:
        build_store([EXAMPLES], store.db, validate=False)
        before = graph_sizes(store.db)
        build_store([part], store.db, validate=False)
        assert graph_sizes(store.db) == before


def test_remove_and_info(tmp_path):
    with Store(tmp_path / "s") as store:
        build_store([EXAMPLES], store.db, validate=False)
        info = store.info()
        assert info["form_types"]["8-K"] >= 2
        assert info["classes"]["Filing"] == len(list(store.filings()))
        assert store.remove_graphs(["0000950137-05-004969"]) == [EXELON]
        assert not store.db.contains_named_graph(ox.NamedNode(EXELON))


def test_second_writer_gets_a_clear_error(tmp_path):
    with Store(tmp_path / "s"), pytest.raises(StoreLocked, match="being written by edgarkg pid"):
        Store(tmp_path / "s")


def test_cli_build_store_then_query_and_info(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "s")
    result = runner.invoke(main, ["build", str(EXAMPLES), "--store", store, "-q", "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "written to store" in result.output
    result = runner.invoke(main, ["store", "info", "-s", store])
    assert result.exit_code == 0 and "Filing" in result.output
    q = "PREFIX ekg: <https://w3id.org/edgarkg/ontology#> SELECT ?n WHERE { ?c ekg:cik ?cik ; ekg:sic ?n }"
    result = runner.invoke(main, ["query", q, "-s", store, "--param", "cik=1109357", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "4931"]  # Exelon's SIC code, from its SEC header
    result = runner.invoke(main, ["store", "remove", "0000950137-05-004969", "-s", store])
    assert result.exit_code == 0 and EXELON in result.output


def test_new_graphs_are_bulk_loaded_and_replacement_stays_atomic(tmp_path):
    source = ox.Store()
    build_store([EXAMPLES], source, validate=False)
    quads = list(source)
    assert BULK_MIN <= len(quads) <= BULK_BATCH  # so add_graphs takes the bulk loader
    exelon = ox.NamedNode(EXELON)
    with Store(tmp_path / "s") as store:
        add_graphs(store.db, quads)
        assert graph_sizes(store.db) == graph_sizes(source)
        old = list(store.db.quads_for_pattern(None, None, None, exelon))

        def fails_half_way():
            yield from old[: len(old) // 2]
            raise OSError("disk full")

        with pytest.raises(OSError):
            store.replace_graph(exelon, fails_half_way())
        assert set(store.db.quads_for_pattern(None, None, None, exelon)) == set(old)
        store.replace_graph(exelon, old[:10])
        assert len(list(store.db.quads_for_pattern(None, None, None, exelon))) == 10
        assert graph_sizes(store.db) == graph_sizes(source) | {EXELON: 10}
