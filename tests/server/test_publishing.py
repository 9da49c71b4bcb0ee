"""Publishing documents and new versions (``POST /v1/documents``, ``POST
/v1/documents/{id}/versions``): who may, what the members' sync then carries, and that older
versions stay listed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from protocol.documents import MeetingRequest
from server.db import tables as t
from server.services import meetings, publishing
from tests.server.helpers import assert_error, ids_of, pull_all
from tests.server.pdfs import make_pdf
from tests.serverkit import ServerKit, SmallOrg, TestClient


def upload(kit: ServerKit, pages: list[str]) -> str:
    return publishing.store_file(kit.engine, make_pdf(pages), None).file.sha256


def post_document(
    client: TestClient, kit: ServerKit, org: SmallOrg, **fields: Any
) -> dict[str, Any]:
    response = client.post("/v1/documents", json=fields, headers=kit.headers(org.sara))
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def test_the_secretary_publishes_a_pdf_that_its_committee_syncs_with_its_text(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sha = upload(kit, ["Ordre du jour", "Le budget prévoit une hausse des cotisations."])
    alice = kit.headers(org.alice)
    _, cursor = pull_all(client, alice)
    doc = post_document(
        client,
        kit,
        org,
        title="Dossier du conseil",
        committee_id=org.committee_a.id,
        file_sha256=sha,
        file_name="C:\\Dossiers\\dossier-conseil.pdf",
        allow_copy=True,
    )
    assert doc["format"] == "pdf" and doc["version"] == 1 and doc["body"] == ""
    assert doc["file"]["sha256"] == sha and doc["file"]["pages"] == 2
    assert doc["file"]["name"] == "dossier-conseil.pdf"
    assert "hausse des cotisations" in doc["text"]
    assert doc["allow_copy"] is True
    assert doc["author_name"] == org.sara.name
    changes, _ = pull_all(client, alice, cursor)
    # Never revised: the document is its one version (no version row).
    assert [(c["kind"], c["id"]) for c in changes] == [("document", doc["id"])]
    assert changes[0]["data"] == doc
    bob_sees = ids_of(pull_all(client, kit.headers(org.bob))[0], "document")
    assert doc["id"] not in bob_sees


def test_a_markdown_document_is_published_with_its_first_version(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = post_document(client, kit, org, title="Note", body="# Note\n\nTexte de la note.")
    assert (doc["format"], doc["committee_id"], doc["file"], doc["text"]) == (
        "markdown",
        None,
        None,
        "",
    )
    everything, _ = pull_all(client, kit.headers(org.bob))
    assert not [c for c in everything if c["kind"] == "document_version"]  # its one version
    document = next(c["data"] for c in everything if c["id"] == doc["id"])
    assert document["body"] == "# Note\n\nTexte de la note."


def test_a_version_replaced_by_a_newer_one_is_sent_again_with_its_text(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc = post_document(client, kit, org, title="Note", body="Première rédaction.")
    _, cursor = pull_all(client, kit.headers(org.bob))
    response = client.post(
        f"/v1/documents/{doc['id']}/versions",
        json={"body": "Seconde rédaction.", "change_note": "Article 2 revu"},
        headers=kit.headers(org.sara),
    )
    assert response.status_code == 201
    changes, _ = pull_all(client, kit.headers(org.bob), cursor)
    versions = {c["id"]: c["data"] for c in changes if c["kind"] == "document_version"}
    assert versions[f"{doc['id']}:1"]["body"] == "Première rédaction."
    assert versions[f"{doc['id']}:2"]["body"] == ""


def test_publishing_a_file_never_uploaded_is_refused(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    response = client.post(
        "/v1/documents",
        json={"title": "Fantôme", "file_sha256": "b" * 64},
        headers=kit.headers(org.sara),
    )
    assert_error(response, 422, "file_unknown")


def test_a_member_outside_the_secretariat_may_not_publish_or_revise(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    before = _count(kit)
    response = client.post(
        "/v1/documents", json={"title": "Tract", "body": "x"}, headers=kit.headers(org.alice)
    )
    assert_error(response, 403, "forbidden")
    doc_id = org.documents["a1"].id
    revised = client.post(
        f"/v1/documents/{doc_id}/versions", json={"body": "y"}, headers=kit.headers(org.alice)
    )
    assert_error(revised, 403, "forbidden")
    assert _count(kit) == before


def _count(kit: ServerKit) -> int:
    with kit.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.changes)).scalar_one())


def test_a_new_version_replaces_the_content_and_the_old_one_stays_listed(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    first = upload(kit, ["Budget, première lecture"])
    doc = post_document(
        client, kit, org, title="Budget", committee_id=org.committee_a.id, file_sha256=first
    )
    second = upload(kit, ["Budget, seconde lecture"])
    alice = kit.headers(org.alice)
    _, cursor = pull_all(client, alice)
    response = client.post(
        f"/v1/documents/{doc['id']}/versions",
        json={"file_sha256": second, "change_note": "Chiffres corrigés", "title": "Budget 2025"},
        headers=kit.headers(org.sara),
    )
    assert response.status_code == 201, response.text
    revised = response.json()
    assert (revised["version"], revised["title"], revised["file"]["sha256"]) == (
        2,
        "Budget 2025",
        second,
    )
    assert "seconde lecture" in revised["text"]
    assert revised["published_at"] == doc["published_at"]
    assert revised["updated_at"] > doc["updated_at"]
    changes, _ = pull_all(client, alice, cursor)
    assert [(c["kind"], c["id"]) for c in changes] == [
        ("document", doc["id"]),
        ("document_version", f"{doc['id']}:2"),
        ("document_version", f"{doc['id']}:1"),  # a version row at last: now listed
    ]
    assert changes[1]["data"]["change_note"] == "Chiffres corrigés"
    fresh_device, _ = pull_all(client, alice)
    versions = {
        c["data"]["version"]: c["data"]["file"]["sha256"]
        for c in fresh_device
        if c["kind"] == "document_version" and c["data"]["document_id"] == doc["id"]
    }
    assert versions == {1: first, 2: second}


def test_a_markdown_document_can_become_a_pdf_and_keeps_its_old_text_as_version_one(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    original = org.documents["a1"]
    sha = upload(kit, ["Budget scanné"])
    response = client.post(
        f"/v1/documents/{original.id}/versions",
        json={"file_sha256": sha, "file_name": "budget.pdf"},
        headers=kit.headers(org.sara),
    )
    assert response.status_code == 201, response.text
    assert (response.json()["format"], response.json()["body"]) == ("pdf", "")
    everything, _ = pull_all(client, kit.headers(org.alice))
    # The last row of each version is what the app keeps.
    latest = {c["id"]: c["data"] for c in everything if c["kind"] == "document_version"}
    mine = sorted((v for v in latest.values() if v["document_id"] == original.id), key=_version)
    assert [(v["version"], v["format"]) for v in mine] == [(1, "markdown"), (2, "pdf")]
    assert mine[0]["body"] == org.documents["a1"].body
    assert mine[1]["file"]["name"] == "budget.pdf"


def _version(data: dict[str, Any]) -> int:
    return int(data["version"])


def test_revising_an_unknown_or_hidden_document_is_not_found(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    response = client.post(
        "/v1/documents/nosuchdoc/versions", json={"body": "x"}, headers=kit.headers(org.sara)
    )
    assert_error(response, 404, "not_found")


def test_a_document_published_for_an_agenda_item_joins_it_and_the_meeting_is_sent_again(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    starts = datetime.now(UTC) + timedelta(days=7)
    meeting = meetings.create(
        kit.engine,
        None,
        MeetingRequest.model_validate(
            {
                "committee_id": org.committee_a.id,
                "title": "Commission de mars",
                "starts_at": starts.isoformat(),
                "agenda": [{"id": "item-1", "position": 1, "title": "Budget"}],
            }
        ),
    )
    alice = kit.headers(org.alice)
    _, cursor = pull_all(client, alice)
    doc = post_document(
        client,
        kit,
        org,
        title="Annexe budgétaire",
        meeting_id=meeting.id,
        agenda_item_id="item-1",
        body="Annexe.",
    )
    assert (doc["committee_id"], doc["meeting_id"], doc["agenda_item_id"]) == (
        org.committee_a.id,
        meeting.id,
        "item-1",
    )
    changes, _ = pull_all(client, alice, cursor)
    sent = [c["data"] for c in changes if c["kind"] == "meeting"]
    assert sent and sent[-1]["agenda"][0]["document_ids"] == [doc["id"]]
    assert not ids_of(pull_all(client, kit.headers(org.bob))[0], "meeting")


def test_a_document_for_a_meeting_of_another_committee_than_named_is_refused(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    meeting = meetings.create(
        kit.engine,
        None,
        MeetingRequest(
            committee_id=org.committee_a.id,
            title="Commission",
            starts_at=datetime.now(UTC) + timedelta(days=3),
        ),
    )
    response = client.post(
        "/v1/documents",
        json={"title": "Ailleurs", "meeting_id": meeting.id, "committee_id": org.committee_b.id},
        headers=kit.headers(org.sara),
    )
    assert_error(response, 422, "validation_error")
