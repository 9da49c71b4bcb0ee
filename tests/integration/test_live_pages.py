"""Pokes that carry their page: an app up to date applies the new changes the poke brings,
exactly what a pull would have brought, without pulling; an app that is not up to date pulls
and misses nothing.

Real server on loopback, real SQLCipher caches, real engines and listeners.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from desktop.core.search import Search
from desktop.sync.engine import SyncEngine
from desktop.sync.events import MAX_WAITING_PAGES, SyncOnPoke
from protocol.cursor import decode_cursor, encode_cursor
from protocol.models import PokeData, SyncPage
from protocol.network import POKE_EVENT, committee_channel
from tests.integration.test_live_events import (
    DELIVERY_SECONDS,
    LiveDesktop,
    open_desktops,
    wait_until,
)
from tests.serverkit import Account, LiveServer, ServerKit, SmallOrg


@pytest.fixture
def live(kit: ServerKit) -> Iterator[LiveServer]:
    with kit.live() as server:
        yield server


@pytest.fixture
def desktops(tmp_path: Path) -> Iterator[Callable[[Account, str], LiveDesktop]]:
    yield from open_desktops(tmp_path)


def _changes(page: SyncPage) -> list[tuple[int, str, str]]:
    return [(c.seq, c.kind, c.id) for c in page.changes]


def test_an_app_up_to_date_applies_the_page_its_poke_carries_and_does_not_pull(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    alice = desktops(org.alice, live.url)
    sara = desktops(org.sara, live.url).listen(live.url, pages=True)
    assert sara.syncer is not None
    time.sleep(0.3)  # the sync of the hello is over
    pulls = sara.syncer.syncs

    first = alice.post(committee_channel(org.committee_a.id), "La séance est avancée.")
    wait_until(lambda: sara.holds(first), DELIVERY_SECONDS)
    second = alice.post(committee_channel(org.committee_a.id), "Elle aura lieu à 9 h.")
    wait_until(lambda: sara.holds(second), DELIVERY_SECONDS)

    assert sara.syncer.syncs == pulls  # both came with their pokes
    assert sara.engine.sync().applied == {}  # and a pull now finds nothing more


def test_an_app_behind_its_poke_pulls_instead_and_misses_nothing(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    alice = desktops(org.alice, live.url)
    sara = desktops(org.sara, live.url)
    missed = alice.post(committee_channel(org.committee_a.id), "Écrit avant l'écoute")
    sara.listen(live.url, pages=True)  # its hello pulls the missed message
    assert sara.syncer is not None
    wait_until(lambda: sara.holds(missed), DELIVERY_SECONDS)
    cursor = sara.store.cursor()
    assert cursor is not None
    log_id, _seq = decode_cursor(cursor) or ("", 0)
    # As if the app had not seen the last changes: its position is before the page's.
    sara.store.apply_page(
        SyncPage(
            changes=[],
            next_cursor=encode_cursor(log_id, 1),
            has_more=False,
            server_time=alice.store.last_sync() or sara.store.last_sync(),  # type: ignore[arg-type]
        )
    )
    pulls = sara.syncer.syncs

    later = alice.post(committee_channel(org.committee_a.id), "Écrit pendant l'écoute")

    wait_until(lambda: sara.holds(later), DELIVERY_SECONDS)
    # The page did not follow on: one pull (counted once it has returned).
    wait_until(lambda: sara.syncer is not None and sara.syncer.syncs == pulls + 1, 2)
    assert sara.engine.sync().applied == {}


def _next_poke(lines: Iterator[str]) -> PokeData:
    event = ""
    for line in lines:
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == POKE_EVENT:
            return PokeData.model_validate_json(line.removeprefix("data: "))
    raise AssertionError("the stream ended")


def test_a_member_who_joins_a_committee_gets_a_bare_poke_and_pulls_what_the_join_replays(
    kit: ServerKit,
    org: SmallOrg,
    live: LiveServer,
    desktops: Callable[[Account, str], LiveDesktop],
) -> None:
    bob = desktops(org.bob, live.url)
    headers = {"Authorization": f"Bearer {bob.store.token()}"}
    with httpx.Client(base_url=live.url, timeout=10) as client:
        with client.stream("GET", "/v1/events", headers=headers) as stream:
            lines = stream.iter_lines()
            assert next(lines) == "event: hello"
            kit.add_to_committee(org.bob, org.committee_a.id)
            poke = _next_poke(lines)

    assert poke.page is None  # his committees changed: rows from before may concern him
    assert bob.engine.sync().applied  # the pull brings the committee's replay


def test_the_page_a_poke_carries_is_the_page_a_pull_from_there_answers(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    alice = desktops(org.alice, live.url)
    sara = desktops(org.sara, live.url)
    engine: SyncEngine = sara.engine
    token = sara.store.token()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=live.url, timeout=10) as client:
        with client.stream("GET", "/v1/events", headers=headers) as stream:
            lines = stream.iter_lines()
            assert next(lines) == "event: hello"
            cursor = sara.store.cursor()
            assert cursor is not None
            alice.post(committee_channel(org.committee_a.id), "Le budget est en ligne.")
            poke = _next_poke(lines)
        pulled = SyncPage.model_validate(
            client.get("/v1/sync", params={"cursor": cursor}, headers=headers).json()
        )

    assert poke.page is not None and poke.since is not None and poke.upto is not None
    held = decode_cursor(cursor)
    assert held is not None and poke.since <= held[1] <= poke.upto
    assert _changes(poke.page) == _changes(pulled) and poke.page.changes
    assert [c.data for c in poke.page.changes] == [c.data for c in pulled.changes]
    assert poke.page.next_cursor == pulled.next_cursor
    assert poke.seq == pulled.changes[-1].seq
    assert engine.apply_poke(poke)  # the app takes it


def test_a_poke_for_another_log_or_a_position_outside_its_range_is_declined(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    sara = desktops(org.sara, live.url)
    cursor = sara.store.cursor()
    assert cursor is not None
    log_id, seq = decode_cursor(cursor) or ("", 0)
    when = sara.store.last_sync()
    assert when is not None

    def page(log: str, end: int) -> SyncPage:
        return SyncPage(
            changes=[], next_cursor=encode_cursor(log, end), has_more=False, server_time=when
        )

    assert sara.store.apply_pushed_page(page("another-log", seq + 5), seq, seq) is None
    assert sara.store.apply_pushed_page(page(log_id, seq + 5), seq + 1, seq + 4) is None
    assert sara.store.apply_pushed_page(page(log_id, seq + 5), 0, seq - 1) is None
    assert sara.store.cursor() == cursor  # nothing moved
    assert sara.store.apply_pushed_page(page(log_id, seq + 5), seq, seq) == {}
    assert sara.store.cursor() == encode_cursor(log_id, seq + 5)


def test_an_app_that_falls_behind_pulls_once_instead_of_applying_every_page(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    alice = desktops(org.alice, live.url)
    sara = desktops(org.sara, live.url)
    applied: list[int] = []
    pulls: list[int] = []
    gate = threading.Event()

    def slow_sync() -> object:
        gate.wait(5)  # the first sync is held while the pokes pile up
        pulls.append(1)
        return sara.engine.sync()

    def apply(poke: PokeData) -> bool:
        applied.append(poke.seq)
        return sara.engine.apply_poke(poke)

    syncer = SyncOnPoke(slow_sync, apply).start()
    try:
        syncer.poke()  # busy with a held sync...
        time.sleep(0.1)
        ids = [alice.post(committee_channel(org.committee_a.id), f"Point {n}") for n in range(6)]
        engine = sara.engine
        cursor = sara.store.cursor()
        assert cursor is not None
        # ...while more pages than one pull is worth are offered to it.
        with httpx.Client(base_url=live.url, timeout=10) as client:
            page = SyncPage.model_validate(
                client.get(
                    "/v1/sync",
                    params={"cursor": cursor},
                    headers={"Authorization": f"Bearer {sara.store.token()}"},
                ).json()
            )
        held = decode_cursor(cursor)
        assert held is not None
        for _ in range(MAX_WAITING_PAGES + 1):
            syncer.offer(PokeData(seq=1, since=held[1], upto=held[1], page=page))
        gate.set()
        wait_until(lambda: len(pulls) == 2, DELIVERY_SECONDS)
        wait_until(lambda: all(sara.holds(message_id) for message_id in ids), DELIVERY_SECONDS)
        assert applied == []  # too many waiting: one pull instead
        assert engine.sync().applied == {}
    finally:
        syncer.stop()


def test_a_live_message_is_searchable_at_once_and_a_sync_indexes_what_waits(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    alice = desktops(org.alice, live.url)
    sara = desktops(org.sara, live.url).listen(live.url, pages=True)
    assert sara.syncer is not None
    time.sleep(0.3)  # the sync of the hello is over
    assert sara.store.search_pending() == 0
    pulls = sara.syncer.syncs

    channel = committee_channel(org.committee_a.id)
    first = alice.post(channel, "Le verger du siège sera replanté.")
    wait_until(lambda: sara.holds(first), DELIVERY_SECONDS)
    assert sara.syncer.syncs == pulls  # it came with its poke: no pull
    assert sara.store.search_pending() == 1  # noted, not yet indexed

    assert [hit.id for hit in Search(sara.store).search("verger")] == [first]
    assert sara.store.search_pending() == 0

    second = alice.post(channel, "Le verger aura des pommiers.")
    wait_until(lambda: sara.holds(second), DELIVERY_SECONDS)
    assert sara.store.search_pending() == 1
    sara.engine.sync()
    assert sara.store.search_pending() == 0
    assert {hit.id for hit in Search(sara.store).search("pommiers")} == {second}
