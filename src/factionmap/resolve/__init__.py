"""Resolution: which actor named in a document is which actor the store already knows."""

from factionmap.resolve.resolver import Resolver, document_actors, reference_actors

__all__ = ["Resolver", "document_actors", "reference_actors"]
