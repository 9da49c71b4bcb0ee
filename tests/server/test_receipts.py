from __future__ import annotations

from tests.server.helpers import assert_error, mark_read
from tests.serverkit import ServerKit, SmallOrg, TestClient


def test_the_secretary_sees_who_has_read_a_committee_document(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = org.documents["a1"].id
    client.post(
        "/v1/sync/push",
        json={"mutations": [mark_read("client-0001", 1, doc, "2025-03-10T10:00:00Z")]},
        headers=kit.headers(org.alice),
    )
    response = client.get(f"/v1/documents/{doc}/receipts", headers=kit.headers(org.sara))
    assert response.status_code == 200
    body = response.json()
    assert body["document_id"] == doc
    assert {r["member_id"]: r["read_at"] for r in body["readers"]} == {
        org.alice.id: "2025-03-10T10:00:00Z",
        org.sara.id: None,
    }  # bob is not in committee A: not entitled, not listed


def test_an_organisation_wide_document_lists_every_active_member(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    kit.set_active(org.bob, False)
    response = client.get(
        f"/v1/documents/{org.documents['org1'].id}/receipts", headers=kit.headers(org.sara)
    )
    assert {r["member_name"] for r in response.json()["readers"]} == {
        "Alice Martin",
        "Sara Lefèvre",
    }


def test_a_plain_member_may_not_see_receipts(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    response = client.get(
        f"/v1/documents/{org.documents['a1'].id}/receipts", headers=kit.headers(org.alice)
    )
    assert_error(response, 403, "forbidden")


def test_a_chair_or_an_admin_may_see_receipts(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    for key, role in (("chloe", "chair"), ("adam", "admin")):
        account = kit.add_member(key, key.title(), roles=(role,))
        kit.add_to_committee(account, org.committee_a.id)
        response = client.get(
            f"/v1/documents/{org.documents['a1'].id}/receipts", headers=kit.headers(account)
        )
        assert response.status_code == 200, role
