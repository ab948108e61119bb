"""Where the store lives and how it is opened: SQLite (WAL) by default, any SQLAlchemy URL else."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from factionmap.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
DB_ENV = "FACTIONMAP_DB"


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("factionmap", appauthor=False))
    return f"sqlite:///{folder / 'factionmap.db'}"


def resolve_url(url: str | None) -> str:
    """The URL given on the command line wins over the environment, which wins over the default."""
    chosen = url or os.environ.get(DB_ENV) or default_url()
    if chosen.startswith("postgresql://"):
        # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
        chosen = "postgresql+psycopg://" + chosen.removeprefix("postgresql://")
    elif "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_engine(url: str | None = None) -> Engine:
    """Create the engine and bring the schema up to date; errors become one readable line."""
    resolved = resolve_url(url)
    try:
        if resolved.startswith("sqlite:///"):
            path = Path(resolved.removeprefix("sqlite:///"))
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(resolved, future=True)
    except (ArgumentError, OSError, ImportError) as exc:
        raise StoreError(f"cannot open database {_redact(resolved)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except OperationalError as exc:
        raise StoreError(f"cannot open database {_redact(resolved)}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"database error on {_redact(resolved)}: {exc}") from exc
    return engine


def migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _redact(url: str) -> str:
    """Never print a password that was part of a database URL."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return url
