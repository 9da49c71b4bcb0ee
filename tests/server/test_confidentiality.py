"""A member of committee A can reach nothing of committee B, by any route."""

from __future__ import annotations

from tests.server.helpers import assert_error, ids_of, mark_read, pull_all
from tests.serverkit import ServerKit, SmallOrg, TestClient


def test_a_member_lists_only_their_own_committees(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    response = client.get("/v1/committees", headers=kit.headers(org.alice))
    assert [c["name"] for c in response.json()] == ["Commission finances"]
    sara = client.get("/v1/committees", headers=kit.headers(org.sara)).json()
    assert {c["id"] for c in sara} == {org.committee_a.id, org.committee_b.id}


def test_a_member_of_committee_a_cannot_list_committee_b_documents(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    own = client.get(f"/v1/committees/{org.committee_a.id}/documents", headers=headers)
    assert {d["id"] for d in own.json()} == {org.documents["a1"].id, org.documents["a2"].id}
    other = client.get(f"/v1/committees/{org.committee_b.id}/documents", headers=headers)
    missing = client.get("/v1/committees/nosuchcommittee/documents", headers=headers)
    assert_error(other, 404, "not_found")
    assert other.json() == missing.json()  # the answer does not reveal that B exists


def test_a_member_of_committee_a_cannot_get_a_committee_b_document_by_id(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    assert client.get(f"/v1/documents/{org.documents['a1'].id}", headers=headers).is_success
    assert client.get(f"/v1/documents/{org.documents['org1'].id}", headers=headers).is_success
    for key in ("b1", "b2"):
        response = client.get(f"/v1/documents/{org.documents[key].id}", headers=headers)
        assert_error(response, 404, "not_found")
        assert org.sentences[key] not in response.text


def test_nobody_gets_the_receipts_of_a_document_they_cannot_see(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    outsider = kit.add_member("olga", "Olga Secrétaire", roles=("secretary",))
    response = client.get(
        f"/v1/documents/{org.documents['b1'].id}/receipts", headers=kit.headers(outsider)
    )
    assert_error(response, 404, "not_found")
    response = client.get(
        f"/v1/documents/{org.documents['b1'].id}/receipts", headers=kit.headers(org.alice)
    )
    assert_error(response, 404, "not_found")


def test_the_pull_never_carries_committee_b_content_to_a_member_of_a(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    changes, _ = pull_all(client, kit.headers(org.alice), limit=3)
    text = repr(changes)
    for key in ("b1", "b2"):
        assert org.sentences[key] not in text
        assert org.documents[key].id not in text
    assert org.committee_b.id not in text
    assert ids_of(changes, "document") == {
        org.documents[k].id for k in ("a1", "a2", "org1", "org2")
    }
    for change in changes:
        if change["kind"] == "member":
            assert "email" not in change["data"]
            assert "password_hash" not in change["data"]


def test_marking_a_committee_b_document_read_is_rejected_as_not_found(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    response = client.post(
        "/v1/sync/push",
        json={
            "mutations": [
                mark_read("client-0001", 1, org.documents["b1"].id, "2025-03-10T10:00:00Z"),
                mark_read("client-0002", 2, "nosuchdocument", "2025-03-10T10:00:00Z"),
            ]
        },
        headers=headers,
    )
    assert response.status_code == 200
    first, second = response.json()["results"]
    assert (first["status"], first["code"]) == ("rejected", "not_found")
    assert (first["code"], first["message"]) == (second["code"], second["message"])
    receipts = client.get(
        f"/v1/documents/{org.documents['b1'].id}/receipts", headers=kit.headers(org.sara)
    ).json()
    assert all(r["read_at"] is None for r in receipts["readers"])
