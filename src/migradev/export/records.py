"""The export contract: the shape every consumer of migradev can rely on."""

from __future__ import annotations

from typing import Any

from migradev.store.schema import DocumentRow, ParagraphRow


def paragraph_record(p: ParagraphRow) -> dict[str, Any]:
    return {
        "seq": p.seq,
        "ref": p.ref,
        "kind": p.kind,
        "section": p.section,
        "text": p.text,
        "start": p.char_start,
        "end": p.char_end,
        "language": p.language,
        "page": p.page,
        "notes": list(p.notes or []),
        "note_of": p.note_of,
        "mentions": [],
        "statements": [],
        "themes": [],
    }


def document_record(d: DocumentRow) -> dict[str, Any]:
    return {
        "id": d.uid,
        "source": d.source_path,
        "sha256": d.sha256,
        "title": d.title,
        "language": d.language,
        "date": d.date.isoformat() if d.date else None,
        "symbol": d.symbol,
        "issuing_body": d.issuing_body,
        "format": d.format,
        "pages": d.page_count,
        "sections": [
            {"seq": s.seq, "label": s.label, "path": s.path, "title": s.title, "level": s.level,
             "parent": s.parent_seq, "start": s.char_start, "end": s.char_end}
            for s in d.sections
        ],
        "paragraphs": [paragraph_record(p) for p in d.paragraphs],
        "entities": {},
    }
