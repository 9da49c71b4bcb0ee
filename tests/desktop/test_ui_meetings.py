"""The Meetings view (Ctrl+7) over the real thing (``tests.desktop.docapp``): upcoming meetings
first with their date in words, the agenda in order with its documents and votes, the minutes of
a past meeting, and downloading the board pack with progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.ui.main_window import MainWindow
from desktop.ui.meetings_view import MeetingsView
from desktop.ui.models import IdRole
from desktop.ui.runner import TaskRunner
from tests.desktop.docapp import DocWorld, doc_world

__all__ = ["doc_world"]


def meetings(window: MainWindow) -> MeetingsView:
    return window.board.meetings_view


def agenda_rows(view: MeetingsView) -> list[tuple[int, str, str]]:
    """(depth, text, offline mark) of every row of the agenda, in order."""
    rows: list[tuple[int, str, str]] = []

    def walk(item: QTreeWidgetItem | None, depth: int) -> None:
        assert item is not None
        rows.append((depth, item.text(0), item.text(1)))
        for n in range(item.childCount()):
            walk(item.child(n), depth + 1)

    tree = view.detail.agenda
    for n in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(n), 0)
    return rows


def ids(view: Any) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def test_upcoming_meeting_is_shown_first_with_its_agenda_in_order(doc_world: DocWorld) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    view = meetings(window)
    content = doc_world.content
    assert window.views.currentWidget() is view
    assert ids(view.upcoming_list) == [content.upcoming.id]
    assert ids(view.past_list) == [content.past.id]
    assert view.detail.meeting is not None and view.detail.meeting.id == content.upcoming.id
    rows = agenda_rows(view)
    tops = [text for depth, text, _ in rows if depth == 0]
    assert tops[0].startswith("1. Approbation du procès-verbal")
    assert tops[1].startswith("2. Budget 2026")
    assert tops[2].startswith("3. Rapport de l'actuaire")
    texts = [text for _, text, _ in rows]
    assert any("Note de présentation du budget 2026" in t for t in texts)
    assert any("Vote: Approbation du budget 2026" in t for t in texts)
    assert "Notes: La présidente présente le budget ; vote à l'issue du débat." in texts
    window.grab().save("/tmp/meetings.png")


def test_downloading_the_board_pack_shows_progress_then_every_document_available_offline(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    pack = meetings(window).detail.pack
    assert pack.status_label.text().startswith("1 of 3 documents available offline")
    marks = [mark for _, text, mark in agenda_rows(meetings(window)) if "PDF" in text]
    assert marks and all(m.startswith("↓ To download") for m in marks)
    seen: list[tuple[int, int]] = []
    pack._relay.progress.connect(lambda done, total: seen.append((done, total)))

    qtbot.mouseClick(pack.download_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not pack.running, timeout=10_000)
    assert pack.result_note.text() == ""
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == seen[-1][1] > 0, timeout=5_000)
    assert pack.status_label.text() == "3 of 3 documents available offline"
    assert not pack.download_button.isEnabled()
    assert pack.download_button.text() == "Board pack available offline"
    marks = [mark for _, text, mark in agenda_rows(meetings(window)) if "PDF" in text]
    assert marks == ["✓ Available offline", "✓ Available offline"]
    row = meetings(window).upcoming_model.index(0, 0)
    assert "3 of 3 documents available offline" in row.data(Qt.ItemDataRole.AccessibleTextRole)


def test_stopping_the_download_keeps_what_arrived_and_says_so(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    pack = meetings(window).detail.pack
    clicks: list[bool] = []

    def stop_at_the_first_report(_done: int, _total: int) -> None:
        if not clicks:  # the first report comes before any byte, on the UI thread here
            clicks.append(True)
            pack.stop_button.click()

    pack._relay.progress.connect(stop_at_the_first_report)

    pack.download_button.click()

    qtbot.waitUntil(lambda: not pack.running, timeout=10_000)
    assert "Download stopped" in pack.result_note.text()
    assert pack.result_note.isVisible()
    assert not pack.status_label.text().startswith("3 of 3")
    assert pack.download_button.isEnabled()


def test_past_meeting_shows_its_minutes_and_the_actions_it_decided(doc_world: DocWorld) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    view = meetings(window)
    view.past_list.setCurrentIndex(view.past_model.index(0, 0))
    assert view.detail.meeting is not None and view.detail.meeting.id == doc_world.content.past.id
    assert view.detail.status_label.text() == "Status: Held"
    texts = [text for _, text, _ in agenda_rows(view)]
    assert texts[0] == "Minutes: Procès-verbal de la séance de printemps"
    assert "Actions decided (2)" in texts
    assert any(
        t.startswith("Relancer l'actuaire — ○ To do") and "Late by 5 days" in t for t in texts
    )


def test_the_board_pack_downloads_on_the_worker_thread_and_the_bar_follows(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings", runner=TaskRunner())
    view = meetings(window)
    qtbot.waitUntil(lambda: view.upcoming_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=10_000)
    view.refresh()
    pack = view.detail.pack
    values: list[int] = []
    pack.progress.valueChanged.connect(values.append)

    pack.download_button.click()

    assert pack.running and pack.progress.isVisible() and pack.stop_button.isVisible()
    qtbot.waitUntil(lambda: not pack.running, timeout=15_000)
    assert values and values[-1] == 1000
    assert pack.status_label.text() == "3 of 3 documents available offline"
    assert not pack.progress.isVisible()


def test_an_action_decided_elsewhere_shows_in_the_meeting_after_the_next_sync(
    doc_world: DocWorld,
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    view = meetings(window)
    upcoming = doc_world.content.upcoming.id
    assert not any(t.startswith("Actions decided") for _, t, _ in agenda_rows(view))
    doc_world.create_action(
        doc_world.org.sara,
        "Préparer la présentation du budget",
        [doc_world.org.alice],
        None,
        upcoming,
    )
    doc_world.sync(window)
    texts = [text for _, text, _ in agenda_rows(view)]
    assert "Actions decided (1)" in texts
    assert any(
        t.startswith("Préparer la présentation du budget — ○ To do · No due date") for t in texts
    )
