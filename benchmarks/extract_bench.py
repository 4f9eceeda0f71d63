"""Documents per second per extractor over a corpus (extraction alone: no mapping, no SHACL).

    python benchmarks/extract_bench.py [CORPUS_DIR] [--repeat 3]

For each registered extractor: documents it accepts, documents/s, median and
p95 milliseconds per document, facts/s. Documents are read and their text
views built once beforehand, so the figures are the extractors' own.
"""

from __future__ import annotations

import argparse
import statistics
import time

from edgarkg import registry
from edgarkg.model import Document
from edgarkg.sources import iter_documents


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="tests/data/corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = [d for d in iter_documents([args.corpus]) if isinstance(d, Document)]
    for d in docs:
        _ = d.view  # decode and HTML-to-text once, outside the timings
    print(f"{len(docs)} documents from {args.corpus}")
    print(f"{'extractor':<14} {'docs':>5} {'docs/s':>9} {'median ms':>10} {'p95 ms':>8} {'facts/s':>10}")
    for name in registry.available():
        extractor = registry.get(name)
        accepted = [d for d in docs if extractor.accepts(d)]
        if not accepted:
            print(f"{name:<14} {0:>5}")
            continue
        per_doc: list[float] = []
        facts = 0
        started = time.perf_counter()
        for _ in range(args.repeat):
            for d in accepted:
                t = time.perf_counter()
                facts += sum(1 for _ in extractor.extract(d))
                per_doc.append((time.perf_counter() - t) * 1000)
        total = time.perf_counter() - started
        per_doc.sort()
        p95 = per_doc[int(0.95 * (len(per_doc) - 1))]
        print(
            f"{name:<14} {len(accepted):>5} {len(per_doc) / total:>9.1f} {statistics.median(per_doc):>10.2f} "
            f"{p95:>8.2f} {facts / total:>10.0f}"
        )


if __name__ == "__main__":
    main()
