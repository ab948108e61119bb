"""Install the browser libraries the web UI serves itself, from the npm registry.

The web pages load no script from a CDN (the Content-Security-Policy allows only our own
origin), so Cytoscape.js is vendored into the package at build time. The tarball is
pinned by version and by the sha512 integrity the registry published for it; a download
that does not match is refused, so a tampered or truncated file never reaches the package.

Usage: python scripts/fetch_static.py [--force]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "src" / "factionmap" / "web" / "static" / "vendor"
REGISTRY = "https://registry.npmjs.org"
TIMEOUT_SECONDS = 60
MAX_TARBALL_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class NpmFile:
    package: str
    version: str
    integrity: str  # "sha512-<base64>", as `npm view PACKAGE@VERSION dist.integrity` prints it
    members: dict[str, str]  # path inside the tarball -> file name in VENDOR

    @property
    def url(self) -> str:
        return f"{REGISTRY}/{self.package}/-/{self.package}-{self.version}.tgz"

    @property
    def stamp(self) -> Path:
        return VENDOR / f"{self.package}.version"


CYTOSCAPE = NpmFile(
    package="cytoscape",
    version="3.34.4",
    integrity=(
        "sha512-msY99tMY8iWTg+sIPGfSqDcPNOt4xcj+v/K/7qUFaCUxxlqnMkUYLBjRUzn9W5CU/R2hrmtJa5+UtovrEM2ctg=="
    ),
    members={
        "package/dist/cytoscape.min.js": "cytoscape.min.js",
        "package/LICENSE": "cytoscape.LICENSE",
    },
)

PINNED = (CYTOSCAPE,)


class FetchError(Exception):
    pass


def check_integrity(data: bytes, integrity: str) -> None:
    algorithm, _, expected = integrity.partition("-")
    if algorithm != "sha512":
        raise FetchError(f"unsupported integrity algorithm {algorithm!r}")
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")
    if actual != expected:
        raise FetchError(f"integrity mismatch: expected sha512-{expected}, got sha512-{actual}")


def download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "factionmap-build"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data: bytes = response.read(MAX_TARBALL_BYTES + 1)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise FetchError(f"cannot download {url}: {exc}") from exc
    if len(data) > MAX_TARBALL_BYTES:
        raise FetchError(f"{url} is larger than {MAX_TARBALL_BYTES} bytes")
    return data


def write_atomically(target: Path, content: bytes) -> None:
    # A reader (a running server, a test) never sees a half-written file.
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def extract_members(tarball: bytes, members: dict[str, str]) -> dict[str, bytes]:
    # Only the named members are read, by name, so no path inside the archive is ever
    # used to decide where a file lands.
    found: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for member, name in members.items():
            try:
                info = archive.getmember(member)
            except KeyError:
                raise FetchError(f"{member} is missing from the tarball") from None
            stream = archive.extractfile(info) if info.isfile() else None
            if stream is None:
                raise FetchError(f"{member} is not a regular file in the tarball")
            found[name] = stream.read()
    return found


def is_current(item: NpmFile) -> bool:
    if not item.stamp.exists():
        return False
    files_present = all((VENDOR / name).is_file() for name in item.members.values())
    return files_present and item.stamp.read_text("utf-8").strip() == item.integrity


def install(item: NpmFile, force: bool = False) -> str:
    if not force and is_current(item):
        return f"{item.package} {item.version}: already installed"
    tarball = download(item.url)
    check_integrity(tarball, item.integrity)
    files = extract_members(tarball, item.members)
    VENDOR.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        write_atomically(VENDOR / name, content)
    # The stamp is written last: an interrupted run is redone next time.
    write_atomically(item.stamp, (item.integrity + "\n").encode("utf-8"))
    return f"{item.package} {item.version}: installed into {VENDOR.relative_to(ROOT)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="download even if installed")
    args = parser.parse_args(argv)
    for item in PINNED:
        try:
            print(install(item, force=args.force))
        except FetchError as exc:
            print(f"fetch_static: {item.package} {item.version}: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
