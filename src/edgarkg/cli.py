"""The `edgarkg` command: a thin layer over the library.

Heavy imports (rdflib, pyshacl, pyoxigraph) happen inside the commands, so
`edgarkg --help` answers at once. Exit codes: 0 success, 1 SHACL violations
(or a failed operation), 2 usage errors.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

import click

from edgarkg import __version__


class UsageProblem(click.ClickException):
    exit_code = 2


def _unavailable(name: str, exc: ImportError) -> click.Command:
    def fail() -> None:
        raise click.ClickException(f"`edgarkg {name}` is not available: {exc}")

    return click.Command(name, callback=fail, help=f"(not available: {exc})")


class LazyGroup(click.Group):
    """Sub-commands that live in their own modules, imported only when run."""

    lazy: dict[str, str] = {
        "eval": "edgarkg.evaluate_cli:eval_command",
        "analyze": "edgarkg.cli_analytics:analyze",
        "draw": "edgarkg.cli_analytics:draw",
        "report": "edgarkg.cli_analytics:report",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, _, attr = self.lazy[name].partition(":")
            try:
                return getattr(importlib.import_module(module), attr)
            except ImportError as exc:  # an optional part not installed: say so when it is used
                return _unavailable(name, exc)
        return super().get_command(ctx, name)


def fetch_options(f):
    """Options shared by `fetch` and `build --fetch`."""
    options = [
        click.option("--cik", "ciks", multiple=True, help="Company CIK (repeatable)."),
        click.option("--ticker", "tickers", multiple=True, help="Company ticker (repeatable)."),
        click.option("--forms", help="Comma-separated form types, e.g. 6-K,8-K,10-K,4."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Earliest filing date."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Latest filing date."),
        click.option("--limit", type=int, help="At most N filings per company."),
        click.option(
            "-d",
            "--dir",
            "directory",
            type=click.Path(file_okay=False),
            default="edgar-filings",
            show_default=True,
            help="Where filings are kept (and cached).",
        ),
        click.option(
            "--documents",
            "documents_only",
            is_flag=True,
            help="Only the primary document and exhibits, not the full submission.",
        ),
        click.option(
            "--user-agent",
            envvar="EDGARKG_USER_AGENT",
            help="'Name contact@example.org' (required by EDGAR; or $EDGARKG_USER_AGENT).",
        ),
        click.option(
            "--rate", type=float, default=10.0, show_default=True, help="Requests per second (<= 10)."
        ),
        click.option(
            "--base-url",
            envvar="EDGARKG_BASE_URL",
            default="https://www.sec.gov",
            show_default=True,
            help="EDGAR archives (or a mirror).",
        ),
        click.option(
            "--data-url",
            envvar="EDGARKG_DATA_URL",
            default="https://data.sec.gov",
            show_default=True,
            help="EDGAR submissions index (or a mirror).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="edgarkg")
def main() -> None:
    """Build a knowledge graph of companies, people and metrics from SEC EDGAR filings."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option(
    "--fetch", "do_fetch", is_flag=True, help="First fetch filings from EDGAR (see `fetch`), then build."
)
@fetch_options
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
@click.option(
    "-s",
    "--store",
    "store_path",
    type=click.Path(file_okay=False),
    help="Build into this on-disk store (filings rebuilt replace their graph).",
)
@click.option(
    "--shards",
    "shards_dir",
    type=click.Path(file_okay=False),
    help="Write gzip N-Quads shards (part-00000.nq.gz ...) and manifest.json into this directory.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    help="Worker processes for extraction, mapping and per-filing validation [default: all cores].",
)
@click.option(
    "--executor",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Local worker processes, or Dask (a local cluster unless --scheduler is given).",
)
@click.option("--scheduler", help="Dask scheduler address, e.g. tcp://HOST:8786 (with --executor dask).")
@click.option(
    "--work-dir",
    type=click.Path(file_okay=False),
    help="Scratch space for partition shards; on a cluster it must be shared with the workers.",
)
@click.option(
    "--progress-log",
    type=click.File("a"),
    help="Append progress as JSON lines to this file (- for stderr), for pipelines.",
)
@click.option(
    "--shapes",
    "shapes_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Validate with these SHACL shapes instead of the shipped ones.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Go on with a killed build: skip input files already built unchanged (same SHA-256) "
    "and reuse partitions it finished. With --store or -o.",
)
def build(
    inputs, do_fetch, output, validate, extractors, report_path, quiet, store_path, shards_dir, workers,
    executor, scheduler, work_dir, progress_log, shapes_path, resume, **fetch_args,
) -> None:  # fmt: skip
    """Build the graph of INPUTS (files, directories, .zip/.tar.gz archives, EDGAR submissions).

    Writes OUT (-o), an on-disk store (--store) or shards (--shards); with
    none of them, the default store ($EDGARKG_STORE or ./edgarkg-store).
    Extraction, mapping and per-filing validation run in --workers processes
    (or on Dask); entity resolution and the corpus-level SHACL pass run once.
    """
    from edgarkg.executors import ExecutorError, default_workers, make_executor
    from edgarkg.pipeline import BUILD_STATE, LEDGER, build_shards, build_store, scratch_for
    from edgarkg.progress import Fanout, JsonProgress, ProgressBar
    from edgarkg.rdfio import UnknownFormat, format_for, write_store
    from edgarkg.registry import UnknownExtractor
    from edgarkg.shards import remove_tree
    from edgarkg.store import Store, StoreLocked, default_store_path

    if output:
        try:
            format_for(output)
        except UnknownFormat as exc:
            raise UsageProblem(str(exc)) from None
    if shards_dir and (output or store_path):
        raise UsageProblem("--shards writes its own output: give it without -o/--store")
    if shards_dir and resume:
        raise UsageProblem("--resume works with --store or -o, not --shards")
    if not output and not store_path and not shards_dir:
        store_path = str(default_store_path())
    if do_fetch:
        fetched = _run_fetch(quiet=quiet, **fetch_args)
        inputs = (*inputs, *(str(p) for p in fetched.paths))
    if not inputs:
        raise UsageProblem("nothing to build: give INPUTS or --fetch with --cik/--ticker")
    progress = Fanout(None if quiet else ProgressBar(), JsonProgress(progress_log) if progress_log else None)
    try:
        pool = make_executor(executor, workers or default_workers(), scheduler)
    except ExecutorError as exc:
        raise UsageProblem(str(exc)) from None
    options = dict(
        extractors=list(extractors) or None,
        validate=validate,
        progress=progress,
        executor=pool,
        shapes=shapes_path,
    )
    store = scratch = None
    try:
        if shards_dir:
            report = build_shards(inputs, shards_dir, **options)
        else:
            if not store_path:  # -o alone: an on-disk scratch store beside it, kept after a kill for --resume
                scratch = scratch_for(output)
                store = Store(scratch / "store")
                if not resume:  # what a killed build left: start clean
                    store.db.clear()
                    (store.path / BUILD_STATE / LEDGER).unlink(missing_ok=True)
                for part in scratch.parent.glob(f".{os.path.basename(output)}.*.part"):
                    part.unlink(missing_ok=True)  # a killed write of the output (we hold its lock)
            else:
                store = Store(store_path)
            state = store.path / BUILD_STATE
            report = build_store(inputs, store.db, work_dir=work_dir, state=state, resume=resume, **options)
            if output:
                write_store(store.db, output)
            if scratch:
                store.close()
                store = None
                remove_tree(scratch)
    except StoreLocked as exc:
        raise click.ClickException(str(exc)) from None
    except UnknownExtractor as exc:
        raise UsageProblem(str(exc)) from None
    finally:
        pool.close()
        progress.close()
        if store:
            store.close()
    for problem in report.problems:
        if problem.severity == "error" or not quiet:
            click.echo(f"{problem.severity}: {problem.source}: [{problem.stage}] {problem.reason}", err=True)
    for violation in report.violations[:50]:
        click.echo(f"violation: {violation.focus} {violation.path or ''}: {violation.message}", err=True)
    if len(report.violations) > 50:
        click.echo(f"... and {len(report.violations) - 50} more violations", err=True)
    if report_path:
        _write_report(report, report_path)
    where = [w for w in (output, store_path and f"store {store_path}", report.manifest) if w]
    click.echo(report.summary() + (f"; written to {' and '.join(where)}" if where else ""))
    if report.violations:
        sys.exit(1)


def _write_report(report, path: str) -> None:
    from edgarkg.rdfio import atomic_output

    data = {
        "summary": report.summary(),
        "documents": report.documents,
        "filings": report.filings,
        "triples": report.triples,
        "workers": report.workers,
        "executor": report.executor,
        "seconds": round(report.seconds, 3),
        "stage_seconds": {k: round(v, 3) for k, v in report.stage_seconds.items()},
        "manifest": report.manifest,
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


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageProblem(f"--param takes NAME=VALUE, not {pair!r}")
        params[key.strip()] = value.strip()
    return params


def _open_source(store_path, graphs):
    """The data to query: graph files (in memory) or an on-disk store (read-only)."""
    from edgarkg.query import open_graphs
    from edgarkg.rdfio import UnknownFormat
    from edgarkg.store import Store, default_store_path

    if graphs:
        try:
            return open_graphs(graphs)
        except UnknownFormat as exc:
            raise UsageProblem(str(exc)) from None
        except (SyntaxError, ValueError, OSError) as exc:
            raise click.ClickException(f"cannot read the graph: {exc}") from None
    try:
        return Store(store_path or default_store_path(), read_only=True).db
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("sparql", required=False)
@click.option(
    "-f", "--file", "query_file", type=click.File("r"), help="Read the query from a file (- for stdin)."
)
@click.option("-n", "--name", help="Run a named query (see --list).")
@click.option("-p", "--param", "params", multiple=True, help="NAME=VALUE for a named query (repeatable).")
@click.option("-s", "--store", "store_path", type=click.Path(file_okay=False), help="Store to query.")
@click.option(
    "-g",
    "--graph",
    "graphs",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Query these RDF files instead of a store (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    default=None,
    help="table (default on a terminal), csv, tsv, json; ttl/nt/jsonld for CONSTRUCT.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
def query(sparql, query_file, name, params, store_path, graphs, fmt, list_queries) -> None:
    """Run SPARQL (argument, -f FILE, or stdin) or a named query over a store or graph files."""
    from edgarkg.query import QueryError, named_queries, render, run_named, run_query

    if list_queries:
        for q in named_queries().values():
            args = " ".join(f"--param {p}=..." for p in q.params)
            click.echo(f"{q.name:<16} {q.title}" + (f"\n{'':<16} {args}" if args else ""))
        return
    if sum(x is not None for x in (sparql, query_file, name)) > 1:
        raise UsageProblem("give one query: an argument, -f FILE or --name")
    if sparql is None and name is None:
        if query_file is None and sys.stdin.isatty():
            raise UsageProblem("no query: give SPARQL as an argument, -f FILE, stdin, or --name")
        sparql = (query_file or sys.stdin).read()
    db = _open_source(store_path, graphs)
    fmt = fmt or ("table" if sys.stdout.isatty() else "tsv")
    try:
        result = run_named(db, name, _params(params)) if name else run_query(db, sparql, _params(params))
        click.echo(render(result, fmt))
    except QueryError as exc:
        raise UsageProblem(str(exc)) from None


@main.group("store")
def store_group() -> None:
    """Inspect and edit an on-disk store."""


@store_group.command("info")
@click.option("-s", "--store", "store_path", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True)
def store_info(store_path, as_json) -> None:
    """Counts per class and per form type."""
    from edgarkg.store import Store, default_store_path

    try:
        store = Store(store_path or default_store_path(), read_only=True)
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    info = store.info()
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"store {info['path']}: {info['quads']} quads in {info['named_graphs']} named graphs")
    click.echo("instances per class:")
    for cls, n in info["classes"].items():
        click.echo(f"  {cls:<22} {n}")
    click.echo("filings per form type:")
    for form, n in info["form_types"].items():
        click.echo(f"  {form:<22} {n}")


@store_group.command("remove")
@click.argument("filings", nargs=-1, required=True)
@click.option("-s", "--store", "store_path", type=click.Path(file_okay=False))
def store_remove(filings, store_path) -> None:
    """Drop FILINGS (accession numbers or filing IRIs) from the store."""
    from edgarkg.store import Store, StoreLocked, default_store_path

    try:
        with Store(store_path or default_store_path()) as store:
            removed = store.remove_graphs(filings)
    except StoreLocked as exc:
        raise click.ClickException(str(exc)) from None
    for iri in removed:
        click.echo(f"removed {iri}")
    missing = len(filings) - len(removed)
    if missing:
        raise click.ClickException(f"{missing} of the filings named were not in the store")


@main.command()
@click.option(
    "--endpoint", required=True, help="Graph Store endpoint (or SPARQL Update endpoint with --update)."
)
@click.option("-s", "--store", "store_path", type=click.Path(file_okay=False))
@click.option(
    "-g",
    "--graph",
    "graphs",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Push these RDF files instead of a store.",
)
@click.option("--user", help="User for basic/digest authentication.")
@click.option("--password", envvar="EDGARKG_PUSH_PASSWORD", help="Password (or $EDGARKG_PUSH_PASSWORD).")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True)
@click.option(
    "--update", "use_update", is_flag=True, help="Use SPARQL 1.1 Update instead of the Graph Store protocol."
)
@click.option("--target-graph", help="Push everything into this one graph instead of one graph per filing.")
@click.option(
    "--graph-param", default="graph", show_default=True, help="Graph parameter name of the endpoint."
)
@click.option("--batch", default=50_000, show_default=True, help="Triples per request.")
@click.option("--retries", default=5, show_default=True, help="Retries per request on transient failures.")
@click.option(
    "--backoff",
    default=0.5,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Seconds before the first retry; doubled for each next one.",
)
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds.")
@click.option(
    "--stop-after",
    default=3,
    show_default=True,
    type=click.IntRange(min=0),
    help="Filings failing in a row before giving up on the rest (0: never give up).",
)
@click.option("--filing", "only", multiple=True, help="Push only these graphs (IRIs; repeatable).")
@click.option(
    "--filings-from",
    type=click.File("r"),
    help="Push only the graphs listed in this file, one IRI a line (e.g. a --failed-list).",
)
@click.option(
    "--failed-list",
    type=click.Path(dir_okay=False),
    help="Write the graphs not pushed here, one IRI a line, to push again with --filings-from.",
)
@click.option("--dry-run", is_flag=True, help="Print what would be sent.")
def push(
    endpoint, store_path, graphs, user, password, auth, use_update, target_graph, graph_param, batch,
    retries, backoff, timeout, stop_after, only, filings_from, failed_list, dry_run,
) -> None:  # fmt: skip
    """Push the graph to a SPARQL 1.1 triple store (PUT replaces each filing's graph).

    Exits 1 if any graph was not pushed; those are listed on stderr (and in
    --failed-list), and pushing them again with --filings-from completes the push.
    """
    from edgarkg.push import Endpoint
    from edgarkg.push import push as run_push
    from edgarkg.rdfio import atomic_output

    selected = list(only)
    if filings_from is not None:
        selected += [line.strip() for line in filings_from if line.strip() and not line.startswith("#")]
    db = _open_source(store_path, graphs)
    target = Endpoint(
        endpoint,
        mode="update" if use_update else "gsp",
        user=user,
        password=password,
        auth=auth,
        graph_param=graph_param,
        retries=retries,
        backoff=backoff,
        timeout=timeout,
    )
    report = run_push(
        db,
        target,
        target_graph=target_graph,
        batch_triples=batch,
        only=selected if only or filings_from is not None else None,
        dry_run=dry_run,
        log=lambda line: click.echo(line, err=not dry_run),
        stop_after=stop_after or None,
    )
    if not dry_run:
        click.echo(report.summary())
    if failed_list and not dry_run:
        with atomic_output(failed_list) as tmp:
            tmp.write_text("".join(f"{graph}\n" for graph in report.not_pushed))
    if report.failed:
        for r in report.failed:
            click.echo(f"not pushed: {r.graph}: {r.error}", err=True)
        sys.exit(1)


def _run_fetch(
    ciks,
    tickers,
    forms,
    since,
    until,
    limit,
    directory,
    documents_only,
    user_agent,
    rate,
    base_url,
    data_url,
    quiet=False,
):
    from edgarkg.fetch import Fetcher, FetchError
    from edgarkg.fetch import fetch as run_fetch

    if not ciks and not tickers:
        raise UsageProblem("name at least one company with --cik or --ticker")
    try:
        fetcher = Fetcher(user_agent, base_url=base_url.rstrip("/"), data_url=data_url.rstrip("/"), rate=rate)
    except FetchError as exc:
        raise UsageProblem(str(exc)) from None
    report = run_fetch(
        fetcher, directory, ciks=list(ciks), tickers=list(tickers),
        forms=forms.split(",") if forms else None,
        since=since.date() if since else None, until=until.date() if until else None,
        limit=limit, documents_only=documents_only,
        log=None if quiet else (lambda line: click.echo(line, err=True)),
    )  # fmt: skip
    for what, why in report.failed:
        click.echo(f"failed: {what}: {why}", err=True)
    click.echo(report.summary())
    return report


@main.command()
@fetch_options
def fetch(**options) -> None:
    """Download filings from EDGAR (rate-limited, cached, resumable)."""
    report = _run_fetch(**options)
    if report.failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
