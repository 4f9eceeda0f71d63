"""The `edgarkg` command: a thin layer over the library.

Heavy imports (rdflib, pyshacl, pyoxigraph) happen inside the commands, so
`edgarkg --help` answers at once. Exit codes: 0 success, 1 SHACL violations
(or a failed operation), 2 usage errors.
"""

from __future__ import annotations

import importlib
import json
import sys
import time

import click

from edgarkg import __version__


class UsageProblem(click.ClickException):
    exit_code = 2


class Progress:
    """Documents done and rate on stderr, only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.count = 0
        self.started = time.perf_counter()
        self._last = 0.0

    def __call__(self, doc: object) -> None:
        self.count += 1
        now = time.perf_counter()
        if self.enabled and now - self._last > 0.2:
            self._last = now
            rate = self.count / max(now - self.started, 1e-9)
            click.echo(f"\r{self.count} documents, {rate:.0f}/s", nl=False, err=True)

    def close(self) -> None:
        if self.enabled and self.count:
            click.echo("\r" + " " * 40 + "\r", nl=False, err=True)


class LazyGroup(click.Group):
    """Sub-commands that live in their own modules, imported only when run."""

    lazy: dict[str, str] = {
        "eval": "edgarkg.evaluate:eval_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, _, attr = self.lazy[name].partition(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="edgarkg")
def main() -> None:
    """Build a knowledge graph of companies, people and metrics from SEC EDGAR filings."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Output file; format from the extension."
)
@click.option("--validate/--no-validate", default=True, show_default=True, help="SHACL-validate each filing.")
@click.option(
    "-x", "--extractor", "extractors", multiple=True, help="Run only these extractors (repeatable)."
)
@click.option(
    "--report", "report_path", type=click.Path(dir_okay=False), help="Write the build report as JSON."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, summary only.")
def build(inputs, output, validate, extractors, report_path, quiet) -> None:
    """Build the graph of INPUTS (files, directories, .zip/.tar.gz archives, EDGAR submissions)."""
    from edgarkg.pipeline import build as run_build
    from edgarkg.rdfio import UnknownFormat, format_for
    from edgarkg.registry import UnknownExtractor

    if output:
        try:
            format_for(output)
        except UnknownFormat as exc:
            raise UsageProblem(str(exc)) from None
    progress = Progress(not quiet)
    try:
        _, report = run_build(
            inputs, output, extractors=list(extractors) or None, validate=validate, progress=progress
        )
    except UnknownExtractor as exc:
        raise UsageProblem(str(exc)) from None
    finally:
        progress.close()
    for problem in report.problems:
        if problem.severity == "error" or not quiet:
            click.echo(f"{problem.severity}: {problem.source}: [{problem.stage}] {problem.reason}", err=True)
    for violation in report.violations[:50]:
        click.echo(f"violation: {violation.focus} {violation.path or ''}: {violation.message}", err=True)
    if len(report.violations) > 50:
        click.echo(f"... and {len(report.violations) - 50} more violations", err=True)
    if report_path:
        _write_report(report, report_path)
    click.echo(report.summary() + (f"; written to {output}" if output else ""))
    if report.violations:
        sys.exit(1)


def _write_report(report, path: str) -> None:
    from edgarkg.rdfio import atomic_output

    data = {
        "summary": report.summary(),
        "documents": report.documents,
        "filings": report.filings,
        "triples": report.triples,
        "problems": [_problem(p) for p in report.problems],
        "violations": [v.as_dict() for v in report.violations],
    }
    with atomic_output(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2))


def _problem(p) -> dict[str, str]:
    return {"source": p.source, "stage": p.stage, "reason": p.reason, "severity": p.severity}


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--shapes", "shapes_path", type=click.Path(exists=True, dir_okay=False), help="Other shapes.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text", show_default=True
)
def validate(graphs, shapes_path, fmt) -> None:
    """Validate GRAPHS (any RDF files) against the edgarkg shapes."""
    import pyoxigraph as ox

    from edgarkg.rdfio import UnknownFormat, load_into, rdflib_graph
    from edgarkg.validate import shapes_graph, validate_graph

    store = ox.Store()
    try:
        load_into(store, graphs)
    except UnknownFormat as exc:
        raise UsageProblem(str(exc)) from None
    except (SyntaxError, ValueError, OSError) as exc:
        raise click.ClickException(f"cannot read the graph: {exc}") from None
    report = validate_graph(rdflib_graph(store), shapes_graph(shapes_path))
    if fmt == "json":
        click.echo(
            json.dumps(
                {"conforms": report.conforms, "violations": [v.as_dict() for v in report.violations]},
                indent=2,
            )
        )
    elif fmt == "turtle":
        click.echo(report.results_graph.serialize(format="turtle"))
    else:
        click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
@click.option(
    "--resolve/--no-resolve",
    default=True,
    show_default=True,
    help="Merge name-only organisations into their CIK nodes across the inputs.",
)
def export(graphs, output, resolve) -> None:
    """Convert or merge GRAPHS into OUTPUT (format from the extension)."""
    import pyoxigraph as ox

    from edgarkg.rdfio import UnknownFormat, format_for, load_into, write_store
    from edgarkg.resolve import resolve as resolve_entities

    try:
        format_for(output)
        store = ox.Store()
        load_into(store, graphs)
    except UnknownFormat as exc:
        raise UsageProblem(str(exc)) from None
    except (SyntaxError, ValueError, OSError) as exc:
        raise click.ClickException(f"cannot read the graph: {exc}") from None
    merged = resolve_entities(store) if resolve else 0
    write_store(store, output)
    click.echo(f"{len(store)} quads written to {output}" + (f"; {merged} entities merged" if merged else ""))


@main.command()
def ontology() -> None:
    """Print the edgarkg ontology (Turtle)."""
    from edgarkg.resources import ONTOLOGY, read_text

    click.echo(read_text(ONTOLOGY), nl=False)


@main.command()
def shapes() -> None:
    """Print the SHACL shapes (Turtle)."""
    from edgarkg.resources import SHAPES, read_text

    click.echo(read_text(SHAPES), nl=False)


@main.command()
def extractors() -> None:
    """List the registered extractors with their versions."""
    from edgarkg import registry

    for name in registry.available():
        extractor = registry.get(name)
        doc = (type(extractor).__doc__ or "").strip().splitlines()
        click.echo(f"{name:<16} {extractor.version:<8} {doc[0] if doc else ''}")
