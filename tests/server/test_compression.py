"""Pages of changes travel compressed: members sync on trains and hotel Wi-Fi."""

from __future__ import annotations

from tests.serverkit import ServerKit, SmallOrg, TestClient


def test_a_large_sync_page_is_sent_gzip_compressed_and_decodes_whole(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    paragraph = "Le conseil examine le budget prévisionnel et la marge de solvabilité. " * 40
    for i in range(5):
        kit.publish(f"Note {i}", paragraph, org.committee_a.id, author=org.sara)
    response = client.get("/v1/sync", headers={**kit.headers(org.alice), "Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(response.content) / 3
    changes = response.json()["changes"]
    bodies = [c["data"]["body"] for c in changes if c["kind"] == "document"]
    assert bodies.count(paragraph) == 5


def test_a_small_answer_is_sent_as_it_is(client: TestClient) -> None:
    response = client.get("/v1/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in response.headers
