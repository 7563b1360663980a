"""Build the heading tree and give each block the section it falls under."""

from __future__ import annotations

from dataclasses import dataclass

from migradev.model import Kind
from migradev.structure.classify import Classified


@dataclass
class OpenSection:
    seq: int
    level: int
    scheme: str
    label: str | None
    path: str | None
    title: str
    parent_seq: int | None
    block_index: int


def build_sections(items: list[Classified]) -> tuple[list[OpenSection], list[int | None]]:
    """Sections in reading order, and for each block the seq of its innermost section."""
    sections: list[OpenSection] = []
    stack: list[OpenSection] = []
    owner: list[int | None] = []
    for index, item in enumerate(items):
        if item.kind is Kind.HEADING:
            if item.scheme == "unnumbered":
                if item.level is not None:
                    level = item.level
                    while stack and stack[-1].level >= level:
                        stack.pop()
                else:
                    while stack and stack[-1].scheme == "unnumbered":
                        stack.pop()
                    level = stack[-1].level + 1 if stack else 1
            else:
                level = item.level or 1
                while stack and (stack[-1].level >= level or stack[-1].scheme == "unnumbered"):
                    stack.pop()
            parent = stack[-1] if stack else None
            section = OpenSection(
                seq=len(sections),
                level=level,
                scheme=item.scheme or "unnumbered",
                label=item.ref,
                path=_path(item, stack),
                title=" ".join(item.body.text.split()),
                parent_seq=parent.seq if parent else None,
                block_index=index,
            )
            sections.append(section)
            stack.append(section)
        owner.append(stack[-1].seq if stack else None)
    return sections, owner


def _path(item: Classified, stack: list[OpenSection]) -> str | None:
    labelled_ancestor = next((s for s in reversed(stack) if s.path), None)
    if item.ref is None:
        return labelled_ancestor.path if labelled_ancestor else None
    if item.scheme == "capital" and labelled_ancestor and labelled_ancestor.scheme == "roman":
        return f"{labelled_ancestor.path}.{item.ref}"
    return item.ref
