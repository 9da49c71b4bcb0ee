"""File > My devices… and Members' devices… against the real server (in process): each
device in words, removing one with a wipe, the secretariat approving a new device and
deactivating a member. Real widgets offscreen, driven by the keyboard."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QWidget

from desktop.app import start_app
from desktop.core.device_trust import Devices
from desktop.profile import Profile
from desktop.sync.api import ApiClient
from desktop.ui.devices_dialog import DevicesDialog, last_sync_words, state_words
from desktop.ui.runner import ImmediateRunner
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.trust_wiring import DeviceTrust
from protocol.security import DeviceState
from tests.desktop.trustkit import wait_closed
from tests.desktop.uikit import Modals
from tests.serverkit import ServerKit, SmallOrg, TestClient, make_server


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def client(kit: ServerKit) -> Iterator[TestClient]:
    with kit.client() as test_client:
        yield test_client


@pytest.fixture
def modals(qapp: QApplication) -> Iterator[Modals]:
    driver = Modals()
    yield driver
    driver.stop()
    assert driver.unexpected == []


def devices_of(client: TestClient, token: str) -> Devices:
    api = ApiClient(client)
    return Devices(lambda: (api, token))


def press(widget: QWidget) -> None:
    """What a member does with the keyboard: focus the button, press Space."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Space)


def answer_yes(box: QMessageBox) -> None:
    button = box.button(QMessageBox.StandardButton.Yes)
    assert isinstance(button, QPushButton)
    press(button)


def select(dialog: DevicesDialog, device_id: str) -> None:
    table = dialog.table
    for row in range(table.topLevelItemCount()):
        item = table.topLevelItem(row)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == device_id:
            table.setFocus()
            table.setCurrentItem(item)
            return
    raise AssertionError(f"device {device_id} not listed")


def row_texts(dialog: DevicesDialog, device_id: str) -> list[str]:
    select(dialog, device_id)
    item = dialog.table.currentItem()
    assert item is not None
    return [item.text(column) for column in range(dialog.table.columnCount())]


def test_a_member_sees_their_devices_in_words_and_removes_a_lost_one(
    qtbot: Any, kit: ServerKit, org: SmallOrg, client: TestClient, modals: Modals
) -> None:
    here = kit.sign_in(org.alice, "Portable de bureau")
    lost = kit.sign_in(org.alice, "Tablette perdue")
    dialog = DevicesDialog(devices_of(client, here.token), ImmediateRunner())
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.windowTitle() == "My devices"
    assert not dialog.approve_button.isVisible() and not dialog.deactivate_button.isVisible()
    assert row_texts(dialog, here.device.id)[0] == "Portable de bureau (this computer)"
    lost_row = row_texts(dialog, lost.device.id)
    assert lost_row[0] == "Tablette perdue"
    assert lost_row[2] == "In use"

    modals.expect(QMessageBox, answer_yes)
    press(dialog.revoke_button)

    assert modals.seen == ["QMessageBox"]
    assert dialog.status.text() == "“Tablette perdue” is removed."
    assert row_texts(dialog, lost.device.id)[2] == (
        "Removed: its data will be deleted when it next connects"
    )
    assert not dialog.revoke_button.isEnabled()  # nothing more to remove there
    states = {d.id: d.state for d in devices_of(client, here.token).list_devices()}
    assert states[lost.device.id] is DeviceState.WIPE_PENDING


def test_cancelling_the_question_removes_nothing(
    qtbot: Any, kit: ServerKit, org: SmallOrg, client: TestClient, modals: Modals
) -> None:
    here = kit.sign_in(org.alice, "Portable")
    other = kit.sign_in(org.alice, "Autre")
    dialog = DevicesDialog(devices_of(client, here.token), ImmediateRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    select(dialog, other.device.id)
    modals.expect(QMessageBox, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    press(dialog.revoke_button)
    states = {d.id: d.state for d in devices_of(client, here.token).list_devices()}
    assert states[other.device.id] is DeviceState.ACTIVE


def test_the_secretariat_approves_a_waiting_device_and_deactivates_a_member(
    qtbot: Any, kit: ServerKit, org: SmallOrg, client: TestClient, modals: Modals
) -> None:
    sara = kit.sign_in(org.sara, "Secrétariat")
    client.put(
        "/v1/security/policy",
        json={"device_approval": True},
        headers=kit.headers(sara.token),
    ).raise_for_status()
    waiting = kit.sign_in(org.bob, "Portable de Bob")
    alice = kit.sign_in(org.alice, "Portable d'Alice")
    client.post(
        f"/v1/security/devices/{alice.device.id}/approve", headers=kit.headers(sara.token)
    ).raise_for_status()
    dialog = DevicesDialog(devices_of(client, sara.token), ImmediateRunner(), everyone=True)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.windowTitle() == "Members' devices"
    row = row_texts(dialog, waiting.device.id)
    assert row[0] == org.bob.name == "Bob Durand"
    assert row[3] == "Waiting for the secretariat's approval"
    assert row[2].startswith("Synced at ")  # at sign-in, today
    assert dialog.approve_button.isEnabled()
    press(dialog.approve_button)
    assert (
        dialog.status.text() == "“Portable de Bob” is approved: it can now receive the documents."
    )
    assert row_texts(dialog, waiting.device.id)[3] == "In use"

    select(dialog, alice.device.id)
    modals.expect(QMessageBox, answer_yes)
    press(dialog.deactivate_button)
    assert modals.seen == ["QMessageBox"]
    assert row_texts(dialog, alice.device.id)[3] == (
        "Removed: its data will be deleted when it next connects"
    )
    refused = client.get("/v1/sync", headers=kit.headers(alice.token))
    assert refused.status_code == 401 and refused.json()["code"] == "wipe_required"


def test_a_member_cannot_open_the_secretariats_list(
    qtbot: Any, kit: ServerKit, org: SmallOrg, client: TestClient, modals: Modals
) -> None:
    alice = kit.sign_in(org.alice)
    modals.expect(QMessageBox, lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    dialog = DevicesDialog(devices_of(client, alice.token), ImmediateRunner(), everyone=True)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 0
    assert dialog.status.text() == "That did not work."


def test_every_control_has_an_accessible_name_and_states_read_as_words(qapp: QApplication) -> None:
    assert last_sync_words(None) == "Never synced"
    assert {state_words(s) for s in DeviceState} == {
        "In use",
        "Waiting for the secretariat's approval",
        "Removed: its data will be deleted when it next connects",
        "Removed: its data was deleted",
        "Signed out",
    }
    dialog = DevicesDialog(Devices(lambda: (_ for _ in ()).throw(RuntimeError())), _NoRunner())
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    assert dialog.table.accessibleName() == "Devices"
    dialog.deleteLater()


class _NoRunner(ImmediateRunner):
    def run(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        return None


def test_the_file_menu_opens_my_devices_and_the_secretariat_also_sees_everyones(
    qtbot: Any, tmp_path: Path, modals: Modals, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "phrase secrète de test")
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    server_kit = make_server(tmp_path / "server")
    small = server_kit.seed_small_org()
    listed: list[list[str]] = []

    def sign_in(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, small.sara.password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        wait_closed(dialog)

    def look_then_close(dialog: DevicesDialog) -> None:
        qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() > 0, timeout=10_000)
        item = dialog.table.topLevelItem(0)
        assert item is not None
        listed.append([item.text(c) for c in range(dialog.table.columnCount())])
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with server_kit.live() as server:
        modals.expect(SignInDialog, sign_in)
        ctx = start_app(Profile(tmp_path / "profile"), server.url, small.sara.email)
        assert ctx is not None
        try:
            trust = ctx.window.findChild(DeviceTrust)
            assert isinstance(trust, DeviceTrust)
            file_menu = ctx.window.menuBar().actions()[0].menu()
            assert isinstance(file_menu, QMenu)
            entries = [a.text() for a in file_menu.actions() if a.isVisible()]
            assert "My &devices…" in entries and "&Members' devices…" in entries
            assert entries.index("My &devices…") < entries.index("&Quit")

            modals.expect(DevicesDialog, look_then_close)
            trust.my_devices_action.trigger()
            qtbot.waitUntil(lambda: len(listed) == 1, timeout=10_000)
            assert listed[0][0].endswith("(this computer)")

            modals.expect(DevicesDialog, look_then_close)
            trust.members_devices_action.trigger()
            qtbot.waitUntil(lambda: len(listed) == 2, timeout=10_000)
            assert listed[1][0] == small.sara.name
        finally:
            ctx.close()
    server_kit.close()
