"""The therapist summary as one self-contained HTML file that prints cleanly.

Inline CSS and inline SVG only: no scripts, no fonts or images to fetch, and a
Content-Security-Policy that forbids both anyway. Jinja2 autoescapes every value, so
user text is shown literally. The chart's geometry is worked out here, in plain numbers,
and the template only draws it.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jinja2

from steady.exporters import ExportRequest
from steady.exporters.summary import SELF_REPORT, WeekRow, build_report
from steady.timeparse import show_duration

if TYPE_CHECKING:
    from steady.journal import Journal

WIDTH, HEIGHT = 680, 250
LEFT, RIGHT, TOP, BOTTOM = 44, 76, 28, 50
COUNT_TOPS = (2, 4, 6, 8, 10, 12, 16, 20, 24, 30, 40, 50, 60, 80, 100)
RECOVERY_TOPS = (30, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 5760, 11520)
MAX_LABELS = 14


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int | None  # None: no day of the week logged
    state: str  # logged, not-logged, before (the journal began), ahead
    unsettled: int
    partial: bool
    label: str
    dates: str
    show_label: bool
    centre: float
    count_y: float  # inside the foot of the bar when it is tall enough, else above it
    count_inside: bool


@dataclass(frozen=True)
class Tick:
    y: float
    text: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: float  # x of the plot's right edge
    top: int
    bottom: float  # y of the plot's baseline
    bars: tuple[Bar, ...]
    count_ticks: tuple[Tick, ...]
    recovery_ticks: tuple[Tick, ...]
    lines: tuple[str, ...]  # SVG polyline point lists, broken where a week has no value
    dots: tuple[tuple[float, float, str], ...]
    empty: bool
    has_recovery: bool
    has_partial: bool
    has_not_logged: bool
    has_unsettled: bool
    description: str


def _nice(value: float, tops: Sequence[int]) -> int:
    for top in tops:
        if value <= top:
            return top
    step = tops[-1]
    return int(math.ceil(value / step) * step)


NOT_LOGGED_BAND = 20  # px: room for the words "not logged", well below a bar's usual height


def chart(weeks: Sequence[WeekRow]) -> Chart:
    """Bars for the count of each week, a line for its median recovery."""
    plot_right = WIDTH - RIGHT
    baseline = HEIGHT - BOTTOM
    plot_w, plot_h = plot_right - LEFT, baseline - TOP
    n = max(1, len(weeks))
    slot = plot_w / n
    bar_w = min(slot * 0.6, 46)
    count_top = _nice(max((w.count or 0 for w in weeks), default=0), COUNT_TOPS)
    recoveries = [w.median_recovery for w in weeks if w.median_recovery is not None]
    recovery_top = _nice(max(recoveries, default=0), RECOVERY_TOPS)
    every = math.ceil(n / MAX_LABELS)
    bars = []
    points: list[tuple[float, float] | None] = []
    for i, w in enumerate(weeks):
        centre = LEFT + slot * (i + 0.5)
        # A week with no day logged is drawn as a low hatched band with its words: unknown,
        # not a bar of 0, and never as tall as the busiest week.
        height = min(NOT_LOGGED_BAND, plot_h) if w.count is None else plot_h * w.count / count_top
        bars.append(
            Bar(
                x=round(centre - bar_w / 2, 1),
                y=round(baseline - height, 1),
                width=round(bar_w, 1),
                height=round(height, 1),
                count=w.count,
                state=w.state,
                unsettled=w.unsettled,
                partial=w.partial,
                label=w.short,
                dates=w.dates,
                show_label=i % every == 0 or i == n - 1,
                centre=round(centre, 1),
                count_y=round(baseline - 7 if height >= 22 else baseline - height - 5, 1),
                count_inside=height >= 22,
            )
        )
        if w.median_recovery is None:
            points.append(None)
        else:
            y = baseline - plot_h * w.median_recovery / recovery_top
            points.append((round(centre, 1), round(y, 1)))
    lines: list[str] = []
    run: list[str] = []
    for point in [*points, None]:
        if point is None:
            if len(run) > 1:
                lines.append(" ".join(run))
            run = []
        else:
            run.append(f"{point[0]},{point[1]}")
    dots = tuple(
        (p[0], p[1], w.recovery_text) for p, w in zip(points, weeks, strict=True) if p is not None
    )
    half = count_top // 2
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=plot_right,
        top=TOP,
        bottom=baseline,
        bars=tuple(bars),
        count_ticks=tuple(
            Tick(round(baseline - plot_h * v / count_top, 1), str(v)) for v in (0, half, count_top)
        ),
        recovery_ticks=tuple(
            Tick(round(baseline - plot_h * v / recovery_top, 1), show_duration(v))
            for v in (recovery_top / 2, recovery_top)
        ),
        lines=tuple(lines),
        dots=dots,
        empty=not any(w.count for w in weeks),
        has_recovery=bool(recoveries),
        has_partial=any(w.partial for w in weeks),
        has_not_logged=any(w.state == "not-logged" for w in weeks),
        has_unsettled=any(w.unsettled for w in weeks),
        description="; ".join(_describe(w) for w in weeks),
    )


def _describe(w: WeekRow) -> str:
    if w.count is None:
        return f"{w.short} ({w.dates}): {w.count_text}"
    text = f"{w.short} ({w.dates}): {w.count} activations, median recovery {w.recovery_text}"
    return f"{text}, {w.unsettled} not settled" if w.unsettled else text


def tint(peak: int) -> str:
    """A calm background for a peak: cool up to 4, warming from 5, warmest at 9–10."""
    return f"t{(0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4)[max(0, min(10, peak))]}"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("steady.exporters", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["tint"] = tint
    return env


def render(journal: Journal, request: ExportRequest) -> str:
    report = build_report(journal, request)
    template = environment().get_template("report.html.j2")
    # Written piece by piece rather than joined at the end: a decade's page is over a
    # million small pieces, and holding them all in a list cost more memory than the page.
    page = io.StringIO()
    for piece in template.generate(r=report, chart=chart(report.weeks), self_report=SELF_REPORT):
        page.write(piece)
    return page.getvalue()
