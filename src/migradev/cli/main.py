"""The `migradev` command. A thin layer: every command calls the same core functions as the API will."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from migradev.errors import MigradevError
from migradev.export import write_csv, write_jsonl
from migradev.pipeline import IngestOutcome, Status, expand_paths, ingest_paths
from migradev.settings import Settings, get_settings
from migradev.store import Repository, connect

app = typer.Typer(
    help="migradev: the documents of migration-and-development cooperation, structured and searchable.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="SQLite file path or database URL (default: $MIGRADEV_DB or ./migradev.db)."),
]


def _settings(db: str | None) -> Settings:
    settings = get_settings()
    return settings.model_copy(update={"db": db}) if db else settings


def _repository(settings: Settings) -> Repository:
    try:
        return Repository(connect(settings.db))
    except Exception as exc:  # a bad URL or an unreachable server: one clear line, not a traceback
        errors.print(f"[red]error:[/] cannot open database {settings.db!r}: {exc}")
        raise typer.Exit(2) from exc


def _clip(text: str, width: int) -> str:
    width = max(width, 8)
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns.")],
    db: DbOption = None,
) -> None:
    """Read documents and store them with their structure. Exits 1 if any file failed."""
    settings = _settings(db)
    repository = _repository(settings)
    files = expand_paths(paths)
    if not files:
        errors.print("[red]error:[/] no files found in " + ", ".join(paths))
        raise typer.Exit(1)
    failed: list[IngestOutcome] = []
    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=errors, transient=True,
    ) as progress:
        task = progress.add_task("", total=len(files))

        def report(outcome: IngestOutcome) -> None:
            progress.update(task, advance=1, description=outcome.path.name[:40])
            if outcome.status is Status.FAILED:
                failed.append(outcome)
                progress.console.print(f"[red]error:[/] {outcome.describe()}", highlight=False, soft_wrap=True)

        outcomes = ingest_paths(files, repository, settings, on_outcome=report)

    table = Table(title=f"Ingested into {settings.db}", show_lines=False)
    for column in ("id", "status", "pages", "paras", "title / reason", "file"):
        table.add_column(column)
    room = max(console.width - (12 + 9 + 5 + 5) - 19, 20)
    for o in outcomes:
        detail = o.title if o.status is not Status.FAILED else f"{o.error_code}: {o.error}"
        table.add_row(
            o.uid or "-", str(o.status), str(o.pages or "-"), str(o.paragraphs),
            _clip(detail or "", room * 3 // 5), _clip(o.path.name, room * 2 // 5),
        )
    console.print(table)
    counts = {status: sum(o.status is status for o in outcomes) for status in Status}
    console.print(
        f"{counts[Status.INGESTED]} ingested, {counts[Status.DUPLICATE]} already stored, {counts[Status.FAILED]} failed"
    )
    if failed:
        raise typer.Exit(1)


@app.command()
def docs(db: DbOption = None) -> None:
    """List stored documents."""
    repository = _repository(_settings(db))
    table = Table()
    for column in ("id", "date", "symbol", "lang", "paras", "title"):
        table.add_column(column)
    rows = repository.summaries()
    symbol_width = max([len(d.symbol or "") for d in rows] + [6])
    room = console.width - (12 + 10 + symbol_width + 4 + 5) - 19
    for d in rows:
        table.add_row(
            d.uid, d.date.isoformat() if d.date else "", d.symbol or "", d.language or "",
            str(d.paragraphs), _clip(d.title or "", room),
        )
    console.print(table)


@app.command()
def show(
    document: Annotated[str, typer.Argument(help="Document id (or prefix), UN symbol or file name.")],
    ref: Annotated[Optional[str], typer.Option("--ref", help="Printed paragraph or item label, e.g. 57 or q.")] = None,
    db: DbOption = None,
) -> None:
    """Show a document's outline, or one paragraph by its printed label."""
    repository = _repository(_settings(db))
    try:
        row = repository.get(document)
    except MigradevError as exc:
        errors.print(f"[red]error:[/] {exc.reason}")
        raise typer.Exit(1) from exc
    console.print(f"[bold]{row.title}[/]", highlight=False)
    console.print(
        f"id {row.uid}  symbol {row.symbol or '-'}  date {row.date or '-'}  language {row.language or '-'}  "
        f"body {row.issuing_body or '-'}\nsource {row.source_path}  sha256 {row.sha256}",
        highlight=False,
    )
    if ref is not None:
        label = ref.strip().rstrip(".)").lstrip("(")
        matches = [p for p in row.paragraphs if p.ref == label and p.kind != "footnote"]
        if not matches:
            errors.print(f"[red]error:[/] no paragraph or item labelled {ref!r} in {row.uid}")
            raise typer.Exit(1)
        notes = {p.note_of: [] for p in row.paragraphs if p.kind == "footnote"}
        for p in row.paragraphs:
            if p.kind == "footnote":
                notes[p.note_of].append(p)
        for p in matches:
            console.rule(f"{p.kind} {p.ref}  section {p.section or '-'}  chars {p.char_start}-{p.char_end}"
                         + (f"  page {p.page}" if p.page else ""))
            console.print(p.text, highlight=False)
            for note in notes.get(p.seq, []):
                console.print(f"[dim]  note {note.ref}: {note.text}[/]", highlight=False)
        return
    for p in row.paragraphs:
        if p.kind == "heading":
            console.print(f"[bold cyan]{(p.section or '') + ' ' if p.section else ''}{p.text}[/]", highlight=False)
        elif p.kind in ("paragraph", "item", "footnote"):
            label = {"paragraph": f"{p.ref}.", "item": f"  {p.ref})" if p.ref else "  •", "footnote": f"[{p.ref}]"}[p.kind]
            console.print(f"{label} {p.text[:110]}{'…' if len(p.text) > 110 else ''}", highlight=False)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (one document per line) or csv (one paragraph per row).")] = "jsonl",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default: standard output).")] = None,
    db: DbOption = None,
) -> None:
    """Export every stored document."""
    writers = {"jsonl": write_jsonl, "csv": write_csv}
    if format not in writers:
        errors.print(f"[red]error:[/] unknown format {format!r}; choose jsonl or csv")
        raise typer.Exit(2)
    repository = _repository(_settings(db))
    if out is None:
        count = writers[format](repository.iter_documents(), sys.stdout)
    else:
        tmp = out.with_name(out.name + ".partial")
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            count = writers[format](repository.iter_documents(), handle)
        tmp.replace(out)  # never leave a half-written export under the requested name
        errors.print(f"{count} documents written to {out}")


if __name__ == "__main__":
    app()
