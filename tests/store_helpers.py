"""Helpers for store tests: store URLs for SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

POSTGRES_ENV = "CALLSIM_TEST_POSTGRES_URL"
NO_POSTGRES = (f"{POSTGRES_ENV} is not set: run .ci/postgres-setup.sh and export the URL it "
               "prints (it is also in /tmp/callsim-postgres-url)")


@contextmanager
def store_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store of this kind; a PostgreSQL store is a schema of its own."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(NO_POSTGRES)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
