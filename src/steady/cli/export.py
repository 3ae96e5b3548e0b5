"""export and import: a summary for therapy, a full backup, a table; and bringing a backup back.

`steady export` resolves the period and options into an `ExportRequest`, renders it in
one read transaction through `steady.exporters.export_text`, then writes it to stdout
(plain, no colour) or to a new file of mode 0600 that is never overwritten without
--force. `steady import` validates the whole file before it opens the journal, then
adds what is missing in one transaction, or with --dry-run only says what it would do.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli.care import show_care
from steady.cli.common import ForceOption, completes, env, handles_errors, journal
from steady.errors import InputError, NotPossibleError
from steady.exporters import CSV_TABLES, DEFAULT_SECTIONS, FORMATS, SECTIONS
from steady.text import for_display

if TYPE_CHECKING:
    from steady.cli.common import Env
    from steady.exchange.foreign import ForeignRecords
    from steady.exporters import ExportRequest
    from steady.exporters.schema import ExportDocument
    from steady.importer import Applied, ImportPlan
    from steady.metrics import Period

DEFAULT_WEEKS = 4
"""md and html without --since: the four weeks (28 days) ending --until (default today)."""
EARLIEST_DAY = date(1900, 1, 1)
"""json and csv with --until alone: everything up to that day."""
FOR_FILES = ("html", "json")
"""Formats that are refused on a terminal without -o: long, and not meant to be read there."""
PRIVATE_FILE_MODE = 0o600
KIND_LABELS = {
    "activations": "activations",
    "anchors": "anchors",
    "checkins": "check-ins",
    "messages": "messages",
    "notes": "notes",
    "safety_plan": "safety plan",
    "therapy_sessions": "therapy sessions",
}


def stdout_is_terminal() -> bool:
    """Is standard output a terminal? (Tests replace this.)"""
    return sys.stdout.isatty()


@handles_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            autocompletion=completes(lambda: FORMATS),
            help="md (default) or html: a summary for therapy; json: a full backup that "
            "steady import reads; csv: a table for a spreadsheet.",
        ),
    ] = "md",
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help="From this day. Default for md and html: the four weeks ending --until; "
            "for json and csv: from the beginning.",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="DATE",
            help="Up to and including this day (default today).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this new file (mode 0600) instead of standard output.",
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            metavar="SECTION",
            autocompletion=completes(lambda: SECTIONS),
            help="Add a section (md, html): messages is left out unless included.",
            show_default=False,
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            metavar="SECTION",
            autocompletion=completes(lambda: SECTIONS),
            help=f"Leave out a section (md, html): {', '.join(SECTIONS)}.",
            show_default=False,
        ),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Replace your partner's name and the config's redact_words (md, html, csv).",
        ),
    ] = False,
    table: Annotated[
        str | None,
        typer.Option(
            "--table",
            metavar="KIND",
            autocompletion=completes(lambda: CSV_TABLES),
            help=f"Which records a csv export lists: {', '.join(CSV_TABLES)} "
            "(default activations).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """A therapy summary (md, html) or a full backup (json, csv).

    md and html cover the last four weeks unless --since/--until say otherwise; json and
    csv cover everything unless given a range. Without -o the export goes to standard
    output; with -o it goes to a new private file.
    """
    from steady import render
    from steady.exporters import export_text

    e = env(ctx)
    chosen = fmt.strip().lower()
    request = _request(e, chosen, since, until, include or [], exclude or [], redact, table)
    target = output_target(output, force)
    if target is None and chosen in FOR_FILES and stdout_is_terminal():
        raise InputError(
            f"A {chosen} export is meant for a file, not for the screen.",
            f"Give one with -o, e.g. steady export --format {chosen} -o steady-export.{chosen}",
        )
    with (
        journal(ctx) as j,
        render.working(
            f"Preparing the {chosen} export", show=target is not None and sys.stderr.isatty()
        ),
    ):
        text = export_text(j, chosen, request)
    if target is None:
        write_stdout(text)
        return
    write_new_file(target, text, force=force)
    unlike = " It is not encrypted, unlike your journal." if e.database().encrypted else ""
    render.line_stderr(
        f"Exported to {render.lit(str(target))}. It holds sensitive notes: keep it private "
        f"and share it only with people you choose.{unlike}"
    )


def _request(
    e: Env,
    fmt: str,
    since: str | None,
    until: str | None,
    include: list[str],
    exclude: list[str],
    redact: bool,
    table: str | None,
) -> ExportRequest:
    from steady.exporters import ExportRequest

    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}.")
    added = {_section(s) for s in include}
    removed = {_section(s) for s in exclude}
    summary = fmt in {"md", "html"}
    if (added or removed) and not summary:
        raise InputError(
            "--include and --exclude choose the sections of md and html exports.",
            "A json export is always complete; a csv export picks its records with --table.",
        )
    both = added & removed
    if both:
        raise InputError(f"{sorted(both)[0]} is both included and excluded.", "Choose one.")
    sections = (DEFAULT_SECTIONS | added) - removed
    if not sections:
        raise InputError("Every section is excluded, so the export would be empty.")
    if table is not None and fmt != "csv":
        raise InputError("--table is for csv exports.", "Add --format csv.")
    kind = (table or "activations").strip().lower()
    if kind not in CSV_TABLES:
        raise InputError(f"--table {table!r} is not one of {', '.join(CSV_TABLES)}.")
    if redact and fmt == "json":
        raise InputError(
            "A json backup always keeps every word, so --redact does not apply to it.",
            "For something to share, use --format md, html or csv with --redact.",
        )
    period = _period(e, fmt, since, until)
    return ExportRequest(
        period=period,
        sections=frozenset(sections),
        redact=redact,
        table=kind,
        default_range=since is None,
    )


def _section(text: str) -> str:
    name = text.strip().lower()
    if name not in SECTIONS:
        raise InputError(f"There is no section {text!r}.", f"Sections: {', '.join(SECTIONS)}.")
    return name


def _period(e: Env, fmt: str, since: str | None, until: str | None) -> Period | None:
    from steady import metrics

    first, last = e.day(since, "--since"), e.day(until, "--until")
    today = e.now.astimezone(e.tz).date()
    if fmt in {"md", "html"}:
        last = last or today
        first = first or last - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
    elif first is None and last is None:
        return None
    else:
        last = last or max(today, first or today)
        first = first or EARLIEST_DAY
    if last < first:
        if until is None:
            raise InputError("--since is a day still to come.", "Choose a day up to today.")
        raise InputError("--until is before --since.", "Swap the two dates.")
    return metrics.days_period(first, last, e.tz)


def output_target(output: str | None, force: bool) -> Path | None:
    """The file to write, checked before the journal is opened; None for stdout."""
    if output is None or output.strip() == "-":
        return None
    if not output.strip():
        raise InputError("-o needs a file name.", "For example: -o steady-export.md")
    path = Path(output).expanduser()
    if path.is_dir():
        raise InputError(f"{output} is a folder.", "Give a file name inside it.")
    if not path.parent.is_dir():
        raise NotPossibleError(
            f"The folder for {output} does not exist.", "Create it first, or choose another."
        )
    if os.path.lexists(path) and not force:
        raise NotPossibleError(
            f"{output} already exists and was left as it is.",
            "Choose another name, or add --force to replace it.",
        )
    return path


def write_new_file(path: Path, text: str, *, force: bool) -> None:
    """Write a private file, whole or not at all, never replacing one without --force."""
    from steady.store.files import write_whole

    write_whole(path, text.encode("utf-8"), replace=force)


def write_stdout(text: str) -> None:
    """Plain text on stdout, as UTF-8 whatever the locale says."""
    buffer = getattr(sys.stdout, "buffer", None)
    try:
        if buffer is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
    except BrokenPipeError:  # e.g. `steady export | head`: the reader has had enough
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(0) from None


# -- import ---------------------------------------------------------------------------------------


SOURCE_NAMES = {"steady": "steady", "daylio": "Daylio", "jrnl": "jrnl", "csv": "CSV"}


@handles_errors
def import_(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="A json export (steady export --format json), or another app's export with "
            '--from; "-" reads standard input.',
        ),
    ],
    source: Annotated[
        str,
        typer.Option(
            "--from",
            metavar="APP",
            autocompletion=completes(lambda: SOURCE_NAMES),
            help="Whose export the file is: steady (default), daylio (its CSV), jrnl (its "
            "JSON) or csv (any CSV, with --map).",
            show_default=False,
        ),
    ] = "steady",
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="FIELD=COLUMN",
            help="With --from csv: which column holds what, e.g. "
            "date=Date,time=Time,text=Note (fields: date, time, text, hum, id).",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Only show what would be added or skipped."),
    ] = False,
) -> None:
    """Bring back a json backup, or history from another app.

    Adds only what is missing; --from reads Daylio's CSV, jrnl's JSON or any CSV (--map).

    The whole file is checked first; a file with any problem changes nothing.
    Importing the same file twice adds nothing the second time.
    """
    from steady import importer

    e = env(ctx)
    origin = None
    source = source.strip().lower()
    if source not in SOURCE_NAMES:
        raise InputError(
            f"--from {source!r} is not an app steady reads.",
            "Use steady, daylio, jrnl or csv.",
        )
    if mapping and source != "csv":
        raise InputError("--map is for --from csv only.", "Add --from csv, or leave out --map.")
    if source == "csv":
        from steady.exchange.csv_map import parse_map

        parse_map(mapping or [])  # a wrong mapping is refused before the file is read
    data = _read(file)
    if source == "steady":
        if file.lower().endswith(".csv"):
            raise InputError(
                f"{file} is a CSV file; steady import reads steady's own json export unless "
                "told which app wrote the file.",
                "Add --from daylio, or --from csv with --map (steady import --help).",
            )
        document = importer.read_document(data)  # a bad file never opens the journal
    else:
        from steady.exchange import read_foreign
        from steady.exchange.foreign import document as as_document

        origin = read_foreign(source, data, mapping or [], now=e.now, tz=e.tz)
        document = as_document(origin, e.now)
    importer.check_not_ahead(document, e.now, e.tz)
    if dry_run and not e.paths.db.exists():
        _report(e, file, _plan_on_empty(e, document), None, origin, [source, *(mapping or [])])
        return
    from steady import render

    with journal(ctx) as j:
        plan = importer.plan_document(j, document)
        applied = None
        if not dry_run:
            with render.progress("Importing", plan.rows, show=_long(plan.rows)) as advance:
                applied = importer.apply_import(j, plan, advance)
    # Each distinct text once: years of another app repeat the same mood and activities.
    show_care(e, *dict.fromkeys(importer.free_text(plan)), saved=False, imported=True)
    _report(e, file, plan, applied, origin, [source, *(mapping or [])])


def _long(rows: int) -> bool:
    """A progress bar only where someone is watching and the wait may be noticeable."""
    return rows >= PROGRESS_FROM_ROWS and sys.stderr.isatty()


PROGRESS_FROM_ROWS = 5_000


# Far above any real journal's export (ten years of daily use is about 30 MB).
MAX_IMPORT_BYTES = 256 * 1024 * 1024


def _read(file: str) -> bytes:
    """The file to import, read whole: an ordinary file or stdin, never more than
    MAX_IMPORT_BYTES (so /dev/zero is refused, not read until memory runs out), and never
    waiting on a named pipe that nothing writes to."""
    import stat

    from steady.store.os_errors import reason

    if file == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        data = (
            buffer.read(MAX_IMPORT_BYTES + 1)
            if buffer is not None
            else sys.stdin.read(MAX_IMPORT_BYTES + 1).encode("utf-8")
        )
        return _not_too_big(data, "The input")
    path = Path(file).expanduser()
    shown = for_display(file)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"There is no file {shown}.", "Check the name and folder.") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a folder, not a file.") from None
    except OSError as exc:
        raise NotPossibleError(f"Cannot read {shown}: {reason(exc)}.") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{shown} is a folder, not a file.")
        if not stat.S_ISREG(mode):
            raise InputError(
                f"{shown} is not an ordinary file, so it was not read.",
                "Save the export to a file first, or give - to read it from stdin.",
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise NotPossibleError(f"Cannot read {shown}: {reason(exc)}.") from None
    finally:
        os.close(fd)
    return _not_too_big(data, shown)


def _not_too_big(data: bytes, shown: str) -> bytes:
    if len(data) > MAX_IMPORT_BYTES:
        raise InputError(
            f"{shown} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, far larger than "
            "any steady export, so it was not imported.",
            "Check that it is the file you meant.",
        )
    return data


def _plan_on_empty(e: Env, document: ExportDocument) -> ImportPlan:
    """A dry run with no journal yet: plan against an empty one, and create nothing."""
    import tempfile

    from steady import importer
    from steady.db import open_database
    from steady.journal import open_journal

    with tempfile.TemporaryDirectory(prefix="steady-dry-run-") as folder:
        database = open_database(Path(folder) / "steady.db", now=e.now)
        try:
            with open_journal(database, now=e.now, tz=e.tz, config=e.config) as j:
                return importer.plan_document(j, document)
        finally:
            database.engine.dispose()


def _counts_line(added: int, same: int, differs: int, *, dry_run: bool) -> str:
    if not added + same + differs:
        return "[muted]none in the file[/muted]"
    parts = []
    if added or not (same or differs):
        parts.append(f"[number]{added}[/number] {'to add' if dry_run else 'added'}")
    if same:
        parts.append(f"{same} already here")
    if differs:
        parts.append(f"{differs} already here but different in the file (yours kept)")
    return " · ".join(parts)


def _report(
    e: Env,
    file: str,
    plan: ImportPlan,
    applied: Applied | None,
    origin: ForeignRecords | None = None,
    options: list[str] | None = None,
) -> None:
    """What an import did or would do. `options`: --from's value, then each --map's."""
    import shlex

    from steady import render
    from steady.timeparse import show_moment

    dry_run = applied is None
    label = "standard input" if file == "-" else file
    if origin is None:
        exported = show_moment(plan.document.exported_at, e.now, e.tz)
        source = (
            f"{render.lit(label)} [muted](exported {exported} by steady "
            f"{render.lit(plan.document.app_version)})[/muted]"
        )
    else:
        kind = "file" if origin.source == "CSV" else "export"
        source = f"{render.lit(label)} [muted](a {origin.source} {kind})[/muted]"
    if not any(c.total for c in plan.counts.values()):
        render.say(f"There are no records in {source}, so there is nothing to import.")
        return
    if dry_run:
        render.say(f"Dry run, nothing was changed. Importing {source} would give:")
    elif plan.adds_anything:
        render.say(f"Imported {source}:")
    else:
        render.say(f"Nothing new in {source}; your journal already has it all.")
    rows = [
        (KIND_LABELS[kind], _counts_line(c.added, c.same, c.differs, dry_run=dry_run))
        for kind, c in plan.counts.items()
        if origin is None or c.total  # another app's file brings notes (or check-ins) only
    ]
    render.import_counts(rows)
    if origin is not None and origin.skipped:
        many = origin.skipped
        render.say(
            f"[muted]{many} row{'s' if many > 1 else ''} with nothing written and no hum "
            f"{'were' if many > 1 else 'was'} left out.[/muted]"
        )
    if any(c.differs for c in plan.counts.values()):
        render.say(
            "[muted]A record that is already here is never overwritten, even when the file "
            "has it differently.[/muted]"
        )
    if plan.unresolved:
        if applied is None:
            many = len(plan.unresolved)
            render.say(
                f"{many} activation{'s' if many > 1 else ''} open in the file would come in as "
                "unresolved, since only one can be open at a time."
            )
        else:
            for activation_id in applied.unresolved_ids:
                render.say(
                    f"Activation {activation_id} was open in the file while another is open "
                    "here, so it came in as unresolved."
                )
                render.hint(
                    "Give it its settled time with:",
                    f"steady settle --id {activation_id} --at WHEN",
                )
    if plan.settings_differ:
        keys = ", ".join(plan.settings_differ)
        render.say(
            f"[muted]The file's settings differ from yours ({render.lit(keys)}); yours are "
            "unchanged (steady config set KEY VALUE changes one).[/muted]"
        )
    if dry_run and plan.adds_anything:
        words = ["steady", "import"]
        if origin is not None and options:
            words += ["--from", options[0]]
            words += [part for spec in options[1:] for part in ("--map", spec)]
        render.hint("To import it:", shlex.join([*words, file]))
