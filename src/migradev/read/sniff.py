"""Decide a file's format from its first bytes, falling back on its suffix."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_BINARY_MAGICS = {
    b"\x89PNG": "png image",
    b"\xff\xd8\xff": "jpeg image",
    b"GIF8": "gif image",
    b"II*\x00": "tiff image",
    b"MM\x00*": "tiff image",
    b"\x1f\x8b": "gzip archive",
    b"7z\xbc\xaf": "7z archive",
    b"Rar!": "rar archive",
    b"\x7fELF": "executable",
    b"MZ": "executable",
}


def sniff_format(path: Path, data: bytes) -> str:
    head = data[:1024]
    suffix = path.suffix.lower()
    if head.lstrip()[:5] == b"%PDF-" or (b"%PDF-" in head and suffix == ".pdf"):
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        # Legacy .doc, or an Office file wrapped in encryption (an OLE container holding EncryptedPackage).
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data[:65536] or suffix == ".docx":
            return "docx"  # the DOCX reader reports the encryption clearly
        return "legacy Office binary (.doc/.xls/.ppt)"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "docx" if suffix == ".docx" else "zip archive"
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx spreadsheet"
        if any(n.startswith("ppt/") for n in names):
            return "pptx presentation"
        return "zip archive"
    for magic, name in _BINARY_MAGICS.items():
        if head.startswith(magic):
            return name
    if suffix == ".pdf":
        return "pdf"  # no header: the PDF reader says it is corrupt
    if suffix == ".docx":
        return "docx"
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "binary data"
    lowered = head.lower()
    if suffix in {".html", ".htm", ".xhtml"} or b"<!doctype html" in lowered or b"<html" in lowered:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".txt", ".text", ""}:
        return "text"
    return f"unknown ({suffix})"
