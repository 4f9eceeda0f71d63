"""`edgarkg build` and `edgarkg fetch`: getting filings and building the graph from them.

In their own module, as the analytics commands are in `cli_analytics`, so
that `cli` stays the entry point and the small commands; `cli.LazyGroup`
imports this module only when one of these commands (or `--help`) needs it.
"""

from __future__ import annotations

import json
import os
import sys

import click

from edgarkg.cli import UsageProblem


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


@click.command()
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
    from edgarkg.ledger import BUILD_STATE, LEDGER, scratch_for
    from edgarkg.pipeline import build_shards, build_store
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


@click.command()
@fetch_options
def fetch(**options) -> None:
    """Download filings from EDGAR (rate-limited, cached, resumable)."""
    report = _run_fetch(**options)
    if report.failed:
        sys.exit(1)
