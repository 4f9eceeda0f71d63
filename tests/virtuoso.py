"""A real Virtuoso Open Source server on loopback, for the triple-store tests.

Started from the Debian package's `virtuoso-t` with a temporary database;
the digest-auth Graph Store endpoint (`/sparql-graph-crud-auth`) is written
to as the `dba` user, and `/sparql` is read anonymously.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {d}
CheckpointInterval = 60
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.http = free_port()
        self.sql = free_port()
        self.proc: subprocess.Popen | None = None
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "virtuoso.ini").write_text(INI.format(d=directory, sql=self.sql, http=self.http))

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http}"

    @property
    def crud(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"

    @property
    def sparql_auth(self) -> str:
        return f"{self.base}/sparql-auth"

    def start(self, timeout: float = 90.0) -> None:
        self.proc = subprocess.Popen(
            [VIRTUOSO, "+configfile", str(self.dir / "virtuoso.ini"), "+foreground"],
            cwd=self.dir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = (self.dir / "virtuoso.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}:\n{log}")
            try:
                self.select("ASK {}")
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("virtuoso-t did not answer in time")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def select(self, query: str) -> dict:
        url = f"{self.base}/sparql?" + urllib.parse.urlencode(
            {"query": query, "format": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(url, timeout=60) as response:
            return json.loads(response.read())

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        result = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(result["results"]["bindings"][0]["n"]["value"])

    def counts_per_graph(self, prefix: str) -> dict[str, int]:
        result = self.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER STRSTARTS(STR(?g), "{prefix}") }} GROUP BY ?g'
        )
        return {b["g"]["value"]: int(b["n"]["value"]) for b in result["results"]["bindings"]}
