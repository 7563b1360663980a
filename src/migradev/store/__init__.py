"""Stage 4: the store. SQLite by default, PostgreSQL by URL, the schema under Alembic migrations."""

from migradev.store.db import connect, database_url
from migradev.store.repository import DocumentSummary, Repository

__all__ = ["DocumentSummary", "Repository", "connect", "database_url"]
