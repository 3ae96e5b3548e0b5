"""steady: a private, local, guided self-practice journal for the terminal."""

__version__ = "0.1.0"
