"""steady share: check, save, list, sent, discard and the guided composer."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import NOW

GROUNDED = "I noticed I've been anxious today. it's my old pattern, no need to reply"
PRESSURE = "why didn't you text me back?? are you mad at me"


def listed(steady):
    run = steady("share list --json")
    assert run.exit_code == 0, run.stderr
    return run.json()


# -- share check --------------------------------------------------------------------------------


def test_check_mirrors_without_blocking_or_saving(steady):
    run = steady(["share", "check", PRESSURE])
    assert run.exit_code == 0, run.stderr
    assert PRESSURE in run.stdout
    assert "The mirror noticed 3 things (yours to send as it is):" in run.stdout
    assert "  • “why didn't you” — an accusing question\n" in run.stdout
    assert "  • “are you mad at me” — a mood check\n" in run.stdout
    # brief: one line a finding and one suggestion, the one that fits what it asks for
    assert run.stdout.count("Instead") == 1
    assert "Instead, ask for it openly:" in run.stdout
    assert "would you tell me how we are?" in run.stdout
    assert "defend" not in run.stdout
    assert "steady share check --why TEXT" in run.stdout
    assert listed(steady) == []


def test_check_why_gives_every_explanation(steady):
    run = steady(["share", "check", "--why", PRESSURE])
    assert run.exit_code == 0, run.stderr
    assert "asks them to defend themselves" in run.stdout
    assert "Instead, say what happened in you:" in run.stdout
    assert "What the message asks for (reassurance), said with room:" in run.stdout
    assert "--why" not in run.stdout


def test_findings_on_the_same_words_are_one_line(steady):
    run = steady(["share", "check", "hello??? are you there"])
    assert run.stdout.count("• ") == 1
    data = steady(["share", "check", "hello??? are you there", "--json"]).json()
    (flag,) = data["flags"]
    assert flag["rule"] == "immediate-reply" and flag["also"] == ["urgency-punctuation"]
    assert flag["match"] == "hello???"


def test_the_brief_mirror_fits_sixty_columns(steady, monkeypatch):
    from steady import render

    monkeypatch.setenv("COLUMNS", "60")
    text = (
        "why didn't you text me back?? you never have time for me anymore. are you mad at "
        "me? you're always on your phone. I feel ignored. fine. forget it. I've called you "
        "6 times!!! you need to call me tonight. sorry for being so annoying"
    )
    render.out.cache_clear()  # Rich's console keeps the width it found when it was made
    try:
        run = steady(["share", "check", text])
    finally:
        render.out.cache_clear()
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert all(len(line) <= 60 for line in lines), lines
    assert len(lines) <= 24, lines  # one screen, the message included
    assert run.stdout.count("Instead") == 1


def test_check_json_has_the_contract_shape(steady):
    data = steady(["share", "check", PRESSURE, "--json"]).json()
    assert set(data) == {"flags", "wish", "grounded", "care"}  # care: see the safety tests
    assert data["wish"]["kind"] == "reassurance"
    assert data["wish"]["words"] in PRESSURE
    assert data["wish"]["suggestion"].startswith("Ask for it openly")
    assert [f["rule"] for f in data["flags"]] == [
        "accusing-question",
        "urgency-punctuation",
        "mood-check",
    ]
    for flag in data["flags"]:
        assert {"rule", "match", "why", "suggestion", "also"} <= set(flag)
        assert flag["match"] in PRESSURE
    assert data["flags"][1]["match"] == "??"


def test_check_json_of_a_grounded_message_has_no_flags(steady):
    data = steady(["share", "check", GROUNDED, "--json"]).json()
    assert data["flags"] == [] and data["wish"] is None
    assert [(g["rule"], g["match"]) for g in data["grounded"]] == [
        ("self-observation", "I noticed"),
        ("feeling-word", "I've been anxious"),
        ("ownership", "my old pattern"),
        ("removing-pressure", "no need to reply"),
    ]
    human = steady(["share", "check", GROUNDED]).stdout
    assert "Nothing here reads as pressure." in human
    assert "Already grounded: noticing yourself (“I noticed”)" in human


def test_check_reads_stdin_with_a_dash(steady):
    data = steady("share check - --json", input="you never listen\n").json()
    assert [(f["rule"], f["match"]) for f in data["flags"]] == [
        ("global-verdict", "you never listen")
    ]


def test_check_asks_for_the_message_in_a_terminal(steady):
    run = steady("share check", input="are we ok??\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "Your message" in run.stdout
    assert "a mood check" in run.stdout


def test_check_refuses_a_missing_or_empty_message(refuses):
    refuses("share check", says="The message is missing")
    refuses(["share", "check", "   "], says="The message is empty")
    refuses("share check -", input="", says="The message is empty")


def test_check_recognises_the_partner_s_name_from_config(steady):
    plain = steady(["share", "check", "Sam never listens to me", "--json"]).json()
    assert plain["flags"] == []
    assert steady("config set partner_name Sam").exit_code == 0
    named = steady(["share", "check", "Sam never listens to me", "--json"]).json()
    assert [(f["rule"], f["match"]) for f in named["flags"]] == [("global-verdict", "Sam never")]


# -- share save and list ------------------------------------------------------------------------


def test_save_keeps_a_flagged_draft_with_its_flags(steady):
    run = steady(["share", "save", PRESSURE])
    assert run.exit_code == 0, run.stderr
    assert "Kept as draft 1." in run.stdout
    assert "steady share sent 1" in run.stdout
    assert "a mood check" in run.stdout  # the check ran and was shown
    (message,) = listed(steady)
    assert set(message) >= {"id", "uuid", "created_at", "status", "text", "flags"}
    assert message["id"] == 1
    assert message["status"] == "draft"
    assert message["text"] == PRESSURE
    assert message["created_at"] == "2026-11-27T22:30:00+01:00"
    assert message["flags"] == [
        {"rule": "accusing-question", "match": "why didn't you"},
        {"rule": "urgency-punctuation", "match": "??"},
        {"rule": "mood-check", "match": "are you mad at me"},
    ]
    assert message["sent_at"] is None


def test_save_reads_stdin_and_can_keep_a_message_held(steady):
    assert steady("share save -", input=GROUNDED + "\n").exit_code == 0
    run = steady(["share", "save", "--held", "are you mad at me"])
    assert "Kept as held (message 2)." in run.stdout
    newest, oldest = listed(steady)
    assert (newest["id"], newest["status"]) == (2, "held")
    assert (oldest["id"], oldest["text"], oldest["flags"]) == (1, GROUNDED, [])


def test_list_is_newest_first_and_readable(steady):
    assert "No messages yet" in steady("share list").stdout
    steady(["share", "save", "first, thank you for dinner"])
    steady(["share", "save", "second: you never call"])
    assert [m["id"] for m in listed(steady)] == [2, 1]
    human = steady("share list").stdout
    assert human.index("second: you never call") < human.index("first, thank you for dinner")
    assert "a global verdict" in human


def test_message_text_is_shown_literally(steady):
    text = "[red]are you mad at me[/red] [bold]\x1b[31m"
    run = steady(["share", "save", text])
    assert run.exit_code == 0, run.stderr
    assert "[red]are you mad at me[/red] [bold]" in run.stdout
    assert "\x1b" not in run.stdout
    assert "[red]are you mad at me" in steady("share list").stdout
    assert listed(steady)[0]["text"] == text.strip()


def test_matched_words_are_highlighted_and_markup_stays_text():
    from steady import render
    from steady.language.message_rules import check

    text = "[b]hi[/b] you never call??"
    result = check(text)
    marked = render.marked_message(text, result.flag_spans, result.grounded_spans)
    assert marked.plain == text
    styled = {marked.plain[s.start : s.end] for s in marked.spans if s.style == render.FLAG_STYLE}
    assert styled == {"you never", "??"}


def test_save_refuses_an_empty_message(refuses):
    refuses(["share", "save", ""], says="The message is empty")
    refuses("share save", says="The message is missing")


# -- sent and discard ---------------------------------------------------------------------------


def test_sent_sets_the_status_and_time(steady):
    steady(["share", "save", GROUNDED])
    run = steady("share sent 1")
    assert run.exit_code == 0, run.stderr
    assert "Marked message 1 as sent (22:30)." in run.stdout
    (message,) = listed(steady)
    assert message["status"] == "sent"
    assert message["sent_at"] == "2026-11-27T22:30:00+01:00"


def test_a_held_message_can_be_sent_when_the_user_chooses(steady):
    steady(["share", "save", "--held", PRESSURE])
    assert steady("share sent 1").exit_code == 0
    assert listed(steady)[0]["status"] == "sent"


def test_discard_sets_a_message_aside(steady):
    steady(["share", "save", PRESSURE])
    run = steady("share discard 1")
    assert run.exit_code == 0
    assert "Set message 1 aside" in run.stdout
    assert listed(steady)[0]["status"] == "discarded"


def test_refusals_leave_messages_unchanged(steady, refuses):
    steady(["share", "save", "one"])
    steady(["share", "save", "two"])
    steady("share discard 1")
    steady("share sent 2")
    refuses("share sent 1", code=1, says="Message 1 was set aside, so it stays unsent here")
    refuses("share sent 2", code=1, says="already marked sent (22:30)")
    refuses("share discard 2", code=1, says="is marked sent")
    refuses("share discard 1", code=1, says="already set aside")
    refuses("share sent 9", code=1, says="There is no message 9.")
    refuses("share discard 9", code=1, says="There is no message 9.")
    refuses("share sent abc", code=2, says="not a message id")
    refuses("share discard 0", code=2, says="not a message id")


# -- the same check again -----------------------------------------------------------------------


def test_the_same_check_within_hours_is_named(steady):
    steady(["share", "save", "are you mad at me"])
    run = steady(["share", "save", "do you still love me?"])
    assert "the same check again (also drafted 22:30)" in run.stdout
    newest = listed(steady)[0]
    assert {"rule": "repeated-check", "match": "do you still love me"} in newest["flags"]
    data = steady(["share", "check", "are we ok?", "--json"]).json()
    (repeated,) = [f for f in data["flags"] if f["rule"] == "repeated-check"]
    assert repeated["earlier"] == ["2026-11-27T22:30:00+01:00", "2026-11-27T22:30:00+01:00"]


def test_a_check_from_longer_ago_is_not_a_repetition(steady, journal):
    from steady import messages

    with journal(NOW - timedelta(hours=5)) as j:
        messages.save(j, "are you mad at me")
    with journal(NOW - timedelta(hours=3)) as j:
        messages.save(j, "see you at 8")
    data = steady(["share", "check", "are you angry with me", "--json"]).json()
    assert "repeated-check" not in [f["rule"] for f in data["flags"]]
    with journal(NOW - timedelta(hours=3, minutes=59)) as j:
        messages.save(j, "is everything ok between us")
    data = steady(["share", "check", "are you angry with me", "--json"]).json()
    (repeated,) = [f for f in data["flags"] if f["rule"] == "repeated-check"]
    assert repeated["earlier"] == ["2026-11-27T18:31:00+01:00"]


# -- the guided composer ------------------------------------------------------------------------

ANSWERS = "I've been anxious since lunch\nI'm going for a walk\na call\ntonight\n"


def test_the_composer_builds_a_grounded_message(steady):
    steady("config set partner_name Sam")
    run = steady("share write", input=ANSWERS + "\n", tty=True)
    assert run.exit_code == 0, run.stderr
    expected = (
        "Hey Sam, I've been anxious since lunch. I'm going for a walk. Nothing you need to "
        "fix. Would you be up for a call? Tonight if that works, or another time is fine too."
    )
    assert "Nothing here reads as pressure." in run.stdout
    assert "Already grounded" not in run.stdout  # its own sentences are not praised
    assert "A few short questions; only the first needs an answer." in run.stdout
    assert "Kept as draft 1." in run.stdout
    (message,) = listed(steady)
    assert message["text"] == expected
    assert message["flags"] == []
    assert "keep this as held" not in run.stdout


def test_the_composer_without_a_request_keeps_it_short(steady):
    run = steady("share write", input="i'm in an anxious loop today\n\n\n\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert listed(steady)[0]["text"] == "I'm in an anxious loop today. I'm looking after it."


def test_the_composer_offers_one_rewrite_and_never_loops(steady):
    answers = "I feel ignored\n\n\n" + "you never call??\n"
    run = steady("share write", input=answers, tty=True)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.count("Type your own version") == 1
    assert "a story word posing as a feeling" in run.stdout  # the first version's mirror
    assert "a global verdict" in run.stdout  # the rewrite is checked once, then kept
    (message,) = listed(steady)
    assert message["text"] == "you never call??"
    assert [f["rule"] for f in message["flags"]] == ["global-verdict", "urgency-punctuation"]


def test_the_composer_suggests_holding_at_a_high_reading(steady):
    steady("notice chest tight -i 8")
    run = steady("share write", input=ANSWERS + "\n\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert (
        "You're at 8 right now. Messages sent from the peak often say more than we mean — "
        "keep this as held and look again once you've settled?"
    ) in " ".join(run.stdout.split())  # a question is broken between words to fit
    assert "Kept as held (message 1)." in run.stdout
    assert listed(steady)[0]["status"] == "held"


def test_a_held_message_is_brought_back_once_settled(steady):
    steady("notice chest tight -i 8")
    steady(["share", "save", "--held", PRESSURE])
    settled = steady("settle --at now")
    assert settled.exit_code == 0, settled.stderr
    text = " ".join(settled.stdout.split())
    assert f"Held for when you'd settled: message 1 {PRESSURE}" in text  # in full, to reread
    assert "When you send it: steady share sent 1" in text
    assert "Or set it aside: steady share discard 1" in text
    assert "Message 1 is held" in " ".join(steady("").stdout.split())
    steady("share discard 1")
    assert "held" not in steady("").stdout


def test_the_held_suggestion_can_be_declined(steady):
    steady("notice chest tight -i 9")
    run = steady("share write", input=ANSWERS + "\nn\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert listed(steady)[0]["status"] == "draft"


def test_the_last_reading_counts_not_the_peak(steady):
    steady(["notice", "chest", "tight", "-i", "8", "--at", "20m ago"])
    steady("notice -i 4")
    run = steady("share write", input=ANSWERS + "\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "keep this as held" not in run.stdout
    assert listed(steady)[0]["status"] == "draft"


def test_a_stale_activation_does_not_count_as_right_now(steady):
    steady(["notice", "chest", "tight", "-i", "9", "--at", "2026-11-24 20:00"])
    run = steady("share write", input=ANSWERS + "\n", tty=True)
    assert "keep this as held" not in run.stdout
    assert listed(steady)[0]["status"] == "draft"


def test_save_mentions_a_high_reading_but_keeps_the_draft(steady):
    steady("notice chest tight -i 7")
    run = steady(["share", "save", PRESSURE])
    assert "You're at 7 right now." in run.stdout
    assert listed(steady)[0]["status"] == "draft"


def test_the_composer_needs_a_terminal(refuses):
    run = refuses("share write", says="needs a terminal")
    assert 'steady share save "TEXT"' in run.stderr


def test_the_composer_stops_kindly_when_nothing_is_written(steady, refuses):
    assert listed(steady) == []  # the journal exists, so the refusal is the only stderr line
    run = refuses("share write", input="\n\n\n", tty=True, says="Nothing was written")
    assert run.stdout.count("A few words about what you notice") == 3
    assert listed(steady) == []


def test_care_comes_with_a_message_that_speaks_of_not_wanting_to_live(steady):
    run = steady(["share", "save", "I don't want to be alive if you leave"])
    assert run.exit_code == 0
    assert "988" in run.stdout
    assert listed(steady)[0]["text"] == "I don't want to be alive if you leave"


FEAR = "I'm scared of you, you hurt me last night"


def test_fear_of_the_partner_brings_support_and_the_mirror_steps_back(steady):
    run = steady(["share", "check", FEAR])
    assert run.exit_code == 0, run.stderr
    assert "Fear of real harm is not an attachment pattern" in run.stdout
    assert "0808 2000 247" in run.stdout
    assert "left out here" in run.stdout
    # no coaching of someone who may be in danger: no findings, no praise, no next step
    for coaching in ("mirror noticed", "Instead", "Already grounded", "reads as pressure"):
        assert coaching not in run.stdout
    assert "share save" not in run.stdout
    # The JSON still lists what the mirror found; `care` says what fired, and on what words.
    as_json = steady(["share", "check", FEAR, "--json"]).json()
    assert [c["concern"] for c in as_json["care"]] == ["fear-of-partner"]
    assert all(set(c) == {"concern", "sign", "match"} for c in as_json["care"])
    disappear = steady(["share", "check", "I want to disappear", "--json"]).json()["care"]
    assert [c["concern"] for c in disappear] == ["self-harm"]
    assert steady(["share", "check", PRESSURE, "--json"]).json()["care"] == []


def test_saving_such_a_message_keeps_it_and_shows_support_without_the_mirror(steady):
    run = steady(["share", "save", FEAR])
    assert run.exit_code == 0, run.stderr
    assert "Fear of real harm" in run.stdout
    assert "Kept as draft 1." in run.stdout
    assert "mirror noticed" not in run.stdout and "Already grounded" not in run.stdout
    assert listed(steady)[0]["text"] == FEAR


def test_the_composer_shows_support_at_once_and_builds_nothing_around_it(steady):
    run = steady("share write", input="I'm afraid of what he might do\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.count("Fear of real harm") == 1
    assert "How are you holding it?" not in run.stdout  # no more questions
    assert "The composer stops here. Your words are kept as draft 1" in " ".join(run.stdout.split())
    assert listed(steady)[0]["text"] == "I'm afraid of what he might do"  # nothing added


def test_support_for_words_in_a_later_answer_comes_without_the_mirror(steady):
    run = steady("share write", input="I feel shaky\nI want to disappear\n\n\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.count("You don't have to hold this alone") == 1
    assert "mirror noticed" not in run.stdout and "Already grounded" not in run.stdout
    assert "Kept as draft 1." in run.stdout


# -- speed --------------------------------------------------------------------------------------


def test_share_help_does_not_import_the_database_stack():
    from tests.test_imports import heavy_modules_loaded

    assert heavy_modules_loaded(["share", "--help"]) == []
    assert heavy_modules_loaded(["share", "check", "--help"]) == []


def test_a_suggestion_built_from_the_message_shows_its_words_literally(steady):
    text = "when you left \x1b[31mwithout a word[bold] I felt hurt. you never care"
    run = steady(["share", "check", text])
    assert run.exit_code == 0, run.stderr
    assert "\x1b" not in run.stdout
    assert "without a word[bold]" in run.stdout


def test_a_request_that_names_its_time_gets_room_around_it_not_whenever():
    from steady.messages import compose

    text = compose("I've been in an anxious headspace", request="a call tonight")
    assert "Would you be up for a call tonight?" in text
    assert "If tonight doesn't suit, another time is fine too." in text
    assert "whenever suits you" not in text  # "tonight … whenever" contradicts itself
    assert compose("I'm anxious", request="a call").endswith("No rush, whenever suits you.")
