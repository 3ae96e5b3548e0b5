"""The figures (steady.figures) against a plain reference computation, review and report alike.

Journals are generated with gaps (weeks with nothing, check-ins that skip every question,
days with only an anchor), a first entry anywhere in a week, activations that never settled
and one left open, over the October clock change in Berlin. The reference below computes
every figure the obvious way, day by day, from the definitions in docs/review.md.
"""

from __future__ import annotations

import ast
import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady import metrics
from steady.exporters import ExportRequest
from steady.exporters.summary import build_report
from steady.figures import core, words
from steady.models import Activation, Anchor, Checkin, Reading
from steady.review import build_review, review_json

BERLIN = ZoneInfo("Europe/Berlin")
FIRST_MONDAY = date(2026, 9, 28)  # four weeks before the October clock change
SPAN_DAYS = 10 * 7
NOW = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)  # a Wednesday, so the last weeks run ahead
TODAY = NOW.astimezone(BERLIN).date()
SRC = Path(__file__).resolve().parent.parent / "src" / "steady"


@dataclass(frozen=True)
class Episode:
    onset: datetime
    peaks: tuple[int, ...]
    fate: str  # settled, unresolved, open
    recovery: int  # minutes after the last reading, when settled

    @property
    def day(self) -> date:
        return self.onset.astimezone(BERLIN).date()

    @property
    def peak(self) -> int:
        return max(self.peaks)

    @property
    def recovery_minutes(self) -> float:
        return float(len(self.peaks) + self.recovery)


@dataclass(frozen=True)
class Journal:
    episodes: tuple[Episode, ...]
    checkins: dict[date, str]  # none (said no activation), hum, note, skipped
    anchors: tuple[date, ...]


def local(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


@st.composite
def journals(draw) -> Journal:
    # Where the journal starts: anywhere in the first five weeks, so that reviews and
    # reports of the early weeks begin before it.
    start = draw(st.integers(0, 5 * 7))
    days = st.integers(start, SPAN_DAYS - 1).map(lambda n: FIRST_MONDAY + timedelta(days=n))
    # Weeks with nothing at all: every entry on those days is dropped.
    silent = set(draw(st.lists(st.integers(0, 9), max_size=3)))
    episodes = []
    for _ in range(draw(st.integers(0, 25))):
        day = draw(days)
        onset = local(day, draw(st.integers(0, 23)), draw(st.integers(0, 59)))
        if (day - FIRST_MONDAY).days // 7 in silent:
            continue
        episodes.append(
            Episode(
                onset,
                tuple(draw(st.lists(st.integers(0, 10), min_size=1, max_size=3))),
                draw(st.sampled_from(["settled", "settled", "unresolved", "open"])),
                draw(st.integers(0, 2000)),
            )
        )
    opens = [i for i, e in enumerate(episodes) if e.fate == "open"]
    for i in opens[:-1]:  # at most one is open
        e = episodes[i]
        episodes[i] = Episode(e.onset, e.peaks, "unresolved", e.recovery)
    checkins = {
        day: kind
        for day, kind in draw(
            st.dictionaries(days, st.sampled_from(["none", "hum", "note", "skipped"]), max_size=30)
        ).items()
        if (day - FIRST_MONDAY).days // 7 not in silent
    }
    anchors = tuple(
        d for d in draw(st.lists(days, max_size=6)) if (d - FIRST_MONDAY).days // 7 not in silent
    )
    return Journal(tuple(episodes), checkins, anchors)


def store(open_journal, journal: Journal) -> None:
    with open_journal() as j:
        for e in journal.episodes:
            row = Activation(started_at=e.onset, created_at=e.onset, updated_at=e.onset)
            for n, level in enumerate(e.peaks):
                row.readings.append(
                    Reading(
                        at=e.onset + timedelta(minutes=n),
                        intensity=level,
                        created_at=e.onset,
                        location="chest",
                    )
                )
            if e.fate == "settled":
                row.settled_at = e.onset + timedelta(minutes=e.recovery_minutes)
            elif e.fate == "unresolved":
                row.closed_at = e.onset + timedelta(days=2)
            j.session.add(row)
        for day, kind in journal.checkins.items():
            moment = local(day, 22, 0)
            j.session.add(
                Checkin(
                    day=day,
                    hum=4 if kind == "hum" else None,
                    note="a long day" if kind == "note" else None,
                    no_activation=kind == "none",
                    created_at=moment,
                    updated_at=moment,
                )
            )
        for day in journal.anchors:
            moment = local(day, 12, 0)
            j.session.add(Anchor(kind="body", minutes=20, at=moment, created_at=moment))


# -- the reference ------------------------------------------------------------------------------


class Reference:
    """Every figure, the plain way: a list of days and a filter per question."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        firsts = [e.day for e in journal.episodes] + list(journal.checkins) + list(journal.anchors)
        self.began = min(firsts, default=None)
        answered = {d for d, kind in journal.checkins.items() if kind != "skipped"}
        self.logged = answered | {e.day for e in journal.episodes}

    def counted(self, first: date, last: date) -> list[date]:
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        return [d for d in days if d <= TODAY and (self.began is None or d >= self.began)]

    def inside(self, first: date, last: date) -> list[Episode]:
        return [e for e in self.journal.episodes if first <= e.day <= last]

    def coverage(self, first: date, last: date) -> tuple[int, int]:
        days = self.counted(first, last)
        return len(days), sum(d in self.logged for d in days)

    def state(self, day: date) -> str:
        if day > TODAY:
            return "ahead"
        if self.began is not None and day < self.began:
            return "before"
        return "logged" if day in self.logged else "not-logged"

    def figures(self, first: date, last: date) -> dict[str, Any]:
        inside = self.inside(first, last)
        days, logged = self.coverage(first, last)
        recoveries = [e.recovery_minutes for e in inside if e.fate == "settled"]
        peaks = [e.peak for e in inside]
        return {
            "days": days,
            "logged": logged,
            "count": len(inside) if logged else None,
            "settled": sum(e.fate == "settled" for e in inside),
            "unresolved": sum(e.fate == "unresolved" for e in inside),
            "open": sum(e.fate == "open" for e in inside),
            "unsettled_peaks": sorted(
                (e.peak for e in inside if e.fate == "unresolved"), reverse=True
            ),
            "peak_median": statistics.median(peaks) if peaks else None,
            "recovery_median": statistics.median(recoveries) if recoveries else None,
            "per_week": len(inside) * 7 / logged if logged else None,
        }


def rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


# -- the tests ----------------------------------------------------------------------------------


def opener(path: Path):
    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal

    def journal():
        return open_journal(
            open_database(path, now=NOW),
            now=NOW,
            tz=BERLIN,
            config=config.Config({}, path.parent / "c.toml"),
        )

    return journal


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(journal=journals(), week_index=st.integers(0, 10))
def test_the_review_matches_the_reference(tmp_path_factory, journal, week_index):
    path = tmp_path_factory.mktemp("figures") / "steady.db"
    open_journal = opener(path)
    store(open_journal, journal)
    ref = Reference(journal)
    period = metrics.week_of(FIRST_MONDAY + timedelta(weeks=week_index), BERLIN)
    with open_journal() as j:
        review = build_review(j, period, weeks=4)
        report = build_report(j, ExportRequest(period=period))
    data = review_json(review)
    expected = ref.figures(period.first_day, period.last_day)
    acts = data["activations"]
    assert data["coverage"]["days"] == expected["days"]
    assert data["coverage"]["days_logged"] == expected["logged"]
    assert data["coverage"]["journal_began"] == (ref.began and ref.began.isoformat())
    assert acts["count"] == expected["count"]
    assert (acts["settled"], acts["unresolved"], acts["open"]) == (
        expected["settled"],
        expected["unresolved"],
        expected["open"],
    )
    assert acts["unresolved_peaks"] == expected["unsettled_peaks"]
    assert acts["peak_intensity"]["median"] == rounded(expected["peak_median"])
    assert acts["recovery_minutes"]["median"] == rounded(expected["recovery_median"])
    assert acts["per_7_logged_days"] == rounded(expected["per_week"], 2)
    # The history: up to 4 weeks, none that ended before the journal began.
    mondays = [period.first_day - timedelta(weeks=n) for n in range(3, -1, -1)]
    kept = [m for m in mondays if ref.began is not None and m + timedelta(days=6) >= ref.began]
    assert [w["start"] for w in data["weeks"]] == [m.isoformat() for m in (kept or mondays[-1:])]
    for week in data["weeks"]:
        monday = date.fromisoformat(week["start"])
        w = ref.figures(monday, monday + timedelta(days=6))
        assert (week["days"], week["days_logged"], week["count"]) == (
            w["days"],
            w["logged"],
            w["count"],
        )
        assert week["unresolved"] == w["unresolved"]
        assert week["median_recovery_minutes"] == rounded(w["recovery_median"])
    # Trend: the four weeks before, rates per 7 logged days, coverage of half or more.
    before_first = period.first_day - timedelta(weeks=4)
    then = ref.figures(before_first, period.first_day - timedelta(days=1))
    then_count = len(ref.inside(before_first, period.first_day - timedelta(days=1)))
    now_count = len(ref.inside(period.first_day, period.last_day))
    covered = (
        expected["days"] > 0
        and 2 * expected["logged"] >= expected["days"]
        and then["days"] > 0
        and 2 * then["logged"] >= then["days"]
    )
    if now_count < 3 or then_count < 6 or not covered:
        assert data["trend"]["frequency"] == "insufficient"
    else:
        assert data["trend"]["frequency"] == core.direction(expected["per_week"], then["per_week"])
    # One code path: the report of the same week holds the review's figures.
    assert report.current == review.figures


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    journal=journals(),
    first=st.integers(0, SPAN_DAYS + 7),
    length=st.integers(1, 40),
)
def test_the_report_matches_the_reference(tmp_path_factory, journal, first, length):
    path = tmp_path_factory.mktemp("report") / "steady.db"
    open_journal = opener(path)
    store(open_journal, journal)
    ref = Reference(journal)
    start = FIRST_MONDAY + timedelta(days=first)
    period = metrics.days_period(start, start + timedelta(days=length - 1), BERLIN)
    with open_journal() as j:
        report = build_report(j, ExportRequest(period=period))
    for figures, span in ((report.current, period), (report.previous, period.shifted(-1, BERLIN))):
        expected = ref.figures(span.first_day, span.last_day)
        c, a = figures.coverage, figures.activations
        assert (c.days, c.logged) == (expected["days"], expected["logged"])
        assert a.count == len(ref.inside(span.first_day, span.last_day))
        assert (a.settled, a.unresolved, a.open) == (
            expected["settled"],
            expected["unresolved"],
            expected["open"],
        )
        assert list(a.unsettled_peaks) == expected["unsettled_peaks"]
        assert a.recovery_median == expected["recovery_median"]
        assert figures.per_week == expected["per_week"]
    # Every day of the grid, and every piece of a week, as the reference has them.
    assert [d.state for d in report.days] == [ref.state(d.day) for d in report.days]
    assert [d.day for d in report.days] == [
        period.first_day + timedelta(days=n) for n in range(period.days)
    ]
    for row in report.weeks:
        first_day = max(period.first_day, metrics.iso_week(row.label, BERLIN).first_day)
        last_day = first_day + timedelta(days=row.days - 1)
        expected = ref.figures(first_day, last_day)
        assert row.count == expected["count"]
        assert row.unsettled == expected["unresolved"]
        if row.count is None:
            assert row.count_text in {"not logged", "before the journal", "to come"}
    # Words: a period with no day to count shows no number at all.
    for figure in report.figures:
        if not report.previous.coverage.begun:
            assert figure.previous.main == "–"
            assert figure.previous.detail in {words.BEFORE_JOURNAL, words.NOT_BEGUN}


def test_a_day_with_only_an_anchor_or_a_skipped_check_in_is_not_logged(tmp_path):
    day = date(2026, 11, 18)
    journal = Journal((), {day: "skipped", day + timedelta(days=1): "none"}, (day,))
    open_journal = opener(tmp_path / "steady.db")
    store(open_journal, journal)
    with open_journal() as j:
        review = build_review(j, metrics.week_of(day, BERLIN), weeks=1)
    c = review.figures.coverage
    assert (c.days, c.logged, c.before) == (5, 1, 2)  # from Wed 18 Nov; only Thu 19 logged
    assert review.figures.checkin_days == 1
    assert review.weeks[0].count == 0  # a logged day with none is a 0, not unknown


def test_the_tally_names_what_recovery_leaves_out():
    tally = core.activation_figures([], 4)
    assert words.settled_tally(tally) == "0 settled"
    figures = core.ActivationFigures(
        count=30,
        settled=26,
        open=1,
        unresolved=3,
        unsettled_peaks=(10, 8, 7),
        with_peak=30,
        peak_median=6,
        peak_max=10,
        high=9,
        recovery_median=40,
        recovery_p25=30,
        recovery_p75=60,
        recovery_max=300,
        name_median=None,
        with_first_reading=30,
        caught_early=10,
    )
    assert words.settled_tally(figures) == "26 settled · 3 not settled (peaks 10, 8, 7) · 1 open"


def test_nothing_outside_the_figures_computes_a_median_or_a_quantile():
    """One figures step: medians and quartiles are taken in steady.figures only."""
    users = []
    for path in SRC.rglob("*.py"):
        if "figures" in path.parts or path.name == "metrics.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.Attribute):
                names = [node.attr]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if {"median", "quartiles", "statistics", "quantiles"} & set(names):
                users.append(str(path.relative_to(SRC)))
    assert users == []


# -- the report's first page: what stood out, and patterns with honest counts ----------------------


def _view(
    n: int,
    onset: datetime,
    *,
    peak: int,
    status: str = "settled",
    context: str | None = None,
    urges: tuple[tuple[str, bool], ...] = (),
):
    from steady.views import ActivationView, UrgeView

    return ActivationView(
        id=n,
        uuid=str(n),
        status=status,
        started_at=onset,
        settled_at=onset + timedelta(hours=1) if status == "settled" else None,
        closed_at=onset + timedelta(days=1) if status == "unresolved" else None,
        settled_intensity=None,
        peak_intensity=peak,
        first_intensity=peak,
        recovery_minutes=60.0 if status == "settled" else None,
        name_minutes=None,
        last_reading_at=onset,
        stale=False,
        retrospective=False,
        context=context,
        story=None,
        readings=(),
        feelings=(),
        urges=tuple(UrgeView(text, acted, onset) for text, acted in urges),
        helped=(),
        notes=(),
    )


def test_what_stood_out_is_the_highest_the_unsettled_and_the_acted_on():
    from steady.figures import patterns

    monday = local(date(2026, 11, 16), 21, 0)
    views = [
        _view(1, monday, peak=4),
        _view(2, monday + timedelta(days=1), peak=9),
        _view(3, monday + timedelta(days=2), peak=5, status="unresolved"),
        _view(4, monday + timedelta(days=3), peak=5, urges=(("text again", True),)),
        _view(5, monday + timedelta(days=4), peak=6),
    ]
    # 9; 5 never settled (counts as 8); 5 with an urge acted on (7) beat a plain 6 and 4.
    assert [v.id for v in patterns.stand_out(views)] == [2, 3, 4]
    assert [v.id for v in patterns.stand_out(views[:1])] == [1]
    assert patterns.stand_out([]) == []


def test_patterns_count_onsets_by_time_and_day_and_urges_by_their_words():
    from steady.figures import patterns

    monday = date(2026, 11, 16)
    views = [
        _view(1, local(monday, 21, 0), peak=5, context="No reply", urges=(("Text again", True),)),
        _view(
            2, local(monday, 23, 30), peak=5, context="no  reply", urges=(("text again", False),)
        ),
        _view(3, local(monday + timedelta(days=5), 8, 0), peak=5, context="Work"),
        _view(4, local(monday + timedelta(days=6), 2, 0), peak=5, urges=(("check", False),)),
    ]
    found = patterns.patterns(views, BERLIN)
    assert [(c.label, c.count) for c in found.contexts] == [("No reply", 2)]  # Work: once
    assert [c.count for c in found.times_of_day] == [1, 1, 0, 2]
    assert [c.count for c in found.weekdays] == [2, 0, 0, 0, 0, 1, 1]
    assert [(c.label, c.count, c.acted) for c in found.urges] == [
        ("Text again", 2, 1),
        ("check", 1, 0),
    ]
    assert (found.urges_total, found.urges_acted) == (3, 1)
