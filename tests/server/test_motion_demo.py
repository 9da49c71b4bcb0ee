"""The demo organisation shows voting in every state, relative to when it is loaded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.services import motion_views, proxies, results
from server.services.demo import demo_file, load_demo
from tests.server.helpers import pull_all
from tests.serverkit import ServerKit

CLAIRE = "claire.martin@demo.quorum.example"


def test_the_demo_has_motions_in_every_state_and_proxies_and_loads_once(kit: ServerKit) -> None:
    accounts = load_demo(kit.engine, demo_file(), passwords=kit.passwords)
    assert accounts[0].email == CLAIRE
    every = motion_views.list_motions(kit.engine, None)
    by_state: dict[str, list[str]] = {}
    for motion in every:
        by_state.setdefault(motion.status.value, []).append(motion.kind.value + "/" + motion.mode)
    assert sorted(by_state) == ["cancelled", "draft", "open", "published"]
    assert sorted(by_state["open"]) == ["choice/open", "election/secret", "resolution/open"]
    now = datetime.now(UTC)
    for motion in every:
        if motion.status == "open":
            assert motion.closes_at is not None
            assert now < motion.closes_at < now + timedelta(days=8)
    outcomes = sorted(m.result.outcome.value for m in every if m.result is not None)
    assert outcomes == ["adopted", "no_quorum"]
    election = next(m for m in every if m.kind == "election")
    assert (election.seats, len(election.options)) == (3, 5)
    assert len(proxies.list_proxies(kit.engine)) >= 2
    load_demo(kit.engine, demo_file(), passwords=kit.passwords)
    assert len(motion_views.list_motions(kit.engine, None)) == len(every)  # idempotent
    assert results.close_due_motions(kit.engine) == []


def test_claire_is_entitled_to_the_open_motions_and_holds_a_proxy_to_vote_with(
    kit: ServerKit,
) -> None:
    load_demo(kit.engine, demo_file(), passwords=kit.passwords)
    with kit.client() as client:
        signed = client.post(
            "/v1/auth/sign-in", json={"email": CLAIRE, "password": "Quorum-demo-2026"}
        ).json()
        headers = {"Authorization": f"Bearer {signed['token']}"}
        claire = signed["member"]["id"]
        changes, _ = pull_all(client, headers)
        seen = {c["id"]: c["data"] for c in changes if c["kind"] == "motion"}
        open_ones = [m for m in seen.values() if m["status"] == "open"]
        assert len(open_ones) == 3
        assert all(claire in m["entitled"] for m in open_ones)
        assert all(m["status"] != "draft" for m in seen.values())
        held = [c["data"] for c in changes if c["kind"] == "proxy"]
        assert any(p["holder_id"] == claire and p["motion_id"] for p in held)
        proxy = next(p for p in held if p["holder_id"] == claire)
        motion = seen[proxy["motion_id"]]
        push = client.post(
            "/v1/sync/push",
            headers=headers,
            json={"mutations": [{
                "client_id": "demo-proxy-ballot", "seq": 1, "kind": "ballot.cast",
                "data": {"motion_id": motion["id"], "version": motion["version"],
                         "choices": ["for"], "on_behalf_of": proxy["principal_id"]},
            }]},
        )  # fmt: skip
        assert push.json()["results"][0]["status"] == "applied"
