"""The store on PostgreSQL, through the same code path as SQLite: connect(url) runs the Alembic migrations,
Repository writes each document whole or not at all.

Needs a server: MIGRADEV_TEST_PG_URL=postgresql://user@host:port/db, e.g. from scripts/pg-test-server.
Every test runs in a database of its own, created on that server and dropped afterwards, so the database
named in the URL is only used to create and drop them (the URL's user needs CREATEDB).
"""

from __future__ import annotations

import copy
import json
import os
import uuid

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import make_url

from migradev.model import Document
from migradev.pipeline import process_file
from migradev.settings import Settings
from migradev.store import Repository, connect, database_url
from migradev.store.schema import DocumentRow, ParagraphRow, SectionRow

from conftest import RES_73_6, SG_REPORT

PG_URL = os.environ.get("MIGRADEV_TEST_PG_URL", "").strip()

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not PG_URL,
        reason="MIGRADEV_TEST_PG_URL is not set: no PostgreSQL server to test against "
        "(start one with `scripts/pg-test-server` and export the URL it prints)",
    ),
]


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {"report": process_file(SG_REPORT, Settings()), "resolution": process_file(RES_73_6, Settings())}


@pytest.fixture
def pg_url():
    """A fresh, empty database on the server of MIGRADEV_TEST_PG_URL, dropped after the test."""
    base = make_url(PG_URL)
    name = f"migradev_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_URL), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
        yield base.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            force = " WITH (FORCE)" if connection.dialect.server_version_info >= (13,) else ""
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"{force}'))
    finally:
        admin.dispose()


@pytest.fixture
def repository(pg_url):
    engine = connect(pg_url)
    assert engine.dialect.name == "postgresql"
    yield Repository(engine)
    engine.dispose()


def _counts(repository: Repository) -> tuple[int, int, int]:
    with repository.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(t)) for t in (DocumentRow, SectionRow, ParagraphRow)
        )


def test_schema_is_managed_by_alembic(pg_url):
    engine = connect(pg_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("select version_num from alembic_version")).scalar() == "0001"
    finally:
        engine.dispose()
    connect(pg_url).dispose()  # migrating again is a no-op


def test_documents_are_stored_once(repository, documents):
    assert repository.count() == 0
    for document in documents.values():
        uid, created = repository.add(document)
        assert created and uid == document.doc_id

    summaries = {s.uid: s for s in repository.summaries()}
    assert set(summaries) == {d.doc_id for d in documents.values()}
    for document in documents.values():
        summary = summaries[document.doc_id]
        assert summary.paragraphs == len(document.paragraphs) > 0
        assert summary.source_path == str(document.raw.source)
        assert summary.format == document.raw.format
        assert summary.symbol == document.metadata.symbol
    assert summaries[documents["resolution"].doc_id].symbol == "A/RES/73/6"

    before = _counts(repository)
    for document in documents.values():
        assert repository.add(document) == (document.doc_id, False)
    assert _counts(repository) == before


def test_a_concurrent_duplicate_is_recognised(repository, documents, monkeypatch):
    """The unique sha256 catches a writer that stored the same content between check and insert."""
    document = documents["report"]
    repository.add(document)
    before = _counts(repository)
    monkeypatch.setattr(repository, "has_sha256", _none_once(repository.has_sha256))
    assert repository.add(document) == (document.doc_id, False)
    assert _counts(repository) == before


def _none_once(has_sha256):
    calls = []

    def fake(sha256):
        calls.append(sha256)
        return None if len(calls) == 1 else has_sha256(sha256)

    return fake


def test_get_returns_the_resolution_with_its_paragraphs_in_order(repository, documents):
    for document in documents.values():
        repository.add(document)
    document = documents["resolution"]

    row = repository.get("A/RES/73/6")
    assert row.uid == document.doc_id and row.sha256 == document.raw.sha256
    assert row.symbol == "A/RES/73/6" and row.source_path == str(RES_73_6)
    seqs = [p.seq for p in row.paragraphs]
    assert seqs == sorted(seqs) == [p.seq for p in document.paragraphs]
    assert [p.text for p in row.paragraphs] == [p.text for p in document.paragraphs]
    assert [(p.kind, p.ref, p.page) for p in row.paragraphs] == [
        (str(p.kind), p.ref, p.page) for p in document.paragraphs
    ]
    for p in row.paragraphs:
        assert row.text[p.char_start : p.char_end] == p.text
    assert [s.seq for s in row.sections] == [s.seq for s in document.sections]
    assert row.text == document.text and row.original_text == document.raw.text
    assert row.offset_map == json.loads(json.dumps(document.offsets.to_json()))
    assert row.ingested_at.tzinfo is not None

    assert repository.get(document.doc_id).id == row.id
    assert repository.get(RES_73_6.name).id == row.id
    # French text (accents, typographic apostrophes) comes back unchanged.
    report = repository.get(documents["report"].doc_id)
    assert [p.text for p in report.paragraphs] == [p.text for p in documents["report"].paragraphs]


def _half_way(document: Document) -> int:
    assert len(document.paragraphs) > 20, "need a document with many paragraphs"
    return len(document.paragraphs) // 2


def test_a_value_too_long_for_its_column_leaves_nothing_behind(repository, documents):
    """SQLite ignores VARCHAR lengths; PostgreSQL rejects the row, half-way through the document's paragraphs."""
    repository.add(documents["resolution"])
    before = _counts(repository)

    document = copy.deepcopy(documents["report"])
    document.paragraphs[_half_way(document)].kind = "x" * 17  # paragraphs.kind is VARCHAR(16)
    with pytest.raises(Exception, match="too long"):
        repository.add(document)
    assert _counts(repository) == before
    assert repository.has_sha256(document.raw.sha256) is None

    # The failed transaction was rolled back: the pool hands out usable connections, the write can be redone.
    assert repository.add(documents["report"]) == (documents["report"].doc_id, True)
    assert _counts(repository)[0] == before[0] + 1


def test_a_failure_after_the_document_row_is_written_leaves_nothing_behind(repository, documents):
    repository.add(documents["resolution"])
    before = _counts(repository)
    document = documents["report"]
    seen = {}

    def fail_at_paragraphs(connection, _cursor, statement, _parameters, _context, _executemany):
        # By now the documents row and the sections are INSERTed in this transaction.
        if statement.lstrip().upper().startswith("INSERT INTO PARAGRAPHS"):
            seen["documents"] = connection.exec_driver_sql("select count(*) from documents").scalar()
            raise RuntimeError("simulated failure in the middle of a document write")

    event.listen(repository.engine, "before_cursor_execute", fail_at_paragraphs)
    try:
        with pytest.raises(RuntimeError, match="simulated failure"):
            repository.add(document)
    finally:
        event.remove(repository.engine, "before_cursor_execute", fail_at_paragraphs)
    assert seen["documents"] == before[0] + 1  # the row was there inside the transaction...
    assert _counts(repository) == before  # ...and is gone after it
    assert repository.add(document) == (document.doc_id, True)
