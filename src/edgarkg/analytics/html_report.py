"""`edgarkg report`: one self-contained HTML page about one company.

Identity (names, CIK, SIC, addresses), its filings, its subsidiary tree (a
picture and a list), officers and directors with titles and sources, metric
time series as charts, and the evidence text behind each fact. Everything is
inline (CSS, SVG pictures; no script, no fonts, no CDN), so the page works
offline and can be mailed as one file. Without matplotlib the pictures are
left out with a note saying how to get them; the tables are all still there.
"""

from __future__ import annotations

import html
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import networkx as nx
import pyoxigraph as ox

from edgarkg.analytics.projections import (
    EKG,
    FILING_ROLES,
    best_label,
    ownership_graph,
    ownership_tree,
    select,
)
from edgarkg.analytics.reports import Point, format_value, metric_points, series
from edgarkg.rdfio import atomic_output

IDENTITY_FIELDS = (
    ("CIK", "cik"), ("LEI", "lei"), ("Ticker", "ticker"), ("Exchange", "exchange"), ("SIC", "sic"),
    ("Industry", "sicDescription"), ("Incorporated in", "stateOfIncorporation"), ("IRS number", "irsNumber"),
    ("Fiscal year end", "fiscalYearEnd"),
)  # fmt: skip
SECTIONS = (
    ("identity", "Identity"), ("filings", "Filings"), ("subsidiaries", "Subsidiaries"),
    ("people", "Officers and directors"), ("metrics", "Metrics"),
)  # fmt: skip
MAX_CHARTS = 24
MAX_EVIDENCE = 60
_E = EKG

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2733;
       background: #f6f8fa; line-height: 1.4; }
header { background: #1f4e79; color: white; padding: 1.2em 2em; }
header h1 { margin: 0; font-size: 1.7em; } header p { margin: .3em 0 0; opacity: .85; }
nav { padding: .5em 2em; background: #e8eef5; } nav a { margin-right: 1.2em; color: #1f4e79; }
section { background: white; margin: 1.2em 2em; padding: 1em 1.5em; border-radius: 6px;
          box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow-x: auto; }
h2 { color: #1f4e79; margin-top: .2em; } h3 { margin-bottom: .3em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .92em; }
th, td { text-align: left; padding: .3em .7em; border-bottom: 1px solid #e3e8ee; vertical-align: top; }
th { background: #f0f3f7; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote.evidence, td.evidence { font-size: .88em; color: #4a5a6a; font-style: italic; max-width: 48em; }
code { font-size: .85em; color: #5a6b7c; word-break: break-all; }
.note { color: #7a4f00; } .chart { display: inline-block; margin: .4em 1em .4em 0; vertical-align: top; }
.series { display: flex; flex-wrap: wrap; gap: 0 1.5em; align-items: flex-start; }
.picture svg { max-width: 100%; height: auto; } ul.tree { list-style: none; padding-left: 1.2em; }
"""


@dataclass
class Evidence:
    text: str
    document: str
    locator: str
    extractor: str


def evidence_of(db: ox.Store, node: str, limit: int = 20) -> list[Evidence]:
    """The evidence records attached to `node` (text, document, locator, extractor)."""
    found = []
    for row in select(
        db,
        f"""SELECT DISTINCT ?text ?doc ?loc ?ex WHERE {{
          <{node}> ekg:evidence ?e .
          OPTIONAL {{ ?e ekg:text ?text }} OPTIONAL {{ ?e ekg:document ?doc }}
          OPTIONAL {{ ?e ekg:locator ?loc }} OPTIONAL {{ ?e ekg:extractor ?ex }}
        }} ORDER BY ?doc ?loc LIMIT {limit}""",
    ):
        found.append(
            Evidence(*(row[k].value if row[k] is not None else "" for k in ("text", "doc", "loc", "ex")))
        )
    return found


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _table(columns: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    """Rows are already escaped HTML fragments."""
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _quote(evidence: list[Evidence]) -> str:
    texts = list(dict.fromkeys(e.text for e in evidence if e.text))
    return "<br>".join(f"“{_e(t)}”" for t in texts[:3])


# -- sections --------------------------------------------------------------------


def _identity(db: ox.Store, company: str) -> tuple[str, str]:
    values: dict[str, list[str]] = defaultdict(list)
    for row in select(db, f"SELECT DISTINCT ?p ?o WHERE {{ <{company}> ?p ?o . FILTER(isLiteral(?o)) }}"):
        values[row["p"].value].append(row["o"].value)
    labels = values.get("http://www.w3.org/2000/01/rdf-schema#label", [])
    name = best_label(Counter(labels), values.get(_E + "alias", [])) or company.rsplit("/", 1)[-1]
    names = sorted(set(labels) | set(values.get(_E + "alias", [])) - {name})
    rows = [["Name", _e(name)], ["IRI", f"<code>{_e(company)}</code>"]]
    for label, local in IDENTITY_FIELDS:
        if values.get(_E + local):
            rows.append([label, _e(", ".join(sorted(set(values[_E + local]))))])
    if names:
        rows.append(["Other names", _e("; ".join(names))])
    former = [
        f"{_e(r['n'].value)}" + (f" (until {_e(r['d'].value)})" if r["d"] is not None else "")
        for r in select(
            db,
            f"""SELECT DISTINCT ?n ?d WHERE {{ <{company}> ekg:formerName ?f . ?f ekg:name ?n
                OPTIONAL {{ ?f ekg:dateChanged ?d }} }} ORDER BY ?d""",
        )
    ]
    if former:
        rows.append(["Former names", "; ".join(former)])
    addresses = []
    for row in select(
        db,
        f"""SELECT ?a (SAMPLE(?k) AS ?kind) (GROUP_CONCAT(DISTINCT ?s; separator=", ") AS ?street)
                   (SAMPLE(?c) AS ?city) (SAMPLE(?r) AS ?region) (SAMPLE(?z) AS ?zip) (SAMPLE(?t) AS ?country)
                   (SAMPLE(?ph) AS ?phone) WHERE {{
          <{company}> ekg:address ?a .
          OPTIONAL {{ ?a ekg:addressType ?k }} OPTIONAL {{ ?a ekg:street ?s }}
          OPTIONAL {{ ?a ekg:locality ?c }}
          OPTIONAL {{ ?a ekg:region ?r }} OPTIONAL {{ ?a ekg:postalCode ?z }} OPTIONAL {{ ?a ekg:country ?t }}
          OPTIONAL {{ ?a ekg:phone ?ph }}
        }} GROUP BY ?a""",
    ):
        parts = [row[k].value for k in ("street", "city", "region", "zip", "country") if row[k] is not None]
        text = ", ".join(p for p in parts if p)
        kind = row["kind"].value if row["kind"] is not None else "address"
        phone = f" · {row['phone'].value}" if row["phone"] is not None else ""
        addresses.append(f"{_e(kind)}: {_e(text)}{_e(phone)}")
    for address in sorted(set(addresses)):
        rows.append(["Address", address])
    body = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    evidence = evidence_of(db, company, MAX_EVIDENCE)
    if evidence:
        items = "".join(
            f"<tr><td class='evidence'>{_e(e.text)}</td><td>{_e(e.extractor)}</td><td><code>{_e(e.document)}"
            f"</code> {_e(e.locator)}</td></tr>"
            for e in evidence
            if e.text
        )
        body += (
            f"<details><summary>Where the graph read about {_e(name)} ({len(evidence)} pieces of evidence"
            f"{', first shown' if len(evidence) >= MAX_EVIDENCE else ''})</summary>"
            f"<table><thead><tr><th>evidence</th><th>extractor</th><th>document</th></tr></thead>"
            f"<tbody>{items}</tbody></table></details>"
        )
    return name, f'<section id="identity"><h2>Identity</h2>{body}</section>'


def _filings(db: ox.Store, company: str) -> str:
    roles = " ".join(f"ekg:{r}" for r in FILING_ROLES)
    found: dict[str, dict[str, object]] = {}
    for row in select(
        db,
        f"""SELECT DISTINCT ?filing ?role ?form ?date ?acc WHERE {{
          {{ VALUES ?role {{ {roles} }} ?filing ?role <{company}> }}
          UNION {{ <{company}> prov:wasDerivedFrom ?filing }}
          ?filing a ekg:Filing .
          OPTIONAL {{ ?filing ekg:formType ?form }} OPTIONAL {{ ?filing ekg:filingDate ?date }}
          OPTIONAL {{ ?filing ekg:accessionNumber ?acc }}
        }}""",
    ):
        entry = found.setdefault(row["filing"].value, {"roles": set()})
        for key in ("form", "date", "acc"):
            if row[key] is not None:
                entry[key] = row[key].value
        if row["role"] is not None:
            entry["roles"].add(row["role"].value.removeprefix(EKG))  # type: ignore[union-attr]
    rows = [
        [_e(f.get("date", "")), _e(f.get("form", "")), _e(f.get("acc", "")),
         _e(", ".join(sorted(f["roles"])) or "mentioned"), f"<code>{_e(iri)}</code>"]  # type: ignore[arg-type]
        for iri, f in sorted(found.items(), key=lambda kv: (str(kv[1].get("date", "")), kv[0]), reverse=True)
    ]  # fmt: skip
    body = _table(["date", "form", "accession", "role", "filing"], rows) if rows else "<p>No filings.</p>"
    return f'<section id="filings"><h2>Filings ({len(rows)})</h2>{body}</section>'


def _subsidiaries(db: ox.Store, company: str, graph: nx.DiGraph, pictures: bool) -> tuple[str, list[str]]:
    notes: list[str] = []
    parts = []
    if company in graph:
        parents = sorted(graph.predecessors(company), key=lambda p: graph.nodes[p].get("label", p))
        if parents:
            names = ", ".join(_e(graph.nodes[p].get("label", p)) for p in parents)
            parts.append(f"<p>Subsidiary of {names}.</p>")
    if company not in graph or not graph.out_degree(company):
        parts.append("<p>No subsidiaries are recorded for this company.</p>")
        return f'<section id="subsidiaries"><h2>Subsidiaries</h2>{"".join(parts)}</section>', notes
    tree = ownership_tree(graph, company)
    if pictures:
        from edgarkg.analytics.draw import draw_ownership_tree, svg_text

        figure = draw_ownership_tree(tree, company, rows_per_page=None, max_children=200)[0]
        parts.append(f'<div class="picture">{svg_text(figure)}</div>')
    rows = []
    for parent, child in nx.dfs_edges(tree, company):
        edge = tree.edges[parent, child]
        evidence = evidence_of(db, edge["relation"], 3) if edge.get("relation") else []
        indent = "&nbsp;&nbsp;" * 2 * (tree.nodes[child]["depth"] - 1)
        pct = edge.get("percent")
        rows.append([
            f"{indent}{_e(tree.nodes[child].get('label', child))}",
            _e(graph.nodes[parent].get("label", parent)), _e(edge.get("jurisdiction", "")),
            _e(f"{pct:g}%" if pct is not None else ""), _quote(evidence),
        ])  # fmt: skip
    depth = max(d for _, d in tree.nodes(data="depth"))
    parts.append(
        f"<p>{len(rows)} subsidiaries, {depth} level{'s' * (depth != 1)} deep.</p>"
        + _table(["subsidiary", "parent", "jurisdiction", "owned", "evidence"], rows)
    )
    return f'<section id="subsidiaries"><h2>Subsidiaries</h2>{"".join(parts)}</section>', notes


def _people(db: ox.Store, company: str) -> str:
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in select(
        db,
        f"""SELECT ?pos ?person ?name ?title ?role ?start ?end ?acc ?filing WHERE {{
          ?pos ekg:organization <{company}> ; ekg:holder ?person .
          OPTIONAL {{ ?person rdfs:label ?name }} OPTIONAL {{ ?pos ekg:title ?title }}
          OPTIONAL {{ ?pos ekg:role ?role }} OPTIONAL {{ ?pos ekg:startDate ?start }}
          OPTIONAL {{ ?pos ekg:endDate ?end }}
          OPTIONAL {{ ?pos prov:wasDerivedFrom ?filing OPTIONAL {{ ?filing ekg:accessionNumber ?acc }} }}
        }}""",
    ):
        seen = found[row["pos"].value]
        for key in ("person", "name", "title", "role", "start", "end", "acc", "filing"):
            if row[key] is not None:
                seen[key].add(row[key].value)
    rows = []
    for pos, seen in sorted(
        found.items(), key=lambda kv: (min(kv[1]["name"] or {""}), min(kv[1]["title"] or {""}))
    ):
        name = best_label(Counter(seen["name"])) or ""
        sources = sorted(seen["acc"]) or [f.rsplit("/", 1)[-1] for f in sorted(seen["filing"])]
        dates = " – ".join(x for x in (min(seen["start"] or {""}), max(seen["end"] or {""})) if x)
        rows.append([
            _e(name), _e("; ".join(sorted(seen["title"]))), _e(", ".join(sorted(seen["role"]))), _e(dates),
            _e(", ".join(sources)), _quote(evidence_of(db, pos, 3)),
        ])  # fmt: skip
    body = (
        _table(["name", "title", "role", "dates", "source filings", "evidence"], rows)
        if rows
        else "<p>No officers or directors are recorded for this company.</p>"
    )
    return f'<section id="people"><h2>Officers and directors ({len(rows)})</h2>{body}</section>'


def _metrics(db: ox.Store, company: str, pictures: bool) -> str:
    grouped = series(metric_points(db, company))
    if not grouped:
        body = "<p>No values are reported about this company.</p>"
        return f'<section id="metrics"><h2>Metrics</h2>{body}</section>'
    ranked = sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    parts = [f"<p>{len(grouped)} series; the {min(MAX_CHARTS, len(grouped))} longest drawn.</p>"]
    for number, ((metric, unit, period), points) in enumerate(ranked):
        title = f"{metric} ({unit}, {period})"
        chart = ""
        dated = [p for p in points if p.when]
        if pictures and dated and number < MAX_CHARTS:
            from edgarkg.analytics.draw import metric_chart, svg_text

            chart = f'<div class="chart picture">{svg_text(metric_chart(dated))}</div>'
        parts.append(f'<h3>{_e(title)}</h3><div class="series">{chart}{_points_table(db, points)}</div>')
    return f'<section id="metrics"><h2>Metrics</h2>{"".join(parts)}</section>'


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _points_table(db: ox.Store, points: list[Point]) -> str:
    rows = [
        [_e(_iso(p.start)), _e(_iso(p.when)), _e(format_value(p.value)), _e(p.unit),
         _e(p.filing.rsplit("/", 1)[-1]), _e(p.label)]
        for p in points
    ]  # fmt: skip
    return _table(["start", "end / instant", "value", "unit", "filing", "as worded"], rows, {2})


# -- the page ------------------------------------------------------------------------


def company_report(db: ox.Store, company: str, *, pictures: bool | None = None) -> tuple[str, list[str]]:
    """The HTML page for `company` (an IRI), and notes for the user (e.g. no pictures)."""
    notes: list[str] = []
    if pictures is None:
        try:
            import matplotlib  # noqa: F401

            pictures = True
        except ImportError:
            pictures = False
            notes.append("pictures left out: pip install 'edgarkg[draw]' to get them")
    name, identity = _identity(db, company)
    subsidiaries, more = _subsidiaries(db, company, ownership_graph(db), pictures)
    notes += more
    sections = [
        identity,
        _filings(db, company),
        subsidiaries,
        _people(db, company),
        _metrics(db, company, pictures),
    ]
    nav = "".join(f'<a href="#{anchor}">{label}</a>' for anchor, label in SECTIONS)
    banner = "".join(f'<p class="note">{_e(n)}</p>' for n in notes)
    page = (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_e(name)} — edgarkg report</title><style>{CSS}</style></head><body>"
        f"<header><h1>{_e(name)}</h1><p>Company report from the edgarkg knowledge graph</p></header>"
        f"<nav>{nav}</nav>{banner}{''.join(sections)}"
        "<footer><p style='margin:1em 2em;color:#777'>Made by edgarkg from SEC EDGAR filings; every fact "
        "links back to its filing and the text it was read from.</p></footer></body></html>\n"
    )
    return page, notes


def write_report(db: ox.Store, company: str, path: str | os.PathLike, **options: object) -> list[str]:
    """Write the page atomically; returns the notes."""
    page, notes = company_report(db, company, **options)  # type: ignore[arg-type]
    with atomic_output(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return notes
