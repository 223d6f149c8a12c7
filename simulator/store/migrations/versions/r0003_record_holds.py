"""The record holds: marks, reviews and recordings append-only in the database itself,
a hash chain over everything kept, scenario texts, and erasure after retention.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Table → the column naming its attempt, for rows `callsim erase` may remove (only rows of
# an attempt listed in erased_attempts); None: never removed.
GUARDED: dict[str, str | None] = {
    "results": "attempt_id", "item_marks": "attempt_id", "reviews": "attempt_id",
    "audio": "attempt_id", "attempts": "id", "trainees": None, "ledger": None,
    "erasures": None, "erased_attempts": None, "scenario_texts": None}
# The columns whose clash would make SQLite's REPLACE delete a row (without firing the
# delete guard: SQLite runs no delete trigger for a REPLACE unless recursive triggers are
# on), so an insert that clashes is refused before REPLACE can act.
UNIQUE: dict[str, tuple[tuple[str, ...], ...]] = {
    "results": (("id",),), "item_marks": (("id",),), "reviews": (("id",),),
    "audio": (("id",),), "attempts": (("id",), ("key",)), "trainees": (("id",), ("code",)),
    "ledger": (("id",), ("previous",)), "erasures": (("id",),),
    "erased_attempts": (("erasure_id", "attempt_id"),),
    "scenario_texts": (("id",), ("sha256",))}
# A stored call's record may be brought up to date (re-stored after `callsim recover`),
# but never moved to another key or trainee: the hash chain notes every version.
ATTEMPT_FIXED = ("id", "key", "trainee_id")
REFUSAL = ("callsim: {table} is append-only: marks, reviews and the audit trail are never "
           "changed or removed (after the retention period: callsim erase)")


def _sqlite_guards(table: str, owner: str | None) -> list[str]:
    refuse = f"SELECT RAISE(ABORT, '{REFUSAL.format(table=table)}')"
    if table == "attempts":
        moved = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ATTEMPT_FIXED)
        update = f"BEFORE UPDATE ON {table} WHEN {moved}"
    else:
        update = f"BEFORE UPDATE ON {table}"
    delete = f"BEFORE DELETE ON {table}"
    if owner is not None:
        delete += (f" WHEN NOT EXISTS (SELECT 1 FROM erased_attempts "
                   f"WHERE erased_attempts.attempt_id = OLD.{owner})")
    clash = " OR ".join(
        "(" + " AND ".join(f"{t}.{c} = NEW.{c}" for c in cols) + ")"
        for t in (table,) for cols in UNIQUE[table])
    insert = f"BEFORE INSERT ON {table} WHEN EXISTS (SELECT 1 FROM {table} WHERE {clash})"
    statements = [f"CREATE TRIGGER {table}_guard_update {update} BEGIN {refuse}; END",
                  f"CREATE TRIGGER {table}_guard_delete {delete} BEGIN {refuse}; END",
                  f"CREATE TRIGGER {table}_guard_replace {insert} BEGIN {refuse}; END"]
    if table == "erased_attempts":
        statements.append(
            "CREATE TRIGGER erased_attempts_need_erasure BEFORE INSERT ON erased_attempts "
            "WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE erasures.id = NEW.erasure_id) "
            f"BEGIN {refuse}; END")
    return statements


POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION callsim_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_NARGS > 0 THEN
    IF EXISTS (SELECT 1 FROM erased_attempts
               WHERE attempt_id = (to_jsonb(OLD) ->> TG_ARGV[0])::integer) THEN
      RETURN OLD;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'attempts' THEN
    IF {" AND ".join(f"NEW.{c} = OLD.{c}" for c in ATTEMPT_FIXED)} THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '{REFUSAL.replace("{table}", "%")}', TG_TABLE_NAME;
END; $$ LANGUAGE plpgsql
"""


def _postgres_guards(table: str, owner: str | None) -> list[str]:
    argument = f"'{owner}'" if owner else ""
    return [
        f"CREATE TRIGGER {table}_guard BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION callsim_append_only({argument})",
        f"CREATE TRIGGER {table}_guard_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION callsim_append_only()",
    ]


def upgrade() -> None:
    op.create_table(
        "ledger",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("row_id", sa.Integer, nullable=False),
        sa.Column("attempt_id", sa.Integer, nullable=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("previous", sa.String(64), nullable=False, unique=True),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_ledger_row", "ledger", ["kind", "row_id"])
    op.create_index("ix_ledger_attempt", "ledger", ["attempt_id"])
    op.create_table(
        "scenario_texts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("scenario", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("stored_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("trainee", sa.String(200), nullable=False),
        sa.Column("before", sa.DateTime, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("erased_by", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("attempt_ids", sa.JSON, nullable=False),
    )
    op.create_table(
        "erased_attempts",
        sa.Column("erasure_id", sa.Integer, sa.ForeignKey("erasures.id"), primary_key=True),
        sa.Column("attempt_id", sa.Integer, primary_key=True),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS reviews_append_only_{verb}")
        for table, owner in GUARDED.items():
            for statement in _sqlite_guards(table, owner):
                op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS reviews_append_only ON reviews")
        op.execute("DROP FUNCTION IF EXISTS callsim_reviews_append_only()")
        op.execute(POSTGRES_FUNCTION)
        for table, owner in GUARDED.items():
            for statement in _postgres_guards(table, owner):
                op.execute(statement)
    from simulator.store.ledger import backfill  # noqa: PLC0415  (the chain's one definition)

    backfill(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the record is never dropped by a downgrade")
