"""What a request gets wrong becomes a 4xx answer with the views' own message, never a 500.

The views and the pipeline raise `InputError` for an unknown actor, a bad date or an
unknown predicate; routes run them inside `user_errors(status)`. Names and ids from a
request go through `lookup_text` first: no stored name or id holds a NUL byte, and
PostgreSQL refuses to even compare text holding one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException

from factionmap.errors import InputError
from factionmap.store.reading import storable


@contextmanager
def user_errors(status_code: int = 400) -> Iterator[None]:
    try:
        yield
    except InputError as exc:
        raise HTTPException(status_code, str(exc)) from exc


def lookup_text(value: str, what: str) -> str:
    """The value, or InputError when it cannot name anything stored."""
    if not storable(value):
        raise InputError(f"there is no {what} with that name or id (it holds a NUL character)")
    return value
