"""The fixed words of care: what steady is, and what it says beside the support lines
(the lines themselves, by country, are in steady.language.helplines)."""

from __future__ import annotations

REFLECTION_ONLY = "steady is a reflection journal, not therapy or an emergency service."
HELP_NOW = "If you need help now: steady help-now"
NOT_THERAPY = f"{REFLECTION_ONLY} {HELP_NOW}"

SELF_HARM_RESPONSE = (
    "What you wrote sounds very heavy. You don't have to hold this alone — "
    "you can reach someone right now:"
)

# When the words are someone else's ("my brother said he wants to die"): the same lines
# help the person who is worried, and the reader's own safety plan is not the point.
SOMEONE_ELSE_RESPONSE = (
    "It sounds like someone you care about is in danger. You don't have to hold this "
    "alone — these lines help people worried about someone else too, right now:"
)
SOMEONE_ELSE = "someone else speaks of suicide"

FEAR_RESPONSE = (
    "Fear of real harm is not an attachment pattern, and it is not yours to manage alone. "
    "Support that understands this:"
)

# After an import, the words are from another time: said as such, with the same help.
IMPORTED_SELF_HARM = (
    "Some of what came in speaks of not wanting to live or of hurting yourself. "
    "If that is close now, you can reach someone right now:"
)
IMPORTED_FEAR = (
    "Some of what came in speaks of being afraid of a partner. Fear of real harm is not an "
    "attachment pattern; support that understands this:"
)

SAVED_ANYWAY = "Your words are saved."

# Bare `steady` later, with that activation still open: support stays first.
SUPPORT_STAYS = (
    "What you wrote with it spoke of something heavy. Support is there any time: steady help-now"
)

# After those resources, a message's wording is not the point: the mirror stays quiet.
MIRROR_SET_ASIDE = (
    "The message check is left out here: what you wrote matters more than how it is worded."
)
COMPOSER_STEPS_BACK = (
    "The composer stops here. Your words are kept as draft {id}, exactly as you wrote them."
)
