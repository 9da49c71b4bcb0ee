"""Helpers of the device and policy tests (tests/server/test_devices*.py, test_policy*.py):
signing in through the API, the audit log's entries, and calling every route a device uses."""

from __future__ import annotations

import json
from typing import Any

import httpx
from sqlalchemy import select

from protocol.documents import DocumentPublishRequest
from server.db import tables as t
from server.services import publishing
from server.services.tx import read
from tests.server.pdfs import make_pdf
from tests.serverkit import Account, ServerKit, TestClient


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_in(client: TestClient, account: Account, device: str = "Portable") -> dict[str, Any]:
    """Sign in through the API; the answer (token, device_id, device_state...)."""
    body = {"email": account.email, "password": account.password, "device_name": device}
    answer = client.post("/v1/auth/sign-in", json=body)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def audit_entries(kit: ServerKit, event: str) -> list[dict[str, Any]]:
    """The audit log's entries of ``event``, oldest first: actor and detail."""
    with read(kit.engine) as conn:
        rows = conn.execute(
            select(t.audit_log).where(t.audit_log.c.event == event).order_by(t.audit_log.c.seq)
        ).all()
    return [{"actor_id": r.actor_id, "detail": json.loads(r.detail)} for r in rows]


def published_file(kit: ServerKit, committee_id: str) -> str:
    """The sha256 of a PDF published in ``committee_id``."""
    stored = publishing.store_file(kit.engine, make_pdf(["Budget 2026 du conseil."]), None)
    request = DocumentPublishRequest(
        title="Budget",
        committee_id=committee_id,
        file_sha256=stored.file.sha256,
        file_name="budget.pdf",
    )
    publishing.publish(kit.engine, None, request)
    return stored.file.sha256


def device_calls(client: TestClient, token: str, sha256: str) -> dict[str, httpx.Response]:
    """What a device does with its token, by name: pull, push, the event stream, a file."""
    headers = bearer(token)
    answers = {
        "sync": client.get("/v1/sync", headers=headers),
        "push": client.post("/v1/sync/push", json={"mutations": []}, headers=headers),
        "file": client.get(f"/v1/files/{sha256}", headers=headers),
    }
    with client.stream("GET", "/v1/events", headers=headers) as stream:
        if stream.status_code >= 400:
            stream.read()
        answers["events"] = stream
    return answers


def codes(answers: dict[str, httpx.Response]) -> dict[str, tuple[int, str]]:
    """Each answer's status and error code."""
    return {
        name: (r.status_code, r.json()["code"] if r.status_code >= 400 else "")
        for name, r in answers.items()
    }
