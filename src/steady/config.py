"""The user's settings, kept in a small TOML file beside the journal.

Every key has a type, a default and a sentence of meaning; unknown keys in the
file are kept but ignored, so a newer version's settings survive an older one.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from steady.errors import InputError, StorageError
from steady.paths import PRIVATE_FILE_MODE, ensure_private_dir

Value = int | str | list[str]


@dataclass(frozen=True)
class Setting:
    key: str
    default: Value
    meaning: str
    minimum: int | None = None
    maximum: int | None = None
    separator: str = ","

    @property
    def kind(self) -> str:
        if isinstance(self.default, bool):  # pragma: no cover - no boolean settings yet
            return "bool"
        if isinstance(self.default, int):
            return "int"
        return "list" if isinstance(self.default, list) else "text"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "stale_hours",
        24,
        "hours after its last reading when an open activation counts as stale",
        1,
        24 * 14,
    ),
    Setting(
        "episode_gap_hours",
        3,
        "hours after an open activation's last reading when a new reading is a new episode",
        1,
        48,
    ),
    Setting(
        "caught_early_max", 4, "a first reading at or below this counts as caught early", 0, 10
    ),
    Setting("partner_name", "", "your partner's name, if you would like steady to use it"),
    Setting("redact_words", [], "words to hide when you share an export"),
    Setting("extra_feelings", [], "your own feeling words, added to the menus"),
    Setting("extra_body", [], "your own body locations, added to the menus"),
    Setting("extra_sensations", [], "your own sensation words, added to the menus"),
    Setting("extra_story_words", [], "more words that describe what someone did"),
    Setting(
        "country",
        "",
        "the country whose support lines steady shows, as two letters such as AU or GB "
        "(empty: from your locale)",
    ),
    Setting(
        "crisis_lines",
        [],
        "your own crisis lines, shown before your country's (separate them with ;)",
        separator=";",
    ),
    Setting(
        "abuse_lines",
        [],
        "your own domestic-abuse lines, shown before your country's (separate them with ;)",
        separator=";",
    ),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    values: dict[str, Value]
    path: Path

    def __getitem__(self, key: str) -> Value:
        return self.values.get(key, SETTINGS_BY_KEY[key].default)

    def int(self, key: str) -> int:
        value = self[key]
        assert isinstance(value, int)
        return value

    def text(self, key: str) -> str:
        value = self[key]
        assert isinstance(value, str)
        return value

    def words(self, key: str) -> list[str]:
        value = self[key]
        assert isinstance(value, list)
        return value

    def effective(self) -> dict[str, Value]:
        return {s.key: self[s.key] for s in SETTINGS}


def load(path: Path) -> Config:
    """Read the config file; a missing file means all defaults."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config({}, path)
    except OSError as exc:
        raise StorageError(f"Cannot read the config file {path}: {exc.strerror}.") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StorageError(
            f"The config file {path} is not valid TOML ({exc}).",
            "Fix it in an editor, or move it away to start from the defaults.",
        ) from None
    except RecursionError:  # nested hundreds of levels deep: no setting is
        raise StorageError(
            f"The config file {path} is nested far too deeply to be steady's.",
            "Fix it in an editor, or move it away to start from the defaults.",
        ) from None
    values: dict[str, Value] = {}
    for key, value in data.items():
        setting = SETTINGS_BY_KEY.get(key)
        if setting is None:
            continue
        try:
            values[key] = _coerce(setting, value)
        except InputError as exc:
            raise StorageError(f"In {path}: {exc.message}", exc.hint) from None
    return Config(values, path)


def parse_value(key: str, text: str) -> Value:
    """Turn what was typed after `config set KEY` into a value of the key's type."""
    setting = find(key)
    if setting.kind == "list":
        # One item per line when there are lines (what `config get` prints), else the
        # setting's separator: commas for words, semicolons for sentences.
        separator = "\n" if "\n" in text else setting.separator
        items = [part.strip() for part in text.split(separator)]
        return _coerce(setting, [i for i in items if i])
    return _coerce(setting, text.strip())


def find(key: str) -> Setting:
    setting = SETTINGS_BY_KEY.get(key)
    if setting is None:
        close = get_close_matches(key, list(SETTINGS_BY_KEY), n=1)
        hint = f"Did you mean {close[0]}?" if close else "See them all with: steady config show"
        raise InputError(f"There is no setting called {key!r}.", hint)
    return setting


def _coerce(setting: Setting, value: Any) -> Value:
    checks: dict[str, Callable[[Any], Value]] = {
        "int": lambda v: _as_int(setting, v),
        "text": lambda v: _as_text(setting, v),
        "list": lambda v: _as_list(setting, v),
    }
    return checks[setting.kind](value)


def _as_int(setting: Setting, value: Any) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        number = None
    low, high = setting.minimum, setting.maximum
    if number is None or (low is not None and number < low) or (high is not None and number > high):
        raise InputError(
            f"{setting.key} must be a whole number from {low} to {high}.",
            f"It is {setting.meaning}.",
        )
    return number


def _as_text(setting: Setting, value: Any) -> str:
    if not isinstance(value, str):
        raise InputError(f"{setting.key} must be text.")
    if len(value) > 200:
        raise InputError(f"{setting.key} is longer than 200 characters.")
    if setting.key == "country":
        return _as_country(value)
    return value


def _as_country(value: str) -> str:
    from steady.language.helplines import BY_CODE, normal_code

    code = normal_code(value)
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise InputError(
            f"country {value.strip()!r} is not two letters.",
            f"For example AU, GB or US; steady has lines for {' '.join(sorted(BY_CODE))}.",
        )
    return code


def _as_list(setting: Setting, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{setting.key} must be a list of words.")
    if len(value) > 500 or any(len(v) > 200 for v in value):
        raise InputError(f"{setting.key} is too long: at most 500 entries of 200 characters.")
    return [v.strip() for v in value if v.strip()]


def save(config: Config, key: str, value: Value) -> Config:
    """Write one setting, keeping every other line's value, atomically and privately."""
    path = config.path
    try:
        existing = tomllib.loads(path.read_text("utf-8")) if path.exists() else {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        existing = dict(config.values)
    if value == SETTINGS_BY_KEY[key].default:
        existing.pop(key, None)
    else:
        existing[key] = value
    import tomli_w

    ensure_private_dir(path.parent)
    write_private(path, tomli_w.dumps(existing).encode("utf-8"))
    return load(path)


def write_private(path: Path, data: bytes) -> None:
    """Write a file as 0600 by writing a temporary sibling and renaming it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
