"""The app lock below the UI (docs/SECURITY.md, "Locking the app"): the delay, the offline
password check against an argon2 hash inside the encrypted cache, five tries, then an online
sign-in. Real SQLCipher cache; a real server for the sign-in that stores the hash."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache import CacheKey, CacheStore
from desktop.cache.unlock import hash_password
from desktop.core.app_lock import MAX_TRIES, AppLock, lock_minutes
from desktop.profile import Profile
from desktop.services import build_services
from desktop.sync.errors import AuthRequired
from tests.desktop.conftest import page, realistic_page, upsert
from tests.serverkit import make_server

PASSWORD = "Cerisier-du-Japon-1987"


def with_policy(store: CacheStore, minutes: int) -> None:
    """The organisation's record arrives with its policy, as a sync brings it."""
    security = {"lock_minutes": minutes}
    store.apply_page(page(upsert("organisation", {"id": "org", "name": "M", "security": security})))


def remember(store: CacheStore, password: str = PASSWORD) -> AppLock:
    store.save_unlock_hash(hash_password(password))
    return AppLock(store)


def test_the_delay_is_the_organisations_unless_the_member_chose_less() -> None:
    assert lock_minutes(15, 0) == 15
    assert lock_minutes(15, 5) == 5
    assert lock_minutes(15, 60) == 15  # never longer than the organisation allows
    assert lock_minutes(3, 1) == 1


def test_the_delay_follows_the_policy_the_sync_brought_and_the_members_choice(
    signed_in: CacheStore,
) -> None:
    choice = [0]
    app_lock = AppLock(signed_in, lambda: choice[0])
    assert app_lock.timeout_minutes() == 15  # no policy received yet: the default
    with_policy(signed_in, 10)
    assert app_lock.timeout_minutes() == 10
    choice[0] = 4
    assert app_lock.timeout_minutes() == 4
    choice[0] = 30
    assert app_lock.timeout_minutes() == 10


def test_the_right_password_unlocks_offline_and_wrong_ones_count_down(
    signed_in: CacheStore,
) -> None:
    app_lock = remember(signed_in)
    app_lock.lock()
    assert app_lock.is_locked()
    outcome = app_lock.unlock("cerisier-du-japon-1987")
    assert not outcome.unlocked and outcome.tries_left == MAX_TRIES - 1
    assert app_lock.is_locked()
    outcome = app_lock.unlock(PASSWORD)
    assert outcome.unlocked and not app_lock.is_locked()
    assert app_lock.tries_left() == MAX_TRIES  # a right password starts the count again


def test_an_empty_password_is_a_wrong_try(signed_in: CacheStore) -> None:
    app_lock = remember(signed_in)
    app_lock.lock()
    assert not app_lock.unlock("").unlocked
    assert app_lock.tries_left() == MAX_TRIES - 1


def test_five_wrong_passwords_forget_the_token_and_the_hash_and_ask_for_an_online_sign_in(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(realistic_page())
    app_lock = remember(signed_in)
    app_lock.lock()
    for tries_left in range(MAX_TRIES - 1, 0, -1):
        assert app_lock.unlock("wrong").tries_left == tries_left
    outcome = app_lock.unlock("wrong")
    assert outcome.online_sign_in_needed and not outcome.unlocked
    assert signed_in.token() is None
    assert signed_in.unlock_record().password_hash is None
    # Even the right password no longer unlocks offline; the content stays, locked.
    assert app_lock.unlock(PASSWORD).online_sign_in_needed
    assert app_lock.is_locked() and app_lock.online_sign_in_needed()
    assert signed_in.account() is not None and signed_in.committees() != []


def test_a_cache_without_a_password_asks_for_an_online_sign_in(signed_in: CacheStore) -> None:
    app_lock = AppLock(signed_in)  # signed in before the app lock existed: no hash
    app_lock.lock()
    assert app_lock.online_sign_in_needed()
    assert app_lock.unlock(PASSWORD).online_sign_in_needed


def test_the_lock_and_the_wrong_tries_survive_a_restart(
    profile_dir: Path, raw_key: CacheKey, signed_in: CacheStore
) -> None:
    app_lock = remember(signed_in)
    app_lock.lock()
    app_lock.unlock("wrong")
    app_lock.unlock("wrong")
    signed_in.close()
    reopened = CacheStore.open(profile_dir, raw_key)
    try:
        again = AppLock(reopened)
        assert again.is_locked() and again.tries_left() == MAX_TRIES - 2
        assert again.unlock(PASSWORD).unlocked
    finally:
        reopened.close()


def test_the_cache_keeps_an_argon2_hash_and_the_password_never_reaches_the_disk(
    profile_dir: Path, signed_in: CacheStore
) -> None:
    remember(signed_in)
    stored = signed_in.unlock_record().password_hash
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    signed_in.checkpoint()
    for path in profile_dir.iterdir():
        data = path.read_bytes()
        assert PASSWORD.encode() not in data and b"argon2" not in data, path.name


@pytest.mark.parametrize("leave", ["sign_out", "token_refused"])
def test_a_sign_in_stores_the_hash_and_it_goes_with_the_token(tmp_path: Path, leave: str) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        services = build_services(
            Profile(tmp_path / "profile"), server.url, passphrase="phrase secrète de test"
        )
        try:
            engine = services.engine
            engine.sign_in(org.alice.email, org.alice.password, "tests")
            app_lock = AppLock(services.store)
            app_lock.lock()
            assert not app_lock.online_sign_in_needed()
            assert not app_lock.unlock("not it").unlocked
            assert app_lock.unlock(org.alice.password).unlocked
            if leave == "sign_out":
                engine.sign_out()
            else:  # the secretariat revoked the device: the next sync forgets the token
                kit.revoke_device(services.store.account().device_id)  # type: ignore[union-attr]
                with pytest.raises(AuthRequired):
                    engine.sync()
            assert services.store.token() is None
            assert app_lock.online_sign_in_needed()
            # Signing in again stores the new hash and lifts a lock left in the cache.
            app_lock.lock()
            engine.sign_in(org.alice.email, org.alice.password, "tests")
            assert not app_lock.is_locked() and not app_lock.online_sign_in_needed()
        finally:
            services.close()
    kit.close()
