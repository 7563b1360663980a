"""Run read -> normalise -> structure -> store over many files; one bad file never stops a batch."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from migradev.errors import IngestError
from migradev.model import Document
from migradev.normalise import normalise
from migradev.read import SUPPORTED_SUFFIXES, read_file
from migradev.settings import Settings
from migradev.store import Repository
from migradev.structure import build_document

#: Files found in folders that describe a corpus rather than belong to it.
_CORPUS_FILES = ("readme", "sources", "license", "licence", "manifest", "changelog")


class Status(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class IngestOutcome:
    path: Path
    status: Status
    uid: str | None = None
    title: str | None = None
    paragraphs: int = 0
    pages: int = 0
    error_code: str | None = None
    error: str | None = None

    def describe(self) -> str:
        if self.status is Status.FAILED:
            return f"{self.path}: {self.error_code}: {self.error}"
        return f"{self.path}: {self.status} as {self.uid}"


def expand_paths(arguments: Iterable[str | Path]) -> list[Path]:
    """Files named, files under folders (supported kinds only), and glob matches, in a stable order."""
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument).expanduser()
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith(".")
                and not p.stem.lower().startswith(_CORPUS_FILES)
            )
        elif any(ch in str(argument) for ch in "*?["):
            found.extend(expand_paths(sorted(glob.glob(str(path), recursive=True))) or [path])
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def process_file(path: Path, settings: Settings) -> Document:
    raw = read_file(path, max_bytes=int(settings.max_file_mb * 1_000_000), max_pages=settings.max_pages)
    return build_document(raw, normalise(raw))


def ingest_paths(
    paths: list[Path],
    repository: Repository,
    settings: Settings,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> list[IngestOutcome]:
    outcomes = []
    for path in paths:
        outcome = ingest_one(path, repository, settings)
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return outcomes


def ingest_one(path: Path, repository: Repository, settings: Settings) -> IngestOutcome:
    try:
        document = process_file(path, settings)
    except IngestError as exc:
        return IngestOutcome(path, Status.FAILED, error_code=exc.code, error=exc.reason)
    except RecursionError:
        return IngestOutcome(path, Status.FAILED, error_code="too-complex", error="document nesting too deep")
    except MemoryError:
        return IngestOutcome(path, Status.FAILED, error_code="too-large", error="out of memory while reading")
    except Exception as exc:  # a defect of ours on an unforeseen file: report it, keep the batch going
        return IngestOutcome(
            path, Status.FAILED, error_code="internal", error=f"{type(exc).__name__}: {exc} (please report this file)"
        )
    uid, created = repository.add(document)
    return IngestOutcome(
        path,
        Status.INGESTED if created else Status.DUPLICATE,
        uid=uid,
        title=document.metadata.title,
        paragraphs=len(document.paragraphs),
        pages=len(document.raw.pages),
    )
