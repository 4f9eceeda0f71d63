"""Gold annotations: load and check the hand-made JSON files `edgarkg eval` scores against.

Format and matching rules: tests/data/gold/README.md. A malformed file is a
`GoldError` naming the file and the entry, never a silent zero.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edgarkg.evaluate_match import GoldMetric, Org, Person, Position, Subsidiary, org_score, person_score


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
    filer: Org | None = None  # who "the registrant" is: the gold knows the filing, a loose exhibit may not


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

    filing = data.get("filing") if isinstance(data.get("filing"), dict) else {}
    filer = lookup(filing["filer"]) if isinstance(filing.get("filer"), str) and filing["filer"] else None
    if filer is not None and isinstance(filing.get("cik"), str):
        filer = Org(filer.names, filer.ciks | {filing["cik"]})
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
        filer=filer,
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
