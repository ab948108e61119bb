"""The ingest stage: files, folders, URLs and feeds in; `Document`s or `ReadFailure`s out.

It knows nothing of storage or extraction. Everything a user can get wrong becomes a
`ReadFailure` with one readable line, never an exception.
"""

from factionmap.ingest.errors import ReadFailure
from factionmap.ingest.limits import IngestLimits
from factionmap.ingest.sources import read_sources

__all__ = ["IngestLimits", "ReadFailure", "read_sources"]
