"""Live events end to end: a member's message reaches another member's encrypted cache without
any polling, because the server's event stream pokes their app, and the stream comes back by
itself after the server restarts.

Real server on loopback (uvicorn in a thread), real SQLCipher caches, real sync engines, real
event listeners (httpx-sse in their own threads).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from desktop.cache import CacheKey, CacheStore
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener, SyncOnPoke
from protocol.models import MutationKind
from protocol.network import committee_channel
from tests.serverkit import Account, LiveServer, ServerKit, SmallOrg

#: A poked app has the message in its cache within this (it takes milliseconds).
DELIVERY_SECONDS = 2.0
#: After a restart the listener comes back within its back-off (here 0.2 s, then 0.4 s...).
RECONNECT_SECONDS = 10.0


def fast_backoff() -> Backoff:
    return Backoff(0.2, 1.0, rand=lambda: 0.0)


def wait_until(condition: Callable[[], bool], seconds: float) -> float:
    """Seconds it took for ``condition`` to hold; fails after ``seconds``."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > seconds:
            raise AssertionError(f"not within {seconds} s")
        time.sleep(0.005)
    return time.monotonic() - started


@dataclass
class LiveDesktop:
    """One member's app without its windows: cache, engine, and (once ``listen``) the event
    listener that makes the engine sync on each poke."""

    store: CacheStore
    engine: SyncEngine
    http: httpx.Client
    listener: EventListener | None = None
    syncer: SyncOnPoke | None = None

    def listen(self, url: str, *, pages: bool = False) -> LiveDesktop:
        """``pages``: apply the pages pokes carry (as the app does); else always pull."""
        self.syncer = SyncOnPoke(self.engine.sync, self.engine.apply_poke if pages else None)
        self.syncer.start()
        self.listener = EventListener(
            url,
            self.store.token,
            self.syncer.poke,
            on_page=self.syncer.offer if pages else None,
            backoff=fast_backoff(),
        )
        self.listener.start()
        assert self.listener.wait_connected(5)
        wait_until(lambda: self.syncer is not None and self.syncer.syncs >= 1, 5)
        return self

    def post(self, channel_id: str, body: str) -> str:
        message_id = uuid.uuid4().hex
        data = {"message_id": message_id, "channel_id": channel_id, "body": body}
        self.store.queue(MutationKind.POST_MESSAGE, data)
        self.engine.sync()
        return message_id

    def holds(self, message_id: str) -> bool:
        message = self.store.find_message(message_id)
        return message is not None and message.number > 0

    def close(self) -> None:
        if self.listener is not None:
            self.listener.stop()
        if self.syncer is not None:
            self.syncer.stop()
        self.store.close()
        self.http.close()


@pytest.fixture
def live(kit: ServerKit) -> Iterator[LiveServer]:
    with kit.live() as server:
        yield server


def open_desktops(tmp_path: Path) -> Iterator[Callable[[Account, str], LiveDesktop]]:
    """Yields a maker of signed-in, synced desktops; closes them all afterwards."""
    made: list[LiveDesktop] = []

    def make(account: Account, url: str) -> LiveDesktop:
        profile = tmp_path / "profiles" / f"{account.key}-{len(made)}"
        profile.mkdir(parents=True)
        store = CacheStore.open(profile, CacheKey.generate())
        http = build_http_client(url)
        engine = SyncEngine(ApiClient(http), store, url)
        desktop = LiveDesktop(store, engine, http)
        made.append(desktop)
        engine.sign_in(account.email, account.password, "live tests")
        engine.sync()
        return desktop

    yield make
    for desktop in made:
        desktop.close()


@pytest.fixture
def desktops(tmp_path: Path) -> Iterator[Callable[[Account, str], LiveDesktop]]:
    yield from open_desktops(tmp_path)


def test_a_message_reaches_another_member_s_cache_within_moments_without_polling(
    org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    alice = desktops(org.alice, live.url)
    sara = desktops(org.sara, live.url).listen(live.url)
    bob = desktops(org.bob, live.url).listen(live.url)
    assert sara.syncer is not None and bob.syncer is not None
    bob_syncs = bob.syncer.syncs

    message_id = alice.post(committee_channel(org.committee_a.id), "La séance est avancée.")

    assert wait_until(lambda: sara.holds(message_id), DELIVERY_SECONDS) < DELIVERY_SECONDS
    time.sleep(0.3)
    assert bob.syncer.syncs == bob_syncs  # not in committee A: never poked
    assert not bob.holds(message_id)


def test_the_stream_comes_back_after_the_server_restarts_on_the_same_database_and_port(
    kit: ServerKit, org: SmallOrg, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    first = kit.live().start()
    port, url = first.port, first.url
    alice = desktops(org.alice, url)
    sara = desktops(org.sara, url).listen(url)
    assert sara.listener is not None
    before = alice.post(committee_channel(org.committee_a.id), "Avant le redémarrage")
    wait_until(lambda: sara.holds(before), DELIVERY_SECONDS)

    first.stop()
    wait_until(lambda: sara.listener is not None and not sara.listener.connected, 5)
    with LiveServer(kit.app, port=port):
        assert sara.listener.wait_connected(RECONNECT_SECONDS)
        after = alice.post(committee_channel(org.committee_a.id), "Après le redémarrage")

        assert wait_until(lambda: sara.holds(after), DELIVERY_SECONDS) < DELIVERY_SECONDS


def test_a_message_posted_while_the_listener_was_away_arrives_with_its_hello(
    kit: ServerKit, org: SmallOrg, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    first = kit.live().start()
    port, url = first.port, first.url
    sara = desktops(org.sara, url).listen(url)
    assert sara.listener is not None
    first.stop()

    with LiveServer(kit.app, port=port):
        alice = desktops(org.alice, url)
        missed = alice.post(committee_channel(org.committee_a.id), "Pendant la coupure")

        wait_until(lambda: sara.holds(missed), RECONNECT_SECONDS)


def test_a_revoked_device_stops_listening_and_says_it_is_signed_out(
    kit: ServerKit, org: SmallOrg, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    sara = desktops(org.sara, live.url)
    signed_out: list[bool] = []
    listener = EventListener(
        live.url,
        sara.store.token,
        lambda: None,
        on_signed_out=lambda: signed_out.append(True),
        backoff=fast_backoff(),
    )
    sara.listener = listener
    listener.start()
    assert listener.wait_connected(5)
    account = sara.store.account()
    assert account is not None

    kit.revoke_device(account.device_id)

    wait_until(lambda: signed_out == [True], RECONNECT_SECONDS)
    wait_until(lambda: not listener.running, 2)


def test_stopping_a_connected_listener_returns_at_once_and_pokes_no_more(
    org: SmallOrg, kit: ServerKit, live: LiveServer, desktops: Callable[[Account, str], LiveDesktop]
) -> None:
    sara = desktops(org.sara, live.url)
    pokes: list[float] = []
    listener = EventListener(live.url, sara.store.token, lambda: pokes.append(time.monotonic()))
    listener.start()
    assert listener.wait_connected(5)

    started = time.monotonic()
    listener.stop()
    stopped_in = time.monotonic() - started
    poked = len(pokes)
    kit.publish("Après l'arrêt", "Corps.", None, author=org.sara)
    time.sleep(0.3)

    assert stopped_in < 0.5
    assert not listener.running
    assert len(pokes) == poked
