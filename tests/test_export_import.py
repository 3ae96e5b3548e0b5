"""steady export (json, csv) and steady import: lossless, all or nothing, private files."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady import config
from steady.db import open_database
from steady.exporters import ExportRequest, csv_table, json_backup, schema
from steady.importer import apply_import, plan_import
from steady.journal import Journal, open_journal
from steady.models import Activation, Anchor, Checkin, Feeling, Helped, Message, Note, Reading, Urge
from steady.text import for_display
from tests.conftest import NOW, TZ, Run, snapshot

ROOT = Path(__file__).resolve().parent.parent
Steady = Callable[..., Run]
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}:\d{2}$")
ISO_TIME_INSIDE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
KINDS = ("activations", "anchors", "checkins", "messages", "notes")


def ok(run: Run) -> Run:
    assert run.exit_code == 0, (run.exit_code, run.stdout, run.stderr)
    assert "Traceback" not in run.stdout + run.stderr
    return run


def without_moment(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# -- a journal with every kind of record, through the CLI ----------------------------------------

FULL_WEEK = [
    "notice chest tight -i 5 --at '2026-11-20 09:00' --context 'no reply since breakfast'",
    "notice -i 7 --at '2026-11-20 09:20'",
    "name anxious ignored --at '2026-11-20 09:10'",
    "story 'they are pulling away [red]for real[/red]'",
    "urge 'text again' --acted --at '2026-11-20 09:15'",
    "settle --at '2026-11-20 10:30' --helped walk --helped 'named it' -i 2 --note 'it passed'",
    "notice stomach knot -i 4 --at '2026-11-25 19:00'",
    "settle --at '2026-11-25 19:40'",
    "notice throat lump -i 6 --at '20m ago'",
    "anchor friendship 'coffee with Sam 😊' --minutes 60 --felt 7 --at '2026-11-24 15:00'",
    "checkin --hum 3 --note 'quiet day' --date 2026-11-26",
    "checkin --none --date 2026-11-27",
    "note 'bring up the weekend' --therapy",
    "share save 'are you mad at me??'",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """FULL_WEEK logged once for the module: the journal file and its json export."""
    from typer.testing import CliRunner

    from steady.cli import app

    home = tmp_path_factory.mktemp("built")
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STEADY_HOME", str(home))
        patch.delenv("STEADY_DB", raising=False)
        patch.setenv("TZ", "Europe/Berlin")
        patch.setenv("STEADY_INTERACTIVE", "0")
        patch.setattr("steady.cli.common.clock", lambda: NOW)
        for command in FULL_WEEK:
            result = runner.invoke(app, shlex.split(command), catch_exceptions=False)
            assert result.exit_code == 0, (command, result.stdout, result.stderr)
        exported = runner.invoke(app, ["export", "--format", "json"], catch_exceptions=False)
    return home / "steady.db", json.loads(exported.stdout)


@pytest.fixture
def full_journal(built: tuple[Path, dict[str, Any]], db_path: Path) -> None:
    """This test's journal holds FULL_WEEK (a copy of the module's journal)."""
    db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    source, target = sqlite3.connect(built[0]), sqlite3.connect(db_path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    db_path.chmod(0o600)


def export_json(steady: Steady, *args: str) -> dict[str, Any]:
    data: dict[str, Any] = ok(steady(["export", "--format", "json", *args])).json()
    return data


# -- round trips through the CLI -----------------------------------------------------------------


def test_json_export_imports_into_an_empty_journal_as_the_same_records(
    steady, full_journal, tmp_path
):
    backup = tmp_path / "backup.json"
    ok(steady(["export", "--format", "json", "-o", str(backup)]))
    original = json.loads(backup.read_text("utf-8"))
    assert [len(original[k]) for k in KINDS] == [3, 1, 2, 1, 2]

    other = str(tmp_path / "other.db")
    first = ok(steady(["--db", other, "import", str(backup)]))
    assert "Imported" in first.stdout
    assert "3 added" in first.stdout and "2 added" in first.stdout
    copy = _export_db(steady, other)
    assert without_moment(copy) == without_moment(original)

    second = ok(steady(["--db", other, "import", str(backup)]))
    assert "Nothing new" in second.stdout
    assert "added" not in second.stdout
    assert without_moment(_export_db(steady, other)) == without_moment(original)


def _export_db(steady: Steady, db: str) -> dict[str, Any]:
    data: dict[str, Any] = ok(steady(["--db", db, "export", "--format", "json"])).json()
    return data


def test_the_v1_fixture_survives_a_round_trip(steady, tmp_path):
    source = tmp_path / "v1.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "v1.db", source)
    original = _export_db(steady, str(source))
    assert all(original[k] for k in KINDS), "the fixture holds every kind of record"
    backup = tmp_path / "v1.json"
    backup.write_text(json.dumps(original), "utf-8")
    target = str(tmp_path / "copy.db")
    ok(steady(["--db", target, "import", str(backup)]))
    assert without_moment(_export_db(steady, target)) == without_moment(original)


def test_export_to_stdout_is_the_valid_documented_json(steady, full_journal):
    run = ok(steady("export --format json"))
    assert run.stderr == ""  # plain: nothing but the document, no notice on stdout either
    document = run.json()
    schema.ExportDocument.model_validate_json(run.stdout)
    assert document["schema"] == "steady.export/3"
    assert document["range"] is None
    assert document["exported_at"] == "2026-11-27T21:30:00+00:00"
    activation = document["activations"][0]
    assert set(activation) == {
        "uuid",
        "started_at",
        "settled_at",
        "closed_at",
        "settled_intensity",
        "context",
        "story",
        "created_at",
        "updated_at",
        "readings",
        "feelings",
        "urges",
        "helped",
    }
    assert activation["story"] == "they are pulling away [red]for real[/red]"
    assert [f["story_word"] for f in activation["feelings"]] == [False, True]
    assert [h["practice"] for h in activation["helped"]] == ["walk", "named it"]
    assert document["notes"][0]["activation_uuid"] == activation["uuid"]
    assert document["notes"][1]["activation_uuid"] is None
    assert document["checkins"][0]["day"] == "2026-11-26"
    assert document["messages"][0]["flags"]
    assert document["config"]["stale_hours"] == 24
    assert set(document["config"]) == set(config.SETTINGS_BY_KEY)

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key.endswith("_at"):
            assert value is None or ISO_WITH_OFFSET.match(value), (key, value)
            if value is not None:
                assert datetime.fromisoformat(value).tzinfo is not None
        elif isinstance(value, str):
            assert not ISO_TIME_INSIDE.match(value), f"a time outside an _at field: {key}"

    walk(document)


def test_the_committed_json_schema_is_current():
    committed = (ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8")
    assert committed == schema.json_schema(), (
        "docs/export-schema.json is out of date: "
        "python -m steady.exporters.schema > docs/export-schema.json"
    )


def test_the_data_format_page_documents_every_field():
    page = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    section = page.split("## Export file (steady.export/3)", 1)[1]
    models: list[type[Any]] = [
        schema.ExportDocument,
        schema.Range,
        schema.Activation,
        schema.Reading,
        schema.Feeling,
        schema.Urge,
        schema.Helped,
        schema.Note,
        schema.Anchor,
        schema.Checkin,
        schema.Message,
        schema.MessageFlag,
        schema.PlanItem,
    ]
    for model in models:
        for name, info in model.model_fields.items():
            shown = info.alias or name
            assert f"`{shown}`" in section, f"{model.__name__}.{shown} is not documented"


def test_the_schema_knows_exactly_the_anchor_kinds_and_message_statuses():
    from typing import get_args

    from steady.language.anchors import KINDS as ANCHOR_KINDS
    from steady.messages import STATUSES

    kind = schema.Anchor.model_fields["kind"].annotation
    status = schema.Message.model_fields["status"].annotation
    assert get_args(kind) == tuple(ANCHOR_KINDS)
    assert get_args(status) == STATUSES


def test_a_range_exports_only_its_records_and_says_so(steady, full_journal):
    document = export_json(steady, "--since", "2026-11-24", "--until", "2026-11-26")
    assert document["range"] == {"since": "2026-11-24", "until": "2026-11-26"}
    assert [a["started_at"] for a in document["activations"]] == ["2026-11-25T18:00:00+00:00"]
    assert len(document["anchors"]) == 1
    assert [c["day"] for c in document["checkins"]] == ["2026-11-26"]
    assert document["messages"] == [] and document["notes"] == []
    # --since alone runs to today; a note follows its activation into the range.
    recent = export_json(steady, "--since", "2026-11-20")
    assert recent["range"] == {"since": "2026-11-20", "until": "2026-11-27"}
    assert len(recent["activations"]) == 3 and len(recent["notes"]) == 2
    before = export_json(steady, "--until", "2026-11-21")
    assert before["range"] == {"since": "1900-01-01", "until": "2026-11-21"}
    assert len(before["activations"]) == 1 and len(before["notes"]) == 1


# -- files ----------------------------------------------------------------------------------------


def test_an_export_file_is_private_and_its_notice_is_one_line(steady, full_journal, tmp_path):
    target = tmp_path / "out.csv"
    run = ok(steady(["export", "--format", "csv", "-o", str(target)]))
    assert mode(target) == 0o600
    assert run.stdout == ""
    notice = run.stderr.strip()
    assert len(notice.splitlines()) == 1
    assert str(target) in notice and "sensitive" in notice
    assert target.read_text("utf-8").startswith("id,uuid,started_at")


def test_an_existing_file_is_never_overwritten_without_force(steady, full_journal, tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("mine", "utf-8")
    target.chmod(0o644)
    run = steady(["export", "--format", "json", "-o", str(target)])
    assert run.exit_code == 1
    assert "--force" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert target.read_text("utf-8") == "mine"
    assert mode(target) == 0o644

    ok(steady(["export", "--format", "json", "-o", str(target), "--force"]))
    assert json.loads(target.read_text("utf-8"))["schema"] == "steady.export/3"
    assert mode(target) == 0o600


def test_a_missing_folder_or_a_folder_as_the_file_is_refused(refuses, full_journal, tmp_path):
    refuses(
        ["export", "-f", "json", "-o", str(tmp_path / "nope" / "x.json")], 1, says="does not exist"
    )
    refuses(["export", "-f", "json", "-o", str(tmp_path)], 2, says="is a folder")
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_a_file_format_on_a_terminal_is_refused_kindly(refuses, monkeypatch, full_journal, fmt):
    monkeypatch.setattr("steady.cli.export.stdout_is_terminal", lambda: True)
    result = refuses(["export", "--format", fmt], 2, says="-o")
    assert "meant for a file" in result.stderr


def test_csv_on_a_terminal_still_prints(steady, monkeypatch, full_journal):
    monkeypatch.setattr("steady.cli.export.stdout_is_terminal", lambda: True)
    assert ok(steady("export --format csv")).stdout.startswith("id,uuid,")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("export --format pdf", "is not one of md, html, json, csv"),
        ("export --format json --include messages", "sections of md and html"),
        ("export --format csv --exclude notes", "sections of md and html"),
        ("export --include diary", "no section 'diary'"),
        ("export --include notes --exclude notes", "both included and excluded"),
        (
            "export --exclude "
            + " --exclude ".join(["summary", "chart", "days", "episodes"])
            + " --exclude anchors --exclude checkins --exclude notes",
            "would be empty",
        ),
        ("export --format json --table anchors", "--table is for csv"),
        ("export --format csv --table feelings", "is not one of activations"),
        ("export --format json --redact", "keeps every word"),
        ("export --format json --since 2026-11-20 --until 2026-11-10", "before --since"),
        ("export --format html --since 2026-11-30", "--since is a day still to come"),
        ("export --format json --since soon", "Cannot read --since"),
    ],
)
def test_export_options_that_do_not_fit_are_refused(refuses, full_journal, args, says):
    refuses(args, 2, says=says)


def test_md_is_the_default_and_covers_the_last_four_weeks(steady, monkeypatch):
    markdown = pytest.importorskip("steady.exporters.markdown")
    seen: list[ExportRequest] = []

    def fake(journal: Journal, request: ExportRequest) -> str:
        seen.append(request)
        return "# summary\n"

    monkeypatch.setattr(markdown, "render", fake)
    run = ok(steady("export --include messages --exclude chart"))
    assert run.stdout == "# summary\n"
    (request,) = seen
    assert request.period is not None
    assert (request.period.first_day, request.period.last_day) == (
        date(2026, 10, 31),
        date(2026, 11, 27),
    )
    assert "messages" in request.sections and "chart" not in request.sections


# -- CSV ------------------------------------------------------------------------------------------


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_flattens_one_row_per_activation(steady, full_journal):
    table = rows(ok(steady("export --format csv")).stdout)
    assert [r["status"] for r in table] == ["settled", "settled", "open"]
    first = table[0]
    assert first["started_at"] == "2026-11-20T09:00:00+01:00"
    assert first["peak_intensity"] == "7"
    assert first["recovery_minutes"] == "90"
    assert first["first_location"] == "chest" and first["locations"] == "chest"
    assert first["feelings"] == "anxious; ignored"
    assert first["helped"] == "walk; named it"
    assert (first["urges"], first["urges_acted"]) == ("1", "1")
    assert first["retrospective"] == "true"
    assert first["context"] == "no reply since breakfast"
    assert table[2]["settled_at"] == "" and table[2]["recovery_minutes"] == ""


@pytest.mark.parametrize(
    ("table", "count", "column"),
    [
        ("readings", 4, "intensity"),
        ("anchors", 1, "kind"),
        ("checkins", 2, "hum"),
        ("messages", 1, "text"),
        ("notes", 2, "therapy"),
    ],
)
def test_csv_lists_other_records_with_table(steady, full_journal, table, count, column):
    listed = rows(ok(steady(["export", "--format", "csv", "--table", table])).stdout)
    assert len(listed) == count
    assert column in listed[0]


DANGEROUS = [
    '=HYPERLINK("http://example.invalid","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "  =1+1",
    "\x00=cmd|' /C calc'!A0",
    "\x1b[31m=1+1",
]


def test_csv_cells_cannot_become_formulas(journal, steady):
    with journal() as j:
        row = Activation(
            started_at=NOW - timedelta(hours=1),
            closed_at=NOW,
            context=DANGEROUS[0],
            story=DANGEROUS[1],
            created_at=NOW,
            updated_at=NOW,
        )
        row.readings.append(
            Reading(at=NOW - timedelta(hours=1), location="@chest", intensity=3, created_at=NOW)
        )
        j.session.add(row)
        for text in DANGEROUS:
            j.session.add(Note(text=text, at=NOW, created_at=NOW))
    notes = rows(ok(steady("export --format csv --table notes")).stdout)
    assert len(notes) == len(DANGEROUS)
    for note in notes:
        assert note["text"].startswith("'"), note["text"]
        assert "\x00" not in note["text"] and "\x1b" not in note["text"]
    assert notes[0]["text"] == "'" + DANGEROUS[0]
    activation = rows(ok(steady("export --format csv")).stdout)[0]
    for column in ("context", "story", "first_location", "locations"):
        assert activation[column].startswith("'"), column
    assert activation["id"] == "1" and activation["peak_intensity"] == "3"


@given(st.text())
def test_no_cleaned_cell_starts_like_a_formula(text):
    cell = csv_table.neutralise(for_display(text))
    assert cell.startswith("'") or not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_redact_hides_the_partner_and_chosen_words(steady, journal):
    pytest.importorskip("steady.exporters.summary")
    ok(steady("config set partner_name Sam"))
    ok(steady("config set redact_words 'Berlin'"))
    ok(steady("note 'Sam was in Berlin, sam said so'"))
    plain = rows(ok(steady("export --format csv --table notes")).stdout)[0]["text"]
    assert plain == "Sam was in Berlin, sam said so"
    hidden = rows(ok(steady("export --format csv --table notes --redact")).stdout)[0]["text"]
    assert "Sam" not in hidden and "sam" not in hidden and "Berlin" not in hidden
    assert "[partner]" in hidden and "[redacted]" in hidden


# -- import: refusals change nothing -----------------------------------------------------------


@pytest.fixture
def good_export(built: tuple[Path, dict[str, Any]], full_journal: None) -> dict[str, Any]:
    """The json export of FULL_WEEK (a fresh copy for each test)."""
    document: dict[str, Any] = json.loads(json.dumps(built[1]))
    return document


def write(tmp_path: Path, content: str | bytes, name: str = "file.json") -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    return str(path)


def changed(document: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> str:
    copy = json.loads(json.dumps(document))
    edit(copy)
    return json.dumps(copy)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (
            _set("activations.0.readings.0.intensity", 11),
            "activations[0].readings[0].intensity: must be 0–10",
        ),
        (
            _set("activations.1.settled_intensity", -1),
            "activations[1].settled_intensity: must be 0–10",
        ),
        (_set("anchors.0.felt", 12), "anchors[0].felt: must be 0–10"),
        (_set("checkins.0.hum", 99), "checkins[0].hum: must be 0–10"),
        (_set("anchors.0.minutes", -5), "anchors[0].minutes: must be 0 or more"),
        (_set("anchors.0.minutes", 10**30), "anchors[0].minutes: must be 1440 or less"),
        (
            _set("activations.0.readings.0.intensity", 10**30),
            "activations[0].readings[0].intensity: must be 0–10",
        ),
        (
            _set("activations.0.readings.0.intensity", "5"),
            "activations[0].readings[0].intensity: must be a whole number",
        ),
        (
            _set("activations.0.readings.0.intensity", 5.0),
            "activations[0].readings[0].intensity: must be a whole number",
        ),
        (_set("activations.0.started_at", KeyError), "activations[0].started_at: is missing"),
        (_set("activations.0.mood", "x"), "activations[0].mood: is not a field of steady.export/3"),
        (
            _set("activations.0.started_at", "2026-11-20T09:00:00"),
            "activations[0].started_at: needs its UTC offset",
        ),
        (
            _set("activations.0.started_at", "last friday"),
            "activations[0].started_at: must be a time in ISO 8601",
        ),
        (_set("activations.0.started_at", 1700000000), "activations[0].started_at: must be a time"),
        (
            _set("activations.0.settled_at", "2026-11-19T09:00:00+00:00"),
            "activations[0].settled_at: is before started_at",
        ),
        (
            _set("activations.0.feelings.0.story_word", 1),
            "activations[0].feelings[0].story_word: must be true or false",
        ),
        (_set("activations.0.urges.0.text", ""), "activations[0].urges[0].text: is empty"),
        (_set("activations.0.uuid", "not-a-uuid"), "activations[0].uuid: is not a lower-case UUID"),
        (_set("messages.0.status", "shouted"), "messages[0].status: must be 'draft', 'held'"),
        (_set("anchors.0.kind", "walk"), "anchors[0].kind: must be 'solitude'"),
        (_set("checkins.0.day", "2026-11-26T00:00:00"), "checkins[0].day: must be a day"),
        (
            _set("checkins.1.day", "2026-11-26"),
            "checkins[1].day: 2026-11-26 already has a check-in",
        ),
        (
            _set("activations.2.readings.0.uuid", None),
            "activations[2].readings[0].uuid: must be text",
        ),
        (_set("activations", {}), "activations: must be a list"),
        (_set("config.stale_hours", True), "config.stale_hours: must be a whole number, text"),
        (
            _set("exported_at", "0001-01-01T00:00:00+00:00"),
            "exported_at: must be between the years",
        ),
        (
            _set("notes.1.activation_uuid", "00000000-0000-4000-8000-000000000000"),
            "notes[1].activation_uuid: there is no activation with this uuid",
        ),
    ],
)
def test_a_file_with_a_bad_record_is_refused_naming_it(refuses, good_export, tmp_path, edit, says):
    result = refuses(["import", write(tmp_path, changed(good_export, edit))], 2, says=says)
    assert "Nothing was imported" in result.stderr


def test_the_same_uuid_twice_is_refused(refuses, good_export, tmp_path):
    twice = changed(good_export, _set("notes.1.uuid", good_export["notes"][0]["uuid"]))
    refuses(["import", write(tmp_path, twice)], 2, says="notes[1].uuid: the same uuid as notes[0]")


def test_several_problems_are_counted(refuses, good_export, tmp_path):
    def edit(document: dict[str, Any]) -> None:
        document["activations"][0]["readings"][0]["intensity"] = 11
        document["anchors"][0]["felt"] = 11
        document["checkins"][0]["hum"] = 11

    refuses(
        ["import", write(tmp_path, changed(good_export, edit))], 2, says="(and 2 more problems)"
    )


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "The file is empty"),
        (b"  \n", "The file is empty"),
        (b"\xff\xfe{", "not UTF-8 text"),
        (b"hello", "not valid JSON"),
        (b"[1, 2]", 'no "schema": "steady.export/3"'),
        (b'{"activations": []}', 'no "schema": "steady.export/3"'),
        (b'{"schema": "steady.review/1"}', '"steady.review/1" document, not a steady.export/3'),
        (b'{"schema": "steady.export/4", "whatever": 1}', "from a newer steady"),
        (b'{"schema": "steady.export/one"}', "a version of the export this steady does not know"),
        (b"[" * 100_000, "nested far too deeply"),
        (b'{"schema": "steady.export/1", "app_version": "\\ud800"}', "not valid JSON"),
        (b'{"schema": "steady.export/1", "activations": [', "cut short"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused_in_one_sentence(
    refuses, full_journal, tmp_path, content, says
):
    refuses(["import", write(tmp_path, content)], 2, says=says)


def test_a_file_without_records_says_so(steady, good_export, tmp_path, db_path):
    for kind in KINDS:
        good_export[kind] = []
    before = snapshot(db_path)
    run = ok(steady(["import", write(tmp_path, json.dumps(good_export))]))
    assert "There are no records in" in run.stdout
    assert snapshot(db_path) == before


def test_a_truncated_export_is_refused(refuses, good_export, tmp_path):
    text = json.dumps(good_export, indent=2)
    refuses(["import", write(tmp_path, text[: len(text) // 2])], 2, says="cut short")


def test_a_missing_file_or_a_folder_is_refused(refuses, full_journal, tmp_path):
    refuses(["import", str(tmp_path / "absent.json")], 2, says="There is no file")
    refuses(["import", str(tmp_path)], 2, says="is a folder")


def test_a_bad_file_does_not_even_create_a_journal(steady, db_path, tmp_path):
    run = steady(["import", write(tmp_path, "{")])
    assert run.exit_code == 2
    assert not db_path.exists()


def test_a_nested_uuid_already_used_here_refuses_the_whole_file(
    refuses, steady, good_export, tmp_path
):
    # A new activation whose reading reuses the uuid of a reading already in the journal.
    def edit(document: dict[str, Any]) -> None:
        document["activations"][0]["uuid"] = "11111111-1111-4111-8111-111111111111"
        document["notes"][0]["activation_uuid"] = "11111111-1111-4111-8111-111111111111"

    refuses(
        ["import", write(tmp_path, changed(good_export, edit))],
        2,
        says="activations[0].readings[0].uuid: already belongs to another activation",
    )


# -- import: what it adds and what it keeps --------------------------------------------------------


def test_a_dry_run_reports_and_changes_nothing(steady, good_export, tmp_path, db_path):
    other = tmp_path / "other.db"
    ok(steady(["--db", str(other), "notice", "chest", "tight", "-i", "3"]))
    backup = write(tmp_path, json.dumps(good_export))
    before = snapshot(other)
    run = ok(steady(["--db", str(other), "import", backup, "--dry-run"]))
    assert snapshot(other) == before
    assert "Dry run, nothing was changed" in run.stdout
    assert "3 to add" in run.stdout
    assert "would come in as unresolved" in run.stdout
    assert f"steady import {backup}" in run.stdout


def test_a_dry_run_without_a_journal_creates_none(steady, good_export, tmp_path):
    other = tmp_path / "fresh" / "steady.db"
    other.parent.mkdir()
    run = ok(
        steady(
            ["--db", str(other), "import", write(tmp_path, json.dumps(good_export)), "--dry-run"]
        )
    )
    assert "3 to add" in run.stdout
    assert not other.exists()
    assert list(other.parent.iterdir()) == []


def test_import_reads_standard_input(steady, good_export, tmp_path):
    other = str(tmp_path / "other.db")
    run = ok(steady(["--db", other, "import", "-"], input=json.dumps(good_export)))
    assert "Imported standard input" in run.stdout
    assert without_moment(_export_db(steady, other)) == without_moment(good_export)


def test_a_changed_record_is_counted_and_never_overwritten(steady, good_export, tmp_path):
    other = str(tmp_path / "other.db")
    backup = write(tmp_path, json.dumps(good_export))
    ok(steady(["--db", other, "import", backup]))
    ok(steady(["--db", other, "edit", "1", "--story", "my own words"]))
    run = ok(steady(["--db", other, "import", backup]))
    assert "different in the file (yours kept)" in run.stdout
    assert "never overwritten" in run.stdout
    shown = ok(steady(["--db", other, "show", "1", "--json"])).json()
    assert shown["story"] == "my own words"


def test_an_open_activation_comes_in_unresolved_when_one_is_open_here(
    steady, good_export, tmp_path
):
    other = str(tmp_path / "other.db")
    ok(steady(["--db", other, "notice", "jaw", "tight", "-i", "4", "--at", "21:00"]))
    run = ok(steady(["--db", other, "import", write(tmp_path, json.dumps(good_export))]))
    assert "came in as unresolved" in run.stdout
    assert "steady settle --id 4 --at WHEN" in run.stdout
    listed = ok(steady(["--db", other, "log", "--json"])).json()
    status = {a["id"]: a["status"] for a in listed}
    assert status == {1: "open", 2: "settled", 3: "settled", 4: "unresolved"}
    closed = next(a for a in listed if a["id"] == 4)
    assert closed["closed_at"] == "2026-11-27T22:30:00+01:00"
    again = ok(steady(["--db", other, "import", write(tmp_path, json.dumps(good_export))]))
    assert re.search(r"activations +3 already here\n", again.stdout)  # closed here, the same


def test_a_checkin_for_a_day_already_checked_in_is_kept_as_it_is(steady, good_export, tmp_path):
    other = str(tmp_path / "other.db")
    ok(steady(["--db", other, "checkin", "--hum", "8", "--date", "2026-11-26"]))
    run = ok(steady(["--db", other, "import", write(tmp_path, json.dumps(good_export))]))
    assert re.search(r"check-ins +1 added · 1 already here but different", run.stdout)
    days = ok(steady(["--db", other, "checkins", "--json"])).json()
    hum = {d["day"]: d["hum"] for d in days}
    assert hum["2026-11-26"] == 8


def test_settings_in_the_file_are_reported_not_applied(steady, good_export, tmp_path):
    good_export["config"]["partner_name"] = "Sam"
    run = ok(steady(["import", write(tmp_path, json.dumps(good_export))]))
    assert "settings differ from yours (partner_name)" in run.stdout
    shown = ok(steady("config get partner_name")).stdout
    assert "Sam" not in shown


def test_export_and_import_help_do_not_load_the_database_stack():
    from tests.test_imports import heavy_modules_loaded

    assert heavy_modules_loaded(["export", "--help"]) == []
    assert heavy_modules_loaded(["import", "--help"]) == []


def test_only_the_schema_and_the_importer_import_pydantic():
    from tests.test_architecture import imports, roots

    mine = [
        ROOT / "src" / "steady" / "exporters" / "json_backup.py",
        ROOT / "src" / "steady" / "exporters" / "csv_table.py",
        ROOT / "src" / "steady" / "cli" / "export.py",
    ]
    for path in mine:
        assert "pydantic" not in roots(imports(path)), path
        assert "steady.importer" not in imports(path, top_level_only=True)
        assert "steady.exporters.schema" not in imports(path, top_level_only=True)


# -- the property: any journal survives export and import ------------------------------------------

SPECIAL_TEXT = [
    "😟🫀 tight, 🏳️‍🌈",
    "مرحبا — أشعر بالقلق",
    "שלום \u202eevil\u202c",
    "a\x00b",
    "[red]alarm[/red] [bold]",
    "\x1b[31mred\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07",
    "=cmd|' /C calc'!A0",
    "line\nbreak\r\nand\ttab",
    "x" * 5000,
    " ",
]
# Text as the command line lets it be typed: never blank, words at most 80 characters
# (steady.text); moments and days never in the future.
TEXT = st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(SPECIAL_TEXT)).filter(
    lambda t: t.strip()
)
MAYBE_TEXT = st.none() | TEXT
WORD = TEXT.filter(lambda t: len(t) <= 80)
MAYBE_WORD = st.none() | WORD
MOMENT = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2026, 11, 27), timezones=st.just(UTC)
)
LATER = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3))
INTENSITY = st.integers(min_value=0, max_value=10)


@st.composite
def activations(draw: st.DrawFn) -> Activation:
    start = draw(MOMENT)
    settled = draw(st.none() | LATER.map(lambda d: start + d))
    row = Activation(
        started_at=start,
        settled_at=settled,
        closed_at=draw(st.none() | LATER.map(lambda d: start + d)),
        settled_intensity=draw(st.none() | INTENSITY),
        context=draw(MAYBE_TEXT),
        story=draw(MAYBE_TEXT),
        created_at=draw(MOMENT),
        updated_at=draw(MOMENT),
    )
    for _ in range(draw(st.integers(0, 3))):
        row.readings.append(
            Reading(
                at=start + draw(LATER),
                location=draw(MAYBE_WORD),
                sensation=draw(MAYBE_WORD),
                intensity=draw(INTENSITY),
                created_at=draw(MOMENT),
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        row.feelings.append(
            Feeling(
                name=draw(WORD),
                story_word=draw(st.booleans()),
                at=draw(MOMENT),
                created_at=draw(MOMENT),
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        row.urges.append(
            Urge(
                text=draw(TEXT), acted=draw(st.booleans()), at=draw(MOMENT), created_at=draw(MOMENT)
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        row.helped.append(Helped(practice=draw(WORD), created_at=draw(MOMENT)))
    for _ in range(draw(st.integers(0, 2))):
        row.notes.append(
            Note(
                text=draw(TEXT),
                therapy=draw(st.booleans()),
                at=draw(MOMENT),
                created_at=draw(MOMENT),
            )
        )
    return row


ANCHORS = st.builds(
    Anchor,
    kind=st.sampled_from(["solitude", "interest", "friendship", "self-directed", "body", "other"]),
    what=MAYBE_WORD,
    minutes=st.none() | st.integers(0, 1440),
    felt=st.none() | INTENSITY,
    at=MOMENT,
    note=MAYBE_TEXT,
    created_at=MOMENT,
)
MESSAGES = st.builds(
    Message,
    text=TEXT,
    status=st.sampled_from(["draft", "held", "sent", "discarded"]),
    flags=st.lists(
        st.fixed_dictionaries({"rule": st.text(max_size=10), "match": TEXT}), max_size=2
    ),
    created_at=MOMENT,
    updated_at=MOMENT,
    sent_at=st.none() | MOMENT,
)
NOTES = st.builds(Note, text=TEXT, therapy=st.booleans(), at=MOMENT, created_at=MOMENT)


def checkins(days: list[date], draw: st.DrawFn) -> list[Checkin]:
    return [
        Checkin(
            day=day,
            hum=draw(st.none() | INTENSITY),
            note=draw(MAYBE_TEXT),
            no_activation=draw(st.booleans()),
            created_at=draw(MOMENT),
            updated_at=draw(MOMENT),
        )
        for day in days
    ]


@st.composite
def journals(draw: st.DrawFn) -> list[Any]:
    records: list[Any] = draw(st.lists(activations(), max_size=4))
    opened = False
    for row in records:  # at most one open, as the journal keeps it
        if row.settled_at is None and row.closed_at is None:
            if opened:
                row.closed_at = row.started_at
            opened = True
    days = draw(st.lists(st.dates(date(2000, 1, 1), date(2026, 11, 27)), unique=True, max_size=3))
    records += checkins(days, draw)
    records += draw(st.lists(ANCHORS, max_size=3))
    records += draw(st.lists(MESSAGES, max_size=3))
    records += draw(st.lists(NOTES, max_size=3))
    return records


class _Undo(Exception):
    """Raised at the end of each example so both journals are rolled back."""


@pytest.fixture
def two_journals(tmp_path: Path) -> Callable[[str], Any]:
    databases = {name: open_database(tmp_path / f"{name}.db", now=NOW) for name in ("a", "b")}
    conf = config.Config({}, tmp_path / "config.toml")

    def opener(name: str) -> Any:
        return open_journal(databases[name], now=NOW, tz=TZ, config=conf)

    return opener


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(records=journals())
def test_any_journal_survives_export_and_import(two_journals, records):
    everything = ExportRequest(period=None)
    with pytest.raises(_Undo), two_journals("a") as a, two_journals("b") as b:
        a.session.add_all(records)
        a.session.flush()
        text = json_backup.render(a, everything)
        schema.ExportDocument.model_validate_json(text)
        original = json.loads(text)

        plan = plan_import(b, text.encode("utf-8"))
        assert plan.counts["activations"].added == len(original["activations"])
        apply_import(b, plan)
        copy = json.loads(json_backup.render(b, everything))
        assert without_moment(copy) == without_moment(original)

        again = plan_import(b, text.encode("utf-8"))
        assert not again.adds_anything
        assert all(c.differs == 0 for c in again.counts.values())
        assert [again.counts[k].same for k in KINDS] == [len(original[k]) for k in KINDS]
        apply_import(b, again)
        assert json.loads(json_backup.render(b, everything)) == copy
        raise _Undo
