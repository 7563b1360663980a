"""Documents, sections and paragraphs.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(12), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("date", sa.Date),
        sa.Column("symbol", sa.String(128), index=True),
        sa.Column("issuing_body", sa.Text),
        sa.Column("page_count", sa.Integer),
        sa.Column("size_bytes", sa.Integer, nullable=False),
        sa.Column("original_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("offset_map", sa.JSON, nullable=False),
        sa.Column("properties", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "sections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("parent_seq", sa.Integer),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("label", sa.String(32)),
        sa.Column("path", sa.String(64)),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.UniqueConstraint("document_id", "seq"),
    )
    op.create_table(
        "paragraphs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(32)),
        sa.Column("section_seq", sa.Integer),
        sa.Column("section", sa.String(64)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("page", sa.Integer),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Column("note_of", sa.Integer),
        sa.UniqueConstraint("document_id", "seq"),
    )
    op.create_index("ix_paragraphs_document_ref", "paragraphs", ["document_id", "ref"])


def downgrade() -> None:
    op.drop_index("ix_paragraphs_document_ref", table_name="paragraphs")
    op.drop_table("paragraphs")
    op.drop_table("sections")
    op.drop_table("documents")
