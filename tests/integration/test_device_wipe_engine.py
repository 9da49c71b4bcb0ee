"""The remote wipe below the UI: the sync engine meets ``wipe_required``, keeps the token in
memory only, the executor deletes the profile and the acknowledgement reaches the server
(docs/SECURITY.md). Real server in process, real SQLCipher cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache.keys import KeyStore
from desktop.core.device_trust import acknowledge_wipe, remote_wipe, wipe_profile
from desktop.sync.errors import AuthRequired, WipeRequired
from desktop.sync.status import SyncState
from tests.integration.conftest import MakeDesktop, Network
from tests.integration.keyrings import MemoryKeyring
from tests.serverkit import ServerKit, SmallOrg, TestClient


def device_state(server: TestClient, kit: ServerKit, org: SmallOrg, device_id: str) -> str:
    listed = server.get("/v1/security/devices", headers=kit.headers(org.sara)).json()
    return str(next(d["state"] for d in listed["devices"] if d["id"] == device_id))


def test_a_sync_answered_wipe_required_holds_the_token_and_stops_syncing(
    kit: ServerKit, org: SmallOrg, server: TestClient, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    account = alice.sign_in(org.alice)
    alice.engine.sync()
    token = alice.store.token()
    server.post(
        f"/v1/security/devices/{account.device_id}/revoke",
        json={"wipe": True},
        headers=kit.headers(org.sara),
    ).raise_for_status()

    with pytest.raises(WipeRequired):
        alice.engine.sync()

    status = alice.engine.status()
    assert status.state is SyncState.SIGNED_OUT and status.reason_code == "wipe_required"
    assert alice.engine.next_delay() is None  # nothing syncs until the wipe
    assert alice.engine.wipe_token == token
    assert device_state(server, kit, org, account.device_id) == "wipe_pending"


def test_a_wipe_that_never_ran_is_met_again_at_the_next_start_and_then_done(
    kit: ServerKit, org: SmallOrg, server: TestClient, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    account = alice.sign_in(org.alice)
    alice.engine.sync()
    server.post(
        f"/v1/security/devices/{account.device_id}/revoke",
        json={"wipe": True},
        headers=kit.headers(org.sara),
    ).raise_for_status()
    with pytest.raises(WipeRequired):
        alice.engine.sync()

    alice.restart()  # the app was killed before its wipe ran: the token is still there
    assert alice.store.token() is not None and not alice.engine.needs_sign_in()
    with pytest.raises(WipeRequired):
        alice.engine.sync()
    token = alice.engine.wipe_token
    assert token is not None
    outcome = remote_wipe(
        alice.profile_dir,
        KeyStore(alice.profile_dir, backend=MemoryKeyring()),
        alice.store.close,
        lambda: acknowledge_wipe(alice.engine_api(), token),
    )
    assert outcome.complete and outcome.acknowledged
    assert list(alice.profile_dir.iterdir()) == []
    assert device_state(server, kit, org, account.device_id) == "wiped"


def test_a_device_revoked_without_a_wipe_is_not_counted_as_acknowledged(
    kit: ServerKit, org: SmallOrg, server: TestClient, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    account = alice.sign_in(org.alice)
    token = alice.store.token()
    assert token is not None
    server.post(
        f"/v1/security/devices/{account.device_id}/revoke",
        json={"wipe": False},
        headers=kit.headers(org.sara),
    ).raise_for_status()

    assert acknowledge_wipe(alice.engine_api(), token) is False
    assert device_state(server, kit, org, account.device_id) == "revoked"


def test_the_executor_deletes_the_profile_then_the_server_records_the_wipe_once(
    kit: ServerKit, org: SmallOrg, server: TestClient, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    account = alice.sign_in(org.alice)
    alice.engine.sync()
    (alice.profile_dir / "settings.json").write_text("{}", encoding="utf-8")
    (alice.profile_dir / "files").mkdir()
    (alice.profile_dir / "files" / "part.bin").write_bytes(b"x" * 10)
    server.post(
        f"/v1/security/devices/{account.device_id}/revoke",
        json={"wipe": True},
        headers=kit.headers(org.sara),
    ).raise_for_status()
    with pytest.raises(WipeRequired):
        alice.engine.sync()
    token = alice.engine.wipe_token
    assert token is not None
    keyring = MemoryKeyring()
    keys = KeyStore(alice.profile_dir, backend=keyring)
    keys.create()
    assert keyring.secrets

    outcome = remote_wipe(
        alice.profile_dir,
        keys,
        alice.store.close,
        lambda: acknowledge_wipe(alice.engine_api(), token),
    )

    assert outcome.complete and outcome.acknowledged
    assert keyring.secrets == {}
    assert alice.profile_dir.is_dir() and list(alice.profile_dir.iterdir()) == []
    assert device_state(server, kit, org, account.device_id) == "wiped"
    # Told twice (an answer lost on the way): the server already counts it as done.
    assert acknowledge_wipe(alice.engine_api(), token)
    with pytest.raises(AuthRequired):
        alice.engine_api().me(token)  # the token opens nothing any more


def test_a_cache_already_closed_or_broken_does_not_stop_the_wipe(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "cache.db").write_bytes(b"not a database")
    (profile / "cache.db-wal").write_bytes(b"wal")
    (profile / "cache.db-shm").write_bytes(b"shm")

    def broken_close() -> None:
        raise OSError("disk went away")

    outcome = wipe_profile(profile, KeyStore(profile, backend=MemoryKeyring()), broken_close)
    assert outcome.complete and outcome.acknowledged is None
    assert list(profile.iterdir()) == []


def test_a_wipe_with_no_answer_from_the_server_is_not_acknowledged(
    org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True)
    alice.sign_in(org.alice)
    alice.engine.sync()
    token = alice.store.token()
    assert token is not None
    store_dir = alice.profile_dir
    network.up = False

    outcome = remote_wipe(
        store_dir,
        KeyStore(store_dir, backend=MemoryKeyring()),
        alice.store.close,
        lambda: acknowledge_wipe(alice.engine_api(), token),
    )
    assert outcome.complete and outcome.acknowledged is False
    assert list(store_dir.iterdir()) == []


def test_the_store_records_each_contact_with_the_server(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    assert alice.store.last_online_at() is None
    alice.sign_in(org.alice)
    signed_in_at = alice.store.last_online_at()
    assert signed_in_at is not None
    alice.engine.sync()
    synced_at = alice.store.last_online_at()
    assert synced_at is not None and synced_at >= signed_in_at
