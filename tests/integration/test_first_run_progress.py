"""The first sync's progress (docs/INSTALLED.md, "First run", step 4), against the real server
and a real encrypted cache: the server says the log's newest seq on every page, the engine
tells its ``progress`` callback after each page, and a member who stops waiting keeps what
came and gets the rest at the next sync."""

from __future__ import annotations

from desktop.sync.progress import SyncProgress
from desktop.sync.status import SyncState
from protocol.cursor import decode_cursor
from tests.integration.conftest import MakeDesktop, server_rows
from tests.serverkit import ServerKit, SmallOrg, TestClient


def test_every_page_says_the_newest_seq_of_the_log(
    kit: ServerKit, org: SmallOrg, server: TestClient
) -> None:
    newest = server_rows(kit, "SELECT max(seq) FROM changes")[0][0]
    answer = server.get("/v1/sync", params={"limit": 2}, headers=kit.headers(org.alice))
    page = answer.json()
    assert page["head_seq"] == newest
    assert page["has_more"] is True
    seq = decode_cursor(page["next_cursor"])
    assert seq is not None and seq[1] < newest


def test_the_first_sync_reports_its_progress_after_every_page_up_to_the_end(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    seen: list[SyncProgress] = []

    report = alice.engine.sync(progress=seen.append)

    assert len(seen) == report.pages > 1
    fractions = [p.fraction or 0.0 for p in seen]
    assert all(p.fraction is not None for p in seen)
    assert fractions == sorted(fractions)  # never goes back
    assert fractions[0] < 1.0
    assert fractions[-1] == 1.0
    assert seen[-1].applied["document"] == 4  # the same counts as the report's
    assert dict(seen[-1].applied) == report.applied


def test_stopping_after_a_page_keeps_it_and_the_next_sync_brings_the_rest(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    seen: list[SyncProgress] = []

    def stop_at_once(progress: SyncProgress) -> bool:
        seen.append(progress)
        return False  # the member pressed "Continue later"

    stopped = alice.engine.sync(progress=stop_at_once)
    assert stopped.pages == 1 and len(seen) == 1
    assert alice.engine.status().state is SyncState.ONLINE  # not an error: the app is usable
    kept = sum(stopped.applied.values())
    assert kept > 0 and alice.store.cursor() is not None

    rest = alice.engine.sync()

    assert rest.pages >= 1 and not rest.reset
    assert alice.store.counts()["document"] == 4
    assert rest.applied.get("document", 0) + stopped.applied.get("document", 0) == 4


def test_a_later_sync_with_nothing_new_is_complete_at_once(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()
    seen: list[SyncProgress] = []

    alice.engine.sync(progress=seen.append)

    assert [p.fraction for p in seen] == [1.0]
    assert dict(seen[0].applied) == {}
