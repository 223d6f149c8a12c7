"""Assessors' reviews: corrections, overrides and blind double-markings, append-only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The audit trail is evidence in a trainee's record: the database itself refuses to change
# or remove an entry, so neither a bug in callsim nor a hand-typed SQL statement can.
SQLITE_GUARDS = [
    f"CREATE TRIGGER reviews_append_only_{verb.lower()} BEFORE {verb} ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END"
    for verb in ("UPDATE", "DELETE")]
POSTGRES_GUARDS = [
    "CREATE OR REPLACE FUNCTION callsim_reviews_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'the review audit trail is append-only'; END; $$ "
    "LANGUAGE plpgsql",
    "CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON reviews "
    "FOR EACH ROW EXECUTE FUNCTION callsim_reviews_append_only()",
]


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("assessor", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("before", sa.JSON, nullable=False),
        sa.Column("after", sa.JSON, nullable=False),
        sa.Column("result_id", sa.Integer, sa.ForeignKey("results.id"), nullable=True),
    )
    op.create_index("ix_reviews_attempt", "reviews", ["attempt_id"])
    op.create_index("ix_reviews_kind", "reviews", ["kind"])
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_GUARDS, "postgresql": POSTGRES_GUARDS}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("reviews are never dropped by a downgrade")
