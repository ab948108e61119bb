"""The command line: parses options, calls the pipeline and views, prints. No domain logic here."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from factionmap import __version__, pipeline
from factionmap.errors import FactionmapError, InputError
from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.model import Claim, Judgement
from factionmap.store import Store
from factionmap.store.graph import SourceRecord
from factionmap.views import ResolvedClaim, View
from factionmap.views.claims import ISO_DATE, PREDICATES, list_claims, write_claims_csv
from factionmap.views.conflicts import conflicts as find_conflicts
from factionmap.views.facts import Fact, value_text
from factionmap.views.profile import profile, profile_json
from factionmap.views.roster import coalitions_by_members, describe
from factionmap.views.roster import roster as build_roster
from factionmap.views.search import search as search_actors

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
    return pipeline.open_store(state.db)


BackendOption = Annotated[
    str,
    typer.Option(
        "--backend",
        help="rules (offline, default) or llm (an OpenAI-compatible server: FACTIONMAP_LLM_URL).",
    ),
]


def _extractor(backend: str = "rules") -> pipeline.Extractor:
    if backend == "llm":
        from factionmap.extract.llm import LLMExtractor, LLMSettings

        return LLMExtractor(LLMSettings.from_environment())
    if backend != "rules":
        raise InputError(f"unknown backend {backend!r}; use rules or llm")
    from factionmap.extract.rules import RulesExtractor

    return RulesExtractor()


def _report_proposals(extractor: pipeline.Extractor) -> None:
    """The llm backend counts what it rejected; say so, since those claims were dropped."""
    stats = getattr(extractor, "stats", None)
    if stats:
        counts = ", ".join(f"{key} {value}" for key, value in sorted(stats.items()))
        err.print(f"factionmap: llm proposals: {counts}", markup=False)


def _run_ingest(
    inputs: list[str], limits: IngestLimits, quiet: bool, backend: str = "rules"
) -> tuple[int, int, int]:
    extractor = _extractor(backend)
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
        for outcome in pipeline.ingest(inputs, store, limits, extractor):
            counts[outcome.status] += 1
            rows.append(outcome)
            progress.update(task, advance=1, description=f"ingesting {Path(outcome.origin).name}")
    store.close()
    _report_proposals(extractor)
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
    backend: BackendOption = "rules",
) -> None:
    """Read articles into the store; the same content twice is a no-op.

    Example: factionmap ingest examples/articles https://example.org/feed.xml
    """
    limits = IngestLimits(max_bytes=int(max_mb * 1024 * 1024), timeout=timeout)
    with _user_errors():
        new, unchanged, failed = _run_ingest(inputs, limits, quiet, backend)
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
        view = View(store)
        largest = coalitions_by_members(view)[:5]
        disagreements = len(find_conflicts(view))
        store.close()
    table = Table(title="Store")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        if not name.startswith("alembic"):
            table.add_row(name, str(count))
    out.print(table)
    if largest:
        out.print("Coalitions with the most members named in the sources:")
        for record, size in largest:
            out.print(f"  {record.name} ({record.id}): {size}", markup=False)
        first = largest[0][0]
        out.print(f"{disagreements} points on which sources disagree. Try:", markup=False)
        for hint in (
            f'factionmap roster "{first.name}" --evidence',
            f'factionmap show "{first.name}"',
            "factionmap conflicts",
            'factionmap search "Ezzedine Qassam"',
            "factionmap serve",
        ):
            out.print(f"  {hint}", markup=False, highlight=False)


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Article files, folders or URLs.")],
    output: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
    backend: BackendOption = "rules",
) -> None:
    """Print the claims an article states, with their evidence; no database involved.

    Example: factionmap extract examples/articles/jnim-profile.md --format table
    """
    with _user_errors():
        if output not in ("jsonl", "table"):
            raise InputError(f"unknown format {output!r}; use jsonl or table")
        extractor = _extractor(backend)
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
        _report_proposals(extractor)
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


# --- The knowledge base: what many sources say, with people's judgements applied ---------


def _view() -> View:
    return View(_open_store())


def _sources_text(sources: list[SourceRecord]) -> str:
    return "; ".join(
        f"{s.source or s.title or s.origin}{', ' + s.published if s.published else ''}"
        for s in sources
    )


def _fact_target(fact: Fact) -> str:
    return fact.object.name if fact.object else value_text(fact.predicate, fact.value)


def _print_quotes(claims: Sequence[ResolvedClaim]) -> None:
    for claim in claims:
        where = claim.document.source or claim.document.title or claim.document.origin
        date = f", {claim.document.published}" if claim.document.published else ""
        out.print(f"      “{claim.quote}” — {where}{date} [{claim.id}]", markup=False)


AuthorOption = Annotated[
    str,
    typer.Option(
        "--author", envvar="FACTIONMAP_AUTHOR", help="Who makes the judgement (default: $USER)."
    ),
]
ReasonOption = Annotated[str | None, typer.Option("--reason", help="Why, in a few words.")]


def _author(author: str) -> str:
    return author or os.environ.get("USER") or "unknown"


@app.command()
def show(
    actor: Annotated[str, typer.Argument(help="Actor name, alias or id.")],
    evidence: Annotated[bool, typer.Option("--evidence", help="Print the quotes.")] = False,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Profile of one actor: names, parents, wings, coalitions, dates, sizes, areas, sources.

    Example: factionmap show "Ezzedine al-Qassam Brigades" --evidence
    """
    with _user_errors():
        if output not in ("text", "json"):
            raise InputError(f"unknown format {output!r}; use text or json")
        found = profile(_view(), actor)
    if output == "json":
        sys.stdout.write(json.dumps(profile_json(found), ensure_ascii=False, indent=2) + "\n")
        return
    record = found.actor
    out.print(f"[bold]{escape(record.name)}[/]  ({record.id}, {record.kind})")
    if len(found.ids) > 1:
        out.print(f"  also stored as: {', '.join(i for i in found.ids if i != record.id)}")
    out.print("[bold]Names[/]")
    for alias in found.aliases:
        seen = _sources_text(list(alias.sources))
        origin = "gazetteer" + ("; " if seen else "") if alias.gazetteer else ""
        out.print(f"  {alias.text}  ({origin}{seen})", markup=False)
    for title, facts in found.sections:
        out.print(f"[bold]{title}[/]")
        for fact in facts:
            other = fact.subject if fact.subject.id != record.id else None
            target = other.name if other else _fact_target(fact)
            period = ""
            if fact.valid_from or fact.valid_to:
                period = f" [{fact.valid_from or '?'} – {fact.valid_to or ''}]"
            mark = " (accepted)" if fact.accepted else ""
            out.print(
                f"  {target}{period}  confidence {fact.confidence:.2f}{mark}  "
                f"— {_sources_text(fact.sources)}",
                markup=False,
            )
            if evidence:
                _print_quotes(fact.claims)
    if found.merges:
        out.print("[bold]Merges[/]")
        for judgement in found.merges:
            score = f" score {judgement.score:.2f}" if judgement.score is not None else ""
            out.print(
                f"  #{judgement.id} {judgement.other} → {judgement.target} by {judgement.author}"
                f"{score}: {judgement.reason or ''}",
                markup=False,
            )


@app.command()
def search(
    name: Annotated[str, typer.Argument(help="A name in any spelling.")],
    limit: Annotated[int, typer.Option(help="How many hits.")] = 10,
) -> None:
    """Find actors by any spelling, transliteration or alias; says why each hit matched.

    Example: factionmap search "Izz al Din al Kassam"
    """
    with _user_errors():
        hits = search_actors(_view(), name, limit=limit)
    if not hits:
        err.print(f"factionmap: no actor matches {name!r}", markup=False)
        raise typer.Exit(1)
    table = Table(title=f"Actors matching {name!r}")
    for column in ("score", "actor", "id", "kind", "claims", "why"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(
            f"{hit.score:.2f}",
            escape(hit.actor.name),
            hit.actor.id,
            hit.actor.kind,
            str(hit.claims),
            escape(hit.why),
        )
    out.print(table)


@app.command()
def roster(
    coalition: Annotated[str, typer.Argument(help="Coalition name, alias or id.")],
    at: Annotated[
        str | None, typer.Option("--at", help="Date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    evidence: Annotated[bool, typer.Option("--evidence", help="Print the quotes.")] = False,
) -> None:
    """Members of a coalition at a date, with when they joined, left or dissolved.

    Example: factionmap roster "Hayat Tahrir al-Sham" --at 2017-03
    """
    with _user_errors():
        if at is not None and not ISO_DATE.match(at):
            raise InputError(f"--at {at!r} is not a date like 2017, 2017-03 or 2017-03-01")
        found = build_roster(_view(), coalition, at)
    when = f" on {at}" if at else " (current)"
    groups = (
        (f"Members{when}", found.members),
        ("Left or dissolved" + (f" by {at}" if at else ""), found.former),
        (f"First attested after {at}" if at else "Not dated", found.later),
    )
    out.print(f"[bold]{escape(found.coalition.name)}[/] ({found.coalition.id})")
    for title, entries in groups:
        if not entries and title != f"Members{when}":
            continue
        table = Table(title=f"{title}: {len(entries)}")
        for column in ("member", "since", "until", "basis", "sources", "conf."):
            table.add_column(column, overflow="fold")
        for entry in entries:
            sources = sorted({c.document.source or c.document.origin for c in entry.claims})
            table.add_row(
                escape(entry.member.name),
                entry.since or "?",
                entry.until or "",
                escape(describe(entry)),
                escape(", ".join(sources)),
                f"{entry.confidence:.2f}",
            )
        out.print(table)
        if evidence:
            for entry in entries:
                out.print(f"  {entry.member.name}", markup=False)
                _print_quotes([*entry.claims, *entry.exit_claims])


@app.command()
def conflicts(
    evidence: Annotated[bool, typer.Option("--evidence/--no-evidence", help="Quotes.")] = True,
) -> None:
    """Where sources disagree: founding dates, sizes, membership, parent organizations.

    Example: factionmap conflicts
    """
    with _user_errors():
        found = find_conflicts(_view())
    if not found:
        out.print("No disagreements between sources.")
        return
    for conflict in found:
        out.print(f"[bold]{escape(conflict.summary)}[/]  ({conflict.kind})")
        for side in conflict.sides:
            out.print(f"  {side.statement}: {_sources_text(side.fact.sources)}", markup=False)
            if evidence:
                _print_quotes(side.fact.claims)
    out.print(f"{len(found)} disagreements")


@app.command()
def claims(
    actor: Annotated[
        str | None, typer.Option("--actor", help="Only claims about this actor.")
    ] = None,
    predicate: Annotated[
        str | None, typer.Option("--predicate", help="Only this predicate.")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Only from this outlet.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only from documents published since (ISO).")
    ] = None,
    output: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """Stored claims with filters, actors resolved and judgements applied.

    Example: factionmap claims --actor HTS --predicate member_of --format csv
    """
    with _user_errors():
        if output not in ("table", "jsonl", "csv"):
            raise InputError(f"unknown format {output!r}; use table, jsonl or csv")
        if predicate is not None and predicate not in PREDICATES:
            raise InputError(f"unknown predicate {predicate!r}; one of {', '.join(PREDICATES)}")
        found = list_claims(_view(), actor=actor, predicate=predicate, source=source, since=since)
    if output == "jsonl":
        for claim in found:
            sys.stdout.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
    elif output == "csv":
        write_claims_csv(found, sys.stdout)
    else:
        table = Table(title=f"{len(found)} claims")
        for column in ("subject", "predicate", "object / value", "source", "conf.", "quote"):
            table.add_column(column, overflow="fold")
        for claim in found:
            target = claim.object.name if claim.object else value_text("", claim.value)
            quote = claim.quote if len(claim.quote) < 100 else claim.quote[:97] + "..."
            table.add_row(
                escape(claim.subject.name),
                claim.predicate,
                escape(target),
                escape(f"{claim.document.source or ''} {claim.document.published or ''}"),
                f"{claim.confidence:.2f}",
                escape(quote),
            )
        out.print(table)


def _report(judgement: Judgement) -> None:
    other = f" + {judgement.other}" if judgement.other else ""
    out.print(
        f"judgement #{judgement.id}: {judgement.kind} {judgement.target}{other} "
        f"by {judgement.author} (undo with: factionmap undo {judgement.id})",
        markup=False,
    )


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The actor to keep (name or id).")],
    absorb: Annotated[str, typer.Argument(help="The actor that is the same (name or id).")],
    author: AuthorOption = "",
    reason: ReasonOption = None,
) -> None:
    """Record that two actors are one; every view and export follows. Reversible with undo.

    Example: factionmap merge fm:liwa-al-haqq fm:liwa-al-haq --reason "same brigade"
    """
    with _user_errors():
        _report(pipeline.merge_actors(_open_store(), keep, absorb, _author(author), reason))


@app.command()
def split(
    actor: Annotated[str, typer.Argument(help="Actor id (or name) to separate.")],
    author: AuthorOption = "",
    reason: ReasonOption = None,
) -> None:
    """Separate an actor from everything merged with it; it will not be merged back.

    Example: factionmap split fm:liwa-al-haq --reason "a different unit"
    """
    with _user_errors():
        _report(pipeline.split_actor(_open_store(), actor, _author(author), reason))


@app.command()
def accept(
    claim: Annotated[str, typer.Argument(help="Claim id (claim:…).")],
    author: AuthorOption = "",
    reason: ReasonOption = None,
) -> None:
    """Mark a claim as checked and right.

    Example: factionmap accept claim:0123456789abcdef0123
    """
    with _user_errors():
        _report(pipeline.judge_claim(_open_store(), claim, "accept", _author(author), reason))


@app.command()
def reject(
    claim: Annotated[str, typer.Argument(help="Claim id (claim:…).")],
    author: AuthorOption = "",
    reason: ReasonOption = None,
) -> None:
    """Mark a claim as wrong: views and exports leave it out.

    Example: factionmap reject claim:0123456789abcdef0123 --reason "misread the sentence"
    """
    with _user_errors():
        _report(pipeline.judge_claim(_open_store(), claim, "reject", _author(author), reason))


@app.command()
def undo(
    judgement: Annotated[int, typer.Argument(help="Judgement number.")],
    author: AuthorOption = "",
    reason: ReasonOption = None,
) -> None:
    """Undo a judgement (merge, split, accept, reject, or the resolver's own merges).

    Example: factionmap undo 12
    """
    with _user_errors():
        _report(pipeline.undo(_open_store(), judgement, _author(author), reason))


@app.command()
def judgements() -> None:
    """List every judgement, the resolver's automatic merges included.

    Example: factionmap judgements
    """
    with _user_errors():
        rows = _open_store().judgements()
    table = Table(title=f"{len(rows)} judgements")
    for column in ("#", "kind", "target", "other", "author", "score", "reason", "active"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row.id),
            row.kind,
            escape(row.target),
            escape(row.other or ""),
            escape(row.author),
            f"{row.score:.2f}" if row.score is not None else "",
            escape(row.reason or ""),
            "yes" if row.active else f"undone by #{row.undone_by}",
        )
    out.print(table)


@app.command()
def export(
    output_format: Annotated[
        str, typer.Option("--format", help="ftm, graphml, gexf, csv or json.")
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Export the knowledge base (judgements applied) for Gephi, Aleph/yente or spreadsheets.

    Example: factionmap export --format graphml -o coalitions.graphml
    """
    from factionmap.export import FORMATS
    from factionmap.export import export as write_export
    from factionmap.views.graph import knowledge_graph

    with _user_errors():
        if output_format not in FORMATS:
            raise InputError(f"unknown format {output_format!r}; use {', '.join(FORMATS)}")
        graph = knowledge_graph(_view())
        if output is None:
            write_export(graph, output_format, sys.stdout)
            return
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8", newline="") as stream:
                write_export(graph, output_format, stream)
            partial.replace(output)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    err.print(
        f"wrote {len(graph.nodes)} actors and places, {len(graph.edges)} relations "
        f"and {len(graph.claims)} claims to {output}",
        markup=False,
    )


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


# --- serve: the web UI and HTTP API (factionmap.web) -------------------------------------
# A thin shell: open the store, hand it to create_app, run uvicorn. Everything else is web/.


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web pages and the HTTP API (/api/, reference at /docs).

    Reading is open. Writing (POST /api/ingest) needs "Authorization: Bearer $FACTIONMAP_TOKEN".

    Example: FACTIONMAP_TOKEN=change-me factionmap serve --port 8000
    """
    import uvicorn

    from factionmap.web import create_app

    token = os.environ.get("FACTIONMAP_TOKEN") or None
    with _user_errors():
        store = _open_store()
    err.print(
        "factionmap: writes "
        + ("need the bearer token in FACTIONMAP_TOKEN" if token else "are disabled (no token)"),
        markup=False,
    )
    try:
        uvicorn.run(create_app(store, token), host=host, port=port, log_level="info")
    finally:
        store.close()


if __name__ == "__main__":
    main()
