"""The therapist summary: one period of the journal as a plain, frozen report.

`build_report` loads the period and the previous period of the same length once
(`steady.figures.load`), takes every number from `steady.figures.core` and its words from
`steady.figures.words` — the same code as `steady review`, so the two cannot disagree —
and returns a `Report` whose strings are already worded: times in the local zone,
durations in words, user text cleaned of control characters and, with `request.redact`,
with the partner's name and the config's `redact_words` replaced. The Markdown and HTML
templates only lay it out, so the two formats cannot disagree either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from steady import metrics, therapy
from steady.exporters import SECTIONS, ExportRequest
from steady.figures import core, load, patterns, words
from steady.figures.core import DayFigures, Figures, PeriodFigures, WeekFigures
from steady.figures.records import AnchorRecord, CheckinRecord, MessageRecord, NoteRecord
from steady.figures.words import Figure
from steady.language.message_rules import FAMILIES
from steady.metrics import Period
from steady.text import for_export
from steady.timeparse import show_duration
from steady.views import ActivationView

if TYPE_CHECKING:
    from steady.journal import Journal

PARTNER_PLACEHOLDER = "[partner]"
WORD_PLACEHOLDER = "[redacted]"
SELF_REPORT = "Self-report, not a clinical record"
DEFAULT_DAYS = 28
"""Without a period (the CLI always gives one), the four weeks up to today."""
TOP = 5
"""How many body locations, feelings and practices the summary names."""
HELPED_CAPTION = (
    "how often each was used, with the median recovery of those episodes: "
    "not a measure of what works"
)


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
class Ranked:
    label: str
    items: tuple[str, ...]
    caption: str = ""


@dataclass(frozen=True)
class WeekRow:
    label: str  # 2026-W47
    short: str  # W47
    dates: str  # 16–22 Nov
    days: int  # days of the week inside the period
    state: str  # logged, not-logged (no day of it logged), before (the journal), ahead
    count: int | None  # None when no day of it was logged
    count_text: str  # the count, or "not logged" / "before the journal"
    unsettled: int
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
    state: str  # logged, not-logged, before (the journal began) or ahead (still to come)
    activations: int
    peak: int | None
    unsettled: int
    hum: int | None
    anchors: int
    anchor_minutes: int
    no_activation: bool

    @property
    def logged(self) -> bool:
        return self.state == core.LOGGED


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
class StandOut:
    """One episode that mattered, in two lines: when and how strong, then what happened."""

    id: int
    first: str  # Sat 14 Nov 22:00 · peak 8/10 · never settled
    second: str  # context, the urge acted on, what helped


@dataclass(frozen=True)
class PatternLine:
    label: str
    text: str


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
    therapy_notes: tuple[NoteItem, ...]  # the agenda: for therapy since the last session
    last_session: str | None
    stand_out: tuple[StandOut, ...]
    patterns: tuple[PatternLine, ...]
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
        "no activation and no answered check-in that day (an anchor or a note alone does not "
        "say whether the alarm fired): missing data, not a calm day. A 0 means the day was "
        "logged and there was none.",
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
    last_session = therapy.last_session(journal, before=today)
    if request.period is None or request.default_range:
        # The time since the last session (the session's own day included, so the evening
        # after it is there), else the last four weeks; never before the journal began.
        since = therapy.last_session(journal, before=period.last_day)
        if since is not None:
            period = metrics.days_period(since, period.last_day, tz)
        period = core.clipped_to_journal(period, load.began(journal), tz)
    previous = period.shifted(-1, tz)
    clean = Redactor(
        journal.config.text("partner_name"),
        journal.config.words("redact_words"),
        enabled=request.redact,
    )
    records = load.load(journal, previous.first_day, period.last_day)
    figures = Figures(records, journal.config.int("caught_early_max"))
    first, last = period.first_day, period.last_day
    current_figures = figures.period(period)
    previous_figures = figures.period(previous)
    current_views = figures.activations_in(first, last)
    days = [_day_row(d) for d in figures.days(first, last)]
    stamp = _Stamp(tz, first.year != last.year)
    notes = [_note_item(n, stamp, clean) for n in figures.notes_in(first, last)]
    # Notes for therapy since the last session are the agenda whatever the range; those
    # from before it count as brought. Without a session, those of the range.
    to_bring = (
        [n for n in notes if n.therapy]
        if last_session is None
        else [_note_item(n, stamp, clean) for n in load.therapy_notes_since(journal, last_session)]
    )
    messages = figures.messages_in(first, last) if "messages" in request.sections else []
    return Report(
        heading=words.heading(period),
        range_text=_range_text(period),
        previous_heading=words.heading(previous),
        generated=_date_text(today),
        redacted=request.redact,
        sections=frozenset(s for s in SECTIONS if s in request.sections),
        coverage=words.coverage(current_figures.coverage, records.began),
        figures=words.figure_rows(current_figures, previous_figures),
        showed_up=_showed_up(current_views, clean),
        weeks=tuple(_week_row(w) for w in figures.weeks(core.week_pieces(period, tz))),
        days=tuple(days),
        calendar=_calendar(days, period),
        episodes=tuple(_episode(v, stamp, clean) for v in current_views),
        therapy_notes=tuple(to_bring),
        stand_out=tuple(_stand_out(v, stamp, clean) for v in patterns.stand_out(current_views)),
        patterns=_patterns(patterns.patterns(current_views, tz), clean),
        last_session=None if last_session is None else _date_text(last_session),
        notes=tuple(notes),
        anchors=tuple(_anchor_item(a, stamp, clean) for a in figures.anchors_in(first, last)),
        anchors_by_kind=current_figures.anchors_by_kind,
        checkins=tuple(_checkin_item(c, clean) for c in figures.checkins_in(first, last)),
        messages=tuple(_message_item(m, stamp, clean) for m in messages),
        glossary=GLOSSARY,
        current=current_figures,
        previous=previous_figures,
    )


# -- words ---------------------------------------------------------------------------------------


def _date_text(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _range_text(period: Period) -> str:
    first, last = period.first_day, period.last_day
    if first == last:
        return _date_text(first)
    return f"{_date_text(first)} – {_date_text(last)} ({words.days_text(period.days)})"


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


def _top(items: Sequence[str]) -> tuple[str, ...]:
    """The most frequent few, and how many more there are (the episode log has them all)."""
    if len(items) <= TOP:
        return tuple(items)
    return (*items[:TOP], f"{len(items) - TOP} more")


def _showed_up(views: Sequence[ActivationView], clean: Redactor) -> tuple[Ranked, ...]:
    rows = (
        Ranked("Body", _top([f"{clean(n)} ({c})" for n, c in core.body_counts(views)])),
        Ranked(
            "Feelings named",
            _top([f"{clean(n)} ({c})" for n, c in core.feeling_counts(views)]),
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
                    for p in core.helped_stats(views)
                ]
            ),
            caption=HELPED_CAPTION,
        ),
    )
    return tuple(r for r in rows if r.items)


def _week_row(w: WeekFigures) -> WeekRow:
    first, last = w.first_day, w.last_day
    if first == last:
        dates = f"{first.day} {first:%b}"
    elif first.month == last.month:
        dates = f"{first.day}–{last.day} {last:%b}"
    else:
        dates = f"{first.day} {first:%b} – {last.day} {last:%b}"
    return WeekRow(
        label=w.label,
        short=w.label.split("-")[-1],
        dates=dates,
        days=w.days,
        state=w.state,
        count=w.count,
        count_text=words.week_count(w),
        unsettled=w.unsettled,
        median_peak=w.median_peak,
        median_recovery=w.median_recovery_minutes,
        peak_text="–" if w.median_peak is None else words.number(w.median_peak),
        recovery_text=(
            "–" if w.median_recovery_minutes is None else show_duration(w.median_recovery_minutes)
        ),
    )


def _day_row(d: DayFigures) -> DayRow:
    day = d.day
    return DayRow(
        day=day,
        label=f"{day:%a} {day.day} {day:%b}",
        short=f"{day.day} {day:%b}",
        state=d.state,
        activations=d.activations,
        peak=d.peak,
        unsettled=d.unsettled,
        hum=d.hum,
        anchors=d.anchors,
        anchor_minutes=d.anchor_minutes,
        no_activation=d.no_activation,
    )


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


def _short(text: str, limit: int = 90) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def _stand_out(view: ActivationView, stamp: _Stamp, clean: Redactor) -> StandOut:
    first = [stamp.moment(view.started_at)]
    if view.peak_intensity is not None:
        first.append(f"peak {view.peak_intensity}/10")
    if view.recovery_minutes is not None:
        first.append(f"settled after {show_duration(view.recovery_minutes)}")
    else:
        first.append("never settled" if view.status == "unresolved" else "still open")
    second = []
    if view.context:
        second.append(_short(clean(view.context), 70))
    acted = [u.text for u in view.urges if u.acted]
    if acted:
        second.append("acted on: " + "; ".join(_short(clean(t), 40) for t in acted))
    if view.helped:
        second.append("helped: " + ", ".join(clean(h) for h in view.helped))
    if not second and view.feelings:
        second.append("felt: " + ", ".join(clean(f.name) for f in view.feelings))
    if not second and view.urges:
        second.append("urge, not acted on: " + _short(clean(view.urges[0].text), 40))
    return StandOut(view.id, " · ".join(first), " · ".join(second) or "nothing more written")


def _patterns(found: patterns.Patterns, clean: Redactor) -> tuple[PatternLine, ...]:
    if not found.activations:
        return ()
    lines = []
    if found.contexts:
        lines.append(
            PatternLine(
                "Contexts written more than once",
                " · ".join(f"{clean(_short(c.label, 50))} ({c.count})" for c in found.contexts),
            )
        )
    lines.append(
        PatternLine(
            "Time of day of onsets",
            " · ".join(f"{c.label} {c.count}" for c in found.times_of_day if c.count),
        )
    )
    lines.append(
        PatternLine(
            "Weekday of onsets",
            " · ".join(f"{c.label} {c.count}" for c in found.weekdays if c.count),
        )
    )
    if found.urges_total:
        named = " · ".join(
            f"{clean(_short(c.label, 40))} {c.count} (acted on {c.acted})" for c in found.urges
        )
        lines.append(
            PatternLine(
                "Urges",
                f"{found.urges_total}, acted on {found.urges_acted}: {named}",
            )
        )
    return tuple(lines)


def _minutes(minutes: int) -> str:
    return "0 min" if minutes == 0 else show_duration(minutes)


def _note_item(note: NoteRecord, stamp: _Stamp, clean: Redactor) -> NoteItem:
    return NoteItem(stamp.moment(note.at), clean(note.text), note.therapy, note.activation_id)


def _anchor_item(anchor: AnchorRecord, stamp: _Stamp, clean: Redactor) -> AnchorItem:
    return AnchorItem(
        when=stamp.moment(anchor.at),
        kind=anchor.kind,
        what=clean.maybe(anchor.what),
        minutes="–" if anchor.minutes is None else _minutes(anchor.minutes),
        felt=anchor.felt,
        note=clean.maybe(anchor.note),
    )


def _checkin_item(checkin: CheckinRecord, clean: Redactor) -> CheckinItem:
    day = checkin.day
    return CheckinItem(
        f"{day:%a} {day.day} {day:%b}",
        checkin.hum,
        checkin.no_activation,
        clean.maybe(checkin.note),
    )


def _message_item(message: MessageRecord, stamp: _Stamp, clean: Redactor) -> MessageItem:
    labels: dict[str, None] = {}
    for rule in message.flag_rules:
        family = FAMILIES.get(rule)
        labels.setdefault(family.label if family else clean(rule), None)
    return MessageItem(
        stamp.moment(message.created_at), message.status, clean(message.text), tuple(labels)
    )
