"""Pushing to a real triple store (Virtuoso on loopback) and to a failing one."""

import http.server
import threading

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES

from edgarkg.pipeline import build
from edgarkg.push import Endpoint, push
from edgarkg.store import replace_graph

FILING = "https://w3id.org/edgarkg/id/filing/"


@pytest.fixture(scope="module")
def example_store():
    db, _ = build([EXAMPLES], validate=False)
    return db


def local_counts(db: ox.Store) -> dict[str, int]:
    return {
        g.value: sum(1 for _ in db.quads_for_pattern(None, None, None, g))
        for g in db.named_graphs()
        if g.value.startswith(FILING)
    }


def dba(virtuoso, **kw) -> Endpoint:
    return Endpoint(virtuoso.crud, user="dba", password="dba", auth="digest", **kw)


def test_push_matches_embedded_store_and_is_idempotent(virtuoso, example_store):
    expected = local_counts(example_store)
    report = push(example_store, dba(virtuoso))
    assert not report.failed
    assert virtuoso.counts_per_graph(FILING) == expected
    push(example_store, dba(virtuoso))  # twice: same counts
    assert virtuoso.counts_per_graph(FILING) == expected


def test_push_replaces_only_the_changed_filing(virtuoso, example_store):
    push(example_store, dba(virtuoso))
    graphs = sorted(local_counts(example_store))
    changed = ox.NamedNode(graphs[0])
    db = ox.Store()
    db.extend(example_store.quads_for_pattern(None, None, None, None))
    quads = list(db.quads_for_pattern(None, None, None, changed))[:5]
    replace_graph(db, changed, quads)
    report = push(db, dba(virtuoso), only=[changed.value])
    assert [r.graph for r in report.results] == [changed.value]
    counts = virtuoso.counts_per_graph(FILING)
    assert counts[changed.value] == 5
    assert {g: n for g, n in counts.items() if g != changed.value} == {
        g: n for g, n in local_counts(example_store).items() if g != changed.value
    }


def test_batches_and_sparql_update_mode(virtuoso, example_store):
    sparql_update = Endpoint(f"{virtuoso.base}/sparql-auth", mode="update", user="dba", password="dba")
    report = push(example_store, sparql_update, batch_triples=7)
    assert not report.failed
    assert virtuoso.counts_per_graph(FILING) == local_counts(example_store)
    assert max(r.requests for r in report.results) > 1


def test_single_target_graph(virtuoso, example_store):
    target = "https://example.org/edgarkg-all"
    push(example_store, dba(virtuoso), target_graph=target)
    total = len({q.triple for q in example_store})  # filing graphs and the run record
    # the store dedups triples repeated across filing graphs within one graph
    assert virtuoso.count(target) == total


class Flaky(http.server.BaseHTTPRequestHandler):
    """Fails the first two requests with 503 (Retry-After: 0), then accepts."""

    seen: list[str] = []

    def do_PUT(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Flaky.seen.append(self.path)
        if len(Flaky.seen) <= 2:
            self.send_response(503)
            self.send_header("Retry-After", "0")
        else:
            self.send_response(201)
        self.end_headers()

    do_POST = do_PUT

    def log_message(self, *args):
        pass


def test_retries_then_reports_failures(example_store):
    Flaky.seen = []
    server = http.server.HTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/store"
        report = push(example_store, Endpoint(url, retries=3, backoff=0.01))
        assert not report.failed
        assert report.results[0].requests == 3
    finally:
        server.shutdown()
        server.server_close()
    # nothing listens there any more: every filing is reported as not pushed
    report = push(example_store, Endpoint(url, retries=1, backoff=0.01, timeout=2))
    assert len(report.failed) == len(report.results) > 0
    assert all("Connection refused" in r.error for r in report.failed), report.failed[0].error
