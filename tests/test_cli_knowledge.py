"""The knowledge-base commands as a user runs them: answers on stdout, one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_cli import run

FIXTURES = ROOT / "tests" / "fixtures" / "multidoc" / "hts"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli-kb") / "kb.db")
    articles = sorted(str(p) for p in FIXTURES.glob("[0-9][0-9]-*.md"))
    done = run("ingest", "--quiet", *articles, db=path)
    assert done.returncode == 0, done.stderr
    return path


def test_show_search_roster_conflicts(db: str) -> None:
    show = run("show", "Haiat Tahrir al-Cham", "--evidence", db=db)
    assert show.returncode == 0, show.stderr
    assert show.stdout.startswith("Hayat Tahrir al-Sham  (fm:hts")
    assert "Global Conflict Digest, 2017-11-08" in show.stdout
    assert "“" in show.stdout
    search = run("search", "Izz al Din al Kassam", db=db)
    assert search.returncode == 0 and "Qassam" in search.stdout
    early = run("roster", "HTS", "--at", "2017-03", db=db)
    later = run("roster", "HTS", "--at", "2018-01", db=db)
    assert "Zenki" in early.stdout.split("Left or dissolved")[0]
    assert "Left or dissolved by 2018-01: 1" in later.stdout
    conflicts = run("conflicts", db=db)
    assert "founding date given as 2017-01-28 and as 2016" in conflicts.stdout


def test_claims_formats(db: str) -> None:
    jsonl = run("claims", "--actor", "HTS", "--predicate", "founded", "--format", "jsonl", db=db)
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(records) >= 9 and all(r["predicate"] == "founded" for r in records)
    csv_out = run("claims", "--source", "Orontes", "--format", "csv", db=db)
    header, *rows = csv_out.stdout.splitlines()
    assert header.startswith("claim_id,") and rows


def test_merge_undo_round_trip_through_the_command_line(db: str) -> None:
    before = run("show", "Liwa al-Haqq", "--format", "json", db=db).stdout
    merged = run("merge", "fm:nour-al-din-al-zenki", "fm:liwa-al-haqq", "--author", "t", db=db)
    assert merged.returncode == 0, merged.stderr
    number = re.search(r"judgement #(\d+)", merged.stdout)
    assert number is not None
    assert run("show", "Liwa al-Haqq", "--format", "json", db=db).stdout != before
    assert run("undo", number.group(1), db=db).returncode == 0
    assert run("show", "Liwa al-Haqq", "--format", "json", db=db).stdout == before
    again = run("undo", number.group(1), db=db)
    assert again.returncode == 2 and "already undone" in again.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "No Such Group At All"), "no actor is called"),
        (("roster", "HTS", "--at", "last year"), "is not a date"),
        (("claims", "--predicate", "friend_of"), "unknown predicate"),
        (("reject", "claim:doesnotexist"), "there is no claim"),
        (("merge", "HTS", "Abu Jaber Hashem al-Sheikh"), "person"),
        (("split", "fm:hts"), "not merged"),
        (("undo", "99999"), "no judgement"),
    ],
)
def test_user_errors_are_one_line(db: str, args: tuple[str, ...], message: str) -> None:
    done = run(*args, db=db)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_empty_store_answers_plainly(tmp_path: Path) -> None:
    done = run("conflicts", db=str(tmp_path / "empty.db"))
    assert done.returncode == 0 and "No disagreements" in done.stdout
