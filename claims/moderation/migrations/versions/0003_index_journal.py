"""index journal: every listing added to the recommender index by scoring, replayed at start

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("index_journal",
                    sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column("score_id", sa.Integer(), nullable=False),
                    sa.Column("listing_id", sa.String(length=512), nullable=False),
                    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
                    sa.ForeignKeyConstraint(["score_id"], ["scores.id"]),
                    sa.PrimaryKeyConstraint("id"))


def downgrade() -> None:
    op.drop_table("index_journal")
