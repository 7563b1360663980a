"""Errors a user can act on. Each carries a short machine code and a one-line reason."""

from __future__ import annotations


class MigradevError(Exception):
    code = "error"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class IngestError(MigradevError):
    """A file could not be turned into a document; the rest of a batch goes on."""

    code = "ingest"


class UnsupportedFormat(IngestError):
    code = "unsupported"


class CorruptFile(IngestError):
    code = "corrupt"


class EncryptedFile(IngestError):
    code = "encrypted"


class EmptyDocument(IngestError):
    code = "empty"


class NoTextLayer(IngestError):
    code = "image-only"


class FileTooLarge(IngestError):
    code = "too-large"


class DocumentNotFound(MigradevError):
    code = "not-found"
