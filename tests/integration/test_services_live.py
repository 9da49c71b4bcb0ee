"""The composed services (cache + keychain + HTTP client + engine) against a live server."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache.errors import CacheLocked, PassphraseRequired
from desktop.profile import Profile
from desktop.services import build_services, open_cache_only, reset_cache
from desktop.sync.errors import ServerUnreachable
from desktop.sync.status import SyncState
from tests.integration.keyrings import MemoryKeyring, NoKeyring
from tests.serverkit import ServerKit, SmallOrg


def test_services_sync_with_a_live_server_and_stay_readable_once_it_stops(
    tmp_path: Path, kit: ServerKit, org: SmallOrg
) -> None:
    profile = Profile(tmp_path / "alice")
    keychain = MemoryKeyring()
    with kit.live() as live:
        services = build_services(profile, live.url, keyring_backend=keychain)
        try:
            services.engine.sign_in(org.alice.email, org.alice.password, "laptop")
            services.engine.sync()
            held = services.store.counts()
        finally:
            services.close()
        url = live.url
    assert keychain.secrets  # the key went to the keychain, not to disk
    assert held["document"] == 4

    services = build_services(profile, url, keyring_backend=keychain)
    try:
        with pytest.raises(ServerUnreachable):
            services.engine.sync()
        assert services.engine.status().state is SyncState.OFFLINE
        assert services.store.counts() == held
    finally:
        services.close()


def test_without_a_keychain_the_cache_needs_a_passphrase_and_refuses_a_wrong_one(
    tmp_path: Path,
) -> None:
    profile = Profile(tmp_path / "headless")
    with pytest.raises(PassphraseRequired):
        open_cache_only(profile, keyring_backend=NoKeyring())
    open_cache_only(profile, "correct horse", keyring_backend=NoKeyring()).close()

    with pytest.raises(CacheLocked):
        build_services(
            profile, "http://127.0.0.1:9", passphrase="wrong", keyring_backend=NoKeyring()
        )

    reset_cache(profile, keyring_backend=NoKeyring())
    assert not (profile.path / "cache.db").exists()
    open_cache_only(profile, "a new one", keyring_backend=NoKeyring()).close()


def test_reset_cache_forgets_the_keychain_key(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "desk")
    keychain = MemoryKeyring()
    open_cache_only(profile, keyring_backend=keychain).close()
    assert keychain.secrets

    reset_cache(profile, keyring_backend=keychain)

    assert keychain.secrets == {}
    assert not (profile.path / "cache.db").exists()
