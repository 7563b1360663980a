"""Reading and writing documents. Each document is written in one transaction: whole or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from migradev.errors import DocumentNotFound
from migradev.model import Document
from migradev.store.schema import DocumentRow, ParagraphRow, SectionRow


@dataclass(frozen=True)
class DocumentSummary:
    uid: str
    title: str | None
    language: str | None
    date: dt.date | None
    symbol: str | None
    format: str
    paragraphs: int
    source_path: str


class Repository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def has_sha256(self, sha256: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(DocumentRow.uid).where(DocumentRow.sha256 == sha256))

    def add(self, document: Document) -> tuple[str, bool]:
        """Store a document; returns its uid and False if the same content was already stored."""
        existing = self.has_sha256(document.raw.sha256)
        if existing:
            return existing, False
        document_values, sections, paragraphs = _to_values(document)
        try:
            # Core executemany inserts: the ORM unit of work costs more than the whole structure stage.
            with self.engine.begin() as connection:
                document_id = connection.execute(
                    insert(DocumentRow).returning(DocumentRow.id), document_values
                ).scalar_one()
                if sections:
                    connection.execute(insert(SectionRow), [dict(v, document_id=document_id) for v in sections])
                if paragraphs:
                    connection.execute(insert(ParagraphRow), [dict(v, document_id=document_id) for v in paragraphs])
        except IntegrityError:
            # Another writer stored the same content between our check and our insert.
            existing = self.has_sha256(document.raw.sha256)
            if existing:
                return existing, False
            raise
        return document_values["uid"], True

    def summaries(self) -> list[DocumentSummary]:
        counts = (
            select(ParagraphRow.document_id, func.count().label("n"))
            .group_by(ParagraphRow.document_id)
            .subquery()
        )
        query = (
            select(DocumentRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.document_id == DocumentRow.id)
            .order_by(DocumentRow.date.is_(None), DocumentRow.date, DocumentRow.title)
        )
        with self.session() as session:
            return [
                DocumentSummary(d.uid, d.title, d.language, d.date, d.symbol, d.format, n, d.source_path)
                for d, n in session.execute(query)
            ]

    def get(self, key: str) -> DocumentRow:
        """A document by uid (or a unique prefix of it), UN symbol, or source file name."""
        key = key.strip()
        with self.session() as session:
            query = (
                select(DocumentRow)
                .options(selectinload(DocumentRow.paragraphs), selectinload(DocumentRow.sections))
                .where(
                    or_(
                        DocumentRow.uid.startswith(key.lower()) if len(key) >= 4 else DocumentRow.uid == key,
                        DocumentRow.symbol == key,
                        DocumentRow.source_path.endswith("/" + key),
                        DocumentRow.source_path == key,
                    )
                )
            )
            rows = list(session.scalars(query))
        if not rows:
            raise DocumentNotFound(f"no document matches {key!r} (give an id from `migradev docs`, a symbol or a file name)")
        if len(rows) > 1:
            raise DocumentNotFound(f"{key!r} matches {len(rows)} documents; give more of the id")
        return rows[0]

    def iter_documents(self) -> Iterator[DocumentRow]:
        with self.session() as session:
            ids = list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))
        for doc_id in ids:
            with self.session() as session:
                yield session.scalars(
                    select(DocumentRow)
                    .options(selectinload(DocumentRow.paragraphs), selectinload(DocumentRow.sections))
                    .where(DocumentRow.id == doc_id)
                ).one()

    def count(self) -> int:
        with self.session() as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def _to_values(document: Document) -> tuple[dict, list[dict], list[dict]]:
    raw, meta = document.raw, document.metadata
    values = dict(
        uid=document.doc_id,
        sha256=raw.sha256,
        source_path=str(raw.source),
        format=raw.format,
        title=meta.title,
        language=meta.language,
        date=meta.date,
        symbol=meta.symbol,
        issuing_body=meta.issuing_body,
        page_count=len(raw.pages) or None,
        size_bytes=raw.size_bytes,
        original_text=raw.text,
        text=document.text,
        offset_map=document.offsets.to_json(),
        properties=dict(raw.properties),
        ingested_at=dt.datetime.now(dt.timezone.utc),
    )
    sections = [
        dict(
            seq=s.seq,
            parent_seq=s.parent_seq,
            level=s.level,
            label=s.label,
            path=s.path,
            title=s.title,
            char_start=s.start,
            char_end=s.end,
        )
        for s in document.sections
    ]
    paragraphs = [
        dict(
            seq=p.seq,
            kind=str(p.kind),
            ref=p.ref,
            section_seq=p.section_seq,
            section=p.section,
            text=p.text,
            char_start=p.start,
            char_end=p.end,
            language=p.language,
            page=p.page,
            notes=list(p.notes),
            note_of=p.note_of,
        )
        for p in document.paragraphs
    ]
    return values, sections, paragraphs
