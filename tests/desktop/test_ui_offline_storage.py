"""Keeping documents offline, the Offline storage dialog and the document list, over the real
thing (``tests.desktop.docapp``): "Keep offline" on a PDF pins it and fetches it at once, a
pinned file stays through a tidy with a tiny budget while an unpinned one goes, the dialog says
the space used in words and keeps the budget chosen, and the list says "PDF" and "Updated"."""

# pytest-qt has no type hints:
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.cache.files import FileStore
from desktop.ui.main_window import MainWindow
from desktop.ui.models import BadgeRole, SubtitleRole
from desktop.ui.storage_dialog import GIB
from protocol.documents import DocumentRevisionRequest
from server.services import meetings, publishing
from tests.desktop.docapp import DocWorld, doc_world, make_pdf

__all__ = ["doc_world"]


def quiet_window(world: DocWorld) -> MainWindow:
    """Alice's window with no background run of its own in the way (syncs still ask for one,
    a minute later)."""
    window = world.window(world.org.alice, "documents", background=True)
    window.offline.background.cancel()
    window.offline.background.delay_ms = 60_000
    return window


def open_in_pane(world: DocWorld, window: MainWindow, document_id: str) -> None:
    window.select_document(world.committee_a, document_id)
    window.open_document(document_id)


def test_keep_offline_pins_a_pdf_fetches_it_at_once_and_says_so_in_words(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    window = quiet_window(doc_world)
    pdf = doc_world.content.pdf
    assert pdf.file is not None
    open_in_pane(doc_world, window, pdf.id)
    keep = window.document_pane.keep_offline
    assert keep.isVisible() and not keep.check.isChecked()
    assert keep.words == "Not yet offline"
    assert keep.check.accessibleName() == "Keep this document offline"

    keep.check.setFocus()
    with qtbot.waitSignal(window.offline.background.files_changed, timeout=15_000):
        qtbot.keyClick(keep.check, Qt.Key.Key_Space)  # by keyboard

    files = doc_world.services_of(window).board_files
    assert files.state(pdf.file.sha256).ready
    assert keep.check.isChecked() and keep.words == "Available offline"
    view = window.document_pane.pdf
    assert view is not None
    qtbot.waitUntil(lambda: view.viewer.page_count == 3, timeout=10_000)


def test_a_markdown_document_has_no_keep_offline_row(doc_world: DocWorld) -> None:
    window = quiet_window(doc_world)
    open_in_pane(doc_world, window, doc_world.content.note.id)
    assert not window.document_pane.keep_offline.isVisible()


def test_a_pinned_file_stays_through_a_tidy_with_a_tiny_budget_an_unpinned_one_goes(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    window = quiet_window(doc_world)
    pdf, report = doc_world.content.pdf, doc_world.content.report
    assert pdf.file is not None and report.file is not None
    files = doc_world.services_of(window).board_files
    with qtbot.waitSignal(window.offline.background.run_finished, timeout=15_000):
        window.offline.background.request(0)
    assert files.state(pdf.file.sha256).ready and files.state(report.file.sha256).ready
    open_in_pane(doc_world, window, pdf.id)
    window.document_pane.keep_offline.check.click()
    files.set_budget(1)  # one byte: nothing unpinned may stay

    dialog = window.offline.storage()
    dialog.show()
    dialog.free_up()

    assert files.state(pdf.file.sha256).ready
    assert not files.state(report.file.sha256).ready
    assert re.fullmatch(r"\d+(\.\d)? MB freed\.", dialog.result_label.text())
    assert dialog.result_label.isVisible()
    dialog.free_up()
    assert dialog.result_label.text() == "Nothing needed freeing: everything kept fits."


def test_the_storage_dialog_says_the_space_used_and_keeps_the_budget_chosen(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    window = quiet_window(doc_world)
    files = doc_world.services_of(window).board_files
    with qtbot.waitSignal(window.offline.background.run_finished, timeout=15_000):
        window.offline.background.request(0)
    used, budget = files.usage()
    assert used > 0 and budget == 2 * GIB

    dialog = window.offline.storage()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert re.fullmatch(r"\d+(\.\d)? MB of 2 GB used", dialog.usage_label.text())
    assert dialog.usage_label.accessibleName() == dialog.usage_label.text()
    assert dialog.retention_label.text().startswith("Your organisation sets no time limit")
    assert dialog.budget_spin.value() == 2.0
    assert dialog.budget_spin.accessibleName() == "Space for offline documents, in gigabytes"
    assert dialog.focusWidget() is dialog.budget_spin  # keyboard first

    dialog.budget_spin.setValue(1.5)

    assert files.usage()[1] == int(1.5 * GIB)
    assert dialog.usage_label.text().endswith("of 1.5 GB used")
    dialog.close()
    again = window.offline.storage()
    assert again.budget_spin.value() == 1.5
    stored = FileStore(doc_world.services_of(window).store)
    assert stored.file_budget() == int(1.5 * GIB)  # in the encrypted cache, for the next start


def test_the_storage_dialog_states_the_organisations_retention_rule(
    doc_world: DocWorld,
) -> None:
    window = quiet_window(doc_world)
    meetings.set_retention(doc_world.kit.engine, 6)
    doc_world.sync(window)
    dialog = window.offline.storage()
    assert dialog.retention_label.text() == (
        "Documents of meetings more than 6 months old leave the cache, "
        "except those you keep offline."
    )
    assert window.offline.storage_action.text() == "&Offline storage…"


def test_the_document_list_says_pdf_and_updated_since_read_in_words(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    window = quiet_window(doc_world)
    pdf, note = doc_world.content.pdf, doc_world.content.note
    window.select_document(doc_world.committee_a, pdf.id)
    model = window.document_model

    def row(document_id: str) -> dict[str, str]:
        index = model.index(model.row_of(document_id))
        return {
            "badge": index.data(BadgeRole),
            "subtitle": index.data(SubtitleRole),
            "spoken": index.data(Qt.ItemDataRole.AccessibleTextRole),
        }

    assert row(pdf.id)["subtitle"].endswith(" · PDF")
    assert "PDF" not in row(note.id)["subtitle"]
    assert row(pdf.id)["spoken"].startswith("New: Budget 2026 : tableaux.")

    window.open_document(pdf.id)  # read (version 1), the receipt sent at the next sync
    doc_world.sync(window)
    assert row(pdf.id)["badge"] is None
    kit = doc_world.kit
    new = publishing.store_file(kit.engine, make_pdf("Budget 2026 v2", ["Annexe."]), None)
    publishing.revise(
        kit.engine, None, pdf.id, DocumentRevisionRequest(file_sha256=new.file.sha256)
    )
    doc_world.sync(window)

    assert row(pdf.id)["badge"] == "● Updated"
    assert row(pdf.id)["spoken"].startswith("Updated since you read it: Budget 2026 : tableaux.")
    assert row(pdf.id)["subtitle"].endswith(" · PDF")
