"""Recognising text that needs more than a journal: the small matcher over the care signs.

The signs themselves are data, in `steady.language.care_signs`, written from the
sources named in docs/care.md. This module only reads text the way those signs need:

1. Normalise: lower case, one kind of apostrophe, text-speak spelled out ("dont",
   "wanna", "kms"), long letter runs shortened ("soooo"), keeping where each character
   came from so that a finding can quote what was typed.
2. Set aside figures of speech ("dying to see you", "this traffic is killing me",
   "to die for") so that no sign can match inside them.
3. Find each sign's phrases (each compiled only when the text holds its required words,
   `steady.language.care_gates`). A phrase that is plainly negated in its own clause
   ("I'm not suicidal", "I would never hurt myself") does not count, unless the sign says
   that negation keeps it (recovery from self-harm still speaks of self-harm); nor does a
   clinician's question reported without an answer of yes, nor a threat said in play.
4. Where no phrase found a concern, read the text again in other words: the small model
   of `steady.language.care_model` scores each sentence and the whole text.

These findings never block anything: the CLI shows support at once and goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache


class Concern(Enum):
    SELF_HARM = "self-harm"
    FEAR_OF_PARTNER = "fear-of-partner"


@dataclass(frozen=True)
class Sign:
    """One warning sign, as the phrases that say it."""

    concern: Concern
    name: str  # e.g. "wish to be dead", as docs/care.md lists it
    phrases: tuple[str, ...]  # regular expressions over normalised text, with {slots}
    negation_keeps: bool = False  # "I haven't cut in a week" still speaks of cutting
    # Play ("he threw a pillow at me 😂") turns these phrases into a joke; violence and
    # sex without consent are never read as play.
    play_cancels: bool = False


@dataclass(frozen=True)
class Finding:
    concern: Concern
    sign: str
    match: str  # the words as they were typed


# -- normalising -----------------------------------------------------------------------------

# "w/o", "w/" and "b/c" are one token each, so that they can be spelled out.
_TOKEN = re.compile(
    r"(?<![\w/])(?:w/o|b/c|w/)(?![\w/])|[^\W_]+(?:['’‘`´][^\W_]+)*|\s+|.", re.UNICODE
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_LONG_RUN = re.compile(r"(.)\1{2,}")


@dataclass(frozen=True)
class Normalised:
    text: str
    origin: tuple[int, ...]  # for each character of `text`, its index in what was typed
    source: str

    def quote(self, start: int, end: int) -> str:
        """What was typed where the normalised text runs from `start` to `end`."""
        end = min(end, len(self.origin))
        if start >= end or not self.origin:
            return ""
        first, last = self.origin[start], self.origin[max(start, end - 1)]
        return " ".join(self.source[first : last + 1].split())


_STARRED = re.compile(r"[A-Za-z0-9]*\*+[A-Za-z0-9*]*")


def _unstarred(text: str, censored: tuple[str, ...]) -> str:
    """ "k*lling" read as "killing" when exactly one censored word fits (same length, so
    every character keeps its place)."""

    def fit(match: re.Match[str]) -> str:
        word = match.group()
        found = [
            c
            for c in censored
            if len(c) == len(word)
            and all(w == "*" or w.lower() == x for w, x in zip(word, c, strict=True))
        ]
        return found[0] if len(found) == 1 else word

    return _STARRED.sub(fit, text) if "*" in text else text


def normalise(text: str, spelled_out: dict[str, str], censored: tuple[str, ...] = ()) -> Normalised:
    source = text
    text = _unstarred(text, censored)
    pieces: list[str] = []
    origin: list[int] = []
    for token in _TOKEN.finditer(text):
        raw = token.group()
        if raw.isspace():
            piece = " "
        else:
            lowered = _LONG_RUN.sub(r"\1\1", raw.translate(_APOSTROPHES).lower())
            piece = spelled_out.get(lowered, lowered)
        pieces.append(piece)
        start, end = token.start(), token.end()
        if len(piece) == len(raw):
            origin.extend(range(start, end))
        elif piece:  # spelled out: its first character and its last stand for the token's
            origin.extend([start] * (len(piece) - 1) + [end - 1])
    return Normalised("".join(pieces), tuple(origin), source)


# -- matching --------------------------------------------------------------------------------


def expand(pattern: str, slots: dict[str, str]) -> str:
    """A phrase with its {slots} written out (slots may name slots)."""
    expanded = pattern
    for _ in range(4):
        expanded = re.sub(r"\{(\w+)\}", lambda m: f"(?:{slots[m.group(1)]})", expanded)
    return expanded


Gate = tuple[tuple[str, ...], ...]  # sets of words: a text must hold one word of each


def _open(gate: Gate, text: str) -> bool:
    return all(any(word in text for word in words) for words in gate)


@dataclass(frozen=True)
class Phrase:
    sign: Sign
    written: str
    gate: Gate  # compiled and searched only when the text holds one word of each set


@dataclass(frozen=True)
class Compiled:
    phrases: tuple[Phrase, ...]
    figures: tuple[tuple[str, Gate], ...]
    slots: dict[str, str]
    spelled_out: dict[str, str]
    censored: tuple[str, ...] = ()


@cache
def _compiled() -> Compiled:
    from steady.language import care_gates
    from steady.language import care_signs as data
    from steady.language.prefilter import fingerprint

    written = [(sign, phrase) for sign in data.SIGNS for phrase in sign.phrases]
    figures = list(data.FIGURES_OF_SPEECH)
    current = fingerprint([p for _, p in written] + figures, data.SLOTS) == care_gates.FINGERPRINT
    gates = care_gates.GATES if current else ((),) * len(written)  # stale: try every phrase
    figure_gates = care_gates.FIGURE_GATES if current else ((),) * len(figures)
    return Compiled(
        tuple(Phrase(sign, p, gate) for (sign, p), gate in zip(written, gates, strict=True)),
        tuple(zip(figures, figure_gates, strict=True)),
        data.SLOTS,
        data.SPELLED_OUT,
        data.CENSORED,
    )


@cache
def _regex(written: str) -> re.Pattern[str]:
    return re.compile(expand(written, _compiled().slots))


@cache
def _reading() -> dict[str, re.Pattern[str]]:
    """The patterns that read around a match, compiled only once something matched."""
    from steady.language import care_signs as data

    slots = data.SLOTS
    return {
        "negated": re.compile(expand(data.NEGATION, slots) + r"\s*$"),
        "barrier": re.compile(expand(data.CLAUSE_BARRIER, slots)),
        "answered_no": re.compile(expand(data.ANSWERED_NO, slots)),
        "asked": re.compile(expand(data.REPORTED_QUESTION, slots)),
        "answered_yes": re.compile(expand(data.ANSWERED_YES, slots)),
        "play": re.compile(expand(data.PLAY, slots)),
        "question_no": re.compile(expand(data.QUESTION_ANSWERED_NO, slots)),
        "says_safe": re.compile(expand(data.SAYS_SAFE, slots)),
        "alarm": re.compile(expand(data.ATTACHMENT_ALARM, slots)),
        "danger": re.compile(expand(data.DANGER_WORDS, slots)),
    }


def _masked(text: str, compiled: Compiled) -> str:
    """The text with every figure of speech blanked out (same length, so offsets hold)."""
    for figure, gate in compiled.figures:
        if _open(gate, text):
            text = _regex(figure).sub(lambda m: "~" * len(m.group()), text)
    return text


_SENTENCE_END = re.compile(r"[.!?;\n]")


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The parts of the match's sentence before and after it."""
    before = text[:start]
    ends = list(_SENTENCE_END.finditer(before))
    after = text[end:]
    stop = _SENTENCE_END.search(after)
    return before[ends[-1].end() if ends else 0 :], after[: stop.start() if stop else len(after)]


def _is_negated(text: str, start: int) -> bool:
    reading = _reading()
    clause_start = 0
    for barrier in reading["barrier"].finditer(text, 0, start):
        clause_start = barrier.end()
    return reading["negated"].search(text[clause_start:start]) is not None


def _counts(sign: Sign, text: str, match: re.Match[str]) -> bool:
    """Does this match speak of the sign, or is it denied, asked about, or played with?"""
    reading = _reading()
    before, after = _sentence(text, match.start(), match.end())
    # A laugh in the sentence, or just after it, turns threats and slammed doors to play.
    window = before + text[match.start() : match.end() + 120]
    if sign.play_cancels and reading["play"].search(window):
        return False
    if reading["question_no"].search(text[match.start() :]):
        return False
    if sign.negation_keeps:
        return True
    # A clinician's question reported: only an answer of yes counts. (A threat is a threat
    # even when it comes as a question: "he rang to ask if I'd learned my lesson".)
    if sign.concern is Concern.SELF_HARM and reading["asked"].search(before):
        return reading["answered_yes"].search(text[match.end() : match.end() + 100]) is not None
    if reading["answered_no"].match(after):
        return False
    return not _is_negated(text, match.start())


def _with_partner(text: str, partner_names: Sequence[str]) -> str:
    """The partner's name read as "my partner", so that every phrase about a partner
    applies to it."""
    for name in partner_names:
        words = " ".join(name.lower().split())
        if words and words not in {"i", "me", "my", "you"}:
            text = re.sub(rf"\b{re.escape(words)}\b", "my partner", text)
    return text


def findings_in(*texts: str | None, partner_names: Sequence[str] = ()) -> list[Finding]:
    """What the given texts speak of: each sign once, in the order of the signs."""
    compiled = _compiled()
    found: dict[str, Finding] = {}
    for text in texts:
        if not text:
            continue
        normal = normalise(text, compiled.spelled_out, compiled.censored)
        named = _with_partner(normal.text, partner_names)
        if named != normal.text:  # the name read as "my partner": quote the text as read
            normal = Normalised(named, tuple(range(len(named))), named)
        padded = f" {_masked(named, compiled)} "
        for phrase in compiled.phrases:
            sign = phrase.sign
            if sign.name in found:
                continue
            if not _open(phrase.gate, padded):
                continue
            for match in _regex(phrase.written).finditer(padded):
                if _counts(sign, padded, match):
                    start, end = max(match.start() - 1, 0), max(match.end() - 1, 0)
                    found[sign.name] = Finding(sign.concern, sign.name, normal.quote(start, end))
                    break
        for concern in Concern:
            if not any(f.concern is concern for f in found.values()):
                said = _in_other_words(padded, concern)
                if said is not None:
                    start, end = said
                    found[OTHER_WORDS[concern]] = Finding(
                        concern, OTHER_WORDS[concern], normal.quote(max(start - 1, 0), end - 1)
                    )
    names = [*dict.fromkeys(p.sign.name for p in compiled.phrases), *OTHER_WORDS.values()]
    order = {name: i for i, name in enumerate(names)}
    return sorted(found.values(), key=lambda f: order[f.sign])


# What the model recognises, beside the phrases (steady.language.care_model).
OTHER_WORDS = {
    Concern.SELF_HARM: "not wanting to live, in other words",
    Concern.FEAR_OF_PARTNER: "fear of a partner, in other words",
}


def _in_other_words(text: str, concern: Concern) -> tuple[int, int] | None:
    """Where the model reads the concern in the text (its sentence, or the whole text), or
    None. A clinician's question reported, or one answered no, is not an answer of yes."""
    from steady.language.care_model import features, models, probability, sentences

    model = models()[concern.value]
    reading = _reading()
    if concern is Concern.SELF_HARM and reading["says_safe"].search(text):
        return None
    for start, end in [*sentences(text), (0, len(text))]:
        part = text[start:end]
        if probability(features(part), model.weights, model.bias) < model.threshold:
            continue
        if concern is Concern.FEAR_OF_PARTNER and reading["play"].search(part):
            continue  # "he jokes he'll divorce me…": play, as for the threat phrases
        if (
            concern is Concern.FEAR_OF_PARTNER
            and reading["alarm"].search(part)
            and not reading["danger"].search(part)
        ):
            continue  # "he'll leave me", "he texts me goodnight": the alarm, not danger
        asked = concern is Concern.SELF_HARM and reading["asked"].search(part)
        if asked and not reading["answered_yes"].search(part):
            continue
        if reading["question_no"].search(text[start:]):
            continue
        return start, end
    return None


def concerns_in(*texts: str | None, partner_names: Sequence[str] = ()) -> list[Concern]:
    """The concerns that any of the given texts speak of, in a stable order."""
    found = {f.concern for f in findings_in(*texts, partner_names=partner_names)}
    return [c for c in Concern if c in found]


def concerns_of(findings: Iterable[Finding]) -> list[Concern]:
    found = {f.concern for f in findings}
    return [c for c in Concern if c in found]
