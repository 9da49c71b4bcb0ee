"""Highlights of PDF text, over the real thing (``tests.desktop.docapp``: a live server, a
signed-in, synced, encrypted cache, the real reader pane): a found word highlighted from the
keyboard, text selected with the mouse and highlighted, both saved as private annotations,
painted on their page (under the watermark, following the zoom), listed in the side panel's
notes, still there when the document is opened again, and gone from the page once deleted."""

# pytest-qt has no type hints:
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from desktop.app import make_session
from desktop.cache.document_records import Annotation
from desktop.core.session import Session
from desktop.services import Services
from desktop.ui.document_pane import DocumentPane
from desktop.ui.pdf_viewer import PdfViewer
from desktop.ui.runner import ImmediateRunner
from tests.desktop.docapp import DocWorld, doc_world  # noqa: F401

DAY = date(2026, 11, 27)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Reading:
    world: DocWorld
    services: Services
    session: Session
    pane: DocumentPane

    def open(self, document_id: str) -> None:
        doc = self.services.store.document(document_id)
        assert doc is not None
        self.pane.show_document(doc, "Commission finances")

    def open_pdf(self) -> PdfViewer:
        pdf = self.world.content.pdf
        assert pdf.file is not None
        self.services.board_files.download([pdf.file.sha256])
        self.open(pdf.id)
        assert self.pane.pdf is not None
        viewer = self.pane.pdf.viewer
        assert viewer.page_count == 3
        return viewer

    def highlights(self) -> list[Annotation]:
        notes = self.services.document_extras.annotations(self.world.content.pdf.id)
        return [note for note in notes if note.kind == "highlight"]


@pytest.fixture
def reading(doc_world: DocWorld, qtbot: QtBot) -> Iterator[Reading]:  # noqa: F811
    """Alice's synced cache and a reader pane over it."""
    alice = doc_world.org.alice
    services = doc_world.services(alice)
    session = make_session(services)
    session.sign_in(doc_world.url, alice.email, alice.password, "tests")
    session.sync()
    pane = DocumentPane(
        ImmediateRunner(),
        services.board_files,
        services.document_extras,
        "Alice Martin",
        today=lambda: DAY,
    )
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    qtbot.waitExposed(pane)
    try:
        yield Reading(doc_world, services, session, pane)
    finally:
        pane.show_placeholder()
        services.close()


def render(viewer: PdfViewer, index: int) -> QImage:
    """The page as painted, without the watermark (so only highlights can differ)."""
    page = viewer.pages.pages[index]
    image = QImage(page.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    page.paint_page(painter, watermark=False)
    painter.end()
    return image


def render_with_and_without_marks(viewer: PdfViewer, index: int) -> tuple[QImage, QImage]:
    page = viewer.pages.pages[index]
    marks = page.marked
    marked = render(viewer, index)
    page.marked = []
    plain = render(viewer, index)
    page.marked = marks
    return marked, plain


def differing(before: QImage, after: QImage, area: QRectF) -> int:
    box = area.toAlignedRect()
    return sum(
        1
        for y in range(box.top(), box.bottom() + 1)
        for x in range(box.left(), box.right() + 1)
        if 0 <= x < before.width()
        and 0 <= y < before.height()
        and before.pixel(x, y) != after.pixel(x, y)
    )


def on_screen(viewer: PdfViewer, rect: tuple[float, float, float, float]) -> QRectF:
    scale = viewer.pages.scale
    x, y, w, h = rect
    return QRectF(x * scale, y * scale, w * scale, h * scale)


def test_a_found_word_highlighted_from_the_keyboard_is_saved_painted_and_kept(
    reading: Reading, qtbot: QtBot
) -> None:
    viewer = reading.open_pdf()
    viewer.search("solvabilité")
    qtbot.waitUntil(lambda: viewer.search_bar.count == 1)
    assert viewer.search_bar.highlight_button.isVisible()
    assert viewer.search_bar.highlight_button.isEnabled()
    assert viewer.search_bar.highlight_button.accessibleName() == "Highlight this passage"
    qtbot.keyClick(viewer.search_bar.field, Qt.Key.Key_H, CTRL_SHIFT)

    [saved] = reading.highlights()
    assert saved.page == 2 and saved.version == 1 and saved.body == ""
    assert "solvabilité" in saved.quote
    size = viewer.document.pagePointSize(2)
    assert saved.rects
    for x, y, w, h in saved.rects:
        assert 0 <= x and 0 <= y and w > 0 and h > 0
        assert x + w <= size.width() and y + h <= size.height()
    assert viewer.status_label.text().startswith("Highlighted on page 3: « solvabilité »")

    # Painted in its own colour, under the watermark, once the search is closed.
    viewer.search_bar.close_search()
    assert not viewer.pages.pages[2].highlights
    assert viewer.pages.pages[2].marked
    marked, plain = render_with_and_without_marks(viewer, 2)
    where = on_screen(viewer, saved.rects[0])
    assert differing(plain, marked, where) > where.width() * where.height() * 0.5
    assert differing(plain, marked, QRectF(0, 0, plain.width(), where.top() - 10)) == 0
    # It follows the zoom.
    viewer.zoom_in()
    marked, plain = render_with_and_without_marks(viewer, 2)
    bigger = on_screen(viewer, saved.rects[0])
    assert bigger.width() > where.width() * 1.2
    assert differing(plain, marked, bigger) > bigger.width() * bigger.height() * 0.5

    # In the side panel's notes, in words.
    notes = reading.pane.panel.notes  # type: ignore[union-attr]
    titles = [notes.model.index(row).data() for row in range(notes.model.rowCount())]
    assert "Highlight · Page 3 · « solvabilité »" in titles

    # Sent at the next sync, and still there when the document is opened again.
    reading.session.sync()
    assert [note.state for note in reading.highlights()] == ["sent"]
    reading.open(reading.world.content.note.id)
    viewer = reading.open_pdf()
    assert [len(page.marked) for page in viewer.pages.pages] == [0, 0, len(saved.rects)]


def test_the_same_result_is_not_highlighted_twice(reading: Reading, qtbot: QtBot) -> None:
    viewer = reading.open_pdf()
    viewer.search("prestations")
    qtbot.waitUntil(lambda: viewer.search_bar.count == 1)
    viewer.search_bar.highlight_button.click()
    viewer.search_bar.highlight_button.click()
    assert len(reading.highlights()) == 1
    assert viewer.status_label.text().startswith("Already highlighted on page 2")


def test_nothing_to_highlight_says_what_to_do(reading: Reading, qtbot: QtBot) -> None:
    viewer = reading.open_pdf()
    viewer.pages.setFocus()
    qtbot.keyClick(viewer.pages, Qt.Key.Key_H, CTRL_SHIFT)
    assert reading.highlights() == []
    assert viewer.status_label.text().startswith("Nothing to highlight")
    assert viewer.status_label.accessibleName() == viewer.status_label.text()


def drag_over_line(viewer: PdfViewer, qtbot: QtBot, index: int, start: int, end: int) -> str:
    """Press on character ``start`` of the page's text and drag to character ``end``; the
    text between them."""
    document = viewer.document
    text = document.getAllText(index).text()
    first = document.getSelectionAtIndex(index, start, 1).boundingRectangle()
    last = document.getSelectionAtIndex(index, end - 1, 1).boundingRectangle()
    page = viewer.pages.pages[index]
    viewer.go_to_page(index)
    scale = viewer.pages.scale

    def pixel(point: QPointF) -> QPoint:
        return QPoint(round(point.x() * scale), round(point.y() * scale))

    press = pixel(QPointF(first.left() + 0.5, first.center().y()))
    release = pixel(QPointF(last.right() - 0.5, last.center().y()))
    qtbot.mousePress(page, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(page, pos=(press + release) / 2)
    qtbot.mouseMove(page, pos=release)
    qtbot.mouseRelease(page, Qt.MouseButton.LeftButton, pos=release)
    return text[start:end]


def test_text_selected_with_the_mouse_shows_and_the_same_key_highlights_it(
    reading: Reading, qtbot: QtBot
) -> None:
    viewer = reading.open_pdf()
    text = viewer.document.getAllText(1).text()
    start = text.index("Les prestations")
    wanted = drag_over_line(viewer, qtbot, 1, start, start + len("Les prestations santé"))
    chosen = viewer.selection.passage
    assert chosen is not None and chosen.page == 1
    assert chosen.quote == wanted == "Les prestations santé"
    assert viewer.pages.pages[1].selected  # shown on the page
    assert viewer.pages.hasFocus()  # the keys now act on the pages

    qtbot.keyClick(viewer.pages, Qt.Key.Key_H, CTRL_SHIFT)
    [saved] = reading.highlights()
    assert (saved.page, saved.quote) == (1, "Les prestations santé")
    assert saved.rects == chosen.rects
    assert viewer.selection.passage is None and not viewer.pages.pages[1].selected
    assert viewer.pages.pages[1].marked

    # A click without a drag selects nothing; Escape forgets a selection.
    drag_over_line(viewer, qtbot, 2, 0, 6)
    assert viewer.selection.passage is not None
    qtbot.keyClick(viewer.pages, Qt.Key.Key_Escape)
    assert viewer.selection.passage is None
    qtbot.mouseClick(viewer.pages.pages[2], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert viewer.selection.passage is None


def test_a_highlight_deleted_in_the_panel_leaves_the_page(reading: Reading, qtbot: QtBot) -> None:
    viewer = reading.open_pdf()
    viewer.search("2,8")
    qtbot.waitUntil(lambda: viewer.search_bar.count == 1)
    qtbot.keyClick(viewer.search_bar.field, Qt.Key.Key_H, CTRL_SHIFT)
    assert viewer.pages.pages[0].marked
    notes = reading.pane.panel.notes  # type: ignore[union-attr]
    assert notes.model.rowCount() == 1
    assert notes.model.index(0).data() == "Highlight · Page 1 · « 2,8 »"
    notes.list.setCurrentIndex(notes.model.index(0))
    notes.delete_button.click()
    notes.confirm_button.click()
    assert reading.highlights() == []
    assert not viewer.pages.pages[0].marked
