"""Small helpers shared by the server tests."""

from __future__ import annotations

from typing import Any

from tests.serverkit import TestClient


def pull_all(
    client: TestClient, headers: dict[str, str], cursor: str | None = None, limit: int = 1000
) -> tuple[list[dict[str, Any]], str]:
    """Every change visible after ``cursor``, page by page, and the final cursor."""
    changes: list[dict[str, Any]] = []
    for _ in range(1000):
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        response = client.get("/v1/sync", params=params, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        changes.extend(page["changes"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            assert cursor is not None
            return changes, cursor
    raise AssertionError("the pull never ended")


def ids_of(changes: list[dict[str, Any]], kind: str, op: str = "upsert") -> set[str]:
    return {c["id"] for c in changes if c["kind"] == kind and c["op"] == op}


def mark_read(client_id: str, seq: int, document_id: str, read_at: str) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "seq": seq,
        "kind": "document.read",
        "data": {"document_id": document_id, "read_at": read_at},
    }


def assert_error(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message"}
    assert body["code"] == code
    assert body["message"]
