"""How the ingest stage reports an input it cannot turn into a document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadFailure:
    """One input (or one feed entry) that did not become a document, and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class Unreadable(Exception):
    """Raised deep inside a reader so the dispatcher can report one readable reason.

    It never leaves the package: `read_sources` turns it into a `ReadFailure`.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def one_line(message: object) -> str:
    """Library messages can span lines; a failure reason must fit on one."""
    text = " ".join(str(message).split())
    return text if len(text) <= 200 else text[:197] + "..."
