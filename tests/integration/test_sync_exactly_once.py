"""A mutation is applied once, however many times it travels."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.sync.api import ApiClient
from desktop.sync.errors import ServerUnreachable
from desktop.sync.status import SyncState
from protocol.models import Mutation, MutationKind, MutationStatus
from tests.integration.conftest import MakeDesktop, Network, readers, server_rows
from tests.serverkit import ServerKit, SmallOrg, TestClient

PUSH_PATH = "/v1/sync/push"


def receipts_of(kit: ServerKit, member_id: str, document_id: str) -> int:
    rows = server_rows(
        kit,
        "SELECT count(*) FROM read_receipts WHERE member_id = :m AND document_id = :d",
        m=member_id,
        d=document_id,
    )
    return int(rows[0][0])


def receipt_changes(kit: ServerKit, document_id: str) -> int:
    rows = server_rows(
        kit,
        "SELECT count(*) FROM changes WHERE kind = 'read_receipt' AND entity_id = :d",
        d=document_id,
    )
    return int(rows[0][0])


def test_the_same_push_sent_twice_is_applied_once(
    kit: ServerKit, org: SmallOrg, server: TestClient
) -> None:
    api = ApiClient(server)
    token = api.sign_in(org.alice.email, org.alice.password, "tests").token
    a1, a2 = org.documents["a1"].id, org.documents["a2"].id
    mutations = [
        Mutation(
            client_id=f"client-id-{n}",
            seq=n,
            kind=MutationKind.MARK_READ,
            data={"document_id": doc, "read_at": "2025-03-20T08:15:00+00:00"},
        )
        for n, doc in ((1, a1), (2, a2))
    ]

    first = api.push(token, mutations)
    again = api.push(token, mutations)

    assert [r.status for r in first.results] == [MutationStatus.APPLIED] * 2
    assert [r.duplicate for r in first.results] == [False, False]
    assert [r.status for r in again.results] == [MutationStatus.APPLIED] * 2
    assert [r.duplicate for r in again.results] == [True, True]
    for doc in (a1, a2):
        assert receipts_of(kit, org.alice.id, doc) == 1
        assert receipt_changes(kit, doc) == 1


def test_a_push_applied_whose_answer_was_lost_is_sent_again_and_applied_once(
    kit: ServerKit, org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True)
    alice.sign_in(org.alice)
    alice.engine.sync()
    a1 = org.documents["a1"].id
    alice.store.mark_read(a1, datetime(2025, 3, 20, 8, 15, tzinfo=UTC))

    network.lose_answers_to = {PUSH_PATH}  # the server applies it; the answer never arrives
    with pytest.raises(ServerUnreachable):
        alice.engine.sync()
    assert [e.state for e in alice.store.outbox()] == ["pending"]
    assert alice.engine.status().state is SyncState.OFFLINE
    assert receipts_of(kit, org.alice.id, a1) == 1  # it did reach the server

    network.lose_answers_to = set()
    report = alice.engine.sync()

    (answer,) = network.answers_to(PUSH_PATH)
    (result,) = answer["results"]
    assert result["status"] == "applied" and result["duplicate"] is True
    assert report.pushed == 1
    assert [e.state for e in alice.store.outbox()] == ["sent"]
    assert receipts_of(kit, org.alice.id, a1) == 1
    assert receipt_changes(kit, a1) == 1
    assert org.alice.id in readers(kit, org.sara, a1)
