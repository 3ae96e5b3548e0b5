"""Recognising text that needs more than a journal.

These phrases never block anything. When free text matches, the CLI shows crisis
or domestic-abuse resources at once, kindly, and goes on. Kept as data so the
wording can be reviewed without reading code.
"""

from __future__ import annotations

import re
from enum import Enum


class Concern(Enum):
    SELF_HARM = "self-harm"
    FEAR_OF_PARTNER = "fear-of-partner"


SELF_HARM_PATTERNS: tuple[str, ...] = (
    r"\bkill(?:ing)? my ?self\b",
    r"\bsuicid",
    r"\bend(?:ing)? (?:my|it) (?:life|all)\b",
    r"\bend it all\b",
    r"\b(?:don'?t|do not|no longer) want to (?:be alive|live|exist|be here)\b",
    r"\bwant(?:ed)? to die\b",
    r"\bwish I (?:was|were) dead\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\b(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?|starv(?:e|ing)) my ?self\b",
    r"\bself[- ]?harm",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|going on)\b",
    r"\bnot (?:want to )?wake up\b",
    r"\bcan'?t go on\b",
    r"\bnot wanting to (?:be alive|live|exist|be here)\b",
    r"\b(?:want(?:ed)?|wish I could|going) to (?:disappear|vanish|stop existing|not exist)\b",
    r"\b(?:the|no|any) point (?:of|in|to) (?:living|life|going on|being alive|being here|existing)"
    r"\b(?! (?:together|with|in|here|there|abroad|alone|near|insurance|coach)\b)",
    r"\btake my (?:own )?life\b",
    r"\boverdos(?:e|ing)\b",
    # Cutting with no object named ("cutting again", "the urge to cut"): not hair or ties.
    r"\b(?:feel like|urge to|want(?:ed)? to|started|start|been|stop) cutting\b"
    r"(?! (?:ties|back|down|off|out|corners|class|classes|it|things|the|my hair|him|her|them)\b)",
    r"\bcutting again\b",
    r"\burge to cut\b(?! (?:ties|back|down|off|out|corners|class|him|her|them)\b)",
)

FEAR_OF_PARTNER_PATTERNS: tuple[str, ...] = (
    # "scared of him" is fear of a person; "scared of him leaving" is the attachment alarm.
    r"\b(?:afraid|scared|frightened|terrified) (?:of|for my safety (?:with|around)) "
    r"(?:him|her|them|you|my (?:partner|boyfriend|girlfriend|husband|wife|ex))\b"
    r"(?! (?:leaving|losing|getting|going|pulling|finding|meeting|seeing|not|being|"
    r"falling|cheating|ending|breaking|choosing|wanting|forgetting|ignoring|moving)\b)",
    r"\b(?:afraid|scared|frightened) (?:for|of losing) my (?:life|safety)\b",
    r"\b(?:he|she|they|partner) (?:hit|hits|slapped|slaps|punched|kicked|choked|strangled"
    r"|pushed|shoved|grabbed) me\b",
    r"\b(?:afraid|scared|frightened|terrified) (?:of )?what (?:he|she|they|my partner)"
    r"(?:'ll|'d| will| would| might| could| may| is going to| is gonna) do\b",
    r"\b(?:he|she|they|partner) (?:grabbed|grabs|twisted|squeezed|pinned|held down) my "
    r"(?:arm|arms|wrist|wrists|neck|throat|hair|face)\b",
    r"\b(?:he|she|they|partner) (?:hurt|hurts) me (?:again|physically|badly)\b",
    r"\bphysically hurt(?:s|ing)? me\b",
    r"\bthreaten(?:s|ed|ing)? (?:me|to (?:hurt|kill|leave me with nothing|take))\b",
    r"(?:\b(?:would|will|could|gonna|going to)|'d|'ll) (?:hurt|kill|hit|beat) me\b",
    r"\b(?:hurt|kill|hit|beat) me if\b",
    r"\b(?:not|don'?t feel) safe (?:at home|with (?:him|her|them|my partner))\b",
    r"\b(?:abusive|abuses me|abused me|domestic (?:violence|abuse))\b",
    r"\bviolent (?:with|towards?|to) me\b",
)

_COMPILED: dict[Concern, tuple[re.Pattern[str], ...]] = {
    Concern.SELF_HARM: tuple(re.compile(p, re.IGNORECASE) for p in SELF_HARM_PATTERNS),
    Concern.FEAR_OF_PARTNER: tuple(re.compile(p, re.IGNORECASE) for p in FEAR_OF_PARTNER_PATTERNS),
}


def concerns_in(*texts: str | None) -> list[Concern]:
    """The concerns that any of the given texts speak of, in a stable order."""
    joined = "\n".join(t.replace("’", "'") for t in texts if t)
    return [c for c, patterns in _COMPILED.items() if any(p.search(joined) for p in patterns)]
