"""Speed targets, measured here and written to benchmarks/results.json (never timed tests).

- start-up: importing the extractor and building its spaCy pipeline (target < 1.5 s)
- extraction of a 10,000-character article after start-up (target well under 1 s)
- `roster` and `show` on a store of 100,000 claims (target well under 100 ms; store_views.py)
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import store_views  # a sibling module, not a package

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"
STARTUP = (
    "import time; t=time.perf_counter();"
    "from factionmap.extract.rules import RulesExtractor; RulesExtractor();"
    "print(time.perf_counter()-t)"
)


def startup_seconds(runs: int = 3) -> float:
    # An installed package has its bytecode compiled (pip does it); an editable checkout
    # under PYTHONDONTWRITEBYTECODE would otherwise compile every module on each start.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "factionmap")],
        capture_output=True,
        check=True,
    )
    timings = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True
        )
        timings.append(float(done.stdout.strip()))
    return min(timings)


def article_of(characters: int) -> str:
    texts = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in texts)
    while len(body) < characters:
        body += "\n\n" + body
    return body[:characters]


def extraction_seconds(characters: int = 10_000, runs: int = 5) -> float:
    from factionmap.extract.rules import RulesExtractor
    from factionmap.model import Document

    extractor = RulesExtractor()
    document = Document.from_text(article_of(characters), origin="benchmark")
    extractor(document)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        extractor(document)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    results = {
        "startup_seconds": round(startup_seconds(), 3),
        "startup_target_seconds": 1.5,
        "extract_10k_chars_seconds": round(extraction_seconds(), 3),
        "extract_target_seconds": 1.0,
        **store_views.measure(),
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
