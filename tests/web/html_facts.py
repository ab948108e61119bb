"""Read what the tests check from a page's HTML with the standard library's parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class PageFacts(HTMLParser):
    """Every element with its full text content, plus what a CSP would have to block."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.inline_scripts = 0
        self.style_elements = 0
        self.style_attributes = 0
        self.event_attributes: list[str] = []
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and "src" not in values:
            self.inline_scripts += 1
        if tag == "style":
            self.style_elements += 1
        if "style" in values:
            self.style_attributes += 1
        self.event_attributes += [name for name in values if name.startswith("on")]
        element = Element(tag, values)
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text.append(data)

    def find_all(self, tag: str, **attrs: str) -> list[Element]:
        found = []
        for element in self.elements:
            if element.tag != tag:
                continue
            if "class_" in attrs and attrs["class_"] not in element.classes:
                continue
            if all(element.attrs.get(k) == v for k, v in attrs.items() if k != "class_"):
                found.append(element)
        return found

    def text_of(self, tag: str, **attrs: str) -> str:
        found = self.find_all(tag, **attrs)
        assert len(found) == 1, f"expected one <{tag} {attrs}>, found {len(found)}"
        return "".join(found[0].text)
