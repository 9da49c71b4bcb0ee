"""The cache key in the REAL Secret Service keychain (gnome-keyring on a D-Bus session).

Run: dbus-run-session -- bash -c 'echo -n test | gnome-keyring-daemon --unlock
--components=secrets >/dev/null; .venv/bin/pytest tests/desktop -q'
"""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desktop.cache import KEYCHAIN_SERVICE, CacheLocked, CacheStore, KeyStore, reset_cache
from desktop.cache.store import DB_FILENAME
from tests.desktop.conftest import account, realistic_page

pytestmark = pytest.mark.keychain


def test_a_new_key_goes_to_the_keychain_reopens_the_cache_and_is_forgotten(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    keys = KeyStore(profile_dir, backend=secret_service, env={})
    assert keys.uses_keychain and keys.load() is None

    key = keys.key_for()
    store = CacheStore.open(profile_dir, key)
    store.save_sign_in(account(), "token-1")
    store.apply_page(realistic_page(cursor="c1"))
    store.close()

    assert key.raw is not None
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) == key.raw.hex()
    mode_file = (profile_dir / "cache.json").read_text(encoding="utf-8")
    assert json.loads(mode_file) == {"mode": "keychain"} and key.raw.hex() not in mode_file

    later = KeyStore(profile_dir, backend=secret_service, env={})
    again = later.key_for()
    assert again == key and later.load() == key
    reopened = CacheStore.open(profile_dir, again)
    assert reopened.cursor() == "c1" and reopened.counts()["document"] == 6
    reopened.close()

    later.forget()

    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is None
    assert later.load() is None and later.mode is None


def test_a_lost_keychain_entry_locks_the_cache_and_a_reset_starts_afresh(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    keys = KeyStore(profile_dir, backend=secret_service, env={})
    store = CacheStore.open(profile_dir, keys.key_for())
    store.apply_page(realistic_page(cursor="c1"))
    store.close()
    secret_service.delete_password(KEYCHAIN_SERVICE, keys.username)  # the keychain was reset

    with pytest.raises(CacheLocked, match="reset the cache"):
        CacheStore.open(profile_dir, keys.key_for())
    reset_cache(profile_dir, keys)

    assert not (profile_dir / DB_FILENAME).exists()
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is None
    fresh = CacheStore.open(profile_dir, keys.key_for())
    assert fresh.cursor() is None and fresh.counts()["document"] == 0
    fresh.close()
    keys.forget()


def test_a_keychain_cache_is_locked_when_the_keychain_is_gone(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    keys = KeyStore(profile_dir, backend=secret_service, env={})
    CacheStore.open(profile_dir, keys.key_for()).close()

    without = KeyStore(profile_dir, backend=fail.Keyring(), env={"QUORUM_CACHE_PASSPHRASE": "x"})
    with pytest.raises(CacheLocked, match="system keychain, which is not available"):
        without.key_for()
    keys.forget()


def test_a_passphrase_cache_stays_on_its_passphrase_when_a_keychain_appears(
    profile_dir: Path, secret_service: KeyringBackend
) -> None:
    headless = KeyStore(profile_dir, backend=fail.Keyring(), env={})
    CacheStore.open(profile_dir, headless.key_for("chosen on a headless day")).close()

    keys = KeyStore(profile_dir, backend=secret_service, env={})
    key = keys.key_for("chosen on a headless day")

    assert key.passphrase == "chosen on a headless day"
    CacheStore.open(profile_dir, key).close()
    assert secret_service.get_password(KEYCHAIN_SERVICE, keys.username) is None
