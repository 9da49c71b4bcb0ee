from __future__ import annotations

import httpx

from tests.serverkit import ServerKit, SmallOrg


def test_live_server_answers_on_loopback_and_stops_cleanly(kit: ServerKit, org: SmallOrg) -> None:
    with kit.live() as server:
        assert server.url.startswith("http://127.0.0.1:")
        health = httpx.get(f"{server.url}/v1/health", timeout=5)
        assert health.status_code == 200
        me = httpx.get(f"{server.url}/v1/me", headers=kit.headers(org.alice), timeout=5)
        assert me.json()["member"]["email"] == org.alice.email
    try:
        httpx.get(f"{server.url}/v1/health", timeout=1)
    except httpx.TransportError:
        pass
    else:  # pragma: no cover - a failure
        raise AssertionError("the server still answers after it stopped")


def test_small_org_documents_hold_their_sentences(kit: ServerKit, org: SmallOrg) -> None:
    for key, doc in org.documents.items():
        assert org.sentences[key] in doc.body
    assert org.documents["org1"].committee_id is None
    assert org.documents["a1"].committee_id == org.committee_a.id
    assert "secretary" in org.sara.roles
