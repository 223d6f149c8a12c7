"""Helpers for store tests: store URLs for SQLite and PostgreSQL (a private server the
tests start themselves, or CALLSIM_TEST_POSTGRES_URL)."""

from __future__ import annotations

import io
import uuid
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.private_postgres import POSTGRES_ENV, postgres_url

NO_POSTGRES = ("PostgreSQL's server binaries are not installed (./setup installs them), and "
               f"{POSTGRES_ENV} is not set")


@contextmanager
def store_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store of this kind; a PostgreSQL store is a schema of its own."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = postgres_url()
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


def silent_wav() -> bytes:
    """A tenth of a second of 16 kHz silence: a recording to keep with a spoken turn."""
    out = io.BytesIO()
    with wave.open(out, "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(16000)
        clip.writeframes(b"\0\0" * 1600)
    return out.getvalue()
