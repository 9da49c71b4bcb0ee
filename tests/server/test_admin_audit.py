"""Every secretariat action leaves an entry in the hash-chained audit log, with its actor.

The API's: walks the authorisation matrix (``tests/server/authz_table.py``) for the routes that
change something and that only the secretariat may call (plain members are refused), calls
each as the secretary and checks the success appended an entry naming her. The CLI's (no
actor): member creation, committee membership and role changes, retention, documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from server import cli
from server.db import tables as t
from server.services import audit
from server.services.tx import read
from tests.server import test_authz_matrix as matrix
from tests.server import totp_helpers
from tests.server.authz_table import ROUTES, Entry
from tests.serverkit import ServerKit, SmallOrg, TestClient, make_server


def secretariat_only(entry: Entry) -> bool:
    return entry.member_a >= 400 and entry.member_b >= 400 and 200 <= entry.secretary < 300


ACTIONS = [
    pytest.param(method, path, id=f"{method} {path}")
    for (method, path), entry in sorted(ROUTES.items())
    if method not in ("GET", "HEAD") and secretariat_only(entry)
]


def last_seq(kit: ServerKit) -> int:
    with read(kit.engine) as conn:
        return int(conn.execute(select(func.max(t.audit_log.c.seq))).scalar() or 0)


def entries_after(kit: ServerKit, seq: int) -> list[dict[str, Any]]:
    query = select(t.audit_log).where(t.audit_log.c.seq > seq).order_by(t.audit_log.c.seq)
    with read(kit.engine) as conn:
        rows = conn.execute(query).all()
    return [
        {"event": r.event, "actor_id": r.actor_id, "detail": json.loads(r.detail)} for r in rows
    ]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[matrix.World]:
    with make_server(tmp_path_factory.mktemp("admin-audit")) as kit:
        yield matrix.build_world(kit)


def test_the_walk_covers_the_secretariats_actions() -> None:
    walked = {case.values[:2] for case in ACTIONS}
    assert ("POST", "/v1/documents") in walked
    assert ("PUT", "/v1/meetings/{meeting_id}") in walked
    assert ("POST", "/v1/security/unlock") in walked
    assert ("GET", "/v1/documents/{document_id}/receipts") not in walked  # reading: not logged


@pytest.mark.parametrize(("method", "template"), ACTIONS)
def test_each_secretariat_action_through_the_api_is_logged_with_its_actor(
    world: matrix.World, method: str, template: str
) -> None:
    kit, sara = world.kit, world.org.sara
    entry = ROUTES[(method, template)]
    path = matrix.fill(world, template, entry)  # preparing the resource logs its own entries
    token = world.token("secretary")
    request = matrix.body(world, method, template, "secretary")
    headers = {**request.pop("headers", {}), "Authorization": f"Bearer {token}"}
    before = last_seq(kit)
    with TestClient(kit.app) as client:
        response = client.request(method, path, headers=headers, **request)
    if "/totp" in template:
        totp_helpers.forget(kit, sara)
    assert response.status_code == entry.secretary, response.text
    logged = entries_after(kit, before)
    assert logged, f"{method} {template} succeeded and left nothing in the audit log"
    actors = {e["actor_id"] for e in logged}
    assert sara.id in actors, logged
    assert actors <= {sara.id, None}, logged  # None: a step the service shares with the CLI
    assert audit.verify(kit.engine) is None


# --- the administration CLI ---------------------------------------------------------------------


def run(kit: ServerKit, *argv: str) -> None:
    assert cli.main([*argv, "--database", kit.settings.database_url]) == 0


def test_cli_member_creation_committee_changes_and_retention_are_logged_without_actor(
    kit: ServerKit, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli.NEW_PASSWORD_ENV, "un mot de passe solide")
    committee = org.committee_a
    before = last_seq(kit)
    run(kit, "add-member", "Chloe@Exemple.fr", "--name", "Chloé Petit", "--role", "secretary")
    run(kit, "add-committee", "Commission des placements")
    run(kit, "add-to-committee", org.bob.email, committee.name)
    run(kit, "add-to-committee", org.bob.email, committee.name, "--role", "chair")
    run(kit, "remove-from-committee", org.bob.email, committee.name)
    run(kit, "retention", "24")
    logged = entries_after(kit, before)
    assert [e["event"] for e in logged] == [
        "member.created",
        "committee.created",
        "committee.member_added",
        "committee.role_changed",
        "committee.member_removed",
        "retention.changed",
    ]
    assert {e["actor_id"] for e in logged} == {None}
    assert logged[0]["detail"]["roles"] == ["secretary"]
    membership = {"committee_id": committee.id, "member_id": org.bob.id}
    assert logged[3]["detail"] == {**membership, "role": "chair"}
    assert logged[4]["detail"] == membership
    assert logged[5]["detail"] == {"before": None, "after": 24}
    assert audit.verify(kit.engine) is None


def test_publishing_revising_and_deleting_a_document_are_logged(
    kit: ServerKit, org: SmallOrg
) -> None:
    before = last_seq(kit)
    doc = kit.publish("Budget 2026", "Le budget.", org.committee_a.id, author=org.sara)
    kit.update_document(doc.id, body="Le budget, corrigé.")
    kit.delete_document(doc.id)
    logged = entries_after(kit, before)
    assert [(e["event"], e["detail"]) for e in logged] == [
        ("document.published", {"document_id": doc.id, "version": 1}),
        ("document.revised", {"document_id": doc.id, "version": 2}),
        ("document.deleted", {"document_id": doc.id}),
    ]


def test_a_meeting_set_through_the_api_names_the_secretary(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    request = {
        "committee_id": org.committee_a.id,
        "title": "Commission du 3 juin",
        "starts_at": "2030-06-03T09:00:00+00:00",
    }
    headers = kit.headers(org.sara)
    created = client.post("/v1/meetings", json=request, headers=headers)
    assert created.status_code == 201, created.text
    before = last_seq(kit)
    replaced = client.put(
        f"/v1/meetings/{created.json()['id']}", json={**request, "place": "Siège"}, headers=headers
    )
    assert replaced.status_code == 200, replaced.text
    [updated] = entries_after(kit, before)
    assert updated["event"] == "meeting.updated"
    assert updated["actor_id"] == org.sara.id
    assert updated["detail"]["meeting_id"] == created.json()["id"]
