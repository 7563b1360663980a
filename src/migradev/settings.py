"""Runtime settings, read from MIGRADEV_* environment variables."""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MIGRADEV_")

    #: SQLAlchemy URL or a plain path to a SQLite file.
    db: str = "migradev.db"
    #: Files larger than this are refused before they are read.
    max_file_mb: float = 200.0
    #: PDFs with more pages than this are refused (a defence against decompression bombs too).
    max_pages: int = 5000


@lru_cache
def get_settings() -> Settings:
    return Settings()
