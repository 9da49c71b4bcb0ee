"""The live event stream, ``GET /v1/events``: who is poked, with which seq, and when it ends.

A real server on loopback (uvicorn in a thread) and real SSE clients (httpx-sse); the changes
come from the services, as a member's push or the secretariat's tools would write them.
"""

from __future__ import annotations

import asyncio
import json
import queue
import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from protocol.network import committee_channel, direct_channel
from server.services.events import EventHub
from tests.server.helpers import pull_all
from tests.serverkit import Account, LiveServer, ServerKit, SmallOrg

#: Short enough for the tests to see them; production waits 15 s and 5 s.
KEEPALIVE = 0.3
SWEEP = 0.3
#: A poke must arrive well within this (it takes milliseconds).
POKE_TIMEOUT = 5.0
#: How long a stream must stay silent to count as silent.
QUIET = 0.8


class Stream:
    """An SSE client in a thread: every event (name, seq) lands in ``events``."""

    def __init__(self, url: str, token: str | None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.events: queue.Queue[tuple[str, int]] = queue.Queue()
        self.comments = 0
        self.ended = threading.Event()
        self.status = 0
        self.error: BaseException | None = None
        self._pending: list[str] = []  # the lines of the event being read
        self._opened = threading.Event()
        self._client = httpx.Client(base_url=url, timeout=httpx.Timeout(10.0))
        self._response: httpx.Response | None = None
        self._thread = threading.Thread(target=self._read, args=(headers,), daemon=True)
        self._thread.start()
        assert self._opened.wait(10), "the stream did not open"

    def _read(self, headers: dict[str, str]) -> None:
        try:
            with self._client.stream("GET", "/v1/events", headers=headers) as response:
                self._response = response
                self.status = response.status_code
                self._opened.set()
                if response.status_code != 200:
                    response.read()
                    return
                for line in response.iter_lines():
                    if line.startswith(": keep-alive"):
                        self.comments += 1
                    elif line == "" and self._pending:
                        self._flush()
                    elif line.startswith("event:") or line.startswith("data:"):
                        self._pending.append(line)
        except (httpx.HTTPError, OSError) as exc:
            self.error = exc
        finally:
            self._opened.set()
            self.ended.set()

    def _flush(self) -> None:
        name = next(line[6:].strip() for line in self._pending if line.startswith("event:"))
        data = next(line[5:].strip() for line in self._pending if line.startswith("data:"))
        self._pending.clear()
        self.events.put((name, json.loads(data)["seq"]))

    def next(self, timeout: float = POKE_TIMEOUT) -> tuple[str, int]:
        return self.events.get(timeout=timeout)

    def quiet(self, duration: float = QUIET) -> bool:
        """True when no event arrives for ``duration`` seconds."""
        try:
            self.events.get(timeout=duration)
        except queue.Empty:
            return True
        return False

    def close(self) -> None:
        self._client.close()
        self._thread.join(timeout=5)


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def live(kit: ServerKit) -> Iterator[LiveServer]:
    kit.app.state.events_keepalive = KEEPALIVE
    kit.app.state.events_sweep = SWEEP
    with kit.live() as server:
        yield server


@pytest.fixture
def streams(live: LiveServer) -> Iterator[list[Stream]]:
    opened: list[Stream] = []
    yield opened
    for stream in opened:
        stream.close()


def open_stream(live: LiveServer, streams: list[Stream], token: str | None) -> Stream:
    stream = Stream(live.url, token)
    streams.append(stream)
    return stream


def newest_visible(kit: ServerKit, token: str) -> int:
    """The seq of the newest change this member may pull."""
    with kit.client() as client:
        changes, _ = pull_all(client, kit.headers(token))
    return int(max(change["seq"] for change in changes))


def hello(stream: Stream) -> int:
    name, seq = stream.next()
    assert name == "hello"
    return seq


def post(kit: ServerKit, author: Account, channel_id: str, body: str = "Bonjour") -> str:
    message_id = uuid.uuid4().hex
    data = {"message_id": message_id, "channel_id": channel_id, "body": body}
    assert kit.outbox(author).send("message.post", data).status == "applied"
    return message_id


def test_the_stream_opens_with_hello_and_the_newest_seq_the_member_may_see(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    token = kit.token(org.alice)
    stream = open_stream(live, streams, token)

    assert stream.status == 200
    assert hello(stream) == newest_visible(kit, token)


def test_a_committee_member_is_poked_with_the_seq_of_their_committee_s_new_message(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    token = kit.token(org.alice)
    stream = open_stream(live, streams, token)
    hello(stream)

    post(kit, org.sara, committee_channel(org.committee_a.id))

    assert stream.next() == ("changes", newest_visible(kit, token))


def test_a_non_member_stays_silent_and_never_gets_the_seq_of_a_row_it_cannot_see(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    bob_token = kit.token(org.bob)
    bob = open_stream(live, streams, bob_token)
    seen_by_bob = hello(bob)

    post(kit, org.alice, committee_channel(org.committee_a.id), "Entre nous")
    assert bob.quiet()

    # Bob's committee, then alice's: bob is told of his own only, even when they coalesce.
    post(kit, org.sara, committee_channel(org.committee_b.id), "Pour B")
    post(kit, org.alice, committee_channel(org.committee_a.id), "Encore entre nous")
    name, seq = bob.next()
    assert name == "changes"
    assert seq == newest_visible(kit, bob_token) > seen_by_bob
    assert bob.quiet()


def test_a_direct_message_pokes_only_the_members_of_its_conversation(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    conversation_id = uuid.uuid4().hex
    started = kit.outbox(org.alice).send(
        "conversation.start", {"conversation_id": conversation_id, "member_ids": [org.bob.id]}
    )
    assert started.status == "applied"
    bob = open_stream(live, streams, kit.token(org.bob))
    sara = open_stream(live, streams, kit.token(org.sara))
    hello(bob), hello(sara)

    post(kit, org.alice, direct_channel(conversation_id), "Rien que pour toi")

    assert bob.next()[0] == "changes"
    assert sara.quiet()


def test_an_organisation_wide_change_pokes_everyone(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    everyone = [open_stream(live, streams, kit.token(account)) for account in org.accounts.values()]
    for stream in everyone:
        hello(stream)

    kit.publish("Note à tous", "Pour toute l'organisation.", None, author=org.sara)

    for stream in everyone:
        assert stream.next()[0] == "changes"


def test_joining_a_committee_starts_the_pokes_for_its_messages(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    bob = open_stream(live, streams, kit.token(org.bob))
    hello(bob)

    kit.add_to_committee(org.bob, org.committee_a.id)
    assert bob.next()[0] == "changes"  # the replay of the committee, for him
    post(kit, org.alice, committee_channel(org.committee_a.id), "Bienvenue")

    assert bob.next() == ("changes", newest_visible(kit, kit.token(org.bob)))


def test_leaving_a_committee_stops_the_pokes_for_its_messages(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    alice = open_stream(live, streams, kit.token(org.alice))
    hello(alice)

    kit.remove_from_committee(org.alice, org.committee_a.id)
    assert alice.next()[0] == "changes"  # her tombstones
    post(kit, org.sara, committee_channel(org.committee_a.id), "Après son départ")

    assert alice.quiet()


def test_a_revoked_device_s_stream_ends(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    signed = kit.sign_in(org.alice)
    stream = open_stream(live, streams, signed.token)
    hello(stream)

    kit.revoke_device(signed.device.id)

    assert stream.ended.wait(POKE_TIMEOUT)


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_a_stream_without_a_valid_token_is_refused_with_401(
    live: LiveServer, streams: list[Stream], org: SmallOrg, token: str | None
) -> None:
    stream = open_stream(live, streams, token)

    assert stream.ended.wait(POKE_TIMEOUT)
    assert stream.status == 401


def test_a_revoked_device_cannot_open_a_stream(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    signed = kit.sign_in(org.alice)
    kit.revoke_device(signed.device.id)

    stream = open_stream(live, streams, signed.token)

    assert stream.ended.wait(POKE_TIMEOUT)
    assert stream.status == 401


def test_an_idle_stream_carries_keep_alive_comments(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    stream = open_stream(live, streams, kit.token(org.alice))
    hello(stream)

    time.sleep(KEEPALIVE * 4)

    assert stream.comments >= 2
    assert not stream.ended.is_set()


def test_a_stream_whose_client_leaves_is_forgotten(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    stream = open_stream(live, streams, kit.token(org.alice))
    hello(stream)
    hub = kit.app.state.events
    assert isinstance(hub, EventHub) and hub.subscriptions == 1

    stream.close()

    deadline = time.monotonic() + POKE_TIMEOUT
    while hub.subscriptions and time.monotonic() < deadline:
        time.sleep(0.02)
    assert hub.subscriptions == 0


def test_stopping_the_server_ends_open_streams_without_waiting(
    kit: ServerKit, org: SmallOrg
) -> None:
    server = kit.live().start()
    streams = [Stream(server.url, kit.token(account)) for account in org.accounts.values()]
    for stream in streams:
        hello(stream)

    started = time.monotonic()
    server.stop()

    assert time.monotonic() - started < 2.0
    assert all(stream.ended.wait(1.0) for stream in streams)
    for stream in streams:
        stream.close()


def test_changes_committed_before_the_subscriber_listens_again_coalesce_into_one_poke(
    kit: ServerKit, org: SmallOrg
) -> None:
    async def scenario() -> tuple[int | None, int | None, int | None]:
        hub = EventHub(kit.engine, sweep_seconds=SWEEP)
        await hub.start()
        try:
            alice = await hub.subscribe(org.alice.id, kit.sign_in(org.alice).device.id)
            loop = asyncio.get_running_loop()
            for n in range(5):
                await loop.run_in_executor(
                    None, kit.publish, f"Note {n}", "Corps.", org.committee_a.id
                )
            await asyncio.sleep(SWEEP * 2)  # every commit has been read and offered
            first = await alice.next_seq(timeout=1.0)
            second = await alice.next_seq(timeout=SWEEP)
            return alice.sent, first, second
        finally:
            await hub.stop()

    sent, first, second = asyncio.run(scenario())

    assert first == sent == newest_visible(kit, kit.token(org.alice))
    assert second is None  # nothing new: one poke stood for the five changes


def test_a_test_client_run_meanwhile_leaves_the_live_server_s_stream_working(
    kit: ServerKit, org: SmallOrg, live: LiveServer, streams: list[Stream]
) -> None:
    with kit.client() as client:  # the same app, served a second time in its own loop
        assert client.get("/v1/health").status_code == 200

    stream = open_stream(live, streams, kit.token(org.alice))

    assert stream.status == 200
    hello(stream)
    post(kit, org.sara, committee_channel(org.committee_a.id))
    assert stream.next()[0] == "changes"
