"""Character-level repairs of a single line: mojibake and width (ftfy), Markdown emphasis and escapes."""

from __future__ import annotations

import re

import unicodedata

import ftfy
from ftfy.badness import is_bad

from migradev.model import MappedStr
from migradev.model.labels import MARKDOWN_HEADING

# Keep typographic quotes and apostrophes: they are part of French typography, not damage.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, fix_line_breaks=False, explain=False)
# Ligatures, full-width forms and HTML entities ftfy would fix even where the text is not "bad".
_FTFY_TARGETS = re.compile(r"[\ufb00-\ufb06\uff01-\uff5e\u0132\u0133\u01c4-\u01cc]|&[a-z]+;|&#")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_MD_ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|>])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u00ad\ufeff]")


def fix_characters(text: MappedStr) -> MappedStr:
    if _CONTROL.search(text.text):
        text = text.sub(_CONTROL, lambda m: "")
    if not _needs_ftfy(text.text):
        return text
    fixed = ftfy.fix_text(text.text, config=_FTFY)
    if fixed != text.text:
        text = _splice_changed(text, fixed)
    return text


def _needs_ftfy(text: str) -> bool:
    """ftfy is slow; most lines are clean. Call it only where it could change something."""
    if text.isascii():
        return False
    return bool(_FTFY_TARGETS.search(text)) or is_bad(text) or not unicodedata.is_normalized("NFC", text)


def _splice_changed(text: MappedStr, fixed: str) -> MappedStr:
    """Keep the exact mapping of the unchanged prefix and suffix; spread the middle."""
    old = text.text
    prefix = 0
    while prefix < min(len(old), len(fixed)) and old[prefix] == fixed[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(fixed)) - prefix
        and old[len(old) - 1 - suffix] == fixed[len(fixed) - 1 - suffix]
    ):
        suffix += 1
    middle = text[prefix : len(old) - suffix].replace_text(fixed[prefix : len(fixed) - suffix])
    return MappedStr.concat([text[:prefix], middle, text[len(old) - suffix :]])


def strip_markdown(text: MappedStr) -> tuple[MappedStr, int | None, bool]:
    """Remove Markdown marks. Returns the text, the heading level if '#'-marked, and whether it opened bold."""
    level = None
    match = MARKDOWN_HEADING.match(text.text)
    if match:
        level = len(match.group("hashes"))
        text = text[match.end() :]
    bold = text.text.lstrip().startswith("**")
    text = text.sub(_MD_EMPHASIS, lambda m: "")
    text = text.sub(_MD_ESCAPE, lambda m: m.group("char"))
    return text, level, bold
