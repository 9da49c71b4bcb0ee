"""A message is posted once, however many times it travels: pushed twice, answered into a cut,
or written offline and sent after a restart (real server, real cache, real sync engine)."""

from __future__ import annotations

import pytest

from desktop.cache.network_records import SENT, WAITING
from desktop.core.conversations import Conversations
from desktop.sync.errors import ServerUnreachable
from protocol.models import Mutation
from protocol.network import committee_channel
from tests.integration.conftest import MakeDesktop, Network, server_rows
from tests.serverkit import ServerKit, SmallOrg

PUSH_PATH = "/v1/sync/push"


def server_messages(kit: ServerKit, channel_id: str) -> list[tuple[str, int, str]]:
    """(id, number, body) of a channel's messages on the server, in number order."""
    rows = server_rows(
        kit,
        "SELECT id, number, body FROM messages WHERE channel_id = :c ORDER BY number",
        c=channel_id,
    )
    return [(str(i), int(n), str(b)) for i, n, b in rows]


def message_changes(kit: ServerKit, message_id: str) -> int:
    rows = server_rows(
        kit,
        "SELECT count(*) FROM changes WHERE kind = 'message' AND entity_id = :m",
        m=message_id,
    )
    return int(rows[0][0])


def test_the_same_message_pushed_twice_is_posted_once(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()
    posted = Conversations(alice.store).post("org", "Bonjour à toutes et à tous")
    [queued] = alice.store.pending(10)
    alice.engine.sync()

    api = alice.engine_api()
    token = alice.store.token()
    assert token is not None
    again = api.push(token, [Mutation.model_validate(queued.model_dump())])

    [result] = again.results
    assert result.status == "applied" and result.duplicate
    assert server_messages(kit, "org") == [(posted.id, 1, "Bonjour à toutes et à tous")]
    assert message_changes(kit, posted.id) == 1

    bob = make_desktop("bob")
    bob.sign_in(org.bob)
    bob.engine.sync()
    assert [(m.id, m.number) for m in Conversations(bob.store).messages("org")] == [(posted.id, 1)]


def test_a_message_whose_answer_was_lost_stays_waiting_and_is_posted_once(
    kit: ServerKit, org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice", via_network=True)
    alice.sign_in(org.alice)
    alice.engine.sync()
    talk = Conversations(alice.store)
    channel = committee_channel(org.committee_a.id)
    posted = talk.post(channel, "Le budget est prêt")

    network.lose_answers_to = {PUSH_PATH}  # applied on the server; the answer never arrives
    with pytest.raises(ServerUnreachable):
        alice.engine.sync()
    assert server_messages(kit, channel) == [(posted.id, 1, "Le budget est prêt")]
    [still] = talk.messages(channel)
    assert (still.id, still.state) == (posted.id, WAITING)

    network.lose_answers_to = set()
    alice.engine.sync()

    (answer,) = network.answers_to(PUSH_PATH)
    assert answer["results"][0]["duplicate"] is True
    assert server_messages(kit, channel) == [(posted.id, 1, "Le budget est prêt")]
    [shown] = talk.messages(channel)
    assert (shown.id, shown.number, shown.state, shown.outbox_seq) == (posted.id, 1, SENT, None)


def test_messages_written_offline_survive_a_restart_and_arrive_once_in_order(
    kit: ServerKit, org: SmallOrg, network: Network, make_desktop: MakeDesktop
) -> None:
    bob = make_desktop("bob")
    bob.sign_in(org.bob)
    bob.engine.sync()
    Conversations(bob.store).post("org", "Un message d'avant")
    bob.engine.sync()

    alice = make_desktop("alice", via_network=True)
    alice.sign_in(org.alice)
    alice.engine.sync()
    network.up = False  # the train enters the tunnel
    bodies = ["Premier", "Deuxième", "Troisième"]
    written = [Conversations(alice.store).post("org", body).id for body in bodies]
    with pytest.raises(ServerUnreachable):
        alice.engine.sync()

    alice.restart()  # the laptop is closed and opened again, still offline
    talk = Conversations(alice.store)
    listed = talk.messages("org")
    assert [(m.id, m.state) for m in listed[1:]] == [(w, WAITING) for w in written]
    with pytest.raises(ServerUnreachable):
        alice.engine.sync()

    network.up = True
    report = alice.engine.sync()
    assert report.pushed == 3 and report.rejected == 0

    on_server = server_messages(kit, "org")
    assert [body for _id, _n, body in on_server] == ["Un message d'avant", *bodies]
    assert [n for _id, n, _b in on_server] == [1, 2, 3, 4]
    for message_id in written:
        assert message_changes(kit, message_id) == 1
    shown = talk.messages("org")
    assert [(m.id, m.number, m.state) for m in shown[1:]] == [
        (w, n, SENT) for w, n in zip(written, (2, 3, 4), strict=True)
    ]
    bob.engine.sync()
    assert [m.body for m in Conversations(bob.store).messages("org")] == [
        "Un message d'avant",
        *bodies,
    ]
