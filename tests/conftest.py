from __future__ import annotations

import os
from pathlib import Path

import pytest

from migradev.model import Document
from migradev.pipeline import process_file
from migradev.settings import Settings

REPO = Path(__file__).resolve().parents[1]
_CANDIDATES = [REPO.parent / "shared" / "corpus", Path("/work/shared/corpus")]
CORPUS = Path(os.environ.get("MIGRADEV_CORPUS") or next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[0]))

SG_REPORT = CORPUS / "migration-reports-fr" / "report-sg-follow-up-hld-2008.fr.txt"
BRUSSELS = CORPUS / "migration-reports-fr" / "brussels-2006-conference-conclusions.fr.txt"
GFMD_RT33 = CORPUS / "migration-reports-fr" / "gfmd-2008-rt3-3-regional-processes.fr.txt"
RES_73_6 = CORPUS / "unga-resolutions-pdf" / "A_RES_73_6-EN.pdf"
RES_73_3 = CORPUS / "unga-resolutions-pdf" / "A_RES_73_3-EN.pdf"
RES_73_8 = CORPUS / "unga-resolutions-pdf" / "A_RES_73_8-EN.pdf"
IOM_PDF_DIR = CORPUS / "iom-evaluations" / "pdf"


def pytest_sessionstart(session):
    if not SG_REPORT.exists():
        raise pytest.UsageError(f"the shared corpus is missing at {CORPUS}; set MIGRADEV_CORPUS")


_cache: dict[Path, Document] = {}


def load(path: Path) -> Document:
    if path not in _cache:
        _cache[path] = process_file(path, Settings())
    return _cache[path]


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "test.db"))
