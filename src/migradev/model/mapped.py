"""Strings that remember, character by character, where they came from in the original text.

Every normalisation step (joining lines, dropping hyphens, repairing OCR errors, removing footnote
calls) edits a MappedStr, so that offsets into the normalised text can always be mapped back to the
original extracted text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


class MappedStr:
    __slots__ = ("text", "origin")

    def __init__(self, text: str, origin: list[int]):
        if len(text) != len(origin):
            raise ValueError("text and origin must have the same length")
        self.text = text
        self.origin = origin

    @classmethod
    def from_original(cls, text: str, start: int) -> MappedStr:
        return cls(text, list(range(start, start + len(text))))

    @classmethod
    def inserted(cls, text: str, at: int) -> MappedStr:
        """Text that has no counterpart in the original, anchored at original offset `at`."""
        return cls(text, [at] * len(text))

    @classmethod
    def concat(cls, parts: Iterable[MappedStr]) -> MappedStr:
        texts: list[str] = []
        origin: list[int] = []
        for part in parts:
            texts.append(part.text)
            origin.extend(part.origin)
        return cls("".join(texts), origin)

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, item: slice) -> MappedStr:
        return MappedStr(self.text[item], self.origin[item])

    def __add__(self, other: MappedStr) -> MappedStr:
        return MappedStr(self.text + other.text, self.origin + other.origin)

    def __repr__(self) -> str:
        return f"MappedStr({self.text!r})"

    @property
    def start(self) -> int:
        return self.origin[0] if self.origin else 0

    @property
    def end(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0

    def strip(self) -> MappedStr:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self[left:right] if right > left else MappedStr("", [])

    def replace_text(self, new_text: str) -> MappedStr:
        """Replace the whole text, spreading the original positions over the new characters."""
        return _respread(new_text, self.origin)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None]) -> MappedStr:
        """Like re.sub, with `repl` returning None to leave a match unchanged."""
        pieces: list[MappedStr] = []
        last = 0
        changed = False
        for match in pattern.finditer(self.text):
            new = repl(match)
            if new is None or new == match.group(0):
                continue
            changed = True
            pieces.append(self[last : match.start()])
            pieces.append(_respread(new, self.origin[match.start() : match.end()], anchor=self._anchor(match.start())))
            last = match.end()
        if not changed:
            return self
        pieces.append(self[last:])
        return MappedStr.concat(pieces)

    def _anchor(self, index: int) -> int:
        if index < len(self.origin):
            return self.origin[index]
        return self.origin[-1] + 1 if self.origin else 0


def _respread(new_text: str, old_origin: list[int], anchor: int = 0) -> MappedStr:
    if not old_origin:
        return MappedStr.inserted(new_text, anchor)
    if len(new_text) == len(old_origin):
        return MappedStr(new_text, list(old_origin))
    n_old = len(old_origin)
    origin = [old_origin[min(n_old - 1, i * n_old // max(1, len(new_text)))] for i in range(len(new_text))]
    return MappedStr(new_text, origin)


@dataclass
class OffsetMap:
    """Compressed map from normalised offsets to original offsets: runs of (norm, orig, length)."""

    runs: list[tuple[int, int, int]]

    @classmethod
    def from_origin(cls, origin: list[int]) -> OffsetMap:
        runs: list[tuple[int, int, int]] = []
        n = len(origin)
        i = 0
        while i < n:
            start = i
            base = origin[i] - i
            i += 1
            # Extend the run while the original advances in step with the normalised text.
            while i < n and origin[i] - i == base:
                i += 1
            runs.append((start, origin[start], i - start))
        return cls(runs)

    def to_original(self, pos: int) -> int:
        """Original offset of the normalised character at `pos`."""
        if not self.runs:
            return pos
        i = bisect.bisect_right(self.runs, (pos, float("inf"), 0)) - 1
        i = max(i, 0)
        n0, o0, length = self.runs[i]
        return o0 + min(max(pos - n0, 0), length - 1)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def to_json(self) -> list[list[int]]:
        return [list(r) for r in self.runs]

    @classmethod
    def from_json(cls, data: list[list[int]]) -> OffsetMap:
        return cls([tuple(r) for r in data])  # type: ignore[misc]
