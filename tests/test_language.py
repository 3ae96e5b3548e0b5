"""Words: vocabularies and matching, story words, safety phrases, and text handling."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steady.errors import InputError
from steady.language import matching, safety, vocabulary
from steady.language.safety import Concern
from steady.text import (
    MAX_TEXT_CHARS,
    MAX_WORD_CHARS,
    for_display,
    normalize_word,
    one_line,
    optional_text,
    parse_intensity,
    require_text,
)

# -- the vocabularies (docs/design.md, "Language") ----------------------------------------------


def test_the_body_locations_of_the_contract():
    assert set(vocabulary.BODY_LOCATIONS) == {
        "head",
        "face",
        "jaw",
        "throat",
        "neck & shoulders",
        "chest",
        "heart",
        "breath",
        "stomach",
        "arms & hands",
        "legs & feet",
        "whole body",
    }


def test_the_sensations_of_the_contract():
    assert set(vocabulary.SENSATIONS) >= {
        "tight",
        "pressure",
        "heavy",
        "hollow",
        "knot",
        "fluttering",
        "sinking",
        "racing",
        "buzzing",
        "lump",
        "hot",
        "cold",
        "shaky",
        "restless",
        "numb",
    }


def test_the_story_words_of_the_contract():
    assert set(vocabulary.STORY_WORDS) >= {
        "abandoned",
        "rejected",
        "ignored",
        "unwanted",
        "replaced",
        "forgotten",
        "unloved",
        "taken for granted",
    }


def test_the_feelings_are_grouped_for_a_menu():
    feelings = vocabulary.all_feelings()
    assert 35 <= len(feelings) <= 50
    assert len(set(feelings)) == len(feelings)
    assert {"alarm", "hurt / low", "self-conscious", "settled", "open"} <= set(vocabulary.FEELINGS)
    assert all(1 <= len(group) <= 12 for group in vocabulary.FEELINGS.values())
    assert not set(feelings) & set(vocabulary.STORY_WORDS)  # a story word is not a feeling


def test_words_are_stored_normalised():
    for word in (
        *vocabulary.all_feelings(),
        *vocabulary.BODY_LOCATIONS,
        *vocabulary.SENSATIONS,
        *vocabulary.STORY_WORDS,
        *vocabulary.HELPED_SUGGESTIONS,
    ):
        assert normalize_word(word) == word


def test_every_alias_points_at_a_known_word():
    known = (
        set(vocabulary.all_feelings()) | set(vocabulary.BODY_LOCATIONS) | set(vocabulary.SENSATIONS)
    )
    for alias, word in vocabulary.ALIASES.items():
        assert word in known, alias
        assert alias not in known, alias


def test_feelings_under_a_story_word_are_feelings():
    feelings = set(vocabulary.all_feelings())
    for story_word, under in vocabulary.STORY_WORDS.items():
        assert under, story_word
        assert set(under) <= feelings, story_word
    assert matching.feelings_under("Ignored") == ("hurt", "lonely", "scared")
    assert matching.feelings_under("something else") == ("hurt", "lonely", "scared")
    assert matching.feelings_under("taken  for granted") == ("hurt", "resentful", "tired")


def test_the_intensity_scale_text():
    assert vocabulary.INTENSITY_SCALE_TEXT == (
        "0 calm · 3 noticeable · 5 hard to ignore · 7 pulling at behaviour · 10 overwhelming"
    )


# -- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vocab", "typed", "word"),
    [
        (matching.body(), "chest", "chest"),
        (matching.body(), "  Chest ", "chest"),
        (matching.body(), "NECK  &  SHOULDERS", "neck & shoulders"),
        (matching.sensations(), "tight", "tight"),
        (matching.feelings(), "On Edge", "on edge"),
        (matching.helped(), "Named it", "named it"),
    ],
)
def test_known_words_match_exactly_after_normalising(vocab, typed, word):
    match = vocab.lookup(typed)
    assert match.known is True
    assert match.word == word
    assert match.typed == typed
    assert match.suggestions == ()


@pytest.mark.parametrize(
    ("vocab", "typed", "word"),
    [
        (matching.body(), "belly", "stomach"),
        (matching.body(), "Gut", "stomach"),
        (matching.body(), "shoulders", "neck & shoulders"),
        (matching.body(), "neck and shoulders", "neck & shoulders"),
        (matching.body(), "all over", "whole body"),
        (matching.sensations(), "butterflies", "fluttering"),
        (matching.sensations(), "tense", "tight"),
        (matching.sensations(), "trembling", "shaky"),
        (matching.feelings(), "nervous", "anxious"),
        (matching.feelings(), "afraid", "scared"),
        (matching.feelings(), "alone", "lonely"),
    ],
)
def test_aliases_give_the_canonical_word(vocab, typed, word):
    match = vocab.lookup(typed)
    assert match.known is True
    assert match.word == word


def test_an_alias_of_another_vocabulary_is_not_borrowed():
    match = matching.feelings().lookup("belly")  # a body word, not a feeling
    assert match.known is False
    assert match.word == "belly"
    assert matching.body().lookup("nervous").known is False


@pytest.mark.parametrize(
    ("vocab", "typo", "meant"),
    [
        (matching.body(), "chets", "chest"),
        (matching.body(), "stomache", "stomach"),
        (matching.body(), "throaat", "throat"),
        (matching.body(), "bely", "stomach"),  # close to the alias "belly"
        (matching.sensations(), "tigth", "tight"),
        (matching.sensations(), "fluttery", "fluttering"),
        (matching.feelings(), "anxous", "anxious"),
        (matching.feelings(), "lonley", "lonely"),
        (matching.feelings(), "overwhelemed", "overwhelmed"),
    ],
)
def test_typos_get_close_suggestions_but_are_kept_as_typed(vocab, typo, meant):
    match = vocab.lookup(typo)
    assert match.known is False
    assert match.word == typo  # free text is always accepted
    assert meant in match.suggestions
    assert len(match.suggestions) <= 3
    assert len(set(match.suggestions)) == len(match.suggestions)
    assert set(match.suggestions) <= set(vocab.words)


def test_unrelated_free_text_gets_no_suggestions():
    match = matching.feelings().lookup("  Like A Cat In The Rain ")
    assert match.known is False
    assert match.word == "like a cat in the rain"
    assert match.suggestions == ()


def test_the_users_own_words_form_a_your_words_group():
    vocab = matching.feelings(["Wobbly", "  ", "small   and far"])
    assert vocab.groups["your words"] == ("wobbly", "small and far")
    assert vocab.lookup("wobbly").known
    assert vocab.lookup("Small and far").word == "small and far"
    assert "wobbly" in vocab.words
    assert "anxious" in vocab.words  # the built-in words stay
    assert "wobbly" in vocab.lookup("wobbley").suggestions


@pytest.mark.parametrize("own", [[], ["", "   "]])
def test_no_own_words_means_no_your_words_group(own):
    assert "your words" not in matching.feelings(own).groups
    assert "your words" not in matching.body(own).groups


def test_own_words_in_every_vocabulary():
    assert matching.body(["solar plexus"]).lookup("Solar Plexus").known
    assert matching.sensations(["prickly"]).lookup("prickly").known
    assert matching.helped(["long bath"]).lookup("long bath").known
    assert matching.story_words(["ghosted"]).lookup("ghosted").known


def test_vocabulary_words_are_unique_and_in_group_order():
    vocab = matching.feelings(["anxious", "wobbly"])  # a repeat of a built-in word
    assert vocab.words.count("anxious") == 1
    assert vocab.words[0] == vocabulary.FEELINGS["alarm"][0]
    assert vocab.words[-1] == "wobbly"


# -- story words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ignored",
        "Ignored",
        "feel ignored",
        "I feel ignored",
        "I felt rejected",
        "felt abandoned",
        "feeling unwanted",
        "taken for granted",
        "feel taken for granted",
        "  taken   for granted ",
        "forgotten",
        "unloved",
        "replaced",
    ],
)
def test_story_words_are_recognised(text):
    assert matching.story_word_in(text) is True


@pytest.mark.parametrize(
    "text",
    ["anxious", "hurt", "lonely", "I feel scared", "ignoring", "taken", "granted", "feel", ""],
)
def test_feelings_are_not_story_words(text):
    assert matching.story_word_in(text) is False


def test_the_users_own_story_words():
    assert matching.story_word_in("ghosted") is False
    assert matching.story_word_in("ghosted", ["Ghosted"]) is True
    assert matching.story_word_in("felt ghosted", ["ghosted"]) is True


# -- safety phrases ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I don't want to be alive anymore",
        "I don’t want to live like this",  # a typographic apostrophe
        "I do not want to exist",
        "sometimes I think about ending it all",
        "I want to end my life",
        "I keep thinking about suicide",
        "I wish I were dead",
        "they would be better off without me",
        "I hurt myself again last night",
        "thinking about self-harm again",
        "there's no point in living",
        "I can't go on",
        "I WANT TO DIE",
    ],
)
def test_self_harm_phrases_are_recognised(text):
    assert safety.concerns_in(text) == [Concern.SELF_HARM]


@pytest.mark.parametrize(
    "text",
    [
        "I want to disappear",
        "what's the point of living",
        "I feel like cutting again",
        "the urge to cut is back",
        "I don't see what the point of life is",
        "I thought about not wanting to be here",
        "I thought about taking pills, an overdose",
        "sometimes I want to take my own life",
    ],
)
def test_quieter_words_for_not_wanting_to_live_are_recognised(text):
    assert safety.concerns_in(text) == [Concern.SELF_HARM]


@pytest.mark.parametrize("text", ["I've been cutting myself again", "cutting myself helps"])
def test_cutting_oneself_is_recognised(text):
    assert safety.concerns_in(text) == [Concern.SELF_HARM]


@pytest.mark.parametrize(
    "text",
    [
        "I have been hurting myself",
        "I keep burning myself on purpose",
        "harming myself",
        "I cut myself",
    ],
)
def test_other_forms_of_self_injury_are_recognised(text):
    assert safety.concerns_in(text) == [Concern.SELF_HARM]


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared of him",
        "I'm terrified of my husband",
        "I'm frightened of my ex",
        "He hit me last night",
        "she slapped me",
        "he choked me during the fight",
        "they threatened to hurt me",
        "he threatens me when he drinks",
        "I don't feel safe at home",
        "I am not safe with him",
        "I'm afraid for my safety",
        "my partner is abusive",
        "he gets violent with me",
        "I'm scared of you, you hurt me last night",
        "I'm scared of what he'll do when he's angry",
        "I'm afraid of what he might do",
        "he said he'd hurt me",
        "he grabbed my arm hard",
        "she hurt me again",
    ],
)
def test_fear_of_a_partner_is_recognised(text):
    assert safety.concerns_in(text) == [Concern.FEAR_OF_PARTNER]


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared they're losing interest",
        "I'm afraid they'll leave me",
        "I'm scared of losing him",
        "I'm scared of being too much for her",
        "I felt so scared when she didn't answer",
        "I was scared to text her",
        "what if they leave me",
        "my chest is tight and I keep checking my phone",
        "I feel ignored and lonely",
        "he hasn't texted back in 3 hours",
        "I'm afraid of my own reactions",
        "afraid he is pulling away",
        "I'm dying to see her",
        "we had a great evening, I felt calm",
        "I cut my hair today",
        "we started cutting back on coffee",
        "I'm scared of you leaving",
        "you hurt me when you didn't call",
        "I'm scared of what they'll think of me",
        "I stopped cutting corners at work",
        "the point of living together was to see each other more",
    ],
)
def test_ordinary_anxious_journal_sentences_do_not_trigger(text):
    assert safety.concerns_in(text) == []


@pytest.mark.parametrize(
    "text", ["I'm so scared of him leaving me", "I'm afraid of her getting bored of me"]
)
def test_fear_of_being_left_is_not_fear_of_the_partner(text):
    assert safety.concerns_in(text) == []


def test_concerns_in_several_texts_in_a_stable_order():
    assert safety.concerns_in(None, "he hit me", "", "I want to die") == [
        Concern.SELF_HARM,
        Concern.FEAR_OF_PARTNER,
    ]
    assert safety.concerns_in() == []
    assert safety.concerns_in(None, "") == []


def test_concern_values():
    assert Concern.SELF_HARM.value == "self-harm"
    assert Concern.FEAR_OF_PARTNER.value == "fear-of-partner"


@settings(max_examples=100)
@given(text=st.text(max_size=200))
def test_concerns_in_never_fails(text):
    found = safety.concerns_in(text)
    assert len(found) == len(set(found))
    assert set(found) <= set(Concern)


# -- text for display --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b[1;38;5;196mbold\x1b[m", "bold"),
        ("a\x1b[2Jb", "ab"),  # clear screen
        ("\x1b]0;pwned title\x07after", "after"),  # OSC set title, BEL-terminated
        ("\x1b]0;pwned title\x1b\\after", "after"),  # OSC, ST-terminated
        ("\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
        ("\x1bPq#0;2;0;0;0\x1b\\x", "x"),  # DCS
        ("\x9b31mx", "x"),  # 8-bit CSI
        ("a\x00b\x07c\x08d", "abcd"),
        ("line\rover", "lineover"),
        ("del\x7fete", "delete"),
        ("trailing escape\x1b", "trailing escape"),
        ("\x85next line", "next line"),  # a C1 control
    ],
)
def test_for_display_strips_escape_sequences_and_control_characters(raw, shown):
    assert for_display(raw) == shown


@pytest.mark.parametrize(
    "raw",
    [
        "a\x1bcb",  # RIS: reset the terminal
        "a\x1b7b",  # DECSC: save the cursor
        "a\x1b(Bb",  # designate G0 as ASCII, part of what `tput sgr0` prints
    ],
)
def test_for_display_strips_whole_short_escape_sequences(raw):
    assert for_display(raw) == "ab"


@pytest.mark.parametrize(
    "text",
    [
        "line one\nline two",
        "col\tcol",
        "tight chest 😟 and 💓",
        "👩\u200d❤️\u200d👨",  # zero-width joiners stay
        "שלום, אני מרגיש לחוץ",  # Hebrew, right to left
        "أشعر بالقلق",  # Arabic
        "café naïve Ærø",
        "[red]markup stays literal[/red]",
        "< & > \" '",
    ],
)
def test_for_display_keeps_ordinary_text(text):
    assert for_display(text) == text


_CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n", "\t"}


@settings(max_examples=200)
@given(
    text=st.text(
        alphabet=st.one_of(
            st.characters(), st.sampled_from(["\x1b", "\x9b", "[", "]", "\\", "\x07", ";", "m"])
        ),
        max_size=60,
    )
)
def test_for_display_leaves_no_control_characters(text):
    shown = for_display(text)
    assert not set(shown) & _CONTROLS
    assert for_display(shown) == shown
    assert shown.count("\n") == text.count("\n")


@settings(max_examples=200)
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]) | st.just("\n")))
def test_for_display_changes_nothing_without_control_characters(text):
    assert for_display(text) == text


def test_one_line_flattens_and_shortens():
    assert one_line("a\n\nb\tc  d") == "a b c d"
    assert one_line("\x1b[31mred\x1b[0m") == "red"
    shortened = one_line("word " * 30, width=20)
    assert len(shortened) <= 20
    assert shortened.endswith("…")


# -- text limits -------------------------------------------------------------------------------


def test_require_text_trims_the_ends():
    assert require_text("  a note \n", "note") == "a note"
    assert require_text("line one\n\nline two", "note") == "line one\n\nline two"


@pytest.mark.parametrize("empty", ["", "   ", "\n\t ", None])
def test_require_text_refuses_empty_text(empty):
    with pytest.raises(InputError) as caught:
        require_text(empty, "story")
    assert "story" in caught.value.message


def test_require_text_limit():
    assert require_text("x" * MAX_TEXT_CHARS, "note") == "x" * MAX_TEXT_CHARS
    assert require_text("  " + "x" * MAX_TEXT_CHARS + "  ", "note") == "x" * MAX_TEXT_CHARS
    with pytest.raises(InputError) as caught:
        require_text("x" * (MAX_TEXT_CHARS + 1), "note")
    assert "20,000" in caught.value.message
    assert caught.value.exit_code == 2
    with pytest.raises(InputError):
        require_text("abcdef", "feeling", limit=5)


def test_optional_text():
    assert optional_text(None, "context") is None
    assert optional_text("", "context") is None
    assert optional_text("  \n ", "context") is None
    assert optional_text("  at work ", "context") == "at work"
    assert optional_text("x" * MAX_WORD_CHARS, "feeling", limit=MAX_WORD_CHARS) == (
        "x" * MAX_WORD_CHARS
    )
    with pytest.raises(InputError):
        optional_text("x" * (MAX_WORD_CHARS + 1), "feeling", limit=MAX_WORD_CHARS)
    with pytest.raises(InputError):
        optional_text("x" * (MAX_TEXT_CHARS + 1), "context")


# -- intensity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [(0, 0), (10, 10), ("7", 7), (" 5 ", 5)])
def test_parse_intensity_accepts_0_to_10(value, expected):
    assert parse_intensity(value) == expected


@pytest.mark.parametrize("value", [-1, 11, 100, "-1", "11"])
def test_parse_intensity_refuses_out_of_range(value):
    with pytest.raises(InputError) as caught:
        parse_intensity(value)
    assert "0–10" in caught.value.message


@pytest.mark.parametrize("value", ["", "five", "5.5", "7/10", "1e1", "  "])
def test_parse_intensity_refuses_non_numbers(value):
    with pytest.raises(InputError) as caught:
        parse_intensity(value, "--felt")
    assert "not a number" in caught.value.message or "not a whole number" in caught.value.message
    assert "--felt" in caught.value.message


@settings(max_examples=100)
@given(number=st.integers(min_value=-(10**6), max_value=10**6))
def test_parse_intensity_bounds(number):
    if 0 <= number <= 10:
        assert parse_intensity(number) == number
        assert parse_intensity(str(number)) == number
    else:
        with pytest.raises(InputError):
            parse_intensity(number)


@settings(max_examples=200)
@given(text=st.text(max_size=12))
def test_parse_intensity_of_any_text_is_a_number_or_an_input_error(text):
    try:
        value = parse_intensity(text)
    except InputError:
        return
    assert 0 <= value <= 10
