"""Everything steady shows on a terminal, through Rich. Nothing else imports Rich.

Our own sentences may carry Rich markup; anything a person wrote passes through
`lit()` first, which strips terminal control sequences and escapes markup, so a
note reading "[red]" or holding an escape code is shown exactly, never obeyed.

Rich is imported where it is needed, not at the top: most commands end with a line or
two of our markup, which `say()` and `hint()` write themselves, byte for byte as Rich
writes them (see "plain lines" below), so that one line does not cost the 20 ms of
importing Rich.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, tzinfo
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, NamedTuple

from steady.errors import SteadyError
from steady.language.vocabulary import INTENSITY_SCALE_TEXT
from steady.numbers import whole_number
from steady.text import for_display
from steady.timeparse import show_after, show_duration, show_moment
from steady.views import ActivationView, NoteView

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text
    from rich.theme import Theme

    from steady.review import Review

THEME_STYLES: dict[str, str] = {
    "accent": "cyan",
    "muted": "dim",
    "number": "bold",
    "story": "italic",
    "care": "magenta",
    "command": "cyan",
    "error": "red",
}

SPARK_BARS = "▁▂▃▄▅▆▇█"


@cache
def theme() -> Theme:
    from rich.theme import Theme

    return Theme(THEME_STYLES)


@cache
def out() -> Console:
    from rich.console import Console

    # emoji=False: ":smiley:" in a note is shown as typed, never turned into a picture.
    return Console(theme=theme(), highlight=False, emoji=False)


@cache
def err() -> Console:
    from rich.console import Console

    return Console(theme=theme(), highlight=False, stderr=True, emoji=False)


def escape(
    markup: str, _escape: Callable[..., str] = re.compile(r"(\\*)(\[[a-z#/@][^[]*?])").sub
) -> str:
    """Rich's `rich.markup.escape`, to the letter (a test compares the two): square
    brackets that would read as a tag are escaped with a backslash."""

    def escape_backslashes(match: re.Match[str]) -> str:
        backslashes, text = match.groups()
        return f"{backslashes}{backslashes}\\{text}"

    markup = _escape(escape_backslashes, markup)
    if markup.endswith("\\") and not markup.endswith("\\\\"):
        return markup + "\\"
    return markup


def lit(text: str | None) -> str:
    """User text made safe for our markup: shown literally, never interpreted."""
    return escape(for_display(text or ""))


def cmd(text: str) -> str:
    return f"[command]{escape(text)}[/command]"


def say(message: str = "") -> None:
    written = _plain_line(message)
    if written is None:
        out().print(message)
    else:
        _write(written)


def indented(text: Text, indent: int, first: str | None = None) -> None:
    """Rich text wrapped to the screen, every line indented (the first by `first` when
    given), with no padding spaces at the ends of lines (Rich's Padding fills each line
    out to the width of the longest)."""
    from rich.text import Text

    console = out()
    for number, line in enumerate(text.wrap(console, max(console.width - indent, 20))):
        line.rstrip()
        lead = first if number == 0 and first is not None else " " * indent
        console.print(Text(lead) + line, soft_wrap=True)


def bullet(markup: str) -> None:
    """A list item. A long one wraps under its own text, never back under the bullet."""
    _hanging(markup, 4, "  • ")


def wrapped(text: str, *, style: str = "", indent: int = 0, first: str | None = None) -> None:
    """Our own sentence (user text already through `lit`), wrapped here to the screen so
    that each line takes the plain path: care screens print even where Rich cannot load."""
    import textwrap

    screen = _screen()
    width = screen.width if screen is not None else out().width
    lead = " " * indent if first is None else first
    lines = textwrap.wrap(
        text,
        width=max(width - 1, 20),
        initial_indent=lead,
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [lead.rstrip()]
    for line in lines:
        body = line[len(lead) :] if line.startswith(lead) else line.lstrip()
        pad = line[: len(line) - len(body)]
        say(f"{pad}[{style}]{body}[/{style}]" if style and body else line)


def hanging(markup: str, indent: int, first: str) -> None:
    """Markup after `first`, its wrapped lines indented by `indent`."""
    _hanging(markup, indent, first)


def _hanging(markup: str, indent: int, first: str) -> None:
    """`first` then the markup, its wrapped lines indented by `indent`."""
    written = _plain_line(first + markup)
    if written is not None:
        _write(written)
        return
    from rich.text import Text

    indented(Text.from_markup(markup), indent, first=first)


def hint(sentence: str, command: str, *, muted: bool = False) -> None:
    """A sentence ending in a command to type. The command is never broken across
    lines: when both do not fit on one line, it goes on its own, indented."""
    styled = f"[muted]{sentence}[/muted]" if muted else sentence
    screen, parsed = _screen(), _parse(sentence)
    if screen is not None and parsed is not None and "\n" not in parsed.text:
        fits = len(parsed.text) + 1 + len(command) <= screen.width  # one cell a character
    else:
        from rich.text import Text

        fits = Text.from_markup(sentence).cell_len + 1 + len(command) <= out().width
    if fits:
        say(f"{styled} {cmd(command)}")
    else:
        say(styled)
        say(f"  {cmd(command)}")


# -- plain lines -------------------------------------------------------------------------------
#
# `say()` writes a line of our own markup itself when it can be sure to write exactly what
# Rich's console would: only the styles of THEME_STYLES (and bold, dim, italic), text that
# fits the width (so Rich would not wrap it), characters one cell wide, no emoji codes, no
# escapes; and only where Rich's console would behave plainly (not on Windows or in
# Jupyter, without FORCE_COLOR or TTY_COMPATIBLE, and before Rich's console for stdout is
# in use). On a terminal that means Rich's colours (SGR codes), elsewhere plain text.
# Everything else goes to Rich. tests/test_imports.py compares the two on many lines.

_TAG = re.compile(r"((\\*)\[([a-z#/@][^[]*?)])")  # Rich's own tag pattern
_EMOJI_CODE = re.compile(r":\S*:")  # anything Rich might read as an emoji code
_SGR = {"bold": (1, None), "dim": (2, None), "italic": (4, None)}
_COLOURS = {"red": "31", "magenta": "35", "cyan": "36"}
# Characters outside ASCII that Rich counts as one cell wide (a test checks each).
NARROW = frozenset("–—…·•→←“”‘’«»°×éèêëàâäçîïôöùûüÉÈÀÇ")


def _style(words: str) -> tuple[int, str | None] | None:
    """A style as (SGR attribute bits: 1 bold, 2 dim, 4 italic; colour code), or None."""
    attributes, colour = 0, None
    for word in words.split():
        if word in _SGR:
            attributes |= _SGR[word][0]
        elif word in _COLOURS and colour is None:
            colour = _COLOURS[word]
        else:
            return None
    return attributes, colour


_STYLES: dict[str, tuple[int, str | None]] = {
    name: style
    for name, style in ((n, _style(w)) for n, w in {**THEME_STYLES, **{w: w for w in _SGR}}.items())
    if style is not None
}


class _Screen(NamedTuple):
    ansi: bool  # a terminal that takes SGR codes
    colour: bool  # NO_COLOR is not set
    width: int


class _Parsed(NamedTuple):
    text: str
    spans: list[tuple[int, int, str]]  # start, end, style name; in Rich's order


def _screen() -> _Screen | None:
    """What Rich's console for stdout would find now, or None when only Rich can say."""
    if out.cache_info().currsize or sys.platform == "win32":
        return None  # Rich's console is in use (it keeps what it found), or Windows
    environ = os.environ
    if "FORCE_COLOR" in environ or "TTY_COMPATIBLE" in environ:
        return None
    import builtins

    if hasattr(builtins, "get_ipython"):
        return None  # perhaps Jupyter
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return None
    file = sys.stdout
    if file is None or getattr(file, "rich_proxied_file", None) is not None:
        return None
    isatty = getattr(file, "isatty", None)
    try:
        terminal = False if isatty is None else bool(isatty())
    except ValueError:
        terminal = False
    dumb = terminal and environ.get("TERM", "").lower() in ("dumb", "unknown")
    columns, lines = environ.get("COLUMNS"), environ.get("LINES")
    fixed = whole_number(columns) if columns is not None else None
    if fixed is not None and lines is not None and whole_number(lines) is not None:
        width = fixed
    elif dumb:
        width = 80
    else:
        found = None
        for default, stream in ((0, sys.__stdin__), (1, sys.__stdout__), (2, sys.__stderr__)):
            try:
                descriptor = stream.fileno()  # type: ignore[union-attr]
            except Exception:  # as Rich takes them: the standard numbers if need be
                descriptor = default
            try:
                found = os.get_terminal_size(descriptor).columns
                break
            except (AttributeError, ValueError, OSError):
                continue
        width = fixed if fixed is not None else (found or 80)
    if width < 1:
        return None  # COLUMNS=0: Rich crops everything away
    return _Screen(terminal and not dumb, environ.get("NO_COLOR", "") == "", width)


def _parse(markup: str) -> _Parsed | None:
    """Our markup as Rich reads it (text and style spans), or None for anything more."""
    if "\\" in markup or _EMOJI_CODE.search(markup):
        return None
    pieces: list[str] = []
    length, position = 0, 0
    opened: list[tuple[int, str]] = []
    spans: list[tuple[int, int, str]] = []
    for match in _TAG.finditer(markup):
        piece = markup[position : match.start()]
        pieces.append(piece)
        length += len(piece)
        position = match.end()
        name = match.group(3)
        if not name.startswith("/"):
            if name not in _STYLES:
                return None
            opened.append((length, name))
            continue
        name = name[1:]
        if name and name not in _STYLES:
            return None
        names = [n for _, n in opened]
        if not opened or (name and name not in names):
            return None  # Rich refuses this markup; let it say so
        index = len(names) - 1 - names[::-1].index(name) if name else len(opened) - 1
        start, name = opened.pop(index)
        spans.append((start, length, name))
    pieces.append(markup[position:])
    length += len(pieces[-1])
    while opened:
        start, name = opened.pop()
        spans.append((start, length, name))
    text = "".join(pieces)
    if not all(" " <= c <= "~" or c == "\n" or c in NARROW for c in text):
        return None
    spans.reverse()  # then a stable sort by start: Rich's order, which decides which
    spans.sort(key=lambda span: span[0])  # colour wins where two overlap
    return _Parsed(text, spans)


def _plain_line(markup: str) -> str | None:
    """What Rich's `Console.print(markup)` would write, when that is certain; else None."""
    screen, parsed = _screen(), _parse(markup)
    if screen is None or parsed is None:
        return None
    text, spans = parsed
    if any(len(line) > screen.width for line in text.split("\n")):
        return None  # Rich would wrap it
    if not screen.ansi or not spans:
        return text + "\n"
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    written: list[str] = []
    for start, end in pairwise(cuts):
        attributes, colour = 0, None
        for span_start, span_end, name in spans:
            if span_start <= start and end <= span_end:
                bits, own = _STYLES[name]
                attributes |= bits
                colour = own or colour
        codes = [code for bit, code in ((1, "1"), (2, "2"), (4, "3")) if attributes & bit]
        if colour is not None and screen.colour:
            codes.append(colour)
        for number, piece in enumerate(text[start:end].split("\n")):
            if number:
                written.append("\n")
            if piece and codes:
                written.append(f"\x1b[{';'.join(codes)}m{piece}\x1b[0m")
            else:
                written.append(piece)
    return "".join(written) + "\n"


def _write(text: str) -> None:
    """Write as Rich's console writes: flushed, a broken pipe ends the command quietly."""
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError as error:
            error.reason = (
                f"{error.reason}\n*** You may need to add PYTHONIOENCODING=utf-8 to your "
                "environment ***"
            )
            raise
        sys.stdout.flush()
    except BrokenPipeError:
        out().on_broken_pipe()


def note_stderr(message: str) -> None:
    err().print(message)


def error(exc: SteadyError) -> None:
    """One plain line on stderr: the sentence, then the hint."""
    # soft_wrap: the error stays one line, so scripts and tests can read it whole
    # A file name in the sentence may hold control sequences: shown, never run.
    err().print(escape(for_display(str(exc))), style="error", soft_wrap=True)


GAP_NOT_LOGGED = "·"


def sparkline(values: Sequence[float | None], gaps: Sequence[str] | None = None) -> str:
    """Unicode bars scaled to the largest value; for a missing value its gap (default a
    space; the review gives `·` where nothing was logged, so 0 and unknown differ)."""
    present = [v for v in values if v is not None]
    top = max(present, default=0) or 1
    marks = gaps or [" "] * len(values)
    return "".join(
        gap if v is None else SPARK_BARS[min(len(SPARK_BARS) - 1, int(v / top * 7.999))]
        for v, gap in zip(values, marks, strict=True)
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
    from rich.table import Table

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
    from rich.table import Table

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
    from rich.table import Table

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
    from rich.table import Table

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
    from rich.columns import Columns
    from rich.padding import Padding
    from rich.text import Text

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
        label = (
            ""
            if group.replace(" ", "-") == title.replace(" ", "-")
            else f"[muted]{escape(group)}:[/muted] "
        )
        _hanging(f"{label}{lit(', '.join(members))}", 2, "  ")


def lines(title: str, items: Sequence[str], style: str = "") -> None:
    say(f"[bold]{escape(title)}[/bold]" if not style else f"[{style}]{escape(title)}[/{style}]")
    for item in items:
        bullet(lit(item))


def settings_table(rows: Sequence[tuple[str, Any, str]], where: str) -> None:
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("setting", style="accent")
    table.add_column("value", overflow="fold")
    table.add_column("meaning", style="muted", overflow="fold")
    for key, value, meaning in rows:
        table.add_row(key, lit(_plain(value)), lit(meaning))
    out().print(table)
    say(f"[muted]Stored in {lit(where)}. Change one with: steady config set KEY VALUE[/muted]")


# -- the weekly review ---------------------------------------------------------------------------


def review_screen(review: Review, caught_early_max: int) -> None:
    """The review: recovery first, then intensity, then frequency, each in words."""
    from steady.figures import words

    period, f, trend = review.period, review.figures, review.trend
    a = f.activations
    coverage = words.coverage(f.coverage, review.began)
    say(f"[bold]{escape(words.heading(period))}[/bold]  [muted]({escape(coverage)})[/muted]")
    say()
    rows = [("Recovery", words.recovery(f, trend.recovery, period))]
    if a.count:
        rows.append(("", words.settled_tally(a)))
    rows += [
        ("Intensity", words.intensity(f, trend.peak, period)),
        ("Frequency", words.frequency(f, trend, period)),
    ]
    early = words.caught_early(a, caught_early_max)
    if early:
        rows.append(("", early))
    _labelled([(label, escape(text)) for label, text in rows], bold_labels=True)
    if any(words.BUILDING in text for _, text in rows):
        say(f"[muted]{escape(words.baseline_needs(period))}[/muted]")

    weeks = review.weeks
    if any(w.count for w in weeks):
        say()
        first, last = weeks[0].label.split("-")[1], weeks[-1].label.split("-")[1]
        gaps = [GAP_NOT_LOGGED if w.count is None else " " for w in weeks]
        recoveries = [w.median_recovery_minutes for w in weeks]
        counts = [None if w.count is None else float(w.count) for w in weeks]
        measured = [(w.label, v) for w, v in zip(weeks, recoveries, strict=True) if v is not None]
        latest = ""
        if measured:  # a week with nothing measured never shows an older week's figure as its own
            label, value = measured[-1]
            latest = (
                f"  [muted]latest {show_duration(value)}[/muted]"
                if label == weeks[-1].label
                else f"  [muted]last measured {show_duration(value)}, {label.split('-')[1]}[/muted]"
            )
        lines = [
            (f"{len(weeks)} weeks", f"[muted]{first} … {last}, oldest first[/muted]"),
            ("recovery", sparkline(recoveries, gaps) + latest),
            ("peak", sparkline([w.median_peak for w in weeks], gaps)),
            ("count", sparkline(counts, gaps)),
        ]
        if any(w.unsettled for w in weeks):
            marks = "".join(str(min(w.unsettled, 9)) if w.unsettled else " " for w in weeks)
            lines.append(("not settled", marks))
        if any(w.count is None for w in weeks):
            lines.append(("", f"[muted]{GAP_NOT_LOGGED} a week with no day logged[/muted]"))
        _labelled(lines)

    say()
    details: list[tuple[str, str]] = []
    if review.body:
        details.append(("Where it showed up", _counts(review.body)))
    if review.feelings:
        details.append(("Feelings", _counts(review.feelings)))
    if review.helped:
        details.append(
            (
                "What helped",
                " · ".join(
                    lit(p.practice)
                    + f" {p.count}"
                    + (
                        f" [muted](median {show_duration(p.median_recovery_minutes)})[/muted]"
                        if p.median_recovery_minutes is not None
                        else ""
                    )
                    for p in review.helped
                ),
            )
        )
    if f.urges:
        details.append(("Urges", f"{f.urges}, acted on {f.urges_acted}"))
    anchors = (
        f"{f.anchors} anchor{'s' if f.anchors != 1 else ''}" if f.anchors else "none written down"
    )
    if f.anchors:
        kinds = ", ".join(f"{lit(k)} {n}" for k, n in f.anchors_by_kind)
        time_alone = f", {show_duration(f.anchor_minutes)}" if f.anchor_minutes else ""
        anchors += f"{time_alone} [muted]({kinds})[/muted]"
    details.append(("Anchors", anchors))
    checkins = (
        f"{f.checkin_days} day{'s' if f.checkin_days != 1 else ''}" if f.checkin_days else "none"
    )
    if f.hum_median is not None:
        checkins += f", median hum {f.hum_median:g}"
    details.append(("Check-ins", checkins))
    if f.messages_drafted:
        details.append(
            (
                "Messages",
                f"{f.messages_drafted} drafted, {f.messages_sent} sent, "
                f"{f.messages_flagged} with something to look at",
            )
        )
    _labelled(details)

    for view in review.stale:
        say()
        began = show_moment(view.started_at, review.now, review.tz)
        hint(
            f"Activation {view.id} has been open since {began} with nothing new for a while; "
            "when you remember roughly when it eased:",
            f"steady settle --id {view.id} --at WHEN",
        )
    support = words.support(review.support)
    if support:
        say()
        say(f"[care]{escape(support)}[/care]")
    if not f.coverage.logged and not f.anchors:
        say()
        say("Nothing logged in this period. Back-fill if you like, or just carry on.")
    say()
    say(f"[bold]A question to sit with:[/bold] {escape(review.question)}")


def _counts(pairs: Sequence[tuple[str, int]]) -> str:
    return " · ".join(f"{lit(name)} {count}" for name, count in pairs[:6]) + (
        " …" if len(pairs) > 6 else ""
    )


def _labelled(rows: Iterable[tuple[str, str]], *, bold_labels: bool = False) -> None:
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold" if bold_labels else "muted", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in rows:
        table.add_row(label, value)
    out().print(table)


# -- the daily check-in ----------------------------------------------------------------------------

if TYPE_CHECKING:
    from steady.checkins import CheckinView


def checkins_table(rows: Sequence[tuple[str, CheckinView, int]]) -> None:
    """Check-ins, newest first: (day label, check-in, activations logged that day). A
    missing day is just absent."""
    from rich.table import Table

    from steady.text import one_line

    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("day")
    table.add_column("hum", justify="right")
    table.add_column("activation")
    table.add_column("note", overflow="fold")
    for label, view, logged in rows:
        if logged:
            activations = f"{logged} logged" + (" [muted](said none)[/muted]" * view.no_activation)
        else:
            activations = "none" if view.no_activation else "[muted]–[/muted]"
        table.add_row(
            label,
            _intensity(view.hum),
            activations,
            lit(one_line(view.note)) if view.note else "",
        )
    out().print(table)


# -- practices: anchors and the pause ---------------------------------------------------------

if TYPE_CHECKING:
    from steady.anchors import AnchorView

BREATHE_IN_SECONDS = 4.0
BREATHE_OUT_SECONDS = 6.0
PAUSE_TICK = 0.1
PAUSE_INVITATION = (
    "Stay with the sensation in your body. If a story starts, let it pass without following it."
)


def anchor_kinds_menu(kinds: Mapping[str, str]) -> list[str]:
    """The kinds of anchor, numbered, each with its one-line meaning; returns them in order."""
    from rich.padding import Padding
    from rich.table import Table

    say("[bold]What kind of anchor?[/bold]")
    table = Table.grid(padding=(0, 2))
    table.add_column(style="muted", justify="right")
    table.add_column()
    table.add_column(style="muted", overflow="fold")
    for number, (kind, meaning) in enumerate(kinds.items(), start=1):
        table.add_row(str(number), escape(kind), escape(meaning))
    out().print(Padding(table, (0, 0, 0, 2), expand=False))
    return list(kinds)


def felt_scale(text: str) -> None:
    say(f"[muted]{escape(text)}[/muted]")


def anchor_table(views: Sequence[AnchorView], now: datetime, tz: tzinfo) -> None:
    from rich.table import Table

    from steady.text import one_line

    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("id", justify="right", style="muted")
    table.add_column("when")
    table.add_column("kind")
    table.add_column("what", overflow="fold")
    table.add_column("minutes", justify="right")
    table.add_column("settled", justify="right")
    table.add_column("note", overflow="fold", style="muted")
    for v in views:
        table.add_row(
            str(v.id),
            show_moment(v.at, now, tz),
            escape(v.kind),
            lit(v.what) or "[muted]–[/muted]",
            "–" if v.minutes is None else str(v.minutes),
            _intensity(v.felt),
            lit(one_line(v.note, 40)) if v.note else "",
        )
    out().print(table)


def breath_phase(elapsed: float) -> tuple[str, float]:
    """Where `elapsed` seconds fall in a breath: the label, and how full the bar is (0–1).

    In for four seconds while the bar fills, out for six while it empties.
    """
    t = elapsed % (BREATHE_IN_SECONDS + BREATHE_OUT_SECONDS)
    if t < BREATHE_IN_SECONDS:
        return "breathe in", t / BREATHE_IN_SECONDS
    return "breathe out", 1 - (t - BREATHE_IN_SECONDS) / BREATHE_OUT_SECONDS


def _time_left(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d} left"


def breathing_pause(seconds: int, sleep: Callable[[float], object]) -> tuple[float, bool]:
    """A paced-breathing bar for `seconds`, advanced by `sleep` (tests pass one that
    returns at once). Ctrl-C ends it quietly. Returns the seconds paused and whether
    the pause ran its full length."""
    from rich.progress import BarColumn, Progress, TextColumn

    say(
        f"[muted]In for {BREATHE_IN_SECONDS:.0f}, out for {BREATHE_OUT_SECONDS:.0f}. "
        "Ctrl-C ends the pause whenever you like.[/muted]"
    )
    say(PAUSE_INVITATION)
    ticks = round(seconds / PAUSE_TICK)
    done = 0
    progress = Progress(
        TextColumn("[accent]{task.description:<11}[/accent]"),
        BarColumn(bar_width=32, style="muted", complete_style="accent", finished_style="accent"),
        TextColumn("[muted]{task.fields[left]}[/muted]"),
        console=out(),
        transient=True,
        auto_refresh=False,
    )
    with progress:
        task = progress.add_task("breathe in", total=1.0, left=_time_left(seconds))
        try:
            while done < ticks:
                elapsed = done * PAUSE_TICK
                label, fill = breath_phase(elapsed)
                progress.update(
                    task, description=label, completed=fill, left=_time_left(seconds - elapsed)
                )
                progress.refresh()
                sleep(PAUSE_TICK)
                done += 1
        except KeyboardInterrupt:
            pass
    return done * PAUSE_TICK, done >= ticks


# -- partner messages (steady share) ----------------------------------------------------------

FLAG_STYLE = "bold yellow underline"
GROUNDED_STYLE = "green"

if TYPE_CHECKING:
    from steady.language.message_rules import CheckResult, Finding
    from steady.messages import MessageView


def marked_message(
    text: str, flagged: Sequence[tuple[int, int]], grounded: Sequence[tuple[int, int]] = ()
) -> Text:
    """The message exactly as written, with the words the check found highlighted.

    Built from plain Text pieces, so markup in the message is shown, never obeyed.
    """
    cuts = {0, len(text)}
    for start, end in (*flagged, *grounded):
        cuts.update((start, end))
    from itertools import pairwise

    from rich.text import Text

    points = sorted(c for c in cuts if 0 <= c <= len(text))
    marked = Text()
    for start, end in pairwise(points):
        piece = for_display(text[start:end])
        if any(a <= start and end <= b for a, b in flagged):
            marked.append(piece, style=FLAG_STYLE)
        elif any(a <= start and end <= b for a, b in grounded):
            marked.append(piece, style=GROUNDED_STYLE)
        else:
            marked.append(piece)
    return marked


def message_text(text: str, *, title: str) -> None:
    """A message as written, without the mirror's marks."""
    from rich.text import Text

    say(f"[bold]{escape(title)}[/bold]")
    indented(Text(for_display(text)), 2)


def _suggestion(suggestion: str) -> tuple[str, str]:
    """A suggestion as how to say it and the words, when it carries quoted words."""
    how, sep, words = suggestion.partition(': "')
    if sep and words.endswith('"'):
        return how, words[:-1]
    return suggestion, ""


def _instead(suggestion: str, indent: int) -> None:
    """'Instead, ask with room:' and the grounded words on their own lines, quoted."""
    from rich.text import Text

    # the words of a suggestion may be the message's own ("When you …, I felt …"), so
    # they are shown as the message is: literally, control sequences stripped
    how, words = _suggestion(for_display(suggestion))
    if not words:
        indented(Text(f"Instead: {how}"), indent)
        return
    indented(Text(f"Instead, {how[:1].lower()}{how[1:]}:"), indent)
    indented(Text(f"“{words}”"), indent + 2)


def _finding_line(finding: Finding, width: int, earlier: str) -> Text:
    """One line for a finding: its words (shortened to fit) and what kind of pressure."""
    from rich.text import Text

    tail = f" — {finding.label}"
    room = max(width - 2 - 4 - len(tail) - len(earlier), 8)
    match = for_display(" ".join(finding.match.split()))
    if len(match) > room:
        match = match[: room - 1].rstrip() + "…"
    line = Text("• ")
    line.append(f"“{match}”", style="bold")
    line.append(tail)
    if earlier:
        line.append(earlier, style="muted")
    return line


def message_check(
    result: CheckResult,
    now: datetime,
    tz: tzinfo,
    *,
    title: str | None = None,
    praise: bool = True,
    why: bool = False,
) -> None:
    """The mirror: the message with what it noticed, one line each, and the single most
    useful suggestion (the grounded form of what the message asks for). With `why`, each
    finding also says why it tends to land as pressure and what could be said instead.
    What is already grounded is named when nothing is mirrored, or with `why` (unless
    `praise` is off: the composer's own sentences are grounded by design, and praising
    them is empty)."""
    from rich.text import Text

    from steady.language.message_rules import FAMILIES

    if title:
        say(f"[bold]{escape(title)}[/bold]")
    marked = marked_message(result.text, result.flag_spans, result.grounded_spans if praise else ())
    indented(marked, 2)
    say()
    width = out().width
    if result.flags:
        count = len(result.flags)
        say(
            f"The mirror noticed {'one thing' if count == 1 else f'{count} things'} "
            "[muted](yours to send as it is)[/muted]:"
        )
        for finding in result.flags:
            earlier = ""
            if finding.earlier:
                times = ", ".join(show_moment(at, now, tz) for at in finding.earlier)
                earlier = f" (also drafted {times})"
            indented(_finding_line(finding, width, earlier), 2)
            if why:
                if finding.also:
                    also = ", ".join(FAMILIES[f].label for f in finding.also)
                    indented(Text(f"also {also}", style="muted"), 4)
                indented(Text(finding.why, style="muted"), 4)
                _instead(finding.suggestion, 4)
        if result.wish is not None and not why:
            _instead(result.wish.suggestion, 0)
        elif result.wish is not None:
            say()
            how, words = _suggestion(for_display(result.wish.suggestion))
            lead = f"What the message asks for ({result.wish.kind}), said with room"
            if words:
                indented(Text(f"{lead}:"), 0)
                indented(Text(f"“{words}”"), 2)
            else:
                indented(Text(f"{lead}: {how}"), 0)
    else:
        say("Nothing here reads as pressure.")
    if result.grounded and praise and (why or not result.flags):
        found = ", ".join(f"{escape(g.label)} (“{lit(g.match)}”)" for g in result.grounded)
        out().print(Text.from_markup(f"[muted]Already grounded:[/muted] {found}."))


def messages_table(views: Sequence[MessageView], now: datetime, tz: tzinfo) -> None:
    from rich.table import Table

    from steady.language.message_rules import FAMILIES
    from steady.text import one_line

    table = Table(box=None, pad_edge=False, header_style="muted")
    table.add_column("id", justify="right", style="muted")
    table.add_column("written")
    table.add_column("status")
    table.add_column("the mirror noticed", overflow="fold")
    table.add_column("message", overflow="fold")
    for v in views:
        status = v.status
        if v.sent_at is not None:
            status += f" {show_moment(v.sent_at, now, tz)}"
        labels = dict.fromkeys(
            FAMILIES[f.rule].label if f.rule in FAMILIES else f.rule for f in v.flags
        )
        noticed = lit(", ".join(labels)) if labels else "[muted]–[/muted]"
        written = show_moment(v.created_at, now, tz)
        table.add_row(str(v.id), written, status, noticed, lit(one_line(v.text, 50)))
    out().print(table)


# -- export and import (steady export, steady import) --------------------------------------------


def line_stderr(message: str) -> None:
    """One line on stderr, never wrapped, so a script (or a test) can read it whole."""
    err().print(message, soft_wrap=True)


def import_counts(rows: Sequence[tuple[str, str]]) -> None:
    """What an import added or skipped, one kind of record a line, indented."""
    width = max((len(label) for label, _ in rows), default=0)
    for label, value in rows:
        say(f"  [muted]{escape(label.ljust(width))}[/muted]  {value}")


# -- long imports and exports --------------------------------------------------------------------


@contextmanager
def progress(label: str, total: int, *, show: bool) -> Iterator[Callable[[int], None]]:
    """A transient progress bar on stderr; yields the function that advances it."""
    if not show:
        yield lambda _rows: None
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    bar = Progress(
        TextColumn(f"[muted]{escape(label)}[/muted]"),
        BarColumn(style="muted", complete_style="accent"),
        TaskProgressColumn(),
        console=err(),
        transient=True,
    )
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda rows: bar.advance(task, rows)


@contextmanager
def working(label: str, *, show: bool) -> Iterator[None]:
    """A quiet spinner on stderr while something takes a moment."""
    if not show:
        yield
        return
    with err().status(f"[muted]{escape(label)}…[/muted]", spinner="dots"):
        yield
