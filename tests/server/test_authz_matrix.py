"""The authorisation matrix: every route of the app × every principal of
``tests/server/authz_table.py``, against a live server, with real ids of committee A's
resources (a published PDF, a motion, a meeting); and no route without its entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update
from starlette.routing import BaseRoute, Route

from protocol.documents import DocumentPublishRequest, MeetingRequest
from protocol.invitations import InvitationCreate, InvitationCreated
from protocol.motions import MotionDraft
from server.api import create_app
from server.db.tables import devices
from server.services import invitations, meetings, motions, publishing
from tests.server import totp_helpers
from tests.server.authz_table import PRINCIPALS, ROUTES, Entry
from tests.server.pdfs import make_pdf
from tests.serverkit import Account, LiveServer, ServerKit, SmallOrg, make_server

MISSING_ID = "0" * 32
MISSING_SHA = "0" * 64


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """Every ``(method, path template)`` the app answers, routers included."""
    found: set[tuple[str, str]] = set()

    def walk(routes: list[BaseRoute]) -> None:
        for route in routes:
            inner = getattr(route, "original_router", None) or getattr(route, "app", None)
            if isinstance(route, Route) or hasattr(route, "methods"):
                methods = getattr(route, "methods", None) or set()
                found.update((method, getattr(route, "path", "")) for method in methods)
            elif inner is not None and hasattr(inner, "routes"):
                walk(list(inner.routes))

    walk(list(app.routes))
    return found


def schema_routes(app: FastAPI) -> set[tuple[str, str]]:
    paths: dict[str, dict[str, Any]] = app.openapi()["paths"]
    return {(method.upper(), path) for path, item in paths.items() for method in item}


def test_every_route_of_the_app_has_an_entry_in_the_table() -> None:
    app = create_app()
    routes = app_routes(app)
    assert schema_routes(app) <= routes  # the walk finds at least what the schema shows
    missing = sorted(routes - ROUTES.keys())
    assert not missing, f"routes with no entry in tests/server/authz_table.py: {missing}"
    stale = sorted(ROUTES.keys() - routes)
    assert not stale, f"entries for routes the app no longer has: {stale}"


# --- the world --------------------------------------------------------------------------------


@dataclass
class World:
    kit: ServerKit
    org: SmallOrg
    admin: Account
    pdf: bytes
    sha256: str
    document_id: str
    invitations: int = 0

    def token(self, principal: str) -> str | None:
        """A fresh device's token (signing out must not spoil the next call)."""
        if principal == "anonymous":
            return None
        if principal == "revoked":
            signed = self.kit.sign_in(self.org.alice, "perdu")
            self.kit.revoke_device(signed.device.id)
            return signed.token
        return self.kit.token(self.account(principal))

    def account(self, principal: str) -> Account:
        accounts = {
            "member_a": self.org.alice,
            "member_b": self.org.bob,
            "secretary": self.org.sara,
            "admin": self.admin,
        }
        return accounts.get(principal, self.org.alice)

    def motion(self, state: str) -> str:
        """A fresh motion of committee A in ``state`` (draft, open, closed)."""
        draft = MotionDraft(title="Placement de trésorerie", committee_id=self.org.committee_a.id)
        motion = motions.create(self.kit.engine, None, draft)
        if state in ("open", "closed"):
            motions.open_motion(self.kit.engine, None, motion.id, _later())
        if state == "closed":
            motions.close(self.kit.engine, None, motion.id)
        return motion.id

    def meeting(self) -> str:
        return meetings.create(self.kit.engine, None, self.meeting_request()).id

    def device(self, state: str) -> str:
        """A fresh device of alice's; ``pending``: waiting for approval."""
        device_id = self.kit.sign_in(self.org.alice, "Portable").device.id
        if state == "pending":
            with self.kit.engine.begin() as conn:
                pending = update(devices).where(devices.c.id == device_id)
                conn.execute(pending.values(approved_at=None))
        return device_id

    def invitation(self) -> InvitationCreated:
        """A fresh invitation of a new member (each may be accepted once)."""
        self.invitations += 1
        request = InvitationCreate(
            email=f"invite{self.invitations}@example.org", name=f"Invité {self.invitations}"
        )
        return invitations.create(self.kit.engine, request, "https://quorum.example.org")

    def meeting_request(self) -> MeetingRequest:
        return MeetingRequest(
            committee_id=self.org.committee_a.id, title="Commission du 3 juin", starts_at=_later()
        )


def _later() -> datetime:
    return datetime.now(UTC) + timedelta(days=3)


def build_world(kit: ServerKit) -> World:
    org = kit.seed_small_org()
    admin = kit.add_member("ada", "Ada Admin", roles=("admin",))
    pdf = make_pdf(["Ordre du jour de la commission finances."])
    stored = publishing.store_file(kit.engine, pdf, org.sara.id)
    request = DocumentPublishRequest(
        title="Ordre du jour",
        committee_id=org.committee_a.id,
        file_sha256=stored.file.sha256,
        file_name="ordre-du-jour.pdf",
    )
    document = publishing.publish(kit.engine, None, request)
    return World(kit, org, admin, pdf, stored.file.sha256, document.id)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with make_server(tmp_path_factory.mktemp("authz")) as kit:
        yield build_world(kit)


@pytest.fixture(scope="module")
def live(world: World) -> Iterator[LiveServer]:
    with world.kit.live() as server:
        yield server


# --- calling a route --------------------------------------------------------------------------


def fill(world: World, path: str, entry: Entry, *, missing: bool = False) -> str:
    """The path with each parameter a real id of committee A's resource (or one of nothing)."""
    values: dict[str, Callable[[], str]] = {
        "committee_id": lambda: world.org.committee_a.id,
        "document_id": lambda: world.document_id,
        "sha256": lambda: world.sha256,
        "meeting_id": world.meeting,
        "motion_id": lambda: world.motion(entry.state or "open"),
        "device_id": lambda: world.device(entry.state),
        "member_id": lambda: world.org.alice.id,
        "invitation_id": lambda: world.invitation().id,
    }
    for name, value in values.items():
        if "{" + name + "}" in path:
            real = MISSING_SHA if name == "sha256" else MISSING_ID
            path = path.replace("{" + name + "}", real if missing else value())
    assert "{" not in path, f"no value for a parameter of {path}"
    return path


def body(world: World, method: str, template: str, principal: str) -> dict[str, Any]:
    """What the request sends: enough for an allowed principal to succeed."""
    committee = world.org.committee_a.id
    if template == "/v1/auth/sign-in":
        account = world.account(principal)
        return {"json": {"email": account.email, "password": account.password}}
    if template in ("/v1/me/totp/confirm", "/v1/me/totp/recovery-codes", "/v1/me/totp/disable"):
        enabled = not template.endswith("/confirm")  # confirm needs a pending enrolment
        code = totp_helpers.prepare(world.kit, world.account(principal), enabled=enabled)
        return {"json": {"code": code}}
    if template.endswith("/active"):
        return {"json": {"active": True}}
    if template.endswith("/revoke"):
        return {"json": {"wipe": True}}
    if template == "/v1/security/policy":
        return {"json": {"lock_minutes": 15}}
    if template == "/v1/invitations":
        world.invitations += 1
        email = f"new{world.invitations}@example.org"
        return {"json": {"email": email, "name": "Nouvelle Élue"}}
    if template == "/v1/invitations/preview":
        return {"json": {"code": world.invitation().code}}
    if template == "/v1/invitations/accept":
        return {"json": {"code": world.invitation().code, "password": "un mot de passe long"}}
    if template == "/v1/security/unlock":
        return {"json": {"email": world.org.bob.email}}
    if template == "/v1/sync/push":
        return {"json": {"mutations": []}}
    if template == "/v1/files":
        return {"content": world.pdf, "headers": {"Content-Type": "application/pdf"}}
    if template == "/v1/documents":
        return {"json": {"title": "Note", "committee_id": committee, "body": "Texte."}}
    if template.endswith("/versions"):
        return {"json": {"body": "Nouvelle version.", "change_note": "Coquille."}}
    if template.startswith("/v1/meetings"):
        return {"json": world.meeting_request().model_dump(mode="json")}
    if template == "/v1/motions" and method == "POST":
        return {"json": {"title": "Cotisations 2026", "committee_id": committee}}
    if method == "PATCH":
        return {"json": {"title": "Cotisations 2026, texte amendé"}}
    if template.endswith(("/open", "/extend", "/reopen")):
        return {"json": {"closes_at": (_later() + timedelta(days=1)).isoformat()}}
    return {}


def call(
    world: World, live: LiveServer, method: str, template: str, principal: str, **fill_args: Any
) -> httpx.Response:
    entry = ROUTES[(method, template)]
    path = fill(world, template, entry, **fill_args)
    token = world.token(principal)  # before the body: it may turn two-factor sign-in on
    request = body(world, method, template, principal)
    headers = dict(request.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    with httpx.Client(base_url=live.url, timeout=10) as client:
        if template == "/v1/events":  # a stream: the status is enough
            with client.stream(method, path, headers=headers) as response:
                if response.status_code >= 400:
                    response.read()
                return response
        response = client.request(method, path, headers=headers, **request)
    if "/totp" in template:
        totp_helpers.forget(world.kit, world.account(principal))
    return response


CASES = [
    pytest.param(method, path, principal, id=f"{method} {path} as {principal}")
    for (method, path) in sorted(ROUTES)
    for principal in PRINCIPALS
]


@pytest.mark.parametrize(("method", "template", "principal"), CASES)
def test_each_principal_is_allowed_or_refused_as_the_table_says(
    world: World, live: LiveServer, method: str, template: str, principal: str
) -> None:
    expected = ROUTES[(method, template)].expected(principal)
    response = call(world, live, method, template, principal)
    assert response.status_code == expected, response.text
    if expected >= 400 and method != "HEAD":
        code = response.json()["code"]
        if expected == 401:
            assert code == ("device_revoked" if principal == "revoked" else "unauthenticated")
        elif expected == 404:
            assert code == "not_found"


REFUSED_AS_MISSING = [
    pytest.param(method, path, principal, id=f"{method} {path} as {principal}")
    for (method, path), entry in sorted(ROUTES.items())
    if "{" in path
    for principal in ("member_a", "member_b", "admin")
    if entry.expected(principal) == 404 or (principal == "member_b" and entry.member_b >= 400)
]


@pytest.mark.parametrize(("method", "template", "principal"), REFUSED_AS_MISSING)
def test_a_resource_one_may_not_see_is_answered_like_one_that_does_not_exist(
    world: World, live: LiveServer, method: str, template: str, principal: str
) -> None:
    hidden = call(world, live, method, template, principal)
    missing = call(world, live, method, template, principal, missing=True)
    assert hidden.status_code == missing.status_code >= 400
    if method != "HEAD":
        assert hidden.json() == missing.json()


def test_the_matrix_covers_every_route_for_every_principal() -> None:
    assert len(CASES) == len(ROUTES) * len(PRINCIPALS)
    assert {(case.values[0], case.values[1]) for case in CASES} == set(ROUTES)
