"""Split the original text into lines, page by page, each a MappedStr without its newline."""

from __future__ import annotations

from dataclasses import dataclass

from migradev.model import MappedStr, RawDocument


@dataclass
class Line:
    text: MappedStr
    page: int | None

    @property
    def plain(self) -> str:
        return self.text.text

    def is_blank(self) -> bool:
        return not self.text.text.strip()


def split_lines(raw: RawDocument) -> list[list[Line]]:
    """Lines grouped by page; an unpaged document is one page numbered None."""
    spans = [(p.number, p.start, p.end) for p in raw.pages] or [(None, 0, len(raw.text))]
    pages: list[list[Line]] = []
    for number, start, end in spans:
        lines: list[Line] = []
        pos = start
        for piece in raw.text[start:end].split("\n"):
            text = piece.replace("\f", " ")
            lines.append(Line(MappedStr.from_original(text, pos), number))
            pos += len(piece) + 1
        pages.append(lines)
    return pages
