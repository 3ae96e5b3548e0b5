"""Where steady keeps its files.

`STEADY_HOME` relocates everything (database and config), which is also how the
tests keep away from real user data. `STEADY_DB` or `--db` choose the database
file alone. Otherwise the platform's user data and config directories are used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from steady.errors import StorageError

APP_NAME = "steady"
DB_FILENAME = "steady.db"
CONFIG_FILENAME = "config.toml"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    db: Path
    db_source: str  # "--db", "STEADY_DB", "STEADY_HOME" or "default"

    @property
    def config_file(self) -> Path:
        return self.config_dir / CONFIG_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.db.parent / "backups"


def resolve(db_option: str | None = None, environ: dict[str, str] | None = None) -> Paths:
    env = os.environ if environ is None else environ
    home = env.get("STEADY_HOME", "").strip()
    if home:
        data_dir = config_dir = Path(home).expanduser().absolute()
        default_source = "STEADY_HOME"
    else:
        import platformdirs

        data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config_dir = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        default_source = "default"

    env_db = env.get("STEADY_DB", "").strip()
    if db_option:
        db, source = Path(db_option).expanduser().absolute(), "--db"
    elif env_db:
        db, source = Path(env_db).expanduser().absolute(), "STEADY_DB"
    else:
        db, source = data_dir / DB_FILENAME, default_source
    return Paths(data_dir=data_dir, config_dir=config_dir, db=db, db_source=source)


def ensure_private_dir(path: Path, *, tighten: bool = True) -> None:
    """Create `path` (and parents) as 0700.

    With `tighten`, an existing directory of ours that others can read is made
    private too; a folder the user merely chose for `--db` is left as it is.
    """
    try:
        # Each missing folder is made private, not only the last one: mkdir's
        # parents=True would create the others with the umask's looser mode.
        for folder in reversed([path, *path.parents]):
            if not folder.exists():
                folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Cannot create the folder {path}: {exc.strerror or exc}.",
            "Choose a folder you can write to with --db or STEADY_HOME.",
        ) from None
    if not tighten:
        return
    try:
        st = path.stat()
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            path.chmod(PRIVATE_DIR_MODE)
    except (OSError, AttributeError):
        pass  # not ours to change, or a platform without POSIX modes
