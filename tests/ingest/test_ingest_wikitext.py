"""An encyclopaedia page saved as its MediaWiki source is read as its reader sees it."""

from __future__ import annotations

from pathlib import Path

from factionmap.extract.rules import RulesExtractor
from tests.ingest.reading import read_document

PAGE = """{{Short description|Tanzanian armed group}}
{{Infobox militant organization
| name         = Kilwa Coast Liberation Front
| native_name  = Jeshi la Ukombozi la Pwani ya Kilwa
| native_name_lang = sw
| logo         = KCLF flag.svg
| leaders      = [[Juma Kombo]]<br>[[Ali Mrema]]
| dates        = {{start date|1994|3|12}}–present
| area         = [[Lindi Region|Lindi]], [[Mtwara]]
}}
'''Kilwa Coast Liberation Front''' ('''KCLF'''; {{lang-sw|Jeshi la Ukombozi}}) is an armed
group in southern [[Tanzania]].<ref>{{cite web|title=Profile|url=http://example.org}}</ref>

== History ==
The group split from the [[Ruvu People's Front|Ruvu Front]] in 1994.{{citation needed}}

[[Category:Rebel groups in Tanzania]]
"""


def test_wiki_markup_is_read_as_the_page_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "kclf.wiki.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    assert "[[" not in document.text and "{{" not in document.text and "'''" not in document.text
    assert "<ref" not in document.text and "Category:" not in document.text
    assert "Leaders: Juma Kombo, Ali Mrema" in document.text
    assert "Dates: 12 March 1994–present" in document.text
    assert "KCLF flag" not in document.text  # the infobox's layout is no fact
    assert "split from the Ruvu Front in 1994" in document.text
    assert document.content_type == "text/x-wiki"


def test_facts_come_from_the_infobox_and_the_prose(tmp_path: Path) -> None:
    path = tmp_path / "kclf.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    facts = {
        (c.subject.mention, c.predicate, c.object.mention if c.object else None)
        for c in RulesExtractor()(document)
    }
    assert ("Kilwa Coast Liberation Front", "led_by", "Juma Kombo") in facts
    assert ("Kilwa Coast Liberation Front", "split_from", "Ruvu Front") in facts


def test_prose_with_a_stray_bracket_is_kept_as_written(tmp_path: Path) -> None:
    text = "The Ruvu Front [[sic]] was formed in 1994.\n\nIt is led by '''Ali Mrema'''.\n"
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == text
