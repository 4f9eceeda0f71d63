"""Independent check of the `xbrl` extractor against Arelle, and its speed.

For every XBRL instance and inline XBRL document given (default: the
corpus's xbrl/ folder), both tools load the document offline and the sets
of numeric facts are compared as (concept, period, dimensions, unit, value).
Arelle runs with the DTS skipped (no taxonomy, no network) and is fed the
bytes with leading whitespace removed, from a temporary file, because it
refuses a blank line before the XML declaration.

    pip install -e '.[bench]'      # arelle-release
    python benchmarks/xbrl_vs_arelle.py [FILE_OR_DIR ...]

Arelle knows no SEC transformation rules (ixt-sec), so facts using them
are missing on its side; they are listed as "only ours".
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from edgarkg.extractors.xbrl import XbrlExtractor
from edgarkg.model import Document, Observation, content_id

Key = tuple[str, tuple[str | None, str | None, str | None], frozenset[tuple[str, str]], str, Decimal]

DEFAULT_DIRS = [Path("/work/shared/corpus/xbrl"), Path(__file__).parent.parent / "tests/data/corpus/xbrl"]
RUNS = 5
_STANDARD_NS = re.compile(
    r"^https?://(?:fasb\.org|xbrl\.sec\.gov|xbrl\.us)/([A-Za-z][\w-]*)/\d{4}(?:-\d\d-\d\d)?/?$"
)


def ours(doc: Document) -> set[Key]:
    keys: set[Key] = set()
    for fact in XbrlExtractor().extract(doc):
        if isinstance(fact, Observation):
            period = tuple(
                d.isoformat() if d else None for d in (fact.period_start, fact.period_end, fact.instant)
            )
            keys.add((fact.metric, period, frozenset(fact.dimensions), fact.unit, fact.value.normalize()))  # type: ignore[arg-type]
    return keys


def _canon(qname: Any) -> str:
    """Arelle QName → "prefix:Local" with the year-free prefix of standard taxonomies."""
    m = _STANDARD_NS.match(qname.namespaceURI or "")
    return f"{m.group(1) if m else qname.prefix}:{qname.localName}"


def _day_before(moment: datetime) -> date:
    # Arelle stores an end date or instant written as a date as the next midnight.
    return (moment - timedelta(days=1)).date()


def arelle_facts(model: Any) -> tuple[set[Key], list[str]]:
    keys: set[Key] = set()
    failures: list[str] = []
    stack = list(model.facts)
    while stack:
        fact = stack.pop()
        stack.extend(getattr(fact, "modelTupleFacts", None) or [])
        if not fact.unitID or fact.isNil:
            continue
        try:
            value = Decimal(fact.value)
        except Exception as exc:  # noqa: BLE001 - Arelle raises many kinds for a failed transformation
            failures.append(f"{fact.qname} {fact.get('id')}: {type(exc).__name__}")
            continue
        ctx = fact.context
        if ctx.isInstantPeriod:
            period = (None, None, _day_before(ctx.instantDatetime).isoformat())
        elif ctx.isStartEndPeriod:
            period = (ctx.startDatetime.date().isoformat(), _day_before(ctx.endDatetime).isoformat(), None)
        else:
            period = (None, None, None)
        dims = set()
        for dim_qname, dim in ctx.qnameDims.items():
            if dim.isExplicit:
                dims.add((_canon(dim_qname), _canon(dim.memberQname)))
            else:
                dims.add((_canon(dim_qname), " ".join("".join(dim.typedMember.itertext()).split())))
        num, den = fact.unit.measures
        unit = "*".join(m.localName for m in num)
        if den:
            unit += "/" + "*".join(m.localName for m in den)
        keys.add((_canon(fact.qname), period, frozenset(dims), unit, value.normalize()))  # type: ignore[arg-type]
    return keys, failures


def timed(fn: Any, runs: int = RUNS) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [next(d for d in DEFAULT_DIRS if d.is_dir())]
    files = sorted(
        f
        for p in paths
        for f in (p.iterdir() if p.is_dir() else [p])
        if f.suffix in (".xml", ".htm", ".html", ".xhtml")
    )

    started = time.perf_counter()
    from arelle import Cntlr

    cntlr = Cntlr.Cntlr(logFileName="logToBuffer")
    cntlr.webCache.workOffline = True
    cntlr.modelManager.skipDTS = True
    print(f"Arelle import + controller: {time.perf_counter() - started:.2f} s")

    extractor = XbrlExtractor()
    total_same = total_union = 0
    columns = ("ours", "arelle", "agree", "ours ms", "arelle ms", "x")
    print(f"{'document':55s} " + " ".join(f"{c:>{max(len(c), 5)}s}" for c in columns))
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            data = path.read_bytes()
            doc = Document(source=str(path), data=data, filing_id=content_id(data))
            if not extractor.accepts(doc):
                print(f"{path.name:55s} not XBRL, skipped")
                continue
            stripped = Path(tmp) / path.name
            stripped.write_bytes(data.lstrip())

            our_time, our_keys = timed(lambda doc=doc: ours(doc))

            def load(stripped: Path = stripped) -> tuple[set[Key], list[str]]:
                model = cntlr.modelManager.load(str(stripped))
                try:
                    return arelle_facts(model)
                finally:
                    model.close()

            arelle_time, (their_keys, failures) = timed(load, runs=3)
            same = our_keys & their_keys
            union = our_keys | their_keys
            total_same += len(same)
            total_union += len(union)
            agree = len(same) / len(union) if union else 1.0
            speedup = arelle_time / our_time if our_time else float("inf")
            print(
                f"{path.name:55s} {len(our_keys):5d} {len(their_keys):6d} {agree:6.1%} "
                f"{our_time * 1000:8.1f} {arelle_time * 1000:9.1f} {speedup:5.0f}"
            )
            for key in sorted(our_keys - their_keys, key=str)[:5]:
                print(f"    only ours:   {key}")
            for key in sorted(their_keys - our_keys, key=str)[:5]:
                print(f"    only Arelle: {key}")
            for failure in failures[:5]:
                print(f"    Arelle could not read {failure}")
            if len(failures) > 5:
                print(f"    ... Arelle could not read {len(failures)} facts in all")
    overall = total_same / total_union if total_union else 1.0
    print(f"overall agreement: {total_same}/{total_union} = {overall:.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
