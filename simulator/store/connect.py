"""Opening a store: which database, how it is connected, and bringing its schema up to date.

SQLite is opened in WAL mode with a busy timeout, and every transaction starts with
`BEGIN IMMEDIATE`: a writer takes the write lock at the start instead of upgrading a read
lock half-way (which SQLite answers with an immediate "database is locked", busy timeout
or not). So several trainees finishing at once queue for a few milliseconds and lose
nothing.
"""

from __future__ import annotations

import os
import re
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from simulator.errors import UserError
from simulator.paths import PRIVATE_FILE, tighten_file
from simulator.store.options import STORE_ENV, store_url

BUSY_TIMEOUT_MS = 30_000  # a queue of writers each holding the lock a few ms
MIGRATION_LOCK = 4_217_001  # PostgreSQL advisory lock id: one workstation migrates at a time


class StoreError(UserError):
    """The store cannot be reached or used; the message says which store and why."""


@dataclass
class Store:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def where(self) -> str:
        """The store's URL with any password hidden, for messages."""
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_store(given: str | None = None, *, migrate: bool = True,
               create: bool = True) -> Store:
    """Connect to the store and bring its schema up to date (nothing is ever dropped).

    Commands that look at kept work pass `create=False`: an assessor's mistyped `--store`
    path used to get a fresh empty store and "no uncertain marks waiting", as if the work
    were done. The default store in the data folder is still made on first use, so a fresh
    machine's commands show an empty store."""
    raw = store_url(given)
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(f"--store {raw!r} is not a database URL (e.g. sqlite:///path/"
                         "callsim.db or postgresql+psycopg://user@host/callsim)") from None
    if not create and named_store(given):
        _must_exist(url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # the driver callsim ships with
    try:
        engine = _engine(url)
    except (ImportError, SQLAlchemyError) as error:
        raise StoreError(f"cannot use the store {url.render_as_string(hide_password=True)}"
                         f": {first_line(error)}") from None
    store = Store(url, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        try:
            upgrade(store)
        except SQLAlchemyError as error:
            store.close()
            raise StoreError(f"cannot open the store {store.where}: "
                             f"{first_line(error)}") from None
    return store


def named_store(given: str | None) -> bool:
    """Was a store named (`--store` or CALLSIM_STORE), rather than the data folder's?"""
    return bool(given or os.environ.get(STORE_ENV))


def _must_exist(url: URL) -> None:
    database = url.database or ""
    if (url.get_backend_name() != "sqlite" or database in ("", ":memory:")
            or database.startswith("file:") or Path(database).is_file()):
        return
    raise StoreError(f"no results store at {database}: nothing has been kept there. Check "
                     f"the path given in --store or ${STORE_ENV} (a store is made when "
                     "the first call is kept)")


def first_line(error: BaseException) -> str:
    message = str(getattr(error, "orig", None) or error)
    return message.strip().splitlines()[0] if message.strip() else type(error).__name__


def _engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        _private_database(Path(url.database))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None  # SQLAlchemy, not the driver, says when to BEGIN
        cursor = dbapi.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # durable at each WAL checkpoint
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _private_database(path: Path) -> None:
    """Create the SQLite file owner-only; SQLite gives its -wal and -shm files the same
    permissions. One left readable by an older callsim is tightened."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        with suppress(OSError):  # SQLite itself will say why it cannot open it
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        tighten_file(part)


def upgrade(store: Store) -> None:
    """Apply any migrations this store lacks, one process at a time."""
    with store.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"),
                               {"id": MIGRATION_LOCK})
        if not _up_to_date(connection):
            from simulator.store.migrating import apply_migrations  # noqa: PLC0415  (Alembic is slow to import)

            apply_migrations(connection)


MIGRATION_FILES = Path(__file__).parent / "migrations" / "versions"


def newest_migration() -> str | None:
    """The head revision, read from the migration files themselves (importing Alembic to
    ask it cost ~0.3 s of CPU on every `callsim report`); None when there is not exactly
    one head, so Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in MIGRATION_FILES.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = re.search(r'^revision\s*=\s*["\']([^"\']+)["\']', source, re.M)
        if found:
            revisions.add(found.group(1))
            parents.update(re.findall(r'["\']([^"\']+)["\']', "".join(re.findall(
                r"^down_revision\s*=\s*(.*)$", source, re.M))))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _up_to_date(connection: Connection) -> bool:
    head = newest_migration()
    if head is None or not inspect(connection).has_table("alembic_version"):
        return False
    versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return [v for (v,) in versions] == [head]
