"""Stage 3: give normalised blocks their structure: metadata, heading tree, paragraphs, items, footnotes."""

from __future__ import annotations

from migradev.model import Document, Kind, MappedStr, OffsetMap, Paragraph, RawDocument, Section
from migradev.normalise import NormalisedText
from migradev.normalise.language import detect_language
from migradev.structure.classify import classify
from migradev.structure.footnotes import link_notes, parse_notes
from migradev.structure.metadata import extract_metadata
from migradev.structure.sections import build_sections

_SEPARATOR = "\n\n"


def build_document(raw: RawDocument, normalised: NormalisedText) -> Document:
    items = classify(normalised.body)
    notes = parse_notes(normalised.notes)
    link_notes(notes, items, paged=raw.paged)
    open_sections, owner = build_sections(items)
    section_path = {s.seq: s.path for s in open_sections}

    pieces: list[MappedStr] = []
    length = 0
    paragraphs: list[Paragraph] = []
    doc_language = normalised.language

    def append(text: MappedStr) -> int:
        nonlocal length
        if pieces:
            pieces.append(MappedStr.inserted(_SEPARATOR, pieces[-1].end))
            length += len(_SEPARATOR)
        start = length
        pieces.append(text)
        length += len(text)
        return start

    heading_paragraph: dict[int, int] = {}  # section seq -> paragraph index
    for index, item in enumerate(items):
        block_start = append(item.text)
        body = item.body
        lead = len(body.text) - len(body.text.lstrip())
        text = body.text.strip()
        start = block_start + item.body_start + lead
        section_seq = owner[index]
        paragraph = Paragraph(
            seq=len(paragraphs),
            kind=item.kind,
            ref=item.ref,
            text=text,
            start=start,
            end=start + len(text),
            section_seq=section_seq,
            section=section_path.get(section_seq) if section_seq is not None else None,
            language=detect_language(text, default=doc_language),
            page=item.block.page,
        )
        if item.kind is Kind.HEADING and section_seq is not None:
            heading_paragraph[section_seq] = paragraph.seq
        paragraphs.append(paragraph)
    body_end = length

    for note in notes:
        block_start = append(note.full)
        lead = len(note.full) - len(note.text)
        text = note.text.text.strip()
        start = block_start + lead + (len(note.text.text) - len(note.text.text.lstrip()))
        caller = paragraphs[note.caller] if note.caller is not None else None
        paragraph = Paragraph(
            seq=len(paragraphs),
            kind=Kind.FOOTNOTE,
            ref=note.label,
            text=text,
            start=start,
            end=start + len(text),
            section_seq=caller.section_seq if caller else None,
            section=caller.section if caller else None,
            language=detect_language(text, default=doc_language),
            page=note.page,
            note_of=caller.seq if caller else None,
        )
        if caller:
            caller.notes.append(note.label)
        paragraphs.append(paragraph)

    mapped = MappedStr.concat(pieces)
    sections = _close_sections(open_sections, heading_paragraph, paragraphs, body_end)
    return Document(
        raw=raw,
        text=mapped.text,
        offsets=OffsetMap.from_origin(mapped.origin),
        metadata=extract_metadata(raw, items, doc_language),
        sections=sections,
        paragraphs=paragraphs,
    )


def _close_sections(open_sections, heading_paragraph, paragraphs, body_end) -> list[Section]:
    sections: list[Section] = []
    for i, s in enumerate(open_sections):
        start = paragraphs[heading_paragraph[s.seq]].start
        end = body_end
        for later in open_sections[i + 1 :]:
            if later.level <= s.level:
                end = paragraphs[heading_paragraph[later.seq]].start
                break
        sections.append(Section(s.seq, s.level, s.label, s.path, s.title, s.parent_seq, start, end))
    return sections
