"""The command line, end to end, on a temporary SQLite file."""

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from migradev.cli.main import app

from conftest import BRUSSELS, RES_73_6, RES_73_8, SG_REPORT

runner = CliRunner()


@pytest.fixture
def batch(tmp_path):
    """Three real documents and three bad files in one folder."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in (SG_REPORT, BRUSSELS, RES_73_6):
        shutil.copy(path, folder / path.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    return folder


def _ingest(db, *paths):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db)])


def test_ingest_batch_reports_each_bad_file_and_exits_non_zero(tmp_path, batch):
    db = tmp_path / "store.db"
    result = _ingest(db, batch)
    assert result.exit_code == 1
    output = result.output
    assert "broken.pdf: corrupt: corrupt PDF" in output
    assert "empty.txt: empty: file is empty" in output
    assert "locked.docx: encrypted" in output
    assert "3 ingested, 0 already stored, 3 failed" in output

    listing = runner.invoke(app, ["docs", "--db", str(db)])
    assert listing.exit_code == 0
    assert "A/RES/73/6" in listing.output and "2006-04-25" in listing.output


def test_reingesting_the_same_content_adds_nothing(tmp_path):
    db = tmp_path / "store.db"
    assert _ingest(db, SG_REPORT).exit_code == 0
    copy = tmp_path / "renamed-copy.txt"
    shutil.copy(SG_REPORT, copy)
    again = _ingest(db, SG_REPORT, copy)
    assert again.exit_code == 0
    assert "0 ingested, 2 already stored, 0 failed" in again.output
    exported = runner.invoke(app, ["export", "--db", str(db)])
    assert len(exported.output.strip().splitlines()) == 1


def test_glob_patterns(tmp_path):
    db = tmp_path / "store.db"
    result = _ingest(db, str(RES_73_6.parent / "A_RES_73_[68]-EN.pdf"))
    assert result.exit_code == 0, result.output
    assert "2 ingested" in result.output


def test_show_paragraph_by_printed_label(tmp_path):
    db = tmp_path / "store.db"
    _ingest(db, SG_REPORT)
    result = runner.invoke(app, ["show", SG_REPORT.name, "--ref", "57", "--db", str(db)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "section V.B" in result.output
    assert "Les processus de consultation régionaux sont des processus informels" in result.output
    outline = runner.invoke(app, ["show", SG_REPORT.name, "--db", str(db)], terminal_width=200)
    assert "V.B Processus de consultation régionaux" in outline.output
    missing = runner.invoke(app, ["show", SG_REPORT.name, "--ref", "99", "--db", str(db)])
    assert missing.exit_code == 1 and "no paragraph or item labelled '99'" in missing.output
    unknown = runner.invoke(app, ["show", "nothing-like-this", "--db", str(db)])
    assert unknown.exit_code == 1 and "no document matches" in unknown.output


def test_show_by_symbol(tmp_path):
    db = tmp_path / "store.db"
    _ingest(db, RES_73_6)
    result = runner.invoke(app, ["show", "A/RES/73/6", "--ref", "13", "--db", str(db)], terminal_width=200)
    assert result.exit_code == 0
    assert "Urges the Secretary-General" in result.output


def test_export_jsonl_contract(tmp_path):
    db = tmp_path / "store.db"
    _ingest(db, SG_REPORT, RES_73_6)
    out = tmp_path / "export.jsonl"
    result = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    for record in records:
        assert {"id", "source", "sha256", "title", "language", "date", "symbol", "paragraphs", "entities"} <= set(record)
        assert record["entities"] == {}
        for p in record["paragraphs"]:
            assert {"ref", "kind", "section", "text", "start", "end", "mentions", "statements", "themes"} <= set(p)
            assert p["kind"] in {"paragraph", "item", "heading", "footnote", "text"}
            assert p["mentions"] == [] and p["statements"] == [] and p["themes"] == []
    resolution = next(r for r in records if r["symbol"] == "A/RES/73/6")
    assert resolution["date"] == "2018-10-31" and resolution["language"] == "en"
    report = next(r for r in records if r["symbol"] is None)
    p57 = next(p for p in report["paragraphs"] if p["ref"] == "57" and p["kind"] == "paragraph")
    assert p57["section"] == "V.B" and p57["end"] - p57["start"] == len(p57["text"])
    assert not list(tmp_path.glob("*.partial"))


def test_export_csv(tmp_path):
    db = tmp_path / "store.db"
    _ingest(db, BRUSSELS)
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(db)])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    items = [row for row in rows if row["kind"] == "item"]
    assert [row["ref"] for row in items] == list("abcdefghijklmnopqrst")
    assert runner.invoke(app, ["export", "--format", "xml", "--db", str(db)]).exit_code == 2


def test_environment_variable_selects_the_database(tmp_path, monkeypatch):
    from migradev.settings import get_settings

    db = tmp_path / "from-env.db"
    monkeypatch.setenv("MIGRADEV_DB", str(db))
    get_settings.cache_clear()
    try:
        assert runner.invoke(app, ["ingest", str(RES_73_8)]).exit_code == 0
        assert db.exists()
    finally:
        get_settings.cache_clear()
