"""The authors' "Comments on my documents" dialog and the secretariat's "Who has read it"
dialog, over real synced caches and a live server (the second asks the server online)."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu, QTableWidget

from desktop.app import board_use_cases, build_main_window
from desktop.core.doc_receipts import DocReceipts
from desktop.sync.api import ApiClient, build_http_client
from desktop.ui.conv_network import build_network
from desktop.ui.doc_comments_dialog import MyDocCommentsDialog
from desktop.ui.doc_panel import DocumentSidePanel
from desktop.ui.doc_readers_dialog import ReadersDialog
from desktop.ui.events import AppEvents
from desktop.ui.runner import ImmediateRunner
from tests.desktop.test_ui_doc_kit import DocKit, Member, doc_kit
from tests.desktop.test_ui_doc_panel import spoken, titles
from tests.desktop.uikit import Modals

__all__ = ["doc_kit"]


def receipts_of(member: Member) -> DocReceipts:
    store = member.services.store

    def session_api() -> tuple[ApiClient, str]:
        token = store.token()
        assert token is not None
        return member.services.api, token

    return DocReceipts(store.account, session_api)


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.model().index(r, c).data() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


D = TypeVar("D", bound=QDialog)


def shown(qtbot: Any, dialog: D) -> D:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def test_an_author_sees_comments_on_their_documents_newest_first_and_opens_one_with_enter(
    qtbot: Any, doc_kit: DocKit
) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    alice.extras.comment(doc_kit.draft.id, "Premier avis sur la charte.")
    alice.extras.comment(doc_kit.draft.id, "Second avis, plus tard.")
    doc_kit.sync(alice)
    sara = doc_kit.member(doc_kit.org.sara)
    opened: list[str] = []
    dialog = shown(qtbot, MyDocCommentsDialog(sara.extras, on_open=opened.append))

    rows = titles(dialog.list)
    assert rows == ["Projet de charte des élus — Alice Martin"] * 2
    said = spoken(dialog.list)
    assert "Second avis" in said[0] and "Premier avis" in said[1]  # newest first
    assert dialog.list.hasFocus()
    with qtbot.waitSignal(dialog.open_requested) as asked:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert asked.args == [doc_kit.draft.id] and opened == [doc_kit.draft.id]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_member_with_no_commented_document_is_told_so(qtbot: Any, doc_kit: DocKit) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    dialog = shown(qtbot, MyDocCommentsDialog(alice.extras))
    assert dialog.empty_label.isVisible() and not dialog.list.isVisible()
    assert not dialog.open_button.isEnabled()


def test_the_secretary_sees_who_has_read_a_document_from_the_server(
    qtbot: Any, doc_kit: DocKit
) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    alice.session.library.open_document(doc_kit.rules.id)
    doc_kit.sync(alice)
    sara = doc_kit.member(doc_kit.org.sara)
    receipts = receipts_of(sara)
    assert receipts.can_see()
    dialog = ReadersDialog(receipts, ImmediateRunner(), doc_kit.rules.id, "Règlement intérieur", 1)
    shown(qtbot, dialog)

    assert dialog.status_note.text() == "1 of 2 members have opened it."
    rows = cells(dialog.table)
    assert [row[0] for row in rows] == ["Alice Martin", "Sara Lefèvre"]  # readers first
    assert rows[0][1] != "Not opened yet" and rows[1][1] == "Not opened yet"
    name = dialog.table.model().index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert name == "Sara Lefèvre, has not opened it yet"
    assert not dialog.retry_button.isVisible()
    dialog.grab().save("/tmp/doc_readers.png")


def test_offline_the_readers_dialog_says_so_plainly_and_offers_to_try_again(
    qtbot: Any, doc_kit: DocKit
) -> None:
    sara = doc_kit.member(doc_kit.org.sara)
    store = sara.services.store
    nowhere = ApiClient(build_http_client("http://127.0.0.1:9"))

    def session_api() -> tuple[ApiClient, str]:
        return nowhere, store.token() or ""

    try:
        receipts = DocReceipts(store.account, session_api)
        dialog = ReadersDialog(receipts, ImmediateRunner(), doc_kit.rules.id, "Règlement", 1)
        shown(qtbot, dialog)
        assert dialog.status_note.text().startswith("You are offline.")
        assert not dialog.table.isVisible()
        assert dialog.retry_button.isVisible() and dialog.retry_button.hasFocus()
    finally:
        nowhere.http.close()


def test_a_member_outside_the_secretariat_is_told_only_the_secretariat_may_see_it(
    qtbot: Any, doc_kit: DocKit
) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    receipts = receipts_of(alice)
    assert not receipts.can_see()
    dialog = shown(qtbot, ReadersDialog(receipts, ImmediateRunner(), doc_kit.rules.id, "R", 1))
    assert dialog.status_note.text() == "Only the secretariat may see who has read a document."


def test_the_menu_entry_opens_the_dialog_and_enter_shows_the_document_in_the_reader(
    qtbot: Any, doc_kit: DocKit
) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    alice.extras.comment(doc_kit.draft.id, "Un avis sur la charte.")
    doc_kit.sync(alice)
    sara = doc_kit.member(doc_kit.org.sara)
    window = build_main_window(
        sara.session,
        ImmediateRunner(),
        AppEvents(),
        network=build_network(sara.services.store),
        board=board_use_cases(sara.services),
    )
    qtbot.addWidget(window)
    window.show()
    driver = Modals()
    try:
        menus = window.menuBar().findChildren(QMenu)
        [entry] = [
            a for m in menus for a in m.actions() if a.text() == "Comments on my &documents…"
        ]
        driver.expect(MyDocCommentsDialog, later_enter)
        entry.trigger()
        assert driver.seen == ["MyDocCommentsDialog"] and driver.unexpected == []
        assert window.views.currentWidget() is window.splitter
        assert "Les élus s'engagent" in window.reader.toPlainText()
    finally:
        driver.stop()
        window.sync.stop()
        window.votes_view.timer.stop()
        window.close()


def later_enter(dialog: MyDocCommentsDialog) -> None:
    QTimer.singleShot(0, lambda: QTest.keyClick(dialog.list, Qt.Key.Key_Return))


def test_the_panel_offers_who_has_read_it_to_the_secretariat_only(
    qtbot: Any, doc_kit: DocKit
) -> None:
    sara, alice = doc_kit.member(doc_kit.org.sara), doc_kit.member(doc_kit.org.alice)
    for member, offered in ((sara, True), (alice, False)):
        panel = DocumentSidePanel(member.extras)
        qtbot.addWidget(panel)
        panel.enable_readers(receipts_of(member), ImmediateRunner())
        panel.show_document(doc_kit.rules.id, 1)
        assert panel.readers_button.isVisibleTo(panel.versions) is offered
    driver = Modals()
    try:
        driver.expect(ReadersDialog, lambda dialog: dialog.reject())
        panel = DocumentSidePanel(sara.extras)
        qtbot.addWidget(panel)
        panel.enable_readers(receipts_of(sara), ImmediateRunner())
        panel.show_document(doc_kit.rules.id, 1)
        panel.show()
        panel.show_readers()
        assert driver.seen == ["ReadersDialog"] and driver.unexpected == []
    finally:
        driver.stop()
