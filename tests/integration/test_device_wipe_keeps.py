"""What a remote wipe keeps (docs/SECURITY.md): the member's preferences (text size, contrast;
no content) and the running app's lock, beside the settings. A member who reads at 200 % and
signs in again after a wipe still reads at 200 %.

Run with the keychain: ``scripts/with-keyring.sh .venv/bin/pytest tests/integration/...``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.cache import CacheStore
from desktop.cache.keys import KeyStore
from desktop.core.device_trust import KEPT_FILES, wipe_profile
from desktop.profile import Profile
from desktop.ui.appearance import point_size
from desktop.ui.preferences import FILE_NAME, Preferences
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.single_instance import LOCK_FILENAME, SingleInstance
from tests.desktop.conftest import account, profile_dir, secret_service
from tests.desktop.uikit import MemoryKeyring, Modals
from tests.integration.test_device_wipe import (
    alice_signed_in,
    env,
    kit,
    modals,
    revoke_with_a_wipe,
    sign_in_as_alice,
    started,
    wait_for_wipe_notice,
)
from tests.serverkit import ServerKit

__all__ = ["env", "kit", "modals", "profile_dir", "secret_service"]  # fixtures used here


@pytest.fixture
def font_back(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    yield
    qapp.setFont(font)


def test_the_wipe_keeps_the_preferences_and_the_lock_but_deletes_everything_else(
    tmp_path: Path, qapp: QApplication
) -> None:
    folder = tmp_path / "profile"
    guard = SingleInstance(folder)
    assert guard.acquire()  # the app running the wipe holds the profile
    try:
        keys = KeyStore(folder, backend=MemoryKeyring())
        store = CacheStore.open(folder, keys.key_for())
        store.save_sign_in(account(), "token-1")
        preferences = Preferences(folder)
        preferences.text_scale = 200
        preferences.high_contrast = True
        (folder / "files").mkdir()
        (folder / "files" / "budget.pdf").write_bytes(b"%PDF- secret figures")

        outcome = wipe_profile(folder, keys, store.close)

        assert outcome.complete
        assert sorted(p.name for p in folder.iterdir()) == sorted([FILE_NAME, LOCK_FILENAME])
        kept = Preferences(folder)
        assert kept.text_scale == 200 and kept.high_contrast
        # Still held: another start on this profile is told to hand over.
        assert not SingleInstance(folder).acquire()
    finally:
        guard.release()
    assert set(KEPT_FILES) == {FILE_NAME, LOCK_FILENAME}


def test_after_a_wipe_the_member_who_signs_in_again_still_reads_at_200_percent(
    qtbot: Any,
    kit: ServerKit,
    profile_dir: Path,
    secret_service: KeyringBackend,
    env: None,
    modals: Modals,
    font_back: None,
) -> None:
    org = kit.seed_small_org()
    profile = Profile(profile_dir)
    Preferences(profile.path).text_scale = 200
    with alice_signed_in(qtbot, kit, org, profile, secret_service, modals) as app:
        assert QApplication.font().pointSizeF() == pytest.approx(point_size(200))
        revoke_with_a_wipe(kit, org, app)
        app.ctx.window.sync_action.trigger()
        notice = wait_for_wipe_notice(qtbot, app.ctx)
        assert sorted(p.name for p in profile.path.iterdir()) == [FILE_NAME, "settings.json"]

        modals.expect(SignInDialog, sign_in_as_alice(org))
        QTest.keyClick(notice.sign_in_button, Qt.Key.Key_Space)
        again = started(qtbot, app.ctx.successor)

        assert again.session.account() is not None
        assert Preferences(profile.path).text_scale == 200
        assert QApplication.font().pointSizeF() == pytest.approx(point_size(200))
