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

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edgarkg.evaluate_gold import Gold, GoldError, gold_files, load_gold, parse_gold  # noqa: F401
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
_Q_REGISTRANTS = "SELECT DISTINCT ?x WHERE { ?x ekg:registrantOf ?filing }"
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


def read_extraction(store: Any, registrant: Org | None = None) -> Extraction:
    """Read companies, people, positions, subsidiaries and observations out of a pyoxigraph store.

    `registrant` is who the filing's registrant is, where the gold knows it: the
    stand-in the build makes for a registrant its documents never name (a loose
    Exhibit 21) is read as that organisation.
    """
    org_table, labelled_orgs = _named(store, EKG + "Organization")
    person_table, _ = _named(store, EKG + "Person")
    stand_ins = {r["x"].value for r in _query(store, _Q_REGISTRANTS)} if registrant else set()

    def org(node: str) -> Org:
        if node in stand_ins:
            return registrant  # type: ignore[return-value]
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


def _build(
    path: Path, extractors: list[str] | None, registrant: Org | None = None
) -> tuple[Extraction, str | None, list[str]]:
    """The extraction of one document built alone; on failure an empty one and the error."""
    if not path.is_file():
        return Extraction(), f"document not found: {path}", []
    try:
        from edgarkg.pipeline import build

        store, report = build([path], extractors=extractors, validate=False)
    except Exception as exc:  # noqa: BLE001 - one document's failure is a result, not a crash
        return Extraction(), f"{type(exc).__name__}: {exc}", []
    problems = [f"{p.severity}: [{p.stage}] {p.reason}" for p in report.problems]
    return read_extraction(store, registrant), None, problems


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
        extraction, error, problems = _build(corpus_root / gold.document, extractors, gold.filer)
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
