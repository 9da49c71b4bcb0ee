"""Messages through the real push and pull routes: posting, numbering, exactly once, mentions,
threads, editing with history, deletion as a tombstone, pinning and moderation."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.server.netkit import Net, applied, latest, make_net, new_id, refused, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def test_posts_are_numbered_per_channel_in_push_order_with_author_and_server_time(
    net: Net,
) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    numbers = []
    for n, device in enumerate([alice, sara, alice]):
        _, result = device.post(net.channel_a, f"Message {n}")
        numbers.append(applied(result).result)
    _, in_org = sara.post("org", "Bonjour à tous")
    _, in_b = sara.post(net.channel_b, "Bonjour B")
    assert numbers == [{"number": 1}, {"number": 2}, {"number": 3}]
    assert applied(in_org).result == {"number": 1}  # each channel counts on its own
    assert applied(in_b).result == {"number": 1}
    messages = upserts(net.device(net.org.alice).everything(), "message")
    in_a = [m for m in messages if m["channel_id"] == net.channel_a]
    assert [(m["number"], m["body"]) for m in in_a] == [
        (1, "Message 0"),
        (2, "Message 1"),
        (3, "Message 2"),
    ]
    assert [m["author_name"] for m in in_a] == ["Alice Martin", "Sara Lefèvre", "Alice Martin"]
    assert all(datetime.fromisoformat(m["posted_at"]).tzinfo for m in in_a)
    assert {m["channel_id"] for m in messages} == {net.channel_a, "org"}  # not B's


def test_the_same_post_pushed_twice_is_a_duplicate_and_makes_one_message(net: Net) -> None:
    alice = net.device(net.org.alice)
    message_id = new_id("msg")
    mutation = {
        "client_id": "cut-after-apply-1",
        "seq": 1,
        "kind": "message.post",
        "data": {"message_id": message_id, "channel_id": net.channel_a, "body": "Une fois"},
    }
    answers = []
    for _ in range(2):  # the answer was lost: the app sends the very same mutation again
        response = net.client.post(
            "/v1/sync/push", json={"mutations": [mutation]}, headers=alice.outbox.headers
        )
        assert response.status_code == 200, response.text
        answers.append(response.json()["results"][0])
    assert [(a["status"], a["duplicate"]) for a in answers] == [
        ("applied", False),
        ("applied", True),
    ]
    assert answers[1]["result"] == {"number": 1}  # the stored answer, not a new number
    alice.outbox.seq = 1
    # Another mutation naming the same message id (not a retry of the same one) is refused.
    refused(alice.post(net.channel_a, "Autre", message_id=message_id)[1], "id_taken")
    messages = upserts(alice.everything(), "message")
    assert [m["id"] for m in messages] == [message_id]


def test_mentions_of_members_and_committees_are_extracted_in_order_without_repeats(
    net: Net,
) -> None:
    alice = net.device(net.org.alice)
    sara, committee = net.org.sara.id, net.org.committee_a.id
    body = (
        f"[@Sara](quorum://member/{sara}) et [@Commission](quorum://committee/{committee}), "
        f"voir [le budget](quorum://document/doc1) ; encore [@Sara](quorum://member/{sara})."
    )
    message_id, result = alice.post(net.channel_a, body)
    applied(result)
    message = latest(alice.everything(), "message")[message_id]
    assert message["mention_member_ids"] == [sara]
    assert message["mention_committee_ids"] == [committee]


def test_a_reply_must_answer_a_top_level_live_message_of_the_same_channel(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    root, _ = alice.post(net.channel_a, "Question ?")
    reply, result = sara.post(net.channel_a, "Réponse.", thread_root_id=root)
    applied(result)
    refused(
        alice.post(net.channel_a, "Réponse à la réponse", thread_root_id=reply)[1], "thread_invalid"
    )
    other, _ = sara.post(net.channel_b, "Ailleurs")
    refused(sara.post(net.channel_a, "Mauvais fil", thread_root_id=other)[1], "thread_invalid")
    refused(sara.post(net.channel_a, "Fil inconnu", thread_root_id="nope1234")[1], "thread_invalid")
    gone, _ = alice.post(net.channel_a, "Bientôt supprimé")
    applied(alice.send("message.delete", {"message_id": gone}))
    refused(sara.post(net.channel_a, "Trop tard", thread_root_id=gone)[1], "thread_invalid")
    messages = latest(alice.everything(), "message")
    assert messages[reply]["thread_root_id"] == root
    # The refused replies left nothing behind: A holds the root, the reply and the deleted one.
    assert sorted(m["number"] for m in messages.values()) == [1, 2, 3]


def test_editing_keeps_the_history_and_only_the_author_may_edit(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    message_id, _ = alice.post(net.channel_a, "Premier jet")
    applied(alice.send("message.edit", {"message_id": message_id, "body": "Deuxième jet"}))
    applied(alice.send("message.edit", {"message_id": message_id, "body": "Version finale"}))
    refused(sara.send("message.edit", {"message_id": message_id, "body": "Pirate"}), "not_author")
    message = latest(sara.everything(), "message")[message_id]
    assert message["body"] == "Version finale"
    assert message["edited_at"] is not None
    assert [h["body"] for h in message["history"]] == ["Premier jet", "Deuxième jet"]
    assert message["history"][0]["written_at"] == message["posted_at"]


def test_deleting_leaves_a_tombstone_without_body_history_or_pin(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    message_id, _ = alice.post(net.channel_a, f"Secret [@Sara](quorum://member/{sara.id})")
    applied(alice.send("message.edit", {"message_id": message_id, "body": "Secret modifié"}))
    applied(sara.send("message.pin", {"message_id": message_id}))
    refused(net.device(net.carl).send("message.delete", {"message_id": message_id}), "not_author")
    applied(alice.send("message.delete", {"message_id": message_id}))
    again = applied(alice.send("message.delete", {"message_id": message_id}))  # idempotent
    assert again.duplicate is False
    message = latest(sara.everything(), "message")[message_id]
    assert message["body"] == "" and message["history"] == []
    assert message["deleted_at"] is not None
    assert message["pinned_at"] is None and message["pinned_by_name"] == ""
    assert message["number"] == 1  # keeps its place
    refused(alice.send("message.edit", {"message_id": message_id, "body": "x"}), "message_deleted")
    refused(sara.send("message.pin", {"message_id": message_id}), "message_deleted")


def test_pinning_and_unpinning_by_any_member_of_the_channel(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    message_id, _ = alice.post(net.channel_a, "À épingler")
    applied(sara.send("message.pin", {"message_id": message_id, "pinned": True}))
    pinned = latest(alice.everything(), "message")[message_id]
    assert pinned["pinned_at"] is not None and pinned["pinned_by_name"] == "Sara Lefèvre"
    applied(alice.send("message.pin", {"message_id": message_id, "pinned": False}))
    unpinned = latest(alice.everything(), "message")[message_id]
    assert unpinned["pinned_at"] is None and unpinned["pinned_by_name"] == ""


def test_the_secretariat_moderates_committee_and_organisation_channels_not_direct_ones(
    net: Net,
) -> None:
    alice, bob, sara = (net.device(a) for a in (net.org.alice, net.org.bob, net.org.sara))
    in_a, _ = alice.post(net.channel_a, "Hors sujet")
    in_org, _ = bob.post("org", "Hors sujet aussi")
    applied(sara.send("message.delete", {"message_id": in_a}))
    applied(sara.send("message.delete", {"message_id": in_org}))
    conversation = new_id("conv")
    applied(
        alice.send("conversation.start", {"conversation_id": conversation, "member_ids": [sara.id]})
    )
    direct, _ = alice.post(f"direct:{conversation}", "Entre nous")
    refused(sara.send("message.delete", {"message_id": direct}), "not_author")
    messages = latest(sara.everything(), "message")
    assert messages[in_a]["deleted_at"] and messages[in_org]["deleted_at"]
    assert messages[direct]["body"] == "Entre nous"


def test_an_unknown_or_malformed_channel_is_not_found(net: Net) -> None:
    alice = net.device(net.org.alice)
    for channel in ("general", "committee:", "committee:nope", "direct:nope", "direct:"):
        refused(alice.post(channel, "Allô ?")[1], "not_found")
