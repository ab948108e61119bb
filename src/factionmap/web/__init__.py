"""The web layer: server-rendered pages and the JSON API over a store; no domain logic."""

from factionmap.web.app import create_app

__all__ = ["create_app"]
