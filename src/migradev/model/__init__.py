"""Domain data classes shared by every stage."""

from migradev.model.document import (
    Document,
    Kind,
    Metadata,
    Page,
    Paragraph,
    RawDocument,
    Section,
)
from migradev.model.mapped import MappedStr, OffsetMap

__all__ = [
    "Document",
    "Kind",
    "MappedStr",
    "Metadata",
    "OffsetMap",
    "Page",
    "Paragraph",
    "RawDocument",
    "Section",
]
