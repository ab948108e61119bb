"""factionmap: an auditable, time-aware knowledge graph of armed-group coalitions."""

__version__ = "0.1.0"
