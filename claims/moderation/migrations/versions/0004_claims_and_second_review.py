"""moderator claims (assignment with expiry) and double review (second opinions)

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy): SQLite keeps the append-only triggers of 0002
    op.add_column("review_items", sa.Column("claimed_by", sa.String(length=128), nullable=True))
    op.add_column("review_items", sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("review_items", sa.Column("second_review", sa.String(length=16), nullable=True))
    op.add_column("decisions", sa.Column("second_opinion", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("review_items") as batch:
        batch.drop_column("second_review")
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
    op.drop_column("decisions", "second_opinion")
