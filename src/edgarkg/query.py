"""SPARQL over a store or graph files, and the library of named queries.

Named queries are `.rq` files shipped in `edgarkg/queries`; their header
comments give a title and parameters (`# param: cik — ...`). Parameters are
bound as serialised RDF terms in a VALUES block, never pasted in as text,
so a value cannot change the query.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files

import pyoxigraph as ox

from edgarkg.rdfio import FORMATS


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    params: dict[str, str]  # name → description
    text: str


def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for entry in sorted(files("edgarkg").joinpath("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            title = re.search(r"^# title: (.+)$", text, re.M)
            params = dict(re.findall(r"^# param: (\w+) — (.+)$", text, re.M))
            name = entry.name[:-3]
            found[name] = NamedQuery(name, title.group(1) if title else name, params, text)
    return found


class QueryError(ValueError):
    pass


def bind(params: dict[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Parameter values as RDF terms: IRIs stay IRIs, anything else is a string."""
    terms: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for key, value in params.items():
        if key == "cik" and value.isdigit():
            value = value.zfill(10)
        term = ox.NamedNode(value) if re.match(r"^https?://", value) else ox.Literal(value)
        terms[ox.Variable(key)] = term
    return terms


def run_query(
    db: ox.Store, sparql: str, params: dict[str, str] | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run SPARQL with the union of all filing graphs as the default graph."""
    try:
        return db.query(with_values(sparql, bind(params or {})), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None


def with_values(sparql: str, terms: dict[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    """Bind parameters with an inline VALUES block opening the WHERE group
    (or the group marked `{  #@params`, where a query must settle them first).

    Terms are serialised by pyoxigraph (quotes escaped), so a value cannot
    change the query; inside the group, FILTERs see the bound values.
    """
    if not terms:
        return sparql
    match = (
        re.search(r"\{\s*#@params[^\n]*\n", sparql)
        or re.search(r"\bWHERE\s*\{", sparql, re.I)
        or re.search(r"\{", sparql)
    )
    if match is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    values = " ".join(f"VALUES {var} {{ {term} }}" for var, term in terms.items())
    return f"{sparql[: match.end()]} {values} {sparql[match.end() :]}"


def run_named(db: ox.Store, name: str, params: dict[str, str]) -> ox.QuerySolutions:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; available: {', '.join(queries)}")
    query = queries[name]
    unknown = set(params) - set(query.params)
    if unknown:
        raise QueryError(
            f"{name} takes {', '.join(query.params) or 'no parameters'}, not {', '.join(unknown)}"
        )
    if "# company: required" in query.text:
        params = {k: v for k, v in params.items() if k != "cik"} | {"company": company_iri(db, params)}
    return run_query(db, query.text, params)  # type: ignore[return-value]


NO_COMPANY = "urn:edgarkg:no-such-company"


def company_iri(db: ox.Store, params: dict[str, str]) -> str:
    """The company a query is about, settled before the query runs (so it is
    joined first, and an unknown CIK matches nothing rather than everything)."""
    if params.get("company"):
        return params["company"]
    cik = params.get("cik", "")
    if not cik:
        raise QueryError("give the company: --param cik=... or --param company=IRI")
    cik = cik.zfill(10) if cik.isdigit() else cik
    found = db.query(
        f"SELECT ?c WHERE {{ VALUES ?cik {{ {ox.Literal(cik)} }} ?c <{EKG_CIK}> ?cik }} LIMIT 1",
        use_default_graph_as_union=True,
    )
    row = next(iter(found), None)
    return row["c"].value if row else NO_COMPANY


EKG_CIK = "https://w3id.org/edgarkg/ontology#cik"


def open_graphs(paths: Iterable[str | os.PathLike]) -> ox.Store:
    from edgarkg.rdfio import load_into

    store = ox.Store()
    load_into(store, paths)
    return store


# -- output --------------------------------------------------------------


def rows(solutions: ox.QuerySolutions) -> tuple[list[str], list[list[str]]]:
    names = [v.value for v in solutions.variables]
    table = []
    for solution in solutions:
        table.append([_cell(solution[n]) for n in names])
    return names, table


def _cell(term: object) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def render(result: object, fmt: str) -> str:
    """Results as text: table, csv, tsv, json (SPARQL 1.1 JSON); triples in RDF formats."""
    if isinstance(result, ox.QueryBoolean):
        return (
            json.dumps({"head": {}, "boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower()
        )
    if isinstance(result, ox.QueryTriples):
        rdf = FORMATS.get("." + fmt, ox.RdfFormat.TURTLE)
        if rdf in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            rdf = ox.RdfFormat.TURTLE
        return ox.serialize(list(result), format=rdf).decode()
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode()
    names, table = rows(result)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(table)
        return out.getvalue().rstrip("\n")
    return aligned_table(names, table)


def aligned_table(names: list[str], table: list[list[str]], max_width: int = 60) -> str:
    cut = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in table]
    widths = [max([len(n), *(len(r[i]) for r in cut)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    lines.append(f"({len(table)} row{'s' if len(table) != 1 else ''})")
    return "\n".join(lines)
