"""edgarkg against a peer, edgartools, parsing the same Forms 3/4/5 and XBRL instances.

    python -m venv /tmp/peer && /tmp/peer/bin/pip install edgartools
    python benchmarks/peer_bench.py --peer-python /tmp/peer/bin/python [--repeat 20]

Both sides parse the same files offline in a warm process: edgarkg's
`ownership` and `xbrl` extractors (facts out, no mapping), edgartools'
`Ownership.from_xml` (Forms 3/4/5 XML: issuer, owners, transactions into
pandas frames) and `XBRL.from_files(instance_file=...)` (contexts, units,
facts). edgartools looks each reporting owner up on the SEC website to
decide person or company; offline that lookup is replaced by "unknown", so
its figures are for parsing alone. edgartools runs in its own interpreter (it is not a dependency of
edgarkg), so each side's figures are its own. Prints, per file: bytes, ms per
parse for each, the ratio, and what each produced (facts for edgarkg; facts
or transactions for edgartools), then totals in documents/s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from edgarkg import registry
from edgarkg.model import Document
from edgarkg.sources import iter_documents

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"

# Runs inside the peer's interpreter: times each file, prints one JSON line per file.
PEER = r"""
import json, statistics, sys, time
from pathlib import Path
import edgar.ownership.owners as owners
from edgar.ownership import Ownership
from edgar.xbrl import XBRL

# edgartools asks the SEC whether each reporting owner is a company (one HTTP request per
# owner); offline that fails, so the lookup answers "unknown" and names stay as written.
owners.Entity = lambda cik: None

def rows(part):
    frame = getattr(part, "data", part)
    return 0 if frame is None else len(frame)

repeat = int(sys.argv[1])
for kind, path in (line.split("\t") for line in sys.stdin.read().splitlines()):
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    times, produced, error = [], None, None
    for _ in range(repeat):
        t = time.perf_counter()
        try:
            if kind == "ownership":
                form = Ownership.from_xml(text)
                produced = sum(
                    rows(getattr(table, part, None))
                    for table in (form.non_derivative_table, form.derivative_table)
                    for part in ("transactions", "holdings")
                )
            else:
                xbrl = XBRL.from_files(instance_file=path)
                produced = len(xbrl._facts)
        except Exception as exc:  # report, do not stop the comparison
            error = f"{type(exc).__name__}: {exc}"[:120]
            break
        times.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"path": path, "ms": statistics.median(times) if times else None,
                      "produced": produced, "error": error}))
"""


def ours(kind: str, path: Path, repeat: int) -> tuple[float, int]:
    extractor = registry.get(kind)
    (doc,) = [d for d in iter_documents([path]) if isinstance(d, Document) and extractor.accepts(d)]
    times, facts = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        facts = sum(1 for _ in extractor.extract(doc))
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), facts


def inputs(corpus: Path) -> list[tuple[str, Path]]:
    found = [("ownership", p) for p in sorted((corpus / "ownership").glob("*.xml"))]
    return found + [("xbrl", p) for p in sorted((corpus / "xbrl").glob("*_instance.xml"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--peer-python", default=sys.executable, help="an interpreter with edgartools installed")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    files = inputs(args.corpus)
    feed = "\n".join(f"{kind}\t{path.resolve()}" for kind, path in files)
    # edgartools insists on an SEC identity even for local parsing; nothing is fetched.
    env = {**os.environ, "EDGAR_IDENTITY": "edgarkg benchmark bench@example.org"}
    run = subprocess.run(
        [args.peer_python, "-c", PEER, str(args.repeat)],
        input=feed,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if run.returncode:
        sys.exit(f"peer failed ({args.peer_python}):\n{run.stderr[-2000:]}")
    peer = {r["path"]: r for r in map(json.loads, run.stdout.splitlines())}
    print(f"{'file':<58} {'KB':>6} {'edgarkg ms':>10} {'peer ms':>8} {'ratio':>6} {'facts':>6} {'peer n':>6}")
    totals: dict[str, list[float]] = {}
    for kind, path in files:
        ms, facts = ours(kind, path, args.repeat)
        p = peer[str(path.resolve())]
        ratio = f"{p['ms'] / ms:6.1f}" if p["ms"] else "     -"
        peer_ms = f"{p['ms']:8.2f}" if p["ms"] else f"{'failed':>8}"
        print(
            f"{path.name[:58]:<58} {path.stat().st_size / 1024:>6.0f} {ms:>10.2f} {peer_ms} {ratio} "
            f"{facts:>6} {p['produced'] if p['produced'] is not None else '-':>6}"
        )
        if p["error"]:
            print(f"    edgartools: {p['error']}")
        mine, theirs = totals.setdefault(kind + " edgarkg", []), totals.setdefault(kind + " edgartools", [])
        mine.append(ms)
        if p["ms"]:
            theirs.append(p["ms"])
    print()
    for label, times in totals.items():
        if times:
            print(f"{label:<22} {len(times):>3} files  {1000 * len(times) / sum(times):>8.1f} documents/s")


if __name__ == "__main__":
    main()
