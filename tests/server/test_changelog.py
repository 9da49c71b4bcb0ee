"""The change log is written with the change, and joining or leaving a committee rewrites what
the member's app must hold."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from server.db import tables as t
from server.db.engine import reading
from server.services import changelog
from tests.server.helpers import ids_of, pull_all
from tests.serverkit import ServerKit, SmallOrg, TestClient


def _count(kit: ServerKit, table: object) -> int:
    with reading(kit.engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_a_publish_that_fails_leaves_neither_document_nor_change(
    kit: ServerKit, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents, changes = _count(kit, t.documents), _count(kit, t.changes)

    def fail(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(changelog, "upsert", fail)
    with pytest.raises(RuntimeError):
        kit.publish("Perdu", "Ce document ne doit pas exister.", org.committee_a.id)
    assert (_count(kit, t.documents), _count(kit, t.changes)) == (documents, changes)


def test_a_refused_publish_writes_nothing(kit: ServerKit, org: SmallOrg) -> None:
    from server.services.errors import NotFound

    changes = _count(kit, t.changes)
    with pytest.raises(NotFound):
        kit.publish("Nulle part", "Texte.", "nosuchcommittee")
    assert _count(kit, t.changes) == changes


def test_every_change_of_the_secretariat_reaches_the_log(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    doc = kit.update_document(org.documents["a1"].id, body="Le budget révisé est adopté.")
    kit.delete_document(org.documents["a2"].id)
    changes, _ = pull_all(client, headers, cursor)
    assert [(c["kind"], c["op"], c["id"]) for c in changes] == [
        ("document", "upsert", doc.id),
        ("document_version", "upsert", f"{doc.id}:2"),
        ("document_version", "upsert", f"{doc.id}:1"),  # no longer current: now with its text
        ("document", "delete", org.documents["a2"].id),
    ]
    assert changes[0]["data"]["body"] == "Le budget révisé est adopté."
    assert changes[1]["data"]["body"] == ""  # the document carries the current text
    assert changes[2]["data"]["body"] == org.documents["a1"].body
    assert changes[3]["data"] is None


def test_a_member_who_joins_gets_the_committee_and_its_history(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    kit.add_to_committee(org.alice, org.committee_b.id)
    changes, _ = pull_all(client, headers, cursor)
    assert ids_of(changes, "committee") == {org.committee_b.id}
    assert ids_of(changes, "document") == {org.documents["b1"].id, org.documents["b2"].id}
    assert ids_of(changes, "membership") == {
        f"{org.committee_b.id}:{m.id}" for m in (org.alice, org.bob, org.sara)
    }
    kinds = [c["kind"] for c in changes]
    assert kinds.index("committee") < kinds.index("document")
    listed = client.get(f"/v1/committees/{org.committee_b.id}/documents", headers=headers)
    assert listed.status_code == 200


def test_the_other_members_see_only_the_new_membership(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.bob)
    _, cursor = pull_all(client, headers)
    kit.add_to_committee(org.alice, org.committee_b.id)
    changes, _ = pull_all(client, headers, cursor)
    assert [(c["kind"], c["id"]) for c in changes] == [
        ("membership", f"{org.committee_b.id}:{org.alice.id}")
    ]


def test_a_member_who_leaves_gets_tombstones_for_everything_of_the_committee(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    kit.remove_from_committee(org.alice, org.committee_a.id)
    changes, _ = pull_all(client, headers, cursor)
    assert all(c["op"] == "delete" and c["data"] is None for c in changes)
    assert ids_of(changes, "document", "delete") == {
        org.documents["a1"].id,
        org.documents["a2"].id,
    }
    assert ids_of(changes, "committee", "delete") == {org.committee_a.id}
    assert f"{org.committee_a.id}:{org.alice.id}" in ids_of(changes, "membership", "delete")
    response = client.get(f"/v1/documents/{org.documents['a1'].id}", headers=headers)
    assert response.status_code == 404
    # Later changes of committee A no longer reach alice...
    kit.publish("Après départ", "Alice ne doit pas lire ceci.", org.committee_a.id)
    later, _ = pull_all(client, headers, cursor)
    assert "Alice ne doit pas lire ceci." not in repr(later)
    # ...while sara, who stays, is told alice left.
    sara_changes, _ = pull_all(client, kit.headers(org.sara))
    assert f"{org.committee_a.id}:{org.alice.id}" in ids_of(sara_changes, "membership", "delete")


def test_a_new_device_of_a_member_who_left_never_receives_the_committee_content(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    kit.add_to_committee(org.alice, org.committee_b.id)  # replays b1 and b2 for alice
    kit.remove_from_committee(org.alice, org.committee_b.id)
    changes, _ = pull_all(client, kit.headers(org.alice))
    assert org.sentences["b1"] not in repr(changes)
    assert org.committee_b.id not in ids_of(changes, "committee")
    assert org.documents["b1"].id not in ids_of(changes, "document")


def test_a_member_who_rejoins_gets_the_history_again(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    kit.remove_from_committee(org.alice, org.committee_a.id)
    _, cursor = pull_all(client, headers)
    kit.add_to_committee(org.alice, org.committee_a.id)
    changes, _ = pull_all(client, headers, cursor)
    assert ids_of(changes, "document") == {org.documents["a1"].id, org.documents["a2"].id}
