"""Live changes are said to screen readers without taking the focus (issue 8): a new message in
the conversation on screen, a vote closing within the hour that waits for the member's vote
(once), and a failed sync (once, until a sync succeeds). Real server, real encrypted cache,
real widgets offscreen. What is said is recorded at the output boundary,
``desktop.ui.widgets.announce``, which still sends its real ``QAccessibleAnnouncementEvent``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import build_services
from desktop.sync.status import SyncState
from desktop.ui import widgets
from desktop.ui.conv_network import build_network
from desktop.ui.events import AppEvents
from desktop.ui.live_announcer import LiveAnnouncer
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner
from tests.desktop.netapp import PASSPHRASE, NetworkWorld, conversations, modals, world
from tests.desktop.uikit import dead_url

__all__ = ["modals", "world"]


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[QWidget, str]]]:
    """Every announcement made, with the widget it was made on."""
    recorded: list[tuple[QWidget, str]] = []
    real = widgets.announce

    def record(widget: QWidget, text: str) -> None:
        recorded.append((widget, text))
        real(widget, text)

    monkeypatch.setattr(widgets, "announce", record)
    yield recorded


def texts(said: list[tuple[QWidget, str]]) -> list[str]:
    return [text for _widget, text in said]


def announcer(window: MainWindow) -> LiveAnnouncer:
    found = window.findChild(LiveAnnouncer)
    assert isinstance(found, LiveAnnouncer)
    return found


def on_channel_a(world: NetworkWorld) -> MainWindow:
    """Alice's app on the committee A conversation, writing in its composer."""
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    view.composer.focus_editor()
    world.activate(window)
    assert QApplication.focusWidget() is view.composer.editor
    return window


def test_a_new_message_in_the_open_conversation_is_said_without_moving_the_focus(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    view = conversations(window)
    focused = QApplication.focusWidget()
    world.post(world.org.sara, world.channel_a, "Bonjour à **tous**, la séance est ouverte.")
    window.sync_now()
    assert texts(said) == ["New message from Sara Lefèvre: Bonjour à tous, la séance est ouverte."]
    assert said[0][0] is view.list  # said on the list of messages
    assert QApplication.focusWidget() is focused  # the member goes on writing

    window.sync_now()  # nothing new: nothing said again
    assert len(said) == 1


def test_several_new_messages_are_said_together_with_the_latest(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    world.post(world.org.sara, world.channel_a, "Premier point")
    world.post(world.org.sara, world.channel_a, "Second point : le budget")
    window.sync_now()
    assert texts(said) == [
        "2 new messages in this conversation. The latest, from Sara Lefèvre: "
        "Second point : le budget"
    ]


def test_my_own_messages_and_other_conversations_are_not_said(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    world.post(world.org.alice, world.channel_a, "Envoyé depuis mon autre ordinateur")
    window.sync_now()
    window.documents_action.trigger()  # the conversation is no longer on screen
    world.post(world.org.sara, world.channel_a, "Pendant que vous lisez")
    window.sync_now()
    assert said == []


def test_a_vote_closing_within_the_hour_is_said_once(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    focused = QApplication.focusWidget()
    a = world.org.committee_a.id
    world.kit.motion("Budget rectificatif", a, open_for=timedelta(minutes=30))
    world.kit.motion("Placements", a, open_for=timedelta(days=2))
    window.sync_now()
    assert len(said) == 1
    widget, text = said[0]
    assert text.startswith("The vote “Budget rectificatif” closes in ")
    assert text.endswith("minutes and waits for your vote.")
    assert widget is window
    assert QApplication.focusWidget() is focused

    window.sync_now()
    announcer(window).check_votes()  # the next look at the deadlines
    assert len(said) == 1  # once


def test_a_vote_closing_soon_that_i_voted_on_is_not_said(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    motion = world.kit.motion("Budget", world.org.committee_a.id, open_for=timedelta(days=2))
    window.sync_now()
    window.session.votes.cast(motion.id, [motion.options[0].id])
    window.sync.local_change()
    window.sync_now()  # sent and counted
    assert said == []


def test_a_failed_sync_is_said_once_until_a_sync_succeeds(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    focused = QApplication.focusWidget()
    window.sync.stop()  # no live events: the syncs here are the member's
    session = window.session
    session.use_server(dead_url())
    window.sync.sync_now(manual=False)
    assert len(said) == 1
    widget, text = said[0]
    assert widget is window.status_bar.state_label
    assert text.startswith("Sync failed. " + window.status_bar.state_label.text())
    assert text.endswith(
        "Quorum will try again by itself; what you do meanwhile waits on this computer."
    )
    assert QApplication.focusWidget() is focused

    window.sync.sync_now(manual=False)  # the retry fails the same way: not said again
    assert len(said) == 1

    session.use_server(world.url)
    window.sync.sync_now(manual=False)  # back online
    assert len(said) == 1
    session.use_server(dead_url())
    window.sync.sync_now(manual=False)  # failing again: said again
    assert len(said) == 2
    window.sync.stop()


def test_a_reply_in_the_open_thread_is_said(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    view = conversations(window)
    root = world.post(world.org.sara, world.channel_a, "Qui relit le budget ?")
    window.sync_now()
    view.open_thread(root)
    focused = QApplication.focusWidget()
    assert focused is view.thread_panel.composer.editor
    world.post(world.org.sara, world.channel_a, "Merci d'avance", thread_root_id=root)
    window.sync_now()
    assert texts(said) == [
        "New message from Sara Lefèvre: Qui relit le budget ?",
        "New reply from Sara Lefèvre: Merci d'avance",
    ]
    assert said[1][0] is view.thread_panel.list
    assert QApplication.focusWidget() is focused


def test_a_sync_the_server_fails_is_said_with_what_to_do(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    """A fault (the server answers 500): the status bar's words, then the advice."""
    failing = httpx.MockTransport(lambda _request: httpx.Response(500, json={"detail": "boom"}))
    services = build_services(Profile(world.tmp_path / "failing"), world.url, passphrase=PASSPHRASE)
    session = make_session(services, failing)
    session.sign_in(world.url, world.org.alice.email, world.org.alice.password, "tests")
    window = build_main_window(
        session, ImmediateRunner(), AppEvents(), network=build_network(services.store)
    )
    world.opened.append((window, services))
    world.qtbot.addWidget(window)
    window.show()
    session.use_server("http://127.0.0.1:9")  # from now on every answer is the fault's
    window.sync.sync_now(manual=False)
    window.sync.stop()
    assert session.status().state is SyncState.ERROR
    state = window.status_bar.state_label.text()
    assert state.startswith("Sync problem: ")
    text = texts(said)[0]
    assert text.startswith(state + " ")
    advice = text.removeprefix(state + " ")  # what to do next, from the error words
    assert advice and "try again by itself" not in advice


def test_a_vote_closing_soon_is_not_said_while_locked_but_once_unlocked(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    window.lock_wiring.lock()
    world.kit.motion(
        "Budget rectificatif", world.org.committee_a.id, open_for=timedelta(minutes=30)
    )
    window.sync_now()
    announcer(window).check_votes()  # the next look at the deadlines
    assert said == []  # its title is content: not said over the lock screen

    screen = window.lock_wiring.lock_screen
    QTest.keyClicks(screen.password_edit, world.org.alice.password)
    QTest.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert not window.lock_wiring.locked
    assert len(said) == 1
    assert said[0][1].startswith("The vote “Budget rectificatif” closes in ")


def test_a_vote_closing_soon_is_not_said_while_the_window_is_hidden_in_the_tray(
    world: NetworkWorld, said: list[tuple[QWidget, str]]
) -> None:
    window = on_channel_a(world)
    window.hide()
    world.kit.motion(
        "Budget rectificatif", world.org.committee_a.id, open_for=timedelta(minutes=30)
    )
    window.sync_now()
    announcer(window).check_votes()
    assert said == []

    window.show()  # "Open Quorum" from the tray
    world.qtbot.waitUntil(lambda: len(said) == 1)
    assert said[0][1].startswith("The vote “Budget rectificatif” closes in ")
    announcer(window).check_votes()
    assert len(said) == 1  # once
