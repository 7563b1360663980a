"""Stream exports to a file object, one document at a time, so memory stays flat on large stores."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from migradev.export.records import document_record
from migradev.store.schema import DocumentRow

CSV_COLUMNS = [
    "document_id", "symbol", "title", "date", "document_language", "seq", "ref", "kind", "section",
    "language", "page", "start", "end", "notes", "note_of", "text",
]


def write_jsonl(documents: Iterable[DocumentRow], out: TextIO) -> int:
    count = 0
    for document in documents:
        out.write(json.dumps(document_record(document), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(documents: Iterable[DocumentRow], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for document in documents:
        record = document_record(document)
        for p in record["paragraphs"]:
            writer.writerow({
                "document_id": record["id"], "symbol": record["symbol"], "title": record["title"],
                "date": record["date"], "document_language": record["language"], "seq": p["seq"],
                "ref": p["ref"], "kind": p["kind"], "section": p["section"], "language": p["language"],
                "page": p["page"], "start": p["start"], "end": p["end"], "notes": " ".join(p["notes"]),
                "note_of": p["note_of"], "text": p["text"],
            })
        count += 1
    return count
