"""The remote wipe end to end (docs/SECURITY.md): the secretariat revokes a device with a wipe;
the app, with a real SQLCipher cache keyed in the real keychain, next reaches the real server
(over loopback), deletes everything of its profile, acknowledges, and says so; the server then
shows the device wiped.

Run with the keychain: ``scripts/with-keyring.sh .venv/bin/pytest tests/integration/...``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import AppContext, start_app
from desktop.cache.keys import KEYCHAIN_SERVICE, profile_key_id
from desktop.profile import Profile
from desktop.sync.status import SyncState
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.trust_wiring import DeviceTrust
from desktop.ui.wipe_notice import WipeNotice
from server.db import tables as t
from server.services.tx import read
from tests.desktop.conftest import modals, profile_dir, secret_service
from tests.desktop.trustkit import wait_closed
from tests.desktop.uikit import Modals
from tests.serverkit import ServerKit, SmallOrg, make_server

__all__ = ["modals", "profile_dir", "secret_service"]  # fixtures used here

TIMEOUT_MS = 15_000


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.delenv("QUORUM_CACHE_PASSPHRASE", raising=False)
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    server_kit = make_server(tmp_path)
    yield server_kit
    server_kit.close()


def sign_in_as_alice(org: SmallOrg) -> Any:
    def answer(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        wait_closed(dialog)  # signing in takes a moment (argon2 on both sides)

    return answer


def started(qtbot: Any, ctx: AppContext | None) -> AppContext:
    assert ctx is not None
    qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=TIMEOUT_MS)
    return ctx


def trust_of(ctx: AppContext) -> DeviceTrust:
    found = ctx.window.findChild(DeviceTrust)
    assert isinstance(found, DeviceTrust)
    return found


def devices_on_server(url: str, kit: ServerKit, org: SmallOrg) -> dict[str, str]:
    answer = httpx.get(f"{url}/v1/security/devices", headers=kit.headers(org.sara))
    answer.raise_for_status()
    return {d["id"]: d["state"] for d in answer.json()["devices"]}


def audit_events(kit: ServerKit) -> list[str]:
    with read(kit.engine) as conn:
        return [row.event for row in conn.execute(select(t.audit_log.c.event)).all()]


def wait_for_wipe_notice(qtbot: Any, ctx: AppContext) -> WipeNotice:
    trust = trust_of(ctx)
    qtbot.waitUntil(lambda: trust.notice is not None, timeout=TIMEOUT_MS)
    notice = trust.notice
    assert notice is not None
    qtbot.waitUntil(notice.quit_button.isEnabled, timeout=TIMEOUT_MS)
    return notice


@dataclass
class SignedIn:
    """Alice's app signed in (real keychain, real server on loopback), with what the tests
    look at: the server's URL, the app, its device."""

    url: str
    ctx: AppContext
    device_id: str


@contextmanager
def alice_signed_in(
    qtbot: Any,
    kit: ServerKit,
    org: SmallOrg,
    profile: Profile,
    secret_service: KeyringBackend,
    modals: Modals,
) -> Iterator[SignedIn]:
    """A live server and Alice's app on ``profile``, signed in and online; closed after."""
    with kit.live() as server:
        modals.expect(SignInDialog, sign_in_as_alice(org))
        ctx = started(
            qtbot,
            start_app(
                profile,
                server.url,
                org.alice.email,
                keyring_backend=secret_service,
                install_hook=False,
            ),
        )
        try:
            account = ctx.session.account()
            assert account is not None
            yield SignedIn(server.url, ctx, account.device_id)
        finally:
            ctx.close()


def revoke_with_a_wipe(kit: ServerKit, org: SmallOrg, app: SignedIn) -> httpx.Response:
    """The secretariat (Sara) revokes Alice's device and asks for a wipe."""
    answer = httpx.post(
        f"{app.url}/v1/security/devices/{app.device_id}/revoke",
        json={"wipe": True},
        headers=kit.headers(org.sara),
    )
    answer.raise_for_status()
    return answer


def test_revoked_with_a_wipe_the_app_deletes_its_profile_and_the_server_records_it(
    qtbot: Any,
    kit: ServerKit,
    profile_dir: Path,
    secret_service: KeyringBackend,
    env: None,
    modals: Modals,
) -> None:
    org = kit.seed_small_org()
    profile = Profile(profile_dir)
    username = profile_key_id(profile.path)
    with alice_signed_in(qtbot, kit, org, profile, secret_service, modals) as app:
        assert secret_service.get_password(KEYCHAIN_SERVICE, username) is not None
        assert (profile.path / "cache.db").exists()
        assert revoke_with_a_wipe(kit, org, app).json()["state"] == "wipe_pending"

        app.ctx.window.sync_action.trigger()  # the member syncs (Ctrl+R): wipe_required
        notice = wait_for_wipe_notice(qtbot, app.ctx)

        assert "It is deleted, and your secretariat was told." in notice.message.text()
        assert secret_service.get_password(KEYCHAIN_SERVICE, username) is None
        assert profile.path.is_dir() and [p.name for p in profile.path.iterdir()] == [
            "settings.json"
        ]
        assert not app.ctx.window.isVisible()
        assert devices_on_server(app.url, kit, org)[app.device_id] == "wiped"
        assert "device.wiped" in audit_events(kit)
        QTest.keyClick(notice.quit_button, Qt.Key.Key_Space)
        assert app.ctx.successor is None


def test_the_event_stream_answered_wipe_required_wipes_without_the_member_doing_anything(
    qtbot: Any,
    kit: ServerKit,
    profile_dir: Path,
    secret_service: KeyringBackend,
    env: None,
    modals: Modals,
) -> None:
    org = kit.seed_small_org()
    profile = Profile(profile_dir)
    with alice_signed_in(qtbot, kit, org, profile, secret_service, modals) as app:
        sync = app.ctx.window.sync
        qtbot.waitUntil(
            lambda: sync.listener is not None and sync.listener.running, timeout=TIMEOUT_MS
        )
        httpx.post(
            f"{app.url}/v1/security/members/{org.alice.id}/active",
            json={"active": False},
            headers=kit.headers(org.sara),
        ).raise_for_status()

        # Deactivating the member revokes the device with a wipe; the live stream ends (it
        # was opened with that token) and its reconnection meets wipe_required.
        notice = wait_for_wipe_notice(qtbot, app.ctx)
        assert [p.name for p in profile.path.iterdir()] == ["settings.json"]
        assert devices_on_server(app.url, kit, org)[app.device_id] == "wiped"
        QTest.keyClick(notice.quit_button, Qt.Key.Key_Space)


def test_a_wipe_the_server_cannot_hear_about_still_deletes_everything_and_says_so(
    qtbot: Any,
    kit: ServerKit,
    profile_dir: Path,
    secret_service: KeyringBackend,
    env: None,
    modals: Modals,
) -> None:
    org = kit.seed_small_org()
    profile = Profile(profile_dir)
    with alice_signed_in(qtbot, kit, org, profile, secret_service, modals) as app:
        revoke_with_a_wipe(kit, org, app)
        trust = trust_of(app.ctx)
        trust._transport = httpx.MockTransport(_unreachable)  # the network drops now
        app.ctx.window.sync_action.trigger()
        notice = wait_for_wipe_notice(qtbot, app.ctx)

        assert "The server could not be told" in notice.message.text()
        assert [p.name for p in profile.path.iterdir()] == ["settings.json"]
        assert devices_on_server(app.url, kit, org)[app.device_id] == "wipe_pending"
        QTest.keyClick(notice.quit_button, Qt.Key.Key_Space)


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("network is unreachable", request=request)


def test_after_the_wipe_the_member_signs_in_again_on_a_new_device_and_gets_everything_back(
    qtbot: Any,
    kit: ServerKit,
    profile_dir: Path,
    secret_service: KeyringBackend,
    env: None,
    modals: Modals,
) -> None:
    org = kit.seed_small_org()
    profile = Profile(profile_dir)
    with alice_signed_in(qtbot, kit, org, profile, secret_service, modals) as app:
        held = app.ctx.services.store.counts()
        revoke_with_a_wipe(kit, org, app)
        app.ctx.window.sync_action.trigger()
        notice = wait_for_wipe_notice(qtbot, app.ctx)
        assert [p.name for p in profile.path.iterdir()] == ["settings.json"]

        modals.expect(SignInDialog, sign_in_as_alice(org))
        QTest.keyClick(notice.sign_in_button, Qt.Key.Key_Space)
        again = started(qtbot, app.ctx.successor)

        account = again.session.account()
        assert account is not None and account.device_id != app.device_id
        qtbot.waitUntil(lambda: again.services.store.counts() == held, timeout=TIMEOUT_MS)
        states = devices_on_server(app.url, kit, org)
        assert states[app.device_id] == "wiped" and states[account.device_id] == "active"


def test_a_wipe_that_fails_still_ends_its_notice_and_the_next_start_wipes_again(
    qtbot: Any,
    kit: ServerKit,
    profile_dir: Path,
    secret_service: KeyringBackend,
    env: None,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = kit.seed_small_org()
    profile = Profile(profile_dir)
    username = profile_key_id(profile.path)

    def crashed(*_args: object) -> None:
        raise RuntimeError("the wipe broke off")

    with alice_signed_in(qtbot, kit, org, profile, secret_service, modals) as app:
        revoke_with_a_wipe(kit, org, app)
        with monkeypatch.context() as patch:
            patch.setattr("desktop.ui.trust_wiring.wipe_profile", crashed)
            app.ctx.window.sync.sync_now(manual=False)  # the timer's sync: wipe_required
            notice = wait_for_wipe_notice(qtbot, app.ctx)
        assert "Some files could not be deleted" in notice.message.text()
        outcome = trust_of(app.ctx).outcome
        assert outcome is not None and not outcome.complete
        assert devices_on_server(app.url, kit, org)[app.device_id] == "wipe_pending"
        QTest.keyClick(notice.quit_button, Qt.Key.Key_Space)
        app.ctx.close()
        assert secret_service.get_password(KEYCHAIN_SERVICE, username) is not None

        # The next start still holds the token: it meets wipe_required again, and wipes.
        again = start_app(profile, app.url, keyring_backend=secret_service, install_hook=False)
        assert again is not None
        try:
            notice = wait_for_wipe_notice(qtbot, again)
            assert "It is deleted, and your secretariat was told." in notice.message.text()
            assert secret_service.get_password(KEYCHAIN_SERVICE, username) is None
            assert [p.name for p in profile.path.iterdir()] == ["settings.json"]
            assert devices_on_server(app.url, kit, org)[app.device_id] == "wiped"
            QTest.keyClick(notice.quit_button, Qt.Key.Key_Space)
        finally:
            again.close()
