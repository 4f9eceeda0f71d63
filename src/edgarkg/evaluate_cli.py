"""The `edgarkg eval` command: tables, error lists and CI thresholds over `evaluate()`."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import click

from edgarkg.evaluate import CATEGORIES, EvalReport, evaluate, macro_f1
from edgarkg.evaluate_gold import GoldError


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
