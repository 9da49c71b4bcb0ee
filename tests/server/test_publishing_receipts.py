"""Read receipts with versions: ``document.read`` keeps the newest version read (default: the
current one), the reader's receipt says which, and the secretariat sees it."""

from __future__ import annotations

from typing import Any

from protocol.documents import DocumentRevisionRequest
from server.services import publishing
from tests.server.helpers import pull_all
from tests.serverkit import Outbox, ServerKit, SmallOrg, TestClient


def read(outbox: Outbox, document_id: str, at: str, version: int | None = None) -> None:
    data: dict[str, Any] = {"document_id": document_id, "read_at": at}
    if version is not None:
        data["version"] = version
    assert outbox.send("document.read", data).status == "applied"


def receipts(client: TestClient, kit: ServerKit, org: SmallOrg, doc: str) -> dict[str, Any]:
    response = client.get(f"/v1/documents/{doc}/receipts", headers=kit.headers(org.sara))
    assert response.status_code == 200
    return {r["member_id"]: r for r in response.json()["readers"]}


def revise(kit: ServerKit, document_id: str, body: str) -> None:
    publishing.revise(kit.engine, None, document_id, DocumentRevisionRequest(body=body))


def test_a_read_without_version_counts_as_the_current_one(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = org.documents["a1"].id
    revise(kit, doc, "Budget révisé.")
    read(kit.outbox(org.alice), doc, "2025-03-10T10:00:00Z")
    mine = receipts(client, kit, org, doc)[org.alice.id]
    assert (mine["version"], mine["read_at"], mine["last_read_at"]) == (
        2,
        "2025-03-10T10:00:00Z",
        "2025-03-10T10:00:00Z",
    )
    assert receipts(client, kit, org, doc)[org.sara.id]["version"] is None


def test_the_newest_version_read_is_kept_and_the_reader_is_told(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = org.documents["a1"].id
    alice = kit.outbox(org.alice)
    read(alice, doc, "2025-03-10T10:00:00Z", version=1)
    revise(kit, doc, "Budget révisé.")
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    read(alice, doc, "2025-03-12T09:00:00Z", version=2)
    read(alice, doc, "2025-03-13T09:00:00Z", version=1)  # an old version again: still 2
    changes, _ = pull_all(client, headers, cursor)
    sent = [c["data"] for c in changes if c["kind"] == "read_receipt"]
    assert sent == [
        {
            "id": doc,
            "document_id": doc,
            "read_at": "2025-03-10T10:00:00Z",
            "version": 2,
            "last_read_at": "2025-03-12T09:00:00Z",
        }
    ]
    mine = receipts(client, kit, org, doc)[org.alice.id]
    assert (mine["version"], mine["last_read_at"]) == (2, "2025-03-13T09:00:00Z")


def test_a_version_beyond_the_current_one_counts_as_the_current_one(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = org.documents["a2"].id
    read(kit.outbox(org.alice), doc, "2025-03-10T10:00:00Z", version=9)
    assert receipts(client, kit, org, doc)[org.alice.id]["version"] == 1


def test_a_receipt_replayed_on_joining_carries_its_version(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = org.documents["b1"].id
    read(kit.outbox(org.bob), doc, "2025-03-10T10:00:00Z")
    kit.remove_from_committee(org.bob, org.committee_b.id)
    headers = kit.headers(org.bob)
    _, cursor = pull_all(client, headers)
    kit.add_to_committee(org.bob, org.committee_b.id)
    changes, _ = pull_all(client, headers, cursor)
    replayed = [c["data"] for c in changes if c["kind"] == "read_receipt"]
    assert [(r["id"], r["version"]) for r in replayed] == [(doc, 1)]
    versions = {c["id"] for c in changes if c["kind"] == "document_version"}
    assert versions == set()  # never revised: the document is its one version
