"""Small real PDFs for tests, made with fpdf2 (no files on disk).

``make_pdf(["page one text", "page two text"])`` gives the bytes of a two-page PDF whose text
pypdf (and QtPdf) can extract. The core fonts cover Latin-1 (French accents included); other
characters are replaced by "?".
"""

from __future__ import annotations

from fpdf import FPDF


def _latin1(text: str) -> str:
    return text.encode("latin-1", errors="replace").decode("latin-1")


def _document(pages: list[str]) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.set_xy(20, 20)
        pdf.multi_cell(170, 7, _latin1(text))
    return pdf


def make_pdf(pages: list[str]) -> bytes:
    """A PDF with one page per string, each page showing its string."""
    return bytes(_document(pages).output())


def make_encrypted_pdf(pages: list[str], password: str = "secret") -> bytes:
    """A PDF that needs a password to open."""
    pdf = _document(pages)
    pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    return bytes(pdf.output())


def make_blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages carry no text (as a scanned document would)."""
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())
