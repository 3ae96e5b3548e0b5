"""The built-in vocabularies, in steady's own words.

Groups are small enough that a numbered menu of each fits on one screen.
"""

from __future__ import annotations

FEELINGS: dict[str, tuple[str, ...]] = {
    "alarm": (
        "anxious",
        "scared",
        "panicky",
        "on edge",
        "uneasy",
        "worried",
        "dread",
        "restless",
        "overwhelmed",
    ),
    "hurt / low": (
        "hurt",
        "sad",
        "lonely",
        "disappointed",
        "longing",
        "empty",
        "grief",
        "tired",
    ),
    "anger": ("frustrated", "irritated", "angry", "resentful", "jealous"),
    "self-conscious": (
        "ashamed",
        "embarrassed",
        "insecure",
        "exposed",
        "guilty",
        "self-doubting",
    ),
    "settled": ("calm", "safe", "relieved", "content", "grounded", "at ease", "steady"),
    "open": ("curious", "hopeful", "tender", "grateful", "close", "loving", "playful"),
}

BODY_LOCATIONS: tuple[str, ...] = (
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
)

SENSATIONS: tuple[str, ...] = (
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
)

# Sensations that are things rather than qualities read as "knot in stomach".
NOUN_SENSATIONS: frozenset[str] = frozenset({"knot", "lump", "pressure", "fluttering", "buzzing"})

# A story word says what someone else did. Each maps to feelings that often sit under it.
STORY_WORDS: dict[str, tuple[str, ...]] = {
    "abandoned": ("scared", "lonely", "sad"),
    "rejected": ("hurt", "ashamed", "sad"),
    "ignored": ("hurt", "lonely", "scared"),
    "unwanted": ("sad", "lonely", "insecure"),
    "replaced": ("scared", "jealous", "insecure"),
    "forgotten": ("hurt", "lonely", "sad"),
    "unloved": ("sad", "lonely", "scared"),
    "taken for granted": ("hurt", "resentful", "tired"),
    "betrayed": ("hurt", "angry", "scared"),
    "dismissed": ("hurt", "frustrated", "insecure"),
    "left out": ("lonely", "hurt", "sad"),
    "unappreciated": ("hurt", "resentful", "disappointed"),
}

# Everyday words people type for the same place or sensation.
ALIASES: dict[str, str] = {
    "belly": "stomach",
    "gut": "stomach",
    "tummy": "stomach",
    "abdomen": "stomach",
    "neck": "neck & shoulders",
    "shoulders": "neck & shoulders",
    "shoulder": "neck & shoulders",
    "neck and shoulders": "neck & shoulders",
    "arms": "arms & hands",
    "hands": "arms & hands",
    "arms and hands": "arms & hands",
    "legs": "legs & feet",
    "feet": "legs & feet",
    "legs and feet": "legs & feet",
    "breathing": "breath",
    "lungs": "breath",
    "body": "whole body",
    "all over": "whole body",
    "everywhere": "whole body",
    "tightness": "tight",
    "tense": "tight",
    "butterflies": "fluttering",
    "heat": "hot",
    "chills": "cold",
    "shaking": "shaky",
    "trembling": "shaky",
    "pounding": "racing",
    "knotted": "knot",
    "lump in throat": "lump",
    "nervous": "anxious",
    "afraid": "scared",
    "fear": "scared",
    "panic": "panicky",
    "alone": "lonely",
    "mad": "angry",
    "shame": "ashamed",
}

INTENSITY_ANCHORS: tuple[tuple[int, str], ...] = (
    (0, "calm"),
    (3, "noticeable"),
    (5, "hard to ignore"),
    (7, "pulling at behaviour"),
    (10, "overwhelming"),
)

HELPED_SUGGESTIONS: tuple[str, ...] = (
    "named it",
    "breathing",
    "walk",
    "movement",
    "called a friend",
    "music",
    "cold water",
    "wrote it down",
    "waited it out",
    "paused",
    "rest",
    "self-talk",
)

INTENSITY_SCALE_TEXT = " · ".join(f"{n} {label}" for n, label in INTENSITY_ANCHORS)


def all_feelings() -> tuple[str, ...]:
    return tuple(word for group in FEELINGS.values() for word in group)
