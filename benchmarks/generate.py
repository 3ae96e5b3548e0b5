"""Build a realistic steady journal of N years, through steady's own import.

Ten years of heavy use (docs/design.md, "Speed") is about 10,000 activations, 40,000
readings, 3,650 check-ins, 2,000 anchors and 1,000 messages; one year is a tenth of
that. The records are written as one `steady.export/1` document and brought in with
`steady import`, so the journal is exactly what a real import would make. The output is
deterministic for a given seed and "now" (the newest records are in the current week).

    python benchmarks/generate.py --years 10 --home /tmp/steady-10y
    python benchmarks/generate.py --days 14 --home /tmp/steady-2w
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

# Per year of heavy use.
ACTIVATIONS_PER_YEAR = 1000
READINGS_PER_ACTIVATION = 4
ANCHORS_PER_YEAR = 200
MESSAGES_PER_YEAR = 100
FREE_NOTES_PER_YEAR = 150

LOCATIONS = ("chest", "throat", "stomach", "jaw", "neck & shoulders", "breath", "head", None)
SENSATIONS = ("tight", "pressure", "fluttery", "hot", "heavy", "buzzing", "numb", None)
FEELINGS = ("anxious", "scared", "lonely", "hurt", "sad", "on edge", "frustrated", "ashamed")
STORY_WORDS = ("ignored", "rejected", "abandoned", "left out")
URGES = ("text again", "check their phone", "withdraw", "pick a fight", "scroll", "apologise")
PRACTICES = ("walk", "named it", "breathing", "cold water", "called a friend", "wrote it down")
CONTEXTS = (
    "no reply since lunch",
    "they went out without me",
    "a short answer at dinner",
    "work deadline and no word from them",
    None,
)
STORIES = ("they are pulling away", "I am too much", "I will be left", None)
ANCHOR_KINDS = ("solitude", "interest", "friendship", "self-directed", "body", "other")
ANCHOR_WHAT = ("read in the park", "pottery class", "coffee with Sam", "a long run", None)
MESSAGE_TEXTS = (
    "When I did not hear from you today I felt anxious. Could we check in at lunch?",
    "I felt lonely last night. I would like us to plan an evening together.",
    "I noticed I was on edge after our talk. I want to understand what you meant.",
)
CHECKIN_NOTES = ("slept badly", "a good day", "busy at work", None, None, None)


def moment(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class Generator:
    def __init__(self, days: int, now: datetime, seed: int) -> None:
        self.days = days
        self.now = now.astimezone(UTC)
        self.start = self.now - timedelta(days=days)
        self.rng = random.Random(seed)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def count(self, per_year: int) -> int:
        return max(1, round(per_year * self.days / 365))

    def moments(self, n: int, *, latest: datetime | None = None) -> list[datetime]:
        """n sorted moments spread over the period; the last one in the final day."""
        end = latest or self.now
        span = (end - self.start).total_seconds()
        values = sorted(self.start + timedelta(seconds=self.rng.uniform(0, span)) for _ in range(n))
        values[-1] = end - timedelta(minutes=self.rng.randint(30, 600))
        return sorted(values)

    def activations(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        onsets = self.moments(self.count(ACTIVATIONS_PER_YEAR), latest=self.now)
        result: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        last_end = self.start
        for i, onset in enumerate(onsets):
            onset = max(onset, last_end + timedelta(minutes=5))
            if onset > self.now - timedelta(minutes=20):
                onset = self.now - timedelta(minutes=20)
            length = timedelta(minutes=rng.randint(10, 240))
            final = i == len(onsets) - 1
            settled = onset + length
            if settled > self.now:
                settled = self.now - timedelta(minutes=1)
            status = "settled" if rng.random() < 0.85 else "unresolved"
            readings = []
            for j in range(READINGS_PER_ACTIVATION):
                at = onset + length * j / READINGS_PER_ACTIVATION
                peak = rng.randint(4, 9)
                readings.append(
                    {
                        "uuid": self.uuid(),
                        "occurred_at": moment(at),
                        "location": rng.choice(LOCATIONS),
                        "sensation": rng.choice(SENSATIONS),
                        "intensity": max(0, peak - 2 * j + rng.randint(-1, 1)),
                        "created_at": moment(at),
                    }
                )
            feelings = [
                {
                    "uuid": self.uuid(),
                    "name": name,
                    "story_word": name in STORY_WORDS,
                    "occurred_at": moment(onset + timedelta(minutes=rng.randint(1, 9))),
                    "created_at": moment(onset + timedelta(minutes=10)),
                }
                for name in rng.sample(FEELINGS + STORY_WORDS, rng.randint(1, 3))
            ]
            urges = [
                {
                    "uuid": self.uuid(),
                    "text": text,
                    "acted": rng.random() < 0.3,
                    "occurred_at": moment(onset + timedelta(minutes=rng.randint(1, 9))),
                    "created_at": moment(onset + timedelta(minutes=10)),
                }
                for text in rng.sample(URGES, rng.randint(0, 2))
            ]
            helped = [
                {"uuid": self.uuid(), "practice": p, "created_at": moment(settled)}
                for p in rng.sample(PRACTICES, rng.randint(0, 2))
            ]
            end = settled
            activation = {
                "uuid": self.uuid(),
                "started_at": moment(onset),
                "settled_at": None,
                "closed_at": None,
                "settled_intensity": None,
                "context": rng.choice(CONTEXTS),
                "story": rng.choice(STORIES),
                "created_at": moment(onset),
                "updated_at": moment(end),
                "readings": readings,
                "feelings": feelings,
                "urges": urges,
                "helped": helped,
            }
            if final or status == "settled":
                activation["settled_at"] = moment(settled)
                activation["settled_intensity"] = rng.randint(0, 3)
            else:
                activation["closed_at"] = moment(settled)
            result.append(activation)
            if rng.random() < 0.3:
                notes.append(
                    {
                        "uuid": self.uuid(),
                        "text": "it passed more quickly than last time",
                        "therapy": rng.random() < 0.3,
                        "occurred_at": moment(settled),
                        "created_at": moment(settled),
                        "activation_uuid": activation["uuid"],
                    }
                )
            last_end = end
        return result, notes

    def free_notes(self) -> list[dict[str, Any]]:
        return [
            {
                "uuid": self.uuid(),
                "text": "bring up the weekend plans",
                "therapy": self.rng.random() < 0.5,
                "occurred_at": moment(at),
                "created_at": moment(at),
                "activation_uuid": None,
            }
            for at in self.moments(self.count(FREE_NOTES_PER_YEAR))
        ]

    def anchors(self) -> list[dict[str, Any]]:
        rng = self.rng
        return [
            {
                "uuid": self.uuid(),
                "kind": rng.choice(ANCHOR_KINDS),
                "what": rng.choice(ANCHOR_WHAT),
                "minutes": rng.choice((None, 15, 30, 45, 60, 90)),
                "felt": rng.choice((None, *range(3, 11))),
                "occurred_at": moment(at),
                "note": rng.choice(("felt like myself", None, None)),
                "created_at": moment(at),
            }
            for at in self.moments(self.count(ANCHORS_PER_YEAR))
        ]

    def checkins(self) -> list[dict[str, Any]]:
        rng = self.rng
        today = self.now.date()
        first = today - timedelta(days=self.days - 1)
        result = []
        for offset in range(self.days):
            day: date = first + timedelta(days=offset)
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=20)
            at = min(at, self.now)
            result.append(
                {
                    "uuid": self.uuid(),
                    "day": day.isoformat(),
                    "hum": rng.choice((None, *range(8))),
                    "note": rng.choice(CHECKIN_NOTES),
                    "no_activation": rng.random() < 0.3,
                    "created_at": moment(at),
                    "updated_at": moment(at),
                }
            )
        return result

    def messages(self) -> list[dict[str, Any]]:
        rng = self.rng
        result = []
        for at in self.moments(self.count(MESSAGES_PER_YEAR)):
            status = rng.choice(("draft", "held", "sent", "sent", "discarded"))
            result.append(
                {
                    "uuid": self.uuid(),
                    "text": rng.choice(MESSAGE_TEXTS),
                    "status": status,
                    "flags": [],
                    "created_at": moment(at),
                    "updated_at": moment(at),
                    "sent_at": moment(at) if status == "sent" else None,
                }
            )
        return result

    def document(self) -> dict[str, Any]:
        activations, attached = self.activations()
        notes = sorted(attached + self.free_notes(), key=lambda n: n["occurred_at"])
        return {
            "schema": "steady.export/1",
            "exported_at": moment(self.now),
            "app_version": "benchmark",
            "range": None,
            "activations": activations,
            "anchors": self.anchors(),
            "checkins": self.checkins(),
            "messages": self.messages(),
            "notes": notes,
            "config": {},
        }


def steady_command() -> list[str]:
    """The installed `steady` beside this Python, else `python -m steady`."""
    script = Path(sys.executable).with_name("steady")
    return [str(script)] if script.exists() else [sys.executable, "-m", "steady"]


def generate(
    home: Path, *, days: int, seed: int = 6, now: datetime | None = None
) -> dict[str, Any]:
    """Write a journal of `days` days into `home` (a STEADY_HOME) through `steady import`."""
    document = Generator(days, now or datetime.now(UTC), seed).document()
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="steady-bench-") as folder:
        path = Path(folder) / "journal.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        subprocess.run(
            [*steady_command(), "import", str(path)],
            env={**os.environ, "STEADY_HOME": str(home)},
            check=True,
            capture_output=True,
            timeout=600,
        )
    return document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True, help="the STEADY_HOME to fill")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--years", type=float, default=1.0, help="years of heavy use (default 1)")
    size.add_argument("--days", type=int, help="days of use instead of years")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    days = args.days or round(args.years * 365)
    document = generate(args.home, days=days, seed=args.seed)
    counts = {kind: len(document[kind]) for kind in ("activations", "anchors", "checkins")}
    counts["readings"] = sum(len(a["readings"]) for a in document["activations"])
    counts["messages"] = len(document["messages"])
    counts["notes"] = len(document["notes"])
    print(f"{args.home}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))


if __name__ == "__main__":
    main()
