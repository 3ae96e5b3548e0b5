"""steady import --from daylio | jrnl | csv: another app's history, as what it is.

The sample files in tests/fixtures/imports/ follow the formats' public descriptions:

- daylio_export.csv: Daylio's "Export entries" CSV as it is today, header
  `full_date,date,weekday,time,mood,activities,note_title,note` (docs/csv-format.md and
  dayliopy/sample.csv in github.com/MichaelCurrin/daylio-csv-parser: eight columns,
  activities joined by " | ", moods sometimes with a trailing space), newest first, several
  entries a day, 12-hour times, a byte-order mark, and notes with Daylio's light HTML
  (<br>, <b>, &amp;) as described in the Daylio-to-Markdown converters found by search.
- daylio_export_2018.csv: the older seven-column export, `year,date,weekday,time,…`
  (docs/usage.md in the same repository, whose three rows it repeats).
- jrnl_export.json: what `jrnl --format json` writes (jrnl/plugins/json_exporter.py in
  github.com/jrnl-org/jrnl): `tags` and `entries` with title, body, date, time, tags,
  starred, and for a Day One journal a `uuid` and `creator` (tests/bdd/features/format.feature
  there shows the uuid's form).
- spreadsheet.csv: a hand-kept sheet with an id, a 0–10 anxiety column and two text columns.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady.errors import InputError
from steady.exchange import csv_map, daylio, foreign, jrnl
from tests.conftest import NOW, TZ, Run, ok, snapshot

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imports"
Steady = Callable[..., Run]
SHEET_MAP = "id=Entry ID,date=Date,time=Time,hum=Anxiety (0-10),text=What happened,text=Notes"


@pytest.fixture
def sample(tmp_path: Path) -> Callable[[str], str]:
    def copy(name: str) -> str:
        target = tmp_path / name
        shutil.copy(FIXTURES / name, target)
        return str(target)

    return copy


def notes(steady: Steady) -> list[dict[str, object]]:
    result: list[dict[str, object]] = ok(steady("notes --json")).json()
    return result


def counts(db_path: Path) -> dict[str, int]:
    import sqlite3

    connection = sqlite3.connect(db_path)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("activation", "reading", "note", "checkin", "anchor", "message")
        }
    finally:
        connection.close()


# -- Daylio ---------------------------------------------------------------------------------------


def test_each_daylio_entry_becomes_one_note_in_words_and_nothing_else(steady, sample, db_path):
    result = ok(steady(["import", "--from", "daylio", sample("daylio_export.csv")]))
    assert "a Daylio export" in result.stdout
    assert "notes  7 added" in result.stdout
    assert "activations" not in result.stdout  # another app's file brings notes only
    assert counts(db_path) == {
        "activation": 0,
        "reading": 0,
        "note": 7,
        "checkin": 0,  # a mood is not the hum: no check-in is made from it
        "anchor": 0,
        "message": 0,
    }
    by_time = {str(n["at"]): str(n["text"]) for n in notes(steady)}
    # 10:41 pm in Berlin, as the phone showed it
    assert by_time["2026-11-26T22:41:00+01:00"] == (
        "Mood in Daylio: meh\n"
        "Activities: work, bad sleep, tired\n\n"
        "Long day\n"
        "No reply since lunch and my chest went tight.\n"
        "Walked around the block & it eased."
    )
    assert by_time["2026-11-26T08:02:00+01:00"] == "Mood in Daylio: good"  # trailing space gone
    assert by_time["2026-11-25T21:15:00+01:00"].endswith(
        "Felt left out when plans changed.\nWrote it down instead of texting again."
    )
    assert "Activities: stressed / frustrated, cook" in by_time["2026-11-23T23:54:00+01:00"]
    # Two entries in the same minute stay two notes.
    same_minute = [n for n in notes(steady) if n["at"] == "2026-11-24T19:30:00+01:00"]
    assert sorted(str(n["text"]).splitlines()[0] for n in same_minute) == [
        "Mood in Daylio: good",
        "Mood in Daylio: rad",
    ]
    assert any("Good walk by the river." in str(n["text"]) for n in same_minute)


def test_importing_the_same_daylio_file_again_adds_nothing(steady, sample, db_path):
    file = sample("daylio_export.csv")
    ok(steady(["import", "--from", "daylio", file]))
    before = snapshot(db_path)
    again = ok(steady(["import", "--from", "daylio", file]))
    assert "Nothing new" in again.stdout
    assert "notes  7 already here" in again.stdout
    assert snapshot(db_path) == before


def test_a_daylio_dry_run_changes_nothing_and_creates_no_journal(steady, sample, db_path):
    result = ok(steady(["import", "--from", "daylio", sample("daylio_export.csv"), "--dry-run"]))
    assert "Dry run, nothing was changed" in result.stdout
    assert "notes  7 to add" in result.stdout
    assert "steady import --from daylio" in result.stdout
    assert not db_path.exists()


def test_the_older_daylio_export_with_year_and_day_columns_is_read(steady, sample):
    ok(steady(["import", "--from", "daylio", sample("daylio_export_2018.csv")]))
    by_time = {str(n["at"]): str(n["text"]) for n in notes(steady)}
    assert by_time["2018-05-18T23:54:00+02:00"] == (
        "Mood in Daylio: happy\nActivities: clean, cook, music\n\nWent to a party"
    )
    assert by_time["2018-05-16T23:41:00+02:00"].endswith("Did nothing today.")


def test_an_export_round_trip_keeps_the_source_ids(steady, sample, tmp_path, db_path):
    file = sample("daylio_export.csv")
    ok(steady(["import", "--from", "daylio", file]))
    backup = tmp_path / "backup.json"
    ok(steady(["export", "--format", "json", "-o", str(backup)]))
    db_path.unlink()
    ok(steady(["import", str(backup)]))
    again = ok(steady(["import", "--from", "daylio", file]))
    assert "notes  7 already here" in again.stdout


BAD_DAYLIO = [
    (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-26,26 November,Thursday,10:41 pm,meh,,,\n"
        "2026-11-25,25 November,Wednesday,25:10,bad,,,\n",
        "row 3, column \"time\": '25:10' is not a time",
    ),
    (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-13-01,1 Smarch,Monday,10:41 pm,meh,,,\n",
        "row 2, column \"full_date\": '2026-13-01' is not a day written YYYY-MM-DD",
    ),
    (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-26,26 November,Thursday,10:41 pm, ,,,\n",
        'row 2, column "mood": is empty',
    ),
    (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-12-24,24 December,Thursday,10:41 pm,rad,,,\n",
        'row 2, column "time": is in the future',
    ),
    (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-26,26 November,Thursday,10:41 pm,meh,,,,extra\n",
        "row 2 has 9 cells but the first row names 8 columns",
    ),
    ("Date,Mood,Note\n2026-11-26,meh,x\n", 'not a Daylio export: it has no "full_date", "time"'),
    ('{"entries": []}', 'not a Daylio export: it has no "full_date"'),
    ("", "The file is empty"),
]


@pytest.mark.parametrize(("content", "says"), BAD_DAYLIO)
def test_a_faulty_daylio_file_is_refused_whole_naming_row_and_column(
    steady, refuses, tmp_path, content, says
):
    ok(steady("note 'already here'"))
    file = tmp_path / "daylio.csv"
    file.write_text(content, encoding="utf-8")
    refuses(["import", "--from", "daylio", str(file)], says=says)
    assert [n["text"] for n in notes(steady)] == ["already here"]


def test_a_daylio_file_that_is_not_utf8_is_refused(refuses, tmp_path):
    file = tmp_path / "daylio.csv"
    file.write_bytes(b"full_date,time,mood\n2026-11-26,10:41 pm,m\xe9h\n")
    refuses(["import", "--from", "daylio", str(file)], says="not UTF-8 text (line 2)")


def test_imported_words_that_speak_of_not_wanting_to_live_bring_support(steady, tmp_path):
    file = tmp_path / "daylio.csv"
    file.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-26,26 November,Thursday,10:41 pm,awful,,,I don't want to live anymore\n",
        encoding="utf-8",
    )
    result = ok(steady(["import", "--from", "daylio", str(file)]))
    assert "help-now" in result.stdout or "988" in result.stdout or "116 123" in result.stdout
    assert "notes  1 added" in result.stdout


# -- jrnl -----------------------------------------------------------------------------------------


def test_each_jrnl_entry_becomes_a_note_with_its_title_and_body(steady, sample, db_path):
    result = ok(steady(["import", "--from", "jrnl", sample("jrnl_export.json")]))
    assert "a jrnl export" in result.stdout
    assert "notes  3 added" in result.stdout
    by_time = {str(n["at"]): str(n["text"]) for n in notes(steady)}
    assert by_time["2026-11-20T22:10:00+01:00"] == (
        "Waited all evening for a message.\n"
        "@partner was out with friends. The old story came back: they are pulling away.\n\n"
        "Named it, went for a @walk, and it eased after an hour.\n"
        "(starred in jrnl)"
    )
    assert by_time["2026-11-21T09:00:00+01:00"] == "A quiet Saturday."
    assert counts(db_path)["note"] == 3
    assert counts(db_path)["checkin"] == 0


def test_a_jrnl_entry_keeps_its_identity_by_uuid_when_it_has_one(steady, sample, tmp_path):
    file = Path(sample("jrnl_export.json"))
    ok(steady(["import", "--from", "jrnl", str(file)]))
    data = json.loads(file.read_text(encoding="utf-8"))
    data["entries"][2]["title"] = "Talked about Sundays."  # edited in Day One since
    data["entries"][1]["title"] = "A quiet Saturday, mostly."  # no uuid: a new entry
    file.write_text(json.dumps(data), encoding="utf-8")
    again = ok(steady(["import", "--from", "jrnl", str(file), "--dry-run"]))
    assert "1 to add · 1 already here · 1 already here but different" in again.stdout


BAD_JRNL = [
    ('{"entries": [{"title": "x", "date": "2026-11-20"}]}', "entries[0].time: is missing"),
    (
        '{"entries": [{"title": "a", "body": "", "date": "2026-11-20", "time": "10:00"},'
        ' {"title": "b", "body": "", "date": "20/11/2026", "time": "10:00"}]}',
        "entries[1].date: must be a day written YYYY-MM-DD",
    ),
    (
        '{"entries": [{"title": "", "body": " ", "date": "2026-11-20", "time": "10:00"}]}',
        "entries[0]: has neither a title nor a body",
    ),
    (
        '{"entries": [{"title": 3, "date": "2026-11-20", "time": "10:00"}]}',
        "entries[0].title: must be text",
    ),
    ('{"entries": ["hello"]}', "entries[0]: must be an object"),
    ('{"tags": {}}', 'not a jrnl export: it has no "entries" list'),
    ("[1, 2", "not valid JSON"),
]


@pytest.mark.parametrize(("content", "says"), BAD_JRNL)
def test_a_faulty_jrnl_file_is_refused_whole_naming_the_entry(refuses, tmp_path, content, says):
    file = tmp_path / "jrnl.json"
    file.write_text(content, encoding="utf-8")
    refuses(["import", "--from", "jrnl", str(file)], says=says)


# -- a generic CSV with --map ---------------------------------------------------------------------


def test_a_sheet_with_a_hum_column_becomes_check_ins(steady, sample, db_path):
    file = sample("spreadsheet.csv")
    result = ok(steady(["import", "--from", "csv", file, "--map", SHEET_MAP]))
    assert "a CSV file" in result.stdout
    assert "check-ins  4 added" in result.stdout
    assert "1 row with nothing written and no hum was left out" in result.stdout
    days = {c["day"]: c for c in ok(steady("checkins --json")).json()}
    assert days["2026-11-18"]["hum"] == 6
    assert days["2026-11-18"]["note"] == "No reply after the call\nChest tight; walked it off"
    assert days["2026-11-19"]["hum"] == 3
    assert days["2026-11-19"]["note"] is None
    assert days["2026-11-22"]["note"] == 'Plans changed, "again"\nWrote instead of texting'
    assert "2026-11-21" not in days
    assert counts(db_path)["note"] == 0
    again = ok(steady(["import", "--from", "csv", file, "--map", SHEET_MAP]))
    assert "check-ins  4 already here" in again.stdout


def test_a_sheet_without_a_hum_becomes_notes_and_map_may_be_repeated(steady, sample):
    file = sample("spreadsheet.csv")
    args = ["import", "--from", "csv", file, "--map", "date=Date,time=Time"]
    ok(steady([*args, "--map", "text=#5"]))
    by_time = {str(n["at"]): str(n["text"]) for n in notes(steady)}
    assert by_time == {
        "2026-11-22T21:30:00+01:00": 'Plans changed, "again"',
        "2026-11-20T08:15:00+01:00": "Slept well",
        "2026-11-18T21:40:00+01:00": "No reply after the call",
    }
    again = ok(steady([*args, "--map", "text=#5"]))
    assert "notes  3 already here" in again.stdout


def test_a_day_without_a_time_is_placed_at_noon_and_an_offset_is_honoured(steady, tmp_path):
    file = tmp_path / "sheet.csv"
    file.write_text(
        "when,words\n2026-11-20,a day\n2026-11-21T08:00:00+00:00,an instant\n"
        "2026-11-22 07:05,a wall time\n",
        encoding="utf-8",
    )
    ok(steady(["import", "--from", "csv", str(file), "--map", "date=when,text=words"]))
    assert {n["at"]: n["text"] for n in notes(steady)} == {
        "2026-11-20T12:00:00+01:00": "a day",
        "2026-11-21T09:00:00+01:00": "an instant",
        "2026-11-22T07:05:00+01:00": "a wall time",
    }


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_sheet_saved_with_semicolons_or_tabs_is_read_the_same(steady, tmp_path, separator):
    file = tmp_path / "sheet.csv"
    rows = [["Datum", "Notiz"], ["2026-11-20", "müde, aber ruhig"], ["2026-11-21", "a; b"]]
    file.write_text(
        "\n".join(separator.join(f'"{c}"' if separator in c else c for c in r) for r in rows),
        encoding="utf-8",
    )
    ok(steady(["import", "--from", "csv", str(file), "--map", "date=Datum,text=Notiz"]))
    assert sorted(str(n["text"]) for n in notes(steady)) == ["a; b", "müde, aber ruhig"]


SHEET_HEADER = "Entry ID,Date,Time,Anxiety (0-10),What happened,Notes\n"
BAD_SHEETS = [
    (SHEET_HEADER + "1,2026-11-18,21:40,11,x,\n", 'row 2, column "Anxiety (0-10)": 11 is outside'),
    (SHEET_HEADER + "1,2026-11-18,21:40,4.5,x,\n", "column \"Anxiety (0-10)\": '4.5' is not a"),
    (
        SHEET_HEADER + "1,2026-11-18,21:40,4,x,\n2,2026-11-19,,3,,\n3,2026-11-18,08:00,2,y,\n",
        'row 4, column "Date": 2026-11-18 already has a check-in at row 2',
    ),
    (
        SHEET_HEADER + "1,2026-11-18,21:40,4,x,\n1,2026-11-19,,3,,\n",
        "row 3, column \"Entry ID\": '1' is also the id of row 2",
    ),
    (SHEET_HEADER + ",2026-11-18,21:40,4,x,\n", 'row 2, column "Entry ID": is empty'),
    (SHEET_HEADER + "1,18.11.2026,21:40,4,x,\n", "row 2, column \"Date\": '18.11.2026' is not"),
    (SHEET_HEADER + "1,2026-11-18,half past,4,x,\n", "row 2, column \"Time\": 'half past'"),
    (SHEET_HEADER + "1,2026-11-29,,4,x,\n", 'row 2, column "Date": 2026-11-29 has not come yet'),
    (SHEET_HEADER + '1,2026-11-18,21:40,4,"unclosed\n', "row 2 is not valid CSV"),
]


@pytest.mark.parametrize(("content", "says"), BAD_SHEETS)
def test_a_faulty_sheet_is_refused_whole_naming_row_and_column(
    steady, refuses, tmp_path, content, says
):
    ok(steady("checkin --hum 2 --date 2026-11-10"))
    file = tmp_path / "sheet.csv"
    file.write_text(content, encoding="utf-8")
    refuses(["import", "--from", "csv", str(file), "--map", SHEET_MAP], says=says)


BAD_MAPS = [
    (["--map", "mood=Mood"], "--map 'mood' is not a field steady can fill"),
    (["--map", "date"], "--map 'date' needs the form FIELD=COLUMN"),
    (["--map", "text=Notes"], "--map needs the date column"),
    (["--map", "date=Date,time=Time"], "--map needs a text or a hum column"),
    (["--map", "date=Date,date=Time,text=Notes"], "--map names date twice"),
    ([], "steady import --from csv needs --map"),
    (["--map", "date=Day,text=Notes"], '--map date=Day: the file has no column "Day"'),
    (["--map", "date=#9,text=Notes"], "--map date=#9: the file has 6 columns"),
]


@pytest.mark.parametrize(("options", "says"), BAD_MAPS)
def test_a_wrong_mapping_is_refused_before_anything_is_written(refuses, sample, options, says):
    refuses(["import", "--from", "csv", sample("spreadsheet.csv"), *options], says=says)


def test_the_columns_are_listed_when_a_mapped_one_is_missing(refuses, sample):
    result = refuses(
        ["import", "--from", "csv", sample("spreadsheet.csv"), "--map", "date=Day,text=Notes"]
    )
    assert '"Entry ID", "Date", "Time"' in result.stderr


def test_from_and_map_are_checked(refuses, sample):
    refuses(
        ["import", "--from", "moodpath", sample("spreadsheet.csv")],
        says="--from 'moodpath' is not an app steady reads",
    )
    refuses(
        ["import", "--from", "daylio", sample("daylio_export.csv"), "--map", "date=Date"],
        says="--map is for --from csv only",
    )
    refuses(["import", sample("spreadsheet.csv")], says="Add --from daylio, or --from csv")


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r"),
            min_size=1,
            max_size=60,
        ).filter(lambda t: t.strip()),
        min_size=1,
        max_size=8,
    )
)
def test_any_words_written_by_a_csv_writer_come_back_as_written(texts):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["day", "words"])
    for i, text in enumerate(texts):
        writer.writerow([f"2026-11-{i + 1:02d}", text])
    records = csv_map.read(
        buffer.getvalue().encode("utf-8"),
        csv_map.parse_map(["date=day,text=words"]),
        now=NOW,
        tz=TZ,
    )
    assert [n.text for n in records.notes] == [t.strip() for t in texts]
    document = foreign.document(records, NOW)  # the export's own models accept them
    assert len(document.notes) == len(texts)


def test_readers_refuse_with_the_import_error_family():
    with pytest.raises(InputError, match=r"entries\[0\]\.date: is missing"):
        jrnl.read(b'{"entries": [{"time": "10:00"}]}', now=NOW, tz=TZ)
    with pytest.raises(InputError, match="not a Daylio export"):
        daylio.read(b"a,b\n1,2\n", now=NOW, tz=TZ)


def test_source_ids_are_stable_and_distinct():
    ids = foreign.SourceIds("daylio")
    first, second = ids.next("2026-11-24 19:30"), ids.next("2026-11-24 19:30")
    assert first != second
    assert foreign.uuid_for(first) == foreign.uuid_for("daylio:2026-11-24 19:30#1")
    assert foreign.uuid_for(first) != foreign.uuid_for(second)
    moment = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)
    records = foreign.ForeignRecords("Daylio", notes=(foreign.ForeignNote(first, moment, "x"),))
    assert foreign.document(records, NOW).notes[0].uuid == foreign.uuid_for(first)


def test_a_csv_dry_run_says_the_whole_command_to_import_it(steady, sample, db_path):
    file = sample("spreadsheet.csv")
    ok(steady(["import", "--from", "csv", file, "--map", "date=Date", "--map", "text=#5"]))
    dry = ok(
        steady(
            ["import", "--from", "csv", file, "--map", "date=Date", "--map", "text=#6", "--dry-run"]
        )
    )
    flat = " ".join(dry.stdout.split())
    assert f"steady import --from csv --map date=Date --map 'text=#6' {file}" in flat
    assert "notes 2 to add" in flat
