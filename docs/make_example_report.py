"""Write docs/example-report.html and docs/example-report.md from made-up data.

    python docs/make_example_report.py

Eight weeks of an invented journal (October and November 2026, Europe/Berlin) are
written through the domain layer into a scratch database, with the clock set to the
moment each entry would have been logged; then the November report is rendered with
the default sections, as `steady export --since 2026-11-02 --until 2026-11-29` would.
Running it again gives the same files.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from steady import anchors, checkins, config, messages
from steady.db import open_database
from steady.exporters import ExportRequest, export_text
from steady.journal import Journal, open_journal
from steady.metrics import days_period

TZ = ZoneInfo("Europe/Berlin")
DOCS = Path(__file__).resolve().parent
FIRST, LAST = date(2026, 11, 2), date(2026, 11, 29)
MADE_AT = "2026-11-30 08:15"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(UTC)


@dataclass
class Episode:
    onset: str
    body: list[tuple[str, str, str, int]]  # (time, location, sensation, intensity)
    settled: str
    feelings: list[tuple[str, str]] = field(default_factory=list)  # (time, word)
    context: str | None = None
    story: str | None = None
    urges: list[tuple[str, str, bool]] = field(default_factory=list)  # (time, text, acted)
    helped: list[str] = field(default_factory=list)
    settled_at_level: int | None = None
    note: str | None = None
    logged: str | None = None  # when it was written down, if not as it happened


# October, the previous period: (onset, where, how, level, settled, named at, feeling, urge, acted,
# what helped).
OCTOBER = [
    ("10-05 21:10", "chest", "tight", 7, "10-05 23:40", "21:50", "anxious", "text", True, ""),
    ("10-07 13:00", "stomach", "knot", 6, "10-07 15:05", "13:40", "worried", "", False, "walk"),
    ("10-09 22:20", "chest", "pressure", 8, "10-10 00:50", "23:10", "scared", "check", True, ""),
    ("10-11 18:30", "throat", "lump", 6, "10-11 20:10", "19:00", "lonely", "", False, "friend"),
    ("10-13 20:00", "chest", "tight", 7, "10-13 22:15", "20:45", "anxious", "text", True, ""),
    ("10-16 09:30", "stomach", "sinking", 5, "10-16 11:00", "10:00", "insecure", "", 0, "breathe"),
    ("10-18 21:40", "chest", "racing", 8, "10-18 23:55", "22:30", "panicky", "ask", True, ""),
    ("10-21 17:15", "neck", "tight", 5, "10-21 18:40", "17:45", "tense", "", False, "walk"),
    ("10-23 22:05", "chest", "tight", 7, "10-24 00:05", "22:40", "anxious", "text", 0, "named"),
    ("10-25 19:00", "stomach", "hollow", 6, "10-25 20:50", "19:40", "lonely", "", 0, "breathe"),
    ("10-27 12:30", "chest", "pressure", 6, "10-27 14:10", "13:05", "worried", "", False, "walk"),
    ("10-29 21:30", "chest", "tight", 7, "10-29 23:20", "22:00", "anxious", "check", True, ""),
    ("11-01 20:15", "stomach", "knot", 6, "11-01 22:00", "20:50", "sad", "", False, "bath"),
]
URGES = {"text": "text again", "check": "check if they're online", "ask": "ask if they're upset"}
HELPED = {"friend": "called a friend", "breathe": "breathing", "named": "named it"}

EPISODES = [
    *(
        Episode(
            f"2026-{onset}",
            [(onset[6:], where, how, level)],
            f"2026-{settled}",
            [(named, feeling)],
            urges=[(named, URGES[urge], bool(acted))] if urge else [],
            helped=[HELPED.get(helped, helped)] if helped else [],
        )
        for onset, where, how, level, settled, named, feeling, urge, acted, helped in OCTOBER
    ),
    # -- November: the reported period ----------------------------------------------------------
    Episode(
        "2026-11-02 21:04",
        [("21:04", "chest", "tight", 6), ("21:30", "stomach", "knot", 7)],
        "2026-11-02 22:40",
        [("21:20", "anxious"), ("21:20", "ignored"), ("21:35", "lonely")],
        context="No reply since lunch; Sam said they'd call after work.",
        story="They're losing interest. If it mattered to them they would have called.",
        urges=[("21:25", "text again", True), ("21:40", "check if they're online", False)],
        helped=["walk", "named it"],
        settled_at_level=2,
    ),
    Episode(
        "2026-11-04 08:40",
        [("08:40", "stomach", "sinking", 5)],
        "2026-11-04 09:55",
        [("08:55", "worried")],
        context="Short goodbye this morning.",
        helped=["breathing"],
        settled_at_level=1,
    ),
    Episode(
        "2026-11-06 22:15",
        [("22:15", "chest", "racing", 7), ("22:50", "chest", "tight", 5)],
        "2026-11-06 23:30",
        [("22:35", "scared")],
        context="Plans for the weekend still not settled.",
        story="I'm too much for people, sooner or later they leave.",
        urges=[("22:30", "ask if they're upset", True)],
        helped=["called a friend"],
        settled_at_level=3,
        logged="2026-11-07 10:30",
    ),
    Episode(
        "2026-11-09 19:20",
        [("19:20", "throat", "lump", 5)],
        "2026-11-09 20:20",
        [("19:30", "lonely")],
        context="Evening alone; Sam at a concert.",
        urges=[("19:45", "text again", False)],
        helped=["anchor: guitar"],
        settled_at_level=2,
        note="Played for half an hour and the lump eased. Didn't text.",
    ),
    Episode(
        "2026-11-11 13:10",
        [("13:10", "stomach", "knot", 6)],
        "2026-11-11 14:05",
        [("13:18", "anxious"), ("13:18", "embarrassed")],
        context="Sent a long message, then saw it was read with no reply.",
        story="I said too much and now it's awkward.",
        helped=["named it", "walk"],
        settled_at_level=2,
    ),
    Episode(
        "2026-11-15 21:45",
        [("21:45", "chest", "pressure", 8), ("22:10", "whole body", "restless", 6)],
        "2026-11-15 23:00",
        [("22:00", "anxious"), ("22:00", "sad")],
        context="Sunday evening again.",
        story="Everyone else has someone who is sure about them.",
        urges=[("22:05", "reread old messages", True)],
        helped=["bath", "breathing"],
        settled_at_level=3,
    ),
    Episode(
        "2026-11-18 18:05",
        [("18:05", "chest", "tight", 5)],
        "2026-11-18 18:45",
        [("18:12", "anxious")],
        context="Sam cancelled dinner (work).",
        urges=[("18:20", "ask if we're okay", False)],
        helped=["named it"],
        settled_at_level=1,
    ),
    Episode(
        "2026-11-20 22:30",
        [("22:30", "stomach", "hollow", 6)],
        "2026-11-20 23:20",
        [("22:38", "lonely")],
        helped=["walk"],
        settled_at_level=2,
    ),
    Episode(
        "2026-11-24 20:10",
        [("20:10", "chest", "tight", 4)],
        "2026-11-24 20:45",
        [("20:14", "uneasy")],
        context="Quiet evening, no particular reason.",
        helped=["breathing"],
        settled_at_level=1,
    ),
    Episode(
        "2026-11-27 21:15",
        [("21:15", "neck & shoulders", "tight", 5)],
        "2026-11-27 21:45",
        [("21:20", "anxious")],
        context="Long day; Sam travelling.",
        urges=[("21:25", "check their location", False)],
        helped=["named it", "anchor: guitar"],
        settled_at_level=1,
    ),
]

# (day, hum, note, no activation)
OCTOBER_HUMS = {
    5: 5,
    6: 4,
    7: 5,
    9: 6,
    12: 4,
    13: 5,
    16: 4,
    18: 6,
    20: 4,
    23: 5,
    26: 4,
    28: 4,
    30: 3,
}
CHECKINS = [
    *((date(2026, 10, d), hum, None, False) for d, hum in OCTOBER_HUMS.items()),
    (date(2026, 11, 2), 5, None, False),
    (date(2026, 11, 3), 3, "Slept well.", True),
    (date(2026, 11, 4), 4, None, False),
    (date(2026, 11, 5), 3, None, True),
    (date(2026, 11, 9), 4, None, False),
    (date(2026, 11, 10), 3, None, True),
    (date(2026, 11, 11), 4, None, False),
    (date(2026, 11, 12), 3, "Good talk with Jo about work.", True),
    (date(2026, 11, 13), 2, None, True),
    (date(2026, 11, 15), 5, "Sundays are harder.", False),
    (date(2026, 11, 16), 3, None, True),
    (date(2026, 11, 17), 3, None, True),
    (date(2026, 11, 18), 4, None, False),
    (date(2026, 11, 19), 2, None, True),
    (date(2026, 11, 20), 3, None, False),
    (date(2026, 11, 23), 2, None, True),
    (date(2026, 11, 24), 3, None, False),
    (date(2026, 11, 25), 2, "Calm day.", True),
    (date(2026, 11, 26), 2, None, True),
    (date(2026, 11, 27), 3, None, False),
    (date(2026, 11, 29), 2, None, True),
]

# (moment, kind, what, minutes, felt)
ANCHORS = [
    ("2026-10-10 11:00", "body", "run", 30, 5),
    ("2026-10-17 15:00", "friendship", "coffee with Jo", 90, 6),
    ("2026-10-24 10:00", "interest", "guitar", 20, 5),
    ("2026-11-03 18:30", "body", "climbing", 90, 8),
    ("2026-11-05 20:00", "interest", "guitar", 30, 7),
    ("2026-11-08 10:00", "solitude", "slow breakfast alone", 45, 7),
    ("2026-11-09 19:50", "interest", "guitar", 30, 6),
    ("2026-11-12 19:00", "friendship", "dinner with Jo", 120, 8),
    ("2026-11-14 14:00", "self-directed", "fixed the bike", 60, 7),
    ("2026-11-17 18:30", "body", "climbing", 90, 8),
    ("2026-11-19 07:30", "body", "run", 35, 7),
    ("2026-11-21 16:00", "solitude", "museum on my own", 120, 8),
    ("2026-11-25 20:00", "interest", "guitar", 40, 8),
    ("2026-11-28 11:00", "friendship", "market with Jo and Ana", 150, 8),
]

# (moment, text, therapy)
NOTES = [
    ("2026-10-20 22:00", "Hard week. Writing things down helps a bit.", False),
    (
        "2026-11-16 09:00",
        "The Sunday evening dip keeps coming back. I'd like to look at what Sunday "
        "evenings were like growing up.",
        True,
    ),
    (
        "2026-11-21 18:30",
        "Went to the museum alone and enjoyed it, even though Sam hadn't replied all "
        "afternoon. Want to talk about why that felt surprising.",
        True,
    ),
    ("2026-11-26 21:00", "Two calm days in a row. Noticing it without making it a test.", False),
]

# (moment, text, sent)
MESSAGES = [
    ("2026-11-02 21:28", "Why didn't you call?? I've been waiting all evening.", False),
    (
        "2026-11-02 22:50",
        "I noticed I got anxious this evening when we didn't talk. It's my old pattern, "
        "not something you did. Talk tomorrow?",
        True,
    ),
    (
        "2026-11-18 18:30",
        "Sorry dinner didn't work out. I'm a bit disappointed and I'm okay. "
        "Friday instead, whenever suits you?",
        True,
    ),
]


def local(day: str, clock: str) -> datetime:
    return at(f"{day[:10]} {clock}")


def write_episode(open_at: OpenAt, e: Episode) -> None:
    logged = at(e.logged) if e.logged else None
    first_time, *_ = e.body[0]
    with open_at(logged or local(e.onset, first_time)) as j:
        _time, loc, sensation, level = e.body[0]
        j.notice(
            location=loc,
            sensation=sensation,
            intensity=level,
            at=at(e.onset),
            context=e.context,
        )
    steps: list[tuple[datetime, str, object]] = []
    steps += [(local(e.onset, t), "reading", (lo, s, i)) for t, lo, s, i in e.body[1:]]
    steps += [(local(e.onset, t), "feeling", w) for t, w in e.feelings]
    steps += [(local(e.onset, t), "urge", (text, acted)) for t, text, acted in e.urges]
    for moment, kind, value in sorted(steps, key=lambda s: s[0]):
        with open_at(logged or moment) as j:
            if kind == "reading":
                loc, sensation, level = value  # type: ignore[misc]
                j.notice(location=loc, sensation=sensation, intensity=level, at=moment)
            elif kind == "feeling":
                j.name([str(value)], at=moment)
            else:
                text, acted = value  # type: ignore[misc]
                j.urge(text, acted=acted, at=moment)
    settled = at(e.settled)
    with open_at(logged or settled + timedelta(minutes=2)) as j:
        if e.story:
            j.story(e.story)
        j.settle(at=settled, helped=e.helped, intensity=e.settled_at_level, note=e.note)


class OpenAt:
    def __init__(self, home: Path) -> None:
        self.path = home / "steady.db"
        self.config = config.Config({"partner_name": "Sam"}, home / "config.toml")

    @contextmanager
    def __call__(self, moment: datetime) -> Iterator[Journal]:
        database = open_database(self.path, now=moment)
        with open_journal(database, now=moment, tz=TZ, config=self.config) as j:
            yield j


def build(home: Path) -> OpenAt:
    open_at = OpenAt(home)
    for episode in EPISODES:
        write_episode(open_at, episode)
    for day, hum, note, none in CHECKINS:
        with open_at(at(f"{day.isoformat()} 22:45")) as j:
            checkins.checkin(j, day=day, hum=hum, note=note, no_activation=none or None)
    for moment, kind, what, minutes, felt in ANCHORS:
        with open_at(at(moment) + timedelta(minutes=minutes + 5)) as j:
            anchors.log_anchor(j, kind=kind, what=what, minutes=minutes, felt=felt, at=at(moment))
    for moment, text, therapy in NOTES:
        with open_at(at(moment)) as j:
            j.note(text, therapy=therapy)
    for moment, text, sent in MESSAGES:
        with open_at(at(moment)) as j:
            saved = messages.save(j, text)
            if sent:
                messages.mark_sent(j, saved.message.id)
    return open_at


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        open_at = build(Path(scratch))
        request = ExportRequest(period=days_period(FIRST, LAST, TZ))
        with open_at(at(MADE_AT)) as j:
            for fmt in ("md", "html"):
                target = DOCS / f"example-report.{fmt}"
                target.write_text(export_text(j, fmt, request), encoding="utf-8")
                sys.stdout.write(f"wrote {target}\n")


if __name__ == "__main__":
    main()
