"""Fuzz the readers: container splitter, header, cover page, HTML text, every extractor.

    python benchmarks/fuzz.py --list
    python benchmarks/fuzz.py --target xbrl --seconds 300            # atheris if installed
    python benchmarks/fuzz.py --target html --seconds 60 --engine random
    python benchmarks/fuzz.py --target all --seconds 180 --stats fuzz-stats.jsonl
    python benchmarks/fuzz.py --replay tests/fuzz_regressions/xbrl/*.bin --target xbrl

Seeds are the real filings under tests/data/corpus: whole files, and each
document a target accepts cut out as a bare <DOCUMENT> block, so mutations
land in the content instead of in the submission around it. Mutations are
byte flips (libFuzzer's own under atheris), truncation, splicing other
seeds in, duplicating or removing tags and whole elements, re-encoding
(UTF-16/32, cp1252, a lying charset declaration, invalid UTF-8, NUL bytes)
and hostile tokens (DTDs with entities, deep nesting, long runs).

An input *crashes* a target when it raises anything other than a documented
error (readers raise nothing; extractors may raise a ValueError they raise
on purpose, such as OwnershipError or XbrlError: the pipeline reports those
as located problems), takes more than `--limit` CPU seconds, or breaks an
invariant (a Document not cut from its input, a text span out of range, a
fact whose provenance points outside its document, output that does not
parse back). Crashing inputs are minimised and written to
tests/fuzz_regressions/<target>/, where tests/fuzz_regressions/test_replay.py
replays them. Neither atheris nor hypothesis is a dependency of edgarkg:
`pip install atheris` to get coverage guidance, otherwise `--engine random`
mutates seeds blindly.
"""

from __future__ import annotations

import argparse
import dis
import gzip
import hashlib
import importlib.util
import io
import json
import logging
import random
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/corpus"
REGRESSIONS = ROOT / "tests/fuzz_regressions"
MAX_LEN = 1_200_000
DEFAULT_LIMIT = 5.0  # CPU seconds per input; the slowest seed takes under 0.1 s
SOURCE = "fuzz"
_spec = importlib.util.find_spec("edgarkg")  # found, not imported: atheris instruments it later
PACKAGE = str(Path(next(iter(_spec.submodule_search_locations or []))).resolve()) if _spec else "edgarkg"


def _ours(filename: str) -> bool:
    """Is this frame's file part of the edgarkg package (not the harness, not a library)?"""
    return filename.startswith(PACKAGE)


class Crash(Exception):
    """An input broke one of the invariants a target checks."""


class Timeout(BaseException):
    """Raised by the CPU timer inside a target that ran past its limit."""


# --- what counts as a crash -----------------------------------------------------------------------


_RAISE = dis.opmap["RAISE_VARARGS"]


def documented(exc: BaseException) -> bool:
    """A ValueError edgarkg raises on purpose: one of its own subclasses, or a `raise ValueError`
    statement in edgarkg (not `int("x")` failing inside a parser, which is a bug)."""
    if not isinstance(exc, ValueError) or isinstance(exc, UnicodeError):
        return False
    if type(exc).__module__.startswith("edgarkg"):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    code = tb.tb_frame.f_code  # the instruction itself: the file may have changed since it was loaded
    return _ours(code.co_filename) and code.co_code[tb.tb_lasti] == _RAISE


def signature(exc: BaseException) -> str:
    """Where a crash happened, for telling distinct crashes apart: type and innermost edgarkg frame."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if _ours(f.filename)] or frames
    if isinstance(exc, Crash):
        return f"invariant: {str(exc).split(':')[0]}"
    if not ours:
        return type(exc).__name__
    last = ours[-1]
    where = f"{Path(last.filename).name}:{last.name}"
    if isinstance(exc, Timeout):
        return f"timeout in {where}"
    return f"{type(exc).__name__} at {where}:{last.lineno}"


# --- invariants -----------------------------------------------------------------------------------


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise Crash(message)


_SEVERITIES = {"error", "warning", "skipped"}
_MEDIA = {"text/plain", "text/html", "application/xml"}


def check_problem(p, source_prefix: str = SOURCE) -> None:
    _check(p.source.startswith(source_prefix), f"problem source: {p.source!r}")
    _check(p.severity in _SEVERITIES and isinstance(p.reason, str) and p.reason, f"problem: {p!r}")


def check_view(text: str, view) -> None:
    """Offsets map back inside the source, in order; spans are well formed."""
    n, m = len(text), len(view.text)
    _check(isinstance(view.text, str), "view: text not str")
    for k in range(len(view._starts)):
        a, b = view._src_starts[k], view._src_ends[k]
        _check(0 <= a <= b <= n, f"view: segment {k} source {a},{b} outside 0,{n}")
        _check(0 <= view._starts[k] <= m, f"view: segment {k} start {view._starts[k]} outside 0,{m}")
        _check(k == 0 or view._starts[k - 1] <= view._starts[k], f"view: segment {k} out of order")
    step = max(1, m // 300)
    points = [*range(0, m, step), m]
    previous = 0
    for i in points:
        o = view.source_offset(i)
        _check(0 <= o <= n, f"view: source_offset({i}) = {o} outside 0,{n}")
        _check(o >= previous, f"view: source_offset not monotone at {i}")
        previous = o
    for a, b in zip(points, points[1:], strict=False):
        s, e = view.source_span(a, b)
        _check(0 <= s <= e <= n, f"view: source_span({a},{b}) = {s},{e} outside 0,{n}")


def check_facts(doc, extractor, facts: list) -> None:
    from edgarkg.model import (
        FilingInfo,
        Observation,
        Organization,
        OrgRef,
        Person,
        PersonRef,
        Position,
        Provenance,
        Subsidiary,
    )

    kinds = (FilingInfo, Organization, Person, Position, Subsidiary, Observation)
    n = len(doc.text)
    for fact in facts:
        _check(isinstance(fact, kinds), f"fact: not a Fact: {type(fact).__name__}")
        prov = fact.prov
        _check(isinstance(prov, Provenance), "fact: provenance missing")
        _check(prov.document == doc.id, f"fact: provenance document {prov.document!r} is not {doc.id!r}")
        _check(prov.extractor == extractor.name, f"fact: provenance extractor {prov.extractor!r}")
        _check(0.0 <= prov.confidence <= 1.0, f"fact: confidence {prov.confidence}")
        if prov.locator and prov.locator.startswith("char="):
            a, _, b = prov.locator[5:].partition(",")
            _check(a.isdigit() and b.isdigit(), f"fact: locator {prov.locator!r}")
            _check(int(a) <= int(b) <= n, f"fact: locator {prov.locator!r} outside 0,{n}")
        for f in fields(fact):
            value = getattr(fact, f.name)
            if isinstance(value, Decimal):
                _check(value.is_finite(), f"fact: {f.name} = {value}")
            elif isinstance(value, OrgRef | PersonRef):
                _check(bool(value.name or getattr(value, "cik", None)), f"fact: empty {f.name}")
            elif f.name in ("filing_date", "period_of_report", "period_start", "period_end", "instant"):
                _check(value is None or isinstance(value, date), f"fact: {f.name} = {value!r}")


# --- targets --------------------------------------------------------------------------------------


def _documents(data: bytes) -> Iterator:
    from edgarkg.model import Document, Problem
    from edgarkg.sources import read_bytes

    for item in read_bytes(data, SOURCE):
        if isinstance(item, Problem):
            check_problem(item)
        else:
            _check(isinstance(item, Document), f"reader yielded {type(item).__name__}")
            yield item


def run_containers(data: bytes) -> None:
    """read_bytes: archives, submissions, single documents; decoding and sniffing on the way."""
    from edgarkg.sources.archives import archive_kind

    archive = archive_kind(SOURCE, data[:1024]) is not None
    for doc in _documents(data):
        _check(isinstance(doc.data, bytes) and doc.filing_id, "document: no data or filing id")
        _check(archive or doc.data in data, "document: data not cut from the input")
        _check(doc.media_type in _MEDIA, f"document: media type {doc.media_type!r}")
        _check(doc.source.startswith(SOURCE), f"document: source {doc.source!r}")
        text = doc.text
        _check(isinstance(text, str) and "\x00" not in text, "document: text has NUL")


def run_html(data: bytes) -> None:
    """decode + text_view as HTML, whatever the bytes."""
    from edgarkg.sources.decode import decode
    from edgarkg.sources.html import text_view

    text = decode(data)
    check_view(text, text_view(text, "text/html"))


def run_extractor(name: str) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        from edgarkg import registry

        extractor = registry.get(name)
        for doc in _documents(data):
            if not extractor.accepts(doc):
                continue
            try:
                facts = list(extractor.extract(doc))
            except Exception as exc:
                if documented(exc):
                    continue
                raise
            check_facts(doc, extractor, facts)

    run.__doc__ = f"every document the {name} extractor accepts, through that extractor"
    return run


def run_pipeline(data: bytes) -> None:
    """All extractors, mapping per filing, N-Quads out and parsed back by pyoxigraph."""
    import pyoxigraph as ox

    from edgarkg import registry
    from edgarkg.mapping.graph import map_filing, run_iri
    from edgarkg.mapping.iris import filing_iri
    from edgarkg.rdfio import graph_quads

    chosen = registry.select()
    run = run_iri((e.name, e.version) for e in chosen)
    filings: dict[str, list] = {}
    for doc in _documents(data):
        facts: list = []
        for extractor in chosen:  # as the pipeline's extract does, but telling bugs from documented errors
            try:
                if extractor.accepts(doc):
                    facts.extend(extractor.extract(doc))
            except Exception as exc:
                if not documented(exc):
                    raise
        filings.setdefault(doc.filing_id, []).append((doc, facts))
    for filing_id, docs in filings.items():
        graph, _ = map_filing(filing_id, docs, run)
        quads = list(graph_quads(graph, filing_iri(filing_id)))
        out = io.BytesIO()
        ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
        back = list(ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS))
        _check(len(set(back)) == len(set(quads)), "output: N-Quads do not parse back to the same quads")


def targets() -> dict[str, Callable[[bytes], None]]:
    from edgarkg import registry

    found: dict[str, Callable[[bytes], None]] = {"containers": run_containers, "html": run_html}
    for name in registry.available():
        found[name] = run_extractor(name)
    found["pipeline"] = run_pipeline
    return found


# --- seeds ----------------------------------------------------------------------------------------


def _as_block(doc) -> bytes:
    head = f"<DOCUMENT>\n<TYPE>{doc.doc_type or 'EX-99'}\n<SEQUENCE>1\n<FILENAME>{doc.filename or 'd.txt'}\n"
    return head.encode() + b"<TEXT>\n" + doc.data + b"\n</TEXT>\n</DOCUMENT>\n"


def _archives(files: list[bytes]) -> list[bytes]:
    small = [f for f in files if len(f) < 20_000][:3]
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, data in enumerate(small):
            zf.writestr(f"dir/f{i}.txt", data)
    tarred = io.BytesIO()
    with tarfile.open(fileobj=tarred, mode="w:gz") as tf:
        for i, data in enumerate(small):
            info = tarfile.TarInfo(f"f{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return [zipped.getvalue(), tarred.getvalue(), gzip.compress(small[0], mtime=0)] if small else []


def seeds(target: str, corpus: Path = CORPUS) -> list[bytes]:
    """Inputs that reach the target: whole corpus files, and the accepted documents cut out of them."""
    from edgarkg.model import Document
    from edgarkg.sources import read_bytes

    files = [p.read_bytes() for p in sorted(corpus.rglob("*")) if p.is_file()]
    if target in ("containers", "pipeline"):
        out = [f for f in files if len(f) <= MAX_LEN] + _archives(files)
        return out if target == "containers" else [f for f in out if len(f) < 200_000]
    if target == "html":
        docs = [d for f in files for d in read_bytes(f, SOURCE) if isinstance(d, Document)]
        return [d.data for d in docs if d.media_type == "text/html" and len(d.data) <= MAX_LEN]
    from edgarkg import registry

    extractor = registry.get(target)
    out: dict[bytes, None] = {}
    for data in files:
        for doc in read_bytes(data, SOURCE):
            if not isinstance(doc, Document) or not extractor.accepts(doc):
                continue
            if doc.doc_type == "SEC-HEADER":
                cut = data.find(b"<DOCUMENT>")
                out[data[: cut if cut > 0 else len(data)]] = None
            elif doc.sequence is not None:
                out[_as_block(doc)] = None
            else:
                out[doc.data] = None
            if len(data) < 200_000:
                out[data] = None
    return [s for s in out if len(s) <= MAX_LEN]


# --- mutations ------------------------------------------------------------------------------------

_TAG = re.compile(rb"<(/?)([A-Za-z][\w:.-]{0,40})[^<>]{0,300}>")
_HOSTILE = [
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
    b"&e;&b;&a;",
    b"&#0;&#x110000;&#150;&#xD800;&nbsp;&amp&",
    b"<DOCUMENT>",
    b"</DOCUMENT>",
    b"<TEXT>",
    b"</TEXT>",
    b"<TYPE>EX-21\n",
    b"<TYPE>4\n",
    b"<TYPE>GRAPHIC\n",
    b"<SEQUENCE>99999999999999999999\n",
    b"<XML>\n",
    b"</XML>\n",
    b"<PDF>\nJVBERi0xLjQK\n</PDF>\n",
    b"begin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``@&!@<&!0@'!P<)\n`\nend\n",
    b"<SEC-HEADER>",
    b"</SEC-HEADER>",
    b"CENTRAL INDEX KEY:\t\t00003201X3\n",
    b"FILED AS OF DATE:\t\t20031341\n",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"-->",
    b"<?xml version='1.0' encoding='utf-16'?>",
    b'<meta charset="shift_jis">',
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3\x28\xa0\xa1\xe2\x82\x28\xf0\x28\x8c\xbc",
    b"9" * 400,
    b"-1E+999999",
    b"NaN",
    b"\r",
    b"\t\t\t\t\t\t\t\t",
    b"<td>",
    b"</td></tr>",
    b"<table><tr><td>",
    b"<pre>",
    b"<script>",
]
_ENCODINGS = ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "cp1252", "latin-1", "utf-8-sig", "ascii"]


def _tags(data: bytes, rnd: random.Random) -> list[re.Match[bytes]]:
    start = rnd.randrange(len(data)) if len(data) > 200_000 else 0
    return list(_TAG.finditer(data, start, start + 200_000))


def mutate(data: bytes, rnd: random.Random, pool: list[bytes], max_size: int = MAX_LEN) -> bytes:
    """One structure-aware mutation (the byte-level ones come from libFuzzer or `_flip`)."""
    ops = [_flip, _truncate, _splice, _tag_op, _tag_op, _element_op, _encoding, _hostile, _repeat]
    out = rnd.choice(ops)(data, rnd, pool)
    return out[:max_size]


def _flip(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    if not data:
        return bytes([rnd.randrange(256)])
    b = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        i = rnd.randrange(len(b))
        b[i] = rnd.choice([b[i] ^ (1 << rnd.randrange(8)), rnd.randrange(256), 0, 0x3C, 0x3E, 0x26])
    return bytes(b)


def _truncate(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    if len(data) < 2:
        return data
    cut = rnd.randrange(len(data))
    return data[:cut] if rnd.random() < 0.8 else data[cut:]


def _splice(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    other = rnd.choice(pool) if pool else data
    if not other:
        return data
    a = rnd.randrange(len(other))
    piece = other[a : a + rnd.randint(1, 20_000)]
    i = rnd.randint(0, len(data))
    j = i if rnd.random() < 0.5 else min(len(data), i + rnd.randint(0, 20_000))
    return data[:i] + piece + data[j:]


def _tag_op(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    tags = _tags(data, rnd)
    if not tags:
        return _hostile(data, rnd, pool)
    m = rnd.choice(tags)
    a, b = m.span()
    choice = rnd.random()
    if choice < 0.4:  # remove the tag
        return data[:a] + data[b:]
    if choice < 0.8:  # duplicate it, in place or somewhere else
        at = b if rnd.random() < 0.5 else rnd.randint(0, len(data))
        return data[:at] + m.group() * rnd.randint(1, 50) + data[at:]
    swapped = rnd.choice(tags).group()  # put another tag in its place
    return data[:a] + swapped + data[b:]


def _element_op(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    opens = [m for m in _tags(data, rnd) if not m.group(1)]
    if not opens:
        return _tag_op(data, rnd, pool)
    m = rnd.choice(opens)
    close = data.find(b"</" + m.group(2) + b">", m.end())
    if close < 0:
        return data[: m.start()] + data[m.end() :]
    end = close + len(m.group(2)) + 3
    element = data[m.start() : end]
    if rnd.random() < 0.5:
        return data[: m.start()] + data[end:]
    return data[:end] + element * rnd.randint(1, 20) + data[end:]


def _encoding(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    from edgarkg.sources.decode import decode

    choice = rnd.random()
    if choice < 0.5:
        text = decode(data)
        a = rnd.randrange(len(text) + 1)
        b = len(text) if rnd.random() < 0.5 else min(len(text), a + rnd.randint(1, 5000))
        codec = rnd.choice(_ENCODINGS)
        whole = rnd.random() < 0.5
        if whole:
            return text.encode(codec, errors="replace")
        return text[:a].encode("utf-8", "replace") + text[a:b].encode(codec, "replace") + text[b:].encode()
    if choice < 0.75:  # a declaration that lies
        name = rnd.choice([*_ENCODINGS, "shift_jis", "bogus-1", "utf-7", "cp037", "x-user-defined"]).encode()
        out = re.sub(rb"encoding=['\"][^'\"]*['\"]", b'encoding="' + name + b'"', data[:300], count=1)
        out = re.sub(rb"charset=['\"]?[\w.:-]+", b"charset=" + name, out, count=1)
        return out + data[300:]
    i = rnd.randint(0, len(data))
    junk = rnd.choice([b"\x00" * rnd.randint(1, 64), b"\xff\xfe\x00", b"\xc3", b"\xed\xa0\x80", b"\x93\x94"])
    return data[:i] + junk + data[i:]


def _hostile(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    token = rnd.choice(_HOSTILE)
    i = rnd.randint(0, len(data))
    if rnd.random() < 0.3:
        m = re.search(rb"<\?xml[^>]*\?>", data[:500])
        i = m.end() if m else 0
    return data[:i] + token + data[i:]


def _repeat(data: bytes, rnd: random.Random, pool: list[bytes]) -> bytes:
    """Long runs and deep nesting: a chunk or a single byte repeated many times."""
    if not data:
        return b"<div>" * 10_000
    a = rnd.randrange(len(data))
    chunk = data[a : a + rnd.choice([1, 3, 10, 100])]
    times = rnd.choice([100, 1000, 10_000, 100_000]) // max(1, len(chunk) // 10)
    return data[:a] + chunk * times + data[a:]


# --- running one input ----------------------------------------------------------------------------


@dataclass
class Outcome:
    seconds: float
    crash: BaseException | None = None

    @property
    def signature(self) -> str | None:
        return signature(self.crash) if self.crash is not None else None


def _alarm(signum: int, frame: object) -> None:
    raise Timeout("input took longer than the CPU limit")


def execute(run: Callable[[bytes], None], data: bytes, limit: float) -> Outcome:
    """Run one input with a CPU-time limit; catch what the target may not raise."""
    previous = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, limit)
    started = time.process_time()
    crash: BaseException | None = None
    try:
        run(data)
    except (Exception, Timeout, RecursionError, MemoryError) as exc:
        crash = exc
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return Outcome(time.process_time() - started, crash)


def minimise(run: Callable[[bytes], None], data: bytes, sig: str, limit: float, budget: float = 60) -> bytes:
    """Delta debugging: drop chunks while the same crash still happens (bounded by `budget` seconds)."""
    deadline = time.monotonic() + budget
    chunk = max(1, len(data) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i, shrunk = 0, False
        while i < len(data) and time.monotonic() < deadline:
            candidate = data[:i] + data[i + chunk :]
            if execute(run, candidate, limit).signature == sig:
                data, shrunk = candidate, True
            else:
                i += chunk
        if not shrunk:
            chunk //= 2
    return data


def _slug(sig: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", sig).strip("-").lower()[:60]


class Recorder:
    """Counts executions; keeps the first input of each distinct crash (minimised) as a regression."""

    def __init__(self, target: str, run: Callable[[bytes], None], limit: float, out: Path) -> None:
        self.target, self.run, self.limit, self.out = target, run, limit, out
        self.executions = 0
        self.crashes: dict[str, int] = {}
        self.saved: list[str] = []
        self.known = {read_case(p) for p in cases(out / target)}
        self.kept: dict[str, bool] = {}  # slug of a kept crash → does its input still crash?

    def one(self, data: bytes) -> None:
        outcome = execute(self.run, data, self.limit)
        self.executions += 1
        sig = outcome.signature
        if sig is None:
            return
        self.crashes[sig] = self.crashes.get(sig, 0) + 1
        if self.crashes[sig] > 1 or data in self.known or self._open(sig):
            return
        print(f"\n[{self.target}] CRASH {sig}", file=sys.stderr)
        traceback.print_exception(outcome.crash, limit=-6, file=sys.stderr)
        small = minimise(self.run, data, sig, self.limit)
        self.save(small, sig)

    def _open(self, sig: str) -> bool:
        """Is a crash with this signature already kept, and not fixed? (Then one input is enough.)"""
        slug = _slug(sig)
        if slug not in self.kept:
            kept = [p for p in cases(self.out / self.target) if p.name.startswith(slug + "-")]
            self.kept[slug] = any(execute(self.run, read_case(p), self.limit).signature == sig for p in kept)
        return self.kept[slug]

    def save(self, data: bytes, sig: str) -> None:
        path = self.out / self.target / f"{_slug(sig)}-{hashlib.sha256(data).hexdigest()[:10]}.bin"
        if len(data) > 65_536:  # fuzzed inputs are repetitive: big ones are kept compressed
            path = path.with_name(path.name + ".gz")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)
        self.known.add(data)
        self.kept[_slug(sig)] = True
        self.saved.append(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path))
        print(f"[{self.target}] saved {path} ({len(data)} bytes)", file=sys.stderr)

    def stats(self) -> dict[str, object]:
        return {"target": self.target, "executions": self.executions, "crashes": self.crashes,
                "saved": self.saved}  # fmt: skip


# --- engines --------------------------------------------------------------------------------------


def fuzz_random(recorder: Recorder, pool: list[bytes], seconds: float, seed: int) -> None:
    """Blind mutation: 1-4 stacked mutations of a seed or of an earlier mutant, for `seconds` of CPU."""
    rnd = random.Random(seed)
    mutants: list[bytes] = []
    for data in pool:  # every seed once, unmutated
        recorder.one(data)
    start = time.process_time()
    while time.process_time() - start < seconds:
        data = rnd.choice(mutants) if mutants and rnd.random() < 0.3 else rnd.choice(pool)
        for _ in range(rnd.randint(1, 4)):
            data = mutate(data, rnd, pool)
        recorder.one(data)
        mutants.append(data)
        if len(mutants) > 200:
            mutants.pop(rnd.randrange(len(mutants)))


def fuzz_atheris(recorder: Recorder, pool: list[bytes], seconds: float, seed: int, workdir: Path) -> None:
    """Coverage-guided with libFuzzer; mutations alternate between libFuzzer's and ours."""
    import atheris

    seed_dir, corpus_dir = workdir / "seeds", workdir / "corpus"
    for d in (seed_dir, corpus_dir):
        d.mkdir(parents=True, exist_ok=True)
    for data in pool:
        (seed_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)
    rnd = random.Random(seed)
    stats_file = workdir / "stats.json"
    last_write = [time.monotonic()]

    def one(data: bytes) -> None:
        recorder.one(data)
        if time.monotonic() - last_write[0] > 2:
            stats_file.write_text(json.dumps(recorder.stats()))
            last_write[0] = time.monotonic()

    def mutator(data: bytes, max_size: int, seed: int) -> bytes:
        rnd.seed(seed)
        if rnd.random() < 0.5:
            return atheris.Mutate(data, max_size)
        return mutate(data, rnd, pool, max_size)

    args = [
        sys.argv[0],
        f"-max_total_time={max(1, int(seconds))}",
        f"-timeout={int(recorder.limit * 10 + 30)}",  # wall-clock backstop on a shared machine
        "-rss_limit_mb=3072",
        f"-max_len={MAX_LEN}",
        f"-seed={seed}",
        f"-artifact_prefix={workdir}/",
        "-print_final_stats=1",
        str(corpus_dir),
        str(seed_dir),
    ]
    atheris.Setup(args, one, custom_mutator=mutator)
    atheris.Fuzz()


def _child(args: argparse.Namespace) -> None:
    """One atheris process: instrument edgarkg, fuzz, write statistics; restarted after a hard kill."""
    import atheris

    with atheris.instrument_imports(include=["edgarkg"]):
        import edgarkg.mapping.graph  # noqa: F401
        import edgarkg.pipeline  # noqa: F401
        import edgarkg.sources  # noqa: F401
        from edgarkg import registry

        registry.select()  # loads (and so instruments) every extractor
    run = targets()[args.target]
    recorder = Recorder(args.target, run, args.limit, Path(args.out))
    workdir = Path(args.workdir)
    try:
        fuzz_atheris(recorder, seeds(args.target), args.seconds, args.seed, workdir)
    finally:
        (workdir / "stats.json").write_text(json.dumps(recorder.stats()))


def run_target(args: argparse.Namespace) -> dict[str, object]:
    started, cpu0 = time.monotonic(), _cpu()
    if args.engine == "random":
        recorder = Recorder(args.target, targets()[args.target], args.limit, Path(args.out))
        fuzz_random(recorder, seeds(args.target), args.seconds, args.seed)
        stats = recorder.stats()
    else:
        stats = _atheris_parent(args)
    stats.update(engine=args.engine, wall_seconds=round(time.monotonic() - started, 1),
                 cpu_seconds=round(_cpu() - cpu0, 1))  # fmt: skip
    return stats


def _cpu() -> float:
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _atheris_parent(args: argparse.Namespace) -> dict[str, object]:
    """Restart the atheris child until the time is spent; hard timeouts and OOMs become regressions."""
    saver = Recorder(args.target, lambda data: None, args.limit, Path(args.out))
    executions = 0
    deadline = time.monotonic() + args.seconds
    seed = args.seed
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{args.target}-") as tmp:
        workdir, stats_file = Path(tmp), Path(tmp) / "stats.json"
        while (left := deadline - time.monotonic()) > 5:
            options = {"--target": args.target, "--seconds": int(left), "--limit": args.limit,
                       "--out": args.out, "--seed": seed, "--workdir": tmp}  # fmt: skip
            cmd = [sys.executable, __file__, "--child", *(str(x) for kv in options.items() for x in kv)]
            stats_file.unlink(missing_ok=True)
            try:
                subprocess.run(cmd, check=False, timeout=left + args.limit * 10 + 120)
            except subprocess.TimeoutExpired:  # stuck outside any input libFuzzer could time
                saver.crashes["hard hang"] = saver.crashes.get("hard hang", 0) + 1
            stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
            executions += stats.get("executions", 0)
            for sig, count in stats.get("crashes", {}).items():
                saver.crashes[sig] = saver.crashes.get(sig, 0) + count
            saver.saved += stats.get("saved", [])
            for artifact in workdir.glob("*-*"):
                kind = artifact.name.split("-")[0]
                if kind in ("timeout", "oom", "crash"):  # libFuzzer killed the child on this input
                    saver.crashes[f"hard {kind}"] = saver.crashes.get(f"hard {kind}", 0) + 1
                    saver.save(artifact.read_bytes(), f"hard {kind}")
                artifact.unlink()  # and slow-unit-*: slow, but under the limit, so not a crash
            seed += 1
    return {**saver.stats(), "executions": executions}


def cases(directory: Path) -> list[Path]:
    """The regression inputs kept in a directory (plain or gzip-compressed)."""
    return sorted([*directory.glob("*.bin"), *directory.glob("*.bin.gz")])


def read_case(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()


def replay(target: str, paths: list[Path], limit: float) -> int:
    run = targets()[target]
    bad = 0
    for path in paths:
        outcome = execute(run, read_case(path), limit)
        status = "ok" if outcome.crash is None else f"CRASH {outcome.signature}"
        bad += outcome.crash is not None
        print(f"{path}: {status} ({outcome.seconds:.2f} s)")
        if outcome.crash is not None:
            traceback.print_exception(outcome.crash, file=sys.stderr)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", help='what to fuzz (--list names them; "all": each in turn)')
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--engine", choices=["atheris", "random"], default=None)
    parser.add_argument("--limit", type=float, default=DEFAULT_LIMIT, help="CPU seconds per input")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(REGRESSIONS), help="where crashing inputs go")
    parser.add_argument("--stats", help="append a JSON line of statistics to this file")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--replay", nargs="*", type=Path)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # the xbrl extractor logs every skipped fact: noise here
    if args.child:
        _child(args)
        return 0
    if args.list or not args.target:
        for name, run in targets().items():
            print(f"{name:12} {(run.__doc__ or '').strip().splitlines()[0]}")
        return 0
    names = list(targets()) if args.target == "all" else [args.target]
    if not set(names) <= set(targets()):
        parser.error(f"unknown target {args.target!r}; --list names them")
    if args.replay is not None:
        return max((replay(name, args.replay, args.limit) for name in names), default=0)
    if args.engine is None:
        try:
            import atheris  # noqa: F401

            args.engine = "atheris"
        except ImportError:
            args.engine = "random"
    for name in names:  # "all": one after the other, each for --seconds
        args.target = name
        stats = run_target(args)
        crashes = sum(stats["crashes"].values())  # type: ignore[union-attr]
        print(f"{name}: {stats['executions']} executions in {stats['wall_seconds']} s "
              f"({stats['cpu_seconds']} s CPU, {args.engine}); {crashes} crashing inputs, "
              f"{len(stats['crashes'])} distinct: {stats['crashes']}")  # fmt: skip
        if args.stats:
            with open(args.stats, "a") as f:
                f.write(json.dumps(stats) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
