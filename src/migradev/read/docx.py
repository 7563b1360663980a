"""DOCX reader on python-docx: paragraphs and tables in body order, headings marked Markdown-style."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from migradev.errors import CorruptFile, EncryptedFile, FileTooLarge
from migradev.model import RawDocument

_HEADING_STYLE = re.compile(r"^(?:Heading|Titre|Título|Encabezado)\s*(\d)$", re.IGNORECASE)


#: A DOCX may expand to this many times its size on disk; beyond, it is treated as a zip bomb.
MAX_EXPANSION = 20


def read(path: Path, data: bytes, *, max_pages: int) -> RawDocument:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise EncryptedFile("DOCX is encrypted with a password (or is a legacy .doc file)")
    _refuse_zip_bomb(data)
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise CorruptFile(f"corrupt DOCX: {exc}") from exc
    except Exception as exc:  # lxml errors on damaged XML parts
        raise CorruptFile(f"corrupt DOCX: {exc}") from exc

    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            text = paragraph.text.strip()
            if not text:
                continue
            style = paragraph.style.name if paragraph.style is not None else ""
            match = _HEADING_STYLE.match(style or "")
            if match or style == "Title":
                level = int(match.group(1)) if match else 1
                text = "#" * level + " " + text
            blocks.append(text)
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells]
                line = " | ".join(c for c in cells if c)
                if line:
                    blocks.append(line)
    props = document.core_properties
    properties = {
        k: v for k, v in {"title": props.title, "author": props.author, "subject": props.subject}.items() if v
    }
    if props.created:
        properties["creationDate"] = props.created.date().isoformat()
    return RawDocument(source=path, sha256="", format="docx", text="\n\n".join(blocks) + "\n", properties=properties)


def _refuse_zip_bomb(data: bytes) -> None:
    try:
        expanded = sum(info.file_size for info in zipfile.ZipFile(BytesIO(data)).infolist())
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"corrupt DOCX: {exc}") from exc
    # Small files legitimately compress well (styles, themes); the ratio matters only past a few MB.
    if expanded > max(MAX_EXPANSION * len(data), 50_000_000):
        raise FileTooLarge(
            f"DOCX expands to {expanded / 1e6:.0f} MB from {len(data) / 1e6:.1f} MB: refused as a possible zip bomb"
        )
