"""The secretariat in the app: create a vote and open it (against the real server), and a
clear message when the server cannot be reached."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import build_services
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.motion_editor import MotionEditor
from desktop.ui.runner import ImmediateRunner
from tests.desktop.uikit import Modals
from tests.desktop.voteapp import PASSPHRASE, VotingWorld, badge, modals, world
from tests.serverkit import Account, ServerKit, make_server

__all__ = ["modals", "world"]


def test_the_secretary_creates_and_opens_a_vote_and_members_see_it(
    world: VotingWorld, modals: Modals
) -> None:
    secretary = world.board.secretary
    window = world.window(secretary)
    view = window.votes_view
    assert view.new_button.isVisibleTo(view)
    created: list[str] = []

    def fill_in(editor: MotionEditor) -> None:
        assert editor.committee_combo.currentText() == "Whole organisation"
        editor.open_button.click()  # no title yet: it says so, nothing is sent
        created.append(editor.problem_note.text())
        QTest.keyClicks(editor.title_edit, "Achat de nouveaux locaux")
        editor.body_edit.insertPlainText("Le conseil est invité à approuver l'achat.")  # pasted
        editor.open_button.click()
        created.append(editor.created.id if editor.created else "")

    modals.expect(MotionEditor, fill_in)
    view.new_button.click()
    problem, motion_id = created
    assert problem == "Give the vote a title."
    assert motion_id
    view.select_motion(motion_id)
    assert view.detail.title_label.text() == "Achat de nouveaux locaux"
    assert view.detail.status_label.text() == "To vote: you have not voted yet."  # all vote
    history = view.detail.text.toPlainText()
    assert "History of this vote" in history and "Vote opened" in history
    assert view.manage.close_button.isVisibleTo(view) and view.manage.extend_button.isVisibleTo(
        view
    )

    member = world.window(world.board.members[0])
    assert badge(member.votes_view.open_view, motion_id) == "● To vote"
    assert not member.votes_view.new_button.isVisibleTo(member.votes_view)
    assert not member.votes_view.manage.isVisibleTo(member.votes_view)


def test_closing_a_vote_offline_says_it_needs_the_server_and_changes_nothing(
    tmp_path: Path, qapp: QApplication, qtbot: Any, modals: Modals
) -> None:
    install_translations(qapp, "en")
    kit = make_server(tmp_path)
    board = kit.seed_board(3)
    motion = kit.motion("Budget 2026", board.committee.id)
    services = build_services(Profile(tmp_path / "p"), "http://127.0.0.1:9", passphrase=PASSPHRASE)
    session = make_session(services)
    with kit.live() as server:
        session.use_server(server.url)
        secretary = board.secretary
        session.sign_in(server.url, secretary.email, secretary.password, "tests")
        window = build_main_window(session, ImmediateRunner(), AppEvents())
        qtbot.addWidget(window)
        window.start()
    # The server is gone (a train): the secretary tries to close the vote early.
    window.show_votes()
    window.votes_view.select_motion(motion.id)
    seen: list[str] = []

    def say_yes(box: QMessageBox) -> None:
        yes = next(b for b in box.buttons() if b.text() == "Yes, close it now")
        yes.click()

    def read(box: QMessageBox) -> None:
        seen.extend([box.text(), box.informativeText()])
        box.accept()

    modals.expect(QMessageBox, say_yes).expect(QMessageBox, read)
    window.votes_view.manage.close_button.click()
    assert seen == [
        "This needs a connection to the server, and you are offline.",
        "Nothing was changed. Try again when you are back online.",
    ]
    assert kit_status(kit, secretary, motion.id) == "open"
    window.sync.stop()
    window.votes_view.timer.stop()
    window.close()
    services.close()
    kit.close()


def kit_status(kit: ServerKit, account: Account, motion_id: str) -> str:
    """The motion's status as the server has it (through its own route, in process)."""
    with kit.client() as client:
        answer = client.get(f"/v1/motions/{motion_id}", headers=kit.headers(account))
        return str(answer.json()["status"])
