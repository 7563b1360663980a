"""Decide what each body block is: heading, numbered paragraph, lettered item or plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from migradev.model import Kind, MappedStr
from migradev.model.labels import (
    BULLET,
    CAPITAL,
    DECIMAL,
    LETTERED,
    NUMBERED,
    ROMAN,
    TERMINAL_PUNCTUATION,
    TOC_LINE,
)
from migradev.normalise import Block

_MAX_HEADING = 250
_MAX_UNNUMBERED_HEADING = 90
_CAPTION = re.compile(r"^(?:Figure|Fig\.|Carte|Tableau|Graphique|Table|Chart|Map|Gráfico|Cuadro|Mapa|Source|Fuente|Note)\b", re.IGNORECASE)
#: The title line of a UN resolution: "73/6. Fiftieth anniversary of ..."
RESOLUTION_TITLE = re.compile(r"^\s*(?P<label>\d{2,3}/\d{1,4})\.\s+(?=\S)")


@dataclass
class Classified:
    block: Block
    kind: Kind
    ref: str | None
    #: Where the block's own text starts, after its printed label.
    body_start: int
    #: Heading scheme and level (headings only).
    scheme: str | None = None
    level: int | None = None

    @property
    def text(self) -> MappedStr:
        return self.block.text

    @property
    def body(self) -> MappedStr:
        return self.block.text[self.body_start :]


_INLINE_FIRST_ITEM = re.compile(r"[:;]\s+(?=\(?(?:a|i)\)\s)")
_SECOND_ITEM = {"b": "a", "ii": "i"}


def classify(blocks: list[Block]) -> list[Classified]:
    items: list[Classified] = []
    for block in blocks:
        item = _classify(block)
        if item.kind is Kind.ITEM and item.ref in _SECOND_ITEM and items and items[-1].kind in (Kind.PARAGRAPH, Kind.TEXT):
            items[-1:] = _split_inline_first_item(items[-1])
        items.append(item)
    return items


def _split_inline_first_item(item: Classified) -> list[Classified]:
    """"Les États ont proposé : a) de maintenir ...;" followed by "b) ..." on its own line: a) is an item too."""
    match = None
    for match in _INLINE_FIRST_ITEM.finditer(item.text.text, item.body_start):
        pass
    if match is None:
        return [item]
    head = Block(item.text[: match.start() + 1], item.block.page, labelled=item.block.labelled)
    tail = Block(item.text[match.end() :], item.block.page, labelled=True)
    first = Classified(head, item.kind, item.ref, item.body_start, item.scheme, item.level)
    return [first, _classify(tail)]


def _classify(block: Block) -> Classified:
    text = block.text.text
    if TOC_LINE.search(text):
        return Classified(block, Kind.TEXT, None, 0)  # a contents entry, not the heading itself
    stripped = text.rstrip()
    no_final_stop = not stripped.endswith(TERMINAL_PUNCTUATION + (",",)) or stripped.endswith(("»", "”", ")"))
    short = len(stripped) <= _MAX_HEADING

    if block.heading_level is not None or (block.bold and short and no_final_stop):
        for scheme, pattern in (("decimal", DECIMAL), ("numbered", NUMBERED), ("roman", ROMAN), ("capital", CAPITAL)):
            match = pattern.match(text)
            if match:
                label = match.group("label")
                return Classified(block, Kind.HEADING, label, match.end(), scheme, _level(scheme, label))
        return Classified(block, Kind.HEADING, None, 0, "unnumbered", block.heading_level)

    if short and no_final_stop and not stripped.endswith(","):
        for scheme, pattern in (("roman", ROMAN), ("capital", CAPITAL), ("decimal", DECIMAL)):
            match = pattern.match(text)
            if match:
                label = match.group("label")
                return Classified(block, Kind.HEADING, label, match.end(), scheme, _level(scheme, label))
        match = NUMBERED.match(text)
        if match and len(stripped) <= 120 and _title_like(text[match.end() :]):
            label = match.group("label")
            return Classified(block, Kind.HEADING, label, match.end(), "numbered", 1)

    match = NUMBERED.match(text)
    if match:
        return Classified(block, Kind.PARAGRAPH, match.group("label"), match.end())
    match = LETTERED.match(text)
    if match and block.labelled:
        return Classified(block, Kind.ITEM, match.group("label"), match.end())
    match = BULLET.match(text)
    if match:
        return Classified(block, Kind.ITEM, None, match.end())
    if (
        len(stripped) <= _MAX_UNNUMBERED_HEADING
        and stripped[:1].isupper()
        and no_final_stop
        and not stripped.endswith((",", ":", ";"))
        and not _CAPTION.match(stripped)
        and not RESOLUTION_TITLE.match(stripped)
        and sum(ch.isalpha() for ch in stripped) >= 3
        and not re.search(r"\d{4}$", stripped)
    ):
        return Classified(block, Kind.HEADING, None, 0, "unnumbered", None)
    return Classified(block, Kind.TEXT, None, 0)


def _title_like(rest: str) -> bool:
    rest = rest.strip()
    return bool(rest) and (rest[:1].isupper() or rest.isupper())


def _level(scheme: str, label: str) -> int:
    if scheme == "roman":
        return 1
    if scheme == "capital":
        return 2
    if scheme == "decimal":
        return label.count(".") + 1
    return 1
