"""Reading the times people type and showing times back: `steady.timeparse`.

NOW is Friday 2026-11-27 21:30 UTC, which is 22:30 in Berlin (UTC+1 in November).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from steady.errors import InputError
from steady.timeparse import (
    FUTURE_TOLERANCE,
    day_bounds,
    elapsed_minutes,
    iso_local,
    local_zone,
    parse_date,
    parse_when,
    show_duration,
    show_moment,
)
from tests.conftest import NOW, TZ

BERLIN = ZoneInfo("Europe/Berlin")
# 2026: clocks go forward on 29 March (02:00 -> 03:00), back on 25 October (03:00 -> 02:00).
SPRING_NOON = datetime(2026, 3, 29, 12, 0, tzinfo=UTC)
AUTUMN_NOON = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)


def when(text: str, now: datetime = NOW) -> datetime:
    return parse_when(text, now, TZ)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0):
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# -- parse_when: the forms of the contract -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21:30", utc(2026, 11, 27, 20, 30)),  # local time today, not UTC
        ("  21:30 ", utc(2026, 11, 27, 20, 30)),
        ("21:30:15", utc(2026, 11, 27, 20, 30, 15)),
        ("7:05", utc(2026, 11, 27, 6, 5)),
        ("00:00", utc(2026, 11, 26, 23, 0)),
        ("today 21:30", utc(2026, 11, 27, 20, 30)),
        ("yesterday 21:30", utc(2026, 11, 26, 20, 30)),
        ("Yesterday   21:30", utc(2026, 11, 26, 20, 30)),
        ("yesterday 23:59", utc(2026, 11, 26, 22, 59)),
        ("2026-11-27T21:30", utc(2026, 11, 27, 20, 30)),
        ("2026-11-27 21:30", utc(2026, 11, 27, 20, 30)),
        ("2026-11-27 21:30:45", utc(2026, 11, 27, 20, 30, 45)),
        ("2026-11-27T21:30Z", utc(2026, 11, 27, 21, 30)),
        ("2026-11-27T21:30+00:00", utc(2026, 11, 27, 21, 30)),
        ("2026-11-27T16:00-05:00", utc(2026, 11, 27, 21, 0)),
        ("2026-07-01 12:00", utc(2026, 7, 1, 10, 0)),  # summer time in Berlin
        ("now", NOW),
        ("Just now", NOW),
        ("20m ago", NOW - timedelta(minutes=20)),
        ("2h ago", NOW - timedelta(hours=2)),
        ("20 min ago", NOW - timedelta(minutes=20)),
        ("2 hours ago", NOW - timedelta(hours=2)),
        ("1h 30m ago", NOW - timedelta(minutes=90)),
        ("2 hours and 30 minutes ago", NOW - timedelta(minutes=150)),
        ("1.5h ago", NOW - timedelta(minutes=90)),
        ("3 days ago", NOW - timedelta(days=3)),
        ("0m ago", NOW),
    ],
)
def test_parse_when_reads_the_contract_forms(text, expected):
    result = when(text)
    assert result == expected
    assert result.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9pm", utc(2026, 11, 27, 20, 0)),
        ("9 PM", utc(2026, 11, 27, 20, 0)),
        ("9:15pm", utc(2026, 11, 27, 20, 15)),
        ("9:15 p.m.", utc(2026, 11, 27, 20, 15)),
        ("9am", utc(2026, 11, 27, 8, 0)),
        ("9:15 a.m.", utc(2026, 11, 27, 8, 15)),
        ("12am", utc(2026, 11, 26, 23, 0)),  # midnight at the start of today
        ("12pm", utc(2026, 11, 27, 11, 0)),  # noon
        ("12:30am", utc(2026, 11, 26, 23, 30)),
        ("yesterday 11pm", utc(2026, 11, 26, 22, 0)),
        ("yesterday 11:45 PM", utc(2026, 11, 26, 22, 45)),
    ],
)
def test_parse_when_reads_am_and_pm(text, expected):
    assert when(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "21",  # a lone number is not a time
        "25:00",
        "21:60",
        "13pm",
        "0am",
        "today",
        "yesterday",
        "yesterday 25:00",
        "yesterday evening",
        "tomorrow 21:30",
        "2026-11-27",  # a date without a time of day
        "2026-13-01 10:00",
        "last tuesday",
        "ago",
        "-5m ago",
        "soon",
    ],
)
def test_parse_when_refuses_what_it_cannot_read(text):
    with pytest.raises(InputError) as caught:
        when(text)
    assert caught.value.exit_code == 2
    assert caught.value.message
    assert caught.value.hint


def test_the_error_names_the_option():
    with pytest.raises(InputError) as caught:
        parse_when("banana", NOW, TZ, what="--onset")
    assert "--onset" in caught.value.message
    assert "banana" in caught.value.message


def test_a_clock_time_later_today_suggests_yesterday():
    with pytest.raises(InputError) as caught:
        when("23:30")  # 22:30 now in Berlin
    assert "yesterday 23:30" in caught.value.hint


def test_the_local_day_is_used_not_the_utc_day():
    after_midnight = utc(2026, 11, 27, 23, 30)  # 00:30 on 28 November in Berlin
    assert when("00:10", after_midnight) == utc(2026, 11, 27, 23, 10)
    assert when("yesterday 23:00", after_midnight) == utc(2026, 11, 27, 22, 0)
    with pytest.raises(InputError):
        when("23:00", after_midnight)  # today 23:00 local is still to come


def test_more_than_a_year_ago_is_refused():
    assert when("366 days ago") == NOW - timedelta(days=366)
    with pytest.raises(InputError):
        when("367 days ago")
    with pytest.raises(InputError):
        when("9" * 400 + "m ago")


def test_the_zone_comes_from_the_argument():
    new_york = ZoneInfo("America/New_York")
    assert parse_when("16:30", NOW, new_york) == utc(2026, 11, 27, 21, 30)
    assert parse_when("16:30", NOW, UTC) == utc(2026, 11, 27, 16, 30)


# -- parse_when: properties --------------------------------------------------------------------

_ZONES = st.sampled_from(
    [
        UTC,
        BERLIN,
        ZoneInfo("America/New_York"),
        ZoneInfo("Asia/Kathmandu"),  # +05:45
        ZoneInfo("Australia/Lord_Howe"),  # half-hour DST
        ZoneInfo("Pacific/Chatham"),
        timezone(timedelta(hours=-11)),
        timezone(timedelta(hours=14)),
    ]
)
_PAST = st.datetimes(
    min_value=datetime(1971, 1, 1),
    max_value=datetime(2026, 11, 26),
    timezones=_ZONES,
    allow_imaginary=False,
)


@settings(max_examples=150)
@given(moment=_PAST, sep=st.sampled_from(["T", " "]))
def test_iso_with_an_offset_round_trips(moment, sep):
    text = moment.isoformat(sep=sep)
    parsed = when(text)
    assert parsed == moment.astimezone(UTC)
    assert parsed.utcoffset() == timedelta(0)


@settings(max_examples=150)
@given(
    wall=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2026, 11, 26)),
    seconds=st.booleans(),
)
def test_iso_without_an_offset_means_local_time(wall, seconds):
    wall = wall.replace(microsecond=0) if seconds else wall.replace(second=0, microsecond=0)
    local = wall.replace(tzinfo=TZ, fold=0)
    assume(local.astimezone(UTC).astimezone(TZ).replace(tzinfo=None) == wall)  # not skipped
    spec = "seconds" if seconds else "minutes"
    parsed = when(wall.isoformat(sep=" ", timespec=spec))
    assert parsed == local.astimezone(UTC)
    assert parsed.astimezone(TZ).replace(tzinfo=None) == wall


@settings(max_examples=100)
@given(
    minutes=st.integers(min_value=0, max_value=366 * 1440),
    form=st.sampled_from(["{}m ago", "{} m ago", "{} min ago", "{} minutes ago", "{}M AGO"]),
)
def test_minutes_ago(minutes, form):
    assert when(form.format(minutes)) == NOW - timedelta(minutes=minutes)


@settings(max_examples=100)
@given(
    hours=st.integers(min_value=0, max_value=366 * 24),
    form=st.sampled_from(["{}h ago", "{} h ago", "{} hrs ago", "{} hours ago", "{} hour ago"]),
)
def test_hours_ago(hours, form):
    assert when(form.format(hours)) == NOW - timedelta(hours=hours)


@settings(max_examples=50)
@given(hours=st.integers(min_value=366 * 24 + 1, max_value=10**9))
def test_hours_ago_beyond_a_year_are_refused(hours):
    with pytest.raises(InputError):
        when(f"{hours}h ago")


@settings(max_examples=100)
@given(ahead=st.integers(min_value=0, max_value=int(FUTURE_TOLERANCE.total_seconds()) * 10**6))
def test_up_to_five_minutes_in_the_future_is_accepted(ahead):
    moment = NOW + timedelta(microseconds=ahead)
    assert when(moment.isoformat()) == moment


@settings(max_examples=100)
@given(ahead=st.integers(min_value=1, max_value=10**12))
def test_more_than_five_minutes_in_the_future_is_refused(ahead):
    moment = NOW + FUTURE_TOLERANCE + timedelta(microseconds=ahead)
    with pytest.raises(InputError):
        when(moment.isoformat())


def test_the_future_tolerance_for_clock_times():
    # NOW is 22:30:00 in Berlin.
    assert when("22:35") == NOW + timedelta(minutes=5)
    with pytest.raises(InputError):
        when("22:36")
    assert when("2026-11-27 22:35") == NOW + timedelta(minutes=5)
    with pytest.raises(InputError):
        when("2026-11-27 22:35:01")


def _accepted_or_refused(text: str) -> None:
    try:
        result = when(text)
    except InputError as exc:
        assert exc.message
        return
    assert result.tzinfo is not None
    assert result.utcoffset() == timedelta(0)
    assert result - NOW <= FUTURE_TOLERANCE


@settings(max_examples=200)
@given(text=st.text(max_size=40))
def test_any_text_is_read_or_refused_with_an_input_error(text):
    _accepted_or_refused(text)


_PIECES = st.sampled_from(
    [
        "1",
        "2",
        "12",
        "21",
        "30",
        "59",
        "2026",
        "11",
        "27",
        "123456789",
        ".",
        "5",
        ":",
        "-",
        "+",
        "T",
        "Z",
        " ",
        "  ",
        ",",
        "m",
        "h",
        "d",
        "min",
        "hours",
        "days",
        "and",
        "ago",
        "am",
        "pm",
        "p.m.",
        "today",
        "yesterday",
        "now",
        "\t",
        "٣",
    ]
)


@settings(max_examples=300)
@given(text=st.lists(_PIECES, max_size=10).map("".join))
def test_near_miss_text_is_read_or_refused_with_an_input_error(text):
    _accepted_or_refused(text)


@pytest.mark.parametrize(
    "text", ["0001-01-01T00:00", "0001-01-01T00:00+05:00", "9999-12-31T23:59-05:00"]
)
def test_iso_times_at_the_edges_of_the_calendar_are_refused_plainly(text):
    with pytest.raises(InputError):
        when(text)


@pytest.mark.parametrize(
    ("text", "minutes"), [("2hago", 120), ("20mago", 20), ("2hrsago", 120), ("1h30mago", 90)]
)
def test_a_unit_written_against_ago_never_silently_means_now(text, minutes):
    try:
        result = when(text)
    except InputError:
        return
    assert result == NOW - timedelta(minutes=minutes)


# -- DST ---------------------------------------------------------------------------------------


def test_an_activation_across_the_autumn_change_lasts_240_real_minutes():
    start = when("2026-10-25 01:30", AUTUMN_NOON)
    end = when("2026-10-25 04:30", AUTUMN_NOON)
    assert start == utc(2026, 10, 24, 23, 30)  # CEST, +02:00
    assert end == utc(2026, 10, 25, 3, 30)  # CET, +01:00
    assert elapsed_minutes(start, end) == 240
    assert elapsed_minutes(start.astimezone(BERLIN), end.astimezone(BERLIN)) == 240
    assert when("today 01:30", AUTUMN_NOON) == start
    assert when("01:30", AUTUMN_NOON) == start


def test_an_activation_across_the_spring_change_lasts_120_real_minutes():
    start = when("2026-03-29 01:30", SPRING_NOON)
    end = when("2026-03-29 04:30", SPRING_NOON)
    assert start == utc(2026, 3, 29, 0, 30)  # CET, +01:00
    assert end == utc(2026, 3, 29, 2, 30)  # CEST, +02:00
    assert elapsed_minutes(start, end) == 120
    assert elapsed_minutes(start.astimezone(BERLIN), end.astimezone(BERLIN)) == 120
    assert when("04:30", SPRING_NOON) == end


@pytest.mark.parametrize("text", ["2026-03-29 02:30", "02:30", "today 02:00", "2:59am"])
def test_a_wall_time_skipped_by_spring_forward_is_refused(text):
    with pytest.raises(InputError) as caught:
        when(text, SPRING_NOON)
    assert "skipped" in caught.value.message


def test_the_edges_of_the_spring_gap_are_accepted():
    assert when("01:59", SPRING_NOON) == utc(2026, 3, 29, 0, 59)
    assert when("03:00", SPRING_NOON) == utc(2026, 3, 29, 1, 0)
    later = SPRING_NOON + timedelta(days=1)
    with pytest.raises(InputError):
        when("yesterday 02:30", later)
    assert when("yesterday 03:30", later) == utc(2026, 3, 29, 1, 30)


def test_an_ambiguous_autumn_time_means_its_first_occurrence():
    first = when("2026-10-25 02:30", AUTUMN_NOON)
    assert first == utc(2026, 10, 25, 0, 30)  # still summer time, +02:00
    assert when("02:30", AUTUMN_NOON) == first
    # An explicit offset can still choose the second occurrence.
    assert when("2026-10-25T02:30+01:00", AUTUMN_NOON) == utc(2026, 10, 25, 1, 30)


def test_local_days_around_the_changes_are_23_and_25_hours():
    start, end = day_bounds(date(2026, 3, 29), BERLIN)
    assert start == utc(2026, 3, 28, 23, 0)
    assert elapsed_minutes(start, end) == 23 * 60
    start, end = day_bounds(date(2026, 10, 25), BERLIN)
    assert start == utc(2026, 10, 24, 22, 0)
    assert elapsed_minutes(start, end) == 25 * 60
    start, end = day_bounds(date(2026, 11, 27), BERLIN)
    assert (start, end) == (utc(2026, 11, 26, 23, 0), utc(2026, 11, 27, 23, 0))


@pytest.mark.parametrize(
    ("now", "onset", "settled", "minutes"),
    [
        (AUTUMN_NOON, "2026-10-25 01:30", "2026-10-25 04:30", 240),
        (SPRING_NOON, "2026-03-29 01:30", "2026-03-29 04:30", 120),
        (AUTUMN_NOON, "yesterday 23:00", "02:30", 3.5 * 60),  # first 02:30
    ],
)
def test_recovery_across_a_dst_change_is_real_elapsed_time(journal, now, onset, settled, minutes):
    with journal(at=now) as j:
        j.notice(intensity=7, location="chest", at=when(onset, now))
        result = j.settle(at=when(settled, now))
        assert result.activation.recovery_minutes == minutes
    with journal(at=now) as j:
        assert j.get(result.activation.id).recovery_minutes == minutes
        assert show_duration(minutes) in {"4 h", "2 h", "3 h 30 min"}


# -- parse_date --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-27", date(2026, 11, 27)),
        (" 2026-01-05 ", date(2026, 1, 5)),
        ("today", date(2026, 11, 27)),
        ("Today", date(2026, 11, 27)),
        ("yesterday", date(2026, 11, 26)),
        ("3 days ago", date(2026, 11, 24)),
        ("1 day ago", date(2026, 11, 26)),
        ("0 days ago", date(2026, 11, 27)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, NOW, TZ) == expected


def test_parse_date_uses_the_local_day():
    after_midnight = utc(2026, 11, 27, 23, 30)  # 28 November in Berlin
    assert parse_date("today", after_midnight, TZ) == date(2026, 11, 28)
    assert parse_date("yesterday", after_midnight, TZ) == date(2026, 11, 27)
    assert parse_date("today", after_midnight, UTC) == date(2026, 11, 27)


@pytest.mark.parametrize(
    "text", ["", "tomorrow", "2026-02-30", "27.11.2026", "11/27/2026", "last week", "days ago"]
)
def test_parse_date_refuses_what_it_cannot_read(text):
    with pytest.raises(InputError) as caught:
        parse_date(text, NOW, TZ, what="--since")
    assert "--since" in caught.value.message


@settings(max_examples=100)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(9998, 12, 31)))
def test_iso_dates_round_trip(day):
    assert parse_date(day.isoformat(), NOW, TZ) == day


@settings(max_examples=100)
@given(
    day=st.dates(min_value=date(1, 1, 1), max_value=date(1899, 12, 31))
    | st.dates(min_value=date(9999, 1, 1), max_value=date(9999, 12, 31))
)
def test_days_outside_the_supported_range_are_refused_saying_the_range(day):
    with pytest.raises(InputError) as refused:
        parse_date(day.isoformat(), NOW, TZ)
    assert "steady keeps days from 1900-01-01 to 9998-12-31." in str(refused.value)


@settings(max_examples=200)
@given(text=st.text(max_size=30))
def test_parse_date_reads_any_text_or_refuses_with_an_input_error(text):
    try:
        result = parse_date(text, NOW, TZ)
    except InputError:
        return
    assert isinstance(result, date)


@pytest.mark.parametrize("text", ["999999 days ago", "99999999999 days ago"])
def test_parse_date_refuses_absurd_days_ago_plainly(text):
    with pytest.raises(InputError):
        parse_date(text, NOW, TZ)


# -- showing times -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [
        (0, "under a minute"),
        (0.4, "under a minute"),
        (-3, "under a minute"),
        (1, "1 min"),
        (42, "42 min"),
        (59.4, "59 min"),
        (60, "1 h"),
        (90, "1 h 30 min"),
        (125, "2 h 5 min"),
        (1439, "23 h 59 min"),
        (1440, "1 day"),
        (1500, "1 day 1 h"),
        (2880, "2 days"),
        (3060, "2 days 3 h"),
    ],
)
def test_show_duration(minutes, shown):
    assert show_duration(minutes) == shown


_DURATION = re.compile(
    r"under a minute|\d+ min|\d+ h( \d+ min)?|\d+ days?( \d+ h)?",
)


@settings(max_examples=200)
@given(minutes=st.floats(min_value=-10, max_value=10**7, allow_nan=False))
def test_show_duration_always_reads_as_words(minutes):
    assert _DURATION.fullmatch(show_duration(minutes))


@settings(max_examples=200)
@given(minutes=st.integers(min_value=1, max_value=1439))
def test_show_duration_below_a_day_is_exact(minutes):
    text = show_duration(minutes)
    hours = re.search(r"(\d+) h", text)
    mins = re.search(r"(\d+) min", text)
    total = (int(hours[1]) * 60 if hours else 0) + (int(mins[1]) if mins else 0)
    assert total == minutes


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (NOW, "22:30"),
        (utc(2026, 11, 27, 0, 5), "01:05"),
        (utc(2026, 11, 26, 23, 5), "00:05"),  # the 27th locally, though the 26th in UTC
        (utc(2026, 11, 26, 20, 4), "yesterday 21:04"),
        (utc(2026, 11, 24, 20, 4), "Tue 24 Nov 21:04"),
        (utc(2026, 11, 21, 20, 4), "Sat 21 Nov 21:04"),
        (utc(2026, 11, 20, 20, 4), "20 Nov 21:04"),
        (utc(2026, 2, 3, 20, 4), "3 Feb 21:04"),
        (utc(2026, 7, 3, 19, 4), "3 Jul 21:04"),  # summer time
        (utc(2025, 11, 27, 20, 4), "2025-11-27 21:04"),
    ],
)
def test_show_moment(moment, shown):
    assert show_moment(moment, NOW, TZ) == shown


def test_show_moment_on_the_night_of_the_autumn_change():
    assert show_moment(utc(2026, 10, 25, 0, 30), AUTUMN_NOON, BERLIN) == "02:30"
    assert show_moment(utc(2026, 10, 25, 1, 30), AUTUMN_NOON, BERLIN) == "02:30"
    assert show_moment(utc(2026, 10, 25, 3, 30), AUTUMN_NOON, BERLIN) == "04:30"


def test_iso_local_has_the_local_offset_and_no_fraction():
    assert iso_local(None, TZ) is None
    assert iso_local(NOW + timedelta(microseconds=5), TZ) == "2026-11-27T22:30:00+01:00"
    assert iso_local(utc(2026, 7, 1, 10, 0), TZ) == "2026-07-01T12:00:00+02:00"


# -- elapsed_minutes ---------------------------------------------------------------------------


@settings(max_examples=200)
@given(
    start=st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1), timezones=_ZONES
    ),
    minutes=st.integers(min_value=0, max_value=60 * 24 * 30),
    zone=_ZONES,
)
def test_elapsed_minutes_is_real_time_whatever_the_zones(start, minutes, zone):
    end = start + timedelta(minutes=minutes)  # wall-clock arithmetic in start's zone
    real = (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60
    assert elapsed_minutes(start, end.astimezone(zone)) == real
    assert elapsed_minutes(start.astimezone(zone), end) == real
    assert elapsed_minutes(end, start) == -real


def test_elapsed_minutes_with_seconds():
    assert elapsed_minutes(NOW, NOW + timedelta(seconds=90)) == 1.5


# -- the local zone ----------------------------------------------------------------------------


def test_local_zone_honours_tz(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    zone = local_zone()
    assert datetime.combine(date(2026, 11, 27), time(12), tzinfo=zone).utcoffset() == timedelta(
        hours=-5
    )
    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert datetime(2026, 7, 1, 12, tzinfo=local_zone()).utcoffset() == timedelta(hours=2)


def test_local_zone_survives_a_tz_it_does_not_know(monkeypatch):
    monkeypatch.setenv("TZ", "Not/AZone")
    zone = local_zone()
    assert datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset() is not None
