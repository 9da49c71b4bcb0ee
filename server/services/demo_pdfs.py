"""Real-looking board-pack PDFs for the demo, drawn with fpdf2 when the demo loads (no PDF
file is kept in the repository): a cover page, then one page per section with its heading,
paragraphs, bullet lists and tables; a running header with the organisation and the title,
and "Page n / N" at the foot of each page. The text comes from ``meetings.json``.

The core fonts (Helvetica) write Windows-1252, which covers French (accents, « », €, œ, ’).
"""

from __future__ import annotations

from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

#: The confidentiality line at the foot of every page.
CONFIDENTIAL = "Document confidentiel — réservé aux administrateurs"
_GREY, _BLUE, _BLACK = (110, 110, 110), (31, 64, 115), (20, 20, 20)


def _cp1252(text: str) -> str:
    """Text the core fonts can write (the minus sign as a hyphen, anything else as "?")."""
    return text.replace("\u2212", "-").encode("cp1252", errors="replace").decode("cp1252")


class _Pack(FPDF):
    def __init__(self, organisation: str, title: str) -> None:
        super().__init__(format="A4")
        self.core_fonts_encoding = "cp1252"
        self.organisation, self.doc_title = organisation, title
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(auto=True, margin=22)
        self.alias_nb_pages()
        self.set_title(_cp1252(title))
        self.set_author(_cp1252(organisation))
        self.set_creator("Quorum (démonstration)")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", size=8)
        self.set_text_color(*_GREY)
        self.set_y(10)
        self.cell(0, 5, _cp1252(self.organisation))
        self.set_x(self.l_margin)
        self.cell(0, 5, _cp1252(self.doc_title), align="R")
        self.set_draw_color(*_GREY)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_y(24)
        self.set_text_color(*_BLACK)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*_GREY)
        self.cell(0, 5, _cp1252(CONFIDENTIAL))
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} / {{nb}}", align="R")


def render(spec: dict[str, Any], organisation: str) -> bytes:
    """The PDF of one board-pack document described by ``spec``."""
    pdf = _Pack(organisation, spec["title"])
    _cover(pdf, spec)
    for section in spec.get("sections", []):
        pdf.add_page()
        _section(pdf, section)
    return bytes(pdf.output())


def _cover(pdf: _Pack, spec: dict[str, Any]) -> None:
    pdf.add_page()
    pdf.set_y(30)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(*_BLUE)
    pdf.cell(0, 6, _cp1252(pdf.organisation.upper()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(95)
    pdf.set_font("Helvetica", "B", 24)
    pdf.multi_cell(0, 11, _cp1252(spec["title"]), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=13)
    pdf.set_text_color(*_BLACK)
    for line in spec.get("cover", []):
        pdf.multi_cell(0, 7, _cp1252(line), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*_BLUE)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, 90, pdf.l_margin + 40, 90)
    pdf.set_line_width(0.2)


def _section(pdf: _Pack, section: dict[str, Any]) -> None:
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(*_BLUE)
    _lines(pdf, section["heading"], 8)
    pdf.ln(3)
    pdf.set_text_color(*_BLACK)
    for block in section.get("blocks", []):
        if isinstance(block, str):
            _paragraph(pdf, block)
        elif "bullets" in block:
            pdf.set_font("Helvetica", size=10.5)
            for bullet in block["bullets"]:
                _lines(pdf, f"\u2022  {bullet}", 5.6, indent=4)
            pdf.ln(2)
        elif "table" in block:
            _table(pdf, block["table"])
        elif "subheading" in block:
            pdf.set_font("Helvetica", "B", 11.5)
            _lines(pdf, block["subheading"], 6.5)
            pdf.ln(1)


def _paragraph(pdf: _Pack, text: str) -> None:
    pdf.set_font("Helvetica", size=10.5)
    _lines(pdf, text, 5.6)
    pdf.ln(2.5)


def _lines(pdf: _Pack, text: str, height: float, indent: float = 0) -> None:
    """Write ``text`` wrapped at word boundaries, one ``text()`` per line: fpdf2's
    ``multi_cell`` is several times slower, and the demo draws its board pack as it loads."""
    assert pdf.current_font is not None
    # A core font's widths, by character (typed for TrueType fonts' glyph ids).
    widths: dict[str, float] = pdf.current_font.cw  # type: ignore[assignment]
    scale = pdf.font_size / 1000
    width = pdf.w - pdf.l_margin - pdf.r_margin - indent
    space = widths[" "] * scale
    line: list[str] = []
    used = 0.0
    for word in _cp1252(text).split():
        size = sum(widths.get(c, 500) for c in word.encode("cp1252").decode("latin-1")) * scale
        if line and used + space + size > width:
            _line(pdf, " ".join(line), height, indent)
            line, used = [], 0.0
        used += size + (space if line else 0.0)
        line.append(word)
    if line:
        _line(pdf, " ".join(line), height, indent)


def _line(pdf: _Pack, text: str, height: float, indent: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.text(pdf.l_margin + indent, y + 0.5 * height + 0.3 * pdf.font_size, text)
    pdf.set_xy(pdf.l_margin, y + height)


def _table(pdf: _Pack, table: dict[str, Any]) -> None:
    columns: list[str] = table["columns"]
    width = pdf.w - pdf.l_margin - pdf.r_margin
    first = width * table.get("first_width", 0.42)
    rest = (width - first) / max(len(columns) - 1, 1)
    widths = [first] + [rest] * (len(columns) - 1)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(225, 232, 242)
    for n, column in enumerate(columns):
        pdf.cell(widths[n], 7, _cp1252(column), border=1, fill=True, align="L" if n == 0 else "R")
    pdf.ln()
    for row in table["rows"]:
        total = str(row[0]).startswith("Total") or str(row[0]).startswith("Résultat")
        pdf.set_font("Helvetica", "B" if total else "", 9.5)
        for n, value in enumerate(row):
            pdf.cell(widths[n], 6.5, _cp1252(str(value)), border=1, align="L" if n == 0 else "R")
        pdf.ln()
    if note := table.get("note"):
        pdf.set_font("Helvetica", "I", 8.5)
        _lines(pdf, note, 4.5)
    pdf.ln(3)
