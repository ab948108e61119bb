"""Local files and folders: which files an input names, and their bytes within the limit."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from factionmap.ingest.errors import Unreadable
from factionmap.ingest.limits import IngestLimits, format_size
from factionmap.ingest.sniff import Kind, looks_like_html, looks_like_markup, sniff_kind

_EXTENSION_KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return "could not be read"


def folder_files(folder: str) -> Iterator[str]:
    """Every visible file under `folder`, recursively, in a stable order.

    Hidden files and folders are skipped because they are editor backups, VCS data and
    the like, never articles. Each path is the user's folder string joined with the
    relative name, so failures point at a path the user recognises.
    """
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        relative_root = os.path.relpath(root, folder)
        for name in names:
            if name.startswith("."):
                continue
            relative = name if relative_root == "." else os.path.join(relative_root, name)
            found.append((Path(relative).parts, os.path.join(folder, relative)))
    found.sort()
    for _, path in found:
        yield path


def read_file(path: str, limits: IngestLimits) -> bytes:
    """The file's bytes, refusing before reading anything if it is too large."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from None
    except ValueError:
        raise Unreadable("not a valid path (it contains a NUL character)") from None
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end.
        raise Unreadable("not a regular file")
    if info.st_size > limits.max_bytes:
        raise Unreadable(
            f"file is {format_size(info.st_size)}, over the {format_size(limits.max_bytes)} limit"
        )
    if info.st_size == 0:
        raise Unreadable("empty file")
    try:
        with open(path, "rb") as handle:
            # One byte past the limit notices a file that grew since it was measured.
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from None
    if len(data) > limits.max_bytes:
        raise Unreadable(f"file is over the {format_size(limits.max_bytes)} limit")
    if not data:
        raise Unreadable("empty file")
    return data


def file_kind(path: str, data: bytes) -> Kind:
    """The extension decides for text and HTML; feeds and unknown names are checked."""
    declared = _EXTENSION_KINDS.get(os.path.splitext(path)[1].lower())
    if declared in ("text", "markdown", "html"):
        return declared
    if declared == "feed":
        if looks_like_html(data):
            return "html"
        # Any other markup goes to the feed parser, whose message says what is wrong with it.
        return "feed" if looks_like_markup(data) else "text"
    return sniff_kind(data)
