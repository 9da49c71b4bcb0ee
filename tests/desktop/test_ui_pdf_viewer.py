"""The PDF viewer: real PDFs (fpdf2) read from memory, real QtPdf, real widgets offscreen."""

# pytest-qt has no type hints:
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.i18n import install_translations
from desktop.ui.pdf_print import print_pages
from desktop.ui.pdf_viewer import PdfViewer
from desktop.ui.pdf_watermark import watermark_text
from tests.desktop.uikit import Modals
from tests.server.pdfs import make_encrypted_pdf, make_pdf

WATERMARK = "Claire Martin — 27/11/2026"
PAGES = [
    "Ordre du jour de la commission des finances.",
    "Le budget 2026 prevoit des cotisations en hausse.",
    "La reserve de solvabilite atteint 182 % du capital requis.",
    "Les prestations progressent de 4 %.",
    "Annexe : evolution de la reserve sur dix ans.",
]


@pytest.fixture
def viewer(qtbot: QtBot, qapp: QApplication) -> Iterator[PdfViewer]:
    install_translations(qapp, "en")
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def opened(viewer: PdfViewer, allow_copy: bool = False) -> PdfViewer:
    assert viewer.load(make_pdf(PAGES), allow_copy=allow_copy, watermark=WATERMARK, name="b.pdf")
    return viewer


def button_texts(viewer: PdfViewer) -> list[str]:
    return [button.text() for button in viewer.findChildren(QPushButton) if button.isVisible()]


def test_the_watermark_says_the_members_name_and_the_day() -> None:
    assert watermark_text("Claire Martin", date(2026, 11, 27)) == WATERMARK
    assert watermark_text("  ", date(2026, 1, 5)) == "05/01/2026"


def test_a_pdf_opens_from_memory_on_its_first_page_fitted_to_the_width(
    viewer: PdfViewer,
) -> None:
    opened(viewer)
    assert viewer.page_count == 5
    assert viewer.current_page == 0
    assert viewer.page_box.value() == 1
    assert viewer.page_count_label.text() == "of 5"
    assert viewer.pages.fitting
    page = viewer.pages.pages[0]
    room = viewer.pages.viewport().width()
    assert room - 60 <= page.width() <= room  # the page fills the width, margins aside
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    assert viewer.thumbnails.model().rowCount() == 5


def test_going_to_page_3_by_its_number_by_the_buttons_and_by_the_keys(
    viewer: PdfViewer, qtbot: QtBot
) -> None:
    opened(viewer)
    viewer.page_box.setFocus()
    viewer.page_box.lineEdit().selectAll()
    qtbot.keyClicks(viewer.page_box, "3")
    qtbot.keyClick(viewer.page_box, Qt.Key.Key_Return)
    assert viewer.current_page == 2
    assert viewer.thumbnails.currentIndex().row() == 2
    viewer.pages.setFocus()
    qtbot.keyClick(viewer.pages, Qt.Key.Key_PageDown)
    assert viewer.current_page == 3
    qtbot.keyClick(viewer.pages, Qt.Key.Key_PageUp)
    qtbot.keyClick(viewer.pages, Qt.Key.Key_PageUp)
    assert viewer.current_page == 1
    qtbot.keyClick(viewer.pages, Qt.Key.Key_End)
    assert viewer.current_page == 4 and viewer.page_box.value() == 5
    assert not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer.pages, Qt.Key.Key_Home)
    assert viewer.current_page == 0
    viewer.next_button.click()
    viewer.next_button.click()
    assert viewer.current_page == 2
    # The page is at the top of the view.
    top = viewer.pages.verticalScrollBar().value()
    assert abs(viewer.pages.pages[2].y() - top) <= 20


def test_a_thumbnail_chosen_by_click_or_enter_goes_to_its_page(
    viewer: PdfViewer, qtbot: QtBot
) -> None:
    opened(viewer)
    strip = viewer.thumbnails
    rect = strip.visualRect(strip.model().index(1, 0))
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert viewer.current_page == 1
    strip.setFocus()
    strip.setCurrentIndex(strip.model().index(3, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    assert viewer.current_page == 3
    assert strip.model().index(3, 0).data() == "Page 4"
    assert not strip.model().index(3, 0).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_search_counts_the_results_and_jumps_to_their_pages(
    viewer: PdfViewer, qtbot: QtBot
) -> None:
    opened(viewer)
    qtbot.keyClick(viewer.pages, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = viewer.search_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "reserve")
    qtbot.waitUntil(lambda: bar.count == 2)
    assert viewer.current_page == 2  # the first result is shown at once
    assert bar.count_label.text() == "Result 1 of 2"
    assert viewer.pages.pages[2].current  # highlighted
    assert viewer.pages.pages[4].highlights and not viewer.pages.pages[4].current
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert viewer.current_page == 4
    assert bar.count_label.text() == "Result 2 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_page == 2
    bar.field.clear()
    qtbot.keyClicks(bar.field, "introuvable")
    bar.search_now()
    qtbot.wait(200)
    assert bar.count == 0 and bar.count_label.text() == "No result"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not any(page.highlights for page in viewer.pages.pages)


def test_zoom_in_and_out_and_back_to_fit_width(viewer: PdfViewer, qtbot: QtBot) -> None:
    opened(viewer)
    fitted = viewer.pages.scale
    qtbot.keyClick(viewer.pages, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.pages.scale == pytest.approx(fitted * 1.25)
    assert not viewer.pages.fitting
    viewer.zoom_out_button.click()
    viewer.zoom_out_button.click()
    assert viewer.pages.scale == pytest.approx(fitted / 1.25)
    assert viewer.zoom_label.text().endswith("%")
    qtbot.keyClick(viewer.pages, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.pages.fitting and viewer.pages.scale == pytest.approx(fitted)


def render_page(viewer: PdfViewer, index: int, watermark: bool) -> QImage:
    page = viewer.pages.pages[index]
    image = QImage(page.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    page.paint_page(painter, watermark=watermark)
    painter.end()
    return image


def test_every_page_carries_the_watermark(viewer: PdfViewer) -> None:
    opened(viewer)
    for index in (0, 3):
        viewer.go_to_page(index)
        shown = viewer.pages.pages[index].grab().toImage()
        plain = render_page(viewer, index, watermark=False).convertToFormat(shown.format())
        assert shown.size() == plain.size()
        differing = sum(
            1
            for y in range(0, shown.height(), 4)
            for x in range(0, shown.width(), 4)
            if shown.pixel(x, y) != plain.pixel(x, y)
        )
        assert differing > 200, differing  # a long diagonal line of text, not a speck
        # Light: the watermark never darkens white paper to more than a light grey.
        darkest = min(
            QColor(shown.pixel(x, y)).lightness()
            for y in range(0, shown.height(), 4)
            for x in range(0, shown.width(), 4)
            if QColor(plain.pixel(x, y)).lightness() == 255
        )
        assert darkest > 150


def test_print_and_save_are_absent_unless_the_document_allows_copying(
    viewer: PdfViewer,
) -> None:
    opened(viewer, allow_copy=False)
    assert viewer.print_action is None and viewer.save_action is None
    assert not any("Print" in t or "Save" in t for t in button_texts(viewer))
    assert all(
        not action.text() or action.text() not in ("Print…", "Save a copy…")
        for action in viewer.actions()
    )
    viewer.save_copy()  # no way round: nothing happens
    opened(viewer, allow_copy=True)
    assert viewer.print_action is not None and viewer.save_action is not None
    assert {"Print…", "Save a copy…"} <= set(button_texts(viewer))
    opened(viewer, allow_copy=False)
    assert viewer.print_action is None
    assert not any("Print" in t or "Save" in t for t in button_texts(viewer))


def test_save_a_copy_writes_the_bytes_only_where_the_member_chose(
    viewer: PdfViewer, tmp_path: Path
) -> None:
    data = make_pdf(PAGES)
    viewer.load(data, allow_copy=True, watermark=WATERMARK, name="budget.pdf")
    target = tmp_path / "ma copie.pdf"
    modals = Modals()

    def choose(dialog: QFileDialog) -> None:
        assert dialog.selectedFiles()[0].endswith("budget.pdf")  # the name is suggested
        dialog.selectFile(str(target))
        dialog.accept()

    modals.expect(QFileDialog, choose)
    assert viewer.save_copy() == target
    modals.stop()
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ma copie.pdf"]
    modals = Modals().expect(QFileDialog, lambda dialog: dialog.reject())
    assert viewer.save_copy() is None
    modals.stop()
    assert modals.unexpected == []


def test_printing_prints_every_page_watermarked(viewer: PdfViewer, tmp_path: Path) -> None:
    opened(viewer, allow_copy=True)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(viewer.document, printer, WATERMARK) == 5
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 5


@pytest.mark.parametrize(
    "data",
    [
        b"this is not a PDF at all",
        make_pdf(PAGES)[:600],
        make_encrypted_pdf(PAGES),
        b"",
    ],
    ids=["not-a-pdf", "cut", "password", "empty"],
)
def test_a_file_that_cannot_be_shown_says_so_in_the_view(viewer: PdfViewer, data: bytes) -> None:
    assert viewer.load(data, watermark=WATERMARK) is False
    assert viewer.showing_message and viewer.message.isVisible()
    assert viewer.message.text().startswith("This document cannot be shown")
    assert viewer.message.accessibleName() == viewer.message.text()
    assert viewer.page_count == 0
    assert not viewer.find_button.isEnabled() and not viewer.next_button.isEnabled()
    assert viewer.print_action is None
    # A good file afterwards opens normally.
    assert opened(viewer).page_count == 5 and not viewer.showing_message


def test_every_control_has_an_accessible_name(viewer: PdfViewer) -> None:
    opened(viewer, allow_copy=True)
    viewer.search_bar.show()
    for widget in viewer.findChildren(QPushButton):
        assert widget.accessibleName(), widget.text()
    for other in (viewer.page_box, viewer.pages, viewer.thumbnails, viewer.search_bar.field):
        assert other.accessibleName()
    assert viewer.zoom_in_button.accessibleName() == "Zoom in"


def test_the_viewer_looks_clean(viewer: PdfViewer, qtbot: QtBot) -> None:
    opened(viewer, allow_copy=True)
    viewer.go_to_page(2)
    viewer.search("reserve")
    qtbot.waitUntil(lambda: viewer.search_bar.count == 2)
    image = viewer.grab()
    image.save("/tmp/pdf_viewer.png")
    assert image.width() == viewer.width()
    assert viewer.search_bar.count_label.text() == "Result 1 of 2"


def test_search_without_accents_finds_the_accented_words_as_french_is_typed(
    viewer: PdfViewer, qtbot: QtBot
) -> None:
    accented = ["La réserve de solvabilité est dotée.", "Le Fonds de RÉSERVE croît."]
    assert viewer.load(make_pdf(accented), watermark=WATERMARK, name="r.pdf")
    bar = viewer.search_bar

    bar.search("reserve")
    qtbot.waitUntil(lambda: bar.count >= 1)
    assert bar.model.searchString() == "réserve"  # the document's own spelling
    bar.search("solvabilite")
    qtbot.waitUntil(lambda: bar.count == 1)
    assert viewer.current_page == 0
    bar.search("réservé")  # typed with accents: taken as it is, and not in the document
    qtbot.wait(200)
    assert bar.count == 0
