"""Dev evaluation with part of the gazetteer's organizations removed.

Real articles by other authors name many groups the gazetteer does not know. Scoring the dev
set with a fixed half (or all) of the organizations taken out of the gazetteer shows how the
rules do on such names, without looking at the holdout set.

    .venv/bin/python scripts/ablate_gazetteer.py half [GOLD.yaml ...]
    .venv/bin/python scripts/ablate_gazetteer.py all
    .venv/bin/python scripts/ablate_gazetteer.py none --json /tmp/report.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
from functools import cache
from pathlib import Path

import yaml

import factionmap.extract.gazetteer as gazetteer_module
import factionmap.extract.rules as rules_module
from factionmap.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
ORGANIZATIONS = ("armed_group", "coalition", "movement")


def ablated(mode: str) -> gazetteer_module.Gazetteer:
    source = gazetteer_module.DATA / "actors.yaml"
    raw = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    kept = []
    for actor in raw["actors"]:
        digest = int(hashlib.md5(actor["id"].encode()).hexdigest(), 16)
        organization = actor.get("kind") in ORGANIZATIONS
        if mode != "none" and organization and (mode == "all" or digest % 2 == 0):
            continue
        kept.append(actor)
    ids = {actor["id"] for actor in kept}
    for actor in kept:
        actor["relations"] = [r for r in actor.get("relations", []) if r["object"] in ids]
    return gazetteer_module.parse_gazetteer({"actors": kept}, f"actors.yaml ({mode})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["none", "half", "all"])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="write misses and false positives here")
    args = parser.parse_args()
    load = cache(lambda path=None: ablated(args.mode))
    gazetteer_module.load_gazetteer = load  # type: ignore[assignment]
    rules_module.load_gazetteer = load  # type: ignore[attr-defined]
    files = args.gold or sorted((ROOT / "tests" / "gold").glob("*.yaml"))
    report = evaluate(files, rules_module.RulesExtractor())
    overall = report.overall
    print(f"{args.mode}: P {overall.precision:.3f} R {overall.recall:.3f} F1 {overall.f1:.3f}")
    for name, score in sorted(report.predicates.items()):
        print(
            f"  {name:16} required {score.required:4} hits {score.hits:4} "
            f"fp {score.false_positives:3} R {score.recall:.3f}"
        )
    if args.json:
        payload = {"misses": report.misses, "false_positives": report.false_positives}
        args.json.write_text(json.dumps(payload, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
