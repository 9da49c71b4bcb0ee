"""The conversations use cases over the real encrypted cache: posting, editing, threads, read
points, mutes, direct conversations, and what is refused before any send."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.cache import CacheStore
from desktop.cache.network_records import WAITING
from desktop.core.conversations import Conversations
from desktop.core.network_api import ConversationsApi, NetworkError
from protocol.models import MutationKind
from protocol.network import MAX_BODY
from tests.desktop.conftest import account, page
from tests.desktop.network_builders import (
    BOB,
    CLAIRE,
    ME,
    channel_state,
    conversation,
    message,
    synced_world,
)


@pytest.fixture
def talk(signed_in: CacheStore) -> Conversations:
    synced_world(signed_in)
    signed_in.apply_page(
        page(
            message("msg-1", "committee:c-board", 1, body="Ordre du jour"),
            message("msg-2", "committee:c-board", 2, thread_root_id="msg-1"),
            message("msg-3", "committee:c-board", 3),
            message("msg-mine", "org", 1, author_id=ME, author_name="Jeanne Martin"),
            conversation("cv-1", BOB, ME),
            cursor="c1",
        )
    )
    return Conversations(signed_in)


def _queued(talk: Conversations, kind: MutationKind) -> list[dict[str, object]]:
    store: CacheStore = talk._store  # type: ignore[assignment]
    return [e.data for e in reversed(store.outbox()) if e.kind == kind]


def _code(raised: pytest.ExceptionInfo[NetworkError]) -> str:
    return raised.value.code


def test_conversations_implements_the_api_the_ui_codes_against(talk: Conversations) -> None:
    api: ConversationsApi = talk
    assert [c.kind for c in api.channels()] == ["organisation", "committee", "committee", "direct"]


def test_a_posted_message_shows_at_once_as_waiting_after_the_synced_ones(
    talk: Conversations,
) -> None:
    posted = talk.post("committee:c-board", "  **Je serai en retard**\n")
    assert (posted.state, posted.mine, posted.number, posted.body) == (
        WAITING,
        True,
        0,
        "  **Je serai en retard**",
    )
    assert len(posted.id) == 32
    assert [m.id for m in talk.messages("committee:c-board")] == ["msg-1", "msg-3", posted.id]
    [data] = _queued(talk, MutationKind.POST_MESSAGE)
    assert data["message_id"] == posted.id and data["channel_id"] == "committee:c-board"


def test_a_reply_joins_its_thread_and_counts_on_its_root(talk: Conversations) -> None:
    reply = talk.post("committee:c-board", "D'accord", thread_root_id="msg-1")
    assert [m.id for m in talk.thread("msg-1")] == ["msg-1", "msg-2", reply.id]
    assert talk.messages("committee:c-board")[0].reply_count == 2
    assert reply.id not in [m.id for m in talk.messages("committee:c-board")]


@pytest.mark.parametrize(
    ("channel_id", "body", "root", "code"),
    [
        ("org", "   \n ", None, "empty"),
        ("org", "x" * (MAX_BODY + 1), None, "too_long"),
        ("committee:c-bureau", "Bonjour", None, "channel_not_found"),  # not a member
        ("direct:cv-unknown", "Bonjour", None, "channel_not_found"),
        ("committee:c-board", "Bonjour", "msg-2", "thread_invalid"),  # a reply to a reply
        ("org", "Bonjour", "msg-1", "thread_invalid"),  # another channel's message
    ],
)
def test_what_cannot_be_posted_is_refused_with_a_code_and_nothing_is_queued(
    talk: Conversations, channel_id: str, body: str, root: str | None, code: str
) -> None:
    with pytest.raises(NetworkError) as raised:
        talk.post(channel_id, body, thread_root_id=root)
    assert _code(raised) == code
    assert _queued(talk, MutationKind.POST_MESSAGE) == []


def test_only_my_own_message_can_be_edited_and_the_edit_shows_at_once(
    talk: Conversations,
) -> None:
    with pytest.raises(NetworkError) as raised:
        talk.edit("msg-1", "Corrigé")
    assert _code(raised) == "not_author"
    talk.edit("msg-mine", "Corrigé")
    edited = talk.message("msg-mine")
    assert edited is not None and edited.body == "Corrigé" and edited.edited_at is not None


def test_a_message_still_waiting_can_be_edited_and_deleted_behind_its_post(
    talk: Conversations,
) -> None:
    posted = talk.post("org", "Premier jet")
    talk.edit(posted.id, "Second jet")
    assert talk.messages("org")[-1].body == "Second jet"
    talk.delete(posted.id)
    found = talk.message(posted.id)
    assert found is not None and found.deleted and found.body == ""
    kinds = [e.kind for e in reversed(talk._store.outbox())]  # type: ignore[attr-defined]
    assert kinds == ["message.post", "message.edit", "message.delete"]


def test_the_secretariat_may_delete_any_message_of_a_committee_but_a_member_may_not(
    signed_in: CacheStore, talk: Conversations
) -> None:
    with pytest.raises(NetworkError) as raised:
        talk.delete("msg-1")
    assert _code(raised) == "not_author"
    signed_in.save_sign_in(replace(account(), roles=("secretary",)), "token-1")
    talk.delete("msg-1")
    assert talk.message("msg-1") is not None and talk.message("msg-1").deleted  # type: ignore[union-attr]


def test_pins_show_at_once_and_a_deleted_message_cannot_be_pinned(talk: Conversations) -> None:
    talk.pin("msg-3", True)
    assert [m.id for m in talk.pinned("committee:c-board")] == ["msg-3"]
    talk.pin("msg-3", True)  # already: nothing more queued
    assert len(_queued(talk, MutationKind.PIN_MESSAGE)) == 1
    talk.delete("msg-mine")
    with pytest.raises(NetworkError) as raised:
        talk.pin("msg-mine", True)
    assert _code(raised) == "message_deleted"


def test_mark_read_drops_the_unread_count_at_once_and_queues_only_a_forward_move(
    talk: Conversations,
) -> None:
    assert talk.channel("committee:c-board").unread == 3  # type: ignore[union-attr]
    talk.mark_read("committee:c-board")
    board = talk.channel("committee:c-board")
    assert board is not None and (board.unread, board.last_read_number) == (0, 3)
    assert all(not m.unread for m in talk.messages("committee:c-board"))
    talk.mark_read("committee:c-board")
    talk.mark_read("committee:c-audit")  # no message: nothing to read
    assert _queued(talk, MutationKind.READ_CHANNEL) == [
        {"channel_id": "committee:c-board", "number": 3}
    ]


def test_a_read_point_from_another_device_is_not_sent_back(
    signed_in: CacheStore, talk: Conversations
) -> None:
    signed_in.apply_page(page(channel_state("committee:c-board", 3), cursor="c2"))
    talk.mark_read("committee:c-board")
    assert _queued(talk, MutationKind.READ_CHANNEL) == []


def test_muting_a_channel_is_queued_once_and_shows_at_once(talk: Conversations) -> None:
    talk.set_muted("org", True)
    talk.set_muted("org", True)
    assert talk.channel("org").muted  # type: ignore[union-attr]
    assert _queued(talk, MutationKind.MUTE_CHANNEL) == [{"channel_id": "org", "muted": True}]
    with pytest.raises(NetworkError) as raised:
        talk.set_muted("committee:c-bureau", True)
    assert _code(raised) == "channel_not_found"


def test_starting_a_conversation_reuses_the_one_with_the_same_people(
    talk: Conversations,
) -> None:
    assert talk.start_conversation([BOB]).id == "direct:cv-1"
    assert talk.start_conversation([ME, BOB, BOB]).id == "direct:cv-1"

    group = talk.start_conversation([CLAIRE, BOB], title="Préparation AG")
    assert group.title == "Préparation AG" and group.member_ids == (ME, CLAIRE, BOB)
    assert talk.start_conversation([BOB, CLAIRE]).id == group.id  # waiting, still reused
    [data] = _queued(talk, MutationKind.START_CONVERSATION)
    assert data["member_ids"] == [CLAIRE, BOB]

    posted = talk.post(group.id, "Bonjour à vous deux")  # a conversation still waiting
    assert posted.channel_id == group.id


def test_a_conversation_needs_someone_else_and_at_most_eleven_others(
    talk: Conversations,
) -> None:
    with pytest.raises(NetworkError) as raised:
        talk.start_conversation([ME])
    assert _code(raised) == "no_members"
    with pytest.raises(NetworkError) as raised:
        talk.start_conversation([f"m-{n}" for n in range(12)])
    assert _code(raised) == "too_many_members"


def test_direct_conversations_come_after_committees_latest_activity_first(
    signed_in: CacheStore, talk: Conversations
) -> None:
    signed_in.apply_page(
        page(
            conversation("cv-2", CLAIRE, ME),
            message("msg-c", "direct:cv-2", 1, author_id=CLAIRE, author_name="Claire Petit"),
            cursor="c2",
        )
    )
    assert [c.id for c in talk.channels()][-2:] == ["direct:cv-2", "direct:cv-1"]
    talk.post("direct:cv-1", "Relance")
    assert [c.id for c in talk.channels()][-2:] == ["direct:cv-1", "direct:cv-2"]


def test_people_are_everyone_but_me_by_name(talk: Conversations) -> None:
    assert [p.id for p in talk.people()] == [BOB, CLAIRE]


def test_retry_and_discard_of_an_unknown_entry_are_refused(talk: Conversations) -> None:
    with pytest.raises(NetworkError):
        talk.retry(999)
    with pytest.raises(NetworkError):
        talk.discard(999)
