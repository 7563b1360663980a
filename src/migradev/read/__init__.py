"""Stage 1: read a file into a RawDocument, or refuse it with a clear IngestError."""

from __future__ import annotations

import hashlib
from pathlib import Path

from migradev.errors import EmptyDocument, FileTooLarge, IngestError, UnsupportedFormat
from migradev.model import RawDocument
from migradev.read import docx, html, pdf, text
from migradev.read.sniff import sniff_format

READERS = {
    "pdf": pdf.read,
    "docx": docx.read,
    "html": html.read,
    "text": text.read,
    "markdown": text.read,
}

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".xhtml", ".txt", ".md", ".markdown", ".text"}


def read_file(path: Path, *, max_bytes: int, max_pages: int) -> RawDocument:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"cannot open file: {exc.strerror or exc}") from exc
    if size == 0:
        raise EmptyDocument("file is empty (0 bytes)")
    if size > max_bytes:
        raise FileTooLarge(f"file is {size / 1e6:.1f} MB, above the limit of {max_bytes / 1e6:.1f} MB")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    fmt = sniff_format(path, data)
    if fmt not in READERS:
        raise UnsupportedFormat(f"unsupported format ({fmt}); migradev reads PDF, DOCX, HTML, text and Markdown")
    sha256 = hashlib.sha256(data).hexdigest()
    raw = READERS[fmt](path, data, max_pages=max_pages)
    raw.sha256 = sha256
    # NUL cannot be stored in PostgreSQL text; the same-length replacement keeps every offset valid.
    raw.text = raw.text.replace("\x00", "\ufffd")
    raw.size_bytes = size
    if not raw.text.strip():
        raise EmptyDocument("no text found in the document")
    return raw
