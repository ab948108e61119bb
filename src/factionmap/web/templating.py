"""The Jinja2 environment: autoescaping on, the navigation, and small display filters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.templating import Jinja2Templates

from factionmap.extract.vocabulary import vocabulary
from factionmap.views import ResolvedClaim
from factionmap.views.facts import value_text

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
# Installed at build time by scripts/fetch_static.py; the pages work without it, minus the graph.
CYTOSCAPE = STATIC / "vendor" / "cytoscape.min.js"


@dataclass(frozen=True)
class NavLink:
    label: str
    path: str


# The site's main sections, in menu order. A new section adds its link here and its router
# in app.py; base.html marks the link of the section a page belongs to.
NAV: list[NavLink] = [
    NavLink("Home", "/"),
    NavLink("Search", "/search"),
    NavLink("Conflicts", "/conflicts"),
    NavLink("Documents", "/documents"),
    NavLink("API", "/docs"),
]


def path_segment(value: object) -> str:
    """An id made safe as one URL path segment (ids keep their readable `sha256:` prefix)."""
    return quote(str(value), safe=":@")


def actor_href(actor_id: str) -> str:
    """Path of an actor's page; ids such as ``fm:hts`` keep their colon."""
    return f"/actors/{path_segment(actor_id)}"


def coalition_href(actor_id: str) -> str:
    """Path of a coalition's page: its members over time and their graph."""
    return f"/coalitions/{path_segment(actor_id)}"


def claim_href(claim_id: str) -> str:
    return f"/claims/{path_segment(claim_id)}"


def external_href(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None, so that no stored URL becomes a script link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def predicate_label(predicate: str) -> str:
    known = vocabulary().get(predicate)
    return known.label if known is not None else predicate.replace("_", " ")


def claim_target(claim: ResolvedClaim) -> str:
    """What a claim says about its subject: the object's name, or its literal value as text."""
    if claim.object is not None:
        return claim.object.name
    return value_text(claim.predicate, claim.value)


def in_section(path: str, link: NavLink) -> bool:
    if link.path == "/":
        return path == "/"
    return path == link.path or path.startswith(link.path + "/")


def build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        # A misspelt variable is an error in tests, not an empty string on a page.
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["nav"] = NAV
    env.globals["in_section"] = in_section
    env.globals["graph_library_installed"] = lambda: CYTOSCAPE.is_file()
    env.filters["path_segment"] = path_segment
    env.filters["external_href"] = external_href
    env.filters["actor_href"] = actor_href
    env.filters["coalition_href"] = coalition_href
    env.filters["claim_href"] = claim_href
    env.filters["predicate_label"] = predicate_label
    env.filters["claim_target"] = claim_target
    return env


def build_templates() -> Jinja2Templates:
    return Jinja2Templates(env=build_environment())
