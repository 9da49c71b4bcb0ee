"""Opening the cache when the keychain cannot help: a passphrase in plain words, and a reset
that downloads everything again when the copy cannot be opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.app import open_services
from desktop.cache.keys import KeyStore
from desktop.profile import Profile
from desktop.ui.i18n import install_translations
from desktop.ui.passphrase_dialog import PassphraseDialog, ResetCacheDialog
from tests.desktop.conftest import LowPriorityKeyring, account
from tests.desktop.uikit import MemoryKeyring, Modals, dead_url

NO_SERVER = "http://127.0.0.1:9"


@pytest.fixture
def profile(tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Profile:
    monkeypatch.delenv("QUORUM_CACHE_PASSPHRASE", raising=False)
    install_translations(qapp, "en")
    return Profile(tmp_path / "profile").ensure()


@pytest.fixture
def modals() -> Iterator[Modals]:
    driver = Modals()
    yield driver
    driver.stop()
    assert driver.unexpected == [] and driver.pending == []


def type_passphrase(*values: str, click: str = "ok") -> Any:
    def answer(dialog: PassphraseDialog) -> None:
        QTest.keyClicks(dialog.passphrase_edit, values[0])
        if len(values) > 1:
            QTest.keyClicks(dialog.confirm_edit, values[1])
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    return answer


def test_without_a_keychain_the_member_chooses_a_passphrase_then_unlocks_with_it(
    profile: Profile, modals: Modals
) -> None:
    shown: list[str] = []

    def choose(dialog: PassphraseDialog) -> None:
        shown.append(dialog.windowTitle())
        assert dialog.creating and dialog.confirm_edit.isVisible()
        QTest.keyClicks(dialog.passphrase_edit, "court")
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        assert dialog.error_label.text() == "Use at least 8 characters."
        dialog.passphrase_edit.clear()
        type_passphrase("les tilleuls en fleur", "les tilleuls en fleur")(dialog)

    modals.expect(PassphraseDialog, choose)
    services = open_services(profile, NO_SERVER, LowPriorityKeyring())
    assert services is not None and shown == ["Choose a passphrase"]
    services.store.save_sign_in(account(), "token-1")
    services.close()
    assert KeyStore(profile.path, backend=LowPriorityKeyring()).mode == "passphrase"

    modals.expect(PassphraseDialog, type_passphrase("les tilleuls en fleur"))
    again = open_services(profile, NO_SERVER, LowPriorityKeyring())
    assert again is not None and again.store.account() == account()
    again.close()


def test_a_forgotten_passphrase_leads_to_a_reset_and_a_fresh_copy(
    profile: Profile, modals: Modals
) -> None:
    modals.expect(PassphraseDialog, type_passphrase("premiere phrase", "premiere phrase"))
    first = open_services(profile, NO_SERVER, LowPriorityKeyring())
    assert first is not None
    first.store.save_sign_in(account(), "token-1")
    first.close()

    def wrong_then_forgot(dialog: PassphraseDialog) -> None:
        assert dialog.error_label.text() == "This passphrase does not open the copy. Try again."
        forgot = next(
            b
            for b in dialog.findChildren(QPushButton)
            if b.accessibleName() == "I have forgotten the passphrase"
        )
        forgot.click()

    modals.expect(PassphraseDialog, type_passphrase("pas la bonne"))
    modals.expect(PassphraseDialog, wrong_then_forgot)
    modals.expect(ResetCacheDialog, lambda box: box.reset_button.click())
    modals.expect(PassphraseDialog, type_passphrase("nouvelle phrase", "nouvelle phrase"))
    fresh = open_services(profile, NO_SERVER, LowPriorityKeyring())
    assert fresh is not None and fresh.store.account() is None
    fresh.close()


def test_a_lost_keychain_key_offers_a_reset_and_quitting_keeps_the_copy(
    profile: Profile, modals: Modals
) -> None:
    keychain = MemoryKeyring()
    opened = open_services(profile, NO_SERVER, keychain)
    assert opened is not None and modals.seen == []
    opened.store.save_sign_in(account(), "token-1")
    opened.close()
    keychain.entries.clear()  # the keychain was reset by the system

    texts: list[str] = []

    def quit_(box: ResetCacheDialog) -> None:
        texts.append(box.informativeText())
        box.quit_button.click()

    modals.expect(ResetCacheDialog, quit_)
    assert open_services(profile, NO_SERVER, keychain) is None
    assert "the server keeps it all" in texts[0]
    assert (profile.path / "cache.db").exists()

    modals.expect(ResetCacheDialog, lambda box: box.reset_button.click())
    fresh = open_services(profile, dead_url(), keychain)
    assert fresh is not None and fresh.store.account() is None
    fresh.close()


def test_the_passphrase_dialogs_controls_are_named_for_screen_readers(
    qtbot: Any, profile: Profile
) -> None:
    for creating in (True, False):
        dialog = PassphraseDialog(creating)
        qtbot.addWidget(dialog)
        dialog.show()
        names = [w.accessibleName() for w in (dialog.passphrase_edit, dialog.confirm_edit)]
        assert names == ["Passphrase", "Passphrase again"]
