"""What every route of one web app shares: the store, the templates and the write guard."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.templating import Jinja2Templates

from factionmap.pipeline import Extractor
from factionmap.store import Store


def rules_extractor() -> Extractor:
    # Imported here, on the first write: spaCy and the gazetteer take a second to load,
    # which a server that only reads never needs to spend.
    from factionmap.extract.rules import RulesExtractor

    return RulesExtractor()


@dataclass
class Site:
    store: Store
    templates: Jinja2Templates
    token: str | None
    make_extractor: Callable[[], Extractor] = rules_extractor
    # Writes go one at a time: resolution reads the actors it then adds to, and the
    # extractor's spaCy pipeline is not meant to be shared between threads.
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _extractor: Extractor | None = None

    def extractor(self) -> Extractor:
        """The extractor, built on first use so that a read-only server starts fast.

        Call with `write_lock` held.
        """
        if self._extractor is None:
            self._extractor = self.make_extractor()
        return self._extractor
