"""`edgarkg analyze`, `edgarkg draw` and `edgarkg report`: graph analytics from the command line.

Thin commands over `edgarkg.analytics`. They read an on-disk store
(`-s`, default $EDGARKG_STORE or ./edgarkg-store) or RDF files (`-g`), print
tables on a terminal and CSV / TSV / JSON with `--format`, and with
`--write-back` store the results as triples in the report's own named graph.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

from edgarkg.cli import UsageProblem

PROJECTION_NAMES = ["ownership", "positions", "interlocks", "filings"]


def source_options(f):
    """-s/--store and -g/--graph, as `edgarkg query` has them."""
    f = click.option(
        "-g", "--graph", "graphs", multiple=True, type=click.Path(exists=True, dir_okay=False),
        help="Read these RDF files instead of a store (repeatable).",
    )(f)  # fmt: skip
    return click.option(
        "-s", "--store", "store_path", type=click.Path(file_okay=False), help="Store to read."
    )(f)


def output_options(f):
    f = click.option("--table", "table_name", help="With csv/tsv: which of the report's tables to print.")(f)
    f = click.option(
        "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default=None,
        help="table (default on a terminal), csv, tsv or json.",
    )(f)  # fmt: skip
    return click.option(
        "--write-back",
        is_flag=True,
        help="Store the results as triples in their own named graph of the store.",
    )(f)


@contextmanager
def open_db(store_path: str | None, graphs: tuple[str, ...], *, write: bool = False) -> Iterator[object]:
    """The store to analyse: graph files in memory, or the on-disk store (locked when writing)."""
    from edgarkg.cli import _open_source
    from edgarkg.store import Store, StoreLocked, default_store_path

    if not write:
        yield _open_source(store_path, graphs)
        return
    if graphs:
        raise UsageProblem("--write-back needs a store (-s); graph files given with -g are only read")
    try:
        store = Store(store_path or default_store_path())
    except StoreLocked as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield store.db
    finally:
        store.close()


def _company(db, text: str) -> str:
    from edgarkg.analytics.projections import CompanyNotFound, find_company

    try:
        return find_company(db, text)
    except CompanyNotFound as exc:
        raise click.ClickException(str(exc)) from None


def emit(report, fmt: str | None, table_name: str | None, db=None, write_back: bool = False) -> None:
    """Print the report; with write_back, store its triples first."""
    from edgarkg.analytics.reports import render, write_back_report

    fmt = fmt or ("table" if sys.stdout.isatty() else "tsv")
    try:
        click.echo(render(report, fmt, table_name))
    except KeyError as exc:
        raise UsageProblem(str(exc.args[0])) from None
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    if write_back:
        count = write_back_report(db, report)
        click.echo(f"{count} triples written to graph <{report.graph}>", err=True)


@click.group("analyze")
def analyze() -> None:
    """Graph analytics: ownership groups, interlocks, centrality, components, metrics, exports."""


@analyze.command("ownership")
@source_options
@output_options
@click.option("--company", help="Only the group of this company (CIK, name or IRI).")
def ownership_command(store_path, graphs, fmt, table_name, write_back, company) -> None:
    """Ultimate parent, depth and group size of each company; cycles flagged."""
    from edgarkg.analytics.projections import ownership_graph
    from edgarkg.analytics.reports import ownership_report

    with open_db(store_path, graphs, write=write_back) as db:
        focus = _company(db, company) if company else None
        emit(ownership_report(ownership_graph(db), focus), fmt, table_name, db, write_back)


@analyze.command("interlocks")
@source_options
@output_options
@click.option(
    "--role", "roles", multiple=True, help="Only positions with this role (director, officer, ...)."
)
def interlocks_command(store_path, graphs, fmt, table_name, write_back, roles) -> None:
    """People with positions at two or more organisations, and the pairs they link."""
    from edgarkg.analytics.projections import interlocks_from_positions, positions_graph
    from edgarkg.analytics.reports import interlocks_report

    with open_db(store_path, graphs, write=write_back) as db:
        positions = positions_graph(db, roles or None)
        emit(
            interlocks_report(positions, interlocks_from_positions(positions)),
            fmt,
            table_name,
            db,
            write_back,
        )


def projection_option(f):
    return click.option(
        "-p", "--projection", type=click.Choice(PROJECTION_NAMES), default="ownership", show_default=True,
        help="Which projection of the graph.",
    )(f)  # fmt: skip


@analyze.command("centrality")
@source_options
@output_options
@projection_option
@click.option("--top", default=20, show_default=True, help="How many nodes to list.")
def centrality_command(store_path, graphs, fmt, table_name, write_back, projection, top) -> None:
    """Degree, PageRank and betweenness over a projection; the top N by PageRank."""
    from edgarkg.analytics.projections import project
    from edgarkg.analytics.reports import centrality_report

    with open_db(store_path, graphs, write=write_back) as db:
        emit(centrality_report(project(db, projection), projection, top), fmt, table_name, db, write_back)


@analyze.command("components")
@source_options
@output_options
@projection_option
@click.option("--top", type=int, default=None, help="List only the N largest components.")
def components_command(store_path, graphs, fmt, table_name, write_back, projection, top) -> None:
    """Connected components of a projection, with their sizes."""
    from edgarkg.analytics.projections import project
    from edgarkg.analytics.reports import components_report

    with open_db(store_path, graphs, write=write_back) as db:
        emit(components_report(project(db, projection), projection, top), fmt, table_name, db, write_back)


@analyze.command("metrics")
@click.argument("company")
@source_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default=None)
@click.option(
    "--metric", help="Only this metric: us-gaap:Revenues, or Revenues, or any concept containing Revenue."
)
def metrics_command(company, store_path, graphs, fmt, metric) -> None:
    """The time series of every metric reported about COMPANY (CIK, name or IRI)."""
    from edgarkg.analytics.reports import metrics_report

    with open_db(store_path, graphs) as db:
        emit(metrics_report(db, _company(db, company), metric), fmt, None)


@analyze.command("export")
@click.argument("projection", type=click.Choice(PROJECTION_NAMES))
@source_options
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv"]), default=None,
    help="graphml, gexf (Gephi), json (node-link: d3, Cytoscape) or csv (edge list); default from -o.",
)  # fmt: skip
def export_command(projection, store_path, graphs, output, fmt) -> None:
    """Write a projection for other tools (node ids are the entities' IRIs)."""
    from edgarkg.analytics.export import UnknownExportFormat, export_graph, format_of
    from edgarkg.analytics.projections import project

    try:
        format_of(output, fmt)
    except UnknownExportFormat as exc:
        raise UsageProblem(str(exc)) from None
    with open_db(store_path, graphs) as db:
        graph = project(db, projection)
    used = export_graph(graph, output, fmt)
    click.echo(f"{projection}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges written to "
               f"{output} ({used})")  # fmt: skip


# -- pictures -------------------------------------------------------------------------


def _picture_path(output: str) -> None:
    if not output.lower().endswith((".png", ".svg")):
        raise UsageProblem(f"pictures are written as .png or .svg, not {output!r}")


@contextmanager
def _drawing() -> Iterator[None]:
    from edgarkg.analytics.draw import DrawingUnavailable, NothingToDraw

    try:
        yield
    except DrawingUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    except NothingToDraw as exc:
        raise click.ClickException(f"nothing to draw: {exc}") from None


@click.group("draw")
def draw() -> None:
    """Pictures (PNG or SVG): a company's ownership tree, the interlock network."""


@draw.command("ownership")
@click.argument("company")
@source_options
@click.option("-o", "--output", required=True, help="tree.png or tree.svg (several pages: tree-1.png, ...).")
@click.option("--max-children", type=int, default=None, help="Collapse families larger than this.")
@click.option("--rows-per-page", type=int, default=60, show_default=True, help="0 for one page.")
@click.option("--depth", "max_depth", type=int, default=None, help="Draw only this many levels.")
def draw_ownership(company, store_path, graphs, output, max_children, rows_per_page, max_depth) -> None:
    """The ownership tree below COMPANY (CIK, name or IRI)."""
    _picture_path(output)
    with _drawing():
        from edgarkg.analytics.draw import draw_ownership_tree, page_paths, save
        from edgarkg.analytics.projections import ownership_graph, ownership_tree

        with open_db(store_path, graphs) as db:
            root = _company(db, company)
            graph = ownership_graph(db)
        if root not in graph or not graph.out_degree(root):
            raise click.ClickException(f"no subsidiaries of {company!r} are recorded")
        tree = ownership_tree(graph, root, max_depth)
        figures = draw_ownership_tree(
            tree, root, max_children=max_children, rows_per_page=rows_per_page or None
        )
        for figure, path in zip(figures, page_paths(output, len(figures)), strict=True):
            save(figure, path)
            click.echo(f"wrote {path}")


@draw.command("interlocks")
@source_options
@click.option("-o", "--output", required=True, help="network.png or network.svg")
@click.option("--min-orgs", default=2, show_default=True, help="People at this many organisations or more.")
@click.option("--limit", default=60, show_default=True, help="At most this many people (the most connected).")
@click.option("--role", "roles", multiple=True, help="Only positions with this role (repeatable).")
def draw_interlocks(store_path, graphs, output, min_orgs, limit, roles) -> None:
    """The people who hold positions at several organisations, and those organisations."""
    _picture_path(output)
    with _drawing():
        from edgarkg.analytics.draw import draw_interlocks as draw_network
        from edgarkg.analytics.draw import save
        from edgarkg.analytics.projections import positions_graph

        with open_db(store_path, graphs) as db:
            positions = positions_graph(db, roles or None)
        save(draw_network(positions, min_orgs=min_orgs, limit=limit), output)
        click.echo(f"wrote {output}")


@click.command("report")
@click.argument("company")
@source_options
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="report.html")
def report(company, store_path, graphs, output) -> None:
    """A self-contained HTML page about COMPANY: identity, filings, subsidiaries, people, metrics."""
    from edgarkg.analytics.html_report import write_report

    started = time.perf_counter()
    with open_db(store_path, graphs) as db:
        notes = write_report(db, _company(db, company), output)
    for note in notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"wrote {output} in {time.perf_counter() - started:.1f} s")


__all__ = ["analyze", "draw", "report"]
