"""Exports of the knowledge base: FollowTheMoney, GraphML, GEXF, CSV and JSON."""

from factionmap.export.formats import FORMATS, export

__all__ = ["FORMATS", "export"]
