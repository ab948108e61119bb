"""MediaWiki source, as a scraper or an API dump saves an encyclopaedia page: the text a
reader would see, with an infobox's parameters as "Label: value" lines.

mwparserfromhell parses the markup; this module only decides what each template shows.
"""

from __future__ import annotations

import calendar
import re

import mwparserfromhell
from mwparserfromhell.nodes import Heading, Tag, Template, Text
from mwparserfromhell.wikicode import Wikicode

# templates whose first argument is what the page shows ("{{lang|fa|...}}" shows its second)
_SHOWN = frozenset(
    ("nowrap", "small", "big", "nobr", "lang", "transl", "transliteration", "native name",
     "nastaliq", "script", "noitalic")
)  # fmt: skip
_LISTS = frozenset(
    ("ubl", "unbulleted list", "plainlist", "flatlist", "hlist", "bulleted list",
     "collapsible list")
)  # fmt: skip
_DATES = frozenset(
    ("start date", "end date", "start date and age", "end date and age", "birth date",
     "death date", "date", "dts")
)  # fmt: skip
_INFOBOX_LINE = re.compile(r"\s*\n\s*")
# an infobox's layout, not facts: "logo", "image_size", "native_name_lang"
_LAYOUT = re.compile(
    r"(?:logo|image|caption|flag|colou?r|size|alt|website|url|footnotes|module|embed|"
    r"\w+_lang|seats\w*|symbol|anthem|map)\d*(?:[ _]\w+)?",
    re.IGNORECASE,
)


def _name(template: Template) -> str:
    return " ".join(str(template.name).replace("_", " ").split()).casefold()


def _positional(template: Template) -> list[str]:
    return [
        _plain(param.value).strip()
        for param in template.params
        if not param.showkey and "=" not in str(param.name)
    ]


def _date(parts: list[str]) -> str:
    numbers = [p for p in parts if p.isdigit()][:3]
    if not numbers:
        return ""
    year = numbers[0]
    if len(numbers) >= 2 and 1 <= int(numbers[1]) <= 12:
        month = calendar.month_name[int(numbers[1])]
        if len(numbers) == 3:
            return f"{int(numbers[2])} {month} {year}"
        return f"{month} {year}"
    return year


def _shown(template: Template) -> str:
    """What a template shows in the page's text (nothing, for most of them)."""
    name = _name(template)
    args = [a for a in _positional(template) if a]
    if name.startswith("lang-") and args:
        return ", ".join(args[:2])  # "{{lang-fa|سازمان ...|Sâzmân-e ...}}"
    if name == "lang" and len(args) >= 2:
        return args[1]
    if name in _SHOWN and args:
        return args[0]
    if name in _LISTS:
        return ", ".join(args)
    if name in _DATES:
        return _date(args)
    if name in ("circa", "c.") and args:
        return f"c. {args[0]}"
    return ""


def _plain(code: Wikicode) -> str:
    for node in list(code.nodes):
        if isinstance(node, Template):
            if _name(node).startswith("infobox"):
                code.replace(node, Text(_infobox(node)))
            else:
                code.replace(node, Text(_shown(node)))
        elif isinstance(node, Heading):
            code.replace(node, Text(f"\n\n{_plain(node.title).strip()}\n\n"))
        elif isinstance(node, Tag) and str(node.tag).casefold() == "ref":
            code.remove(node)
        elif isinstance(node, Tag) and str(node.tag).casefold() == "br":
            code.replace(node, Text("\n"))
    return str(code.strip_code(normalize=True, collapse=False))


def _infobox(template: Template) -> str:
    """An infobox as a block of fields: "Leader: Maryam Rajavi"."""
    lines: list[str] = []
    for param in template.params:
        label = " ".join(str(param.name).replace("_", " ").split())
        if _LAYOUT.fullmatch(str(param.name).strip()):
            continue
        value = _plain(param.value)
        value = ", ".join(p for p in _INFOBOX_LINE.split(value.strip()) if p)
        if not label or not value or label.isdigit():
            continue
        if label.casefold() == "name":
            lines.insert(0, f"\n{value}\n")  # the entry's caption
        else:
            lines.append(f"{label[:1].upper()}{label[1:]}: {value}")
    return "\n" + "\n".join(lines) + "\n\n"


def wikitext_to_text(source: str) -> str:
    """The page as a reader sees it: prose, headings set apart, infobox fields."""
    code = mwparserfromhell.parse(source)
    text = _plain(code)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"^\s*\[?\s*Category:.*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
