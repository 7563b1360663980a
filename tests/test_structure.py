"""Structure recovered from real documents, checked by hand against the printed originals."""

import datetime as dt
import string

from migradev.model import Kind

from conftest import BRUSSELS, GFMD_RT33, RES_73_3, RES_73_6, SG_REPORT, load


def _numbered(document):
    return [p for p in document.paragraphs if p.kind is Kind.PARAGRAPH]


def test_sg_report_paragraphs_1_to_75_in_order_and_in_their_sections():
    document = load(SG_REPORT)
    numbered = _numbered(document)
    assert [p.ref for p in numbered] == [str(n) for n in range(1, 76)]
    section_of = {p.ref: p.section for p in numbered}
    assert section_of["1"] == "I"
    assert section_of["4"] == "II"
    assert section_of["11"] == "III.A"
    assert section_of["21"] == "III.B"
    assert section_of["26"] == "IV.A"
    assert section_of["44"] == "IV.G"
    assert section_of["57"] == "V.B"
    assert section_of["64"] == "V.C"
    assert section_of["75"] == "VI"
    assert numbered[56].text.startswith("Les processus de consultation régionaux sont des processus informels")


def test_sg_report_heading_tree():
    document = load(SG_REPORT)
    labelled = [(s.path, s.level) for s in document.sections if s.label]
    assert labelled[:5] == [("I", 1), ("II", 1), ("III", 1), ("III.A", 2), ("III.B", 2)]
    assert ("V.B", 2) in labelled and ("VI", 1) in labelled
    v_b = next(s for s in document.sections if s.path == "V.B")
    parent = document.sections[v_b.parent_seq]
    assert parent.path == "V" and parent.title.startswith("Mécanismes de coopération")


def test_sg_report_footnotes_are_separate_and_linked():
    document = load(SG_REPORT)
    notes = [p for p in document.paragraphs if p.kind is Kind.FOOTNOTE]
    assert [n.ref for n in notes] == ["1", "2", "3"]
    by_seq = {p.seq: p for p in document.paragraphs}
    assert by_seq[notes[0].note_of].ref == "21"  # "(voir la figure ci-après)1."
    assert by_seq[notes[2].note_of].kind is Kind.HEADING  # "B. Processus de consultation régionaux3"
    assert "64 États Membres avaient répondu au questionnaire" in notes[0].text
    for p in document.paragraphs:
        if p.kind is not Kind.FOOTNOTE:
            assert "questionnaire à l’intention des États" not in p.text
            assert "Compendium des recommandations" not in p.text
            assert "document de travail intitulé" not in p.text
    # Body text broken by a footnote zone is rejoined, and the call mark removed.
    p26 = next(p for p in _numbered(document) if p.ref == "26")
    assert "le Fonds des Nations Unies pour l’enfance (UNICEF)" in p26.text
    p21 = next(p for p in _numbered(document) if p.ref == "21")
    assert "(voir la figure ci-après)." in p21.text and p21.notes == ["1"]


def test_sg_report_paragraph_71_items():
    document = load(SG_REPORT)
    seq71 = next(p.seq for p in _numbered(document) if p.ref == "71")
    following = document.paragraphs[seq71 + 1 : seq71 + 4]
    assert [(p.kind, p.ref) for p in following] == [(Kind.ITEM, "a"), (Kind.ITEM, "b"), (Kind.ITEM, "c")]
    assert following[0].text.startswith("de maintenir la question des migrations")


def test_brussels_conclusions_items_a_to_t():
    document = load(BRUSSELS)
    items = [p for p in document.paragraphs if p.kind is Kind.ITEM]
    assert [p.ref for p in items] == list(string.ascii_lowercase[:20])
    sections = {p.ref: p.section for p in items}
    assert sections["a"] == "1" and sections["e"] == "2" and sections["j"] == "3"
    assert sections["l"] == "4" and sections["t"] == "5"
    k = next(p for p in items if p.ref == "k")
    assert "ainsi que de programmes détaillés d'immigration" in k.text  # continues after a blank line
    assert document.metadata.date == dt.date(2006, 4, 25)
    note = next(p for p in document.paragraphs if p.kind is Kind.FOOTNOTE)
    assert note.ref == "*" and note.text == "A/61/50 et Corr.1."


def test_gfmd_paper_decimal_and_unnumbered_headings():
    document = load(GFMD_RT33)
    paths = [s.path for s in document.sections if s.label]
    for expected in ["1", "2", "2.1", "2.1.1", "2.2", "2.3", "2.3.1", "3", "3.4", "4.1.1", "4.2", "4.2.3"]:
        assert expected in paths
    east_africa = next(s for s in document.sections if s.title == "En Afrique de l’Est")
    assert east_africa.label is None and east_africa.path == "2.1.1"
    assert document.sections[east_africa.parent_seq].path == "2.1.1"
    notes = [p for p in document.paragraphs if p.kind is Kind.FOOTNOTE]
    assert [n.ref for n in notes] == [str(n) for n in range(1, 17)]
    assert "FMMD2." not in document.text  # the call mark is gone from "et le FMMD2."


def test_un_resolution_metadata_and_operative_paragraphs():
    document = load(RES_73_6)
    meta = document.metadata
    assert meta.symbol == "A/RES/73/6"
    assert meta.date == dt.date(2018, 10, 31)
    assert meta.language == "en"
    assert meta.issuing_body == "General Assembly"
    assert meta.title.startswith("Fiftieth anniversary of the first United Nations Conference")
    operative = _numbered(document)
    assert [p.ref for p in operative] == [str(n) for n in range(1, 15)]
    assert operative[0].text.startswith("Notes with appreciation")
    assert operative[12].text.startswith("Urges the Secretary-General")
    # Paragraph 5 runs over a page break and is joined again.
    assert operative[4].text.endswith("achievement of the Sustainable Development Goals;")
    notes = [p for p in document.paragraphs if p.kind is Kind.FOOTNOTE]
    assert [n.ref for n in notes] == ["1", "2", "3", "4", "5", "6"]
    assert notes[5].text.endswith("A/AC.105/1180 and A/AC.105/1181.")  # continued on the next page


def test_second_resolution():
    document = load(RES_73_3)
    assert document.metadata.symbol == "A/RES/73/3"
    assert document.metadata.title.startswith("Political declaration of the high-level meeting")
    refs = [p.ref for p in _numbered(document)]
    assert refs[:3] == ["1", "2", "3"] and refs == [str(n) for n in range(1, len(refs) + 1)]


def test_language_per_document_and_paragraph():
    assert load(SG_REPORT).metadata.language == "fr"
    assert all(p.language == "fr" for p in _numbered(load(SG_REPORT)))
    assert all(p.language == "en" for p in _numbered(load(RES_73_6)))
