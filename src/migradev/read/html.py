"""HTML reader on lxml: the block structure (headings, paragraphs, list items) as text blocks."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml import etree

from migradev.errors import CorruptFile
from migradev.model import RawDocument
from migradev.read.text import decode

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "template"}
_BLOCKS = {"p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "caption", "figcaption", "address"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def read(path: Path, data: bytes, *, max_pages: int) -> RawDocument:
    text = decode(data)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise CorruptFile(f"unreadable HTML: {exc}") from exc
    title_el = root.find(".//title")
    properties = {"title": title_el.text_content().strip()} if title_el is not None and title_el.text_content() else {}
    blocks: list[str] = []
    _walk(root.find("body") if root.find("body") is not None else root, blocks)
    return RawDocument(source=path, sha256="", format="html", text="\n\n".join(blocks) + "\n", properties=properties)


def _walk(element: etree._Element, blocks: list[str]) -> None:
    for child in element.iterchildren():
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in _SKIP:
            continue
        if tag in _HEADINGS:
            text = " ".join(child.text_content().split())
            if text:
                blocks.append("#" * _HEADINGS[tag] + " " + text)
        elif tag in _BLOCKS and not any(isinstance(c.tag, str) and c.tag.lower() in _BLOCKS | {"ul", "ol", "table"} for c in child):
            text = " ".join(child.text_content().split())
            if text:
                blocks.append(text)
        else:
            if child.text and child.text.strip() and tag in {"div", "section", "article", "main", "body"}:
                blocks.append(" ".join(child.text.split()))
            _walk(child, blocks)
        if child.tail and child.tail.strip() and element.tag in {"div", "section", "article", "main", "body"}:
            blocks.append(" ".join(child.tail.split()))
