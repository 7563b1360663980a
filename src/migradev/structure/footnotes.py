"""Footnotes: split the note zones into numbered notes and link each to the paragraph that calls it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from migradev.model import MappedStr
from migradev.model.labels import FOOTNOTE_START, SYMBOL_FOOTNOTE, follows_note
from migradev.normalise import Block
from migradev.structure.classify import Classified


@dataclass
class Note:
    label: str
    text: MappedStr  # the note's text, after its label
    full: MappedStr  # the note as printed, label included
    page: int | None
    caller: int | None = None  # index of the calling body block


def parse_notes(blocks: list[Block]) -> list[Note]:
    notes: list[Note] = []
    last_number = 0
    for block in blocks:
        text = block.text
        number = FOOTNOTE_START.match(text.text)
        symbol = SYMBOL_FOOTNOTE.match(text.text)
        if number and follows_note(int(number.group("label")), last_number if notes else None):
            last_number = int(number.group("label"))
            notes.append(Note(number.group("label"), text[number.end() :], text, block.page))
        elif symbol:
            label = symbol.group("label").replace("\\", "")
            notes.append(Note(label, text[symbol.end() :], text, block.page))
        elif notes:
            # A block that starts with no label continues the previous note ("64 États Membres avaient...").
            joiner = MappedStr.inserted(" ", notes[-1].full.end)
            notes[-1].text = notes[-1].text + joiner + text
            notes[-1].full = notes[-1].full + joiner + text
    return notes


def _call_pattern(label: str, *, spaced: bool) -> re.Pattern[str]:
    # The call is a superscript glued to a word or a punctuation mark: "internationales2", "ci-après)1.",
    # "Development,2 of". In PDF text it may come after a space ("activities, 1 at a time").
    number = re.escape(label)
    space = " ?" if spaced else ""
    return re.compile(rf"(?<=[^\W\d_]|[)\]»”\"’,;:]){space}(?P<call>{number})(?=[\s.,;:)\]»”]|$)")


def link_notes(notes: list[Note], body: list[Classified], *, paged: bool) -> None:
    """Find each note's call in reading order, record the caller and remove the call mark from the body.

    In paged documents a note sits on the page of its call, so only blocks on that page are searched.
    """
    cursor_block, cursor_pos = 0, 0
    for note in notes:
        pattern = _call_pattern(note.label, spaced=paged)
        for index in range(cursor_block, len(body)):
            item = body[index]
            if paged and note.page is not None:
                if (item.block.page or 0) > note.page:
                    break
                if (item.block.last_page or 0) < note.page:
                    continue
            start = cursor_pos if index == cursor_block else 0
            match = pattern.search(item.text.text, max(start, item.body_start))
            if match is None:
                continue
            note.caller = index
            a, b = match.span("call")
            if paged and a > 0 and item.text.text[a - 1] == " ":
                a -= 1
            item.block.text = item.text[:a] + item.text[b:]
            cursor_block, cursor_pos = index, a
            break
