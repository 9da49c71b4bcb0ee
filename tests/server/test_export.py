"""A member exports everything the server holds about them: ``GET /v1/me/export``."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from protocol.account import MemberExport
from protocol.voting import receipt_hash
from tests.server.helpers import assert_error
from tests.server.netkit import Net, applied, make_net, new_id
from tests.serverkit import ServerKit, SmallOrg, TestClient

BOB_SECRET = "Bob propose de vendre l'immeuble de la rue Pascal."


def _alice_and_bob_at_work(net: Net, kit: ServerKit) -> dict[str, Any]:
    """Alice and Bob each leave traces of every kind; what Alice did, by kind."""
    org = net.org
    alice, bob, sara = net.device(org.alice), net.device(org.bob), net.device(org.sara)
    message_id, result = alice.post(net.channel_a, "Premier jet de la note.")
    applied(result)
    applied(alice.send("message.edit", {"message_id": message_id, "body": "Note corrigée."}))
    applied(alice.send("channel.read", {"channel_id": net.channel_a, "number": 1}))
    applied(alice.send("preferences.set", {"notify": "digest", "digest_hour": 7}))
    idea_id, result = alice.submit_idea(org.committee_a.id, "Une permanence le samedi")
    applied(result)
    comment = {"comment_id": new_id("com"), "idea_id": idea_id, "body": "Je précise l'idée."}
    applied(alice.send("idea.comment", comment))
    sara_idea, result = sara.submit_idea(org.committee_a.id, "Idée de Sara")
    applied(result)
    applied(alice.send("idea.support", {"idea_id": sara_idea}))
    announcement_id, result = net.device(net.anna).announce(None, ack_required=True)
    applied(result)
    applied(alice.send("announcement.ack", {"announcement_id": announcement_id}))
    a1 = org.documents["a1"].id
    note = {"id": new_id("note"), "document_id": a1, "version": 1, "body": "À relire."}
    applied(alice.send("annotation.save", note))
    read = {"document_id": a1, "read_at": datetime.now(UTC).isoformat()}
    applied(alice.send("document.read", read))
    action = {
        "id": new_id("act"),
        "committee_id": org.committee_a.id,
        "title": "Préparer le budget",
        "assignee_ids": [org.alice.id],
    }
    applied(sara.send("action.create", action))
    motion = kit.motion("Budget 2026", org.committee_a.id, kind="resolution", mode="secret")
    applied(alice.outbox.vote(motion, [motion.options[0].id]))
    receipt = receipt_hash(motion.id, alice.outbox.last_receipt)
    until = datetime.now(UTC) + timedelta(days=30)
    applied(alice.outbox.grant(org.sara, ends_at=until, proxy_id="pouvoir-alice"))
    # Bob, in committee B, shares nothing with Alice.
    bob_message, result = bob.post(net.channel_b, BOB_SECRET)
    applied(result)
    applied(bob.send("announcement.ack", {"announcement_id": announcement_id}))
    bob_idea, result = bob.submit_idea(org.committee_b.id, "L'idée de Bob")
    applied(result)
    b1 = org.documents["b1"].id
    bob_note = {"id": new_id("note"), "document_id": b1, "version": 1, "body": "Note de Bob."}
    applied(bob.send("annotation.save", bob_note))
    return {
        "message": message_id,
        "idea": idea_id,
        "comment": comment["comment_id"],
        "supported": sara_idea,
        "announcement": announcement_id,
        "note": note["id"],
        "document": a1,
        "action": action["id"],
        "motion": motion.id,
        "receipt": receipt,
        "bob_message": bob_message,
        "bob_idea": bob_idea,
        "bob_note": bob_note["id"],
    }


def _export(client: TestClient, headers: dict[str, str]) -> tuple[MemberExport, str]:
    response = client.get("/v1/me/export", headers=headers)
    assert response.status_code == 200, response.text
    return MemberExport.model_validate(response.json()), response.text


def _ids(export: MemberExport, section: str, key: str = "id") -> set[Any]:
    return {record[key] for record in export.sections[section]}


def test_a_member_export_holds_their_things_and_nothing_of_another_member(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    net = make_net(kit, org, client)
    did = _alice_and_bob_at_work(net, kit)

    export, text = _export(client, kit.headers(org.alice))

    assert export.profile["email"] == org.alice.email and export.profile["roles"] == ["member"]
    assert export.organisation.name == org.organisation.name
    assert _ids(export, "memberships", "committee_id") == {org.committee_a.id}
    assert _ids(export, "messages") == {did["message"]}
    assert export.sections["messages"][0]["body"] == "Note corrigée."
    assert [e["body"] for e in export.sections["message_edits"]] == ["Premier jet de la note."]
    assert _ids(export, "ideas") == {did["idea"]}
    assert _ids(export, "idea_comments") == {did["comment"]}
    assert _ids(export, "idea_supports", "idea_id") == {did["supported"]}
    assert _ids(export, "acknowledgements", "announcement_id") == {did["announcement"]}
    assert _ids(export, "annotations") == {did["note"]}
    assert _ids(export, "read_receipts", "document_id") == {did["document"]}
    assert _ids(export, "actions_assigned") == {did["action"]}
    assert _ids(export, "proxies_given") == {"pouvoir-alice"}
    assert _ids(export, "participations", "motion_id") == {did["motion"]}
    assert export.sections["channel_states"][0]["last_read_number"] == 1
    assert export.sections["preferences"][0]["digest_hour"] == 7
    assert len(export.sections["devices"]) >= 2  # the test devices and this one
    # Nothing of Bob's: not his id, his words, his idea or his note.
    for trace in (org.bob.id, org.bob.email, BOB_SECRET, did["bob_idea"], did["bob_note"]):
        assert trace not in text
    assert did["bob_message"] not in text


def test_an_export_never_shows_a_secret_ballot_choice_nor_a_hash(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    net = make_net(kit, org, client)
    did = _alice_and_bob_at_work(net, kit)
    sign_in = {"email": org.alice.email, "password": org.alice.password, "device_name": "PC"}
    token = client.post("/v1/auth/sign-in", json=sign_in).json()["token"]

    export, text = _export(client, {"Authorization": f"Bearer {token}"})

    participation = export.sections["participations"][0]
    assert participation["principal_id"] == org.alice.id
    assert "choices" not in participation and "choices" not in json.dumps(export.sections)
    assert did["receipt"] not in text
    assert export.sections["named_ballots"] == []
    assert all("token_hash" not in device for device in export.sections["devices"])
    assert hashlib.sha256(token.encode()).hexdigest() not in text
    assert "password_hash" not in export.profile and "$argon2" not in text


def test_export_without_a_token_is_refused(client: TestClient, org: SmallOrg) -> None:
    assert_error(client.get("/v1/me/export"), 401, "unauthenticated")
