"""The remote wipe over a real connection (uvicorn on loopback): the secretariat revokes a
device that holds its event stream open; the stream ends, every call of the device is answered
``wipe_required`` until it acknowledges, and ``device_revoked`` after."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from tests.server.devicekit import audit_entries, bearer
from tests.serverkit import LiveServer, ServerKit, SmallOrg

#: The hub's check for revoked devices, shortened (production: 5 s).
SWEEP = 0.3


@pytest.fixture
def live(kit: ServerKit, org: SmallOrg) -> Iterator[LiveServer]:
    kit.app.state.events_sweep = SWEEP
    with kit.live() as server:
        yield server


def hold_stream(url: str, token: str, opened: threading.Event, ended: threading.Event) -> None:
    with (
        httpx.Client(base_url=url, timeout=10) as client,
        client.stream("GET", "/v1/events", headers=bearer(token)) as stream,
    ):
        opened.set()
        for _line in stream.iter_lines():
            pass
    ended.set()


def test_a_device_revoked_while_connected_loses_its_stream_then_wipes_and_acknowledges(
    kit: ServerKit, org: SmallOrg, live: LiveServer
) -> None:
    lost = kit.sign_in(org.alice, "Portable perdu")
    sara = kit.token(org.sara)
    opened, ended = threading.Event(), threading.Event()
    reader = threading.Thread(
        target=hold_stream, args=(live.url, lost.token, opened, ended), daemon=True
    )
    reader.start()
    assert opened.wait(10)
    with httpx.Client(base_url=live.url, timeout=10) as client:
        url = f"/v1/security/devices/{lost.device.id}/revoke"
        assert client.post(url, json={"wipe": True}, headers=bearer(sara)).status_code == 200
        assert ended.wait(5), "the revoked device's stream did not end"
        pulled = client.get("/v1/sync", headers=bearer(lost.token))
        assert (pulled.status_code, pulled.json()["code"]) == (401, "wipe_required")
        done = client.post("/v1/devices/wipe-done", headers=bearer(lost.token))
        assert done.status_code == 204
        pulled = client.get("/v1/sync", headers=bearer(lost.token))
        assert (pulled.status_code, pulled.json()["code"]) == (401, "device_revoked")
        listed = client.get("/v1/security/devices", headers=bearer(sara)).json()["devices"]
    reader.join(5)
    assert [d["state"] for d in listed if d["id"] == lost.device.id] == ["wiped"]
    assert [e["actor_id"] for e in audit_entries(kit, "device.revoked")] == [org.sara.id]
    assert [e["actor_id"] for e in audit_entries(kit, "device.wiped")] == [org.alice.id]
