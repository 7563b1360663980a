"""Bad input gets one clear error naming the reason; nothing is stored for it."""


import pymupdf
import pytest

from migradev import errors
from migradev.pipeline import process_file
from migradev.settings import Settings

from conftest import RES_73_8


def _pdf_bytes() -> bytes:
    return RES_73_8.read_bytes()


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(errors.CorruptFile, match="corrupt PDF"):
        process_file(path, Settings())


def test_pdf_cut_in_half_is_corrupt_or_still_read_whole_pages(tmp_path):
    data = _pdf_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        document = process_file(path, Settings())
    except errors.IngestError as exc:
        assert exc.code in {"corrupt", "image-only", "empty"}
    else:  # MuPDF repairs what it can; what it returns must still be a coherent document
        assert document.paragraphs


def test_encrypted_pdf(tmp_path):
    source = pymupdf.open(RES_73_8)
    path = tmp_path / "locked.pdf"
    source.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    with pytest.raises(errors.EncryptedFile, match="encrypted"):
        process_file(path, Settings())


def test_image_only_pdf(tmp_path):
    source = pymupdf.open(RES_73_8)
    scan = pymupdf.open()
    for page in source:
        pixmap = page.get_pixmap(dpi=50)
        new = scan.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=pixmap)
    path = tmp_path / "scanned.pdf"
    scan.save(path)
    with pytest.raises(errors.NoTextLayer, match="no text layer"):
        process_file(path, Settings())


def test_empty_files(tmp_path):
    for name in ("empty.pdf", "empty.txt", "empty.docx"):
        path = tmp_path / name
        path.write_bytes(b"")
        with pytest.raises(errors.EmptyDocument):
            process_file(path, Settings())
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n \t\n")
    with pytest.raises(errors.EmptyDocument):
        process_file(blank, Settings())


def test_oversized_file(tmp_path):
    path = tmp_path / "big.pdf"
    path.write_bytes(_pdf_bytes())
    with pytest.raises(errors.FileTooLarge, match="above the limit"):
        process_file(path, Settings(max_file_mb=0.01))


def test_too_many_pages(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(_pdf_bytes())
    with pytest.raises(errors.FileTooLarge, match="pages"):
        process_file(path, Settings(max_pages=1))


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "png image"),
        ("table.xlsx", None, "xlsx spreadsheet"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy Office"),
        ("program.bin", b"\x7fELF" + b"\x00" * 64, "executable"),
        ("data.xyz", b"some words", "unknown"),
    ],
)
def test_unsupported_formats(tmp_path, name, data, reason):
    path = tmp_path / name
    if data is None:
        import zipfile

        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
    else:
        path.write_bytes(data)
    with pytest.raises(errors.UnsupportedFormat, match=reason):
        process_file(path, Settings())


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(errors.CorruptFile, match="corrupt DOCX"):
        process_file(path, Settings())


def test_encrypted_docx(tmp_path):
    # Office wraps a password-protected .docx in an OLE container holding an EncryptedPackage stream.
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(errors.EncryptedFile, match="encrypted"):
        process_file(path, Settings())


def test_missing_file(tmp_path):
    with pytest.raises(errors.IngestError, match="cannot open"):
        process_file(tmp_path / "nowhere.pdf", Settings())


def test_docx_zip_bomb_is_refused(tmp_path):
    import zipfile

    import docx

    path = tmp_path / "bomb.docx"
    document = docx.Document()
    document.add_paragraph("1. Un paragraphe ordinaire.")
    document.save(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * 60_000_000)  # deflates to about 60 kB
    assert path.stat().st_size < 200_000
    with pytest.raises(errors.FileTooLarge, match="zip bomb"):
        process_file(path, Settings())
