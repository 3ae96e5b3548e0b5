"""Everything steady shows on a terminal, through Rich. Nothing else imports Rich.

Our own sentences may carry Rich markup; anything a person wrote passes through
`lit()` first, which strips terminal control sequences and escapes markup, so a
note reading "[red]" or holding an escape code is shown exactly, never obeyed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from functools import cache
from typing import Any

from rich.columns import Columns
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from steady.errors import SteadyError
from steady.language.vocabulary import INTENSITY_SCALE_TEXT
from steady.text import for_display
from steady.timeparse import show_after, show_duration, show_moment
from steady.views import ActivationView, NoteView

THEME = Theme(
    {
        "accent": "cyan",
        "muted": "dim",
        "number": "bold",
        "story": "italic",
        "care": "magenta",
        "command": "cyan",
        "error": "red",
    }
)

SPARK_BARS = "▁▂▃▄▅▆▇█"


@cache
def out() -> Console:
    return Console(theme=THEME, highlight=False)


@cache
def err() -> Console:
    return Console(theme=THEME, highlight=False, stderr=True)


def lit(text: str | None) -> str:
    """User text made safe for our markup: shown literally, never interpreted."""
    return escape(for_display(text or ""))


def cmd(text: str) -> str:
    return f"[command]{escape(text)}[/command]"


def say(message: str = "") -> None:
    out().print(message)


def hint(sentence: str, command: str, *, muted: bool = False) -> None:
    """A sentence ending in a command to type. The command is never broken across
    lines: when both do not fit on one line, it goes on its own, indented."""
    styled = f"[muted]{sentence}[/muted]" if muted else sentence
    width = Text.from_markup(sentence).cell_len + 1 + len(command)
    if width <= out().width:
        say(f"{styled} {cmd(command)}")
    else:
        say(styled)
        say(f"  {cmd(command)}")


def note_stderr(message: str) -> None:
    err().print(message)


def error(exc: SteadyError) -> None:
    """One plain line on stderr: the sentence, then the hint."""
    # soft_wrap: the error stays one line, so scripts and tests can read it whole
    err().print(escape(str(exc)), style="error", soft_wrap=True)


def json_out(data: Any) -> None:
    """Plain JSON on stdout: no colour, no markup."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def sparkline(values: Sequence[float | None]) -> str:
    """Unicode bars scaled to the largest value; a gap for a missing value."""
    present = [v for v in values if v is not None]
    top = max(present, default=0) or 1
    return "".join(
        " " if v is None else SPARK_BARS[min(len(SPARK_BARS) - 1, int(v / top * 7.999))]
        for v in values
    )


# -- activations ---------------------------------------------------------------------------


def _intensity(value: int | None) -> str:
    return "–" if value is None else f"{value}/10"


def _recovery(view: ActivationView) -> str:
    if view.recovery_minutes is not None:
        return show_duration(view.recovery_minutes)
    if view.status == "open":
        return "open, stale" if view.stale else "open"
    return "no settled time"


def activation_table(views: Sequence[ActivationView], now: datetime, tz: tzinfo) -> None:
    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("id", justify="right", style="muted")
    table.add_column("onset")
    table.add_column("peak", justify="right")
    table.add_column("body")
    table.add_column("feelings")
    table.add_column("recovery", justify="right")
    for v in views:
        onset = show_moment(v.started_at, now, tz) + (" ·r" if v.retrospective else "")
        table.add_row(
            str(v.id),
            onset,
            _intensity(v.peak_intensity),
            lit(", ".join(v.body[:2]) + (" …" if len(v.body) > 2 else "")),
            lit(", ".join(v.feeling_names)) or "[muted]–[/muted]",
            _recovery(v),
        )
    out().print(table)
    if any(v.retrospective for v in views):
        say("[muted]·r logged more than an hour after it began[/muted]")


def activation_detail(view: ActivationView, now: datetime, tz: tzinfo) -> None:
    def when(moment: datetime) -> str:
        return show_moment(moment, now, tz)

    title = f"Activation {view.id}"
    if view.retrospective:
        title += " [muted](logged afterwards)[/muted]"
    say(f"[bold]{title}[/bold]")
    rows: list[tuple[str, str]] = [("onset", when(view.started_at))]
    if view.settled_at is not None:
        minutes = view.recovery_minutes or 0.0
        rows.append(("settled", f"{when(view.settled_at)} — {show_after(minutes)}"))
    elif view.status == "unresolved":
        rows.append(("settled", "no settled time yet"))
    else:
        elapsed = show_duration((now - view.started_at).total_seconds() / 60)
        rows.append(("open", f"for {elapsed}" + (", stale" if view.stale else "")))
    rows.append(("peak", _intensity(view.peak_intensity)))
    if view.settled_intensity is not None:
        rows.append(("at settling", _intensity(view.settled_intensity)))
    if view.context:
        rows.append(("context", lit(view.context)))
    if view.feelings:
        named = ", ".join(
            lit(f.name) + (" [muted](story word)[/muted]" if f.story_word else "")
            for f in view.feelings
        )
        if view.name_minutes is not None:
            named += f" [muted]— named {show_after(view.name_minutes)}[/muted]"
        rows.append(("feelings", named))
    if view.story:
        rows.append(("story", f"[story]the story was: {lit(view.story)}[/story]"))
    for urge in view.urges:
        acted = "acted on" if urge.acted else "not acted on"
        rows.append(("urge", f"{lit(urge.text)} [muted]({acted}, {when(urge.at)})[/muted]"))
    if view.helped:
        rows.append(("helped", lit(", ".join(view.helped))))
    for note in view.notes:
        mark = " [muted](for therapy)[/muted]" if note.therapy else ""
        rows.append(("note", lit(note.text) + mark))
    _pairs(rows)
    if view.readings:
        say()
        table = Table(box=None, pad_edge=False, header_style="muted", title_justify="left")
        table.add_column("reading")
        table.add_column("intensity", justify="right")
        table.add_column("body")
        for r in view.readings:
            mark = " [muted]·r[/muted]" if r.retrospective else ""
            table.add_row(when(r.at) + mark, _intensity(r.intensity), lit(r.body))
        out().print(table)


def _pairs(rows: Iterable[tuple[str, str]]) -> None:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="muted", justify="right")
    table.add_column(overflow="fold")
    for label, value in rows:
        table.add_row(label, value)
    out().print(table)


def key_values(rows: Mapping[str, Any]) -> None:
    _pairs((k, lit(_plain(v))) for k, v in rows.items())


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value) if value else "(none)"
    return "(not set)" if value == "" else str(value)


def notes_table(notes: Sequence[NoteView], now: datetime, tz: tzinfo) -> None:
    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("id", justify="right", style="muted")
    table.add_column("when")
    table.add_column("note", overflow="fold")
    for n in notes:
        marks = []
        if n.therapy:
            marks.append("for therapy")
        if n.activation_id is not None:
            marks.append(f"activation {n.activation_id}")
        extra = f" [muted]({', '.join(marks)})[/muted]" if marks else ""
        table.add_row(str(n.id), show_moment(n.at, now, tz), lit(n.text) + extra)
    out().print(table)


# -- menus and vocabularies ------------------------------------------------------------------


def numbered_menu(title: str, groups: Mapping[str, Sequence[str]]) -> list[str]:
    """Show words in numbered groups; returns the words in number order.

    Each "12 whole body" is one cell that is never broken across lines.
    """
    words: list[str] = []
    if title:
        say(f"[bold]{escape(title)}[/bold]")
    labelled = len([g for g in groups.values() if g]) > 1
    for group, members in groups.items():
        if not members:
            continue
        cells = []
        for word in members:
            words.append(word)
            cells.append(Text.from_markup(f"[muted]{len(words):>2}[/muted] {lit(word)}"))
        if labelled:
            say(f"  [muted]{escape(group)}[/muted]")
        out().print(Padding(Columns(cells, padding=(0, 3)), (0, 0, 0, 4)))
    return words


def intensity_scale() -> None:
    say(f"[muted]{INTENSITY_SCALE_TEXT}[/muted]")


def vocabulary(groups: Mapping[str, Sequence[str]], title: str) -> None:
    say(f"[bold]{escape(title)}[/bold]")
    for group, members in groups.items():
        label = "" if group == title else f"[muted]{escape(group)}:[/muted] "
        say(f"  {label}{lit(', '.join(members))}")


def lines(title: str, items: Sequence[str], style: str = "") -> None:
    say(f"[bold]{escape(title)}[/bold]" if not style else f"[{style}]{escape(title)}[/{style}]")
    for item in items:
        say(f"  • {lit(item)}")


def settings_table(rows: Sequence[tuple[str, Any, str]], where: str) -> None:
    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("setting", style="accent")
    table.add_column("value", overflow="fold")
    table.add_column("meaning", style="muted", overflow="fold")
    for key, value, meaning in rows:
        table.add_row(key, lit(_plain(value)), lit(meaning))
    out().print(table)
    say(f"[muted]Stored in {lit(where)}. Change one with: steady config set KEY VALUE[/muted]")
