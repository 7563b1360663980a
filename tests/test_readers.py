"""DOCX, HTML, Spanish and Latin-1 text go through the same structure recognition."""

import docx

from migradev.model import Kind
from migradev.pipeline import process_file
from migradev.settings import Settings

from conftest import SG_REPORT


def _sg_paragraphs(first: int, last: int) -> list[str]:
    """Real paragraphs of the Secretary-General's report, as single strings."""
    from conftest import load

    return [f"{p.ref}. {p.text}" for p in load(SG_REPORT).paragraphs if p.kind is Kind.PARAGRAPH][first - 1 : last]


def test_docx_headings_numbered_paragraphs_and_table(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Rapport du Secrétaire général sur les migrations internationales"
    document.add_heading("V. Mécanismes de coopération sur les migrations", level=1)
    document.add_heading("B. Processus de consultation régionaux", level=2)
    for text in _sg_paragraphs(57, 59):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Processus de Colombo"
    table.rows[0].cells[1].text = "2003"
    path = tmp_path / "rapport.docx"
    document.save(path)

    result = process_file(path, Settings())
    assert result.metadata.title == "Rapport du Secrétaire général sur les migrations internationales"
    numbered = [p for p in result.paragraphs if p.kind is Kind.PARAGRAPH]
    assert [p.ref for p in numbered] == ["57", "58", "59"]
    assert {p.section for p in numbered} == {"V.B"}
    assert any("Processus de Colombo | 2003" in p.text for p in result.paragraphs)
    assert result.metadata.language == "fr"


def test_html_structure_and_hostile_markup(tmp_path):
    paragraphs = "".join(f"<p>{text}</p>" for text in _sg_paragraphs(1, 3))
    html = f"""<!DOCTYPE html><html><head><title>Suivi du Dialogue de haut niveau</title>
    <script>alert('x')</script><style>p {{color: red}}</style></head>
    <body><nav>Accueil | Menu</nav><h1>I. Introduction</h1>{paragraphs}
    <ul><li>a) premier point;</li><li>b) second point.</li></ul>
    <footer>© Nations Unies</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = process_file(path, Settings())
    assert result.metadata.title == "Suivi du Dialogue de haut niveau"
    assert [p.ref for p in result.paragraphs if p.kind is Kind.PARAGRAPH] == ["1", "2", "3"]
    assert [p.ref for p in result.paragraphs if p.kind is Kind.ITEM] == ["a", "b"]
    assert "alert" not in result.text and "Menu" not in result.text and "©" not in result.text


def test_spanish_text_in_latin1(tmp_path):
    text = (
        "I. Introducción\n\n"
        "1. La Conferencia Suramericana sobre Migraciones reafirmó el compromiso de los Estados "
        "de proteger los derechos humanos de los migrantes y sus familias.\n\n"
        "2. Los gobiernos acordaron fortalecer la cooperación regional en materia de migración "
        "laboral y de remesas, así como el intercambio de información.\n"
    )
    path = tmp_path / "conferencia.txt"
    path.write_bytes(text.encode("latin-1"))
    result = process_file(path, Settings())
    assert result.metadata.language == "es"
    numbered = [p for p in result.paragraphs if p.kind is Kind.PARAGRAPH]
    assert [p.ref for p in numbered] == ["1", "2"]
    assert "remesas, así como" in numbered[1].text
    assert {p.section for p in numbered} == {"I"}


def test_mojibake_is_repaired(tmp_path):
    path = tmp_path / "mojibake.txt"
    good = "1. Les États Membres ont réaffirmé l’importance du développement des migrations internationales."
    path.write_text(good.encode("utf-8").decode("latin-1"), encoding="utf-8")
    result = process_file(path, Settings())
    assert result.paragraphs[0].text == good[3:]
