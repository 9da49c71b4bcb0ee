"""Working offline: what the member does waits in the outbox and is sent when back online."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.sync.backoff import INITIAL_DELAY
from desktop.sync.engine import POLL_INTERVAL
from desktop.sync.errors import ServerUnreachable
from desktop.sync.status import SyncState
from tests.integration.conftest import MakeDesktop, Network, readers
from tests.serverkit import ServerKit, SmallOrg


def test_a_document_read_offline_waits_across_a_restart_and_is_sent_on_reconnect(
    kit: ServerKit, org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True)
    alice.sign_in(org.alice)
    alice.engine.sync()
    a1 = org.documents["a1"].id

    network.up = False  # the train enters the tunnel
    assert alice.store.mark_read(a1, datetime(2025, 3, 20, 8, 15, tzinfo=UTC))
    with pytest.raises(ServerUnreachable):
        alice.engine.sync()

    status = alice.engine.status()
    assert status.state is SyncState.OFFLINE
    assert status.reason_code == "server_unreachable" and status.reason_message
    assert status.pending == 1
    assert status.last_sync is not None  # the last good sync is still known
    read = alice.store.document(a1)
    assert read is not None and read.read_at is not None  # shown as read at once

    alice.restart()  # the laptop is closed and opened again, still offline
    assert alice.store.counts()["outbox_pending"] == 1
    assert alice.engine.status().pending == 1
    assert [e.state for e in alice.store.outbox()] == ["pending"]

    network.up = True
    report = alice.engine.sync()

    assert report.pushed == 1 and report.rejected == 0
    assert [e.state for e in alice.store.outbox()] == ["sent"]
    status = alice.engine.status()
    assert status.state is SyncState.ONLINE and status.pending == 0
    assert org.alice.id in readers(kit, org.sara, a1)


def test_while_offline_retries_back_off_and_polling_resumes_once_back(
    org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True)
    alice.sign_in(org.alice)
    network.up = False

    delays: list[float] = []
    for _ in range(3):
        with pytest.raises(ServerUnreachable):
            alice.engine.sync()
        delay = alice.engine.next_delay()
        assert delay is not None
        delays.append(delay)

    assert delays[0] <= INITIAL_DELAY
    assert delays == sorted(delays) and delays[2] > delays[0]
    network.up = True
    alice.engine.sync()
    assert alice.engine.next_delay() == POLL_INTERVAL


def test_the_first_sign_in_without_network_stays_signed_out_and_says_why(
    org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True)
    network.up = False

    with pytest.raises(ServerUnreachable):
        alice.sign_in(org.alice)

    status = alice.engine.status()
    assert status.state is SyncState.SIGNED_OUT
    assert status.reason_code == "server_unreachable"
    assert alice.engine.next_delay() is None  # only the member can try again
    assert alice.store.account() is None and alice.store.token() is None
