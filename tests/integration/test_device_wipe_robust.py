"""The wipe executor when things go wrong (docs/SECURITY.md): the cache key goes first, a file
that cannot be deleted does not stop the rest, a keychain that keeps the key is reported, and
the settings that are no content survive. The key lives in the REAL Secret Service keychain.

Run with the keychain: ``scripts/with-keyring.sh .venv/bin/pytest tests/integration/...``.
"""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import json
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desktop.cache import CacheStore
from desktop.cache.keys import KEYCHAIN_SERVICE, KeyStore
from desktop.core.device_trust import wipe_profile
from desktop.profile import Profile, ProfileSettings
from tests.desktop.conftest import account, profile_dir, secret_service

__all__ = ["profile_dir", "secret_service"]  # fixtures used here

pytestmark = pytest.mark.keychain


class KeychainThatKeeps(KeyringBackend):
    """The real keychain, except that it refuses to delete (a fault: a locked collection)."""

    priority = 5

    def __init__(self, real: KeyringBackend) -> None:
        super().__init__()
        self.real = real

    def get_password(self, service: str, username: str) -> str | None:
        return self.real.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.real.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("the collection is locked")


KeyringBackend._classes.discard(KeychainThatKeeps)


def a_synced_profile(folder: Path, backend: KeyringBackend) -> tuple[KeyStore, CacheStore]:
    """A cache keyed in ``backend``, signed in, with settings and a downloaded file."""
    keys = KeyStore(folder, backend=backend)
    store = CacheStore.open(folder, keys.key_for())
    store.save_sign_in(account(), "token-1")
    Profile(folder).save_settings(
        ProfileSettings(
            server_url="https://quorum.example.org",
            email="alice@example.org",
            language="fr",
            lock_minutes=5,
            insecure_servers=["http://test.example.org:8000"],
            ca_file="/etc/quorum/ca.pem",
            extra={"last_committee": "board"},
        )
    )
    (folder / "files").mkdir()
    (folder / "files" / "budget.pdf").write_bytes(b"%PDF- secret figures")
    return keys, store


def test_a_locked_database_file_does_not_stop_the_wipe_and_the_key_goes_first(
    profile_dir: Path, secret_service: KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys, store = a_synced_profile(profile_dir, secret_service)
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is not None
    real_unlink = Path.unlink

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path.name == "cache.db":  # another program holds it open (Windows)
            raise PermissionError(13, "The file is in use", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)

    outcome = wipe_profile(profile_dir, keys, store.close)

    assert not outcome.complete and outcome.left == (profile_dir / "cache.db",)
    assert not outcome.key_left
    # Without its key the database left behind cannot be read.
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is None
    assert sorted(p.name for p in profile_dir.iterdir()) == ["cache.db", "settings.json"]


def test_a_keychain_that_keeps_the_key_makes_the_wipe_incomplete(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    keys, store = a_synced_profile(profile_dir, KeychainThatKeeps(secret_service))

    outcome = wipe_profile(profile_dir, keys, store.close)

    assert outcome.key_left and not outcome.complete
    assert outcome.left == ()  # every file went
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is not None


def test_forgetting_a_key_the_keychain_no_longer_has_counts_as_forgotten(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    keys = KeyStore(profile_dir, backend=secret_service)
    keys.create()
    assert keys.forget() is True
    assert keys.forget() is True  # nothing there any more: nothing left to forget
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is None


def test_a_wipe_keeps_the_server_address_and_trust_settings_but_no_content(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    keys, store = a_synced_profile(profile_dir, secret_service)

    outcome = wipe_profile(profile_dir, keys, store.close)

    assert outcome.complete
    assert [p.name for p in profile_dir.iterdir()] == ["settings.json"]
    settings = Profile(profile_dir).load_settings()
    assert settings.server_url == "https://quorum.example.org"
    assert settings.email == "alice@example.org" and settings.language == "fr"
    assert settings.insecure_servers == ["http://test.example.org:8000"]
    assert settings.ca_file == "/etc/quorum/ca.pem"
    assert settings.extra == {} and settings.lock_minutes == 0
    assert set(json.loads((profile_dir / "settings.json").read_text(encoding="utf-8"))) == {
        "server_url",
        "email",
        "language",
        "insecure_servers",
        "ca_file",
    }
