"""The offline limit (docs/SECURITY.md): the cache keeps, encrypted, the organisation's policy
and when this device last reached the server; at start, past the organisation's limit, the app
deletes this computer's data, says why and asks for a new sign-in."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import start_app
from desktop.cache import CacheKey, CacheStore
from desktop.cache.keys import KeyStore
from desktop.core.device_trust import offline_limit_passed
from desktop.profile import Profile
from desktop.sync.status import SyncState
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.wipe_notice import WipeNotice
from protocol.security import SecurityPolicy
from tests.desktop.conftest import page, upsert
from tests.desktop.trustkit import wait_closed
from tests.desktop.uikit import Modals
from tests.serverkit import make_server

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
PASSPHRASE = "phrase secrète de test"


def test_no_limit_set_means_a_device_may_stay_offline_as_long_as_it_likes() -> None:
    assert not offline_limit_passed(SecurityPolicy(), NOW - timedelta(days=3000), NOW)


def test_the_limit_is_passed_only_after_the_whole_number_of_days() -> None:
    policy = SecurityPolicy(max_offline_days=7)
    assert not offline_limit_passed(policy, NOW - timedelta(days=7), NOW)
    assert offline_limit_passed(policy, NOW - timedelta(days=7, minutes=1), NOW)


def test_a_cache_that_never_recorded_a_contact_is_not_wiped() -> None:
    assert not offline_limit_passed(SecurityPolicy(max_offline_days=1), None, NOW)


def test_a_clock_a_little_behind_the_last_contact_does_not_wipe() -> None:
    policy = SecurityPolicy(max_offline_days=30)
    assert not offline_limit_passed(policy, NOW + timedelta(hours=23), NOW)


def test_a_clock_put_back_more_than_a_day_counts_as_past_the_limit() -> None:
    policy = SecurityPolicy(max_offline_days=30)
    assert offline_limit_passed(policy, NOW + timedelta(days=1, minutes=1), NOW)
    assert offline_limit_passed(policy, NOW + timedelta(days=400), NOW)
    assert not offline_limit_passed(SecurityPolicy(), NOW + timedelta(days=400), NOW)


def test_the_policy_and_the_last_contact_are_kept_in_the_encrypted_cache(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    store = CacheStore.open(profile_dir, raw_key)
    assert store.security_policy() == SecurityPolicy()
    assert store.last_online_at() is None
    organisation = {
        "id": "org-1",
        "name": "Mutuelle des Volcans",
        "short_name": "MdV",
        "security": {"max_offline_days": 14, "device_approval": True, "lock_minutes": 5},
    }
    before = datetime.now(UTC)
    store.apply_page(page(upsert("organisation", organisation)))
    store.close()

    store = CacheStore.open(profile_dir, raw_key)
    try:
        policy = store.security_policy()
        assert policy.max_offline_days == 14 and policy.device_approval
        assert policy.lock_minutes == 5
        last = store.last_online_at()
        assert last is not None and before <= last <= datetime.now(UTC)
    finally:
        store.close()
    raw = b"".join(p.read_bytes() for p in profile_dir.glob("cache.db*"))
    assert b"max_offline_days" not in raw and b"last_online_at" not in raw


# --- at start, against a real server -------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _sign_in(password: str) -> Any:
    def answer(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        wait_closed(dialog)  # signing in takes a moment (argon2 on both sides)

    return answer


def _go_back_in_time(profile: Profile, days: int) -> None:
    """As if the last contact with the server was ``days`` ago."""
    store = CacheStore.open(profile.path, KeyStore(profile.path).key_for(PASSPHRASE))
    try:
        store.record_online(datetime.now(UTC) - timedelta(days=days))
    finally:
        store.close()


def test_past_the_organisations_offline_limit_the_app_wipes_at_start_and_asks_to_sign_in(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    told: list[str] = []

    def read_then_sign_in_again(notice: WipeNotice) -> None:
        told.append(notice.message.text())
        QTest.keyClick(notice.sign_in_button, Qt.Key.Key_Space)

    with kit.live() as server:
        httpx.put(
            f"{server.url}/v1/security/policy",
            json={"max_offline_days": 10, "device_approval": False, "lock_minutes": 15},
            headers=kit.headers(org.sara),
        ).raise_for_status()
        modals.expect(SignInDialog, _sign_in(org.alice.password))
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None
        qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=15_000)
        assert ctx.services.store.security_policy().max_offline_days == 10
        ctx.close()

        _go_back_in_time(profile, days=9)  # within the limit: opens as usual
        ctx = start_app(profile, server.url, install_hook=False)
        assert ctx is not None and modals.seen == ["SignInDialog"]
        assert ctx.services.store.account() is not None
        ctx.close()

        _go_back_in_time(profile, days=11)
        modals.expect(WipeNotice, read_then_sign_in_again)
        modals.expect(SignInDialog, lambda dialog: dialog.cancel_button.click())
        ctx = start_app(profile, server.url, install_hook=False)

    assert ctx is None  # the member did not sign in again: nothing left to show
    assert modals.seen == ["SignInDialog", "WipeNotice", "SignInDialog"]
    assert "more than 10 days" in told[0]
    # What is there now is the new, empty cache the sign-in would have filled; the settings
    # that are no content stay, so signing in again asks for nothing new.
    settings = profile.load_settings()
    assert settings.server_url == server.url and settings.email == org.alice.email
    store = CacheStore.open(profile.path, KeyStore(profile.path).key_for(PASSPHRASE))
    try:
        assert store.account() is None and store.token() is None
        assert set(store.counts().values()) == {0}
        assert store.last_online_at() is None
    finally:
        store.close()
    kit.close()


def test_within_no_limit_a_long_absence_keeps_everything(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    with kit.live() as server:
        modals.expect(SignInDialog, _sign_in(org.alice.password))
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None
        qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=15_000)
        held = ctx.services.store.counts()
        ctx.close()
    _go_back_in_time(profile, days=400)
    ctx = start_app(profile, server.url, install_hook=False)  # offline, no limit set
    assert ctx is not None
    try:
        assert ctx.services.store.counts() == held
        assert modals.seen == ["SignInDialog"]
    finally:
        ctx.close()
    kit.close()


def test_past_the_limit_quitting_leaves_only_the_settings_in_the_profile_folder(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    with kit.live() as server:
        httpx.put(
            f"{server.url}/v1/security/policy",
            json={"max_offline_days": 1},
            headers=kit.headers(org.sara),
        ).raise_for_status()
        modals.expect(SignInDialog, _sign_in(org.alice.password))
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None
        qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=15_000)
        ctx.close()
    _go_back_in_time(profile, days=2)
    modals.expect(WipeNotice, lambda notice: QTest.keyClick(notice.quit_button, Qt.Key.Key_Space))
    assert start_app(profile, server.url, install_hook=False) is None
    assert modals.seen == ["SignInDialog", "WipeNotice"]
    assert profile.path.is_dir() and [p.name for p in profile.path.iterdir()] == ["settings.json"]
    kit.close()
