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

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.theme import Theme

from steady.errors import SteadyError
from steady.language.vocabulary import INTENSITY_SCALE_TEXT
from steady.text import for_display
from steady.timeparse import show_duration, show_moment
from steady.views import ActivationView

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
    return Console(theme=THEME, highlight=False, soft_wrap=True)


@cache
def err() -> Console:
    return Console(theme=THEME, highlight=False, stderr=True, soft_wrap=True)


def lit(text: str | None) -> str:
    """User text made safe for our markup: shown literally, never interpreted."""
    return escape(for_display(text or ""))


def cmd(text: str) -> str:
    return f"[command]{escape(text)}[/command]"


def say(message: str = "") -> None:
    out().print(message)


def note_stderr(message: str) -> None:
    err().print(message)


def error(exc: SteadyError) -> None:
    """One plain line on stderr: the sentence, then the hint."""
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
        rows.append(("settled", f"{when(view.settled_at)} — after {_recovery(view)}"))
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
            named += f" [muted]— named after {show_duration(view.name_minutes)}[/muted]"
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
        return ", ".join(str(v) for v in value) if value else "(none)"
    return "(not set)" if value == "" else str(value)


# -- menus and vocabularies ------------------------------------------------------------------


def numbered_menu(title: str, groups: Mapping[str, Sequence[str]]) -> list[str]:
    """Show words in numbered groups; returns the words in number order."""
    words: list[str] = []
    say(f"[bold]{escape(title)}[/bold]")
    for group, members in groups.items():
        if not members:
            continue
        cells = []
        for word in members:
            words.append(word)
            cells.append(f"[muted]{len(words):>2}[/muted] {lit(word)}")
        say(f"  [muted]{escape(group)}:[/muted] " + "   ".join(cells))
    return words


def intensity_scale() -> None:
    say(f"[muted]{INTENSITY_SCALE_TEXT}[/muted]")


def vocabulary(groups: Mapping[str, Sequence[str]], title: str) -> None:
    say(f"[bold]{escape(title)}[/bold]")
    for group, members in groups.items():
        say(f"  [muted]{escape(group)}:[/muted] {lit(', '.join(members))}")


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
