"""Waiting for the secretariat's approval (docs/SECURITY.md): the organisation asks for it,
the app says so with the device's name, asks the server every 30 seconds and on demand, and
syncs once approved. Real server, real widgets offscreen, keyboard only."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.app import start_app
from desktop.core.device_trust import Devices
from desktop.profile import Profile
from desktop.sync.api import ApiClient
from desktop.sync.errors import NotLetIn
from desktop.sync.status import SyncState
from desktop.ui.approval_view import ApprovalView
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.trust_wiring import DeviceTrust
from protocol.security import DeviceState
from tests.desktop.trustkit import wait_closed
from tests.desktop.uikit import Modals
from tests.serverkit import ServerKit, SmallOrg, TestClient, make_server

APPROVAL_ON = {"device_approval": True}


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def secretariat(kit: ServerKit, org: SmallOrg) -> dict[str, str]:
    """The secretariat's headers, signed in before the policy (so their device is let in)."""
    return kit.headers(org.sara)


@pytest.fixture
def client(kit: ServerKit, secretariat: dict[str, str]) -> Iterator[TestClient]:
    with kit.client() as test_client:
        test_client.put(
            "/v1/security/policy", json=APPROVAL_ON, headers=secretariat
        ).raise_for_status()
        yield test_client


def approve(client: TestClient, secretariat: dict[str, str], device_id: str) -> None:
    client.post(f"/v1/security/devices/{device_id}/approve", headers=secretariat).raise_for_status()


def test_a_new_device_waits_then_checking_on_demand_lets_it_in(
    qtbot: Any, org: SmallOrg, client: TestClient, secretariat: dict[str, str]
) -> None:
    api = ApiClient(client)
    signed_in = api.sign_in(org.alice.email, org.alice.password, "Portable d'Alice")
    assert signed_in.device_state is DeviceState.PENDING_APPROVAL
    with pytest.raises(NotLetIn) as refused:
        api.pull(signed_in.token, None)
    assert refused.value.code == "device_not_approved"

    view = ApprovalView(
        Devices(lambda: (api, signed_in.token)), ImmediateRunner(), "Portable d'Alice"
    )
    qtbot.addWidget(view)
    view.show()
    assert view.heading.text() == "Your secretariat must approve this computer"
    assert "“Portable d'Alice”" in view.explanation.text()
    assert view.check_button.isDefault()

    QTest.keyClick(view.check_button, Qt.Key.Key_Space)
    assert view.status.text() == "Not approved yet. Quorum checks again every 30 seconds."
    assert view.isVisible()

    approve(client, secretariat, signed_in.device_id)
    with qtbot.waitSignal(view.approved, timeout=5_000):
        QTest.keyClick(view.check_button, Qt.Key.Key_Space)
    assert not view.isVisible() and view.result() == ApprovalView.DialogCode.Accepted
    assert api.pull(signed_in.token, None).changes  # let in: the documents come


def test_the_view_asks_again_by_itself(
    qtbot: Any, org: SmallOrg, client: TestClient, secretariat: dict[str, str]
) -> None:
    api = ApiClient(client)
    signed_in = api.sign_in(org.alice.email, org.alice.password, "Portable")
    view = ApprovalView(
        Devices(lambda: (api, signed_in.token)), ImmediateRunner(), "Portable", interval_ms=50
    )
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.status.text().startswith("Not approved yet"), timeout=5_000)
    approve(client, secretariat, signed_in.device_id)
    with qtbot.waitSignal(view.approved, timeout=5_000):
        pass
    assert not view.timer.isActive()


def test_a_device_removed_while_waiting_closes_the_view(
    qtbot: Any, org: SmallOrg, client: TestClient, secretariat: dict[str, str]
) -> None:
    api = ApiClient(client)
    signed_in = api.sign_in(org.alice.email, org.alice.password, "Portable")
    client.post(
        f"/v1/security/devices/{signed_in.device_id}/revoke",
        json={"wipe": False},
        headers=secretariat,
    ).raise_for_status()
    view = ApprovalView(Devices(lambda: (api, signed_in.token)), ImmediateRunner(), "Portable")
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.refused, timeout=5_000):
        QTest.keyClick(view.check_button, Qt.Key.Key_Space)
    assert not view.isVisible()


def test_every_control_of_the_waiting_view_has_an_accessible_name(qapp: QApplication) -> None:
    view = ApprovalView(Devices(lambda: (_ for _ in ()).throw(RuntimeError())), _Idle(), "PC")
    for button in view.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    view.deleteLater()


class _Idle(ImmediateRunner):
    def run(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        return None


# --- in the app ------------------------------------------------------------------------------


@pytest.fixture
def modals(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Modals]:
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "phrase secrète de test")
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    driver = Modals()
    yield driver
    driver.stop()
    assert driver.unexpected == []


def test_signed_in_on_a_new_computer_the_app_waits_for_approval_then_syncs(
    qtbot: Any, tmp_path: Path, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()

    def sign_in(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        wait_closed(dialog)

    secretariat = kit.headers(org.sara)
    with kit.live() as server:
        httpx.put(
            f"{server.url}/v1/security/policy", json=APPROVAL_ON, headers=secretariat
        ).raise_for_status()
        modals.expect(SignInDialog, sign_in)
        ctx = start_app(Profile(tmp_path / "profile"), server.url, org.alice.email)
        assert ctx is not None
        try:
            trust = ctx.window.findChild(DeviceTrust)
            assert isinstance(trust, DeviceTrust)
            qtbot.waitUntil(
                lambda: trust.approval is not None and trust.approval.isVisible(), timeout=15_000
            )
            view = trust.approval
            assert view is not None
            assert ctx.session.status().state is not SyncState.ONLINE
            account = ctx.session.account()
            assert account is not None
            approve_live = httpx.post(
                f"{server.url}/v1/security/devices/{account.device_id}/approve",
                headers=secretariat,
            )
            approve_live.raise_for_status()
            QTest.keyClick(view.check_button, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=15_000)
            assert not view.isVisible()
            assert ctx.services.store.counts()["document"] > 0
        finally:
            ctx.close()
    kit.close()
