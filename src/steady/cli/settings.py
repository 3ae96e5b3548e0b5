"""Settings and files: config, paths, vocab, wipe."""

from __future__ import annotations

from typing import Annotated

import typer

from steady.cli import prompts
from steady.cli.common import JsonOption, completes, env, handles_errors, interactive, print_json
from steady.errors import InputError, NotPossibleError, StorageError
from steady.text import for_display

config_app = typer.Typer(
    help="Show or change settings (stored in config.toml).",
    no_args_is_help=False,
    invoke_without_command=True,
    rich_markup_mode=None,
)


@config_app.callback()
def config_default(ctx: typer.Context) -> None:
    """Show or change settings (stored in config.toml). Without a subcommand: show."""
    if ctx.invoked_subcommand is None:
        config_show(ctx)


@config_app.command("show")
@handles_errors
def config_show(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show every setting, its value and what it means."""
    from steady import render
    from steady.config import SETTINGS

    e = env(ctx)
    values = e.config.effective()
    if as_json:
        print_json(values)
        return
    render.settings_table(
        [(s.key, values[s.key], s.meaning) for s in SETTINGS], str(e.paths.config_file)
    )


@config_app.command("get")
@handles_errors
def config_get(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The setting's name.")],
) -> None:
    """Print one setting's value (a list prints one item per line)."""
    from steady.config import find

    setting = find(key)
    value = env(ctx).config[setting.key]
    items = value if isinstance(value, list) else [value]
    for item in items:
        typer.echo(for_display(str(item)))


@config_app.command("set")
@handles_errors
def config_set(
    ctx: typer.Context,
    key: Annotated[
        str, typer.Argument(metavar="KEY", help="The setting's name (see steady config show).")
    ],
    value: Annotated[
        str,
        typer.Argument(
            metavar="VALUE",
            help='The new value. Lists: "one, two" (crisis_lines: "one; two"). "" resets.',
        ),
    ],
) -> None:
    """Change one setting. Lists are given comma-separated; an empty value resets it."""
    from steady import config, render

    e = env(ctx)
    setting = config.find(key)
    new = setting.default if value.strip() == "" else config.parse_value(key, value)
    saved = config.save(e.config, setting.key, new)
    shown = saved[setting.key]
    if isinstance(shown, list):
        render.say(f"{setting.key} is now:" if shown else f"{setting.key} is now empty.")
        for item in shown:
            render.bullet(render.lit(item))
    else:
        render.say(f"{setting.key} is now {render.lit(str(shown)) or '(not set)'}.")


@handles_errors
def paths(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show where steady keeps the journal, config and backups."""
    from steady import render
    from steady.encryption import is_encrypted, recover

    p = env(ctx).paths
    if p.db.exists():
        recover(p.db)  # a conversion that was cut off: finished or undone before it is shown
    encrypted = is_encrypted(p.db)
    data = {
        "database": str(p.db),
        "database_exists": p.db.exists(),
        "database_from": p.db_source,
        "database_encrypted": encrypted,
        "config": str(p.config_file),
        "config_exists": p.config_file.exists(),
        "backups": str(p.backup_dir),
        "data_dir": str(p.data_dir),
    }
    if as_json:
        print_json(data)
        return
    render.key_values(
        {
            "journal": f"{p.db}" + ("" if p.db.exists() else "  (not created yet)"),
            "chosen by": p.db_source,
            "encrypted": "yes (SQLCipher, AES-256)"
            if encrypted
            else ("no  (steady encrypt protects it with a passphrase)" if p.db.exists() else "no"),
            "config": f"{p.config_file}" + ("" if p.config_file.exists() else "  (defaults)"),
            "backups": str(p.backup_dir),
        }
    )


VOCAB_KINDS = ("feelings", "body", "sensations", "story-words")
OWN_FOLDER = {"default", "STEADY_HOME"}


@handles_errors
def vocab(
    ctx: typer.Context,
    kind: Annotated[
        str | None,
        typer.Argument(
            metavar="[KIND]",
            help="feelings, body, sensations or story-words. Default: all.",
            autocompletion=completes(lambda: ("feelings", "body", "sensations", "story-words")),
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List the words steady offers (with your own from config)."""
    from steady import render
    from steady.language import matching

    c = env(ctx).config
    lists = {
        "feelings": matching.feelings(c.words("extra_feelings")),
        "body": matching.body(c.words("extra_body")),
        "sensations": matching.sensations(c.words("extra_sensations")),
        "story-words": matching.story_words(c.words("extra_story_words")),
    }
    if kind is not None and kind not in lists:
        raise InputError(
            f"There is no vocabulary called {kind!r}.", f"Choose from: {', '.join(VOCAB_KINDS)}."
        )
    chosen = [kind] if kind else list(VOCAB_KINDS)
    if as_json:
        print_json({k: {g: list(w) for g, w in lists[k].groups.items()} for k in chosen})
        return
    for k in chosen:
        render.vocabulary(lists[k].groups, k)
    if kind in (None, "story-words"):
        render.say(
            "[muted]Story words describe what someone did; steady asks for the feeling "
            "under them.[/muted]"
        )


@handles_errors
def wipe(
    ctx: typer.Context,
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask to type the confirmation.")
    ] = False,
) -> None:
    """Erase all steady data: the journal, its backups and config."""
    from steady import render
    from steady.db import read_header
    from steady.store.erase import erase, steady_files

    e = env(ctx)
    p = e.paths
    # Never erase a file that is not a steady journal. An encrypted file cannot say what it
    # is: in steady's own folder it is taken as the journal (so a forgotten passphrase can
    # be started over from); a file chosen with --db or STEADY_DB must open first.
    if p.db.exists() and read_header(p.db).encrypted and p.db_source not in OWN_FOLDER:
        e.database()
    targets = steady_files(p.db, p.config_file)
    from steady.reminder import schedule

    # The reminder set for this journal (its date file is beside it), with all it set up.
    surroundings = schedule.Surroundings.of(p.db, p.db_source)
    reminder = schedule.installed_here(surroundings)
    if not targets and not reminder:
        raise NotPossibleError("There is nothing to erase.", "No journal or config was found.")
    if not yes:
        if not interactive():
            raise InputError("Erasing needs a confirmation.", "Add --yes to erase without asking.")
        render.say("This erases, for good:")
        for target in targets:
            render.say(f"  {render.lit(str(target))}")
        if reminder:
            render.say("  the daily reminder (steady remind), and all it set up")
        answer = prompts.ask_text('Type "erase" to confirm (anything else keeps everything)')
        if answer.strip().lower() != "erase":
            render.say("Nothing was erased.")
            return
    from steady.cli.encryption import forget

    forget(p.db)  # a passphrase steady left in the keyring goes with the journal
    done = erase(targets, p.backup_dir)
    if reminder:
        schedule.remove(surroundings)
    count = len(done.erased)
    also = " and the daily reminder" if reminder else ""
    render.say(f"Erased {count} file{'s' if count != 1 else ''}{also}.")
    if done.kept_folder is not None:
        render.say(
            f"[muted]The folder {render.lit(str(done.kept_folder))} was kept: it holds files "
            "steady did not make.[/muted]"
        )
    if done.failed:
        for file, why in done.failed:
            render.say(f"Could not erase {render.lit(str(file))} ({render.lit(why)}).")
        raise StorageError(
            f"{len(done.failed)} file{'s' if len(done.failed) != 1 else ''} could not be erased.",
            "Check the folder's permissions, then run steady wipe again.",
        )
    render.say("steady will start a fresh journal next time.")
