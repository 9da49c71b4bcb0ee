"""The outbox leaves in order, in batches, and a failing server stops it without loss."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.cache import CacheStore
from desktop.sync.errors import ServerError
from desktop.sync.status import SyncState
from tests.integration.conftest import MakeDesktop, Network, readers
from tests.serverkit import ServerKit, SmallOrg

PUSH_PATH = "/v1/sync/push"
KEYS = ("org2", "a2", "org1", "a1")


def read_everything(store: CacheStore, org: SmallOrg) -> None:
    start = datetime(2025, 3, 20, 8, 0, tzinfo=UTC)
    for minute, key in enumerate(KEYS):
        store.mark_read(org.documents[key].id, start + timedelta(minutes=minute))


def test_the_outbox_is_pushed_in_batches_in_seq_order(
    kit: ServerKit, org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True, push_batch=3)
    alice.sign_in(org.alice)
    alice.engine.sync()
    read_everything(alice.store, org)

    report = alice.engine.sync()

    batches = [body["mutations"] for path, body in network.sent if path == PUSH_PATH]
    assert [len(batch) for batch in batches] == [3, 1]
    seqs = [m["seq"] for batch in batches for m in batch]
    assert seqs == sorted(seqs)
    assert [m["data"]["document_id"] for batch in batches for m in batch] == [
        org.documents[key].id for key in KEYS
    ]
    assert report.pushed == 4
    assert {e.state for e in alice.store.outbox()} == {"sent"}
    assert org.alice.id in readers(kit, org.sara, org.documents["a1"].id)


def test_a_failing_server_stops_the_push_and_leaves_the_rest_pending_for_later(
    kit: ServerKit, org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True, push_batch=3)
    alice.sign_in(org.alice)
    alice.engine.sync()
    read_everything(alice.store, org)
    network.fail[PUSH_PATH] = [None, 500]  # the first batch goes through, the second fails

    with pytest.raises(ServerError):
        alice.engine.sync()

    states = [e.state for e in sorted(alice.store.outbox(), key=lambda e: e.seq)]
    assert states == ["sent", "sent", "sent", "pending"]
    status = alice.engine.status()
    assert status.state is SyncState.ERROR
    assert status.reason_code == "server_error" and status.pending == 1
    assert org.alice.id not in readers(kit, org.sara, org.documents["a1"].id)

    report = alice.engine.sync()

    assert report.pushed == 1
    assert {e.state for e in alice.store.outbox()} == {"sent"}
    assert alice.engine.status().state is SyncState.ONLINE
    assert org.alice.id in readers(kit, org.sara, org.documents["a1"].id)
