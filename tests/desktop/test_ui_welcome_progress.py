"""The first sync's progress as the member watches it (docs/INSTALLED.md, "First run", step 4):
with the real worker thread and a slow network, the bar and the words under it move page after
page while the dialog is open, then say that everything arrived.

Real server on loopback, real encrypted cache, real ``TaskRunner``, real widgets offscreen.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import start_app
from desktop.profile import Profile
from desktop.ui.i18n import install_translations
from desktop.ui.runner import TaskRunner
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.tour_dialog import TourDialog
from desktop.ui.welcome_dialog import WelcomeDialog
from desktop.ui.welcome_pages import AccountChoiceDialog, FirstSyncDialog
from tests.desktop.uikit import MemoryKeyring, Modals
from tests.desktop.welcomekit import SlowSync
from tests.serverkit import make_server

ENTER = Qt.Key.Key_Return


class SlowSmallPages(SlowSync):
    """The slow network, where the sync asks for pages of two changes (a server that sends
    small pages): the small organisation then takes several pages to arrive."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/sync":
            request.url = request.url.copy_set_param("limit", "2")
        return super().handle_request(request)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    font = qapp.font()
    yield
    install_translations(qapp, "en")
    qapp.setFont(font)


def test_the_bar_and_the_words_move_while_a_slow_first_sync_runs_in_the_worker(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    dialogs: list[FirstSyncDialog] = []
    #: (bar value, bar maximum, words under it, outcome) on screen while the dialog is open.
    seen: list[tuple[int, int, str, str | None]] = []

    def sign_in(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.server_edit, server.url)
        QTest.keyClicks(dialog.email_edit, org.alice.email)
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, ENTER)

    def watch(dialog: FirstSyncDialog) -> None:
        dialogs.append(dialog)
        assert dialog.isVisible() and dialog.outcome is None  # shown, not finished already
        assert dialog.bar.maximum() == 0  # busy until the server says how far there is to go
        assert dialog.counts.text() == "Connecting to your organisation's server…"

        def look(_progress: object) -> None:  # after the dialog's own slot: what it shows
            seen.append(
                (dialog.bar.value(), dialog.bar.maximum(), dialog.counts.text(), dialog.outcome)
            )

        dialog.progressed.connect(look)

    with kit.live() as server:
        modals.expect(WelcomeDialog, lambda d: QTest.keyClick(d.focusWidget(), ENTER))
        modals.expect(AccountChoiceDialog, lambda d: QTest.keyClick(d.account_button, ENTER))
        modals.expect(SignInDialog, sign_in)
        modals.expect(FirstSyncDialog, watch)
        modals.expect(TourDialog, lambda d: QTest.keyClick(d, Qt.Key.Key_Escape))
        ctx = start_app(
            profile,
            keyring_backend=MemoryKeyring(),
            transport=SlowSmallPages(0.2),
            runner=TaskRunner(),
            install_hook=False,
        )
        assert ctx is not None
        try:
            qtbot.waitUntil(lambda: modals.pending == [], timeout=20_000)
            dialog = dialogs[0]
            assert dialog.outcome == "done"
            assert len(seen) > 1  # several pages, each shown while the member waited
            assert all(outcome is None for *_shown, outcome in seen)
            assert all(maximum == 100 for _value, maximum, _words, _outcome in seen)
            values = [value for value, _maximum, _words, _outcome in seen]
            assert values == sorted(values) and values[0] < 100 and values[-1] == 100
            words = [text for _value, _maximum, text, _outcome in seen]
            received = [text for text in words if text.startswith("Received so far: ")]
            assert len(set(received)) > 1  # the counts grew page after page, before the end
            # Pages of only committees and members come first: said, not "Connecting…".
            assert words[0] == "Receiving your organisation's committees and members…"
            assert "Connecting to your organisation's server…" not in words
            assert words[-1] == received[-1]
            assert "4 documents" in words[-1]
            assert dialog.counts.text().startswith("Everything has arrived: ")
        finally:
            ctx.close()
    kit.close()
