"""The command line: parses options, calls the pipeline and views, prints. No domain logic here."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from factionmap import __version__, pipeline
from factionmap.errors import FactionmapError, InputError
from factionmap.ingest import IngestLimits
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


def _run_ingest(inputs: list[str], limits: IngestLimits, quiet: bool) -> tuple[int, int, int]:
    store = _open_store()
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
        for outcome in pipeline.ingest(inputs, store, limits):
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
