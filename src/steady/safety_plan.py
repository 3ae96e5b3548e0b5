"""The personal safety plan: the steps of the Stanley–Brown safety plan, in the person's words.

Functions over a `Journal`; no terminal I/O and no clock. The plan is read through the
lightweight Core tables, so the care shown after any free text can include it without
loading the ORM. What is written here never sets off the care prompts: it is the care.
See docs/care.md for the steps and their source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from steady import tables
from steady.errors import InputError, NotPossibleError
from steady.migrations import PLAN_STEPS
from steady.numbers import whole_number
from steady.text import require_text
from steady.timeparse import iso_local

if TYPE_CHECKING:
    from steady.journal import Journal

MAX_ITEM_CHARS = 1000
"""One line of the plan: a name and a number, a place, a sentence or two."""

MAX_ITEMS_PER_STEP = 50


@dataclass(frozen=True)
class Step:
    key: str  # what `steady plan add STEP` takes, and what is stored
    title: str
    question: str  # asked in the guided walk
    example: str


STEPS: tuple[Step, ...] = (
    Step(
        "signs",
        "My warning signs",
        "What tells you a crisis might be starting: thoughts, images, moods, situations, "
        "things you do?",
        "lying awake replaying everything; thinking everyone would be better off",
    ),
    Step(
        "coping",
        "Things I can do on my own",
        "What can you do on your own to take your mind off things for a while?",
        "a cold shower; a walk round the block; steady pause",
    ),
    Step(
        "distract",
        "People and places that take my mind off things",
        "Which people or places help you think about something else for a while?",
        "the café on the corner; calling my sister about anything but this",
    ),
    Step(
        "people",
        "People I can ask for help",
        "Who could you ask for help, and how do you reach them?",
        "Sam, 07700 900123",
    ),
    Step(
        "services",
        "Professionals and services",
        "Which professionals or services can you contact: a therapist, a doctor, a line?",
        "my therapist, Mon–Thu 9–5: 020 7946 0000",
    ),
    Step(
        "safer",
        "Making my surroundings safer",
        "What could make the place around you safer when things are hard?",
        "the spare pills stay at Sam's",
    ),
    Step(
        "reason",
        "What matters most to me",
        "What is the one thing that matters most to you, and worth living for?",
        "my niece; the garden in spring",
    ),
)
STEPS_BY_KEY: dict[str, Step] = {step.key: step for step in STEPS}
assert tuple(STEPS_BY_KEY) == PLAN_STEPS  # the schema's CHECK lists the same steps
STEPS_TEXT = ", ".join(PLAN_STEPS)


@dataclass(frozen=True)
class PlanItemView:
    id: int
    uuid: str
    step: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class SafetyPlan:
    """Every step, in the plan's order, with what is written under it (oldest first)."""

    items: dict[str, tuple[PlanItemView, ...]]

    @property
    def empty(self) -> bool:
        return not any(self.items.values())

    @property
    def count(self) -> int:
        return sum(len(items) for items in self.items.values())


def parse_step(text: str) -> Step:
    """A step by its key, its number (1–7) or the start of its key or title."""
    typed = " ".join(text.strip().lower().split())
    number = whole_number(typed)
    if number is not None and 1 <= number <= len(STEPS):
        return STEPS[number - 1]
    for step in STEPS:
        if typed in {step.key, step.title.lower()}:
            return step
    starting = [s for s in STEPS if typed and (s.key.startswith(typed) or typed in s.title.lower())]
    if len(starting) == 1:
        return starting[0]
    raise InputError(
        f"{text.strip()!r} is not a step of the safety plan.",
        f"The steps: {STEPS_TEXT} (or their numbers, 1–{len(STEPS)}).",
    )


def read_plan(journal: Journal) -> SafetyPlan:
    source = tables.plan_item
    rows = journal.session.execute(
        select(
            source.c.id, source.c.uuid, source.c.step, source.c.text, source.c.created_at
        ).order_by(source.c.id)
    ).all()
    items: dict[str, list[PlanItemView]] = {key: [] for key in PLAN_STEPS}
    for row in rows:
        if row.step in items:  # a step from a newer steady is kept, not shown
            items[row.step].append(
                PlanItemView(row.id, row.uuid, row.step, row.text, row.created_at)
            )
    return SafetyPlan({key: tuple(found) for key, found in items.items()})


def add(journal: Journal, step: Step, texts: list[str]) -> list[PlanItemView]:
    """Write new lines under a step; each is checked before any is written."""
    values = [require_text(text, "line of the plan", limit=MAX_ITEM_CHARS) for text in texts]
    if not values:
        raise InputError("There is nothing to add.", f'For example: steady plan add {step.key} "…"')
    present = len(read_plan(journal).items[step.key])
    if present + len(values) > MAX_ITEMS_PER_STEP:
        raise InputError(
            f"'{step.title}' would hold more than {MAX_ITEMS_PER_STEP} lines.",
            "A short plan is easier to use when things are hard.",
        )
    source = tables.plan_item
    added = []
    for value in values:
        row: dict[str, Any] = {
            "uuid": tables.new_uuid(),
            "step": step.key,
            "text": value,
            "created_at": journal.now,
        }
        new_id = journal.session.execute(
            insert(source).values(**row).returning(source.c.id)
        ).scalar_one()
        added.append(PlanItemView(int(new_id), row["uuid"], step.key, value, journal.now))
    return added


def remove(journal: Journal, step: Step, number: int) -> PlanItemView:
    """Take out the line shown as `number` (from 1) under a step."""
    items = read_plan(journal).items[step.key]
    if not items:
        raise NotPossibleError(
            f"'{step.title}' has nothing written yet.", "See it with: steady plan"
        )
    if not 1 <= number <= len(items):
        raise InputError(
            f"'{step.title}' has {len(items)} line{'s' if len(items) != 1 else ''}; "
            f"there is no line {number}.",
            "The numbers are the ones steady plan shows.",
        )
    item = items[number - 1]
    journal.session.execute(delete(tables.plan_item).where(tables.plan_item.c.id == item.id))
    return item


def plan_json(plan: SafetyPlan, tz: tzinfo) -> dict[str, Any]:
    """`steady plan --json`: every step in order, with its title and lines."""
    return {
        "steps": [
            {
                "step": step.key,
                "title": step.title,
                "items": [
                    {
                        "uuid": item.uuid,
                        "text": item.text,
                        "created_at": iso_local(item.created_at, tz),
                    }
                    for item in plan.items[step.key]
                ],
            }
            for step in STEPS
        ]
    }
