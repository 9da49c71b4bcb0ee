"""The search view (Ctrl+Shift+F) on the real stack: a live server, the member's encrypted
cache and its full-text index, the real main window offscreen. The member types, the results
follow the typing, and a result opens where it lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.search_models import SnippetRole, highlighted
from desktop.ui.search_view import DEBOUNCE_MS, SearchView
from tests.desktop.netapp import NetworkWorld, conversations, row, type_text, world

__all__ = ["world"]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def search_view(window: MainWindow) -> SearchView:
    return window.network.search_view


def open_search(world: NetworkWorld, window: MainWindow) -> SearchView:
    """Ctrl+Shift+F, pressed wherever the focus is."""
    world.activate(window)
    qtbot = world.qtbot
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, CTRL_SHIFT)
    view = search_view(window)
    qtbot.waitUntil(lambda: view.field.hasFocus(), timeout=2000)
    return view


def search(world: NetworkWorld, view: SearchView, text: str) -> None:
    """Type ``text`` in the field and wait for the search that follows the pause."""
    type_text(world.qtbot, view.field, text)
    assert view.timer.isActive()  # no search on each keystroke: it waits for a pause
    world.qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=DEBOUNCE_MS * 8)


def titles(view: SearchView) -> list[str]:
    return [hit.title for hit in view.model.hits()]


def kinds(view: SearchView) -> set[str]:
    return {hit.kind for hit in view.model.hits()}


def choose(box: Any, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, f"{text} not in {box.accessibleName()}"
    box.setCurrentIndex(index)


def test_a_word_typed_without_its_accent_finds_the_accented_document(
    world: NetworkWorld,
) -> None:
    window = world.window(world.org.alice, "documents")
    view = open_search(world, window)
    assert window.views.currentWidget() is view
    assert window.network.search_action.isChecked()

    search(world, view, "previsionnel")

    assert titles(view) == ["Budget prévisionnel 2025"]
    index = view.model.index(0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Document: Budget prévisionnel 2025, Commission finances"
    )
    assert "<b>" in index.data(SnippetRole)  # the matched words in bold
    assert view.count_label.isVisible() and view.count_label.text().startswith("1 result")
    assert view.list.isVisible() and not view.empty_label.isVisible()


def test_the_kind_and_where_filters_keep_only_what_they_say(world: NetworkWorld) -> None:
    org = world.org
    window = world.window(org.alice, "documents")
    message_id = world.post(org.sara, world.channel_a, "Le budget prévisionnel est en ligne.")
    window.sync_now()
    view = open_search(world, window)
    search(world, view, "budget")
    assert kinds(view) == {"document", "message"}

    choose(view.kind_combo, "Messages")
    assert [hit.id for hit in view.model.hits()] == [message_id]
    choose(view.kind_combo, "Documents")
    assert titles(view) == ["Budget prévisionnel 2025"]

    choose(view.kind_combo, "Everything")
    view.field.clear()
    search(world, view, "elus")
    assert set(titles(view)) >= {"Lettre aux élus"}
    choose(view.where_combo, org.committee_a.name)
    assert titles(view) == []
    choose(view.where_combo, "Mutuelle des Volcans")  # the organisation's own items
    assert "Lettre aux élus" in titles(view)


def test_enter_on_a_result_opens_the_document_in_documents(world: NetworkWorld) -> None:
    window = world.window(world.org.alice)  # on Conversations
    view = open_search(world, window)
    search(world, view, "actuaire")

    world.qtbot.keyClick(view.field, Qt.Key.Key_Down)
    assert view.list.hasFocus() and view.list.currentIndex().row() == 0
    world.qtbot.keyClick(view.list, Qt.Key.Key_Return)

    assert window.views.currentWidget() is window.splitter
    assert window.documents_action.isChecked()
    assert "L'actuaire recommande" in window.reader.toPlainText()
    assert window.document_view.currentIndex().data(Qt.ItemDataRole.DisplayRole) == (
        "Rapport de l'actuaire"
    )


def test_a_double_click_on_a_message_opens_its_conversation(world: NetworkWorld) -> None:
    org = world.org
    window = world.window(org.alice, "documents")
    message_id = world.post(org.sara, world.channel_a, "La trésorerie est confortable.")
    window.sync_now()
    view = open_search(world, window)
    search(world, view, "tresorerie")
    assert [hit.id for hit in view.model.hits()] == [message_id]

    point = view.list.visualRect(view.model.index(0)).center()
    world.qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.views.currentWidget() is view  # one click only chooses it
    world.qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)

    chat = conversations(window)
    assert window.views.currentWidget() is chat
    assert chat.list.currentIndex() == row(chat.list, message_id)


def test_a_search_without_result_says_what_to_try(world: NetworkWorld) -> None:
    window = world.window(world.org.alice, "documents")
    view = open_search(world, window)
    search(world, view, "zanzibar")

    assert view.model.rowCount() == 0
    assert not view.list.isVisible() and view.empty_label.isVisible()
    assert view.empty_label.text() == "No result for “zanzibar”. Try another word."
    assert view.empty_label.accessibleName() == view.empty_label.text()

    view.field.clear()
    choose(view.when_combo, "Last 7 days")  # the documents were published in 2025
    search(world, view, "actuaire")
    assert view.empty_label.text() == (
        "No result for “actuaire”. Try another word, or choose “Any time”."
    )
    choose(view.when_combo, "Any time")
    assert titles(view) == ["Rapport de l'actuaire"]


def test_what_the_member_may_not_see_is_never_found(world: NetworkWorld) -> None:
    window = world.window(world.org.bob, "documents")  # committee B only
    view = open_search(world, window)
    search(world, view, "actuaire")
    assert view.model.rowCount() == 0


def test_results_follow_a_sync_without_typing_again(world: NetworkWorld) -> None:
    org = world.org
    window = world.window(org.alice, "documents")
    view = open_search(world, window)
    search(world, view, "kermesse")
    assert view.model.rowCount() == 0

    message_id = world.post(org.sara, world.channel_a, "La kermesse des adhérents aura lieu.")
    window.sync_now()

    assert [hit.id for hit in view.model.hits()] == [message_id]
    assert view.list.isVisible()


def test_by_keyboard_only_from_ctrl_shift_f(world: NetworkWorld) -> None:
    qtbot = world.qtbot
    window = world.window(world.org.alice, "votes")
    view = open_search(world, window)
    assert window.views.currentWidget() is view
    search(world, view, "solvabilite")
    assert view.model.rowCount() >= 1

    order = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert order == [view.kind_combo, view.where_combo, view.when_combo, view.list]

    view.field.setFocus()
    qtbot.keyClick(view.field, Qt.Key.Key_Escape)
    assert view.field.text() == ""
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=DEBOUNCE_MS * 8)
    assert view.empty_label.isVisible()

    # Again from another view: Ctrl+Shift+F, type, Down, Enter.
    window.documents_action.trigger()
    view = open_search(world, window)
    search(world, view, "charte")
    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert window.views.currentWidget() is window.splitter
    assert "garder secrets" in window.reader.toPlainText()


def test_every_control_of_the_search_view_is_named_and_the_shortcut_is_its_own(
    world: NetworkWorld,
) -> None:
    window = world.window(world.org.alice, "documents")
    view = open_search(world, window)

    def unnamed() -> list[str]:
        return [
            type(w).__name__
            for w in view.findChildren(QWidget)
            if w.isVisible()
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.accessibleName()
        ]

    assert unnamed() == []  # nothing typed yet: the field, the filters, the hint
    search(world, view, "budget")
    assert unnamed() == []  # with results
    view.field.clear()
    search(world, view, "zanzibar")
    assert unnamed() == []  # with no result

    action = window.network.search_action
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    taken = [
        key.toString()
        for other in window.findChildren(type(action))
        if other is not action
        for key in other.shortcuts()
    ]
    assert "Ctrl+Shift+F" not in taken
    assert action in window.toolbar.actions()
    view_menu = next(
        menu for menu in window.menuBar().findChildren(QMenu) if menu.title() == "&View"
    )
    assert action in view_menu.actions()


def test_the_snippet_is_escaped_before_its_matched_words_are_made_bold() -> None:
    snippet = "Voir <i>ceci</i> & le budget, puis budget"
    start = snippet.index("budget")
    shown = highlighted(snippet, ((start, start + 6), (snippet.rindex("budget"), len(snippet))))
    assert shown == ("Voir &lt;i&gt;ceci&lt;/i&gt; &amp; le <b>budget</b>, puis <b>budget</b>")
    assert highlighted("abc", ((1, 99), (0, 2))) == "<b>ab</b><b>c</b>"  # clipped, never raises
