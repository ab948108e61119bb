"""Errors a user can cause and fix; the CLI prints their message as one line."""


class FactionmapError(Exception):
    """Base of every error whose message is meant for the user."""


class StoreError(FactionmapError):
    """The database cannot be opened or written."""


class InputError(FactionmapError):
    """An input file or option is unusable."""
