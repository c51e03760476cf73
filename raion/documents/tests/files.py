"""Document files built in code: good ones in each format, and hostile ones."""

import io
import zipfile

import docx
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


def pdf(text="Decision on the district's roads", pages=1):
    document = FPDF()
    for number in range(pages):
        document.add_page()
        document.set_font("Helvetica", size=12)
        document.cell(text=f"{text} {number + 1}")
    return bytes(document.output())


def scanned_pdf():
    """A page with a picture of text and no text layer, as a scanner makes it."""
    document = FPDF()
    document.add_page()
    document.rect(20, 20, 120, 40, style="F")
    return bytes(document.output())


def encrypted_pdf():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf())))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdf_of(objects):
    """A PDF whose numbered objects are `objects` (bytes each), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def page_count_bomb():
    """A page tree that claims a billion pages."""
    return _pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )


def nesting_bomb(depth=50_000):
    """An object of arrays nested `depth` deep."""
    return _pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Bomb 4 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"[" * depth + b"]" * depth,
        ]
    )


def docx_file(text="Order on the harvest"):
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_file(text="Plan of the district's events"):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text><text:p>{text}</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zip_bomb_docx(unpacked=60 * 1024 * 1024):
    """A DOCX whose document part unpacks to `unpacked` bytes of zeros (a thousand to one)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", bytes(unpacked))
    return out.getvalue()
