"""Separate footnote zones from body text.

A zone opens at a separator line (underscores, or a long run of spaces in text converted from PDF)
followed by a footnote start. It closes at the end of the page when pages are known; in unpaged text,
where the body resumes: a line indented by the converter that does not start a new footnote.
"""

from __future__ import annotations

from migradev.model.labels import (
    FOOTNOTE_SEPARATOR,
    FOOTNOTE_SEPARATOR_SPACES,
    FOOTNOTE_START,
    SYMBOL_FOOTNOTE,
    follows_note,
)
from migradev.normalise.lines import Line



def _next_filled(lines: list[Line], i: int) -> Line | None:
    for line in lines[i + 1 :]:
        if not line.is_blank():
            return line
    return None


def _starts_next_note(text: str, numbers: list[int]) -> bool:
    match = FOOTNOTE_START.match(text)
    if match is None:
        return False
    return follows_note(int(match.group("label")), numbers[-1] if numbers else None)


def _opens_zone(lines: list[Line], i: int, paged: bool) -> bool:
    text = lines[i].plain
    if paged and FOOTNOTE_SEPARATOR.match(text):
        return True  # on a page, the rule opens a zone even when it holds a note continued from before
    if not (FOOTNOTE_SEPARATOR.match(text) or FOOTNOTE_SEPARATOR_SPACES.match(text)):
        return False
    following = _next_filled(lines, i)
    return following is not None and FOOTNOTE_START.match(following.plain) is not None


def split_note_zones(pages: list[list[Line]], *, paged: bool, markdown: bool) -> tuple[list[Line], list[Line]]:
    body: list[Line] = []
    notes: list[Line] = []
    numbers: list[int] = []  # footnote numbers seen so far, to tell a new note from a line starting with a number
    for lines in pages:
        in_zone = False
        i = 0
        while i < len(lines):
            line = lines[i]
            text = line.plain
            if not in_zone and _opens_zone(lines, i, paged):
                in_zone = True
                notes.append(Line(line.text[0:0], line.page))  # blank line: a zone starts a new note block
                i += 1
                continue
            if in_zone and not paged and text[:1].isspace() and text.strip() and not _starts_next_note(text, numbers):
                in_zone = False
            if in_zone:
                match = FOOTNOTE_START.match(text)
                if match and _starts_next_note(text, numbers):
                    numbers.append(int(match.group("label")))
            if in_zone:
                notes.append(line)
            elif markdown and SYMBOL_FOOTNOTE.match(text) and text.lstrip().startswith("\\*"):
                # An escaped asterisk at line start is a footnote in Markdown converted from UN documents.
                notes.append(Line(line.text[0:0], line.page))
                notes.append(line)
                body.append(Line(line.text[0:0], line.page))
            else:
                body.append(line)
            i += 1
        if in_zone:
            notes.append(Line(lines[-1].text[0:0], lines[-1].page))
    return body, notes
