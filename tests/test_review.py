"""The weekly review: metrics against a plain reference, periods, the CLI."""

from __future__ import annotations

import math
import re
import statistics
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady import metrics
from steady.figures import core
from steady.models import Activation, Feeling, Helped, Reading
from steady.review import build_review, review_json
from tests.conftest import NOW, TZ, full_scans

BERLIN = ZoneInfo("Europe/Berlin")


# -- pure functions ------------------------------------------------------------------------------


def linear_quantile(values: list[float], q: float) -> float:
    """numpy's default: linear interpolation between closest ranks."""
    ordered = sorted(values)
    h = (len(ordered) - 1) * q
    low = math.floor(h)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (h - low) * (ordered[high] - ordered[low])


@given(st.lists(st.floats(min_value=0, max_value=10_000, allow_nan=False), min_size=1, max_size=40))
def test_quartiles_are_numpy_s_linear_interpolation(values):
    found = metrics.quartiles(values)
    assert found is not None
    p25, p50, p75 = found
    assert p25 == pytest.approx(linear_quantile(values, 0.25))
    assert p50 == pytest.approx(statistics.median(values))
    assert p75 == pytest.approx(linear_quantile(values, 0.75))


def test_one_value_is_every_quartile_and_none_is_none():
    assert metrics.quartiles([42.0]) == (42.0, 42.0, 42.0)
    assert metrics.quartiles([]) is None


@pytest.mark.parametrize(
    ("current", "baseline", "expected"),
    [
        (8, 10, "down"),
        (8.1, 10, "steady"),
        (12.4, 10, "steady"),
        (12.5, 10, "up"),
        (0, 0, "steady"),
        (1, 0, "up"),
        (None, 3, "insufficient"),
    ],
)
def test_trend_directions_use_the_ratio_thresholds(current, baseline, expected):
    assert core.direction(current, baseline) == expected


def test_iso_weeks_follow_local_midnight_and_the_iso_year():
    week = metrics.iso_week("2026-W53", BERLIN)
    assert (week.first_day, week.last_day) == (date(2026, 12, 28), date(2027, 1, 3))
    assert week.start == datetime(2026, 12, 27, 23, 0, tzinfo=UTC)
    assert metrics.week_of(date(2027, 1, 1), BERLIN).label == "2026-W53"
    # The week holding the October clock change is 7 days and one hour long.
    autumn = metrics.week_of(date(2026, 10, 25), BERLIN)
    assert autumn.end - autumn.start == timedelta(days=7, hours=1)
    with pytest.raises(ValueError):
        metrics.iso_week("2025-W53", BERLIN)


# -- generated journals against a straightforward reference -------------------------------------

HISTORY_START = datetime(2026, 9, 14, tzinfo=UTC)  # six weeks before the October clock change


@st.composite
def journals(draw):
    count = draw(st.integers(min_value=0, max_value=30))
    episodes = []
    for _ in range(count):
        onset = HISTORY_START + timedelta(minutes=draw(st.integers(0, 10 * 7 * 24 * 60)))
        readings = draw(st.lists(st.integers(0, 10), min_size=1, max_size=4))
        fate = draw(st.sampled_from(["settled", "settled", "settled", "unresolved", "open"]))
        recovery = draw(st.integers(0, 3000))
        named = draw(st.none() | st.integers(0, 120))
        helped = draw(
            st.lists(st.sampled_from(["walk", "breathing", "named it"]), max_size=2, unique=True)
        )
        episodes.append((onset, readings, fate, recovery, named, helped))
    # At most one open activation: keep only the last one drawn as open.
    opens = [i for i, e in enumerate(episodes) if e[2] == "open"]
    for i in opens[:-1]:
        episodes[i] = (*episodes[i][:2], "unresolved", *episodes[i][3:])
    return episodes


def store(journal, episodes):
    with journal() as j:
        for onset, readings, fate, recovery, named, helped in episodes:
            row = Activation(started_at=onset, created_at=onset, updated_at=onset)
            for n, level in enumerate(readings):
                row.readings.append(
                    Reading(
                        at=onset + timedelta(minutes=n),
                        intensity=level,
                        created_at=onset,
                        location="chest",
                    )
                )
            if named is not None:
                row.feelings.append(
                    Feeling(name="anxious", at=onset + timedelta(minutes=named), created_at=onset)
                )
            for practice in helped:
                row.helped.append(Helped(practice=practice, created_at=onset))
            if fate == "settled":
                row.settled_at = onset + timedelta(minutes=len(readings) + recovery)
            elif fate == "unresolved":
                row.closed_at = onset + timedelta(days=2)
            j.session.add(row)


def reference(episodes, first_day: date, weeks: int):
    """Per ISO week in Berlin: count, median peak, median recovery — computed the plain way."""
    out = {}
    for n in range(weeks):
        monday = first_day + timedelta(weeks=n)
        inside = [
            e
            for e in episodes
            if monday <= e[0].astimezone(BERLIN).date() < monday + timedelta(days=7)
        ]
        peaks = [max(e[1]) for e in inside]
        recoveries = [float(len(e[1]) + e[3]) for e in inside if e[2] == "settled"]
        out[monday] = (
            len(inside),
            statistics.median(peaks) if peaks else None,
            statistics.median(recoveries) if recoveries else None,
            recoveries,
            inside,
        )
    return out


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(episodes=journals(), week_index=st.integers(0, 9))
def test_review_figures_match_a_reference_computation(
    tmp_path_factory, monkeypatch, episodes, week_index
):
    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal

    path = tmp_path_factory.mktemp("review") / "steady.db"
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def journal(at=now):
        return open_journal(
            open_database(path, now=at),
            now=at,
            tz=BERLIN,
            config=config.Config({}, path.parent / "c.toml"),
        )

    store(journal, episodes)
    first_monday = metrics.week_of(HISTORY_START.astimezone(BERLIN).date(), BERLIN).first_day
    expected = reference(episodes, first_monday, 11)
    monday = first_monday + timedelta(weeks=week_index)
    period = metrics.week_of(monday, BERLIN)
    with journal() as j:
        review = build_review(j, period, weeks=4)
    data = review_json(review)
    count, peak, recovery, recoveries, _inside = expected[monday]
    acts = data["activations"]
    # Without check-ins, the logged days are the onset days: a week without one is unknown.
    assert acts["count"] == (count or None)
    assert acts["settled"] + acts["open"] + acts["unresolved"] == count
    assert acts["peak_intensity"]["median"] == (None if peak is None else round(peak, 1))
    assert acts["recovery_minutes"]["median"] == (None if recovery is None else round(recovery, 1))
    if recoveries:
        assert acts["recovery_minutes"]["p25"] == round(linear_quantile(recoveries, 0.25), 1)
        assert acts["recovery_minutes"]["max"] == max(recoveries)
    # The history: the reviewed week and up to three before it, oldest first.
    assert [w["week"] for w in data["weeks"]][-1] == period.label
    for point in data["weeks"]:
        start = date.fromisoformat(point["start"])
        if start in expected:
            assert point["count"] == (expected[start][0] or None)
    # Trend: only with 3 this week and 6 in the 4 weeks before, and for frequency both
    # sides logged on at least half their days; rates per 7 logged days.
    onset_days = {e[0].astimezone(BERLIN).date() for e in episodes}
    began = min(onset_days, default=None)
    today = now.astimezone(BERLIN).date()

    def coverage(first: date, last: date) -> tuple[int, int]:
        days = [
            first + timedelta(days=n)
            for n in range((last - first).days + 1)
            if began is not None and began <= first + timedelta(days=n) <= today
        ]
        return len(days), sum(d in onset_days for d in days)

    baseline = sum(
        expected[monday - timedelta(weeks=k)][0]
        for k in range(1, 5)
        if monday - timedelta(weeks=k) in expected
    )
    days_now, logged_now = coverage(monday, monday + timedelta(days=6))
    days_then, logged_then = coverage(monday - timedelta(weeks=4), monday - timedelta(days=1))
    covered = 2 * logged_now >= days_now > 0 and 2 * logged_then >= days_then > 0
    if count < 3 or baseline < 6 or not covered:
        assert data["trend"]["frequency"] == "insufficient"
    else:
        assert data["trend"]["frequency"] == core.direction(
            count * 7 / logged_now, baseline * 7 / logged_then
        )


def test_recovery_across_the_autumn_clock_change_is_real_elapsed_time(journal):
    onset = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)  # 01:30 Berlin summer time
    store(journal, [(onset, [5], "settled", 239, None, [])])  # settles at 03:30 winter time
    with journal() as j:
        review = build_review(j, metrics.week_of(date(2026, 10, 25), TZ))
    assert review_json(review)["activations"]["recovery_minutes"]["median"] == 240


def test_review_reads_through_the_onset_index_with_a_fixed_number_of_queries(journal, db_path):
    from sqlalchemy import event

    def statements(episodes) -> list[str]:
        seen: list[str] = []
        with journal() as j:
            engine = j.session.get_bind()
            listener = lambda *args: seen.append(args[2])  # noqa: E731
            event.listen(engine, "before_cursor_execute", listener)
            try:
                build_review(j, metrics.week_of(NOW.astimezone(TZ).date(), TZ))
            finally:
                event.remove(engine, "before_cursor_execute", listener)
        return seen

    few = [(NOW - timedelta(days=d, hours=2), [5], "settled", 30, 3, ["walk"]) for d in range(3)]
    store(journal, few)
    first = statements(few)
    more = [
        (NOW - timedelta(days=d % 50, hours=3), [4], "settled", 20, 2, ["walk"]) for d in range(60)
    ]
    store(journal, more)
    assert len(statements(more)) == len(first), "no query per activation"
    import sqlite3

    connection = sqlite3.connect(db_path)
    select_activations = next(s for s in first if "FROM activation" in s and "started_at >=" in s)
    plan = connection.execute(
        "EXPLAIN QUERY PLAN " + select_activations,
        ("2026-01-01T00:00:00.000000Z", "2027-01-01T00:00:00.000000Z"),
    ).fetchall()
    connection.close()
    assert any("ix_activation_started_at" in row[-1] for row in plan), plan
    assert full_scans(db_path, lambda j: build_review(j, this_week())) == [], "only its weeks"


def this_week() -> metrics.Period:
    return metrics.week_of(NOW.astimezone(TZ).date(), TZ)


# -- the command ---------------------------------------------------------------------------------


def seed_weeks(steady):
    """Four earlier weeks of two slow activations each, then three quicker ones this week."""
    for week in range(1, 5):
        for n in range(2):
            day = (NOW - timedelta(weeks=week, days=n)).astimezone(TZ).date()
            steady(["notice", "chest", "tight", "-i", "6", "--at", f"{day} 20:00"])
            steady(["settle", "--at", f"{day} 21:10", "--helped", "walk"])
    for n, this_week in enumerate(("2026-11-23", "2026-11-25", "2026-11-26")):
        steady(["notice", "stomach", "knot", "-i", str(3 + n), "--at", f"{this_week} 20:00"])
        steady(["name", "anxious", "--at", f"{this_week} 20:05"])
        steady(["settle", "--at", f"{this_week} 20:40", "--helped", "named it"])


def test_the_review_leads_with_recovery_in_words(steady):
    seed_weeks(steady)
    run = steady("review")
    assert run.exit_code == 0, run.stderr
    lines = [line.strip() for line in run.stdout.splitlines() if line.strip()]
    assert lines[0].startswith("Week 2026-W48 · Mon 23 Nov – Sun 29 Nov")
    assert "logged on 3 of 5 days so far" in lines[0]
    text = " ".join(run.stdout.split())
    assert text.index("Recovery") < text.index("Intensity") < text.index("Frequency")
    assert (
        "median 40 min, down from 1 h 10 min over the previous 4 weeks: you are coming back faster"
        in text
    )
    # 3 on 3 logged days against 8 on 8: per 7 logged days both are 7, so no change in
    # frequency is claimed; this week's coverage (3 of 5 days) is more than half, the
    # previous 4 weeks' (8 of 28 days) is not.
    assert "3 activations (7 per 7 logged days); too few days logged to compare" in text
    assert "lower than 6/10 over the previous 4 weeks" in text
    assert "A question to sit with:" in text
    assert "!" not in run.stdout


def test_review_json_has_the_contract_shape(steady):
    seed_weeks(steady)
    data = steady("review --json").json()
    assert data["schema"] == "steady.review/2"
    assert set(data) >= {
        "period",
        "activations",
        "body",
        "feelings",
        "helped",
        "urges",
        "anchors",
        "checkins",
        "messages",
        "coverage",
        "weeks",
        "trend",
    }
    assert data["period"] == {
        "start": "2026-11-23T00:00:00+01:00",
        "end": "2026-11-30T00:00:00+01:00",
        "label": "2026-W48",
    }
    assert set(data["activations"]) >= {
        "count",
        "settled",
        "open",
        "unresolved",
        "peak_intensity",
        "recovery_minutes",
        "name_minutes",
        "caught_early_rate",
    }
    assert data["activations"]["recovery_minutes"] == {
        "median": 40.0,
        "p25": 40.0,
        "p75": 40.0,
        "max": 40.0,
    }
    assert data["activations"]["caught_early_rate"] == 0.6667
    assert data["helped"] == [{"practice": "named it", "count": 3, "median_recovery_minutes": 40.0}]
    # The 4 weeks before were logged on 8 of their 25 days: too few to compare a rate.
    assert data["trend"] == {"frequency": "insufficient", "peak": "down", "recovery": "down"}
    assert data["baseline"] == {
        "activations": 8,
        "days_logged": 8,
        "days": 25,  # from Thu 29 Oct, when the journal began
        "per_7_logged_days": 7.0,
        "median_peak": 6,
        "median_recovery_minutes": 70.0,
    }
    # The journal began in 2026-W44: the 8 weeks asked for start there.
    assert [w["week"] for w in data["weeks"]] == [f"2026-W{n}" for n in range(44, 49)]
    assert set(data["weeks"][0]) == {
        "week",
        "start",
        "days",
        "days_logged",
        "count",
        "per_7_logged_days",
        "median_peak",
        "median_recovery_minutes",
        "unresolved",
        "open",
    }
    assert data["coverage"] == {
        "days_logged": 3,
        "days": 5,
        "days_before_journal": 0,
        "journal_began": "2026-10-29",
    }
    week = data["weeks"][-1]
    assert (week["days"], week["days_logged"], week["count"]) == (5, 3, 3)


@pytest.mark.parametrize(
    ("args", "label"),
    [
        ("review --last", "2026-W47"),
        ("review --week 2026-W45", "2026-W45"),
        ("review --week 2026-w45", "2026-W45"),
        ("review --since 2026-11-01 --until 2026-11-10", "2026-11-01 – 2026-11-10"),
        ("review --since yesterday", "2026-11-26 – 2026-11-27"),
    ],
)
def test_every_period_option(steady, args, label):
    data = steady(args + " --json").json()
    assert data["period"]["label"] == label
    assert data["activations"]["count"] is None  # nothing logged: unknown, not 0
    assert data["activations"]["recovery_minutes"]["median"] is None


def test_an_empty_journal_is_just_missing_data(steady):
    run = steady("review")
    assert run.exit_code == 0
    assert "Nothing logged in this period. Back-fill if you like, or just carry on." in run.stdout
    for word in ("streak", "failed", "missed"):
        assert word not in run.stdout.lower()


def test_a_one_activation_week(steady):
    steady("notice chest tight -i 8 --at 20:00")
    steady("settle --at 21:30")
    data = steady("review --json").json()
    assert data["activations"]["count"] == 1
    assert data["activations"]["recovery_minutes"]["p25"] == 90
    assert data["trend"]["recovery"] == "insufficient"
    text = " ".join(steady("review").stdout.split())
    assert "still building a baseline" in text
    assert text.count("A change is shown once a period has 3 activations") == 1


def test_weeks_sets_the_history_length(steady):
    steady("checkin --none --date 2026-10-01")
    assert len(steady("review --weeks 3 --json").json()["weeks"]) == 3


def test_weeks_before_the_journal_began_are_left_out(steady):
    steady("checkin --none --date 2026-11-18")  # a Wednesday of 2026-W47
    weeks = steady("review --weeks 8 --json").json()["weeks"]
    assert [w["week"] for w in weeks] == ["2026-W47", "2026-W48"]
    assert (weeks[0]["days"], weeks[0]["days_logged"], weeks[0]["count"]) == (5, 1, 0)
    assert (weeks[1]["days"], weeks[1]["days_logged"], weeks[1]["count"]) == (5, 0, None)


def test_stale_and_open_activations_are_named(steady):
    steady("notice chest -i 5 --at '2026-11-24 20:00'")
    run = steady("review")
    assert "Activation 1 has been open since" in run.stdout
    assert "steady settle --id 1 --at WHEN" in run.stdout
    assert steady("review --json").json()["stale"][0]["id"] == 1


def test_repeated_very_high_peaks_bring_a_gentle_suggestion(steady):
    for day in ("2026-11-23", "2026-11-24", "2026-11-26"):
        steady(["notice", "chest", "-i", "9", "--at", f"{day} 20:00"])
        steady(["settle", "--at", f"{day} 20:30"])
    run = steady("review")
    assert "three peaks of 9 or 10 within a week" in " ".join(run.stdout.split())
    assert steady("review --json").json()["support_reasons"] == ["very-high-peaks"]
    assert steady("review --last --json").json()["support_suggested"] is False


def test_the_question_can_be_answered_as_a_note(steady):
    run = steady("review", input="it learned early\n", tty=True)
    assert run.exit_code == 0
    notes = steady("notes --json").json()
    assert notes[0]["text"].endswith("\nit learned early")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("review --last --week 2026-W40", "Choose one period"),
        ("review --week 2026-W99", "is not an ISO week"),
        ("review --week soon", "is not an ISO week"),
        ("review --until 2026-11-20", "--until needs --since"),
        ("review --since 2026-11-20 --until 2026-11-01", "--until is before --since"),
        ("review --since 2026-12-01", "--since is a day still to come"),
        ("review --weeks 0", "from 1 to 52"),
        ("review --since never", "Cannot read --since"),
    ],
)
def test_unusable_periods_are_refused(refuses, steady, args, says):
    steady("notice chest -i 4")
    refuses(args, says=says)


def test_time_with_anchors_reads_as_the_other_durations_do(steady):
    steady(["anchor", "solitude", "read", "--minutes", "80"])
    steady(["anchor", "body", "walk"])
    line = next(x for x in steady("review").stdout.splitlines() if x.startswith("Anchors"))
    assert " ".join(line.split()) == "Anchors 2 anchors, 1 h 20 min (body 1, solitude 1)"


# -- what a thin week says (a new user's trial) ----------------------------------------------


def test_a_week_logged_on_few_days_shows_its_coverage_not_a_stretched_rate(steady):
    from tests.conftest import ok

    ok(steady(["checkin", "--none", "--date", "2026-11-16"]))  # the journal began the week before
    ok(steady(["notice", "chest", "tight", "-i", "5", "--at", "2026-11-24 20:00"]))
    ok(steady(["settle", "--at", "2026-11-24 21:00"]))
    ok(steady(["checkin", "--none", "--date", "2026-11-25"]))
    run = ok(steady("review"))
    assert "1 activation (logged on only 2 of 5 days)" in run.stdout  # Monday to today
    assert "per 7 logged days" not in run.stdout  # 1 in 2 days is not "3.5 per 7"
    assert re.search(r"Anchors +none written down", run.stdout)  # not "0 anchors"


def test_a_week_with_nothing_measured_never_shows_an_older_weeks_figure_as_its_own(steady):
    from tests.conftest import ok

    ok(steady(["notice", "chest", "tight", "-i", "5", "--at", "2026-11-17 20:00"]))
    ok(steady(["settle", "--at", "2026-11-17 21:05"]))
    run = ok(steady("review"))
    assert "last measured 1 h 5 min, W47" in run.stdout
    assert "latest 1 h 5 min" not in run.stdout


def test_a_back_filled_activation_named_days_later_has_no_time_to_name(steady):
    from tests.conftest import ok

    ok(steady(["notice", "chest", "tight", "-i", "6", "--at", "2026-11-17 20:00"]))
    ok(steady(["name", "anxious"]))  # named now, ten days on
    assert steady("show 1 --json").json()["name_minutes"] is None
    ok(steady(["notice", "chest", "tight", "-i", "6", "--at", "2026-11-18 20:00", "--new"]))
    ok(steady(["name", "sad", "--at", "2026-11-18 20:05"]))  # its own time, given
    assert steady("show 2 --json").json()["name_minutes"] == 5
