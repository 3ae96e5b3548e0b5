"""The rules of `steady.journal.Journal`, exercised directly (no CLI).

Every journal is opened with the conftest `journal` fixture at a fixed moment
(`NOW` unless said otherwise), so nothing here depends on the real clock.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady.errors import InputError, NotPossibleError, StorageError
from steady.models import Activation, Checkin
from tests.conftest import NOW, TZ, full_scans

H = timedelta(hours=1)
M = timedelta(minutes=1)


def count(db_path: Path, table: str, where: str = "1", *params: object) -> int:
    """Rows in a table, read with plain sqlite3 straight from the file."""
    connection = sqlite3.connect(db_path)
    try:
        return int(
            connection.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
        )
    finally:
        connection.close()


def open_ones(j) -> list[int]:
    return [a.id for a in j.log(limit=None) if a.status == "open"]


# -- notice: opening, joining, one open at a time -----------------------------------------------


def test_first_notice_opens_an_activation(journal):
    with journal() as j:
        result = j.notice(intensity=6, location="chest", sensation="tight")
        assert result.opened is True
        assert result.left_unresolved is None
        assert result.separate_earlier is False
        view = result.activation
        assert view.status == "open"
        assert view.started_at == NOW
        assert view.settled_at is None
        assert view.closed_at is None
        assert view.peak_intensity == 6
        assert view.first_intensity == 6
        assert [(r.location, r.sensation, r.intensity) for r in view.readings] == [
            ("chest", "tight", 6)
        ]
        assert result.reading.at == NOW
        assert view.uuid and len(view.uuid) == 36
        assert j.open_activation() is not None
        assert j.open_activation().id == view.id


def test_later_notice_adds_a_reading_to_the_open_one(journal):
    with journal() as j:
        first = j.notice(intensity=4, location="chest", at=NOW - 30 * M)
        second = j.notice(intensity=8, at=NOW - 10 * M)  # only an intensity is enough now
        assert second.opened is False
        assert second.activation.id == first.activation.id
        assert [r.intensity for r in second.activation.readings] == [4, 8]
        assert second.activation.peak_intensity == 8
        assert second.activation.first_intensity == 4
        assert second.activation.started_at == NOW - 30 * M
        assert second.activation.last_reading_at == NOW - 10 * M
    with journal() as j:
        assert j.status().total == 1


def test_readings_are_kept_in_time_order(journal):
    with journal() as j:
        j.notice(intensity=3, location="chest", at=NOW - 60 * M)
        j.notice(intensity=7, at=NOW - 10 * M)
        view = j.notice(intensity=5, at=NOW - 30 * M).activation
        assert [r.intensity for r in view.readings] == [3, 5, 7]
        assert view.last_reading_at == NOW - 10 * M


def test_opening_requires_a_location_or_a_sensation(journal):
    with pytest.raises(InputError), journal() as j:
        j.notice(intensity=5)
    with journal() as j:
        assert j.status().total == 0
        assert j.notice(intensity=5, sensation="tight").opened
    with journal() as j:
        assert j.notice(intensity=5, location="throat", new=True).opened


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_words_do_not_count_as_a_location(journal, blank):
    with pytest.raises(InputError), journal() as j:
        j.notice(intensity=5, location=blank, sensation=blank)


@pytest.mark.parametrize("bad", [-1, 11, 100])
def test_notice_refuses_intensity_outside_0_to_10(journal, bad):
    with pytest.raises(InputError), journal() as j:
        j.notice(intensity=bad, location="chest")
    with journal() as j:
        assert j.status().total == 0


def test_notice_refuses_an_overlong_location(journal):
    with pytest.raises(InputError), journal() as j:
        j.notice(intensity=5, location="x" * 81)


def test_notice_canonicalises_body_words_and_keeps_free_text(journal):
    with journal() as j:
        result = j.notice(intensity=5, location="Belly", sensation="Butterflies")
        assert result.location is not None and result.location.known
        assert result.activation.readings[0].location == "stomach"
        assert result.activation.readings[0].sensation == "fluttering"
        typo = j.notice(intensity=6, location="chets")
        assert typo.location is not None
        assert typo.location.known is False
        assert "chest" in typo.location.suggestions
        assert typo.reading.location == "chets"  # free text is always accepted


def test_user_body_words_are_known(journal):
    with journal(extra_body=["solar plexus"], extra_sensations=["prickly"]) as j:
        result = j.notice(intensity=5, location="Solar  Plexus", sensation="prickly")
        assert result.location is not None and result.location.known
        assert result.sensation is not None and result.sensation.known
        assert result.reading.location == "solar plexus"


def test_context_is_kept_and_appended_by_later_readings(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest", context="  no reply since lunch  ", at=NOW - H)
        view = j.notice(intensity=6, context="saw them online").activation
        assert view.context == "no reply since lunch\n\nsaw them online"
        view = j.notice(intensity=6, context="   ").activation
        assert view.context == "no reply since lunch\n\nsaw them online"


def test_at_most_one_activation_is_open(journal):
    with journal() as j:
        for hours in (60, 30, 5, 3):  # the last within episode_gap_hours of the one before
            j.notice(intensity=5, location="chest", at=NOW - hours * H)
        j.notice(intensity=5, location="chest", new=True)
        assert len(open_ones(j)) == 1
        assert j.status().total == 4


def test_the_database_itself_refuses_a_second_open_activation(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest")
    with pytest.raises(StorageError), journal() as j:
        j.session.add(Activation(started_at=NOW, created_at=NOW, updated_at=NOW))
        j.session.flush()
    with journal() as j:
        assert j.status().total == 1


# -- the episode gap: a later reading is a new episode ------------------------------------------


def test_a_reading_more_than_the_episode_gap_later_leaves_the_old_one_unresolved(journal):
    with journal() as j:
        old = j.notice(intensity=6, location="chest", at=NOW - 30 * H).activation
        result = j.notice(intensity=4, location="stomach")
        assert result.opened is True
        assert result.left_unresolved is not None
        assert result.left_unresolved.id == old.id
        assert result.left_unresolved.status == "unresolved"
        assert result.left_unresolved.settled_at is None
        assert result.left_unresolved.closed_at == NOW
        assert result.activation.id != old.id
        assert result.activation.status == "open"
        assert j.get(old.id).status == "unresolved"
        assert j.get(old.id).recovery_minutes is None
        assert open_ones(j) == [result.activation.id]


def test_exactly_the_episode_gap_later_still_joins(journal):
    with journal() as j:
        first = j.notice(intensity=6, location="chest", at=NOW - 3 * H)
        assert j.after_gap() is None
        joined = j.notice(intensity=3)
        assert joined.opened is False
        assert joined.activation.id == first.activation.id


def test_one_second_past_the_episode_gap_opens_a_new_one(journal):
    with journal() as j:
        first = j.notice(intensity=6, location="chest", at=NOW - 3 * H - timedelta(seconds=1))
        gap = j.after_gap()
        assert gap is not None and gap.id == first.activation.id
        result = j.notice(intensity=3, location="chest")
        assert result.opened is True
        assert result.left_unresolved is not None


def test_the_gap_is_measured_from_the_last_reading_not_the_onset(journal):
    with journal() as j:
        first = j.notice(intensity=6, location="chest", at=NOW - 5 * H)
        j.notice(intensity=5, at=NOW - 150 * timedelta(minutes=1))  # 2 h 30 min later
        assert j.notice(intensity=3).activation.id == first.activation.id


def test_same_joins_after_a_gap_and_new_always_opens(journal):
    with journal() as j:
        first = j.notice(intensity=6, location="chest", at=NOW - 20 * H)
        assert j.will_open(same=True) is False
        joined = j.notice(intensity=3, same=True)
        assert joined.opened is False and joined.activation.id == first.activation.id
        assert joined.left_unresolved is None
        assert j.will_open(new=True) is True
        assert j.notice(intensity=2, location="chest", new=True).opened is True


def test_the_episode_gap_comes_from_config(journal):
    with journal(episode_gap_hours=6) as j:
        j.notice(intensity=6, location="chest", at=NOW - 7 * H)
        assert j.will_open() is True
        result = j.notice(intensity=3, location="chest")
        assert result.left_unresolved is not None
    with journal(episode_gap_hours=48) as j:
        j.notice(intensity=6, location="chest", at=NOW - 7 * H, new=True)
        j.notice(intensity=6, location="chest", at=NOW - 5 * H, new=True)
        assert j.will_open(at=NOW) is False
        assert j.notice(intensity=3).opened is False


def test_a_stale_reading_without_a_location_still_counts(journal):
    """Logging is never refused because of an old activation: a bare number starts a new one."""
    with journal() as j:
        old = j.notice(intensity=6, location="chest", at=NOW - 30 * H).activation
    with journal() as j:
        result = j.notice(intensity=4)
        assert result.opened and result.left_unresolved is not None
        assert result.left_unresolved.id == old.id
        assert result.reading.location is None and result.reading.intensity == 4
    with journal() as j:
        assert j.get(old.id).status == "unresolved"
        assert j.status().total == 2


def test_a_first_reading_without_a_location_changes_nothing(journal):
    with pytest.raises(InputError), journal() as j:
        j.notice(intensity=4)
    with journal() as j:
        assert j.status().total == 0


def test_new_closes_the_open_one_as_unresolved(journal):
    with journal() as j:
        old = j.notice(intensity=6, location="chest", at=NOW - 10 * M).activation
        assert j.will_open(new=True) is True
        assert j.will_open() is False
        result = j.notice(intensity=4, location="throat", new=True)
        assert result.opened is True
        assert result.left_unresolved is not None
        assert result.left_unresolved.id == old.id
        assert j.get(old.id).status == "unresolved"
        assert open_ones(j) == [result.activation.id]


def test_new_with_nothing_open_simply_opens(journal):
    with journal() as j:
        result = j.notice(intensity=4, location="throat", new=True)
        assert result.opened is True
        assert result.left_unresolved is None


def test_staleness_is_judged_against_the_time_being_logged(journal):
    """Back-filling last week in order works although it is all old by now."""
    monday = NOW - 4 * 24 * H
    with journal() as j:
        first = j.notice(intensity=5, location="chest", at=monday).activation
        same = j.notice(intensity=7, at=monday + 2 * H)
        assert same.opened is False
        assert same.activation.id == first.id
        later = j.notice(intensity=4, location="stomach", at=monday + 2 * 24 * H)
        assert later.opened is True
        assert later.left_unresolved is not None
        assert later.left_unresolved.id == first.id
        assert later.activation.started_at == monday + 2 * 24 * H
        assert later.activation.status == "open"


def test_an_old_open_activation_is_shown_as_stale(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest").activation
        assert activation.stale is False
    with journal(at=NOW + 25 * H) as j:
        assert j.get(activation.id).stale is True
        assert j.status().open is not None
        assert j.status().open.stale is True
    with journal(at=NOW + 23 * H) as j:
        assert j.get(activation.id).stale is False


# -- back-filling before the open one ----------------------------------------------------------


def test_a_reading_far_before_the_open_one_becomes_a_separate_earlier_activation(journal):
    with journal() as j:
        current = j.notice(intensity=6, location="chest", at=NOW - H).activation
        result = j.notice(intensity=5, location="stomach", at=NOW - 3 * 24 * H)
        assert result.opened is True
        assert result.separate_earlier is True
        assert result.left_unresolved is None
        earlier = result.activation
        assert earlier.id != current.id
        assert earlier.status == "unresolved"
        assert earlier.closed_at == NOW
        assert earlier.settled_at is None
        assert earlier.started_at == NOW - 3 * 24 * H
        assert j.get(current.id).status == "open"
        assert open_ones(j) == [current.id]
        # and the next reading still joins the open one
        assert j.notice(intensity=4).activation.id == current.id


def test_a_separate_earlier_activation_can_be_settled_later(journal):
    with journal() as j:
        j.notice(intensity=6, location="chest", at=NOW - H)
        earlier = j.notice(intensity=5, location="stomach", at=NOW - 3 * 24 * H).activation
        with pytest.raises(InputError):
            j.settle(activation_id=earlier.id)
        settled = j.settle(activation_id=earlier.id, at=NOW - 3 * 24 * H + 45 * M).activation
        assert settled.status == "settled"
        assert settled.recovery_minutes == 45


def test_a_back_filled_earlier_reading_without_a_location_is_kept_apart(journal):
    with journal() as j:
        current = j.notice(intensity=6, location="chest", at=NOW - H).activation
        result = j.notice(intensity=5, at=NOW - 3 * 24 * H)
        assert result.separate_earlier and result.activation.status == "unresolved"
        assert j.get(current.id).status == "open"


def test_new_with_a_reading_far_before_the_open_one_never_closes_the_open_one(journal):
    with journal() as j:
        current = j.notice(intensity=6, location="chest", at=NOW - H).activation
        result = j.notice(intensity=5, location="stomach", at=NOW - 3 * 24 * H, new=True)
        assert result.activation.status == "unresolved"
        assert j.get(current.id).status == "open"
        assert open_ones(j) == [current.id]


def test_a_reading_slightly_before_onset_moves_the_onset_earlier(journal):
    with journal() as j:
        first = j.notice(intensity=5, location="chest", at=NOW - 10 * M).activation
        result = j.notice(intensity=3, location="stomach", at=NOW - 2 * H)
        assert result.opened is False
        assert result.separate_earlier is False
        view = result.activation
        assert view.id == first.id
        assert view.started_at == NOW - 2 * H
        assert view.first_intensity == 3
        assert view.last_reading_at == NOW - 10 * M
    with journal() as j:
        assert j.get(first.id).started_at == NOW - 2 * H


def test_will_open_answers_like_notice_does(journal):
    with journal() as j:
        assert j.will_open() is True
        j.notice(intensity=5, location="chest", at=NOW - H)
        assert j.will_open() is False
        assert j.will_open(at=NOW - 2 * H) is False  # joins, moving the onset
        assert j.will_open(at=NOW - 5 * 24 * H) is True  # a separate earlier one
        assert j.will_open(at=NOW + 24 * H) is True  # stale by then


# -- name --------------------------------------------------------------------------------------


def test_name_adds_canonical_feelings(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest", at=NOW - 20 * M)
        result = j.name(["  Anxious ", "nervous", "lonely", "afraid"])
        assert [m.word for m in result.added] == ["anxious", "lonely", "scared"]
        assert result.already == ("anxious",)  # "nervous" is an everyday word for "anxious"
        assert result.story_words == ()
        assert result.activation.feeling_names == ("anxious", "lonely", "scared")
        assert all(f.story_word is False for f in result.activation.feelings)
        assert result.activation.name_minutes == 20
        assert all(f.at == NOW for f in result.activation.feelings)


def test_name_reports_feelings_already_named(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest")
        j.name(["anxious"])
        result = j.name(["ANXIOUS", "sad"])
        assert result.already == ("anxious",)
        assert [m.word for m in result.added] == ["sad"]
        assert result.activation.feeling_names == ("anxious", "sad")


def test_name_marks_story_words(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest")
        result = j.name(["ignored", "taken for granted", "hurt", "feel rejected"])
        assert result.story_words == ("ignored", "taken for granted", "feel rejected")
        marked = {f.name: f.story_word for f in result.activation.feelings}
        assert marked == {
            "ignored": True,
            "taken for granted": True,
            "hurt": False,
            "feel rejected": True,
        }


def test_name_knows_the_users_own_words(journal):
    with journal(extra_feelings=["Wobbly"], extra_story_words=["ghosted"]) as j:
        j.notice(intensity=5, location="chest")
        result = j.name(["wobbly", "ghosted"])
        assert [m.known for m in result.added] == [True, False]
        assert result.story_words == ("ghosted",)


def test_name_keeps_free_text_and_suggests_for_typos(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest")
        result = j.name(["anxous"])
        assert result.added[0].known is False
        assert "anxious" in result.added[0].suggestions
        assert result.activation.feeling_names == ("anxous",)


def test_name_before_onset_is_refused(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", at=NOW - H).activation
        with pytest.raises(InputError):
            j.name(["anxious"], at=NOW - 2 * H)
        assert j.get(activation.id).feelings == ()
        result = j.name(["anxious"], at=NOW - 30 * M)
        assert result.activation.name_minutes == 30


@pytest.mark.parametrize("words", [[], [""], ["  ", ""]])
def test_name_needs_a_feeling(journal, words):
    with journal() as j:
        j.notice(intensity=5, location="chest")
        with pytest.raises(InputError):
            j.name(words)


def test_name_with_nothing_open_is_not_possible(journal):
    with pytest.raises(NotPossibleError), journal() as j:
        j.name(["anxious"])


def test_name_an_earlier_activation_by_id(journal):
    with journal() as j:
        first = j.notice(intensity=5, location="chest", at=NOW - 3 * H).activation
        j.settle(at=NOW - 2 * H)
        j.notice(intensity=5, location="chest")
        result = j.name(["sad"], activation_id=first.id, at=NOW - 150 * M)
        assert result.activation.id == first.id
        assert result.activation.name_minutes == 30
        with pytest.raises(NotPossibleError):
            j.name(["sad"], activation_id=999)


# -- story and urge ----------------------------------------------------------------------------


def test_story_is_kept_apart_and_appended(journal):
    with journal() as j:
        j.notice(intensity=5, location="chest")
        view = j.story("  they're pulling away  ")
        assert view.story == "they're pulling away"
        assert view.feelings == ()
        view = j.story("I'm too much")
        assert view.story == "they're pulling away\n\nI'm too much"
        with pytest.raises(InputError):
            j.story("   ")


def test_story_with_nothing_open_is_not_possible(journal):
    with pytest.raises(NotPossibleError), journal() as j:
        j.story("they're pulling away")


def test_urge_records_whether_it_was_acted_on(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - H)
        j.urge("text again", acted=True, at=NOW - 30 * M)
        view = j.urge("check if they're online")
        assert [(u.text, u.acted, u.at) for u in view.urges] == [
            ("text again", True, NOW - 30 * M),
            ("check if they're online", False, NOW),
        ]
        with pytest.raises(InputError):
            j.urge("too early", at=NOW - 2 * H)
        with pytest.raises(InputError):
            j.urge("")


def test_urge_with_nothing_open_is_not_possible(journal):
    with pytest.raises(NotPossibleError), journal() as j:
        j.urge("text again")


# -- settle ------------------------------------------------------------------------------------


def test_settle_records_real_elapsed_recovery_minutes(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - 90 * M)
        result = j.settle()
        view = result.activation
        assert view.status == "settled"
        assert view.settled_at == NOW
        assert view.recovery_minutes == 90
        assert j.open_activation() is None


def test_settle_with_seconds_is_not_rounded_to_minutes(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - 90 * M - timedelta(seconds=30))
        assert j.settle().activation.recovery_minutes == 90.5


def test_settle_stores_helped_practices_intensity_and_note(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - H)
        result = j.settle(
            at=NOW - 5 * M,
            helped=["walk", "Named it", "   ", "a long bath"],
            intensity=2,
            note="  it passed  ",
        )
        assert [(m.word, m.known) for m in result.helped] == [
            ("walk", True),
            ("named it", True),
            ("a long bath", False),
        ]
        view = result.activation
        assert view.helped == ("walk", "named it", "a long bath")
        assert view.settled_intensity == 2
        assert [(n.text, n.at) for n in view.notes] == [("it passed", NOW - 5 * M)]
        assert view.recovery_minutes == 55
    with journal() as j:
        assert j.get(view.id).helped == ("walk", "named it", "a long bath")


def test_settle_before_onset_is_refused(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - H)
        with pytest.raises(InputError):
            j.settle(at=NOW - 2 * H)
        assert j.open_activation() is not None


def test_settle_before_the_last_reading_is_refused(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - H)
        j.notice(intensity=5, at=NOW - 10 * M)
        with pytest.raises(InputError):
            j.settle(at=NOW - 20 * M)
        assert j.settle(at=NOW - 10 * M).activation.recovery_minutes == 50


def test_settling_twice_is_not_possible(journal):
    with journal() as j:
        activation = j.notice(intensity=7, location="chest", at=NOW - H).activation
        j.settle()
        with pytest.raises(NotPossibleError):
            j.settle(activation_id=activation.id)
        with pytest.raises(NotPossibleError):
            j.settle()  # nothing open any more


def test_settle_with_nothing_open_is_not_possible(journal):
    with pytest.raises(NotPossibleError), journal() as j:
        j.settle()


def test_settle_an_unknown_id_is_not_possible(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest")
        with pytest.raises(NotPossibleError):
            j.settle(activation_id=42, at=NOW)


def test_settling_an_unresolved_one_needs_its_time(journal):
    with journal() as j:
        old = j.notice(intensity=6, location="chest", at=NOW - 30 * H).activation
        j.notice(intensity=4, location="chest")
        with pytest.raises(InputError):
            j.settle(activation_id=old.id)
        view = j.settle(activation_id=old.id, at=NOW - 28 * H).activation
        assert view.status == "settled"
        assert view.recovery_minutes == 120
        assert j.status().unresolved_waiting == 0
        assert j.open_activation() is not None  # the newer one is untouched


def test_settle_refuses_a_bad_intensity_before_changing_anything(journal):
    with journal() as j:
        j.notice(intensity=7, location="chest", at=NOW - H)
        with pytest.raises(InputError):
            j.settle(intensity=11)
        assert j.open_activation() is not None


# -- edit --------------------------------------------------------------------------------------


def test_edit_moves_the_onset_earlier(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", at=NOW - H).activation
        j.settle()
        view = j.edit(activation.id, onset=NOW - 2 * H)
        assert view.started_at == NOW - 2 * H
        assert view.recovery_minutes == 120
        assert view.readings[0].at == NOW - H


def test_edit_onset_later_than_the_first_reading_is_refused(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", at=NOW - H).activation
        with pytest.raises(InputError):
            j.edit(activation.id, onset=NOW - 30 * M)
        assert j.edit(activation.id, onset=NOW - H).started_at == NOW - H


def test_edit_settled_time(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", at=NOW - 2 * H).activation
        j.notice(intensity=6, at=NOW - H)
        j.settle()
        assert j.edit(activation.id, settled=NOW - 30 * M).recovery_minutes == 90
        with pytest.raises(InputError):  # before the onset
            j.edit(activation.id, settled=NOW - 3 * H)
        with pytest.raises(InputError):  # before the last reading
            j.edit(activation.id, settled=NOW - 90 * M)
        with pytest.raises(InputError):  # settled before the new onset
            j.edit(activation.id, onset=NOW - 150 * M, settled=NOW - 160 * M)
        assert j.get(activation.id).settled_at == NOW - 30 * M


def test_edit_settled_gives_an_unresolved_one_its_time(journal):
    with journal() as j:
        old = j.notice(intensity=6, location="chest", at=NOW - 30 * H).activation
        j.notice(intensity=4, location="chest")
        view = j.edit(old.id, settled=NOW - 29 * H)
        assert view.status == "settled"
        assert view.recovery_minutes == 60


def test_edit_context_and_story_and_clear_them_with_empty_text(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", context="before").activation
        j.story("a story")
        view = j.edit(activation.id, context=" after ", story="another story")
        assert view.context == "after"
        assert view.story == "another story"
        view = j.edit(activation.id, context="")
        assert view.context is None
        assert view.story == "another story"
        view = j.edit(activation.id, story="")
        assert view.story is None
    with journal() as j:
        stored = j.get(activation.id)
        assert stored.context is None
        assert stored.story is None


def test_edit_with_nothing_to_change_is_refused(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest").activation
        with pytest.raises(InputError):
            j.edit(activation.id)


def test_edit_an_unknown_id_is_not_possible(journal):
    with pytest.raises(NotPossibleError), journal() as j:
        j.edit(7, context="x")


# -- delete ------------------------------------------------------------------------------------


def test_delete_removes_the_activation_and_everything_in_it(journal, db_path):
    with journal() as j:
        doomed = j.notice(intensity=7, location="chest", at=NOW - 2 * H).activation
        j.notice(intensity=5, at=NOW - H)
        j.name(["anxious", "ignored"])
        j.story("they're pulling away")
        j.urge("text again", acted=True)
        j.settle(helped=["walk"], note="passed")
        j.note("for therapy", therapy=True, activation_id=doomed.id)
        kept = j.notice(intensity=3, location="stomach").activation
        j.name(["sad"])
        loose = j.note("a note of its own")
    for table in ("reading", "feeling", "urge", "helped", "note"):
        assert count(db_path, table, "activation_id = ?", doomed.id) > 0, table
    with journal() as j:
        gone = j.delete(doomed.id)
        assert gone.id == doomed.id
        assert gone.feeling_names == ("anxious", "ignored")
    for table in ("reading", "feeling", "urge", "helped", "note"):
        assert count(db_path, table, "activation_id = ?", doomed.id) == 0, table
    assert count(db_path, "activation", "id = ?", doomed.id) == 0
    assert count(db_path, "activation") == 1
    assert count(db_path, "reading", "activation_id = ?", kept.id) == 1
    assert count(db_path, "feeling", "activation_id = ?", kept.id) == 1
    assert count(db_path, "note", "id = ?", loose.id) == 1
    with journal() as j:
        with pytest.raises(NotPossibleError):
            j.get(doomed.id)
        assert j.get(kept.id).status == "open"


def test_delete_an_unknown_id_is_not_possible(journal):
    with pytest.raises(NotPossibleError), journal() as j:
        j.delete(1)


def test_deleting_the_open_one_lets_a_new_one_open(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest").activation
        j.delete(activation.id)
        assert j.open_activation() is None
        assert j.notice(intensity=5, location="chest").opened


# -- notes -------------------------------------------------------------------------------------


def test_a_note_on_its_own(journal, db_path):
    with journal() as j:
        note = j.note("  bring up the weekend  ", therapy=True)
        assert note.text == "bring up the weekend"
        assert note.therapy is True
        assert note.at == NOW
        assert len(note.uuid) == 36
    assert count(db_path, "note", "id = ? AND activation_id IS NULL AND therapy = 1", note.id) == 1


def test_a_note_on_an_activation(journal, db_path):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", at=NOW - H).activation
        note = j.note("it was the silence", activation_id=activation.id, at=NOW - 30 * M)
        assert note.therapy is False
    assert count(db_path, "note", "id = ? AND activation_id = ?", note.id, activation.id) == 1
    with journal() as j:
        view = j.get(activation.id)
        assert [(n.id, n.text, n.at) for n in view.notes] == [
            (note.id, "it was the silence", NOW - 30 * M)
        ]


def test_a_note_on_an_activation_shows_in_the_same_transaction(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest", at=NOW - H).activation
        j.note("it was the silence", activation_id=activation.id)
        assert [n.text for n in j.get(activation.id).notes] == ["it was the silence"]


def test_a_note_on_an_unknown_activation_is_not_possible_and_not_stored(journal, db_path):
    with journal() as j:
        j.note("first")
    with pytest.raises(NotPossibleError), journal() as j:
        j.note("lost", activation_id=5)
    assert count(db_path, "note") == 1


def test_an_empty_note_is_refused(journal):
    with pytest.raises(InputError), journal() as j:
        j.note("  \n ")


# -- log and status ----------------------------------------------------------------------------


def _settled_at(j, start: datetime, minutes: int = 30) -> int:
    view = j.notice(intensity=5, location="chest", at=start, new=True).activation
    j.settle(at=start + minutes * M)
    return int(view.id)


def test_log_is_newest_first(journal):
    with journal() as j:
        ids = [_settled_at(j, NOW - days * 24 * H) for days in (3, 1, 2)]
        j.notice(intensity=5, location="chest", at=NOW - 10 * M)
        assert [a.started_at for a in j.log()] == sorted(
            (a.started_at for a in j.log()), reverse=True
        )
        assert [a.id for a in j.log()][1:] == [ids[1], ids[2], ids[0]]


def test_log_since_and_until_are_local_days_inclusive(journal):
    # 23:30 UTC on 25 Nov is 00:30 on 26 Nov in Berlin: it belongs to the 26th.
    late = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    evening = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # 23:30 on the 25th in Berlin
    with journal() as j:
        on_25th = _settled_at(j, evening, minutes=20)
        on_26th = _settled_at(j, late)
        on_27th = _settled_at(j, NOW - H)
        assert [a.id for a in j.log(since=date(2026, 11, 26), until=date(2026, 11, 26))] == [
            on_26th
        ]
        assert [a.id for a in j.log(until=date(2026, 11, 25))] == [on_25th]
        assert [a.id for a in j.log(since=date(2026, 11, 26))] == [on_27th, on_26th]
        assert [a.id for a in j.log(since=date(2026, 11, 25), until=date(2026, 11, 27))] == [
            on_27th,
            on_26th,
            on_25th,
        ]
        assert j.log(since=date(2026, 11, 28)) == []


def test_log_limit(journal):
    with journal() as j:
        ids = [_settled_at(j, NOW - hours * H) for hours in range(30, 0, -1)]
        assert len(j.log()) == 20  # the default
        assert [a.id for a in j.log(limit=2)] == [ids[-1], ids[-2]]
        assert len(j.log(limit=None)) == 30
        with pytest.raises(InputError):
            j.log(limit=0)


def test_log_until_before_since_is_refused(journal):
    with pytest.raises(InputError), journal() as j:
        j.log(since=date(2026, 11, 27), until=date(2026, 11, 26))


def test_log_of_an_empty_journal_is_empty(journal):
    with journal() as j:
        assert j.log() == []


def test_status(journal):
    with journal() as j:
        status = j.status()
        assert status.open is None
        assert status.checkin_today is False
        assert status.unresolved_waiting == 0
        assert status.total == 0
        j.notice(intensity=5, location="chest", at=NOW - 30 * H)
        j.notice(intensity=5, location="chest", at=NOW - 5 * H)  # leaves the first unresolved
        j.notice(intensity=5, location="chest", at=NOW - 5 * 24 * H)  # a separate earlier one
        status = j.status()
        assert status.open is not None
        assert status.open.started_at == NOW - 5 * H
        assert status.unresolved_waiting == 2
        assert status.total == 3
        j.settle()
        status = j.status()
        assert status.open is None
        assert status.unresolved_waiting == 2
        assert status.total == 3


def test_status_sees_todays_checkin_by_local_day(journal):
    late = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # already the 28th in Berlin
    with journal(at=late) as j:
        j.session.add(Checkin(day=date(2026, 11, 27), hum=3, created_at=late, updated_at=late))
        j.session.flush()
        assert j.status().checkin_today is False
        j.session.add(Checkin(day=date(2026, 11, 28), hum=3, created_at=late, updated_at=late))
        j.session.flush()
        assert j.status().checkin_today is True


# -- retrospective -----------------------------------------------------------------------------


def test_records_logged_more_than_an_hour_later_are_retrospective(journal):
    with journal() as j:
        late = j.notice(intensity=5, location="chest", at=NOW - 2 * H)
        assert late.activation.retrospective is True
        assert late.reading.retrospective is True
        fresh = j.notice(intensity=5, location="chest", at=NOW - 59 * M, new=True)
        assert fresh.activation.retrospective is False
        assert fresh.reading.retrospective is False
        exactly = j.notice(intensity=5, location="chest", at=NOW - H, new=True)
        assert exactly.activation.retrospective is False


def test_retrospective_is_about_when_it_was_written_not_the_current_time(journal):
    with journal() as j:
        activation = j.notice(intensity=5, location="chest").activation
        j.settle()
    with journal(at=NOW + 3 * 24 * H) as j:
        view = j.get(activation.id)
        assert view.retrospective is False
        assert view.readings[0].retrospective is False


# -- one operation, one transaction ------------------------------------------------------------


def test_a_failure_inside_the_block_rolls_everything_back(journal, db_path):
    with journal() as j:
        kept = j.notice(intensity=5, location="chest", at=NOW - 2 * H).activation
    before = {t: count(db_path, t) for t in ("activation", "reading", "feeling", "urge", "note")}
    with pytest.raises(InputError), journal() as j:
        j.notice(intensity=7, at=NOW - H)
        j.name(["anxious"])
        j.urge("text again")
        j.note("written before the mistake")
        j.story("they're pulling away")
        j.settle(at=NOW - 3 * H)  # before the onset: refused
    after = {t: count(db_path, t) for t in before}
    assert after == before
    with journal() as j:
        view = j.get(kept.id)
        assert view.status == "open"
        assert len(view.readings) == 1
        assert view.feelings == ()
        assert view.story is None


def test_any_exception_rolls_back(journal, db_path):
    with pytest.raises(RuntimeError), journal() as j:
        j.notice(intensity=5, location="chest")
        raise RuntimeError("boom")
    assert count(db_path, "activation") == 0
    assert count(db_path, "reading") == 0


def test_a_successful_block_is_committed(journal, db_path):
    with journal() as j:
        j.notice(intensity=5, location="chest")
        j.name(["anxious"])
    assert count(db_path, "activation") == 1
    assert count(db_path, "feeling", "name = 'anxious'") == 1


def test_times_are_stored_in_utc(journal, db_path):
    local = datetime(2026, 11, 27, 21, 0, tzinfo=TZ)
    with journal() as j:
        j.notice(intensity=5, location="chest", at=local)
    connection = sqlite3.connect(db_path)
    try:
        (stored,) = connection.execute("SELECT started_at FROM activation").fetchone()
    finally:
        connection.close()
    assert stored == "2026-11-27T20:00:00.000000Z"


# -- invariants over random sequences of readings ----------------------------------------------

_STEP = st.tuples(
    st.integers(min_value=-96 * 60, max_value=0),  # minutes before NOW
    st.booleans(),  # new
    st.integers(min_value=0, max_value=10),
)


class _Undo(Exception):
    """Raised at the end of each example so its transaction is rolled back."""


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(_STEP, min_size=1, max_size=8))
def test_any_sequence_of_readings_keeps_the_rules(journal, steps):
    # One journal file for all examples; each example is one transaction, undone at the end.
    with pytest.raises(_Undo), journal() as j:
        assert j.status().total == 0
        for minutes, new, intensity in steps:
            j.notice(intensity=intensity, location="chest", at=NOW + minutes * M, new=new)
        everything = j.log(limit=None)
        assert sum(len(a.readings) for a in everything) == len(steps)
        assert sum(a.status == "open" for a in everything) <= 1
        for a in everything:
            assert a.settled_at is None
            assert a.started_at == min(r.at for r in a.readings)
            assert a.status in {"open", "unresolved"}
            if a.status == "unresolved":
                assert a.closed_at == NOW
        open_view = j.open_activation()
        assert open_view is None or open_view.status == "open"
        raise _Undo


# -- the hot path reads by index, not the whole history ----------------------------------------


@pytest.fixture
def some_history(journal):
    with journal(NOW - 30 * H) as j:
        for hour in range(3):
            j.notice(intensity=4, location="chest", at=NOW - (40 - hour) * H)
            j.settle(at=NOW - (40 - hour) * H + 10 * M)
        j.note("a note", at=NOW - 30 * H)


def test_notice_reads_through_indexes_and_never_walks_the_history(some_history, db_path):
    """A notice on ten years of history must cost what it costs on the first day."""

    def notice_twice(j):
        j.notice(intensity=5, location="chest", sensation="tight")
        j.notice(intensity=3, location="chest")

    assert full_scans(db_path, notice_twice) == []
