"""`evaluate` scores extraction against a gold file the way a careful reader would."""

from __future__ import annotations

from pathlib import Path

from factionmap.evaluate import evaluate
from factionmap.extract.rules import RulesExtractor

ARTICLE = (
    "The Kalahari Front (KF) was launched in 1974. Its army, the Kalahari Liberation "
    "Army, was commanded by General Tebogo Molefe until 1981.\n"
)


def _gold(tmp_path: Path, rows: str) -> Path:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")  # the repository root
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "text: article.txt\n"
        "actors:\n"
        "  kf: [Kalahari Front, KF]\n"
        "  kla: [Kalahari Liberation Army]\n"
        "  molefe: [General Tebogo Molefe]\n"
        f"required:\n{rows}",
        encoding="utf-8",
    )
    return gold


def test_an_alias_counts_whichever_name_the_claim_is_about(tmp_path: Path) -> None:
    # The extractor says "Kalahari Front alias KF"; the gold row states it the other way.
    gold = _gold(tmp_path, "  - [kf, alias, Kalahari Front]\n  - [kf, founded, 1974]\n")
    report = evaluate([gold], RulesExtractor())
    assert report.overall.hits == 2
    assert report.misses == []


def test_a_person_matches_with_or_without_a_title(tmp_path: Path) -> None:
    gold = _gold(tmp_path, "  - [kla, led_by, molefe]\n")
    report = evaluate([gold], RulesExtractor())
    assert report.overall.hits == 1


def test_a_wrong_alias_is_still_a_false_positive(tmp_path: Path) -> None:
    gold = _gold(tmp_path, "  - [kf, founded, 1974]\n")
    report = evaluate([gold], RulesExtractor())
    assert report.overall.hits == 1
    assert any(fp["predicate"] == "alias" for fp in report.false_positives)
