"""Alembic environment: always run from code with a connection (see migrating.py)."""

from __future__ import annotations

from alembic import context

from simulator.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("callsim migrations run from simulator.store (callsim opens the store "
                       "and upgrades it); there is no alembic.ini")
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
