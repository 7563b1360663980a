"""The document as it moves through the pipeline: raw text from a reader, then structured."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from migradev.model.mapped import OffsetMap


class Kind(StrEnum):
    PARAGRAPH = "paragraph"  # numbered paragraph, "57."
    ITEM = "item"  # lettered item "q)" or bullet
    HEADING = "heading"
    FOOTNOTE = "footnote"
    TEXT = "text"  # unnumbered body text


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    start: int  # offsets into RawDocument.text
    end: int


@dataclass
class RawDocument:
    """What a reader extracted: the original text that every offset map points back to."""

    source: Path
    sha256: str
    format: str  # pdf | docx | html | text | markdown
    text: str
    pages: list[Page] = field(default_factory=list)
    #: Format-level properties (PDF info dictionary, DOCX core properties, HTML <title>...).
    properties: dict[str, str] = field(default_factory=dict)
    size_bytes: int = 0

    @property
    def paged(self) -> bool:
        """True when page boundaries are known (PDF), so page-bound rules apply."""
        return len(self.pages) > 0


@dataclass
class Metadata:
    title: str | None = None
    issuing_body: str | None = None
    date: dt.date | None = None
    symbol: str | None = None
    language: str | None = None


@dataclass
class Section:
    seq: int
    level: int
    label: str | None  # printed label: "IV", "A", "2.1.1", or None for unnumbered headings
    path: str | None  # label of the section in context: "V.B", "2.1.1"
    title: str
    parent_seq: int | None
    start: int
    end: int


@dataclass
class Paragraph:
    seq: int
    kind: Kind
    ref: str | None
    text: str
    start: int  # offsets into Document.text (normalised)
    end: int
    section_seq: int | None = None
    section: str | None = None
    language: str | None = None
    page: int | None = None
    #: Labels of the footnotes this paragraph calls.
    notes: list[str] = field(default_factory=list)
    #: For a footnote: seq of the paragraph that calls it.
    note_of: int | None = None


@dataclass
class Document:
    raw: RawDocument
    text: str  # normalised text
    offsets: OffsetMap
    metadata: Metadata
    sections: list[Section]
    paragraphs: list[Paragraph]

    @property
    def doc_id(self) -> str:
        return self.raw.sha256[:12]
