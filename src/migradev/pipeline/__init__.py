"""The ingestion pipeline: files in, stored documents out, one outcome per file."""

from migradev.pipeline.ingest import IngestOutcome, Status, expand_paths, ingest_paths, process_file

__all__ = ["IngestOutcome", "Status", "expand_paths", "ingest_paths", "process_file"]
