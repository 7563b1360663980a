"""Document metadata from the masthead of UN and forum documents and from file properties."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from babel.dates import get_month_names

from migradev.model import Metadata, RawDocument
from migradev.structure.classify import RESOLUTION_TITLE, Classified
from migradev.model import Kind

_MASTHEAD_LINES = 45
#: UN document symbols: A/63/265, A/RES/73/6, E/CN.9/2006/3, ST/ESA/SER.A/XXX, A/C.2/61/L.45...
UN_SYMBOL = re.compile(
    r"\b(?P<symbol>(?:A|E|S|ST|TD|UNEP|ECE|HRC|CRC|CCPR|CERD|CEDAW|CMW|DP|ICEF|A/HRC|E/CN\.\d+|E/ESCAP|E/ECLAC)"
    r"(?:/(?:[A-Z]{1,6}\.?\d*|\d{1,5}[A-Z]?|[A-Z]\.\d+))+(?:/(?:Add|Corr|Rev)\.\d+)*)(?![\w/])"
)
_BODIES = [
    ("General Assembly", "General Assembly"),
    ("Assemblée générale", "Assemblée générale"),
    ("Asamblea General", "Asamblea General"),
    ("Security Council", "Security Council"),
    ("Conseil de sécurité", "Conseil de sécurité"),
    ("Economic and Social Council", "Economic and Social Council"),
    ("Conseil économique et social", "Conseil économique et social"),
    ("Human Rights Council", "Human Rights Council"),
    ("Conseil des droits de l’homme", "Conseil des droits de l’homme"),
    ("Forum mondial sur la migration et le développement", "Forum mondial sur la migration et le développement"),
    ("Global Forum on Migration and Development", "Global Forum on Migration and Development"),
    ("International Organization for Migration", "International Organization for Migration"),
    ("Organisation internationale pour les migrations", "Organisation internationale pour les migrations"),
]
_MASTHEAD = re.compile(r"^(?:Distr|Original|Point|Agenda|Item|Session|Soixante|Sixty|Seventy|Fifty|Le Chargé|The Permanent|Annexe à la lettre|Annex to the letter)", re.I)
_GENERIC_HEADINGS = {
    "résumé", "summary", "resumen", "introduction", "introducción", "contents", "table des matières",
    "índice", "sommaire", "annexe", "annex", "anexo", "foreword", "avant-propos", "preface", "préface",
}


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    months: dict[str, int] = {}
    for locale in ("en", "fr", "es"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                months[name.lower().rstrip(".")] = number
    return months


def _date_pattern() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(m) for m in _month_numbers()), key=len, reverse=True))
    return re.compile(rf"\b(?P<day>\d{{1,2}})(?:er|º|st|nd|rd|th)?\s+(?:de\s+)?(?P<month>{names})\.?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    match = _date_pattern().search(text)
    if not match:
        return None
    try:
        return dt.date(int(match.group("year")), _month_numbers()[match.group("month").lower().rstrip(".")], int(match.group("day")))
    except ValueError:
        return None


def extract_metadata(raw: RawDocument, body: list[Classified], language: str | None) -> Metadata:
    masthead_lines = [line.strip() for line in raw.text.splitlines() if line.strip()][:_MASTHEAD_LINES]
    return Metadata(
        title=_title(raw, body),
        issuing_body=_issuing_body(raw, masthead_lines),
        date=_date(masthead_lines),
        symbol=_symbol(raw, masthead_lines),
        language=language,
    )


def _symbol(raw: RawDocument, lines: list[str]) -> str | None:
    for line in lines:
        match = UN_SYMBOL.fullmatch(line.strip().strip("*\\ "))
        if match:
            return match.group("symbol")
    for key in ("title", "subject"):
        value = raw.properties.get(key, "")
        match = UN_SYMBOL.fullmatch(value.strip())
        if match:
            return match.group("symbol")
    return None


def _date(lines: list[str]) -> dt.date | None:
    for i, line in enumerate(lines):
        if line.lower().startswith("distr"):
            found = parse_date(" ".join(lines[i : i + 3]))
            if found:
                return found
    for line in lines:
        if len(line) <= 40:
            found = parse_date(line)
            if found:
                return found
    return None


def _issuing_body(raw: RawDocument, lines: list[str]) -> str | None:
    head = "\n".join(lines[:15]).replace("**", "")
    for needle, name in _BODIES:
        if needle.lower() in head.lower():
            return name
    author = raw.properties.get("author")
    return author or None


def _title(raw: RawDocument, body: list[Classified]) -> str:
    for item in body[:60]:
        match = RESOLUTION_TITLE.match(item.text.text)
        if match:
            return " ".join(item.text.text[match.end() :].split())
    prop = raw.properties.get("title", "").strip()
    prop = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", prop)
    if len(prop.split()) >= 3 and not UN_SYMBOL.fullmatch(prop) and not re.search(r"\.(docx?|pdf)$", prop, re.I):
        return prop
    headline = raw.properties.get("headline", "")
    if len(headline.split()) >= 2 and not _is_masthead(headline):
        return headline
    for item in body[:40]:
        if item.kind is Kind.HEADING:
            title = " ".join(item.body.text.split())
            if (
                title.lower() not in _GENERIC_HEADINGS
                and len(title.split()) >= 3
                and not _is_masthead(title)
            ):
                return title
    return _title_from_filename(raw.source)


def _is_masthead(text: str) -> bool:
    return bool(_MASTHEAD.match(text)) or any(text.lower() == needle.lower() for needle, _ in _BODIES) or text.lower() in {
        "united nations", "nations unies", "naciones unidas"
    }


def _title_from_filename(path: Path) -> str:
    stem = path.name.split(".")[0]
    words = re.sub(r"[_\-]+", " ", stem).strip()
    return words[:1].upper() + words[1:]
