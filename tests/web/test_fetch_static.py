"""scripts/fetch_static.py: the integrity check and the extraction, on tarballs made here."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fetch_static.py"


@pytest.fixture(scope="module")
def fetch_static() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fetch_static", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up by name while the class is being built.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tarball(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def test_integrity_accepts_the_pinned_hash_only(fetch_static: ModuleType) -> None:
    data = tarball({"package/dist/cytoscape.min.js": b"/* js */"})
    fetch_static.check_integrity(data, integrity(data))
    with pytest.raises(fetch_static.FetchError, match="integrity mismatch"):
        fetch_static.check_integrity(data + b"x", integrity(data))
    with pytest.raises(fetch_static.FetchError, match="unsupported"):
        fetch_static.check_integrity(data, "sha1-abc")


def test_only_the_named_members_are_extracted(fetch_static: ModuleType) -> None:
    data = tarball(
        {
            "package/dist/cytoscape.min.js": b"/* js */",
            "package/LICENSE": b"MIT",
            "../../escape.js": b"never read",
        }
    )
    found = fetch_static.extract_members(data, fetch_static.CYTOSCAPE.members)
    assert found == {"cytoscape.min.js": b"/* js */", "cytoscape.LICENSE": b"MIT"}
    with pytest.raises(fetch_static.FetchError, match="missing"):
        fetch_static.extract_members(data, {"package/other.js": "other.js"})


def test_the_pinned_tarball_is_a_registry_url(fetch_static: ModuleType) -> None:
    pinned = fetch_static.CYTOSCAPE
    assert pinned.url == (f"https://registry.npmjs.org/cytoscape/-/cytoscape-{pinned.version}.tgz")
    assert pinned.integrity.startswith("sha512-")
    assert len(base64.b64decode(pinned.integrity.removeprefix("sha512-"))) == 64
