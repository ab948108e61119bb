"""The command line: parses options, calls the pipeline and views, prints. No domain logic here."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from factionmap import __version__, pipeline
from factionmap.errors import FactionmapError, InputError
from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.model import Claim
from factionmap.store import Store

app = typer.Typer(
    name="factionmap",
    help="Turn news articles into an auditable, time-aware graph of armed-group coalitions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="FACTIONMAP_DB",
        help="Database URL or SQLite path (default: SQLite in the user data folder).",
    ),
]


class State:
    db: str | None = None


state = State()


def _version(value: bool) -> None:
    if value:
        out.print(f"factionmap {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    db: DbOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """factionmap keeps every fact about armed groups as a claim with its source quote.

    Example: factionmap --db ./research.db ingest examples/articles
    """
    state.db = db


@contextmanager
def _user_errors() -> Iterator[None]:
    try:
        yield
    except FactionmapError as exc:
        err.print(f"factionmap: error: {exc}", markup=False)
        raise typer.Exit(2) from exc


def _open_store() -> Store:
    return Store.open(state.db)


def _extractor() -> pipeline.Extractor:
    from factionmap.extract.rules import RulesExtractor

    return RulesExtractor()


def _run_ingest(inputs: list[str], limits: IngestLimits, quiet: bool) -> tuple[int, int, int]:
    store = _open_store()
    extractor = _extractor()
    counts = {"new": 0, "unchanged": 0, "failed": 0}
    rows: list[pipeline.IngestOutcome] = []
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        for outcome in pipeline.ingest(inputs, store, limits, extractor):
            counts[outcome.status] += 1
            rows.append(outcome)
            progress.update(task, advance=1, description=f"ingesting {Path(outcome.origin).name}")
    store.close()
    for outcome in rows:
        if outcome.status == "failed":
            err.print(f"factionmap: {outcome.origin}: {outcome.reason}", markup=False)
    if not quiet:
        table = Table(title="Ingest summary", show_lines=False)
        for column in ("status", "document", "title", "claims"):
            table.add_column(column)
        for outcome in rows:
            if outcome.status != "failed":
                table.add_row(
                    outcome.status,
                    outcome.origin,
                    (outcome.title or "")[:60],
                    str(outcome.claims) if outcome.status == "new" else "",
                )
        out.print(table)
        out.print(
            f"{counts['new']} new, {counts['unchanged']} unchanged, {counts['failed']} failed"
        )
    return counts["new"], counts["unchanged"], counts["failed"]


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs or feeds.")],
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Refuse files and responses larger than this.")
    ] = 20.0,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Read articles into the store; the same content twice is a no-op.

    Example: factionmap ingest examples/articles https://example.org/feed.xml
    """
    limits = IngestLimits(max_bytes=int(max_mb * 1024 * 1024), timeout=timeout)
    with _user_errors():
        new, unchanged, failed = _run_ingest(inputs, limits, quiet)
    if failed and not (new or unchanged):
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(3)


@app.command()
def documents(
    source: Annotated[str | None, typer.Option(help="Only documents from this outlet.")] = None,
    since: Annotated[str | None, typer.Option(help="Only documents published since (ISO).")] = None,
    contains: Annotated[str | None, typer.Option(help="Only documents containing text.")] = None,
    output: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List stored documents.

    Example: factionmap documents --source "Example Wire" --format json
    """
    with _user_errors():
        if output not in ("table", "json"):
            raise InputError(f"unknown format {output!r}; use table or json")
        store = _open_store()
        docs = store.list_documents(source=source, since=since, text=contains)
        store.close()
    if output == "json":
        for doc in docs:
            sys.stdout.write(json.dumps(doc.__dict__, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(docs)} documents")
    for column in ("published", "source", "title", "claims", "id"):
        table.add_column(column)
    for doc in docs:
        table.add_row(
            doc.published or "",
            doc.source or "",
            (doc.title or doc.origin)[:70],
            str(doc.claims),
            doc.id[:19],
        )
    out.print(table)


@app.command()
def demo(
    folder: Annotated[Path, typer.Argument(help="Folder of example articles.")] = Path(
        "examples/articles"
    ),
) -> None:
    """Ingest the bundled example articles and summarise what was stored.

    Example: factionmap demo
    """
    with _user_errors():
        if not folder.is_dir():
            raise InputError(f"{folder}: no such folder; run the demo from the repository root")
        _run_ingest([str(folder)], IngestLimits(), quiet=False)
        store = _open_store()
        counts = store.counts()
        store.close()
    table = Table(title="Store")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        if not name.startswith("alembic"):
            table.add_row(name, str(count))
    out.print(table)


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Article files, folders or URLs.")],
    output: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
) -> None:
    """Print the claims an article states, with their evidence; no database involved.

    Example: factionmap extract examples/articles/jnim-profile.md --format table
    """
    with _user_errors():
        if output not in ("jsonl", "table"):
            raise InputError(f"unknown format {output!r}; use jsonl or table")
        extractor = _extractor()
        failed = 0
        for item in read_sources(files, IngestLimits()):
            if isinstance(item, ReadFailure):
                err.print(f"factionmap: {item.origin}: {item.reason}", markup=False)
                failed += 1
                continue
            claims = extractor(item)
            if output == "jsonl":
                for claim in claims:
                    sys.stdout.write(
                        json.dumps(claim.to_json(), ensure_ascii=False, sort_keys=False) + "\n"
                    )
            else:
                _claims_table(item.origin, claims)
    if failed:
        raise typer.Exit(1)


def _claims_table(title: str, claims: list[Claim]) -> None:
    table = Table(title=f"{title}: {len(claims)} claims", show_lines=False)
    for column in ("subject", "predicate", "object / value", "conf.", "evidence"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        target = claim.object.name if claim.object else _value_text(claim.value)
        quote = claim.evidence[0].quote if claim.evidence else ""
        table.add_row(
            claim.subject.name,
            claim.predicate,
            target,
            f"{claim.confidence:.2f}",
            quote if len(quote) < 120 else quote[:117] + "...",
        )
    out.print(table)


def _value_text(value: Mapping[str, object] | None) -> str:
    if not value:
        return ""
    if "text" in value:
        return str(value["text"])
    if "date" in value:
        return str(value["date"])
    if "earliest" in value:
        return f"{value['earliest']} – {value['latest']}"
    if "low" in value:
        span = (
            f"{value['low']:,}"
            if value["low"] == value["high"]
            else f"{value['low']:,}–{value['high']:,}"
        )
        return f"{span} {value.get('unit', '')}".strip()
    return json.dumps(dict(value))


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (YAML, SPEC section 5).")],
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the full report as JSON here.")
    ] = None,
    details: Annotated[bool, typer.Option(help="List misses and false positives.")] = True,
) -> None:
    """Score extraction against gold files: precision, recall, F1 and grounding.

    Example: factionmap evaluate tests/gold/*.yaml --json report.json
    """
    from factionmap.evaluate import evaluate as run_evaluation

    with _user_errors():
        report = run_evaluation(gold, _extractor())
    if details:
        for miss in report.misses:
            out.print(f"[yellow]miss[/] {Path(miss['file']).name}: {miss['row']}", markup=True)
        for fp in report.false_positives:
            out.print(
                f"[red]false positive[/] {Path(fp['file']).name}: "
                f"{fp['subject']} {fp['predicate']} {fp['object']}",
                markup=True,
                highlight=False,
            )
    table = Table(title=f"{report.files} gold files, {report.claims} claims")
    for column in (
        "predicate",
        "required",
        "hits",
        "extracted TP",
        "FP",
        "precision",
        "recall",
        "F1",
    ):
        table.add_column(column, justify="right")
    rows = [*sorted(report.predicates.items()), ("overall", report.overall)]
    for name, score in rows:
        table.add_row(
            name,
            str(score.required),
            str(score.hits),
            str(score.true_positives),
            str(score.false_positives),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
        )
    out.print(table)
    out.print(f"grounding rate: {report.grounding:.3f}")
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False), "utf-8")


def main() -> None:
    """Entry point: user errors are one line on stderr, never a traceback."""
    try:
        app(prog_name="factionmap")
    except KeyboardInterrupt:
        err.print("factionmap: interrupted")
        sys.exit(130)
    except FactionmapError as exc:
        err.print(f"factionmap: error: {exc}", markup=False)
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("FACTIONMAP_DEBUG"):
            raise
        err.print(
            f"factionmap: internal error: {exc.__class__.__name__}: {exc} "
            "(set FACTIONMAP_DEBUG=1 for details)",
            markup=False,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
