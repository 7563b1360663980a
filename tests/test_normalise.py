"""Normalisation: hyphenation, OCR repairs, page furniture, and offsets back to the original."""

import re
from pathlib import Path

import pytest

from migradev.model import RawDocument
from migradev.normalise.blocks import build_blocks
from migradev.normalise.dictionary import dictionary_for
from migradev.normalise.lines import split_lines
from migradev.normalise.ocr import repair_ocr
from migradev.model import MappedStr

from conftest import RES_73_6, SG_REPORT, load

FR = dictionary_for("fr")


def _blocks(text: str):
    raw = RawDocument(source=Path("x.txt"), sha256="", format="text", text=text)
    lines = [line for page in split_lines(raw) for line in page]
    return [b.text.text for b in build_blocks(lines, FR, markdown=False, merge_continuations=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le pre-\nmier rapport du Secrétaire général.", "Le premier rapport du Secrétaire général."),
        ("la main-\nd'œuvre qualifiée des pays.", "la main-d'œuvre qualifiée des pays."),
        ("la main-\nd’œuvre qualifiée des pays.", "la main-d’œuvre qualifiée des pays."),
        ("la région Asie-\nPacifique et au-delà.", "la région Asie-Pacifique et au-delà."),
        ("la Conférence sud-\naméricaine sur les migrations.", "la Conférence sud-américaine sur les migrations."),
        ("le dévelop-\npement des pays d’origine.", "le développement des pays d’origine."),
        ("une ligne\nqui continue  ici.", "une ligne qui continue ici."),
    ],
)
def test_line_breaks_and_hyphenation(text, expected):
    assert _blocks(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1’Organisation des Nations Unies", "l’Organisation des Nations Unies"),
        ("les Etats Membres et l’Etat partie", "les États Membres et l’État partie"),
        ("le d¢veloppement et la coop¢ration", "le développement et la coopération"),
        ("Le rapport est paru. 11 a été adopté.", "Le rapport est paru. Il a été adopté."),
        ("11 est essentiel de agir.", "Il est essentiel de agir."),
    ],
)
def test_ocr_repairs_confirmed_by_the_dictionary(text, expected):
    assert repair_ocr(MappedStr.from_original(text, 0), FR).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "En Europe, entre 11 et 12 États.",  # "Europe", "En", "Entre" are words; "11" not at sentence start
        "Il y avait 11 pays, dont 1 seul en Asie.",
        "Les articles 1 et 11 restent en vigueur.",
    ],
)
def test_valid_words_are_never_rewritten(text):
    assert repair_ocr(MappedStr.from_original(text, 0), FR).text == text


def test_page_furniture_is_removed_from_un_pdf():
    document = load(RES_73_6)
    body = document.text
    assert "2/5" not in body and "5/5" not in body
    assert "18-17962" not in body and "*1817962*" not in body
    # The symbol printed at the top of every page is metadata, not text inside a paragraph.
    assert all("A/RES/73/6" not in p.text for p in document.paragraphs if p.kind == "paragraph")


def test_paragraph_offsets_map_back_to_the_original_text():
    for path in (SG_REPORT, RES_73_6):
        document = load(path)
        original = document.raw.text
        for p in document.paragraphs:
            assert document.text[p.start : p.end] == p.text
            start, end = document.offsets.span_to_original(p.start, p.end)
            source = original[start:end]
            # Same words in the same order, up to line breaks, hyphenation and footnote calls.
            squash = lambda s: re.sub(r"[\W\d_]+", "", s)  # noqa: E731
            assert squash(source).startswith(squash(p.text)[:30]), (p.ref, p.text[:60], source[:60])
            assert squash(source).endswith(squash(p.text)[-20:]), (p.ref, p.text[-60:], source[-60:])
