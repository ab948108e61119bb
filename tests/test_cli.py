"""The command line as a user meets it: exit codes, one-line errors, summaries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT


def run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factionmap.cli", "--db", db, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        # the test's own folder as home, so caches land there and not in the checkout
        env={"PATH": "/usr/bin:/bin", "HOME": str(Path(db).parent), "COLUMNS": "200"},
    )


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factionmap.cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("factionmap ")


def test_ingest_reports_new_then_unchanged(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    first = run("ingest", str(EXAMPLES), db=db)
    assert first.returncode == 0, first.stderr
    assert " new, 0 unchanged, 0 failed" in first.stdout
    second = run("ingest", str(EXAMPLES), db=db)
    assert second.returncode == 0
    assert "0 new, " in second.stdout and "0 failed" in second.stdout


def test_bad_input_is_one_line_and_non_zero(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    result = run("ingest", str(binary), str(tmp_path / "missing.md"), db=db)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "photo.txt" in lines[0] and "binary" in lines[0]
    assert "missing.md" in lines[1] and "no such file" in lines[1]
    assert "Traceback" not in result.stderr


def test_unusable_database_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("documents", db=str(blocker / "sub" / "x.db"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot open database" in result.stderr


def test_documents_json_lists_what_was_ingested(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    assert run("ingest", "-q", str(EXAMPLES), db=db).returncode == 0
    listed = run("documents", "--format", "json", db=db)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) >= 10
    assert all(r["id"].startswith("sha256:") for r in rows)
    assert any(r["published"] for r in rows)


def test_extract_is_stateless_and_byte_identical(tmp_path: Path) -> None:
    article = str(EXAMPLES / "three-brotherhood-backgrounder.md")
    db = tmp_path / "never.db"
    first = run("extract", article, "--format", "jsonl", db=str(db))
    second = run("extract", article, "--format", "jsonl", db=str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert not db.exists()
    records = [json.loads(line) for line in first.stdout.splitlines()]
    assert records
    text = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from factionmap.ingest import read_sources;"
            f"print(next(iter(read_sources([{article!r}]))).text, end='')",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    for record in records:
        assert set(record) >= {"subject", "predicate", "object", "value", "evidence", "document"}
        assert (record["object"] is None) == (record["value"] is not None)
        for evidence in record["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_ingest_stores_claims_with_evidence(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    assert run("ingest", "-q", str(EXAMPLES), db=str(db)).returncode == 0
    listed = run("documents", "--format", "json", db=str(db))
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sum(r["claims"] for r in rows) > 100
