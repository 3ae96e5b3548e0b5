"""The journal's schema, as an ordered list of migrations.

Migration N takes a database at schema version N-1 to version N. They run in
order, inside one transaction, after a backup copy has been made. Once a version
has been released its migration is never edited: later changes are new entries.
"""

from __future__ import annotations

from dataclasses import dataclass

_TIME = "VARCHAR(27)"  # fixed-width UTC text, see steady.tables.UTCDateTime


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    statements: tuple[str, ...]


def _record(name: str, columns: str, *indexes: str) -> tuple[str, ...]:
    table = (
        f"CREATE TABLE {name} (\n"
        "  id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
        "  uuid VARCHAR(36) NOT NULL UNIQUE,\n"
        f"  created_at {_TIME} NOT NULL,\n"
        f"{columns}\n)"
    )
    return (table, *indexes)


_INTENSITY = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 0 AND 10)"

V1 = Migration(
    1,
    "the first journal: activations with readings, feelings, urges and what helped; "
    "notes, anchors, check-ins and messages",
    (
        *_record(
            "activation",
            f"  started_at {_TIME} NOT NULL,\n"
            f"  settled_at {_TIME},\n"
            f"  closed_at {_TIME},\n"
            f"  settled_intensity {_INTENSITY.format('settled_intensity')},\n"
            "  context TEXT,\n"
            "  story TEXT,\n"
            f"  updated_at {_TIME} NOT NULL,\n"
            "  CHECK (settled_at IS NULL OR settled_at >= started_at)",
            "CREATE INDEX ix_activation_started_at ON activation (started_at)",
            # The rule "at most one open activation" holds even with two terminals.
            "CREATE UNIQUE INDEX ux_activation_one_open ON activation ((0)) "
            "WHERE settled_at IS NULL AND closed_at IS NULL",
        ),
        *_record(
            "reading",
            "  activation_id INTEGER NOT NULL REFERENCES activation (id) ON DELETE CASCADE,\n"
            f"  at {_TIME} NOT NULL,\n"
            "  location TEXT,\n"
            "  sensation TEXT,\n"
            "  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10)",
            "CREATE INDEX ix_reading_activation_at ON reading (activation_id, at)",
        ),
        *_record(
            "feeling",
            "  activation_id INTEGER NOT NULL REFERENCES activation (id) ON DELETE CASCADE,\n"
            "  name TEXT NOT NULL,\n"
            "  story_word BOOLEAN NOT NULL DEFAULT 0,\n"
            f"  at {_TIME} NOT NULL",
            "CREATE INDEX ix_feeling_activation ON feeling (activation_id, at)",
        ),
        *_record(
            "urge",
            "  activation_id INTEGER NOT NULL REFERENCES activation (id) ON DELETE CASCADE,\n"
            "  text TEXT NOT NULL,\n"
            "  acted BOOLEAN NOT NULL DEFAULT 0,\n"
            f"  at {_TIME} NOT NULL",
            "CREATE INDEX ix_urge_activation ON urge (activation_id, at)",
        ),
        *_record(
            "helped",
            "  activation_id INTEGER NOT NULL REFERENCES activation (id) ON DELETE CASCADE,\n"
            "  practice TEXT NOT NULL",
            "CREATE INDEX ix_helped_activation ON helped (activation_id)",
        ),
        *_record(
            "note",
            "  activation_id INTEGER REFERENCES activation (id) ON DELETE CASCADE,\n"
            "  text TEXT NOT NULL,\n"
            "  therapy BOOLEAN NOT NULL DEFAULT 0,\n"
            f"  at {_TIME} NOT NULL",
            "CREATE INDEX ix_note_at ON note (at)",
            "CREATE INDEX ix_note_activation ON note (activation_id)",
        ),
        *_record(
            "anchor",
            "  kind TEXT NOT NULL,\n"
            "  what TEXT,\n"
            "  minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),\n"
            f"  felt {_INTENSITY.format('felt')},\n"
            f"  at {_TIME} NOT NULL,\n"
            "  note TEXT",
            "CREATE INDEX ix_anchor_at ON anchor (at)",
        ),
        *_record(
            "checkin",
            "  day DATE NOT NULL UNIQUE,\n"
            f"  hum {_INTENSITY.format('hum')},\n"
            "  note TEXT,\n"
            "  no_activation BOOLEAN NOT NULL DEFAULT 0,\n"
            f"  updated_at {_TIME} NOT NULL",
        ),
        *_record(
            "message",
            "  text TEXT NOT NULL,\n"
            "  status VARCHAR(10) NOT NULL DEFAULT 'draft'\n"
            "    CHECK (status IN ('draft', 'held', 'sent', 'discarded')),\n"
            "  flags JSON NOT NULL DEFAULT '[]',\n"
            f"  updated_at {_TIME} NOT NULL,\n"
            f"  sent_at {_TIME}",
            "CREATE INDEX ix_message_created_at ON message (created_at)",
        ),
    ),
)

V2 = Migration(
    2,
    "an index on the times of readings, so that a review reads only the weeks it shows",
    ("CREATE INDEX ix_reading_at ON reading (at)",),
)

# The steps of the personal safety plan (docs/care.md); the order is the plan's own.
PLAN_STEPS = ("signs", "coping", "distract", "people", "services", "safer", "reason")

V3 = Migration(
    3,
    "the personal safety plan: what is written for each of its steps",
    _record(
        "plan_item",
        "  step VARCHAR(10) NOT NULL\n"
        f"    CHECK (step IN ({', '.join(repr(step) for step in PLAN_STEPS)})),\n"
        "  text TEXT NOT NULL",
        "CREATE INDEX ix_plan_item_step ON plan_item (step, id)",
    ),
)

V4 = Migration(
    4,
    "therapy sessions: the days of sessions, so an export can cover the time since the last",
    _record(
        "therapy_session",
        f"  day DATE NOT NULL,\n  updated_at {_TIME} NOT NULL",
        "CREATE INDEX ix_therapy_session_day ON therapy_session (day)",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (V1, V2, V3, V4)
