"""A PDF document in the reader, over the real thing (``tests.desktop.docapp``: a live server, a
signed-in, synced, encrypted cache): "Not yet available offline" and "Download", then the
viewer; page 3, search, a note on the page through the side panel; Markdown as before."""

# pytest-qt has no type hints:
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import make_session
from desktop.core.session import Session
from desktop.services import Services
from desktop.ui.document_pane import DocumentPane
from desktop.ui.runner import ImmediateRunner
from protocol.documents import DocumentRevisionRequest
from server.services import publishing
from tests.desktop.docapp import BUDGET_PAGES, DocWorld, doc_world, make_pdf  # noqa: F401

DAY = date(2026, 11, 27)


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


@pytest.fixture
def reading(doc_world: DocWorld, qtbot: QtBot) -> Iterator[Reading]:  # noqa: F811
    """Alice's synced cache (no file downloaded yet) and a reader pane over it."""
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


def test_a_pdf_not_yet_offline_offers_download_then_shows_in_the_viewer(
    reading: Reading, qtbot: QtBot
) -> None:
    pdf = reading.world.content.pdf
    reading.open(pdf.id)
    view = reading.pane.pdf
    assert view is not None and reading.pane.showing_pdf
    assert view.missing_note.isVisible()
    assert view.missing_note.text().startswith("Not yet available offline")
    assert view.download_button.isVisible() and view.download_button.text() == "&Download"
    assert view.viewer.page_count == 0
    qtbot.mouseClick(view.download_button, Qt.MouseButton.LeftButton)
    assert view.viewer.page_count == 3
    assert view.stack.currentWidget() is view.viewer
    qtbot.waitUntil(lambda: view.progress.value() == 100)
    assert view.progress_label.text().endswith("(100 %)")
    assert view.viewer.pages.watermark == "Alice Martin — 27/11/2026"
    assert reading.services.board_files.state(pdf.file.sha256).ready  # type: ignore[union-attr]
    # Opened again later, it comes straight from the encrypted cache.
    reading.open(reading.world.content.note.id)
    assert not reading.pane.showing_pdf
    reading.open(pdf.id)
    assert view.viewer.page_count == 3


def test_open_a_pdf_go_to_page_3_search_a_word_and_add_a_note_to_the_page(
    reading: Reading, qtbot: QtBot
) -> None:
    pdf = reading.world.content.pdf
    reading.services.board_files.download([pdf.file.sha256])  # type: ignore[union-attr]
    reading.open(pdf.id)
    viewer = reading.pane.pdf.viewer  # type: ignore[union-attr]
    panel = reading.pane.panel
    assert panel is not None and not panel.isVisible()  # no news in it: shown on demand
    reading.pane.panel_button.click()  # "Notes and comments (F9)"
    assert panel.isVisible() and reading.pane.panel_button.isChecked()
    assert viewer.page_count == 3 and not viewer.allow_copy
    assert viewer.print_action is None and viewer.save_action is None

    viewer.go_to_page(2)
    assert viewer.current_page == 2
    assert panel.notes.current_page == 2  # the panel follows the page being read

    viewer.go_to_page(0)
    viewer.search("solvabilit")
    qtbot.waitUntil(lambda: viewer.search_bar.count == 1)
    assert viewer.current_page == 2  # "La réserve de solvabilité…" is on page 3
    assert viewer.search_bar.count_label.text() == "Result 1 of 1"

    viewer.pages.setFocus()
    qtbot.keyClick(
        viewer.pages,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    notes = panel.notes
    assert notes.editor_box.isVisible() and notes.editor.hasFocus()
    assert "3" in notes.anchor_label.text()
    notes.editor.insertPlainText("Vérifier le ratio avec l'actuaire")  # QTest types ASCII only
    notes.save()
    saved = reading.services.document_extras.annotations(pdf.id)
    assert [(note.page, note.body) for note in saved] == [(2, "Vérifier le ratio avec l'actuaire")]

    # Opening the note from the panel goes back to its page.
    viewer.go_to_page(0)
    panel.page_requested.emit(2)
    assert viewer.current_page == 2


def test_a_markdown_document_shows_as_before_with_its_panel(reading: Reading) -> None:
    note = reading.world.content.note
    reading.open(note.id)
    assert not reading.pane.showing_pdf
    assert "Le budget 2026 reste prudent." in reading.pane.reader.toPlainText()
    assert reading.pane.current_page is None
    assert reading.pane.panel is not None and reading.pane.panel.document_id == note.id
    reading.pane.add_note_action.trigger()
    assert reading.pane.panel.notes.editor_box.isVisible()
    assert not reading.pane.banner.isVisible()


def test_a_file_in_the_cache_that_does_not_render_shows_the_message(
    reading: Reading, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = reading.world.content.pdf
    files = reading.services.board_files
    files.download([pdf.file.sha256])  # type: ignore[union-attr]
    # A fault: the cache hands back bytes QtPdf cannot open.
    monkeypatch.setattr(type(files), "read", lambda self, sha256: b"%PDF-1.4 broken")
    reading.open(pdf.id)
    viewer = reading.pane.pdf.viewer  # type: ignore[union-attr]
    assert viewer.showing_message
    assert viewer.message.text().startswith("This document cannot be shown")


def test_a_pdf_revised_since_the_member_read_it_says_so_above_the_pages(
    reading: Reading,
) -> None:
    pdf = reading.world.content.pdf
    reading.services.store.mark_read(pdf.id, datetime.now(UTC), version=1)
    reading.open(pdf.id)
    assert not reading.pane.banner.isVisible()
    kit = reading.world.kit
    new = publishing.store_file(
        kit.engine, make_pdf("Budget 2026", [*BUDGET_PAGES, "Annexe."]), None
    )
    publishing.revise(
        kit.engine,
        None,
        pdf.id,
        DocumentRevisionRequest(file_sha256=new.file.sha256, change_note="Annexe ajoutée."),
    )
    reading.session.sync()
    reading.open(pdf.id)
    assert reading.pane.banner.isVisible()
    assert reading.pane.banner.text().startswith("Updated since you read it")
    view = reading.pane.pdf
    assert view is not None and view.missing_note.isVisible()  # the new file is not here yet
    # Fetched meanwhile (the board pack download): the new version shows at once.
    reading.services.board_files.download([new.file.sha256])
    reading.pane.refresh()
    assert view.viewer.page_count == 4


@pytest.mark.parametrize("which", ["pdf", "note"])
def test_a_document_open_while_its_member_leaves_the_committee_is_closed_and_says_why(
    reading: Reading, which: str
) -> None:
    doc = getattr(reading.world.content, which)
    if doc.file is not None:
        reading.services.board_files.download([doc.file.sha256])
    reading.open(doc.id)
    pane = reading.pane
    kit = reading.world.kit
    kit.remove_from_committee(reading.world.org.alice, reading.world.committee_a)
    reading.session.sync()
    pane.refresh()  # what the window does when documents change

    assert pane.detail is None and pane.document_id is None
    assert pane.pdf is not None and pane.pdf.viewer.page_count == 0
    assert not pane.showing_pdf and pane.panel is not None and not pane.panel.isVisible()
    assert "Le budget 2026" not in pane.reader.toPlainText()
    assert "no longer available" in pane.reader.toPlainText()
