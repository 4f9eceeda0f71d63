"""Push graphs to a triple store over HTTP.

Two protocols, so any SPARQL 1.1 store works: the Graph Store HTTP Protocol
(PUT replaces a filing's graph; large graphs go in batches, PUT then POST)
and SPARQL 1.1 Update (DROP GRAPH + INSERT DATA) for stores without it.
Transient failures (connection errors, timeouts, 429, 5xx) are retried with
exponential backoff, honouring Retry-After; a filing that still fails is
reported, and the rest goes on.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


@dataclass
class Endpoint:
    url: str
    mode: str = "gsp"  # "gsp" (Graph Store Protocol) or "update" (SPARQL 1.1 Update)
    user: str | None = None
    password: str | None = None
    auth: str = "digest"  # "basic" or "digest"
    graph_param: str = "graph"  # Virtuoso's crud endpoint also takes "graph-uri"
    timeout: float = 60.0
    retries: int = 5
    backoff: float = 0.5

    def opener(self) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = []
        if self.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, self.url, self.user, self.password or "")
            handler = (
                urllib.request.HTTPDigestAuthHandler(passwords)
                if self.auth == "digest"
                else urllib.request.HTTPBasicAuthHandler(passwords)
            )
            handlers.append(handler)
        return urllib.request.build_opener(*handlers)


@dataclass
class GraphResult:
    graph: str
    triples: int
    ok: bool
    requests: int = 0
    error: str | None = None


@dataclass
class PushReport:
    results: list[GraphResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[GraphResult]:
        return [r for r in self.results if not r.ok]

    @property
    def triples(self) -> int:
        return sum(r.triples for r in self.results if r.ok)

    def summary(self) -> str:
        rate = self.triples / self.seconds if self.seconds else 0.0
        return (
            f"{len(self.results) - len(self.failed)} graphs pushed, {len(self.failed)} failed; "
            f"{self.triples} triples in {self.seconds:.1f} s ({rate:,.0f} triples/s)"
        )


class PushError(RuntimeError):
    pass


def _graphs(db: ox.Store, only: set[str] | None) -> list[ox.NamedNode]:
    names = sorted((g for g in db.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    return [g for g in names if only is None or g.value in only]


def push(
    db: ox.Store,
    endpoint: Endpoint,
    *,
    target_graph: str | None = None,
    batch_triples: int = 50_000,
    only: Iterable[str] | None = None,
    dry_run: bool = False,
    log: Callable[[str], None] | None = None,
) -> PushReport:
    """Push every named graph of `db` (or only those listed) to `endpoint`.

    With `target_graph`, all triples go to that one graph (replaced on the
    first request) instead of one graph per filing.
    """
    started = time.perf_counter()
    report = PushReport()
    opener = endpoint.opener()
    first_into_target = True
    for graph in _graphs(db, set(only) if only is not None else None):
        triples = [q.triple for q in db.quads_for_pattern(None, None, None, graph)]
        dest = target_graph or graph.value
        result = GraphResult(graph.value, len(triples), ok=True)
        batches = [triples[i : i + batch_triples] for i in range(0, len(triples), batch_triples)] or [[]]
        try:
            for n, batch in enumerate(batches):
                replace = n == 0 and (target_graph is None or first_into_target)
                if dry_run:
                    if log:
                        verb = "PUT" if replace else "POST"
                        log(f"{verb} {len(batch)} triples to <{dest}> ({endpoint.mode})")
                    continue
                result.requests += _send(opener, endpoint, dest, batch, replace)
            first_into_target = False
        except PushError as exc:
            result.ok, result.error = False, str(exc)
        report.results.append(result)
        if log and not dry_run:
            log(f"{'ok' if result.ok else 'FAILED'} <{graph.value}> {result.triples} triples"
                + (f": {result.error}" if result.error else ""))  # fmt: skip
    report.seconds = time.perf_counter() - started
    return report


def _send(opener, endpoint: Endpoint, graph: str, triples: list[ox.Triple], replace: bool) -> int:
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
    if endpoint.mode == "update":
        text = body.decode()
        update = (f"DROP SILENT GRAPH <{graph}> ;\n" if replace else "") + (
            f"INSERT DATA {{ GRAPH <{graph}> {{\n{text}}} }}" if triples else ""
        )
        if not update:
            update = f"CREATE SILENT GRAPH <{graph}>"
        data = urllib.parse.urlencode({"update": update}).encode()
        request = urllib.request.Request(
            endpoint.url, data=data, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )  # fmt: skip
    else:
        sep = "&" if "?" in endpoint.url else "?"
        url = f"{endpoint.url}{sep}{urllib.parse.urlencode({endpoint.graph_param: graph})}"
        request = urllib.request.Request(
            url, data=body, method="PUT" if replace else "POST",
            headers={"Content-Type": "application/n-triples"},
        )  # fmt: skip
    return _with_retries(opener, request, endpoint)


def _with_retries(opener, request: urllib.request.Request, endpoint: Endpoint) -> int:
    """Send, retrying transient failures; returns the number of attempts."""
    delay = endpoint.backoff
    for attempt in range(1, endpoint.retries + 2):
        try:
            with opener.open(request, timeout=endpoint.timeout) as response:
                response.read()
            return attempt
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode(errors="replace").strip()
            if exc.code not in RETRYABLE or attempt > endpoint.retries:
                raise PushError(f"HTTP {exc.code} {exc.reason}: {detail}") from None
            retry_after = exc.headers.get("Retry-After")
            wait = float(retry_after) if retry_after and retry_after.isdigit() else delay
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            if attempt > endpoint.retries:
                reason = getattr(exc, "reason", exc)
                raise PushError(f"{type(exc).__name__}: {reason}") from None
            wait = delay
        time.sleep(min(wait, 30.0))
        delay *= 2
    raise AssertionError("unreachable")
