"""Push: a device's mutations are applied in order, exactly once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.db import tables as t
from server.db.engine import reading
from tests.server.helpers import ids_of, mark_read, pull_all
from tests.serverkit import ServerKit, SmallOrg, TestClient


def push(client: TestClient, headers: dict[str, str], *mutations: dict[str, Any]) -> Any:
    response = client.post("/v1/sync/push", json={"mutations": list(mutations)}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["results"]


def receipt_rows(kit: ServerKit) -> list[Any]:
    with reading(kit.engine) as conn:
        return list(conn.execute(select(t.read_receipts)).all())


def test_the_same_batch_sent_twice_is_applied_once_and_answered_duplicate(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    batch = (
        mark_read("client-0001", 1, org.documents["a1"].id, "2025-03-10T10:00:00Z"),
        mark_read("client-0002", 2, org.documents["org1"].id, "2025-03-10T10:05:00Z"),
    )
    first = push(client, headers, *batch)
    assert [(r["status"], r["duplicate"]) for r in first] == [("applied", False)] * 2
    _, cursor = pull_all(client, headers)
    again = push(client, headers, *batch)
    assert [(r["client_id"], r["status"], r["duplicate"]) for r in again] == [
        ("client-0001", "applied", True),
        ("client-0002", "applied", True),
    ]
    assert len(receipt_rows(kit)) == 2
    changes, _ = pull_all(client, headers, cursor)
    assert changes == []  # nothing applied a second time


def test_a_rejection_does_not_block_the_mutations_after_it(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    results = push(
        client,
        headers,
        mark_read("client-0001", 1, org.documents["b1"].id, "2025-03-10T10:00:00Z"),
        {"client_id": "client-0002", "seq": 2, "kind": "vote.cast", "data": {}},
        {"client_id": "client-0003", "seq": 3, "kind": "document.read", "data": {"x": 1}},
        mark_read("client-0004", 4, org.documents["a1"].id, "2025-03-10T10:00:00Z"),
    )
    assert [(r["status"], r["code"]) for r in results] == [
        ("rejected", "not_found"),
        ("rejected", "validation_error"),
        ("rejected", "validation_error"),
        ("applied", None),
    ]
    assert all(r["message"] for r in results[:3])


def test_mutations_are_processed_in_seq_order_whatever_the_batch_order(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    results = push(
        client,
        headers,
        mark_read("client-0002", 2, org.documents["a2"].id, "2025-03-10T10:00:00Z"),
        mark_read("client-0001", 1, org.documents["a1"].id, "2025-03-10T10:00:00Z"),
    )
    assert [(r["seq"], r["status"]) for r in results] == [(1, "applied"), (2, "applied")]


def test_a_new_mutation_whose_seq_is_not_above_the_last_is_a_conflict(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    push(client, headers, mark_read("client-0005", 5, org.documents["a1"].id, "2025-03-10T10:00Z"))
    results = push(
        client, headers, mark_read("client-0003", 3, org.documents["a2"].id, "2025-03-10T10:00Z")
    )
    assert (results[0]["status"], results[0]["code"]) == ("rejected", "conflict")
    # Sequence numbers belong to one device: another device of alice starts afresh.
    other = push(
        client,
        kit.headers(org.alice),
        mark_read("client-0003", 1, org.documents["a2"].id, "2025-03-10T10:00Z"),
    )
    assert other[0]["status"] == "applied"


def test_a_first_read_writes_a_receipt_change_for_the_reader_only(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    alice, sara = kit.headers(org.alice), kit.headers(org.sara)
    _, alice_cursor = pull_all(client, alice)
    _, sara_cursor = pull_all(client, sara)
    doc = org.documents["a1"].id
    push(client, alice, mark_read("client-0001", 1, doc, "2025-03-10T10:00:00Z"))
    push(client, alice, mark_read("client-0002", 2, doc, "2025-03-11T10:00:00Z"))
    changes, _ = pull_all(client, alice, alice_cursor)
    assert [(c["kind"], c["id"]) for c in changes] == [("read_receipt", doc)]
    assert changes[0]["data"]["read_at"] == "2025-03-10T10:00:00Z"
    assert pull_all(client, sara, sara_cursor)[0] == []
    rows = receipt_rows(kit)
    assert len(rows) == 1
    assert rows[0].first_read_at.day == 10 and rows[0].last_read_at.day == 11


def test_a_read_time_in_the_future_is_brought_back_to_the_server_clock(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    results = push(
        client, headers, mark_read("client-0001", 1, org.documents["a1"].id, "2999-01-01T00:00Z")
    )
    assert results[0]["status"] == "applied"
    assert receipt_rows(kit)[0].first_read_at.year < 2999


def test_a_read_time_out_of_range_is_rejected_not_a_failure(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    results = push(
        client,
        headers,
        mark_read("client-0001", 1, org.documents["a1"].id, "0001-01-01T00:00:00+05:00"),
        mark_read("client-0002", 2, org.documents["a1"].id, "2025-03-10T10:00:00Z"),
    )
    assert [r["status"] for r in results] == ["rejected", "applied"]
    changes, _ = pull_all(client, headers)
    assert ids_of(changes, "read_receipt") == {org.documents["a1"].id}


def test_the_same_mutation_pushed_from_racing_threads_is_applied_once(
    kit: ServerKit, org: SmallOrg
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from protocol.models import Mutation
    from server.services.push import push as push_service

    signed = kit.sign_in(org.alice)
    mutation = Mutation.model_validate(
        mark_read("client-race", 1, org.documents["a1"].id, "2025-03-10T10:00:00Z")
    )
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(
            pool.map(
                lambda _: push_service(kit.engine, signed.member, signed.device, [mutation]),
                range(16),
            )
        )
    results = [answer.results[0] for answer in answers]
    assert all(r.status == "applied" for r in results)
    assert sum(not r.duplicate for r in results) == 1
    assert len(receipt_rows(kit)) == 1
