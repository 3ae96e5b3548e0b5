"""What a draft asks for, and the grounded form of that wish.

A message written from the alarm usually carries a real wish: to hear from them
(contact), to feel sure of them (reassurance), room (space), an apology, or a plan
together. The most useful suggestion the mirror can make is that same wish, said from a
grounded place and built from the person's own words where it can — "call me back right
now" becomes "When you're free, could you call me? No rush." It never offers the
opposite of the wish: someone asking for contact is not told to stop asking.

Pure: no clock, no database. `message_rules.check` calls `read` with the families it
found, so this module knows nothing of the rules themselves.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from typing import Literal

WishKind = Literal["contact", "reassurance", "space", "apology", "plan", "heard"]

WISH_KINDS: tuple[WishKind, ...] = ("apology", "space", "reassurance", "contact", "plan", "heard")
"""In the order they are looked for: the first that the message shows is its wish."""

REASSURANCE_FAMILIES = frozenset(
    {"mood-check", "worth-check", "certainty-demand", "repeated-check"}
)


@dataclass(frozen=True)
class Wish:
    kind: WishKind
    words: str  # the words in the message that show the wish ("" when none do)
    suggestion: str


_I = re.IGNORECASE

_APOLOGY = re.compile(
    r"\b(?:apologi[sz](?:e|ed|ing)|(?:an|my|no|any)\s+apology|say\s+(?:(?:you'?re|ur|you\s+are)\s+)?"
    r"sorry|(?:you|u)\s+owe\s+me|not\s+even\s+(?:a\s+)?sorry)\b",
    _I,
)
_APOLOGY_FOR = re.compile(r"\b(?:for|about)\s+([^.?!,;\n]{3,60})", _I)

_SPACE = re.compile(
    r"\b(?:leave\s+me\s+alone|give\s+me\s+(?:some\s+|a\s+(?:bit\s+of\s+|little\s+)?)?(?:space|"
    r"time|minute|break)|I\s+(?:just\s+|really\s+)?need\s+(?:some\s+|a\s+(?:bit\s+of\s+|little\s+)?)?"
    r"(?:space|time\s+(?:alone|apart|to\s+(?:myself|think|cool\s+(?:off|down)|calm\s+down))|"
    r"break|breather)|(?:don'?t|do\s+not|stop)\s+(?:even\s+)?(?:texting|text|calling|call|"
    r"messaging|message|contacting|contact)\s+me|back\s+off)\b",
    _I,
)

_NOT_ABOUT_US = (
    r"(?!\s+(?:her|him|them|your\s+(?:mum|mom|dad|sister|brother|friends?|boss|ex)|the\s+"
    r"(?:shop|doctor|plumber)))"
)
# Looked for in this order: the most concrete way of being in touch the message names.
_CONTACT: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"\b(?:call(?:ed|ing)?|ring|phone|facetime|text(?:ed|ing)?|message(?:d)?|msg)\b"
        + _NOT_ABOUT_US
        + r"|\bpick\s+up\b",
        r"\b(?:talk|speak)\s+(?:to|with)\s+me\b|\b(?:we\s+(?:need|have)\s+to|can\s+we|could\s+we|"
        r"let'?s)\s+talk\b|\bsee\s+(?:you|u)\b|\bcome\s+(?:home|over|back|round)\b",
        r"\b(?:repl(?:y|ied|ying)|respond(?:ed|ing)?|answer(?:ed|ing)?)\b"
        + _NOT_ABOUT_US
        + r"|\bget\s+back\s+to\s+me\b|\bhear(?:d)?\s+(?:back\s+)?from\s+(?:you|u)\b|"
        r"\bare\s+(?:you|u)\s+there\b|\bhel+o+\s*\?",
    )
)
_TIMING = re.compile(
    r"\b(?:tonight|today|this\s+(?:evening|afternoon|morning|weekend)|tomorrow|later|after\s+"
    r"(?:work|dinner|lunch|class|school)|at\s+lunch|on\s+your\s+break)\b",
    _I,
)

_PLAN = re.compile(
    r"\b(?:date\s+night|(?:quality\s+|more\s+|some\s+)?time\s+together|make\s+(?:some\s+)?time|"
    r"plans?|planning|holiday|vacation|trip|weekend\s+away|go\s+out|going\s+out|do\s+something\s+"
    r"(?:together|fun))\b",
    _I,
)

_REASSURANCE = re.compile(
    r"\b(?:reassur\w*|(?:still\s+)?love\s+me|still\s+want\s+me|miss\s+me|are\s+we\s+(?:ok|okay|"
    r"good|alright)|mad\s+at\s+me|upset\s+with\s+me|leave\s+me)\b",
    _I,
)

_FEELING = re.compile(
    r"\b(?:anxious|insecure|scared|afraid|worried|nervous|lonely|sad|hurt|unsure|uneasy|"
    r"disappointed|frustrated|overwhelmed|low|wobbly|on\s+edge|panicky|jealous|tired)\b",
    _I,
)

_MOMENT = re.compile(r"\bwhen\s+(?:you|u)\s+([^.?!,;\n]{3,50}?)(?=\s*(?:[.?!,;\n]|$|\bI\b))", _I)
# A moment worth quoting names what they did, not a habit or a verdict.
_NOT_A_MOMENT = re.compile(
    r"\b(?:always|never|every|ever|keep|anymore|need|want|feel|like)\b|\b(?:I|me|my)\b", _I
)


def _own(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.search(text)
    return found.group(0) if found else ""


def _clean(words: str) -> str:
    return " ".join(words.split()).strip(" .,;:")


def _feeling(text: str, default: str) -> str:
    found = _FEELING.search(text)
    return found.group(0).lower() if found else default


def _timing(text: str) -> str:
    found = _TIMING.search(text)
    return f" {_clean(found.group(0)).lower()}" if found else ""


def _contact_request(text: str, words: str) -> str:
    """The contact they asked for, in their own verb, as a request with room."""
    verb = words.lower()
    when = _timing(text)
    if "talk" in verb or "speak" in verb:
        return f'Ask with room: "Could we talk{when} when you\'re free? No rush."'
    if verb.startswith(("see", "come")):
        return f'Ask with room: "I\'d love to see you{when}. When would suit you?"'

    if verb.startswith(("call", "ring", "phone", "facetime", "pick")):
        ask = "call me"
    elif verb.startswith(("text", "message", "msg")):
        ask = "text me"
    else:  # reply, answer, hello?, are you there
        ask = "get back to me"
    if when:
        return (
            f"Ask with room: \"When you're free{when}, could you {ask}? If not, another "
            'time is fine."'
        )
    return f'Ask with room: "When you\'re free, could you {ask}? No rush."'


def _apology_request(text: str, words: str) -> str:
    about = ""
    start = text.lower().find(words.lower())
    found = _APOLOGY_FOR.search(text, start + len(words)) if start >= 0 else None
    moment = _MOMENT.search(text)
    if found and not re.search(r"\b(?:me|my|I)\b", found.group(1), _I):
        about = " about " + _clean(found.group(1))
    elif moment and not _NOT_A_MOMENT.search(moment.group(1)):
        about = " about when you " + _clean(moment.group(1))
    else:
        about = " about what happened"
    return (
        f"Say the hurt and ask: \"I'm still hurt, and it would mean a lot to hear you're "
        f"sorry{about}. Could we talk about it when you're ready?\""
    )


def _plan_request(words: str) -> str:
    plan = _clean(words).lower()
    if plan in {"plan", "plans", "planning", "make time", "make some time", "go out", "going out"}:
        thing = "an evening together"
    elif plan.startswith(("time", "quality", "more", "some")):
        thing = "some time together"
    elif plan.startswith("do something"):
        thing = "something together"
    else:
        thing = f"a {plan}"
    return f'Ask for the plan: "I\'d love to plan {thing} this week. When would suit you?"'


def _reassurance_request(text: str, families: Set[str]) -> str:
    if "mood-check" in families and not families & {"worth-check", "certainty-demand"}:
        feeling = _feeling(text, "unsure of us")
        return (
            f"Ask for it openly: \"I'm feeling {feeling} tonight. When you have a moment, "
            'would you tell me how we are? No rush."'
        )
    feeling = _feeling(text, "a bit insecure")
    return (
        f"Ask for it openly: \"I'm feeling {feeling} tonight, and a few warm words from you "
        'would help, when you have a moment."'
    )


def _heard(text: str, fallback: str) -> str:
    moment = _MOMENT.search(text)
    if moment and not _NOT_A_MOMENT.search(moment.group(1)):
        feeling = _feeling(text, "hurt")
        return (
            f'Name the moment and the feeling: "When you {_clean(moment.group(1))}, '
            f'I felt {feeling}."'
        )
    return fallback


def read(text: str, families: Set[str], fallback: str) -> Wish:
    """The wish a flagged message carries and its grounded form.

    `families` are the pressure families the mirror found; `fallback` is the suggestion of
    its first finding, used when the message shows no wish the mirror can name."""
    words = _own(_APOLOGY, text)
    if words:
        return Wish("apology", words, _apology_request(text, words))
    words = _own(_SPACE, text)
    if words:
        return Wish(
            "space",
            words,
            "Ask for the time you need: \"I need a little time to myself first. I'd like to "
            "talk again once I've settled.\"",
        )
    if families & REASSURANCE_FAMILIES or (
        families & {"mind-reading", "thought-as-feeling"} and _REASSURANCE.search(text)
    ):
        return Wish("reassurance", _own(_REASSURANCE, text), _reassurance_request(text, families))
    for contact in _CONTACT:
        words = _own(contact, text)
        if words:
            return Wish("contact", words, _contact_request(text, words))
    words = _own(_PLAN, text)
    if words:
        return Wish("plan", words, _plan_request(words))
    return Wish("heard", "", _heard(text, fallback))
