"""The therapist summary: one period of the journal as a plain, frozen report.

`build_report` reads the period and the previous period of the same length (one query per
kind of record, bounded by the two periods) and returns a `Report` whose strings are
already worded: times in the local zone, durations in words, user text cleaned of control
characters and, with `request.redact`, with the partner's name and the config's
`redact_words` replaced. The Markdown and HTML templates only lay it out, so the two
formats cannot disagree.

The figures come from the same pure functions as `steady review` (`steady.metrics`), over
the same records (activations by onset, anchors by time, check-ins by day, messages by
creation), so the summary of a week matches `steady review` for that week.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from steady import metrics
from steady.anchors import AnchorView, anchor_view, show_minutes
from steady.checkins import CheckinView, checkin_view
from steady.exporters import SECTIONS, ExportRequest
from steady.language import review_words
from steady.language.message_rules import FAMILIES
from steady.messages import MessageView, message_view
from steady.metrics import ActivationStats, Period
from steady.models import Anchor, Checkin, Message, Note, Reading
from steady.text import for_export
from steady.timeparse import show_duration
from steady.views import ActivationView, NoteView, note_view

if TYPE_CHECKING:
    from steady.journal import Journal

PARTNER_PLACEHOLDER = "[partner]"
WORD_PLACEHOLDER = "[redacted]"
SELF_REPORT = "Self-report, not a clinical record"
DEFAULT_DAYS = 28
"""Without a period (the CLI always gives one), the four weeks up to today."""
TOP = 5
"""How many body locations, feelings and practices the summary names."""


# -- redaction -----------------------------------------------------------------------------------


class Redactor:
    """Cleans user text for the report, and with `enabled` hides names and chosen words.

    Whole words only, in any case: with `redact_words = ["Mara"]`, "mara's" becomes
    "[redacted]'s" while "Marathon" stays. Longer entries are replaced first, so a
    two-word entry wins over one of its words.
    """

    def __init__(self, partner: str, words: Iterable[str], *, enabled: bool) -> None:
        pairs = [(partner.strip(), PARTNER_PLACEHOLDER)] if partner.strip() else []
        pairs += [(w.strip(), WORD_PLACEHOLDER) for w in words if w.strip()]
        self.placeholders: dict[str, str] = {}
        for word, placeholder in pairs:
            self.placeholders.setdefault(word.casefold(), placeholder)
        alternatives = sorted(self.placeholders, key=lambda w: (-len(w), w))
        self.pattern: re.Pattern[str] | None = None
        if enabled and alternatives:
            joined = "|".join(_word_pattern(w) for w in alternatives)
            self.pattern = re.compile(rf"(?<!\w)(?:{joined})(?!\w)", re.IGNORECASE)

    def __call__(self, text: str) -> str:
        shown = for_export(text)
        if self.pattern is None:
            return shown
        return self.pattern.sub(self._placeholder, shown)

    def maybe(self, text: str | None) -> str | None:
        return None if text is None else self(text)

    def _placeholder(self, match: re.Match[str]) -> str:
        key = " ".join(match.group(0).split()).casefold()
        return self.placeholders.get(key, WORD_PLACEHOLDER)


def _word_pattern(word: str) -> str:
    """An entry as a pattern: its words in order, any run of spaces between them."""
    return r"\s+".join(re.escape(part) for part in word.split())


# -- the report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One figure for one period: the number, and what it rests on."""

    main: str
    detail: str = ""


@dataclass(frozen=True)
class Figure:
    label: str
    current: Cell
    previous: Cell


@dataclass(frozen=True)
class Ranked:
    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class PeriodFigures:
    """The raw numbers of one period (for the words above and for checks)."""

    period: Period
    days_so_far: int
    days_logged: int
    per_week: float | None
    stats: ActivationStats
    urges: int
    urges_acted: int
    anchors: int
    anchor_minutes: int
    checkin_days: int
    hum_median: float | None
    messages_drafted: int
    messages_sent: int
    messages_flagged: int


@dataclass(frozen=True)
class WeekRow:
    label: str  # 2026-W47
    short: str  # W47
    dates: str  # 16–22 Nov
    days: int  # days of the week inside the period
    count: int
    median_peak: float | None
    median_recovery: float | None
    peak_text: str
    recovery_text: str

    @property
    def partial(self) -> bool:
        return self.days < 7


@dataclass(frozen=True)
class DayRow:
    day: date
    label: str  # Mon 16 Nov
    short: str  # 16 Nov
    state: str  # "logged", "not-logged" or "ahead" (a day still to come)
    activations: int
    peak: int | None
    hum: int | None
    anchors: int
    anchor_minutes: int
    no_activation: bool

    @property
    def logged(self) -> bool:
        return self.state == "logged"


@dataclass(frozen=True)
class CalendarWeek:
    label: str
    days: tuple[DayRow | None, ...]  # Monday to Sunday; None outside the period


@dataclass(frozen=True)
class ReadingItem:
    time: str
    body: str
    intensity: int


@dataclass(frozen=True)
class FeelingItem:
    name: str
    story_word: bool


@dataclass(frozen=True)
class UrgeItem:
    text: str
    acted: bool


@dataclass(frozen=True)
class Episode:
    id: int
    onset: str
    status: str  # settled, open, unresolved
    outcome: str  # how it ended, in words
    context: str | None
    readings: tuple[ReadingItem, ...]
    peak: int | None
    feelings: tuple[FeelingItem, ...]
    named_after: str | None
    story: str | None
    urges: tuple[UrgeItem, ...]
    helped: tuple[str, ...]
    settled: str | None
    settled_intensity: int | None
    recovery: str | None
    retrospective: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class NoteItem:
    when: str
    text: str
    therapy: bool
    activation_id: int | None


@dataclass(frozen=True)
class AnchorItem:
    when: str
    kind: str
    what: str | None
    minutes: str
    felt: int | None
    note: str | None


@dataclass(frozen=True)
class CheckinItem:
    day: str
    hum: int | None
    no_activation: bool
    note: str | None


@dataclass(frozen=True)
class MessageItem:
    when: str
    status: str
    text: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str


@dataclass(frozen=True)
class Report:
    heading: str
    range_text: str
    previous_heading: str
    generated: str
    redacted: bool
    sections: frozenset[str]
    coverage: str
    figures: tuple[Figure, ...]
    showed_up: tuple[Ranked, ...]
    weeks: tuple[WeekRow, ...]
    days: tuple[DayRow, ...]
    calendar: tuple[CalendarWeek, ...]
    episodes: tuple[Episode, ...]
    therapy_notes: tuple[NoteItem, ...]
    notes: tuple[NoteItem, ...]
    anchors: tuple[AnchorItem, ...]
    anchors_by_kind: tuple[tuple[str, int], ...]
    checkins: tuple[CheckinItem, ...]
    messages: tuple[MessageItem, ...]
    glossary: tuple[Term, ...]
    current: PeriodFigures
    previous: PeriodFigures

    def has(self, section: str) -> bool:
        assert section in SECTIONS, section
        return section in self.sections


GLOSSARY: tuple[Term, ...] = (
    Term(
        "Activation",
        "one episode of the alarm, from the first body signal until feeling settled again.",
    ),
    Term(
        "Intensity, peak",
        "0 calm · 3 noticeable · 5 hard to ignore · 7 pulling at behaviour · 10 overwhelming. "
        "The peak is the highest reading in an activation.",
    ),
    Term(
        "Recovery time",
        "from onset to settled, in real elapsed time; only settled activations count. "
        "Shown as the median and the middle half (25th to 75th percentile), never a mean.",
    ),
    Term("Time to name", "from onset to the first feeling put into words."),
    Term(
        "Story",
        "what the mind was telling itself at the time: kept apart from the feelings, "
        "as a story rather than a fact.",
    ),
    Term(
        "Story word",
        "a word such as 'ignored' or 'rejected' that describes what someone else did "
        "rather than a felt state.",
    ),
    Term("Urge", "what the alarm pushed toward, and whether it was acted on."),
    Term(
        "Anchor",
        "time spent being okay on one's own (solitude, an interest, friends, something "
        "self-directed, the body), with minutes and how settled it felt (0–10).",
    ),
    Term("Hum", "the background level of alarm over a day (0–10), from the daily check-in."),
    Term("Logged afterwards (↺)", "written down more than an hour after the moment it describes."),
    Term(
        "Not logged (·)",
        "nothing was written down that day: missing data, not a calm day. A 0 means the day "
        "was logged and there was none.",
    ),
    Term(
        "Messages",
        "drafts to the partner; 'with flags' means the built-in mirror noticed pressure "
        "language. Nothing is ever sent by steady.",
    ),
)


# -- building ------------------------------------------------------------------------------------


def build_report(journal: Journal, request: ExportRequest) -> Report:
    """The report for `request.period` against the period of the same length before it."""
    tz, now = journal.tz, journal.now
    today = now.astimezone(tz).date()
    period = request.period or metrics.days_period(
        today - timedelta(days=DEFAULT_DAYS - 1), today, tz
    )
    previous = period.shifted(-1, tz)
    clean = Redactor(
        journal.config.text("partner_name"),
        journal.config.words("redact_words"),
        enabled=request.redact,
    )
    records = _Records.load(journal, previous, period)
    current_figures = records.figures(period, today, journal.config.int("caught_early_max"))
    previous_figures = records.figures(previous, today, journal.config.int("caught_early_max"))
    current_views = records.activations_in(period)
    days = _days(records, period, today)
    stamp = _Stamp(tz, period.first_day.year != period.last_day.year)
    notes = [_note_item(n, stamp, clean) for n in records.notes_in(period)]
    messages = records.messages_in(period) if "messages" in request.sections else []
    return Report(
        heading=review_words.heading(period),
        range_text=_range_text(period),
        previous_heading=review_words.heading(previous),
        generated=_date_text(now.astimezone(tz).date()),
        redacted=request.redact,
        sections=frozenset(s for s in SECTIONS if s in request.sections),
        coverage=review_words.coverage(
            current_figures.days_logged, current_figures.days_so_far, period.days
        ),
        figures=_figures(current_figures, previous_figures),
        showed_up=_showed_up(current_views, clean),
        weeks=_weeks(current_views, period, tz),
        days=tuple(days),
        calendar=_calendar(days, period),
        episodes=tuple(_episode(v, stamp, clean) for v in current_views),
        therapy_notes=tuple(n for n in notes if n.therapy),
        notes=tuple(notes),
        anchors=tuple(_anchor_item(a, stamp, clean) for a in records.anchors_in(period)),
        anchors_by_kind=tuple(metrics.ranked(Counter(a.kind for a in records.anchors_in(period)))),
        checkins=tuple(_checkin_item(c, clean) for c in records.checkins_in(period)),
        messages=tuple(_message_item(m, stamp, clean) for m in messages),
        glossary=GLOSSARY,
        current=current_figures,
        previous=previous_figures,
    )


@dataclass(frozen=True)
class _Records:
    """Everything in [previous.start, period.end), loaded once and split by period."""

    tz: tzinfo
    activations: tuple[ActivationView, ...]  # oldest first
    anchors: tuple[AnchorView, ...]
    checkins: tuple[CheckinView, ...]
    messages: tuple[MessageView, ...]
    notes: tuple[NoteView, ...]
    logged: frozenset[date]

    @classmethod
    def load(cls, journal: Journal, previous: Period, period: Period) -> _Records:
        start, end, tz = previous.start, period.end, journal.tz
        views = sorted(
            journal.log(since=previous.first_day, until=period.last_day, limit=None),
            key=lambda v: (v.started_at, v.id),
        )

        def between(model: Any, column: Any) -> Any:
            """One kind of record with `column` in [start, end), oldest first."""
            return journal.session.exec(
                select(model)
                .where(col(column) >= start, col(column) < end)
                .order_by(col(column), col(model.id))
            ).all()

        anchors = [anchor_view(row) for row in between(Anchor, Anchor.at)]
        checkins = [
            checkin_view(row)
            for row in journal.session.exec(
                select(Checkin)
                .where(col(Checkin.day) >= previous.first_day, col(Checkin.day) <= period.last_day)
                .order_by(col(Checkin.day))
            ).all()
        ]
        messages = [message_view(row) for row in between(Message, Message.created_at)]
        notes = [note_view(row) for row in between(Note, Note.at)]
        readings = journal.session.exec(
            select(Reading.at).where(col(Reading.at) >= start, col(Reading.at) < end)
        ).all()
        # The days anything at all was written down, as `steady review` counts them
        # (check-ins, anchors, readings, notes, messages), and the onset days.
        moments = [
            *readings,
            *(a.at for a in anchors),
            *(m.created_at for m in messages),
            *(n.at for n in notes),
            *(v.started_at for v in views),
        ]
        logged = {c.day for c in checkins} | {m.astimezone(tz).date() for m in moments}
        return cls(
            tz,
            tuple(views),
            tuple(anchors),
            tuple(checkins),
            tuple(messages),
            tuple(notes),
            frozenset(logged),
        )

    def activations_in(self, period: Period) -> list[ActivationView]:
        return [v for v in self.activations if period.holds(v.started_at)]

    def anchors_in(self, period: Period) -> list[AnchorView]:
        return [a for a in self.anchors if period.holds(a.at)]

    def checkins_in(self, period: Period) -> list[CheckinView]:
        return [c for c in self.checkins if period.first_day <= c.day <= period.last_day]

    def messages_in(self, period: Period) -> list[MessageView]:
        return [m for m in self.messages if period.holds(m.created_at)]

    def notes_in(self, period: Period) -> list[NoteView]:
        return [n for n in self.notes if period.holds(n.at)]

    def figures(self, period: Period, today: date, caught_early_max: int) -> PeriodFigures:
        views = self.activations_in(period)
        anchors = self.anchors_in(period)
        checkins = self.checkins_in(period)
        messages = self.messages_in(period)
        last_counted = min(period.last_day, today)
        days_so_far = max(0, (last_counted - period.first_day).days + 1)
        logged = sum(period.first_day <= d <= last_counted for d in self.logged)
        urges, acted = metrics.urge_counts(views)
        return PeriodFigures(
            period=period,
            days_so_far=days_so_far,
            days_logged=logged,
            per_week=len(views) * 7 / days_so_far if days_so_far else None,
            stats=metrics.activation_stats(views, caught_early_max),
            urges=urges,
            urges_acted=acted,
            anchors=len(anchors),
            anchor_minutes=sum(a.minutes or 0 for a in anchors),
            checkin_days=len(checkins),
            hum_median=metrics.median([c.hum for c in checkins if c.hum is not None]),
            messages_drafted=len(messages),
            messages_sent=sum(m.status == "sent" for m in messages),
            messages_flagged=sum(bool(m.flags) for m in messages),
        )


# -- words ---------------------------------------------------------------------------------------


def number(value: float) -> str:
    """1 decimal at most: 6, 6.5, 1.8."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _date_text(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _range_text(period: Period) -> str:
    first, last = period.first_day, period.last_day
    if first == last:
        return _date_text(first)
    return f"{_date_text(first)} – {_date_text(last)} ({_days_text(period.days)})"


class _Stamp:
    """Local times for the report: `Tue 17 Nov 21:04`, with the year when the period spans two."""

    def __init__(self, tz: tzinfo, with_year: bool) -> None:
        self.tz = tz
        self.with_year = with_year

    def day(self, moment: datetime | date) -> str:
        local = moment.astimezone(self.tz) if isinstance(moment, datetime) else moment
        text = f"{local:%a} {local.day} {local:%b}"
        return f"{text} {local.year}" if self.with_year else text

    def moment(self, moment: datetime) -> str:
        return f"{self.day(moment)} {moment.astimezone(self.tz):%H:%M}"

    def after(self, start: datetime, moment: datetime) -> str:
        """A later moment: the clock alone when it is the same local day."""
        local = moment.astimezone(self.tz)
        if local.date() == start.astimezone(self.tz).date():
            return f"{local:%H:%M}"
        return self.moment(moment)


def _figures(now: PeriodFigures, before: PeriodFigures) -> tuple[Figure, ...]:
    rows = (
        ("Days with entries", _coverage),
        ("Activations per week", _per_week),
        ("Peak intensity (0–10)", _peak),
        ("Recovery time", _recovery),
        ("Time to name a feeling", _naming),
        ("Urges acted on", _urges),
        ("Anchors", _anchors),
        ("Background hum", _hum),
        ("Messages", _messages),
    )
    return tuple(Figure(label, cell(now), cell(before)) for label, cell in rows)


def _coverage(f: PeriodFigures) -> Cell:
    if f.days_so_far == 0:
        return Cell("–", "not begun yet")
    return Cell(f"{f.days_logged} of {f.days_so_far}")


def _per_week(f: PeriodFigures) -> Cell:
    if f.per_week is None:
        return Cell("–")
    noun = "activation" if f.stats.count == 1 else "activations"
    return Cell(number(f.per_week), f"{f.stats.count} {noun} in {_days_text(f.days_so_far)}")


def _days_text(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def _peak(f: PeriodFigures) -> Cell:
    s = f.stats
    if s.peak_median is None:
        return Cell("–")
    high = round((s.high_share or 0) * s.count)
    return Cell(
        f"median {number(s.peak_median)}, highest {s.peak_max}", f"{high} reached 7 or more"
    )


def _recovery(f: PeriodFigures) -> Cell:
    s = f.stats
    if s.recovery_median is None:
        return Cell("–", "none settled" if s.count else "")
    settled = f"{s.settled} settled"
    if s.settled >= 2 and s.recovery_p25 is not None and s.recovery_p75 is not None:
        spread = f"middle half {show_duration(s.recovery_p25)} – {show_duration(s.recovery_p75)}"
        return Cell(f"median {show_duration(s.recovery_median)}", f"{spread}; {settled}")
    return Cell(f"median {show_duration(s.recovery_median)}", settled)


def _naming(f: PeriodFigures) -> Cell:
    if f.stats.name_median is None:
        return Cell("–")
    return Cell(f"median {show_duration(f.stats.name_median)}")


def _urges(f: PeriodFigures) -> Cell:
    if not f.urges:
        return Cell("none noted" if f.stats.count else "–")
    return Cell(f"{f.urges_acted} of {f.urges}")


def _anchors(f: PeriodFigures) -> Cell:
    if not f.anchors:
        return Cell("0")
    detail = show_minutes(f.anchor_minutes) if f.anchor_minutes else ""
    return Cell(str(f.anchors), detail)


def _hum(f: PeriodFigures) -> Cell:
    if f.hum_median is None:
        return Cell("–", f"{f.checkin_days} check-ins" if f.checkin_days else "")
    checkins = "1 check-in" if f.checkin_days == 1 else f"{f.checkin_days} check-ins"
    return Cell(f"median {number(f.hum_median)}", checkins)


def _messages(f: PeriodFigures) -> Cell:
    return Cell(
        f"{f.messages_drafted} drafted · {f.messages_sent} sent",
        f"{f.messages_flagged} with flags",
    )


def _top(items: Sequence[str]) -> tuple[str, ...]:
    """The most frequent few, and how many more there are (the episode log has them all)."""
    if len(items) <= TOP:
        return tuple(items)
    return (*items[:TOP], f"{len(items) - TOP} more")


def _showed_up(views: Sequence[ActivationView], clean: Redactor) -> tuple[Ranked, ...]:
    rows = (
        Ranked("Body", _top([f"{clean(n)} ({c})" for n, c in metrics.body_counts(views)])),
        Ranked(
            "Feelings named",
            _top([f"{clean(n)} ({c})" for n, c in metrics.feeling_counts(views)]),
        ),
        Ranked(
            "What helped",
            _top(
                [
                    f"{clean(p.practice)} ({p.count}"
                    + (
                        f"; median recovery {show_duration(p.median_recovery_minutes)})"
                        if p.median_recovery_minutes is not None
                        else ")"
                    )
                    for p in metrics.helped_stats(views)
                ]
            ),
        ),
    )
    return tuple(r for r in rows if r.items)


def _weeks(views: Sequence[ActivationView], period: Period, tz: tzinfo) -> tuple[WeekRow, ...]:
    """The ISO weeks that overlap the period, each cut to the days inside it."""
    pieces: list[Period] = []
    monday = period.first_day - timedelta(days=period.first_day.isoweekday() - 1)
    while monday <= period.last_day:
        week = metrics.week_of(monday, tz)
        first, last = max(monday, period.first_day), min(week.last_day, period.last_day)
        piece = metrics.days_period(first, last, tz)
        pieces.append(Period(first, last, piece.start, piece.end, week.label))
        monday += timedelta(days=7)
    rows = []
    for piece, point in zip(pieces, metrics.week_series(views, pieces), strict=True):
        first, last = piece.first_day, piece.last_day
        dates = (
            f"{first.day}–{last.day} {last:%b}"
            if first.month == last.month
            else f"{first.day} {first:%b} – {last.day} {last:%b}"
        )
        if first == last:
            dates = f"{first.day} {first:%b}"
        rows.append(
            WeekRow(
                label=point.week,
                short=point.week.split("-")[-1],
                dates=dates,
                days=piece.days,
                count=point.count,
                median_peak=point.median_peak,
                median_recovery=point.median_recovery_minutes,
                peak_text="–" if point.median_peak is None else number(point.median_peak),
                recovery_text=(
                    "–"
                    if point.median_recovery_minutes is None
                    else show_duration(point.median_recovery_minutes)
                ),
            )
        )
    return tuple(rows)


def _days(records: _Records, period: Period, today: date) -> list[DayRow]:
    tz = records.tz
    peaks: dict[date, list[int | None]] = defaultdict(list)
    for v in records.activations_in(period):
        peaks[v.started_at.astimezone(tz).date()].append(v.peak_intensity)
    minutes: dict[date, list[int]] = defaultdict(list)
    for a in records.anchors_in(period):
        minutes[a.at.astimezone(tz).date()].append(a.minutes or 0)
    checkins = {c.day: c for c in records.checkins_in(period)}
    rows = []
    for n in range(period.days):
        day = period.first_day + timedelta(days=n)
        checkin = checkins.get(day)
        day_peaks = [p for p in peaks.get(day, []) if p is not None]
        state = "ahead" if day > today else "logged" if day in records.logged else "not-logged"
        rows.append(
            DayRow(
                day=day,
                label=f"{day:%a} {day.day} {day:%b}",
                short=f"{day.day} {day:%b}",
                state=state,
                activations=len(peaks.get(day, [])),
                peak=max(day_peaks, default=None),
                hum=checkin.hum if checkin else None,
                anchors=len(minutes.get(day, [])),
                anchor_minutes=sum(minutes.get(day, [])),
                no_activation=bool(checkin and checkin.no_activation),
            )
        )
    return rows


def _calendar(days: Sequence[DayRow], period: Period) -> tuple[CalendarWeek, ...]:
    by_day = {d.day: d for d in days}
    monday = period.first_day - timedelta(days=period.first_day.isoweekday() - 1)
    weeks = []
    while monday <= period.last_day:
        _year, week, _ = monday.isocalendar()
        cells = tuple(by_day.get(monday + timedelta(days=i)) for i in range(7))
        weeks.append(CalendarWeek(f"W{week:02d}", cells))
        monday += timedelta(days=7)
    return tuple(weeks)


OUTCOMES = {
    "settled": "settled",
    "open": "still open when this was made",
    "unresolved": "closed without a settled time",
}


def _episode(view: ActivationView, stamp: _Stamp, clean: Redactor) -> Episode:
    return Episode(
        id=view.id,
        onset=stamp.moment(view.started_at),
        status=view.status,
        outcome=OUTCOMES.get(view.status, view.status),
        context=clean.maybe(view.context),
        readings=tuple(
            ReadingItem(stamp.after(view.started_at, r.at), clean(r.body), r.intensity)
            for r in view.readings
        ),
        peak=view.peak_intensity,
        feelings=tuple(FeelingItem(clean(f.name), f.story_word) for f in view.feelings),
        named_after=(
            None
            if view.name_minutes is None
            else "within a minute"
            if round(view.name_minutes) < 1
            else f"after {show_duration(view.name_minutes)}"
        ),
        story=clean.maybe(view.story),
        urges=tuple(UrgeItem(clean(u.text), u.acted) for u in view.urges),
        helped=tuple(clean(h) for h in view.helped),
        settled=None if view.settled_at is None else stamp.after(view.started_at, view.settled_at),
        settled_intensity=view.settled_intensity,
        recovery=None if view.recovery_minutes is None else show_duration(view.recovery_minutes),
        retrospective=view.retrospective,
        notes=tuple(clean(n.text) for n in view.notes),
    )


def _note_item(note: NoteView, stamp: _Stamp, clean: Redactor) -> NoteItem:
    return NoteItem(stamp.moment(note.at), clean(note.text), note.therapy, note.activation_id)


def _anchor_item(anchor: AnchorView, stamp: _Stamp, clean: Redactor) -> AnchorItem:
    return AnchorItem(
        when=stamp.moment(anchor.at),
        kind=anchor.kind,
        what=clean.maybe(anchor.what),
        minutes="–" if anchor.minutes is None else show_minutes(anchor.minutes),
        felt=anchor.felt,
        note=clean.maybe(anchor.note),
    )


def _checkin_item(checkin: CheckinView, clean: Redactor) -> CheckinItem:
    day = checkin.day
    return CheckinItem(
        f"{day:%a} {day.day} {day:%b}",
        checkin.hum,
        checkin.no_activation,
        clean.maybe(checkin.note),
    )


def _message_item(message: MessageView, stamp: _Stamp, clean: Redactor) -> MessageItem:
    labels: dict[str, None] = {}
    for flag in message.flags:
        family = FAMILIES.get(flag.rule)
        labels.setdefault(family.label if family else clean(flag.rule), None)
    return MessageItem(
        stamp.moment(message.created_at), message.status, clean(message.text), tuple(labels)
    )
