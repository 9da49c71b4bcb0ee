"""Private annotations through push and pull: saved and deleted by their owner on a version
that exists, synced to the owner's devices only, and returned by no route to anyone else."""

from __future__ import annotations

import re
from typing import Any

import pytest

from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from protocol.models import DocumentData
from server.services import publishing
from tests.server.helpers import pull_all
from tests.server.netkit import Net, applied, latest, make_net, new_id, refused
from tests.server.pdfs import make_pdf
from tests.serverkit import ServerKit, SmallOrg, TestClient

SECRET = "Ma note privée : demander le détail des frais de gestion au trésorier."
QUOTE = "marge de solvabilité renforcée"


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def _pdf_document(kit: ServerKit, committee_id: str) -> DocumentData:
    pages = ["Rapport ORSA, page 1.", f"Page 2 : {QUOTE}.", "Page 3 : conclusions."]
    uploaded = publishing.store_file(kit.engine, make_pdf(pages), None)
    request = DocumentPublishRequest(
        title="Rapport ORSA 2026",
        committee_id=committee_id,
        file_sha256=uploaded.file.sha256,
        file_name="orsa-2026.pdf",
    )
    return publishing.publish(kit.engine, None, request)


def _note(document_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": extra.pop("id", None) or new_id("note"),
        "document_id": document_id,
        "version": 1,
        "body": SECRET,
        **extra,
    }


def test_a_note_reaches_every_device_of_its_owner_and_no_one_else(net: Net) -> None:
    alice = net.device(net.org.alice)
    document = net.org.documents["a1"]
    note = _note(document.id, quote="hausse de 3,2 %", color="green")
    applied(alice.send("annotation.save", note))
    mine = latest(net.device(net.org.alice).everything(), "annotation")[note["id"]]
    assert (mine["body"], mine["quote"], mine["color"], mine["kind"]) == (
        SECRET,
        "hausse de 3,2 %",
        "green",
        "note",
    )
    for other in (net.org.sara, net.carl, net.org.bob):
        assert "annotation" not in {c["kind"] for c in net.device(other).everything()}


def test_a_highlight_on_a_pdf_page_keeps_its_rectangles(net: Net, kit: ServerKit) -> None:
    pdf = _pdf_document(kit, net.org.committee_a.id)
    alice = net.device(net.org.alice)
    rects = [[72.0, 100.5, 200.0, 14.0], [72.0, 115.0, 80.0, 14.0]]
    note = _note(pdf.id, kind="highlight", page=1, quote=QUOTE, rects=rects, body="")
    applied(alice.send("annotation.save", note))
    mine = latest(alice.everything(), "annotation")[note["id"]]
    assert (mine["page"], mine["rects"], mine["kind"]) == (1, rects, "highlight")


def test_saving_again_replaces_and_deleting_is_idempotent(net: Net) -> None:
    alice = net.device(net.org.alice)
    note = _note(net.org.documents["a1"].id)
    applied(alice.send("annotation.save", note))
    first = latest(alice.everything(), "annotation")[note["id"]]
    applied(alice.send("annotation.save", {**note, "body": "Corrigée."}))
    second = latest(alice.everything(), "annotation")[note["id"]]
    assert second["body"] == "Corrigée." and second["created_at"] == first["created_at"]
    applied(alice.send("annotation.delete", {"id": note["id"]}))
    applied(alice.send("annotation.delete", {"id": note["id"]}))
    ops = [c["op"] for c in alice.everything() if c["id"] == note["id"]]
    assert ops[-1] == "delete" and ops.count("delete") == 1


def test_another_members_annotation_id_is_not_found_and_left_untouched(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    note = _note(net.org.documents["a1"].id)
    applied(alice.send("annotation.save", note))
    refused(sara.send("annotation.save", {**note, "body": "Écrasée"}), "not_found")
    refused(sara.send("annotation.delete", {"id": note["id"]}), "not_found")
    assert latest(alice.everything(), "annotation")[note["id"]]["body"] == SECRET


def test_a_document_one_may_not_see_or_a_version_that_never_was_is_refused(
    net: Net, kit: ServerKit
) -> None:
    alice = net.device(net.org.alice)
    refused(alice.send("annotation.save", _note(net.org.documents["b1"].id)), "not_found")
    document = net.org.documents["a1"]
    refused(alice.send("annotation.save", _note(document.id, version=2)), "version_unknown")
    publishing.revise(kit.engine, None, document.id, DocumentRevisionRequest(body="# V2\n"))
    applied(alice.send("annotation.save", _note(document.id, version=2)))


# --- "annotations of member A are never returned to member B by any route" -------------------

#: Streams only: ``/v1/events`` sends seq numbers, never an entity, and never ends by itself.
STREAMS = {"/v1/events"}


def _get_routes(client: TestClient) -> list[str]:
    schema = client.get("/openapi.json").json()
    return [path for path, methods in schema["paths"].items() if "get" in methods]


def test_annotations_of_a_member_are_never_returned_to_another_by_any_route(
    net: Net, kit: ServerKit, client: TestClient
) -> None:
    pdf = _pdf_document(kit, net.org.committee_a.id)
    a1 = net.org.documents["a1"]
    motion = kit.motion("Budget 2027", net.org.committee_a.id)
    alice = net.device(net.org.alice)
    notes = [
        _note(a1.id, quote="hausse de 3,2 %"),
        _note(pdf.id, kind="highlight", page=1, quote=QUOTE, rects=[[1.0, 2.0, 3.0, 4.0]]),
        _note(pdf.id, page=2, body="Note de page : voir avec Bernard avant le conseil."),
    ]
    for note in notes:
        applied(alice.send("annotation.save", note))
    # The quotes are the documents' own text: the notes' bodies and ids are what is private.
    secrets = {note[key] for note in notes for key in ("id", "body")}
    assert set(latest(alice.everything(), "annotation")) == {n["id"] for n in notes}
    values = {
        "document_id": [a1.id, pdf.id, notes[0]["id"]],
        "committee_id": [net.org.committee_a.id],
        "motion_id": [motion.id],
        "meeting_id": [notes[0]["id"]],
        "sha256": [pdf.file.sha256 if pdf.file else ""],
    }
    for reader in (net.org.sara, net.carl, net.org.bob):  # the secretariat, the chair, another
        headers = kit.headers(reader)
        asked = 0
        for path in _get_routes(client):
            if path in STREAMS:
                continue
            for url in _urls(path, values):
                response = client.get(url, headers=headers)
                asked += 1
                assert response.status_code < 500, (url, response.text)
                _assert_no_secret(response.content, secrets, url)
        assert asked >= 10
        changes, _ = pull_all(client, headers, limit=7)  # page by page, small pages
        assert not [c for c in changes if c["kind"] == "annotation"]
        _assert_no_secret(repr(changes).encode(), secrets, "/v1/sync")


def _urls(path: str, values: dict[str, list[str]]) -> list[str]:
    names = re.findall(r"\{(\w+)\}", path)
    urls = [path]
    for name in names:
        assert name in values, f"a GET route with an unknown parameter: {path}"
        urls = [url.replace(f"{{{name}}}", value) for url in urls for value in values[name]]
    return urls


def _assert_no_secret(content: bytes, secrets: set[str], where: str) -> None:
    text = content.decode("utf-8", errors="replace")
    for secret in secrets:
        assert secret not in text, f"{where} returned {secret!r}"
        assert secret.encode("unicode_escape").decode() not in text, where


def test_a_member_who_left_the_committee_gets_no_note_on_its_documents_on_a_new_device(
    net: Net, kit: ServerKit
) -> None:
    alice = net.device(net.org.alice)
    note = _note(net.org.documents["a1"].id, quote="hausse de 3,2 %")
    applied(alice.send("annotation.save", note))
    kit.remove_from_committee(net.org.alice, net.org.committee_a.id)
    fresh = net.device(net.org.alice).everything()  # a new computer, or a reset page
    assert note["id"] not in latest(fresh, "annotation")
    assert SECRET not in repr(fresh)
    # Back in the committee: the note comes back with its documents.
    kit.add_to_committee(net.org.alice, net.org.committee_a.id)
    back = latest(net.device(net.org.alice).everything(), "annotation")
    assert back[note["id"]]["body"] == SECRET
