"""Checking the text people give, and making stored text safe to show.

Text is stored exactly as given (after trimming the ends); only the view of it is
cleaned, so that nothing a note contains can drive the terminal.
"""

from __future__ import annotations

import re

from steady.errors import InputError

MAX_TEXT_CHARS = 20_000
"""Free text (context, story, urge, note): about eight pages, far beyond a journal entry."""

MAX_WORD_CHARS = 80
"""A feeling, body location, sensation or practice."""

# CSI/OSC/other escape sequences first, then any remaining C0/C1 control characters
# except newline and tab. DEL is included.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC ... ST
    r"|\x1b[ -/]*[0-~]"  # other escapes: ESC, intermediates, final byte
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def for_display(text: str) -> str:
    """Remove terminal control sequences so stored text is shown, never executed."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


# Characters that change how the text around them is shown without being seen themselves:
# bidirectional overrides and isolates, zero-width spaces and joiners, the byte-order mark.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def for_export(text: str) -> str:
    """Text for a report someone else reads: control sequences removed, and each invisible
    character shown as its code (⟨U+202E⟩), so a reversed or hidden word cannot mislead."""
    return _INVISIBLE.sub(lambda m: f"⟨U+{ord(m.group(0)):04X}⟩", for_display(text))


def one_line(text: str, width: int = 60) -> str:
    """A single display line, shortened with an ellipsis."""
    flat = " ".join(for_display(text).split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def require_text(text: str | None, field: str, *, limit: int = MAX_TEXT_CHARS) -> str:
    """Trim the ends of free text; refuse it empty or longer than `limit`."""
    value = (text or "").strip()
    if not value:
        raise InputError(f"The {field} is empty.", f"Write a few words for the {field}.")
    return check_length(value, field, limit=limit)


def optional_text(text: str | None, field: str, *, limit: int = MAX_TEXT_CHARS) -> str | None:
    """Like `require_text`, but empty means 'not given'."""
    value = (text or "").strip()
    return check_length(value, field, limit=limit) if value else None


def check_length(value: str, field: str, *, limit: int) -> str:
    """Refuse text that is too long, or that holds bytes that were not UTF-8.

    A terminal set to another encoding turns such bytes into lone surrogates, which
    cannot be stored; better to say so than to keep a garbled note.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            f"The {field} holds bytes that are not UTF-8, so nothing was saved.",
            "Type it again, or convert it to UTF-8 first.",
        ) from None
    if len(value) > limit:
        raise InputError(
            f"The {field} is {len(value):,} characters long; the limit is {limit:,}.",
            "Split it into more than one entry.",
        )
    return value


def normalize_word(text: str) -> str:
    """Lower case, single spaces: how vocabulary words are compared and stored."""
    return " ".join(text.strip().lower().split())


INTENSITY_HINT = "Use a whole number from 0 (calm) to 10 (overwhelming)."


def parse_intensity(value: str | int, what: str = "Intensity") -> int:
    """A 0–10 whole number from what was typed."""
    text = str(value).strip()
    try:
        number = int(text)
    except ValueError:
        kind = (
            "a whole number"
            if text.replace(".", "", 1).replace(",", "", 1).isdigit()
            else "a number"
        )
        raise InputError(f"{what} {text!r} is not {kind}.", INTENSITY_HINT) from None
    if not 0 <= number <= 10:
        raise InputError(f"{what} {number} is outside 0–10.", INTENSITY_HINT)
    return number


# -- any output encoding -------------------------------------------------------------------------
#
# A terminal or pipe set to ASCII, Latin-1 or cp1252 cannot show every character steady
# writes. Rather than stop with an encoding error (which once hid the crisis lines), each
# character the stream cannot carry is written as its plain look-alike, or "?".

PLAIN_FALLBACK_ERRORS = "steady-plain"

PLAIN_LOOK_ALIKES: dict[str, str] = {
    "–": "-",
    "—": "-",
    "‒": "-",
    "−": "-",
    "…": "...",
    "·": "-",
    "•": "*",
    "→": "->",
    "←": "<-",
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "«": '"',
    "»": '"',
    "×": "x",
    "°": " deg",
    "\u00a0": " ",
    "\u202f": " ",
    "▁": "_",
    "▂": ".",
    "▃": ":",
    "▄": "-",
    "▅": "=",
    "▆": "+",
    "▇": "*",
    "█": "#",
    "░": ".",
    "✓": "v",
}


def plain_look_alike(char: str) -> str:
    """The closest plain text for one character: a table, then the letter without its
    accent (é -> e), then "?"."""
    if char in PLAIN_LOOK_ALIKES:
        return PLAIN_LOOK_ALIKES[char]
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return bare if bare and bare.isascii() else "?"


def _plain_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):  # pragma: no cover - only for encoding
        raise error
    chunk = error.object[error.start : error.end]
    replaced = "".join(plain_look_alike(c) for c in chunk)
    try:
        replaced.encode(error.encoding)
    except (UnicodeEncodeError, LookupError):
        replaced = replaced.encode("ascii", "replace").decode("ascii")
    return replaced, error.end


def write_in_any_encoding(*streams: object) -> None:
    """Let each text stream write what its encoding cannot carry as plain look-alikes."""
    import codecs

    try:
        codecs.lookup_error(PLAIN_FALLBACK_ERRORS)
    except LookupError:
        codecs.register_error(PLAIN_FALLBACK_ERRORS, _plain_fallback)
    for stream in streams:
        encoding = str(getattr(stream, "encoding", "") or "").lower().replace("_", "-")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or encoding in {"utf-8", "utf8"}:
            continue
        try:
            reconfigure(errors=PLAIN_FALLBACK_ERRORS)
        except (ValueError, OSError):  # pragma: no cover - a stream that will not change
            continue
