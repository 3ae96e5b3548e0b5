"""One gentle daily reminder to check in, scheduled with the system's own user timer.

`schedule` writes and removes what the system needs (a systemd user timer, a crontab line,
a launchd agent, a line in the shell's start file); `fire` is what runs at the chosen time:
silent when today's check-in is done, else one notification. docs/guide.md and
docs/privacy.md ("The reminder") say what is kept where.
"""
