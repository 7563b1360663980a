"""Stage 2: from extracted text to clean blocks, keeping a map back to the original offsets.

Steps: split lines (per page) -> drop page furniture -> separate footnote zones -> repair characters
(ftfy, Markdown marks) -> group lines into blocks, joining soft line breaks and hyphenation ->
merge blocks broken by page or footnote breaks -> dictionary-confirmed OCR repairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from migradev.model import RawDocument
from migradev.model.labels import NOTE_START
from migradev.normalise.blocks import Block, build_blocks
from migradev.normalise.dictionary import Dictionary, dictionary_for
from migradev.normalise.furniture import remove_page_furniture
from migradev.normalise.language import detect_language
from migradev.normalise.lines import split_lines
from migradev.normalise.ocr import repair_ocr
from migradev.normalise.zones import split_note_zones


@dataclass
class NormalisedText:
    language: str | None
    body: list[Block]
    notes: list[Block]


def normalise(raw: RawDocument) -> NormalisedText:
    language = detect_language(raw.text[:20000])
    dictionary = dictionary_for(language)
    pages = split_lines(raw)
    if raw.paged:
        pages = remove_page_furniture(pages)
    # DOCX and HTML readers mark headings the Markdown way ("## Title").
    markdown = raw.format in {"markdown", "docx", "html"}
    body_lines, note_lines = split_note_zones(pages, paged=raw.paged, markdown=markdown)
    body = build_blocks(body_lines, dictionary, markdown=markdown, merge_continuations=True)
    notes = build_blocks(
        note_lines,
        dictionary,
        markdown=markdown,
        merge_continuations=False,
        extra_start=NOTE_START,
    )
    for block in body + notes:
        block.text = repair_ocr(block.text, dictionary)
    return NormalisedText(language=language, body=body, notes=notes)


__all__ = ["Block", "Dictionary", "NormalisedText", "normalise"]
