"""Group lines into blocks (paragraph candidates), joining soft line breaks and line-end hyphenation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from migradev.model import MappedStr
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
from migradev.normalise.characters import fix_characters, strip_markdown
from migradev.normalise.dictionary import Dictionary
from migradev.normalise.lines import Line

_MAX_SHORT_HEADING = 80
_NOT_HEADING_END = tuple(c for c in TERMINAL_PUNCTUATION if c not in ")»”") + (",", "-")
_HORIZONTAL_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_HYPHEN_END = re.compile(r"(?P<word>[^\W\d_][\w’']*)-$")
_WORD_START = re.compile(r"^(?P<word>[^\W\d_][\w’']*)")


@dataclass
class Block:
    text: MappedStr
    page: int | None
    #: Markdown heading level when the source marked one ("## ...").
    heading_level: int | None = None
    #: The source set the block in bold (Markdown "**...**").
    bold: bool = False
    #: The block started at a printed label (paragraph number, item letter, bullet).
    labelled: bool = False
    #: Page where the block ends, when it runs over a page break.
    last_page: int | None = None

    def __post_init__(self) -> None:
        if self.last_page is None:
            self.last_page = self.page


def build_blocks(
    lines: list[Line],
    dictionary: Dictionary,
    *,
    markdown: bool,
    merge_continuations: bool,
    extra_start: re.Pattern[str] | None = None,
) -> list[Block]:
    groups: list[tuple[list[MappedStr], int | None, int | None, bool, bool]] = []
    current: list[MappedStr] = []
    meta: dict = {}

    def flush() -> None:
        nonlocal current, meta
        if current:
            groups.append((current, meta["page"], meta.get("level"), meta.get("bold", False), meta["labelled"]))
        current, meta = [], {}

    lines = _attach_lone_labels(lines)
    lengths = sorted(len(line.plain.strip()) for line in lines if line.plain.strip())
    short_line = 0.7 * lengths[len(lengths) // 2] if lengths else _MAX_SHORT_HEADING
    previous_ended_sentence = True
    for line in lines:
        text = fix_characters(line.text)
        level, bold = None, False
        if markdown:
            if _HORIZONTAL_RULE.match(text.text):
                text = text[0:0]
            text, level, bold = strip_markdown(text)
        plain = text.text
        if not plain.strip():
            flush()
            previous_ended_sentence = True
            continue
        numbered = NUMBERED.match(plain) is not None
        lettered = LETTERED.match(plain) is not None and previous_ended_sentence
        bullet = BULLET.match(plain) is not None
        extra = extra_start is not None and extra_start.match(plain) is not None
        starts_label = numbered or lettered or bullet or extra
        heading_label = any(p.match(plain) for p in (ROMAN, CAPITAL, DECIMAL))
        heading_like = heading_label and (previous_ended_sentence or _is_heading_line(current, short_line))
        if current and (
            starts_label or heading_like or level is not None or _ends_short_heading(current, plain, short_line)
        ):
            flush()
        if not current:
            meta = {"page": line.page, "level": level, "bold": bold, "labelled": starts_label}
        current.append(text)
        previous_ended_sentence = plain.rstrip().endswith((".", ":", ";", ",", "?", "!")) or bool(
            TOC_LINE.search(plain)
        )

    flush()
    blocks = [
        Block(_join_lines(parts, dictionary), page, level, bold, labelled)
        for parts, page, level, bold, labelled in groups
    ]
    blocks = [b for b in blocks if b.text.text]
    if merge_continuations:
        blocks = _merge_continuations(blocks, dictionary)
    return blocks


_LONE_LABEL = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[IVXL]{1,5}\.|[A-Z]\.|[•▪◦●○■□➢►✓‣⁃\-–—])\s*$"
)


def _attach_lone_labels(lines: list[Line]) -> list[Line]:
    """PDF layouts often put a label on a line of its own ("2.1." then "Context and design"): rejoin them."""
    result: list[Line] = []
    pending: Line | None = None
    for line in lines:
        if pending is not None:
            if line.is_blank():
                continue
            joined = pending.text.strip() + MappedStr.inserted(" ", pending.text.end) + line.text.strip()
            result.append(Line(joined, pending.page))
            pending = None
            continue
        if _LONE_LABEL.match(line.plain) and line.plain.strip():
            pending = line
            continue
        result.append(line)
    if pending is not None:
        result.append(pending)
    return result


def _ends_short_heading(current: list[MappedStr], next_line: str, short_line: float) -> bool:
    """A lone short line without final punctuation, followed by a capitalised line, is a heading."""
    if len(current) != 1:
        return False
    first = current[0].text.strip()
    nxt = next_line.strip()
    if not nxt[:1].isupper() or first.endswith(_NOT_HEADING_END):
        return False
    numbered = NUMBERED.match(first)
    if numbered:
        # "1. Introduction" then body text; a numbered paragraph's first line runs the full width.
        rest = first[numbered.end() :]
        return rest[:1].isupper() and _is_heading_line(current, short_line)
    if any(p.match(first) for p in (ROMAN, CAPITAL, DECIMAL)):
        return len(first) <= 2 * _MAX_SHORT_HEADING  # "2.3 Organisations régionales ..." then body text
    return first[:1].isupper() and _is_heading_line(current, short_line)


def _is_heading_line(current: list[MappedStr], short_line: float) -> bool:
    """The block so far is one short line without final punctuation: a heading ("4. Findings")."""
    if len(current) != 1:
        return False
    first = current[0].text.strip()
    return 0 < len(first) <= min(_MAX_SHORT_HEADING, short_line) and not first.endswith(_NOT_HEADING_END)


def _join_lines(parts: list[MappedStr], dictionary: Dictionary) -> MappedStr:
    pieces: list[MappedStr] = []
    previous: MappedStr | None = None
    for part in parts:
        part = part.strip()
        if not part.text:
            continue
        if previous is not None:
            drop_hyphen, glue = _line_joint(previous.text, part.text, dictionary)
            if drop_hyphen:
                pieces[-1] = pieces[-1][:-1]
            if glue:
                pieces.append(MappedStr.inserted(glue, previous.end))
        pieces.append(part)
        previous = part
    joined = MappedStr.concat(pieces)
    return joined.sub(_SPACES, lambda m: " ")


def _join_two(left: MappedStr, right: MappedStr, dictionary: Dictionary) -> MappedStr:
    if not left.text:
        return right
    drop_hyphen, glue = _line_joint(left.text, right.text, dictionary)
    if drop_hyphen:
        left = left[:-1]
    return left + MappedStr.inserted(glue, left.end) + right if glue else left + right


def _line_joint(left: str, right: str, dictionary: Dictionary) -> tuple[bool, str]:
    """How two lines meet: whether the left one loses its final hyphen, and what goes between."""
    if left.endswith("-"):
        hyphen = _HYPHEN_END.search(left[-80:])
        word = _WORD_START.match(right)
        if hyphen and word:
            return _is_line_break_hyphen(hyphen.group("word"), word.group("word"), dictionary), ""
    return False, " "


def _is_line_break_hyphen(before: str, after: str, dictionary: Dictionary) -> bool:
    """True when the hyphen only splits a word at a line end ("pre-" + "mier")."""
    if after[:1].isupper():
        return False  # "Asie-\nPacifique"
    if re.match(r"^[dlcjmnst][’']", after, re.IGNORECASE):
        return False  # "main-\nd’œuvre"
    if dictionary.knows(f"{before}-{after}"):
        return False
    if dictionary.knows(before + after):
        return True
    # Both halves are words on their own: a real compound ("sud-\naméricaine").
    return not (dictionary.knows(before) and dictionary.knows(after))


def _merge_continuations(blocks: list[Block], dictionary: Dictionary) -> list[Block]:
    """Join a block cut by a page break, a footnote zone or a stray blank line."""
    merged: list[Block] = []
    for block in blocks:
        if merged and _continues(merged[-1], block):
            previous = merged[-1]
            previous.text = _join_two(previous.text, block.text, dictionary)
            previous.last_page = block.last_page
            continue
        merged.append(block)
    return merged


def _continues(previous: Block, block: Block) -> bool:
    if block.labelled or block.heading_level is not None or previous.heading_level is not None:
        return False
    prev = previous.text.text.rstrip()
    if prev.endswith(TERMINAL_PUNCTUATION):
        return False
    if not previous.labelled and any(p.match(prev) for p in (ROMAN, CAPITAL, DECIMAL)):
        return False  # a heading, not a broken sentence
    first = block.text.text.lstrip()[:1]
    if first.islower():
        return True
    # Across a page break, a sentence may resume on a capitalised word ("of the\n[page]\nCommittee").
    # In unpaged text converted from PDF, page and footnote breaks left no mark but the broken sentence.
    crossed_page = previous.last_page is None or block.page != previous.last_page
    return crossed_page and prev.endswith(tuple("abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœ,")) and len(prev) > _MAX_SHORT_HEADING
