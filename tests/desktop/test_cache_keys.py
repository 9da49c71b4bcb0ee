"""Which key opens the cache, and what the member is told when none does."""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from keyring.backends import fail

from desktop.cache import (
    SCHEMA_VERSION,
    CacheKey,
    CacheLocked,
    CacheStore,
    CacheTooNew,
    InsecureKeychain,
    KeyStore,
    PassphraseRequired,
    reset_cache,
)
from desktop.cache.keys import profile_key_id
from desktop.cache.store import DB_FILENAME
from tests.desktop.conftest import LockedKeyring, LowPriorityKeyring, realistic_page


def test_a_wrong_raw_key_locks_the_cache_with_a_clear_message(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    CacheStore.open(profile_dir, raw_key).close()

    with pytest.raises(CacheLocked, match="could not be opened.*reset the cache"):
        CacheStore.open(profile_dir, CacheKey.generate())


def test_a_wrong_passphrase_locks_the_cache_and_the_right_one_opens_it(
    profile_dir: Path,
) -> None:
    store = CacheStore.open(profile_dir, CacheKey(passphrase="l'été à Figeac"))
    store.apply_page(realistic_page(cursor="c1"))
    store.close()

    with pytest.raises(CacheLocked):
        CacheStore.open(profile_dir, CacheKey(passphrase="l'ete a Figeac"))
    reopened = CacheStore.open(profile_dir, CacheKey(passphrase="l'été à Figeac"))
    assert reopened.cursor() == "c1"
    reopened.close()


def test_a_raw_key_does_not_open_a_passphrase_cache(profile_dir: Path) -> None:
    CacheStore.open(profile_dir, CacheKey(passphrase="secret")).close()

    with pytest.raises(CacheLocked):
        CacheStore.open(profile_dir, CacheKey.generate())


def test_a_cache_from_a_newer_quorum_is_refused_and_left_untouched(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    CacheStore.open(profile_dir, raw_key).close()
    conn = sqlcipher3.connect(str(profile_dir / DB_FILENAME), isolation_level=None)
    conn.execute(f"PRAGMA key = {raw_key.pragma()}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()

    with pytest.raises(CacheTooNew, match="newer version of Quorum") as raised:
        CacheStore.open(profile_dir, raw_key)

    assert f"cache format {SCHEMA_VERSION + 1}" in str(raised.value)
    conn = sqlcipher3.connect(str(profile_dir / DB_FILENAME), isolation_level=None)
    conn.execute(f"PRAGMA key = {raw_key.pragma()}")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


@pytest.mark.parametrize(
    "backend", [LowPriorityKeyring(), fail.Keyring()], ids=["priority-0.5", "fail"]
)
def test_an_insecure_keychain_is_refused(profile_dir: Path, backend: object) -> None:
    keys = KeyStore(profile_dir, backend=backend, env={})  # type: ignore[arg-type]

    assert not keys.uses_keychain
    with pytest.raises(InsecureKeychain, match="passphrase"):
        keys.create()
    with pytest.raises(PassphraseRequired, match="QUORUM_CACHE_PASSPHRASE"):
        keys.key_for()
    assert keys.load() is None
    assert not (profile_dir / "cache.json").exists()


def test_without_a_secure_keychain_the_passphrase_from_the_environment_opens_the_cache(
    profile_dir: Path,
) -> None:
    env = {"QUORUM_CACHE_PASSPHRASE": "unattended pass"}
    keys = KeyStore(profile_dir, backend=LowPriorityKeyring(), env=env)

    store = CacheStore.open(profile_dir, keys.key_for())
    store.apply_page(realistic_page(cursor="c1"))
    store.close()

    assert keys.mode == "passphrase"
    assert json.loads((profile_dir / "cache.json").read_text()) == {"mode": "passphrase"}
    again = KeyStore(profile_dir, backend=LowPriorityKeyring(), env=env)
    loaded = again.load()
    assert loaded is not None and loaded.passphrase == "unattended pass"
    reopened = CacheStore.open(profile_dir, loaded)
    assert reopened.cursor() == "c1"
    reopened.close()


def test_a_passphrase_given_by_the_member_wins_over_the_environment(profile_dir: Path) -> None:
    keys = KeyStore(profile_dir, backend=fail.Keyring(), env={"QUORUM_CACHE_PASSPHRASE": "env"})

    assert keys.key_for("typed").passphrase == "typed"
    assert keys.key_for().passphrase == "env"


def test_a_passphrase_cache_asks_for_its_passphrase_on_the_next_start(profile_dir: Path) -> None:
    KeyStore(profile_dir, backend=fail.Keyring(), env={}).key_for("chosen")

    with pytest.raises(PassphraseRequired):
        KeyStore(profile_dir, backend=fail.Keyring(), env={}).key_for()


def test_a_locked_keychain_reports_a_locked_cache(profile_dir: Path) -> None:
    keys = KeyStore(profile_dir, backend=LockedKeyring(), env={})

    assert keys.uses_keychain
    with pytest.raises(CacheLocked, match="keychain did not give"):
        keys.key_for()
    with pytest.raises(InsecureKeychain, match="refused to keep"):
        keys.create()


def test_reset_after_a_lost_passphrase_starts_an_empty_cache(profile_dir: Path) -> None:
    keys = KeyStore(profile_dir, backend=fail.Keyring(), env={})
    store = CacheStore.open(profile_dir, keys.key_for("forgotten"))
    store.apply_page(realistic_page(cursor="c1"))
    store.close()
    with pytest.raises(CacheLocked):
        CacheStore.open(profile_dir, keys.key_for("guess"))

    reset_cache(profile_dir, keys)

    assert sorted(p.name for p in profile_dir.iterdir()) == []
    fresh = CacheStore.open(profile_dir, keys.key_for("new one"))
    assert fresh.cursor() is None and fresh.counts()["document"] == 0
    fresh.close()


def test_a_key_never_shows_in_its_repr_and_is_well_formed() -> None:
    key = CacheKey.generate()
    assert key.raw is not None and len(key.raw) == 32
    assert key.raw.hex() not in repr(key)
    assert "hunter2" not in repr(CacheKey(passphrase="hunter2"))
    assert key.pragma() == f"\"x'{key.raw.hex()}'\""
    assert CacheKey(passphrase="it's").pragma() == "'it''s'"
    with pytest.raises(ValueError):
        CacheKey(raw=b"short")
    with pytest.raises(ValueError):
        CacheKey()
    with pytest.raises(ValueError):
        CacheKey(raw=bytes(32), passphrase="both")


def test_the_keychain_username_is_a_stable_id_of_the_profile_folder(tmp_path: Path) -> None:
    first = profile_key_id(tmp_path / "a")
    assert first == profile_key_id(tmp_path / "x" / ".." / "a")
    assert first != profile_key_id(tmp_path / "b")
    assert len(first) == 16 and int(first, 16) >= 0
