"""`edgarkg eval`: extraction quality measured against hand-made gold annotations.

Each gold JSON file (format in tests/data/gold/README.md) says what a perfect
extraction of one corpus document holds. Its document is built alone
(`pipeline.build`, no SHACL) and what the graph says is read back with SPARQL,
then matched one-to-one with the gold items (rules in `evaluate_match`).
Five categories are scored:

- companies — every `ekg:Organization` with an `rdfs:label` against gold
  `companies` (`optional_companies` count neither way);
- subsidiaries — `?child ekg:subsidiaryOf ?parent` against (parent, child);
- people — every `ekg:Person` against the distinct persons of gold `people`;
- positions — `ekg:Position` (holder, organization, title) against each
  gold `people` entry;
- metrics — `ekg:Observation` (subject, value, unit, period) against gold
  `metrics`; unmatched observations only count against precision when the
  gold file says `metrics_precision` (default true).

Scores: precision = TP/(TP+FP), recall = TP/(TP+FN), F1 their harmonic mean,
summed ("micro") over documents per category. Precision is undefined (None,
shown "-") when nothing was extracted, recall when the gold has nothing; F1 is
undefined when both are, else 0 when either is. Macro-F1 is the mean of the
defined category F1s. A document that fails to build scores every gold item
as a miss and is reported with its error.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from edgarkg.evaluate_match import (
    GoldMetric,
    Metric,
    Org,
    Outcome,
    Person,
    Position,
    Subsidiary,
    metric_score,
    org_score,
    person_score,
    position_score,
    score_items,
    subsidiary_score,
)

CATEGORIES = ("companies", "subsidiaries", "people", "positions", "metrics")
EKG = "https://w3id.org/edgarkg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


class GoldError(ValueError):
    """A gold file that cannot be read: the measuring stick itself is broken."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class Gold:
    """One gold file, turned into the items the scorer compares."""

    path: str  # the gold file, relative to the gold directory
    document: str  # the document, relative to the corpus directory
    kind: str  # the corpus top-level folder: text-press, xbrl, ...
    companies: tuple[Org, ...] = ()
    optional_companies: tuple[Org, ...] = ()
    subsidiaries: tuple[Subsidiary, ...] = ()
    optional_subsidiaries: tuple[Subsidiary, ...] = ()
    people: tuple[Person, ...] = ()
    optional_people: tuple[Person, ...] = ()
    positions: tuple[Position, ...] = ()
    optional_positions: tuple[Position, ...] = ()
    metrics: tuple[GoldMetric, ...] = ()
    optional_metrics: tuple[GoldMetric, ...] = ()
    metrics_precision: bool = True


def _entries(data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise GoldError(f"{where}: {key!r} must be a list of objects")
    return value


def _text(entry: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{where}: an entry has no {key!r} string: {json.dumps(entry)[:120]}")
    return value.strip()


def _names(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GoldError(f"{where}: 'aliases' must be a list of strings")
    return (_text(entry, key, where) or "", *(a.strip() for a in aliases if a.strip()))


class _Directory:
    """Gold organisations, so that a name used elsewhere brings its aliases and CIK along."""

    def __init__(self, orgs: Iterable[Org]) -> None:
        self.orgs = list(orgs)

    def lookup(self, name: str) -> Org:
        """The gold organisations spelled exactly so, else those whose key matches.

        Exact spelling first keeps apart organisations whose names differ
        only by legal form ("Ford Motor Company" and "Ford Motor Company Limited").
        """
        probe = Org((name,))
        scores = [(org_score(probe, org), org) for org in self.orgs]
        best = max((s for s, _ in scores), default=0)
        names, ciks = [name], set()
        for score, org in scores:
            if score and score == best:
                names.extend(n for n in org.names if n not in names)
                ciks.update(org.ciks)
        return Org(tuple(names), frozenset(ciks))


def _person_groups(entries: Iterable[dict[str, Any]], where: str, known: list[Person]) -> list[Person]:
    """Distinct persons of a people list; a person already in `known` is not repeated."""
    found: list[Person] = []
    for entry in entries:
        person = Person(_names(entry, "name", where))
        for i, other in enumerate([*known, *found]):
            if person_score(person, other):
                if i >= len(known):  # merge the aliases of a repeated entry
                    j = i - len(known)
                    extra = tuple(n for n in person.names if n not in other.names)
                    found[j] = Person(other.names + extra)
                break
        else:
            found.append(person)
    return found


def _metric(entry: dict[str, Any], lookup: Callable[[str], Org], where: str) -> GoldMetric:
    value = entry.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GoldError(f"{where}: metric value must be a number: {json.dumps(entry)[:120]}")
    alternatives = entry.get("alt_entities") or []
    if not isinstance(alternatives, list) or not all(isinstance(a, str) for a in alternatives):
        raise GoldError(f"{where}: 'alt_entities' must be a list of strings")
    return GoldMetric(
        entity=lookup(_text(entry, "entity", where) or ""),
        alternatives=tuple(lookup(a) for a in alternatives),
        value=float(value),
        unit=_text(entry, "unit", where) or "",
        start=_text(entry, "period_start", where, required=False),
        end=_text(entry, "period_end", where, required=False),
        about=entry.get("about") or "",
    )


def parse_gold(data: object, path: str = "<gold>") -> Gold:
    """Gold items from the JSON of one gold file; GoldError names what is wrong."""
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file holds one JSON object")
    document = _text(data, "document", path) or ""
    companies, optional_companies = (
        tuple(
            Org(
                _names(e, "name", path),
                frozenset([e["cik"]]) if isinstance(e.get("cik"), str) else frozenset(),
            )
            for e in _entries(data, key, path)
        )
        for key in ("companies", "optional_companies")
    )
    lookup = _Directory([*companies, *optional_companies]).lookup

    def subsidiaries(key: str) -> tuple[Subsidiary, ...]:
        return tuple(
            Subsidiary(lookup(_text(e, "parent", path) or ""), lookup(_text(e, "child", path) or ""))
            for e in _entries(data, key, path)
        )

    people_entries = _entries(data, "people", path)
    optional_entries = _entries(data, "optional_people", path)
    people = _person_groups(people_entries, path, [])
    optional_people = _person_groups(optional_entries, path, people)

    def positions(entries: list[dict[str, Any]]) -> tuple[Position, ...]:
        result = []
        for e in entries:
            named = Person(_names(e, "name", path))
            person = next((p for p in [*people, *optional_people] if person_score(named, p)), named)
            org = lookup(_text(e, "organization", path) or "")
            result.append(Position(person, org, _text(e, "title", path) or ""))
        return tuple(result)

    precision = data.get("metrics_precision", True)
    if not isinstance(precision, bool):
        raise GoldError(f"{path}: 'metrics_precision' must be true or false")
    return Gold(
        path=path,
        document=document,
        kind=Path(document).parts[0] if len(Path(document).parts) > 1 else "other",
        companies=companies,
        optional_companies=optional_companies,
        subsidiaries=subsidiaries("subsidiaries"),
        optional_subsidiaries=subsidiaries("optional_subsidiaries"),
        people=tuple(people),
        optional_people=tuple(optional_people),
        positions=positions(people_entries),
        optional_positions=positions(optional_entries),
        metrics=tuple(_metric(e, lookup, path) for e in _entries(data, "metrics", path)),
        optional_metrics=tuple(_metric(e, lookup, path) for e in _entries(data, "optional_metrics", path)),
        metrics_precision=precision,
    )


def load_gold(path: Path, root: Path | None = None) -> Gold:
    name = str(path.relative_to(root)) if root else str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{name}: cannot read gold file: {exc}") from None
    return parse_gold(data, name)


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(p for p in gold_dir.rglob("*.json") if p.is_file())


# --------------------------------------------------------------------------- extraction


@dataclass
class Extraction:
    """What a built graph says, in the scorer's terms."""

    companies: list[Org] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    subsidiaries: list[Subsidiary] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)


_Q_NAMES = """
SELECT ?x ?p ?v WHERE {
  ?x a <{type}> ; ?p ?v .
  FILTER(?p IN (rdfs:label, ekg:alias, ekg:cik))
}"""
_Q_POSITIONS = """
SELECT DISTINCT ?pos ?holder ?org ?title WHERE {
  ?pos a ekg:Position ; ekg:holder ?holder ; ekg:organization ?org ; ekg:title ?title .
}"""
_Q_SUBSIDIARIES = "SELECT DISTINCT ?child ?parent WHERE { ?child ekg:subsidiaryOf ?parent }"
_Q_METRICS = """
SELECT ?obs ?subject ?value ?unit ?start ?end ?instant ?label ?metric WHERE {
  ?obs a ekg:Observation ; ekg:subject ?subject ; ekg:value ?value ; ekg:unit ?unit .
  OPTIONAL { ?obs ekg:periodStart ?start }
  OPTIONAL { ?obs ekg:periodEnd ?end }
  OPTIONAL { ?obs ekg:instant ?instant }
  OPTIONAL { ?obs ekg:metricLabel ?label }
  OPTIONAL { ?obs ekg:metric ?metric }
}"""


def _query(store: Any, query: str) -> Iterable[Any]:
    return store.query(
        query,
        prefixes={"ekg": EKG, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        use_default_graph_as_union=True,
    )


def _named(store: Any, type_iri: str) -> tuple[dict[str, tuple[list[str], list[str], set[str]]], set[str]]:
    """node → (labels, aliases, CIKs) for every node of a type, and the labelled ones."""
    table: dict[str, tuple[list[str], list[str], set[str]]] = {}
    for row in _query(store, _Q_NAMES.replace("{type}", type_iri)):
        labels, aliases, ciks = table.setdefault(row["x"].value, ([], [], set()))
        prop, value = row["p"].value, row["v"].value
        if prop == RDFS_LABEL:
            labels.append(value)
        elif prop == EKG + "cik":
            ciks.add(value)
        else:
            aliases.append(value)
    labelled = {node for node, (labels, _, _) in table.items() if labels}
    return table, labelled


def read_extraction(store: Any) -> Extraction:
    """Read companies, people, positions, subsidiaries and observations out of a pyoxigraph store."""
    org_table, labelled_orgs = _named(store, EKG + "Organization")
    person_table, _ = _named(store, EKG + "Person")

    def org(node: str) -> Org:
        labels, aliases, ciks = org_table.get(node, ([], [], set()))
        names = tuple(dict.fromkeys([*sorted(labels), *sorted(aliases)]))
        return Org(names or (node.rsplit("/", 1)[-1],), frozenset(ciks))

    def person(node: str) -> Person:
        labels, aliases, _ = person_table.get(node, ([], [], set()))
        return Person(tuple(dict.fromkeys([*sorted(labels), *sorted(aliases)])) or (node,))

    out = Extraction()
    out.companies = [org(n) for n in sorted(labelled_orgs)]
    out.people = [person(n) for n in sorted(n for n, (labels, _, _) in person_table.items() if labels)]
    rows = sorted(
        (r["pos"].value, r["holder"].value, r["org"].value, r["title"].value)
        for r in _query(store, _Q_POSITIONS)
    )
    out.positions = [Position(person(h), org(o), t) for _, h, o, t in rows]
    pairs = sorted((r["parent"].value, r["child"].value) for r in _query(store, _Q_SUBSIDIARIES))
    out.subsidiaries = [Subsidiary(org(p), org(c)) for p, c in pairs]
    seen: dict[str, Metric] = {}
    for r in _query(store, _Q_METRICS):
        node = r["obs"].value
        if node in seen:
            continue
        try:
            value = float(r["value"].value)
        except ValueError:
            continue
        label = r["label"] or r["metric"]
        seen[node] = Metric(
            subject=org(r["subject"].value),
            value=value,
            unit=r["unit"].value,
            start=r["start"].value if r["start"] else None,
            end=r["end"].value if r["end"] else None,
            instant=r["instant"].value if r["instant"] else None,
            label=label.value.rsplit("/", 1)[-1] if label else "",
        )
    out.metrics = [seen[n] for n in sorted(seen)]
    return out


# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """Counts summed over documents, and the rates they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0

    def add(self, other: Score | Outcome) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.ignored += other.ignored

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "ignored": self.ignored,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def macro_f1(scores: dict[str, Score]) -> float | None:
    defined = [s.f1 for s in scores.values() if s.f1 is not None]
    return sum(defined) / len(defined) if defined else None


@dataclass
class DocumentScore:
    document: str
    gold: str
    kind: str
    outcomes: dict[str, Outcome]
    error: str | None = None  # the build failed: every gold item is a miss
    problems: list[str] = field(default_factory=list)  # what the build reported
    seconds: float = 0.0

    @property
    def scores(self) -> dict[str, Score]:
        result = {}
        for category, outcome in self.outcomes.items():
            result[category] = Score()
            result[category].add(outcome)
        return result

    @property
    def macro_f1(self) -> float | None:
        return macro_f1(self.scores)

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "gold": self.gold,
            "kind": self.kind,
            "error": self.error,
            "problems": self.problems,
            "seconds": round(self.seconds, 3),
            "macro_f1": self.macro_f1,
            "scores": {c: s.as_dict() for c, s in self.scores.items()},
            "misses": {c: o.misses for c, o in self.outcomes.items()},
            "false_positives": {c: o.false_positives for c, o in self.outcomes.items()},
        }


@dataclass
class EvalReport:
    categories: tuple[str, ...]
    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({d.kind for d in self.documents})

    @property
    def failed(self) -> list[DocumentScore]:
        return [d for d in self.documents if d.error]

    def totals(self, kind: str | None = None) -> dict[str, Score]:
        """Per category, counts summed over the documents (of one kind, if given)."""
        totals = {c: Score() for c in self.categories}
        for doc in self.documents:
            if kind is None or doc.kind == kind:
                for category, outcome in doc.outcomes.items():
                    totals[category].add(outcome)
        return totals

    def macro_f1(self, kind: str | None = None) -> float | None:
        return macro_f1(self.totals(kind))

    def as_dict(self) -> dict[str, Any]:
        def block(kind: str | None) -> dict[str, Any]:
            docs = [d for d in self.documents if kind is None or d.kind == kind]
            return {
                "documents": len(docs),
                "scores": {c: s.as_dict() for c, s in self.totals(kind).items()},
                "macro_f1": self.macro_f1(kind),
            }

        return {
            "categories": list(self.categories),
            "overall": block(None),
            "by_kind": {k: block(k) for k in self.kinds},
            "documents": [d.as_dict() for d in self.documents],
        }


def _describe_org(org: Org) -> str:
    return org.label + (f" [CIK {min(org.ciks)}]" if org.ciks else "")


def _describe_position(p: Position) -> str:
    return f"{p.person.label}, {p.title} @ {p.org.label}"


def _describe_metric(m: GoldMetric | Metric) -> str:
    if isinstance(m, GoldMetric):
        what, unit, when = m.about, m.unit, (m.start or "", m.end or "")
    else:
        what, unit, when = m.label, m.unit.rsplit("/", 1)[-1], (m.start or "", m.end or m.instant or "")
    period = f" [{when[0]}..{when[1]}]" if when[0] else (f" [{when[1]}]" if when[1] else "")
    entity = m.entity if isinstance(m, GoldMetric) else m.subject
    return f"{entity.label}: {what} = {m.value:.15g} {unit}{period}"


def score_document(
    gold: Gold, extraction: Extraction, categories: Sequence[str] = CATEGORIES
) -> dict[str, Outcome]:
    """Match one document's extraction against its gold, per category."""
    plan: dict[str, tuple[Any, ...]] = {
        "companies": (gold.companies, gold.optional_companies, extraction.companies, org_score,
                      _describe_org, _describe_org, True),
        "subsidiaries": (gold.subsidiaries, gold.optional_subsidiaries, extraction.subsidiaries,
                         subsidiary_score, lambda s: f"{s.child.label} < {s.parent.label}",
                         lambda s: f"{s.child.label} < {s.parent.label}", True),
        "people": (gold.people, gold.optional_people, extraction.people, person_score,
                   lambda p: p.label, lambda p: p.label, True),
        "positions": (gold.positions, gold.optional_positions, extraction.positions, position_score,
                      _describe_position, _describe_position, True),
        "metrics": (gold.metrics, gold.optional_metrics, extraction.metrics, metric_score,
                    _describe_metric, _describe_metric, gold.metrics_precision),
    }  # fmt: skip
    outcomes = {}
    for category in categories:
        g, optional, extracted, score, describe_g, describe_e, count_fp = plan[category]
        outcomes[category] = score_items(
            g, optional, extracted, score, describe_g, describe_e, count_false_positives=count_fp
        )
    return outcomes


# --------------------------------------------------------------------------- the run


def _build(path: Path, extractors: list[str] | None) -> tuple[Extraction, str | None, list[str]]:
    """The extraction of one document built alone; on failure an empty one and the error."""
    if not path.is_file():
        return Extraction(), f"document not found: {path}", []
    try:
        from edgarkg.pipeline import build

        store, report = build([path], extractors=extractors, validate=False)
    except Exception as exc:  # noqa: BLE001 - one document's failure is a result, not a crash
        return Extraction(), f"{type(exc).__name__}: {exc}", []
    problems = [f"{p.severity}: [{p.stage}] {p.reason}" for p in report.problems]
    return read_extraction(store), None, problems


def _check_extractors(extractors: list[str] | None) -> None:
    """Unknown extractor names are the caller's mistake: say so before building anything."""
    if not extractors:
        return
    from edgarkg import registry

    try:
        registry.select(extractors)
    except registry.UnknownExtractor:
        raise
    except Exception:  # noqa: BLE001 - a broken plug-in shows up per document instead
        pass


def evaluate(
    gold_dir: str | Path,
    corpus_dir: str | Path,
    *,
    extractors: list[str] | None = None,
    categories: Sequence[str] = CATEGORIES,
    kinds: Iterable[str] | None = None,
    document: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> EvalReport:
    """Build every gold-annotated document alone and score it against its gold."""
    gold_root, corpus_root = Path(gold_dir), Path(corpus_dir)
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown:
        raise ValueError(f"unknown categories {unknown}; known: {', '.join(CATEGORIES)}")
    _check_extractors(extractors)
    wanted = set(kinds or ())
    report = EvalReport(tuple(categories))
    for path in gold_files(gold_root):
        gold = load_gold(path, gold_root)
        if (wanted and gold.kind not in wanted) or (document and document not in gold.document):
            continue
        if progress:
            progress(gold.document)
        started = time.perf_counter()
        extraction, error, problems = _build(corpus_root / gold.document, extractors)
        report.documents.append(
            DocumentScore(
                document=gold.document,
                gold=gold.path,
                kind=gold.kind,
                outcomes=score_document(gold, extraction, categories),
                error=error,
                problems=problems,
                seconds=time.perf_counter() - started,
            )
        )
    return report


# --------------------------------------------------------------------------- text output


def _rate(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def format_table(report: EvalReport) -> str:
    """Per kind × category P/R/F1 and macro-F1, then the overall counts."""
    cats = report.categories
    width = max(len(k) for k in [*report.kinds, "kind", "all"])
    head1 = f"{'':<{width}}  {'':>4}" + "".join(f"  {c:<14}" for c in cats) + "  macro"
    head2 = (
        f"{'kind':<{width}}  {'docs':>4}" + "".join(f"  {'P':>4} {'R':>4} {'F1':>4}" for _ in cats) + "  F1"
    )
    lines = [head1.rstrip(), head2]
    for kind in [*report.kinds, None]:
        totals = report.totals(kind)
        docs = sum(1 for d in report.documents if kind is None or d.kind == kind)
        cells = "".join(
            f"  {_rate(s.precision):>4} {_rate(s.recall):>4} {_rate(s.f1):>4}" for s in totals.values()
        )
        if kind is None:
            lines.append("-" * len(head2))
        lines.append(f"{kind or 'all':<{width}}  {docs:>4}{cells}  {_rate(macro_f1(totals))}")
    lines += [
        "",
        f"{'category':<13} {'TP':>5} {'FP':>5} {'FN':>5} {'ignored':>7}  {'P':>4}  {'R':>4}  {'F1':>4}",
    ]
    for category, s in report.totals().items():
        lines.append(
            f"{category:<13} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.ignored:>7}  "
            f"{_rate(s.precision):>4}  {_rate(s.recall):>4}  {_rate(s.f1):>4}"
        )
    lines.append(f"{'macro-F1':<13} {'':>37}{_rate(report.macro_f1())}")
    if report.failed:
        lines += [
            "",
            f"{len(report.failed)} document(s) failed to build (every gold item counted as a miss):",
        ]
        lines += [f"  {d.document}: {d.error}" for d in report.failed]
    return "\n".join(lines)


def format_errors(report: EvalReport) -> str:
    """Per document: the gold items missed and the extracted items that match no gold."""
    lines = []
    for doc in report.documents:
        lines.append(f"== {doc.document}  ({doc.kind}; macro-F1 {_rate(doc.macro_f1)}; {doc.seconds:.1f} s)")
        if doc.error:
            lines.append(f"  build failed: {doc.error}")
        lines += [f"  build {p}" for p in doc.problems if not p.startswith("skipped")]
        for category, outcome in doc.outcomes.items():
            if not (outcome.misses or outcome.false_positives):
                continue
            lines.append(f"  {category}: TP {outcome.tp}, FP {outcome.fp}, FN {outcome.fn}")
            lines += [f"    miss  {m}" for m in outcome.misses]
            lines += [f"    false {f}" for f in outcome.false_positives]
    return "\n".join(lines)


# --------------------------------------------------------------------------- command


class _Usage(click.ClickException):
    exit_code = 2


def _thresholds(values: Sequence[str], categories: Sequence[str]) -> dict[str, float]:
    result = {}
    for item in values:
        name, sep, number = item.partition("=")
        name = name.strip()
        if not sep or name not in (*categories, "macro"):
            raise _Usage(
                f"--min-f1 wants CATEGORY=VALUE with CATEGORY one of {', '.join([*categories, 'macro'])}"
            )
        try:
            threshold = float(number)
        except ValueError:
            raise _Usage(f"--min-f1 {item}: {number!r} is not a number") from None
        if not 0 <= threshold <= 1:
            raise _Usage(f"--min-f1 {item}: the value must lie between 0 and 1")
        result[name] = threshold
    return result


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False),
    help="Directory of gold JSON files (searched recursively).",
)
@click.option(
    "--corpus",
    "corpus_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False),
    help="Directory the gold 'document' paths are relative to.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option(
    "--kind", "kinds", multiple=True, help="Only documents of this kind (corpus folder); repeatable."
)
@click.option("--document", "document", help="Only documents whose path contains this text.")
@click.option("--show-errors", is_flag=True, help="List the misses and false positives of every document.")
@click.option(
    "--min-f1",
    "min_f1",
    multiple=True,
    metavar="CATEGORY=VALUE",
    help="Exit 1 when the F1 of CATEGORY (or 'macro') is below VALUE; repeatable.",
)
@click.option("-x", "--extractor", "extractors", multiple=True, help="Run only these extractors; repeatable.")
def eval_command(gold_dir, corpus_dir, as_json, kinds, document, show_errors, min_f1, extractors) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per category and kind."""
    from edgarkg.registry import UnknownExtractor

    thresholds = _thresholds(min_f1, CATEGORIES)
    interactive = sys.stderr.isatty() and not as_json

    def progress(name: str) -> None:
        if interactive:
            click.echo(f"\r\033[Kbuilding {name}", nl=False, err=True)

    try:
        report = evaluate(gold_dir, corpus_dir, extractors=list(extractors) or None, kinds=kinds,
                          document=document, progress=progress)  # fmt: skip
    except (GoldError, UnknownExtractor) as exc:
        raise _Usage(str(exc)) from None
    finally:
        if interactive:
            click.echo("\r\033[K", nl=False, err=True)
    if not report.documents:
        raise _Usage("no gold document matches the --kind/--document filters")
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        if show_errors:
            click.echo(format_errors(report) + "\n")
        click.echo(format_table(report))
    failed = []
    totals = report.totals()
    for name, threshold in thresholds.items():
        value = report.macro_f1() if name == "macro" else totals[name].f1
        if value is not None and value < threshold:
            failed.append(f"F1 of {name} is {value:.3f}, below {threshold}")
    for line in failed:
        click.echo(line, err=True)
    if failed:
        sys.exit(1)
