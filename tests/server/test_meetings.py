"""Meetings and their agenda through ``POST /v1/meetings`` and ``PUT /v1/meetings/{id}``: the
secretariat sets them, the committee's members receive them by sync, and an agenda may name
only documents and motions the whole meeting may see."""

from __future__ import annotations

from typing import Any

from tests.server.helpers import assert_error, pull_all
from tests.server.netkit import latest
from tests.serverkit import ServerKit, SmallOrg, TestClient

STARTS = "2026-12-10T13:00:00Z"


def _meeting(committee_id: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "committee_id": committee_id,
        "title": "Commission du 10 décembre",
        "starts_at": STARTS,
        "ends_at": "2026-12-10T17:00:00Z",
        "place": "Siège, salle Loire",
        "video_url": "https://visio.exemple.fr/commission",
        **extra,
    }


def _item(item_id: str, title: str, position: int = 1, **extra: Any) -> dict[str, Any]:
    return {"id": item_id, "position": position, "title": title, **extra}


def test_the_secretariat_sets_a_meeting_that_only_the_committee_receives(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    a1, org1 = org.documents["a1"], org.documents["org1"]
    agenda = [
        _item("item-budget", "Budget 2027", 2, presenter="Alice", document_ids=[a1.id]),
        _item("item-ouverture", "Ouverture", 1, document_ids=[org1.id]),
    ]
    response = client.post(
        "/v1/meetings",
        json=_meeting(org.committee_a.id, agenda=agenda),
        headers=kit.headers(org.sara),
    )
    assert response.status_code == 201, response.text
    meeting = response.json()
    assert [(i["position"], i["title"]) for i in meeting["agenda"]] == [
        (1, "Ouverture"),
        (2, "Budget 2027"),
    ]
    assert meeting["status"] == "scheduled"
    changes, _ = pull_all(client, kit.headers(org.alice))
    synced = latest(changes, "meeting")[meeting["id"]]
    assert synced["agenda"][1]["document_ids"] == [a1.id]
    assert synced["place"] == "Siège, salle Loire"
    # The documents it names now say which meeting and agenda item they belong to.
    document = latest(changes, "document")[a1.id]
    assert (document["meeting_id"], document["agenda_item_id"]) == (meeting["id"], "item-budget")
    bob_changes, _ = pull_all(client, kit.headers(org.bob))
    assert meeting["id"] not in latest(bob_changes, "meeting")


def test_only_the_secretariat_may_set_meetings(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    response = client.post(
        "/v1/meetings", json=_meeting(org.committee_a.id), headers=kit.headers(org.alice)
    )
    assert_error(response, 403, "forbidden")


def test_an_agenda_naming_a_document_or_motion_of_another_committee_is_invalid(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    headers = kit.headers(org.sara)
    b1 = org.documents["b1"]
    response = client.post(
        "/v1/meetings",
        json=_meeting(org.committee_a.id, agenda=[_item("i1", "Point", document_ids=[b1.id])]),
        headers=headers,
    )
    assert_error(response, 422, "meeting_invalid")
    motion = kit.motion("Aide aux aidants", org.committee_b.id, open_for=None)
    response = client.post(
        "/v1/meetings",
        json=_meeting(org.committee_a.id, agenda=[_item("i1", "Vote", motion_ids=[motion.id])]),
        headers=headers,
    )
    assert_error(response, 422, "meeting_invalid")
    response = client.post(
        "/v1/meetings",
        json=_meeting(None, minutes_document_id=org.documents["a1"].id),
        headers=headers,
    )
    assert_error(response, 422, "meeting_invalid")  # a general assembly: everyone must see it
    response = client.post(
        "/v1/meetings",
        json=_meeting(org.committee_a.id, agenda=[_item("i1", "Point", document_ids=["nope"])]),
        headers=headers,
    )
    assert_error(response, 422, "meeting_invalid")


def test_a_video_link_must_be_https_and_a_meeting_cannot_end_before_it_starts(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    headers = kit.headers(org.sara)
    plain = _meeting(org.committee_a.id, video_url="http://visio.exemple.fr/x")
    assert_error(client.post("/v1/meetings", json=plain, headers=headers), 422, "validation_error")
    backwards = _meeting(org.committee_a.id, ends_at="2026-12-10T09:00:00Z")
    response = client.post("/v1/meetings", json=backwards, headers=headers)
    assert_error(response, 422, "validation_error")


def test_replacing_a_meeting_sends_it_again_with_its_new_agenda_and_status(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    headers = kit.headers(org.sara)
    first = client.post(
        "/v1/meetings",
        json=_meeting(org.committee_a.id, agenda=[_item("x1", "Ancien point")]),
        headers=headers,
    ).json()
    minutes = org.documents["a2"].id
    changed = _meeting(
        org.committee_a.id,
        status="held",
        minutes_document_id=minutes,
        agenda=[_item("x2", "Nouveau point", motion_ids=[])],
    )
    response = client.put(f"/v1/meetings/{first['id']}", json=changed, headers=headers)
    assert response.status_code == 200, response.text
    changes, _ = pull_all(client, kit.headers(org.alice))
    synced = latest(changes, "meeting")[first["id"]]
    assert synced["status"] == "held" and synced["minutes_document_id"] == minutes
    assert [i["id"] for i in synced["agenda"]] == ["x2"]
    missing = client.put("/v1/meetings/unknown", json=changed, headers=headers)
    assert_error(missing, 404, "not_found")


def test_moving_a_meeting_to_another_committee_takes_it_from_the_first(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    headers = kit.headers(org.sara)
    meeting = client.post("/v1/meetings", json=_meeting(org.committee_a.id), headers=headers)
    meeting_id = meeting.json()["id"]
    alice = kit.headers(org.alice)
    _, cursor = pull_all(client, alice)
    moved = client.put(
        f"/v1/meetings/{meeting_id}", json=_meeting(org.committee_b.id), headers=headers
    )
    assert moved.status_code == 200, moved.text
    changes, _ = pull_all(client, alice, cursor)
    assert [(c["kind"], c["op"]) for c in changes] == [("meeting", "delete")]
    bob_changes, _ = pull_all(client, kit.headers(org.bob))
    assert meeting_id in latest(bob_changes, "meeting")


def test_a_general_assembly_reaches_every_member(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    response = client.post(
        "/v1/meetings",
        json=_meeting(None, title="Assemblée générale 2027"),
        headers=kit.headers(org.sara),
    )
    assert response.status_code == 201, response.text
    for account in (org.alice, org.bob):
        changes, _ = pull_all(client, kit.headers(account))
        assert response.json()["id"] in latest(changes, "meeting")


def test_a_deleted_document_leaves_the_agenda_and_the_minutes_and_the_meeting_is_sent_again(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    a1, a2 = org.documents["a1"], org.documents["a2"]
    agenda = [_item("item-budget", "Budget 2027", document_ids=[a1.id, a2.id])]
    response = client.post(
        "/v1/meetings",
        json=_meeting(org.committee_a.id, agenda=agenda, minutes_document_id=a1.id),
        headers=kit.headers(org.sara),
    )
    assert response.status_code == 201, response.text
    meeting_id = response.json()["id"]
    _, cursor = pull_all(client, kit.headers(org.alice))

    kit.delete_document(a1.id)  # the minutes, and on the agenda: refused before by the database

    changes, _ = pull_all(client, kit.headers(org.alice), cursor)
    meeting = latest(changes, "meeting")[meeting_id]
    assert meeting["agenda"][0]["document_ids"] == [a2.id]
    assert meeting["minutes_document_id"] is None
    assert ("document", "delete", a1.id) in [(c["kind"], c["op"], c["id"]) for c in changes]


def test_an_agenda_item_removed_releases_its_documents(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    a1, a2 = org.documents["a1"], org.documents["a2"]
    agenda = [
        _item("item-budget", "Budget 2027", 1, document_ids=[a1.id]),
        _item("item-divers", "Questions diverses", 2, document_ids=[a2.id]),
    ]
    headers = kit.headers(org.sara)
    created = client.post(
        "/v1/meetings", json=_meeting(org.committee_a.id, agenda=agenda), headers=headers
    )
    assert created.status_code == 201, created.text
    meeting_id = created.json()["id"]
    _, cursor = pull_all(client, kit.headers(org.alice))

    replaced = client.put(
        f"/v1/meetings/{meeting_id}",
        json=_meeting(org.committee_a.id, agenda=[agenda[0]]),
        headers=headers,
    )

    assert replaced.status_code == 200, replaced.text
    changes, _ = pull_all(client, kit.headers(org.alice), cursor)
    documents = latest(changes, "document")
    assert documents[a2.id]["agenda_item_id"] is None  # its item is gone
    assert a1.id not in documents  # still where it was: not sent again
