"""The fixed words of care: what steady is, and where to find real help."""

from __future__ import annotations

REFLECTION_ONLY = "steady is a reflection journal, not therapy or an emergency service."
HELP_NOW = "If you need help now: steady help-now"
NOT_THERAPY = f"{REFLECTION_ONLY} {HELP_NOW}"

DEFAULT_CRISIS_LINES: tuple[str, ...] = (
    "In immediate danger: your local emergency number (911 in the US and Canada, "
    "999 in the UK, 112 across the EU)",
    "US: 988 Suicide & Crisis Lifeline — call or text 988",
    "UK & Ireland: Samaritans — call 116 123, free, any time",
    "Anywhere else: findahelpline.com lists free, confidential lines by country",
)

DOMESTIC_ABUSE_LINES: tuple[str, ...] = (
    "In immediate danger: your local emergency number (911 in the US and Canada, "
    "999 in the UK, 112 across the EU)",
    "US: National Domestic Violence Hotline — 1-800-799-7233, or text START to 88788",
    "UK: National Domestic Abuse Helpline — 0808 2000 247, free, any time",
    "Anywhere else: findahelpline.com (choose 'abuse & domestic violence')",
)

SELF_HARM_RESPONSE = (
    "What you wrote sounds very heavy. You don't have to hold this alone — "
    "you can reach someone right now:"
)

FEAR_RESPONSE = (
    "Fear of real harm is not an attachment pattern, and it is not yours to manage alone. "
    "Support that understands this:"
)

SAVED_ANYWAY = "Your words are saved."

# After those resources, a message's wording is not the point: the mirror stays quiet.
MIRROR_SET_ASIDE = (
    "The message check is left out here: what you wrote matters more than how it is worded."
)
COMPOSER_STEPS_BACK = (
    "The composer stops here. Your words are kept as draft {id}, exactly as you wrote them."
)
