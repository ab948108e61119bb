"""`roster` and `show` on a store of 100,000 claims (target: well under 100 ms each).

The store is filled with synthetic but realistic rows through the real schema: 60
coalitions, 3,000 member groups, 5,000 documents from 40 outlets over ten years, and
100,000 claims with one evidence row each, plus some resolver merges to apply.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from factionmap.store import Store
from factionmap.store.tables import (
    ActorRow,
    AliasRow,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    JudgementRow,
)
from factionmap.views import View
from factionmap.views.profile import profile
from factionmap.views.roster import roster

CLAIMS = 100_000
DOCUMENTS = 5_000
GROUPS = 3_000
COALITIONS = 60
PREDICATES = ("member_of", "rival_of", "allied_with", "founded", "size", "operates_in")


def fill(store: Store, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    coalitions = [f"fm:coalition-{i}" for i in range(COALITIONS)]
    groups = [f"fm:group-{i}" for i in range(GROUPS)]
    actors = [
        {"id": a, "name": a[3:].replace("-", " ").title(), "kind": "coalition", "origin": "x"}
        for a in coalitions
    ] + [
        {"id": a, "name": a[3:].replace("-", " ").title(), "kind": "armed_group", "origin": "x"}
        for a in groups
    ]
    for row in actors:
        row["reference_ids"] = {}
    text = "The group is a member of the coalition. " * 40
    documents = [
        {
            "id": f"sha256:{i:064d}",
            "origin": f"doc-{i}.txt",
            "url": None,
            "title": f"Report {i}",
            "source": f"Outlet {i % 40}",
            "author": None,
            "published": f"{2014 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "retrieved": None,
            "content_type": "text/plain",
            "text": text,
            "ingested_at": now,
        }
        for i in range(DOCUMENTS)
    ]
    claims, evidence = [], []
    for i in range(CLAIMS):
        predicate = PREDICATES[i % len(PREDICATES)]
        subject = groups[rng.randrange(GROUPS)]
        target: dict[str, object] = {"object_id": None, "object_mention": None, "value": None}
        if predicate == "member_of":
            obj = coalitions[rng.randrange(COALITIONS)]
            target = {"object_id": obj, "object_mention": obj, "value": None}
        elif predicate in ("rival_of", "allied_with", "operates_in"):
            obj = groups[rng.randrange(GROUPS)]
            target = {"object_id": obj, "object_mention": obj, "value": None}
        elif predicate == "founded":
            target["value"] = {"date": str(1980 + rng.randrange(40))}
        else:
            low = rng.randrange(100, 10_000)
            target["value"] = {"low": low, "high": low, "unit": "fighters"}
        document = documents[i % DOCUMENTS]["id"]
        claim_id = f"claim:{i:020d}"
        claims.append(
            {
                "id": claim_id,
                "subject_id": subject,
                "subject_mention": subject,
                "predicate": predicate,
                **target,
                "valid_from": None,
                "valid_to": None,
                "document_id": document,
                "extractor": "rules/bench",
                "confidence": 0.85,
                "status": "extracted",
            }
        )
        evidence.append(
            {
                "claim_id": claim_id,
                "document_id": document,
                "start": 0,
                "end": 39,
                "quote": text[:39],
            }
        )
    aliases = [
        {"actor_id": a["id"], "text": a["name"], "key": a["name"].casefold(), "source": "x"}
        for a in actors
    ]
    merges = [
        {
            "kind": "merge",
            "target": groups[i],
            "other": groups[i + 1],
            "author": "factionmap-resolver",
            "reason": "benchmark",
            "score": 0.95,
            "created_at": now,
        }
        for i in range(0, 400, 2)
    ]
    with Session(store.engine) as session, session.begin():
        session.execute(insert(ActorRow), actors)
        session.execute(insert(AliasRow), aliases)
        session.execute(insert(DocumentRow), documents)
        for start in range(0, CLAIMS, 10_000):
            session.execute(insert(ClaimRow), claims[start : start + 10_000])
            session.execute(insert(EvidenceRow), evidence[start : start + 10_000])
        session.execute(insert(JudgementRow), merges)


def median_ms(action: object, runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def measure() -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'bench.db'}")
        fill(store)
        results: dict[str, float | int] = {
            "store_claims": CLAIMS,
            "roster_ms": median_ms(lambda: roster(View(store), "fm:coalition-7", at="2019-06")),
            "show_ms": median_ms(lambda: profile(View(store), "fm:group-42")),
            "views_target_ms": 100,
        }
        store.close()
        return results
