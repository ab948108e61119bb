"""Local RSS and Atom feeds: one document per entry, and failures that stay local."""

from __future__ import annotations

from pathlib import Path

from factionmap.ingest import ReadFailure, read_sources
from factionmap.model import Document

BODY = (
    "The coalition's spokesman said the member groups would coordinate their operations "
    "along the river valley, sharing supplies and intelligence. Local residents reported "
    "that fighters from all three groups had been seen together at checkpoints near the "
    "town for the first time since the ceasefire collapsed earlier in the year."
)


def rss(items: str, title: str = "Conflict Wire") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>https://wire.example.org/</link>"
        f"<description>News</description>{items}</channel></rss>"
    )


THREE_ITEMS = (
    "<item><title>Alliance announced</title>"
    "<link>https://wire.example.org/alliance</link>"
    "<pubDate>Tue, 05 Mar 2024 01:30:00 +0300</pubDate>"
    f"<description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;{BODY}&lt;/p&gt;</description>"
    "</item>"
    "<item><title>Talks collapse</title>"
    "<link>https://wire.example.org/talks</link>"
    "<pubDate>Wed, 06 Mar 2024 12:00:00 GMT</pubDate>"
    f"<content:encoded><![CDATA[<p>Talks opened.</p><p>{BODY}</p>]]></content:encoded>"
    "<description>A teaser.</description>"
    "</item>"
    "<item><title>Ceasefire holds</title>"
    "<link>https://wire.example.org/ceasefire</link>"
    "<pubDate>Thu, 07 Mar 2024 08:00:00 -0500</pubDate>"
    f"<description>{BODY}</description>"
    "</item>"
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_rss_feed_with_three_entries(tmp_path: Path) -> None:
    path = write(tmp_path, "wire.rss", rss(THREE_ITEMS))
    items = list(read_sources([str(path)]))
    assert all(isinstance(item, Document) for item in items), items
    docs = [item for item in items if isinstance(item, Document)]
    assert [d.title for d in docs] == ["Alliance announced", "Talks collapse", "Ceasefire holds"]
    assert [d.url for d in docs] == [
        "https://wire.example.org/alliance",
        "https://wire.example.org/talks",
        "https://wire.example.org/ceasefire",
    ]
    # The publisher's own day, not shifted to UTC (01:30 +0300 is still 4 March in UTC).
    assert [d.published for d in docs] == ["2024-03-05", "2024-03-06", "2024-03-07"]
    assert [d.origin for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert {d.source for d in docs} == {"Conflict Wire"}
    assert {d.content_type for d in docs} == {"application/rss+xml"}
    assert docs[0].text == f"First paragraph.\n\n{BODY}"
    assert docs[1].text == f"Talks opened.\n\n{BODY}"
    assert docs[2].text == BODY


def test_atom_feed(tmp_path: Path) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
        "<id>urn:feed</id><updated>2024-03-05T00:00:00Z</updated>"
        "<entry><title>Front expands</title><id>urn:1</id>"
        '<link href="https://atom.example.org/front"/>'
        "<published>2024-02-29T23:30:00-08:00</published><updated>2024-03-01T00:00:00Z</updated>"
        "<author><name>Sam Writer</name></author>"
        f'<content type="html">&lt;h2&gt;Background&lt;/h2&gt;&lt;p&gt;{BODY}&lt;/p&gt;</content>'
        "</entry></feed>"
    )
    path = write(tmp_path, "wire.atom", atom)
    (doc,) = list(read_sources([str(path)]))
    assert isinstance(doc, Document), doc
    assert doc.title == "Front expands"
    assert doc.url == "https://atom.example.org/front"
    assert doc.published == "2024-02-29"
    assert doc.author == "Sam Writer"
    assert doc.source == "Atom Wire"
    assert doc.text == f"Background\n\n{BODY}"
    assert doc.content_type == "application/atom+xml"


def test_malformed_feed_xml(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xml", rss(THREE_ITEMS).replace("</channel>", ""))
    (failure,) = list(read_sources([str(path)]))
    assert isinstance(failure, ReadFailure)
    assert failure.origin == str(path)
    assert failure.reason.startswith("not a well-formed RSS/Atom feed: mismatched tag")


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
        "<rss><channel><title>&lol2;</title><item><title>x</title>"
        "<description>&lol2;</description></item></channel></rss>"
    )
    path = write(tmp_path, "laughs.rss", laughs)
    (failure,) = list(read_sources([str(path)]))
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("not a well-formed RSS/Atom feed")
    assert "entities" in failure.reason


def test_feed_with_no_entries(tmp_path: Path) -> None:
    path = write(tmp_path, "quiet.xml", rss(""))
    (failure,) = list(read_sources([str(path)]))
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "feed has no entries"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://example.org/</loc></url></urlset>"
    )
    path = write(tmp_path, "sitemap.xml", sitemap)
    (failure,) = list(read_sources([str(path)]))
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "XML but not an RSS/Atom feed (its root element is <urlset>)"


def test_a_bad_entry_fails_alone(tmp_path: Path) -> None:
    items = (
        f"<item><title>Good one</title><description>{BODY}</description></item>"
        "<item><title>Empty one</title><description>   </description></item>"
        f"<item><title>Good two</title><description>{BODY}</description></item>"
    )
    path = write(tmp_path, "mixed.xml", rss(items))
    first, second, third = list(read_sources([str(path)]))
    assert isinstance(first, Document) and first.title == "Good one"
    assert isinstance(second, ReadFailure)
    assert second.origin == f"{path}#2 (Empty one)"
    assert "no text" in second.reason
    assert isinstance(third, Document) and third.origin == f"{path}#3"


def test_short_entry_without_a_link_is_kept(tmp_path: Path) -> None:
    items = "<item><title>Brief</title><description>Clashes reported.</description></item>"
    path = write(tmp_path, "brief.xml", rss(items))
    (doc,) = list(read_sources([str(path)]))
    assert isinstance(doc, Document), doc
    assert doc.text == "Clashes reported."
