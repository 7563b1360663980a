"""Plain text and Markdown reader: encoding detected with charset-normalizer."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from migradev.errors import UnsupportedFormat
from migradev.model import RawDocument


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:2_000_000]).best()
    if best is None:
        raise UnsupportedFormat("binary data, not text in any known encoding")
    return data.decode(best.encoding, errors="replace")


def read(path: Path, data: bytes, *, max_pages: int) -> RawDocument:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    fmt = "markdown" if path.suffix.lower() in {".md", ".markdown"} or _looks_like_markdown(text) else "text"
    return RawDocument(source=path, sha256="", format=fmt, text=text)


def _looks_like_markdown(text: str) -> bool:
    sample = text[:20000]
    return sample.count("**") >= 4 or "\n## " in sample or "\\*" in sample
