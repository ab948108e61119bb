"""Views: answers built from the store with judgements applied (profile, roster, conflicts)."""

from factionmap.views.context import ResolvedClaim, View

__all__ = ["ResolvedClaim", "View"]
