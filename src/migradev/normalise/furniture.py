"""Drop running headers, footers, page numbers and UN job numbers from paged documents."""

from __future__ import annotations

import math
import re
from collections import Counter

from migradev.model.labels import FOOTNOTE_SEPARATOR
from migradev.normalise.lines import Line

_ZONE = 5  # lines examined at the top and at the bottom of each page
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|p\.|página)\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*$"
    r"|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$"
    r"|^\s*(?:page\s+)?\d{1,4}\s+(?:of|de|sur|sobre)\s+\d{1,4}\s*$",
    re.IGNORECASE,
)
#: UN job numbers ("18-17962 (E)  021118") and their barcodes ("*1817962*").
_JOB_NUMBER = re.compile(r"^\s*\d{2}-\d{5}\s*(?:\([A-Z]\))?[\s\d/]*$|^\s*\*\d{6,8}\*\s*$")


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.plain.split()).lower())


def _zone_indices(lines: list[Line]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if not line.is_blank()]
    return sorted(set(filled[:_ZONE] + filled[-_ZONE:]))


def remove_page_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(lines[i]) for i in _zone_indices(lines)})
    n = len(pages)
    threshold = max(3, math.ceil(0.4 * n)) if n >= 3 else math.inf
    cleaned: list[list[Line]] = []
    for lines in pages:
        # Job numbers and barcodes are unmistakable wherever they sit on the page.
        drop = {i for i, line in enumerate(lines) if _JOB_NUMBER.match(line.plain)}
        for i in _zone_indices(lines):
            text = lines[i].plain
            if FOOTNOTE_SEPARATOR.match(text):
                continue
            if _PAGE_NUMBER.match(text) or _JOB_NUMBER.match(text) or counts[_key(lines[i])] >= threshold:
                drop.add(i)
        cleaned.append([line for i, line in enumerate(lines) if i not in drop])
    return cleaned
