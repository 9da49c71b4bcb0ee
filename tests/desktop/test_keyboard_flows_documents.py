"""Documents by keyboard alone (issue 8): find and read a document, move through a PDF (next
page, go to page, zoom), a note on a PDF page, and searching; over the real thing
(``tests.desktop.docapp``: a live server, a synced encrypted cache, the real main window).
Every key goes to the focused widget (``tests.desktop.keyflow``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from desktop.ui.pdf_viewer import PdfViewer
from tests.desktop.docapp import DocWorld, doc_world
from tests.desktop.keyflow import ALT, CTRL, SHIFT, Keys

__all__ = ["doc_world"]


def open_with_keys(window: MainWindow, keys: Keys, committee_id: str, document_id: str) -> None:
    """Ctrl+1, the committee, Enter, the document, Enter."""
    keys.press(Qt.Key.Key_1, CTRL)
    assert keys.focused() is window.committee_view
    keys.arrow_to(window.committee_view, committee_id)
    keys.press(Qt.Key.Key_Return)
    assert keys.focused() is window.document_view
    keys.arrow_to(window.document_view, document_id)
    keys.press(Qt.Key.Key_Return)


def open_pdf_with_keys(world: DocWorld, window: MainWindow, keys: Keys) -> PdfViewer:
    """The budget PDF chosen, then "Download" reached by Tab and pressed with Space: the
    pages show and take the focus."""
    open_with_keys(window, keys, world.committee_a, world.content.pdf.id)
    pdf = window.document_pane.pdf
    assert pdf is not None
    keys.tab_to(pdf.download_button)
    keys.press(Qt.Key.Key_Space)
    viewer = pdf.viewer
    assert viewer.page_count == 3
    assert keys.focused() is viewer.pages
    return viewer


def test_a_member_finds_a_document_by_committee_and_reads_it_with_the_keyboard(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    keys = Keys(qtbot)
    note = doc_world.content.note
    open_with_keys(window, keys, doc_world.committee_a, note.id)
    assert window.reader.document_id == note.id
    assert "Le budget 2026 reste prudent." in window.reader.toPlainText()
    keys.tab_to(window.reader)  # the text itself, read line by line with the arrows
    keys.press(Qt.Key.Key_Down)
    assert keys.focused() is window.reader
    doc = window.session.library.document(note.id)
    assert doc is not None and not doc.unread  # opening it counts as read


def test_a_download_that_fails_offers_try_again_with_the_focus_on_it(
    doc_world: DocWorld, qtbot: Any
) -> None:
    alice = doc_world.org.alice
    window = doc_world.window(alice, "meetings")
    keys = Keys(qtbot)
    open_with_keys(window, keys, doc_world.committee_a, doc_world.content.pdf.id)
    pdf = window.document_pane.pdf
    assert pdf is not None
    doc_world.cable(alice).unplugged = True  # on a train
    keys.tab_to(pdf.download_button)
    keys.press(Qt.Key.Key_Space)
    assert pdf.failure_note.text().startswith("The download did not finish.")
    assert keys.focused() is pdf.download_button and pdf.download_button.text() == "Try &again"
    doc_world.cable(alice).unplugged = False
    keys.press(Qt.Key.Key_Space)
    assert pdf.viewer.page_count == 3
    assert keys.focused() is pdf.viewer.pages


def test_a_member_moves_through_a_pdf_next_page_go_to_page_and_zoom_by_keys(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    keys = Keys(qtbot)
    viewer = open_pdf_with_keys(doc_world, window, keys)
    assert viewer.current_page == 0
    keys.press(Qt.Key.Key_PageDown)
    assert viewer.current_page == 1
    keys.press(Qt.Key.Key_End)
    assert viewer.current_page == 2
    keys.press(Qt.Key.Key_Home)
    assert viewer.current_page == 0

    # "Go to a page" (Alt+G): the page number field, its number chosen; a number, Enter.
    keys.press(Qt.Key.Key_G, ALT)
    assert keys.focused() is viewer.page_box
    keys.type("3")
    keys.press(Qt.Key.Key_Return)
    assert viewer.current_page == 2
    assert viewer.page_box.value() == 3
    # The same field is reached backwards from the pages with Shift+Tab.
    keys.tab_to(viewer.pages)
    keys.tab_to(viewer.page_box, backwards=True)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("2")
    keys.press(Qt.Key.Key_Return)
    assert viewer.current_page == 1
    keys.press(Qt.Key.Key_PageDown)  # the page keys work from the field too
    assert viewer.current_page == 2
    # The thumbnails: the arrows choose one, Enter goes to its page.
    keys.tab_to(viewer.thumbnails)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert viewer.current_page == 1
    keys.press(Qt.Key.Key_End)
    assert viewer.current_page == 2

    keys.tab_to(viewer.pages)
    fitted = viewer.pages.scale
    keys.press(Qt.Key.Key_Plus, CTRL)
    assert viewer.pages.scale > fitted
    keys.press(Qt.Key.Key_Minus, CTRL)
    keys.press(Qt.Key.Key_Minus, CTRL)
    assert viewer.pages.scale < fitted
    keys.press(Qt.Key.Key_0, CTRL)  # fit to width again
    assert viewer.pages.fitting and abs(viewer.pages.scale - fitted) < 0.01
    assert viewer.current_page == 2  # zooming kept the page being read


def test_a_member_writes_a_note_on_a_pdf_page_with_ctrl_shift_n_and_ctrl_enter(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    keys = Keys(qtbot)
    viewer = open_pdf_with_keys(doc_world, window, keys)
    keys.press(Qt.Key.Key_End)
    keys.press(Qt.Key.Key_N, CTRL | SHIFT)
    panel = window.document_pane.panel
    assert panel is not None and panel.isVisible()
    notes = panel.notes
    assert keys.focused() is notes.editor
    # Changed their mind: Escape closes the editor and goes back to the page being read.
    keys.press(Qt.Key.Key_Escape)
    assert not notes.editor_box.isVisible()
    assert keys.focused() is viewer.pages
    keys.press(Qt.Key.Key_N, CTRL | SHIFT)
    assert keys.focused() is notes.editor
    assert "3" in notes.anchor_label.text()
    keys.type("Vérifier le ratio avec l'actuaire")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not notes.editor_box.isVisible()
    saved = doc_world.services_of(window).document_extras.annotations(doc_world.content.pdf.id)
    assert [(n.page, n.body) for n in saved] == [(2, "Vérifier le ratio avec l'actuaire")]
    assert keys.focused() is notes.list  # the note just written, chosen in the list
    # Back to the first page, then Enter on the note leads back to its page.
    keys.tab_to(viewer.pages, backwards=True)
    keys.press(Qt.Key.Key_Home)
    assert viewer.current_page == 0
    keys.tab_to(notes.list)
    keys.press(Qt.Key.Key_Return)
    assert viewer.current_page == 2


def test_a_member_searches_finds_a_word_in_a_pdf_and_in_all_documents_by_keys(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    keys = Keys(qtbot)
    viewer = open_pdf_with_keys(doc_world, window, keys)
    keys.press(Qt.Key.Key_F, CTRL)
    assert keys.focused() is viewer.search_bar.field
    keys.type("solvabilit")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.search_bar.count == 1)
    assert viewer.current_page == 2  # "La réserve de solvabilité…" is on page 3
    keys.press(Qt.Key.Key_Escape)
    assert keys.focused() is viewer.pages

    # Everything the app holds: Ctrl+Shift+F, words, Down to the results, Enter opens.
    keys.press(Qt.Key.Key_F, CTRL | SHIFT)
    search = window.network.search_view
    assert keys.focused() is search.field
    keys.type("prudent")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Down)
    assert keys.focused() is search.list
    keys.press(Qt.Key.Key_Return)
    assert window.views.currentWidget() is window.splitter
    assert window.reader.document_id == doc_world.content.note.id
