"""The results store: trainees, attempts, results, item marks, audio references.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trainees",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(400), nullable=False, unique=True),
        sa.Column("trainee_id", sa.Integer, sa.ForeignKey("trainees.id"), nullable=False),
        sa.Column("scenario", sa.String(200), nullable=False),
        sa.Column("scenario_sha256", sa.String(64), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=True),
        sa.Column("ended_at", sa.DateTime, nullable=True),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("attempt_json", sa.JSON, nullable=False),
        sa.Column("stored_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_attempts_scenario", "attempts", ["scenario"])
    op.create_index("ix_attempts_trainee", "attempts", ["trainee_id"])
    op.create_table(
        "results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id"), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("pass_mark", sa.Float, nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        sa.Column("critical_failures", sa.JSON, nullable=False),
        sa.Column("result_json", sa.JSON, nullable=False),
        sa.Column("marked_at", sa.DateTime, nullable=False),
        sa.Column("marker", sa.String(200), nullable=False),
    )
    op.create_index("ix_results_attempt", "results", ["attempt_id"])
    op.create_table(
        "item_marks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("result_id", sa.Integer, sa.ForeignKey("results.id"), nullable=False),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id"), nullable=False),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("points", sa.Float, nullable=False),
        sa.Column("max_points", sa.Float, nullable=False),
        sa.Column("critical", sa.Boolean, nullable=False),
    )
    op.create_index("ix_item_marks_result", "item_marks", ["result_id"])
    op.create_index("ix_item_marks_item", "item_marks", ["item_id", "status"])
    op.create_table(
        "audio",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id"), nullable=False),
        sa.Column("turn", sa.Integer, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("seconds", sa.Float, nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
    )
    op.create_index("ix_audio_attempt", "audio", ["attempt_id"])


def downgrade() -> None:
    raise NotImplementedError("results are never dropped by a downgrade")
