"""Notes anchored to a passage, over the real thing (``tests.desktop.docapp``): text selected in
a Markdown document, or with the mouse on a PDF page, becomes the quote of the note
"Add a note" (Ctrl+Shift+N) opens; without a selection the note is on the whole document (or
the page being read)."""

# pytest-qt has no type hints:
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import make_session
from desktop.cache.document_records import Annotation
from desktop.core.session import Session
from desktop.services import Services
from desktop.ui.doc_notes import NotesTab
from desktop.ui.document_pane import DocumentPane
from desktop.ui.runner import ImmediateRunner
from protocol.documents import MAX_QUOTE, DocumentPublishRequest
from server.services import publishing
from tests.desktop.docapp import DocWorld, doc_world  # noqa: F401
from tests.desktop.test_ui_pdf_highlights import drag_over_line

DAY = date(2026, 11, 27)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Reading:
    world: DocWorld
    services: Services
    session: Session
    pane: DocumentPane

    @property
    def notes(self) -> NotesTab:
        assert self.pane.panel is not None
        return self.pane.panel.notes

    def open(self, document_id: str) -> None:
        doc = self.services.store.document(document_id)
        assert doc is not None
        self.pane.show_document(doc, "Commission finances")

    def write_note(self, qtbot: QtBot, words: str) -> Annotation:
        """Ctrl+Shift+N on what is shown, type ``words``, save: the note saved."""
        shown = self.pane.pdf.viewer.pages if self.pane.showing_pdf else self.pane.reader  # type: ignore[union-attr]
        shown.setFocus()
        qtbot.keyClick(shown, Qt.Key.Key_N, CTRL_SHIFT)
        assert self.notes.editor_box.isVisible() and self.notes.editor.hasFocus()
        qtbot.keyClicks(self.notes.editor, words)
        qtbot.keyClick(self.notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert self.notes.editor_box.isHidden()
        document_id = self.pane.document_id
        assert document_id is not None
        [note] = [
            n for n in self.services.document_extras.annotations(document_id) if n.body == words
        ]
        return note


@pytest.fixture
def reading(doc_world: DocWorld, qtbot: QtBot) -> Iterator[Reading]:  # noqa: F811
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


def test_a_passage_selected_in_a_markdown_document_anchors_the_note(
    reading: Reading, qtbot: QtBot
) -> None:
    reading.open(reading.world.content.note.id)
    reader = reading.pane.reader
    reader.setTextCursor(reader.document().find("reste prudent"))
    assert reader.textCursor().selectedText() == "reste prudent"

    note = reading.write_note(qtbot, "A verifier en commission")
    assert (note.kind, note.page, note.quote) == ("note", None, "reste prudent")
    titles = [reading.notes.model.index(r).data() for r in range(reading.notes.model.rowCount())]
    assert titles == ["« reste prudent »"]

    # Opening the note finds its passage again.
    reader.moveCursor(reader.textCursor().MoveOperation.Start)
    reading.notes.quote_requested.emit(note.quote)
    assert reader.textCursor().selectedText() == "reste prudent"

    # The note travels: after a sync it is still anchored to its passage.
    reading.session.sync()
    [synced] = reading.services.document_extras.annotations(reading.world.content.note.id)
    assert (synced.quote, synced.state) == ("reste prudent", "sent")


def test_without_a_selection_the_note_is_on_the_whole_document(
    reading: Reading, qtbot: QtBot
) -> None:
    reading.open(reading.world.content.note.id)
    reading.pane.reader.setFocus()
    qtbot.keyClick(reading.pane.reader, Qt.Key.Key_N, CTRL_SHIFT)
    assert reading.notes.anchor_label.text() == "New note on: Whole document"
    reading.notes.cancel()
    note = reading.write_note(qtbot, "Bien")
    assert (note.page, note.quote) == (None, "")


def test_a_long_selection_is_cut_to_what_a_quote_holds(reading: Reading, qtbot: QtBot) -> None:
    world = reading.world
    paragraphs = [f"Paragraphe {n} : les placements restent prudents." for n in range(80)]
    long = publishing.publish(
        world.kit.engine,
        None,
        DocumentPublishRequest(
            title="Rapport long",
            committee_id=world.committee_a,
            body="# Rapport long\n\n" + "\n\n".join(paragraphs) + "\n",
        ),
        author_id=world.org.sara.id,
    )
    reading.session.sync()
    reading.open(long.id)
    reading.pane.reader.selectAll()
    note = reading.write_note(qtbot, "Trop long")
    assert len(note.quote) == MAX_QUOTE
    assert note.quote.startswith("Rapport long") and "Paragraphe 3 : les placements" in note.quote
    assert "\u2029" not in note.quote and "\n" not in note.quote


def test_text_selected_with_the_mouse_on_a_pdf_anchors_the_note_to_its_page(
    reading: Reading, qtbot: QtBot
) -> None:
    pdf = reading.world.content.pdf
    reading.services.board_files.download([pdf.file.sha256])  # type: ignore[union-attr]
    reading.open(pdf.id)
    viewer = reading.pane.pdf.viewer  # type: ignore[union-attr]
    assert viewer.page_count == 3
    text = viewer.document.getAllText(2).text()
    start = text.index("182 %")
    drag_over_line(viewer, qtbot, 2, start, start + len("182 % du capital requis"))
    viewer.go_to_page(0)  # the page read meanwhile does not matter: the passage's does

    note = reading.write_note(qtbot, "Ratio a confirmer")
    assert (note.kind, note.page, note.quote) == ("note", 2, "182 % du capital requis")
    assert note.rects == ()
    # Without a selection, a note on the page being read, as before.
    viewer.selection.clear()
    viewer.go_to_page(1)
    note = reading.write_note(qtbot, "Page deux")
    assert (note.page, note.quote) == (1, "")
