"""Matching what someone typed against the vocabularies.

Free text is always accepted. Matching only finds the canonical spelling, an
everyday alias, or a close suggestion for a typo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches

from steady.language import vocabulary
from steady.text import normalize_word


@dataclass(frozen=True)
class Match:
    """The outcome of looking up one word."""

    typed: str
    word: str  # what will be stored: canonical when known, else as typed (normalised)
    known: bool
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """A list of words (built-in plus the user's own) with lookup and suggestions."""

    kind: str
    groups: dict[str, tuple[str, ...]]
    aliases: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for group in self.groups.values():
            for word in group:
                seen.setdefault(word, None)
        return tuple(seen)

    def lookup(self, typed: str) -> Match:
        word = normalize_word(typed)
        if word in self.words:
            return Match(typed, word, known=True)
        alias = self.aliases.get(word)
        if alias is not None and alias in self.words:
            return Match(typed, alias, known=True)
        return Match(typed, word, known=False, suggestions=self.suggest(word))

    def suggest(self, word: str, limit: int = 3) -> tuple[str, ...]:
        candidates = list(self.words) + [a for a in self.aliases if self.aliases[a] in self.words]
        close = get_close_matches(word, candidates, n=limit * 2, cutoff=0.75)
        resolved = dict.fromkeys(self.aliases.get(c, c) for c in close)
        return tuple(resolved)[:limit]


def _with_own(groups: dict[str, tuple[str, ...]], own: Sequence[str]) -> dict[str, tuple[str, ...]]:
    extra = tuple(w for w in (normalize_word(x) for x in own) if w)
    return {**groups, "your words": extra} if extra else dict(groups)


def feelings(own: Sequence[str] = ()) -> Vocabulary:
    return Vocabulary("feelings", _with_own(vocabulary.FEELINGS, own), vocabulary.ALIASES)


def body(own: Sequence[str] = ()) -> Vocabulary:
    groups = {"body": vocabulary.BODY_LOCATIONS}
    return Vocabulary("body", _with_own(groups, own), vocabulary.ALIASES)


def sensations(own: Sequence[str] = ()) -> Vocabulary:
    groups = {"sensations": vocabulary.SENSATIONS}
    return Vocabulary("sensations", _with_own(groups, own), vocabulary.ALIASES)


def helped(own: Sequence[str] = ()) -> Vocabulary:
    groups = {"helped": vocabulary.HELPED_SUGGESTIONS}
    return Vocabulary("helped", _with_own(groups, own))


def story_words(own: Sequence[str] = ()) -> Vocabulary:
    groups = {"story words": tuple(vocabulary.STORY_WORDS)}
    return Vocabulary("story-words", _with_own(groups, own))


def _without_feel(name: str) -> str:
    """ "feel ignored" -> "ignored": the word people put after "I feel"."""
    word = normalize_word(name)
    for prefix in ("i feel ", "i felt ", "feel ", "felt ", "feeling "):
        if word.startswith(prefix):
            return word[len(prefix) :]
    return word


def story_word_in(name: str, own: Iterable[str] = ()) -> bool:
    """Is this a word about what someone else did, rather than a felt state?

    Accepts the forms people write: "ignored", "feel ignored", "felt rejected".
    """
    known = set(vocabulary.STORY_WORDS) | {normalize_word(x) for x in own}
    return _without_feel(name) in known


def feelings_under(story_word: str) -> tuple[str, ...]:
    return vocabulary.STORY_WORDS.get(_without_feel(story_word), ("hurt", "lonely", "scared"))
