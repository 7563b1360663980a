"""Printed labels of UN and forum documents: paragraph numbers, lettered items, heading numbers.

Shared by normalisation (to know where a block starts) and structure (to classify blocks).
"""

from __future__ import annotations

import re

#: "57. text" — a numbered paragraph.
NUMBERED = re.compile(r"^\s*(?P<label>\d{1,3})\.(?:\s+(?=\S)|\s*$)")
#: "q) text", "(q) text", "iv) text" — a lettered or roman-lettered item.
LETTERED = re.compile(r"^\s*\(?(?P<label>[a-z]{1,2}|[ivx]{1,5})\)(?:\s+(?=\S)|\s*$)")
#: "• text", "- text", "– text"
BULLET = re.compile(r"^\s*(?P<label>[•▪◦●○■□➢►✓‣⁃]|[-–—*](?=\s))\s*(?=\S)")
#: "IV. Title" — a roman-numbered heading.
ROMAN = re.compile(r"^\s*(?P<label>(?=[IVXL])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3}))\.\s+(?=\S)")
#: "A. Title" — a capital-letter heading.
CAPITAL = re.compile(r"^\s*(?P<label>[A-Z])\.\s+(?=\S)")
#: "2.1.1 Title" or "2.1. Title" — a decimal heading.
DECIMAL = re.compile(r"^\s*(?P<label>\d{1,2}(?:\.\d{1,2}){1,4})\.?\s+(?=\S)")
#: Markdown heading "## text".
MARKDOWN_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+")
#: A footnote separator line: underscores, or (in text converted from PDF) a long run of spaces.
FOOTNOTE_SEPARATOR = re.compile(r"^\s*_{5,}\s*$")
FOOTNOTE_SEPARATOR_SPACES = re.compile(r"^ {20,}$")
#: "1  Footnote text" at the start of a footnote.
FOOTNOTE_START = re.compile(r"^\s{0,2}(?P<label>\d{1,3})\s{1,4}(?=[^\W\d_]|[«“\"(\[])")
#: "\\* text" or "* text" symbol footnotes (Markdown-escaped asterisks).
SYMBOL_FOOTNOTE = re.compile(r"^\s*(?P<label>(?:\\\*)+|\*+|†|‡)\s+(?=\S)")

TERMINAL_PUNCTUATION = tuple(".:;!?»\"”)]…")
#: Any footnote start, numbered or symbol.
NOTE_START = re.compile(FOOTNOTE_START.pattern + "|" + SYMBOL_FOOTNOTE.pattern.replace("?P<label>", "?P<symbol>"))
#: A table-of-contents entry: "4. Findings ........ 12".
TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){4,}|_{4,})\s*\d{1,4}\s*$")


def follows_note(number: int, previous: int | None) -> bool:
    """Whether a footnote numbered `number` can come after note `previous` (None: no note yet).

    Numbering restarts on some documents (per chapter), so 1 is always accepted.
    """
    return previous is None or number in (previous + 1, 1)
