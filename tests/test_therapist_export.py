"""The therapist exports (Markdown and HTML): golden files, safety, sections, redaction.

The journal is built through the domain layer with the clock set to each entry's moment,
so ids, times and the retrospective mark are fixed. Rewrite the golden files after an
intended change with:  STEADY_UPDATE_GOLDEN=1 pytest tests/test_therapist_export.py
"""

from __future__ import annotations

import ast
import os
import re
import sqlite3
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from steady import anchors, checkins, messages, metrics
from steady.exporters import DEFAULT_SECTIONS, SECTIONS, ExportRequest, export_text, summary
from steady.exporters.markdown import inline, quote, sparkline
from steady.exporters.summary import Redactor, build_report
from steady.review import build_review
from tests.conftest import NOW, TZ

GOLDEN = Path(__file__).parent / "golden"
SRC = Path(__file__).resolve().parent.parent / "src" / "steady"
SETTINGS = {"partner_name": "Sam", "redact_words": ["Mara", "Hotel Adler"]}
PERIOD = metrics.days_period(date(2026, 11, 9), date(2026, 11, 22), TZ)
ALL = frozenset(SECTIONS)

CONTEXT = 'No reply from Sam since lunch <b>bold</b> & [red]x[/red] "quoted"'
STORY = "They're pulling away.\n\n# Not a heading\n- not a list"
SETTLE_NOTE = "Mara said *hi* [link](http://example.com/x)"
PLAIN_NOTE = "A calmer week & fewer checks <script>alert(1)</script>"
THERAPY_NOTE = "Why does the Sunday dip keep coming back? Samuel said it's common."
DRAFT = "Sam, why didn't you text me back??"
SENT = "I noticed I got anxious today. No need to reply."


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(UTC)


def build(journal):
    """Two weeks before the period and the two weeks of it (Mon 9 – Sun 22 Nov 2026)."""

    def at(moment: str):
        return journal(t(moment), **SETTINGS)

    # -- the previous period --------------------------------------------------------------
    with at("2026-10-28 23:05") as j:
        j.notice(location="chest", sensation="tight", intensity=7, at=t("2026-10-28 21:00"))
        j.name(["anxious"], at=t("2026-10-28 21:30"))
        j.settle(at=t("2026-10-28 23:00"), helped=["breathing"])
    with at("2026-11-03 20:35") as j:
        j.notice(location="stomach", sensation="knot", intensity=6, at=t("2026-11-03 19:00"))
        j.settle(at=t("2026-11-03 20:30"))
    with at("2026-11-01 10:40") as j:
        anchors.log_anchor(j, kind="body", what="run", minutes=30, felt=6, at=t("2026-11-01 10:00"))
    with at("2026-11-02 22:00") as j:
        checkins.checkin(j, day=date(2026, 11, 2), hum=5)

    # -- the period -----------------------------------------------------------------------
    with at("2026-11-09 21:04") as j:
        j.notice(location="chest", sensation="tight", intensity=6, context=CONTEXT)
    with at("2026-11-09 21:14") as j:
        j.name(["anxious", "ignored"])
    with at("2026-11-09 21:20") as j:
        j.urge("text Sam again", acted=True)
    with at("2026-11-09 21:25") as j:
        j.urge("check if online")
    with at("2026-11-09 21:30") as j:
        j.notice(location="stomach", sensation="knot", intensity=7)
        j.story(STORY)
    with at("2026-11-09 22:30") as j:
        j.settle(helped=["walk", "named it"], intensity=2, note=SETTLE_NOTE)
    with at("2026-11-10 22:00") as j:
        checkins.checkin(
            j, day=date(2026, 11, 10), hum=3, note="Quiet day at Hotel Adler", no_activation=True
        )
    with at("2026-11-11 18:35") as j:
        anchors.log_anchor(
            j, kind="interest", what="guitar", minutes=30, felt=7, at=t("2026-11-11 18:00")
        )
    with at("2026-11-12 20:00") as j:  # written down that evening: retrospective
        j.notice(location="throat", sensation="lump", intensity=5, at=t("2026-11-12 13:00"))
        j.name(["lonely"], at=t("2026-11-12 13:10"))
        j.settle(at=t("2026-11-12 13:40"), helped=["breathing"])
        checkins.checkin(j, day=date(2026, 11, 12), hum=4)
    with at("2026-11-13 09:00") as j:
        j.note(THERAPY_NOTE, therapy=True)
    with at("2026-11-14 22:00") as j:
        j.notice(location="chest", sensation="pressure", intensity=8)
        j.urge("ask SAM if we're okay")
        checkins.checkin(j, day=date(2026, 11, 14), hum=6, note="sam's birthday dinner")
    with at("2026-11-14 22:10") as j:
        messages.save(j, DRAFT)
    with at("2026-11-15 12:45") as j:
        anchors.log_anchor(
            j,
            kind="friendship",
            what="coffee with Mara",
            minutes=90,
            felt=8,
            at=t("2026-11-15 11:00"),
            note="Marathon training talk",
        )
    with at("2026-11-16 20:00") as j:
        j.note(PLAIN_NOTE)
    with at("2026-11-17 09:00") as j:  # more than a day later: #5 is left unresolved
        j.notice(location="stomach", sensation="sinking", intensity=4)
    with at("2026-11-17 09:45") as j:
        j.settle()
    with at("2026-11-18 19:00") as j:
        saved = messages.save(j, SENT)
        messages.mark_sent(j, saved.message.id)
    with at("2026-11-20 21:00") as j:
        checkins.checkin(j, day=date(2026, 11, 20), hum=2, no_activation=True)


@pytest.fixture(scope="module")
def built_file(tmp_path_factory) -> Path:
    """The journal, built once per module through the domain layer."""
    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal

    path: Path = tmp_path_factory.mktemp("therapist") / "steady.db"

    def opener(at=NOW, **settings):
        conf = config.Config(dict(settings), path.parent / "config.toml")
        return open_journal(open_database(path, now=at), now=at, tz=TZ, config=conf)

    build(opener)
    return path


@pytest.fixture
def built(built_file, db_path, journal):
    """A fresh copy of the built journal for each test."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    source, target = sqlite3.connect(built_file), sqlite3.connect(db_path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return journal


def export(journal, fmt: str, **options) -> str:
    request = ExportRequest(period=options.pop("period", PERIOD), **options)
    with journal(NOW, **SETTINGS) as j:
        return export_text(j, fmt, request)


def normalised(text: str) -> str:
    return re.sub(r"Generated \w{3} \d{1,2} \w{3} \d{4}", "Generated [date]", text)


# -- golden files --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_matches_its_golden_file(built, fmt):
    text = normalised(export(built, fmt, sections=ALL))
    golden = GOLDEN / f"therapist-report.{fmt}"
    if os.environ.get("STEADY_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), "run once with STEADY_UPDATE_GOLDEN=1 to create it"
    assert text == golden.read_text(encoding="utf-8")


def test_the_generated_date_is_the_moment_of_export(built):
    assert "Generated Fri 27 Nov 2026" in export(built, "md")


# -- what the report holds -----------------------------------------------------------------------


def test_figures_are_the_same_as_the_weekly_review(built):
    week = metrics.iso_week("2026-W46", TZ)
    with built(NOW, **SETTINGS) as j:
        report = build_report(j, ExportRequest(period=week))
        review = build_review(j, week)
    # One code path: the report's figures are the review's, not a copy of them.
    assert report.current == review.figures
    assert report.previous.period.label == "2026-W45"


def test_summary_compares_with_the_previous_period_of_the_same_length(built):
    with built(NOW, **SETTINGS) as j:
        report = build_report(j, ExportRequest(period=PERIOD))
    assert report.previous.period.first_day == date(2026, 10, 26)
    assert report.previous.period.days == PERIOD.days == 14
    assert (report.current.activations.count, report.previous.activations.count) == (4, 2)
    assert report.current.activations.unresolved == 1
    logged = report.current.coverage.logged
    assert report.current.per_week == 4 * 7 / logged
    figures = {f.label: f for f in report.figures}
    assert figures["Activations per 7 logged days"].current.detail.startswith(
        f"4 activations on {logged} days logged"
    )
    assert figures["Recovery time"].previous.main == "median 1 h 45 min"
    assert figures["Urges acted on"].current.main == "1 of 3"
    assert figures["Messages"].current.main == "2 drafted · 1 sent"


def test_weeks_cover_the_period_and_mark_partial_ones(built):
    period = metrics.days_period(date(2026, 11, 11), date(2026, 11, 17), TZ)  # Wed to Tue
    with built(NOW, **SETTINGS) as j:
        report = build_report(j, ExportRequest(period=period))
    assert [(w.label, w.days, w.count, w.partial) for w in report.weeks] == [
        ("2026-W46", 5, 2, True),
        ("2026-W47", 2, 1, True),
    ]
    html = export(built, "html", period=period)
    assert html.count('class="bar partial"') == 2


def test_episode_log_shows_story_as_a_story_urges_and_the_retrospective_mark(built):
    md = export(built, "md")
    first = md.split("### #3 ")[1].split("### #4 ")[0]
    assert "Context:** No reply from Sam" in first
    # "A story rather than a fact" is said once, in the glossary; feelings carry no tag.
    assert "Feelings:** anxious, ignored; first named" in first
    assert "(story word)" not in md
    assert "text Sam again (acted on); check if online (not acted on)" in first
    assert "*The story (what the mind was saying):*" in first
    assert md.count("a story rather than a fact") == 1
    assert "> They're pulling away." in first
    assert "**Settled:** 22:30, at 2/10, after 1 h 26 min" in first
    assert "↺" not in first.splitlines()[0]
    second = md.split("### #4 ")[1].split("### #5 ")[0]
    assert "↺ logged afterwards" in second.splitlines()[0]
    unresolved = md.split("### #5 ")[1]
    assert "not recorded (closed without a settled time)" in unresolved


def test_therapy_notes_come_under_to_bring_to_therapy(built):
    md = export(built, "md")
    bring = md.split("## To bring to therapy")[1].split("\n## ")[0]
    assert "Sunday dip" in bring
    assert "calmer week" not in bring
    notes = md.split("\n## Notes")[1].split("\n## ")[0]
    assert "Sunday dip" in notes and "calmer week" in notes


def test_not_logged_looks_different_from_zero(built):
    md = export(built, "md")
    # An anchor alone says nothing about the alarm that day: not a logged day, though the
    # anchor still shows.
    assert "| Wed 11 Nov | · | · | · | 30 min |" in md
    assert "| Thu 19 Nov | · | · | · | · |" in md  # nothing written down at all
    assert "| Tue 10 Nov | 0 | – | 3 | 0 |" in md  # a check-in that said "no activation"
    assert "| Fri 20 Nov | 0 | – | 2 | 0 |" in md
    html = export(built, "html")
    cells = re.findall(r'<td class="(logged|not-logged)"><span class="date">(\d+ Nov)</span>', html)
    states = {day: state for state, day in cells}
    assert states["19 Nov"] == "not-logged"
    assert states["11 Nov"] == "not-logged"
    assert states["10 Nov"] == "logged"
    logged = {day for day, state in states.items() if state == "logged"}
    assert logged == {"9 Nov", "10 Nov", "12 Nov", "14 Nov", "17 Nov", "20 Nov"}
    assert html.count("not logged</span>") == 8
    assert "0 activations" in html


def test_days_still_to_come_are_neither_logged_nor_missing(built):
    period = metrics.days_period(date(2026, 11, 23), date(2026, 11, 29), TZ)  # NOW is Fri 27
    with built(NOW, **SETTINGS) as j:
        report = build_report(j, ExportRequest(period=period))
    assert [d.state for d in report.days] == ["not-logged"] * 5 + ["ahead"] * 2
    assert report.current.coverage.days == 5


# -- safety --------------------------------------------------------------------------------------


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_html_is_one_self_contained_file_without_scripts(built):
    html = export(built, "html", sections=ALL)
    page = parse(html)
    assert "<script" not in html.replace("&lt;script", "")
    assert not page.tags & {"script", "iframe", "object", "embed", "img", "link", "base", "form"}
    assert not [name for name, _ in page.attributes if name.startswith("on")]
    assert not re.search(r"<[^>]*\son\w+\s*=", html)
    for name, value in page.attributes:
        assert name not in {"src", "href", "action", "srcset", "xlink:href"}, (name, value)
        assert "://" not in value and not value.strip().startswith("//"), (name, value)
        assert "javascript:" not in value.lower()
    assert "url(" not in page.style and "@import" not in page.style
    assert "@page" in page.style and "@media print" in page.style
    assert "<svg" in html and "<polyline" in html
    # URLs written by the user stay plain text.
    assert "[link](http://example.com/x)" in " ".join(page.text)


def test_user_text_is_escaped_in_html(built):
    html = export(built, "html", sections=ALL)
    assert "<b>bold</b>" not in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; [red]x[/red] &#34;quoted&#34;" in html
    text = " ".join(parse(html).text)
    assert CONTEXT in text
    assert PLAIN_NOTE in text


def test_user_text_is_literal_in_markdown(built):
    markdown_it = pytest.importorskip("markdown_it")
    md = export(built, "md", sections=ALL)
    rendered = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    assert "<b>" not in rendered and "<script" not in rendered
    assert "<a " not in rendered  # [link](...) stays text
    assert "&lt;b&gt;bold&lt;/b&gt;" in rendered
    assert "<h1>Not a heading</h1>" not in rendered and "# Not a heading" in rendered
    assert "<em>hi</em>" not in rendered and "*hi*" in rendered
    assert "[link](http://example.com/x)" in rendered


def test_markdown_escaping_keeps_plain_text_readable():
    assert inline("[partner] said 3.5 things") == "[partner] said 3.5 things"
    assert inline("[x](http://a.b)") == "[x\\](http://a.b)"
    assert inline("# title") == "\\# title"
    assert inline("1. first") == "1\\. first"
    assert inline("- item\nnext line") == "\\- item next line"
    assert inline("a | b <i>") == "a \\| b \\<i>"
    assert inline("Tom &amp; Jerry & co") == "Tom \\&amp; Jerry & co"
    assert inline(None) == ""
    assert quote("one\n\n> two") == "> one\n>\n> \\> two"
    weeks = [
        summary.WeekRow("2026-W01", "W01", "", 7, "logged", n, str(n), 0, None, None, "", "")
        for n in (0, 5)
    ]
    unknown = summary.WeekRow(
        "2026-W03", "W03", "", 7, "not-logged", None, "", 0, None, None, "", ""
    )
    quiet = summary.WeekRow("2026-W04", "W04", "", 7, "logged", 10, "10", 0, None, None, "", "")
    assert sparkline([*weeks, unknown, quiet], "count") == "`▁▄·█`"
    assert sparkline([*weeks, unknown, quiet], "median_peak") == "`  · `"


# -- sections, messages, redaction ---------------------------------------------------------------

HEADINGS = {
    "summary": "Summary",
    "chart": "Week by week",
    "days": "Day by day",
    "episodes": "Episode log",
    "anchors": "Anchors",
    "checkins": "Check-ins",
    "notes": "Notes",
    "messages": "Messages",
}


@pytest.mark.parametrize("left_out", SECTIONS)
def test_a_section_left_out_is_absent(built, left_out):
    sections = ALL - {left_out}
    md = export(built, "md", sections=sections)
    html = export(built, "html", sections=sections)
    for section, heading in HEADINGS.items():
        assert (f"\n## {heading}\n" in md) == (section in sections), section
        assert (f"<h2>{heading}</h2>" in html) == (section in sections), section
    assert "## Words used here" in md and "<h2>Words used here</h2>" in html


def test_only_the_chosen_sections_are_rendered(built):
    md = export(built, "md", sections=frozenset({"summary"}))
    assert "## Summary" in md
    for heading in ("Day by day", "Episodes", "Notes", "Anchors"):
        assert f"## {heading}" not in md
    assert "pulling away" not in md and "guitar" not in md and "calmer week" not in md
    # The agenda is not a section: the notes marked for therapy are always there.
    assert "## To bring to therapy" in md and "Sunday dip" in md


def test_message_texts_are_left_out_unless_asked_for(built):
    for fmt in ("md", "html"):
        default = export(built, fmt)
        assert "why didn" not in default and "No need to reply" not in default
        assert "2 drafted · 1 sent" in default  # the counts stay in the summary
        included = export(built, fmt, sections=DEFAULT_SECTIONS | {"messages"})
        assert "why didn" in included and "No need to reply" in included
        assert "an accusing question" in included


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_redaction_replaces_the_partner_and_the_chosen_words_everywhere(built, fmt):
    plain = export(built, fmt, sections=ALL)
    assert re.search(r"\bSam\b", plain) and "Mara" in plain and "Hotel Adler" in plain
    text = export(built, fmt, sections=ALL, redact=True)
    for word in ("sam", "mara", "hotel adler"):
        assert not re.search(rf"(?<!\w){word}(?!\w)", text, re.IGNORECASE), word
    assert "[partner]" in text and "[redacted]" in text
    assert "text [partner] again" in text  # an urge
    assert "ask [partner] if we" in text  # in capitals in the urge
    assert "[partner]&#39;s birthday" in text or "[partner]'s birthday" in text
    assert "Quiet day at [redacted]" in text  # both words of a two-word entry
    assert "Samuel said" in text and "Marathon training" in text  # whole words only


def test_redactor_matches_whole_words_in_any_case_and_strips_control_characters():
    clean = Redactor("Sam", ["Mara", "Hotel  Adler", " "], enabled=True)
    assert clean("SAM, sam's and Samuel") == "[partner], [partner]'s and Samuel"
    assert clean("at hotel\nadler with mara") == "at [redacted] with [redacted]"
    assert clean("bell\x07 and \x1b[31mred") == "bell and red"
    off = Redactor("Sam", ["Mara"], enabled=False)
    assert off("Sam and Mara") == "Sam and Mara"
    assert Redactor("", [], enabled=True)("Sam") == "Sam"


# -- empty and odd periods -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_empty_period_gives_a_calm_report(journal, fmt):
    request = ExportRequest(period=PERIOD, sections=ALL)
    with journal(NOW) as j:
        text = export_text(j, fmt, request)
        report = build_report(j, request)
    assert "No activations in this period" in text
    assert "No notes in this period" in text and "No messages in this period" in text
    assert all(d.state == "not-logged" for d in report.days)
    assert (
        report.current.activations.count == 0 and report.current.activations.recovery_median is None
    )
    assert "Logged on 0 of 14 days" in text
    if fmt == "md":
        assert "| **Recovery time** | – | – |" in text
        assert text.count("| · | · | · | · |") == 14
    else:
        assert text.count('class="nl">not logged</span>') == 14


def test_a_single_day_period_and_no_period(built):
    one_day = metrics.days_period(date(2026, 11, 9), date(2026, 11, 9), TZ)
    md = export(built, "md", period=one_day)
    assert md.startswith("# Journal summary: Mon 9 Nov 2026\n")
    assert "| W46 | 9 Nov (1 of 7) | 1 |" in md
    with built(NOW, **SETTINGS) as j:
        report = build_report(j, ExportRequest(period=None))
    assert report.current.period.last_day == date(2026, 11, 27)
    assert report.current.period.days == 28


# -- packaging and layering ----------------------------------------------------------------------


def test_templates_ship_as_package_data():
    templates = resources.files("steady.exporters") / "templates"
    assert (templates / "report.md.j2").is_file()
    assert (templates / "report.html.j2").is_file()
    pyproject = (SRC.parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"exporters/templates/*"' in pyproject and '"jinja2>=3.1,<4"' in pyproject


def test_only_the_two_format_modules_import_jinja2():
    importers = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "jinja2" for n in names):
                importers.add(path.relative_to(SRC).as_posix())
    assert importers == {"exporters/markdown.py", "exporters/html.py"}


def test_a_reading_given_only_as_a_number_is_shown_plainly(journal):
    with journal(NOW - timedelta(minutes=30)) as j:
        j.notice(location="chest", sensation="tight", intensity=5)
    with journal(NOW - timedelta(minutes=20)) as j:
        j.notice(intensity=8)
    week = metrics.week_of(NOW.astimezone(TZ).date(), TZ)
    md = export(journal, "md", period=week)
    body = next(line for line in md.splitlines() if "(8/10)" in line)
    assert body.startswith("- **Body:**") and body.endswith(" (8/10)") and "place" not in body
    assert " · 22:10 (8/10)" in body
    html = export(journal, "html", period=week)
    assert "22:10 · 8/10" in html and "place given" not in html


def test_a_long_list_in_the_summary_says_how_many_more_there_are(journal):
    feelings = ["anxious", "lonely", "hurt", "sad", "scared", "angry", "tired"]
    with journal(NOW - timedelta(minutes=30)) as j:
        j.notice(location="chest", sensation="tight", intensity=5)
        j.name(feelings)
    md = export(journal, "md", period=metrics.week_of(NOW.astimezone(TZ).date(), TZ))
    line = next(x for x in md.splitlines() if x.startswith("- **Feelings named:**"))
    assert line.endswith(", 2 more")
    assert line.count("(1)") == 5


# -- the first page, and the printed pages --------------------------------------------------------


def test_the_first_page_has_the_agenda_what_stood_out_and_patterns_before_the_figures(built):
    md = export(built, "md")
    order = [
        md.index("## To bring to therapy"),
        md.index("## At a glance"),
        md.index("## Summary"),
        md.index("## Week by week"),
        md.index("## Day by day"),
        md.index("## Episode log"),
        md.index("## Appendix: episodes in full"),
    ]
    assert order == sorted(order)
    glance = md.split("## At a glance")[1].split("\n## ")[0]
    assert "#5 · Sat 14 Nov 22:00 · peak 8/10 · never settled**" in glance
    assert "acted on: text Sam again" in glance
    assert "- **Weekday of onsets:** Mon 1 · Tue 1 · Thu 1 · Sat 1" in glance
    assert "- **Urges:** 3, acted on 1:" in glance
    log = md.split("## Episode log")[1].split("\n## ")[0]
    assert log.count("\n| ") == 5  # the header and one row for each of the four episodes
    assert "not a measure of what works" in md
    html = export(built, "html")
    assert "<h2>At a glance</h2>" in html and 'class="stand-out"' in html
    assert '@bottom-right { content: "page " counter(page) " of " counter(pages);' in html
    assert '@bottom-left { content: "Self-report, not a clinical record";' in html


def test_the_printed_report_has_page_numbers_and_the_self_report_line_on_every_page(
    built, tmp_path
):
    """Printed by a real browser when one is installed (Debian's chromium)."""
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    pdftotext = shutil.which("pdftotext")
    if chromium is None or pdftotext is None:
        pytest.skip("needs chromium and pdftotext")
    page = tmp_path / "report.html"
    page.write_text(export(built, "html"), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 2
    for number, content in enumerate(pages, start=1):
        assert "Self-report, not a clinical record" in content
        assert f"page {number} of {len(pages)}" in content


def test_a_week_with_nothing_logged_is_a_low_band_never_the_tallest_bar(steady, tmp_path):
    import re

    from tests.conftest import ok

    ok(steady(["notice", "chest", "tight", "-i", "5", "--at", "2026-11-03 20:00"]))
    ok(steady(["settle", "--at", "2026-11-03 21:00"]))
    ok(steady(["notice", "chest", "tight", "-i", "5", "--at", "2026-11-24 20:00"]))
    ok(steady(["settle", "--at", "2026-11-24 21:00"]))
    out = tmp_path / "r.html"
    ok(steady(["export", "--format", "html", "--since", "2026-11-02", "-o", str(out)]))
    page = out.read_text("utf-8")
    bands = [float(h) for h in re.findall(r'class="not-logged"[^>]*height="([\d.]+)"', page)]
    bars = [float(h) for h in re.findall(r'<rect class="bar[^"]*"[^>]*height="([\d.]+)"', page)]
    assert bands, "the unlogged weeks are drawn"
    assert max(bands) <= 20 < min(bars)  # unknown, drawn low, with its words
