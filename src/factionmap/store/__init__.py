"""The store: SQLAlchemy models, Alembic migrations and the one class that reads and writes them."""

from factionmap.store.database import default_url, open_engine, resolve_url
from factionmap.store.repository import DocumentSummary, Store, claim_id

__all__ = ["DocumentSummary", "Store", "claim_id", "default_url", "open_engine", "resolve_url"]
