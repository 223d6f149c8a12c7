"""Alembic, driven from code: the migrations live in `migrations/versions/`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from simulator.errors import UserError

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert revision is not None  # there is always at least the first migration
    return revision


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def apply_migrations(connection: Connection, target: str = "head") -> None:
    """Upgrade inside the caller's transaction (SQLite and PostgreSQL both roll DDL back)."""
    config = alembic_config(connection)
    scripts = ScriptDirectory.from_config(config)
    now = current(connection)
    if now is not None and now not in {s.revision for s in scripts.walk_revisions()}:
        raise UserError(f"the results store is at schema version {now}, which this callsim "
                        "does not know: it was written by a newer callsim; upgrade callsim")
    if target == "head" and now == scripts.get_current_head():
        return
    command.upgrade(config, target)
