"""The store keeps each document whole or not at all."""

import pytest
from sqlalchemy import func, select, text

from migradev.pipeline import process_file
from migradev.settings import Settings
from migradev.store import Repository, connect
from migradev.store.schema import DocumentRow, ParagraphRow, SectionRow

from conftest import RES_73_6, SG_REPORT


def _counts(repository):
    with repository.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) for t in (DocumentRow, SectionRow, ParagraphRow))


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    repository = Repository(connect(str(tmp_path / "store.db")))
    repository.add(process_file(RES_73_6, Settings()))
    before = _counts(repository)

    document = process_file(SG_REPORT, Settings())
    document.paragraphs[60].text = None  # violates NOT NULL on the 61st paragraph, after many rows were queued
    with pytest.raises(Exception):
        repository.add(document)
    assert _counts(repository) == before


def test_round_trip_keeps_text_offsets_and_provenance(tmp_path):
    repository = Repository(connect(str(tmp_path / "store.db")))
    document = process_file(SG_REPORT, Settings())
    uid, created = repository.add(document)
    assert created and uid == document.raw.sha256[:12]
    row = repository.get(uid)
    assert row.sha256 == document.raw.sha256 and row.source_path == str(SG_REPORT)
    assert [p.text for p in row.paragraphs] == [p.text for p in document.paragraphs]
    for p in row.paragraphs:
        assert row.text[p.char_start : p.char_end] == p.text
    assert row.original_text == SG_REPORT.read_text(encoding="utf-8")


def test_schema_is_managed_by_alembic(tmp_path):
    engine = connect(str(tmp_path / "store.db"))
    with engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == "0001"
    connect(str(tmp_path / "store.db"))  # migrating again is a no-op
