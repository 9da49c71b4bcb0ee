"""The whole app as a member uses it: sign in, sync, read; then read again on a train.

Real server on loopback, real encrypted cache, real worker thread, real widgets offscreen.
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
from PySide6.QtWidgets import QApplication, QListView

from desktop.app import AppContext, run_app, start_app
from desktop.profile import Profile
from desktop.sync.status import SyncState
from desktop.ui.i18n import install_translations
from desktop.ui.models import BadgeRole, IdRole
from desktop.ui.sign_in_dialog import SignInDialog
from tests.desktop.uikit import Modals
from tests.serverkit import SmallOrg, make_server

SYNC_TIMEOUT_MS = 15_000


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "phrase secrète de test")
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    yield
    install_translations(qapp, "en")


def click_row(qtbot: Any, view: QListView, row_id: object) -> None:
    model = view.model()
    index = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(IdRole) == row_id
    )
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def row_badge(view: QListView, row_id: object) -> object:
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data(IdRole) == row_id:
            return model.index(r, 0).data(BadgeRole)
    raise AssertionError(f"no row {row_id}")


def sign_in_as(org: SmallOrg) -> Any:
    def answer(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    return answer


def wait_for_sync(qtbot: Any, ctx: AppContext) -> None:
    with qtbot.waitSignal(ctx.events.sync_finished, timeout=SYNC_TIMEOUT_MS):
        pass


def test_member_signs_in_reads_a_document_and_reads_it_again_offline(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    a1 = org.documents["a1"].id
    profile = Profile(tmp_path / "profile")

    with kit.live() as server:
        modals.expect(SignInDialog, sign_in_as(org))
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None and modals.seen == ["SignInDialog"]
        window = ctx.window
        try:
            if ctx.session.status().state is not SyncState.ONLINE:
                wait_for_sync(qtbot, ctx)
            assert window.windowTitle() == "Quorum — Mutuelle des Volcans"
            assert window.status_bar.state_label.text().startswith("Online — synced at")

            click_row(qtbot, window.committee_view, org.committee_a.id)
            assert row_badge(window.document_view, a1) == "● New"
            click_row(qtbot, window.document_view, a1)
            assert org.sentences["a1"] in window.reader.toPlainText()
            qtbot.waitUntil(lambda: row_badge(window.document_view, a1) is None)
            queued = [e for e in ctx.services.store.outbox() if e.data.get("document_id") == a1]
            assert len(queued) == 1

            window.sync_action.trigger()  # what Ctrl+R / F5 do
            qtbot.waitUntil(
                lambda: ctx.services.store.outbox()[0].state == "sent", timeout=SYNC_TIMEOUT_MS
            )
            receipts = httpx.get(
                f"{server.url}/v1/documents/{a1}/receipts", headers=kit.headers(org.sara)
            ).json()
            alice = next(r for r in receipts["readers"] if r["member_id"] == org.alice.id)
            assert alice["read_at"] is not None
        finally:
            ctx.close()

    # On the train: the server is gone. The app opens on the cache, no sign-in asked.
    ctx = start_app(profile, server.url, install_hook=False)
    assert ctx is not None and modals.seen == ["SignInDialog"]
    window = ctx.window
    try:
        wait_for_sync(qtbot, ctx)
        assert ctx.session.status().state is SyncState.OFFLINE
        assert window.status_bar.state_label.text().startswith("Offline — last synced")
        click_row(qtbot, window.committee_view, org.committee_a.id)
        click_row(qtbot, window.document_view, a1)
        assert org.sentences["a1"] in window.reader.toPlainText()
    finally:
        ctx.close()
    kit.close()


def test_offline_status_is_in_french_for_a_french_member(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    monkeypatch.setenv("QUORUM_PASSWORD", org.alice.password)  # the demo pre-fills it
    prefilled: list[str] = []

    def just_click(dialog: SignInDialog) -> None:
        prefilled.append(dialog.password_edit.text())
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    with kit.live() as server:
        modals.expect(SignInDialog, just_click)
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None and prefilled == [org.alice.password]
        wait_for_sync(qtbot, ctx)
        ctx.close()
    monkeypatch.setenv("QUORUM_LANG", "fr")
    ctx = start_app(profile, server.url, install_hook=False)
    assert ctx is not None
    try:
        wait_for_sync(qtbot, ctx)
        text = ctx.window.status_bar.state_label.text()
        assert text.startswith("Hors ligne — dernière synchronisation à "), text
        assert " h " in text  # "à 10 h 32"
        assert ctx.window.sync_action.text() == "&Synchroniser maintenant"
        first = ctx.window.committee_model.index(0).data(Qt.ItemDataRole.DisplayRole)
        assert first == "Toute l'organisation"
    finally:
        ctx.close()
    kit.close()


def test_cancelling_the_first_sign_in_quits_without_a_window(
    tmp_path: Path, env: None, modals: Modals
) -> None:
    modals.expect(SignInDialog, lambda dialog: dialog.cancel_button.click())
    code = run_app(tmp_path / "profile", "http://127.0.0.1:9", exec_loop=False)
    assert code == 0 and modals.seen == ["SignInDialog"]
    assert QApplication.activeModalWidget() is None
