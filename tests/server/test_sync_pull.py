from __future__ import annotations

import base64

from server.services import sync
from tests.server.helpers import ids_of, pull_all
from tests.serverkit import ServerKit, SmallOrg, TestClient


def test_the_first_pull_brings_everything_the_member_may_see_in_seq_order(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    changes, _ = pull_all(client, kit.headers(org.alice))
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert ids_of(changes, "organisation") == {org.organisation.id}
    assert ids_of(changes, "member") == {org.alice.id, org.bob.id, org.sara.id}
    assert ids_of(changes, "committee") == {org.committee_a.id}
    assert ids_of(changes, "membership") == {
        f"{org.committee_a.id}:{org.alice.id}",
        f"{org.committee_a.id}:{org.sara.id}",
    }


def test_pages_respect_the_limit_and_has_more_until_the_end(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.sara)
    everything, _ = pull_all(client, headers)
    pages, cursor = [], None
    while True:
        params = {"limit": 4} if cursor is None else {"limit": 4, "cursor": cursor}
        page = client.get("/v1/sync", params=params, headers=headers).json()
        pages.append(page)
        cursor = page["next_cursor"]
        assert page["server_time"]
        if not page["has_more"]:
            break
    assert all(len(p["changes"]) == 4 for p in pages[:-1])
    assert all(p["has_more"] for p in pages[:-1])
    assert len(pages[-1]["changes"]) <= 4
    assert [c for p in pages for c in p["changes"]] == everything


def test_a_pull_after_the_end_is_empty_and_keeps_the_cursor_usable(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    page = client.get("/v1/sync", params={"cursor": cursor}, headers=headers).json()
    assert page["changes"] == [] and not page["has_more"] and not page["reset"]
    new = kit.publish("Note", "Une note du conseil.", None, author=org.sara)
    page = client.get("/v1/sync", params={"cursor": cursor}, headers=headers).json()
    assert [c["id"] for c in page["changes"]] == [new.id]  # never revised: no version rows


def test_the_cursor_moves_past_rows_the_member_cannot_see(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    for i in range(5):
        kit.publish(f"B {i}", "Pour la commission B seulement.", org.committee_b.id)
    page = client.get("/v1/sync", params={"cursor": cursor}, headers=headers).json()
    assert page["changes"] == [] and not page["has_more"]
    assert sync.decode_cursor(page["next_cursor"])[1] > sync.decode_cursor(cursor)[1]  # type: ignore[index]


def test_a_cursor_from_another_database_answers_a_reset_from_the_start(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    fresh, _ = pull_all(client, headers)
    foreign = sync.encode_cursor("another-log", 3)
    page = client.get("/v1/sync", params={"cursor": foreign}, headers=headers).json()
    assert page["reset"] is True
    assert page["changes"] == fresh[: len(page["changes"])]
    assert page["changes"][0]["kind"] == "organisation"


def test_undecodable_and_beyond_the_end_cursors_answer_a_reset(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _, cursor = pull_all(client, headers)
    log_id, seq = sync.decode_cursor(cursor)  # type: ignore[misc]
    beyond = sync.encode_cursor(log_id, seq + 1000)
    garbage = base64.urlsafe_b64encode(b"no colon here").decode()
    negative = base64.urlsafe_b64encode(f"{log_id}:-5".encode()).decode()
    for bad in (beyond, garbage, negative, "%%%", "é", "a" * 200):
        page = client.get("/v1/sync", params={"cursor": bad}, headers=headers).json()
        assert page["reset"] is True, bad
        assert page["changes"][0]["seq"] == 1


def test_server_time_is_on_every_answer(client: TestClient, kit: ServerKit, org: SmallOrg) -> None:
    headers = kit.headers(org.alice)
    assert client.get("/v1/sync", headers=headers).json()["server_time"].endswith("Z")
    assert client.get("/v1/health").json()["server_time"]
