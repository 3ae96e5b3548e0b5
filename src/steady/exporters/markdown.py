"""The therapist summary as Markdown: renders well on common viewers, reads as plain text.

Every value the template prints is escaped for Markdown unless a filter here has already
made it safe (`MarkdownText`), the way HTML autoescaping works: a note cannot become a
heading, a link, an image or raw HTML, and a `|` cannot break a table.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import jinja2

from steady.exporters import ExportRequest
from steady.exporters.summary import SELF_REPORT, WeekRow, build_report

if TYPE_CHECKING:
    from steady.journal import Journal

SPARK_BARS = "▁▂▃▄▅▆▇█"
GAP = "·"


class MarkdownText(str):
    """Text that is already valid, safe Markdown."""

    __slots__ = ()


# Characters that format text anywhere in a line; `]` only where it would close a link,
# `&` only where it would start an entity.
_INLINE = re.compile(r"[\\`*_<|~$]|\](?=[(\[:])|&(?=#|[A-Za-z0-9]+;)")
# What turns the start of a line into a block: headings, quotes, lists, rules.
_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+=](?=\s|$|[-=]))")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def inline(value: object) -> MarkdownText:
    """One line of literal text: marks escaped, line breaks become spaces."""
    if value is None:
        return MarkdownText("")
    if isinstance(value, MarkdownText):
        return value
    text = _INLINE.sub(lambda m: "\\" + m.group(0), " ".join(str(value).split()))
    text = _ORDERED.sub(r"\1\\\2", text)
    return MarkdownText(_LINE_START.sub(lambda m: "\\" + m.group(0), text))


def quote(value: object, indent: int = 0) -> MarkdownText:
    """Literal text as a block quote, keeping its paragraphs."""
    pad = " " * indent
    lines = [
        f"{pad}> {inline(line)}" if line.strip() else f"{pad}>"
        for line in str(value or "").strip().splitlines()
    ]
    return MarkdownText("\n".join(lines))


def sparkline(weeks: Sequence[WeekRow], attribute: str) -> MarkdownText:
    """Unicode bars scaled to the largest value: `·` for a week with no day logged
    (unknown, not 0), a space for a logged week with nothing to show."""
    values: list[float | None] = [None if w.count is None else getattr(w, attribute) for w in weeks]
    present = [v for v in values if v is not None]
    top = max(present, default=0) or 1
    bars = "".join(
        (GAP if w.count is None else " ")
        if v is None
        else SPARK_BARS[min(len(SPARK_BARS) - 1, int(v / top * 7.999))]
        for v, w in zip(values, weeks, strict=True)
    )
    return MarkdownText(f"`{bars}`")


def _finalize(value: Any) -> str:
    """Every printed value is literal text unless a filter made it Markdown already."""
    return inline(value)


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("steady.exporters", "templates"),
        # Not HTML: Markdown has its own escaping, done for every value by _finalize.
        autoescape=False,  # noqa: S701
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(inline=inline, quote=quote, sparkline=sparkline)
    return env


def render(journal: Journal, request: ExportRequest) -> str:
    report = build_report(journal, request)
    template = environment().get_template("report.md.j2")
    text = template.render(r=report, self_report=SELF_REPORT)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
