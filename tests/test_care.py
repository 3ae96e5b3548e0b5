"""Care as a person meets it: support on every path that keeps words, help-now by country
and in any encoding, and the personal safety plan."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ok

ROOT = Path(__file__).resolve().parent.parent

# Phrasings the first version missed (from the care issue), one for each concern.
NOT_LIVING = "life isn't worth living without you"
AFRAID = "he checks my phone and won't let me see friends"
CRISIS_MARK = "You don't have to hold this alone"
FEAR_MARK = "Fear of real harm is not an attachment pattern"
CRISIS_LINE = "Samaritans, call 116 123"  # the general lines: no country in the tests
ABUSE_LINE = "National Domestic Abuse Helpline"


def open_one(steady: Any) -> None:
    ok(steady("notice chest tight -i 5"))


def export_with_a_note(tmp_path: Path, text: str) -> str:
    document: dict[str, Any] = {
        "schema": "steady.export/1",
        "exported_at": "2026-11-27T20:00:00+00:00",
        "app_version": "0.1.0",
        "range": None,
        "activations": [],
        "anchors": [],
        "checkins": [],
        "messages": [],
        "notes": [
            {
                "uuid": "0b6a3c56-1f8e-4d2a-9f4e-8d7c6b5a4f3e",
                "text": text,
                "therapy": False,
                "occurred_at": "2026-11-20T20:00:00+00:00",
                "created_at": "2026-11-20T20:00:00+00:00",
                "activation_uuid": None,
            }
        ],
        "config": {},
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


# (command, parameter) -> how to drive it with TEXT; every free-text parameter is here.
def _paths() -> dict[tuple[str, str], Any]:
    def direct(*args: str, setup: bool = False) -> Any:
        def drive(steady: Any, text: str, tmp_path: Path) -> Any:
            if setup:
                open_one(steady)
            return steady([*args[:-1], args[-1].replace("TEXT", text)] if args else [])

        return drive

    def composer(steady: Any, text: str, tmp_path: Path) -> Any:
        return steady("share write", input=f"{text}\n\n\n\n\n", tty=True)

    def review_answer(steady: Any, text: str, tmp_path: Path) -> Any:
        return steady("review", input=f"{text}\n", tty=True)

    def imported(steady: Any, text: str, tmp_path: Path) -> Any:
        return steady(["import", export_with_a_note(tmp_path, text)])

    return {
        ("steady notice", "context"): direct(
            "notice", "chest", "tight", "-i", "5", "--context", "TEXT"
        ),
        ("steady story", "text"): direct("story", "TEXT", setup=True),
        ("steady urge", "text"): direct("urge", "TEXT", setup=True),
        ("steady note", "text"): direct("note", "TEXT"),
        ("steady checkin", "note"): direct("checkin", "--note", "TEXT"),
        ("steady anchor", "what"): direct("anchor", "solitude", "TEXT"),
        ("steady anchor", "note"): direct("anchor", "solitude", "a walk", "--note", "TEXT"),
        ("steady settle", "note"): direct("settle", "--note", "TEXT", setup=True),
        ("steady settle", "helped"): direct("settle", "--helped", "TEXT", setup=True),
        ("steady edit", "context"): direct("edit", "1", "--context", "TEXT", setup=True),
        ("steady edit", "story"): direct("edit", "1", "--story", "TEXT", setup=True),
        ("steady share check", "text"): direct("share", "check", "TEXT"),
        ("steady share save", "text"): direct("share", "save", "TEXT"),
        ("steady share write", "composer"): composer,
        ("steady review", "answer"): review_answer,
        ("steady import", "file"): imported,
    }


PATHS = _paths()
FREE_TEXT_METAVARS = {"TEXT", "TEXT...", "WHAT", "FEELING...", "PRACTICE"}
# Parameters that take words but are not writing: what the safety plan holds is the care
# itself; --unname takes back a feeling; a feeling is checked in its own test below.
NOT_CHECKED = {("steady plan add", "text"), ("steady edit", "unname"), ("steady name", "feelings")}


def test_every_free_text_parameter_goes_through_the_care_check():
    from steady.cli.reference import commands

    free = {
        (name, param.name)
        for name, command in commands()
        for param in getattr(command, "params", [])
        if getattr(param, "metavar", None) in FREE_TEXT_METAVARS
    }
    assert free, "the free-text parameters were found"
    missing = free - set(PATHS) - NOT_CHECKED
    assert not missing, f"a free-text parameter has no care test: {sorted(missing)}"


@pytest.mark.parametrize("where", list(PATHS), ids=[f"{c} {p}" for c, p in PATHS])
@pytest.mark.parametrize(("text", "line"), [(NOT_LIVING, CRISIS_LINE), (AFRAID, ABUSE_LINE)])
def test_care_comes_on_every_path_that_keeps_words(steady, tmp_path, where, text, line):
    run = PATHS[where](steady, text, tmp_path)
    assert run.exit_code == 0, (run.stdout, run.stderr)
    body = " ".join(run.stdout.split())
    assert line in body
    # Support leads: nothing reflective is said before it, nothing contradicts it.
    for reflective in ("Can you name the feeling", "A story can feel like insight", "mirror"):
        assert reflective not in body or body.index(line) < body.index(reflective)
    assert "Nothing here reads as pressure" not in body


@pytest.mark.parametrize("where", list(PATHS), ids=[f"{c} {p}" for c, p in PATHS])
def test_ordinary_words_bring_no_support_lines(steady, tmp_path, where):
    run = PATHS[where](steady, "dying to see you tonight, this traffic is killing me", tmp_path)
    assert run.exit_code == 0, (run.stdout, run.stderr)
    body = " ".join(run.stdout.split())
    assert CRISIS_LINE not in body and ABUSE_LINE not in body


def test_a_feeling_named_suicidal_brings_support_first(steady):
    open_one(steady)
    run = ok(steady("name suicidal"))
    assert CRISIS_MARK in " ".join(run.stdout.split())
    assert "Naming it plainly" not in run.stdout


def test_what_the_safety_plan_holds_never_brings_the_care_prompts(steady):
    run = ok(
        steady(["plan", "add", "signs", "when I start thinking everyone is better off without me"])
    )
    assert CRISIS_MARK not in run.stdout
    assert "Added 1 line" in run.stdout


def test_imported_words_are_named_as_from_another_time(steady, tmp_path):
    run = ok(steady(["import", export_with_a_note(tmp_path, "i want to kill myself")]))
    assert "Some of what came in speaks of not wanting to live" in " ".join(run.stdout.split())
    assert run.stdout.index("Some of what came in") < run.stdout.index("Imported")


# -- what care says, and what it leaves out --------------------------------------------------


def test_share_check_never_calls_words_of_death_free_of_pressure(steady):
    for text in ("i'd rather be dead than lose you", "i wish i wasn't here anymore"):
        run = ok(steady(["share", "check", text]))
        assert "Nothing here reads as pressure" not in run.stdout
        assert CRISIS_MARK in " ".join(run.stdout.split())


def test_share_check_json_keeps_the_mirror_and_says_what_fired(steady):
    text = "why didn't you text me back?? i want to die"
    data = ok(steady(["share", "check", text, "--json"])).json()
    assert [c["concern"] for c in data["care"]] == ["self-harm"]
    assert data["care"][0]["sign"] == "wish to be dead"
    assert data["care"][0]["match"] == "i want to die"
    assert data["flags"], "the mirror's findings are still listed"
    plain = ok(steady(["share", "check", "how was your day?", "--json"])).json()
    assert plain["care"] == []


def test_a_guided_notice_offers_to_stop_after_the_support_lines(steady):
    answers = "1\n1\n6\nhe threw a plate at me again\nn\n"  # chest, tight, 6, context, stop
    run = steady("notice", input=answers, tty=True)
    assert run.exit_code == 0, run.stderr
    assert FEAR_MARK in " ".join(run.stdout.split())
    assert "Go on with the journal now?" in run.stdout
    assert "Can you name the feeling?" not in run.stdout
    assert "Your reading is kept" in run.stdout
    going_on = steady("notice --new", input="1\n1\n6\nhe threw a plate at me again\ny\n", tty=True)
    assert "Can you name the feeling?" in going_on.stdout


def test_without_a_terminal_nothing_reflective_follows_the_support(steady):
    run = ok(steady(["notice", "chest", "tight", "-i", "6", "--context", AFRAID]))
    assert "Can you name the feeling?" not in run.stdout
    assert "Your reading is kept: tight chest, 6/10" in run.stdout


def test_care_for_not_living_shows_the_persons_own_plan(steady):
    ok(steady(["plan", "add", "people", "Sam, 07700 900123"]))
    ok(steady(["plan", "add", "signs", "lying awake replaying things"]))
    run = ok(steady(["note", NOT_LIVING]))
    assert "Your safety plan:" in run.stdout
    assert "Sam, 07700 900123" in run.stdout
    assert "lying awake" not in run.stdout  # the warning signs have done their work by now
    fear = ok(steady(["note", AFRAID]))
    assert "Your safety plan:" not in fear.stdout


def test_someone_elses_words_bring_the_lines_for_the_one_who_is_worried(steady):
    ok(steady(["plan", "add", "people", "Sam, 07700 900123"]))
    run = ok(steady(["note", "my brother texted that he doesn't want to live anymore"]))
    assert "someone you care about" in run.stdout
    assert "116 123" in run.stdout  # the same lines, first
    assert "Your safety plan:" not in run.stdout  # the reader's own plan is not the point
    own = ok(steady(["note", "my brother called, and I keep wishing I was dead"]))
    assert "someone you care about" not in own.stdout
    assert "Your safety plan:" in own.stdout


def test_words_of_danger_written_as_a_story_are_kept_in_the_persons_words(steady):
    ok(steady("notice chest tight -i 6"))
    ok(steady(["story", "he took my phone and wont let me see my friends"]))
    ok(steady(["story", "they are losing interest"]))
    shown = json.loads(ok(steady("show 1 --json")).stdout)
    assert shown["story"] == "they are losing interest"  # only the story is "the story"
    assert [n["text"] for n in shown["notes"]] == [
        "he took my phone and wont let me see my friends"
    ]


def test_the_status_after_words_of_danger_keeps_support_first(steady):
    ok(steady(["notice", "chest", "tight", "-i", "7", "--context", NOT_LIVING]))
    run = ok(steady([]))
    assert "Support is there any time: steady help-now" in " ".join(run.stdout.split())
    assert "Can you name the feeling?" not in run.stdout
    ok(steady(["notice", "chest", "tight", "-i", "4", "--new", "--context", "no reply"]))
    assert "Can you name the feeling?" in ok(steady([])).stdout


def test_the_partners_name_is_read_as_the_partner(steady):
    ok(steady("config set partner_name Sam"))
    run = ok(steady(["note", "Sam grabbed my wrist and twisted it"]))
    assert FEAR_MARK in " ".join(run.stdout.split())


# -- help-now ------------------------------------------------------------------------------


def test_help_now_picks_lines_by_country(steady, monkeypatch):
    monkeypatch.setenv("LANG", "en_AU.UTF-8")  # not installed here: only its name is read
    run = ok(steady("help-now"))
    assert "13 11 14" in run.stdout and "1800 737 732" in run.stdout
    assert "call 000" in run.stdout
    assert "from your locale (LANG=en_AU.UTF-8)" in " ".join(run.stdout.split())
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # LC_ALL wins, as for the C library
    assert "0800 111 0 111" in ok(steady("help-now")).stdout
    ok(steady("config set country NZ"))  # the setting wins over the locale
    assert "1737" in ok(steady("help-now")).stdout
    assert "3114" in ok(steady("help-now --country france")).stdout  # and --country over both


def test_help_now_with_an_unknown_country_gives_the_directory(steady):
    run = ok(steady("help-now --country KE"))
    assert "steady has no lines of its own for KE" in run.stdout
    assert "findahelpline.com" in run.stdout


def test_help_now_never_creates_a_journal(steady, db_path):
    ok(steady("help-now"))
    assert not db_path.exists()


def test_help_now_shows_the_plan_after_the_numbers(steady):
    ok(steady(["plan", "add", "coping", "cold water on my face"]))
    out = ok(steady("help-now")).stdout
    assert "cold water on my face" in out
    assert out.index("116 123") < out.index("Your safety plan:")


def _run(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "STEADY_HOME": str(home), "LANG": "C", **extra}
    for name in ("LC_ALL", "LC_MESSAGES", "STEADY_PASSPHRASE"):
        env.pop(name, None)
    env.update(extra)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "steady", *args], env=env, capture_output=True, timeout=120
    )


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252", "utf-8"])
def test_help_now_prints_in_full_in_any_output_encoding(isolated_home, encoding):
    run = _run(["help-now", "--country", "SE"], isolated_home, PYTHONIOENCODING=encoding)
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode(encoding)
    for number in ("112", "90101", "020-50 50 50", "findahelpline.com"):
        assert number in out
    assert "Traceback" not in run.stderr.decode(encoding, "replace")
    assert out.rstrip().endswith("not therapy or an emergency service.")


def test_every_screen_falls_back_to_plain_characters(isolated_home):
    _run(
        ["notice", "chest", "tight", "-i", "4", "--context", "no reply — since lunch"],
        isolated_home,
    )
    run = _run(["log"], isolated_home, PYTHONIOENCODING="ascii")
    assert run.returncode == 0, run.stderr
    assert b"tight chest" in run.stdout


ORDER_PROBE = """
import sys
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"sqlalchemy", "sqlmodel", "pydantic", "sqlcipher3", "rich"}:
            sys.stdout.write(f"<<opening {name}>>\\n")
            sys.stdout.flush()
            sys.meta_path.remove(self)
        return None
sys.meta_path.insert(0, Watch())
sys.argv = ["steady", "help-now"]
from steady.cli import main
main()
"""


def test_the_numbers_are_on_the_screen_before_the_journal_is_opened(isolated_home, steady):
    ok(steady(["plan", "add", "coping", "cold water"]))  # a journal to open afterwards
    env = {**os.environ, "STEADY_HOME": str(isolated_home), "LANG": "C"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    run = subprocess.run(
        [sys.executable, "-c", ORDER_PROBE], env=env, capture_output=True, timeout=120, text=True
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "<<opening sqlalchemy" in out  # the plan is read, after
    assert out.index("116 123") < out.index("<<opening")
    assert out.index("0808 2000 247") < out.index("<<opening")
    assert "cold water" in out


def test_an_encrypted_journal_asks_nothing_before_the_numbers(isolated_home, steady):
    ok(steady(["plan", "add", "coping", "cold water"]))
    env = {"STEADY_PASSPHRASE": "correct horse battery"}
    encrypted = _run(["encrypt"], isolated_home, **env)
    assert encrypted.returncode == 0, encrypted.stderr
    locked = _run(["help-now"], isolated_home, STEADY_INTERACTIVE="0")
    assert locked.returncode == 0, locked.stderr
    assert b"116 123" in locked.stdout
    assert b"kept in your encrypted journal" in locked.stdout
    opened = _run(["help-now"], isolated_home, **env)
    assert b"cold water" in opened.stdout
    assert opened.stdout.index(b"116 123") < opened.stdout.index(b"cold water")


# -- the safety plan -----------------------------------------------------------------------


def test_a_plan_is_written_step_by_step_in_a_terminal(steady):
    # Seven steps; Enter on an empty line goes on; two lines under "people".
    answers = "\n".join(["racing thoughts at night", "", "", "", "Sam", "my sister", ""] + [""] * 3)
    run = steady("plan", input=answers + "\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "Step 1 of 7 · My warning signs" in run.stdout
    assert "Step 7 of 7 · What matters most to me" in run.stdout
    assert "Kept 3 lines in your safety plan." in run.stdout
    plan = ok(steady("plan --json")).json()
    lines = {s["step"]: [i["text"] for i in s["items"]] for s in plan["steps"]}
    assert lines["signs"] == ["racing thoughts at night"]
    assert lines["people"] == ["Sam", "my sister"]
    assert lines["coping"] == []


def test_each_step_is_kept_as_it_is_finished(steady):
    run = steady("plan", input="racing thoughts\n\n", tty=True)  # then the questions stop
    assert run.exit_code != 0
    plan = ok(steady("plan --json")).json()
    assert plan["steps"][0]["items"][0]["text"] == "racing thoughts"


def test_lines_are_added_and_taken_out_by_their_numbers(steady):
    ok(steady(["plan", "add", "coping", "a cold shower", "walk round the block"]))
    ok(steady(["plan", "add", "2", "music"]))
    shown = ok(steady("plan")).stdout
    assert "   3. music" in shown
    assert "Always there:" in shown
    run = ok(steady("plan remove coping 1"))
    assert "a cold shower" in run.stdout
    left = ok(steady("plan --json")).json()["steps"][1]["items"]
    assert [i["text"] for i in left] == ["walk round the block", "music"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["plan", "add", "hope", "x"], "'hope' is not a step of the safety plan"),
        (["plan", "add", "people", "   "], "is empty"),
        (["plan", "add", "people"], "The line to add is missing"),
        (["plan", "remove", "people", "1"], "has nothing written yet"),
        (["plan", "remove", "people", "x"], "is not a line number"),
        (["plan", "edit"], "needs a terminal"),
        (["plan", "--format", "pdf"], "--format 'pdf' is not one of"),
    ],
)
def test_plan_refusals_leave_the_journal_unchanged(steady, refuses, args, says):
    ok(steady(["plan", "add", "coping", "a walk"]))
    code = 1 if "nothing written" in says else 2
    refuses(args, code, says=says)


def test_the_plan_prints_on_one_page(steady, tmp_path):
    ok(steady(["plan", "add", "people", "Sam <script>alert(1)</script>"]))
    target = tmp_path / "plan.html"
    run = ok(steady(["plan", "-o", str(target)]))
    assert "holds your own words" in run.stderr
    page = target.read_text("utf-8")
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "Content-Security-Policy" in page
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    markdown = ok(steady("plan --format md")).stdout
    assert markdown.startswith("# My safety plan")
    assert "Sam \\<script\\>" in markdown
    assert "- In immediate danger" in markdown


def test_the_plan_travels_in_the_export_and_comes_back(steady, tmp_path, db_path):
    ok(steady(["plan", "add", "reason", "my niece"]))
    document = ok(steady("export --format json")).json()
    assert document["schema"] == "steady.export/3"
    assert [p["text"] for p in document["safety_plan"]] == ["my niece"]
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(document), "utf-8")
    other = str(tmp_path / "other.db")
    run = ok(steady(["--db", other, "import", str(path)]))
    assert re.search(r"safety plan +1 added", run.stdout)
    again = ok(steady(["--db", other, "import", str(path)]))
    assert re.search(r"safety plan +1 already here", again.stdout)
    theirs = ok(steady(["--db", other, "export", "--format", "json"])).json()
    assert theirs["safety_plan"] == document["safety_plan"]


def test_an_older_export_without_a_plan_still_imports(steady, tmp_path):
    run = ok(steady(["import", export_with_a_note(tmp_path, "a quiet evening")]))
    assert "notes" in run.stdout and "1 added" in run.stdout


def test_the_plan_is_encrypted_with_the_journal(isolated_home, steady):
    secret = "the spare pills stay at Sams flat"
    ok(steady(["plan", "add", "safer", secret]))
    ok(steady(["note", "x"]))  # the journal exists and holds the line
    assert _run(["encrypt"], isolated_home, STEADY_PASSPHRASE="pw pw pw pw").returncode == 0
    for path in isolated_home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_country_setting_is_checked(steady, refuses, isolated_home):
    config_file = isolated_home / "config.toml"
    assert ok(steady(["config", "set", "country", "the uk"])).stdout.strip() == "country is now GB."
    before = config_file.read_bytes()
    refuses(["config", "set", "country", "Atlantis"], says="is not two letters")
    assert config_file.read_bytes() == before


def test_the_lines_table_in_the_docs_is_current():
    from steady.language.helplines import docs_table

    page = (ROOT / "docs" / "care.md").read_text("utf-8")
    table = page.split("<!-- lines:start -->\n", 1)[1].split("<!-- lines:end -->", 1)[0]
    assert table == docs_table(), "regenerate the table in docs/care.md from helplines.py"


def test_lines_for_at_least_fifteen_countries_each_with_its_source():
    from steady.language.helplines import BY_CODE

    assert len(BY_CODE) >= 15
    assert {"US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR"} <= set(BY_CODE)
    for country in BY_CODE.values():
        assert country.crisis and country.abuse and country.emergency
        for line in (*country.crisis, *country.abuse):
            assert line.source.startswith(("http://", "https://")), (country.code, line)


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ({"LANG": "en_AU.UTF-8"}, "AU"),
        ({"LANG": "de_DE@euro"}, "DE"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"}, "CA"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "pt_BR.UTF-8", "LC_MESSAGES": "fr_FR"}, "BR"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
        ({"LANG": "de"}, None),
    ],
)
def test_the_country_comes_from_the_locale_as_the_c_library_reads_it(variables, code):
    from steady.language.helplines import country_from_locale

    found = country_from_locale(variables)
    assert (found[0] if found else None) == code


def test_an_urge_written_as_the_rest_of_the_sentence_is_read_whole(steady):
    open_one(steady)
    run = ok(steady(["urge", "to cut"]))
    assert CRISIS_LINE in " ".join(run.stdout.split())
    assert "Noticing an urge is already a pause" not in run.stdout


def test_support_is_never_behind_a_passphrase(isolated_home, steady):
    ok(steady("note x"))
    assert _run(["encrypt"], isolated_home, STEADY_PASSPHRASE="pw pw pw pw").returncode == 0
    locked = _run(["note", "i want to die tonight"], isolated_home, STEADY_INTERACTIVE="0")
    assert locked.returncode == 1
    assert b"Samaritans, call 116 123" in locked.stdout
    assert b"a passphrase is needed" in locked.stderr
    asked = _run(
        ["note", "i want to die tonight"], isolated_home, STEADY_INTERACTIVE="1"
    )  # the passphrase question comes after the lines; no answer: nothing saved
    assert b"Samaritans, call 116 123" in asked.stdout
    assert asked.stderr.index(b"Passphrase") >= 0


def test_support_comes_even_when_a_refusal_stops_the_command(steady):
    run = steady(["note", "--id", "99", "i want to die"])
    assert run.exit_code == 1
    assert CRISIS_LINE in " ".join(run.stdout.split())
    assert "There is no activation 99" in run.stderr


def test_the_guided_question_after_support_asks_again_kindly(steady):
    answers = "1\n1\n6\nhe threw a plate at me again\nmaybe\n\n"
    run = steady("notice", input=answers, tty=True)
    assert run.exit_code == 0, run.stderr
    assert "y for yes, n for no, or Enter to stop." in run.stdout
    assert "Error" not in run.stdout + run.stderr
    assert "Stopping here. Everything you wrote is kept" in " ".join(run.stdout.split())


def test_a_line_typed_before_ctrl_c_is_kept(steady):
    # Steps 1-3 skipped, one person in step 4, then the input ends mid-step (Ctrl-D).
    run = steady("plan", input="\n\n\nMaya 0412 555 019\n", tty=True)
    assert run.exit_code == 130
    assert "Every line you typed is kept in your safety plan." in run.stderr
    plan = ok(steady("plan --json")).json()
    assert [i["text"] for i in plan["steps"][3]["items"]] == ["Maya 0412 555 019"]


def test_the_emergency_line_reads_plainly_with_other_numbers():
    from steady.language.helplines import BY_CODE

    assert (
        BY_CODE["DE"].emergency_sentence == "In immediate danger in Germany: call 112 (police 110)"
    )
    assert BY_CODE["GB"].emergency_sentence == "In immediate danger in the UK: call 999"


def test_a_broken_settings_file_is_named_not_taken_for_no_country(steady, isolated_home):
    isolated_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text("country = [ not toml\n")
    run = ok(steady("help-now"))
    assert "116 123" in run.stdout
    assert "Your settings could not be read" in " ".join(run.stdout.split())


CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None
)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed here")
def test_a_full_plan_prints_on_one_page(steady, tmp_path):
    import re

    for step in ("signs", "coping", "distract", "people", "services", "safer", "reason"):
        lines = [f"line {n} of about fifty characters, written like this one" for n in range(5)]
        ok(steady(["plan", "add", step, *lines]))
    page, pdf = tmp_path / "plan.html", tmp_path / "plan.pdf"
    ok(steady(["plan", "-o", str(page)]))
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())
    assert len(pages) == 1


def test_after_the_passphrase_the_plan_follows_the_lines(isolated_home, steady):
    ok(steady(["plan", "add", "people", "Jo, 07700 900456"]))
    env = {"STEADY_PASSPHRASE": "pw pw pw pw"}
    assert _run(["encrypt"], isolated_home, **env).returncode == 0
    run = _run(["note", "i want to die tonight"], isolated_home, **env)
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode()
    assert out.count("Samaritans, call 116 123") == 1
    assert out.index("116 123") < out.index("Jo, 07700 900456") < out.index("Your words are saved")


def test_json_stays_plain_json_when_an_encrypted_journal_asks_first(isolated_home, steady):
    ok(steady("note x"))
    assert _run(["encrypt"], isolated_home, STEADY_PASSPHRASE="pw pw pw pw").returncode == 0
    run = _run(
        ["share", "check", "i want to die", "--json"],
        isolated_home,
        STEADY_PASSPHRASE="pw pw pw pw",
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["care"][0]["concern"] == "self-harm"
