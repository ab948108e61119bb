"""How much the ingest stage is willing to read and wait for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestLimits:
    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5


DEFAULT_LIMITS = IngestLimits()


def format_size(size: int) -> str:
    """Sizes as a person reads them; the limit uses binary megabytes, so this does too."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"
