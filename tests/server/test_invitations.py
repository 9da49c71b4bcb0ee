"""Invitations: the secretariat invites, the member accepts with the code, chooses a password
and is signed in; expired, reused, cancelled and wrong codes are refused in words; wrong codes
count against the address; everything is audited and no code is stored in clear."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from protocol.invitations import format_code, normalise_code, parse_invitation_link
from server import cli
from server.db import tables as t
from server.services.signin_limits import SignInLimits
from server.services.tx import read
from tests.server import totp_helpers
from tests.serverkit import ServerKit, SmallOrg, TestClient

PASSWORD = "le train de 7h12 pour Lyon"


def invite(client: TestClient, kit: ServerKit, org: SmallOrg, **extra: Any) -> Any:
    body = {"email": "nadia.benali@example.org", "name": "Nadia Benali", **extra}
    answer = client.post("/v1/invitations", json=body, headers=kit.headers(org.sara))
    assert answer.status_code == 201, answer.text
    return answer.json()


def audit_events(kit: ServerKit) -> list[tuple[str, str | None, dict[str, Any]]]:
    with read(kit.engine) as conn:
        rows = conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)).all()
    return [(r.event, r.actor_id, json.loads(r.detail)) for r in rows]


def test_an_invited_member_previews_accepts_chooses_a_password_and_is_signed_in(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    made = invite(client, kit, org, committee_ids=[org.committee_a.id], valid_days=3)
    assert made["state"] == "pending" and made["member_name"] == "Nadia Benali"
    assert len(normalise_code(made["code"])) == 12 and made["code"].count("-") == 2
    server, code = parse_invitation_link(made["link"]) or ("", "")
    assert server == "http://testserver" and code == normalise_code(made["code"])

    preview = client.post("/v1/invitations/preview", json={"code": made["code"].lower()})
    assert preview.status_code == 200
    assert preview.json()["member_name"] == "Nadia Benali"
    assert preview.json()["existing_member"] is False

    accepted = client.post(
        "/v1/invitations/accept",
        json={"code": " " + made["code"] + " ", "password": PASSWORD, "device_name": "Portable"},
    )
    assert accepted.status_code == 200, accepted.text
    signed = accepted.json()
    assert signed["member"]["email"] == "nadia.benali@example.org"
    me = client.get("/v1/me", headers={"Authorization": f"Bearer {signed['token']}"})
    assert me.status_code == 200
    # the password chosen works for a later sign-in; the committee came with the invitation
    again = client.post(
        "/v1/auth/sign-in", json={"email": "nadia.benali@example.org", "password": PASSWORD}
    )
    assert again.status_code == 200
    with read(kit.engine) as conn:
        committees = conn.execute(
            select(t.memberships.c.committee_id).where(
                t.memberships.c.member_id == signed["member"]["id"]
            )
        ).all()
    assert [c.committee_id for c in committees] == [org.committee_a.id]


def test_an_invitation_is_used_once(client: TestClient, kit: ServerKit, org: SmallOrg) -> None:
    made = invite(client, kit, org)
    body = {"code": made["code"], "password": PASSWORD}
    assert client.post("/v1/invitations/accept", json=body).status_code == 200
    second = client.post("/v1/invitations/accept", json={**body, "password": "autre mot de passe"})
    assert second.status_code == 409
    assert second.json()["code"] == "invitation_used"
    listed = client.get("/v1/invitations", headers=kit.headers(org.sara)).json()
    assert [i["state"] for i in listed["invitations"]] == ["used"]


def test_an_expired_invitation_is_refused_and_says_to_ask_for_a_new_one(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    made = invite(client, kit, org)
    with kit.engine.begin() as conn:
        past = t.utcnow() - timedelta(minutes=1)
        conn.execute(update(t.invitations).values(expires_at=past))
    answer = client.post(
        "/v1/invitations/accept", json={"code": made["code"], "password": PASSWORD}
    )
    assert answer.status_code == 410
    assert answer.json()["code"] == "invitation_expired"
    assert "new one" in answer.json()["message"]


def test_a_wrong_code_is_refused_and_too_many_lock_the_address(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    kit.app.state.signin_limits = SignInLimits(max_failures_per_address=3)
    made = invite(client, kit, org)
    for _ in range(3):
        wrong = client.post("/v1/invitations/preview", json={"code": "AAAA-BBBB-CCCC"})
        assert wrong.status_code == 404 and wrong.json()["code"] == "invitation_invalid"
    locked = client.post("/v1/invitations/preview", json={"code": made["code"]})
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0


def test_a_short_password_is_refused_and_the_invitation_stays_usable(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    made = invite(client, kit, org)
    short = client.post("/v1/invitations/accept", json={"code": made["code"], "password": "court"})
    assert short.status_code == 422
    fine = client.post("/v1/invitations/accept", json={"code": made["code"], "password": PASSWORD})
    assert fine.status_code == 200


def test_a_new_invitation_cancels_the_pending_one_and_cancelling_is_for_the_secretariat(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    first = invite(client, kit, org)
    second = invite(client, kit, org)
    refused = client.post(
        "/v1/invitations/accept", json={"code": first["code"], "password": PASSWORD}
    )
    assert refused.json()["code"] == "invitation_used"
    member = client.post(f"/v1/invitations/{second['id']}/cancel", headers=kit.headers(org.alice))
    assert member.status_code == 403
    cancelled = client.post(f"/v1/invitations/{second['id']}/cancel", headers=kit.headers(org.sara))
    assert cancelled.json()["state"] == "cancelled"


def test_inviting_a_known_member_lets_them_choose_a_new_password(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    body = {"email": org.alice.email}
    made = client.post("/v1/invitations", json=body, headers=kit.headers(org.sara)).json()
    preview = client.post("/v1/invitations/preview", json={"code": made["code"]}).json()
    assert preview["existing_member"] is True and preview["email"] == org.alice.email
    client.post("/v1/invitations/accept", json={"code": made["code"], "password": PASSWORD})
    old = client.post(
        "/v1/auth/sign-in", json={"email": org.alice.email, "password": org.alice.password}
    )
    assert old.status_code == 401
    new = client.post("/v1/auth/sign-in", json={"email": org.alice.email, "password": PASSWORD})
    assert new.status_code == 200


def test_a_new_member_needs_a_name_and_an_unknown_committee_is_refused(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.sara)
    nameless = client.post("/v1/invitations", json={"email": "x@example.org"}, headers=headers)
    assert nameless.status_code == 422
    body = {"email": "x@example.org", "name": "X", "committee_ids": ["nope"]}
    assert client.post("/v1/invitations", json=body, headers=headers).status_code == 404
    with read(kit.engine) as conn:
        nobody = conn.execute(select(t.members).where(t.members.c.email == "x@example.org"))
        assert nobody.first() is None


def test_codes_are_stored_hashed_and_every_step_is_audited(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    made = invite(client, kit, org)
    client.post("/v1/invitations/accept", json={"code": made["code"], "password": PASSWORD})
    with read(kit.engine) as conn:
        stored = conn.execute(select(t.invitations.c.code_hash)).scalar_one()
    assert normalise_code(made["code"]) not in stored
    events = [(e, actor) for e, actor, _ in audit_events(kit) if e.startswith("invitation.")]
    assert events == [
        ("invitation.created", org.sara.id),
        ("invitation.accepted", made["member_id"]),
    ]
    text = json.dumps(audit_events(kit))
    assert normalise_code(made["code"]) not in text and PASSWORD not in text


def test_the_command_line_invites_lists_and_cancels(kit: ServerKit, org: SmallOrg) -> None:
    database = ["--database", str(kit.engine.url)]
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(
            ["invite", "paul@example.org", "--name", "Paul Roux", "--committee",
             org.committee_a.name, "--server-url", "https://quorum.example.org", *database]
        )  # fmt: skip
    assert code == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Invitation for Paul Roux <paul@example.org>, valid until")
    printed = lines[1].removeprefix("code: ")
    assert printed == format_code(printed)
    assert lines[2] == f"link: quorum://invite?server=https://quorum.example.org&code={printed}"
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["invitations", *database]) == 0
    invitation_id, state = out.getvalue().split()[:2]
    assert state == "pending"
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["cancel-invitation", invitation_id, *database]) == 0
    assert out.getvalue().strip().endswith("cancelled.")
    assert cli.main(["invite", "x@example.org", "--name", "X", *database]) == 1  # no address


def test_a_locked_account_keeps_its_invitation_for_later(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    kit.app.state.signin_limits = SignInLimits(max_failures=2)
    body = {"email": org.alice.email}
    made = client.post("/v1/invitations", json=body, headers=kit.headers(org.sara)).json()
    for _ in range(2):
        client.post("/v1/auth/sign-in", json={"email": org.alice.email, "password": "faux"})
    locked = client.post(
        "/v1/invitations/accept", json={"code": made["code"], "password": PASSWORD}
    )
    assert locked.status_code == 429
    listed = client.get("/v1/invitations", headers=kit.headers(org.sara)).json()
    assert [i["state"] for i in listed["invitations"]] == ["pending"]


def test_a_member_with_two_step_sign_in_chooses_the_password_then_needs_the_code(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    phone, _codes = totp_helpers.enable(client, kit.headers(org.alice))
    body = {"email": org.alice.email}
    made = client.post("/v1/invitations", json=body, headers=kit.headers(org.sara)).json()
    answer = client.post(
        "/v1/invitations/accept", json={"code": made["code"], "password": PASSWORD}
    )
    assert answer.status_code == 401 and answer.json()["code"] == "otp_required"
    totp_helpers.away_from_a_step_change()
    signed = totp_helpers.sign_in(client, replace(org.alice, password=PASSWORD), phone.code())
    assert signed.status_code == 200
