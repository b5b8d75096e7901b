"""Storage: SQLAlchemy 2 models, SQLite by default, PostgreSQL by URL, Alembic migrations."""

from .base import Base
from .db import Database, open_database

__all__ = ["Base", "Database", "open_database"]
