"""Exports of stored documents: JSON Lines (one document per line) and CSV (one paragraph per row)."""

from migradev.export.records import document_record
from migradev.export.writers import write_csv, write_jsonl

__all__ = ["document_record", "write_csv", "write_jsonl"]
