"""The committee network in the encrypted cache: applying pages of each kind, deletes that
cascade, and the outbox merged into the lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache import CacheKey, CacheStore, InvalidChange, open_database
from desktop.cache.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.cache.network_records import FAILED, SENT, WAITING
from desktop.cache.store import DB_FILENAME
from protocol.models import MutationKind, MutationResult, MutationStatus
from tests.desktop.conftest import NOW, account, delete, page, upsert
from tests.desktop.network_builders import (
    BOB,
    CLAIRE,
    ME,
    acknowledgement,
    announcement,
    channel_state,
    comment,
    conversation,
    idea,
    message,
    preferences,
    synced_world,
)


@pytest.fixture
def world(signed_in: CacheStore) -> CacheStore:
    return synced_world(signed_in)


def _table_count(store: CacheStore, table: str) -> int:
    return int(store._db().execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_version_2_cache_is_migrated_to_the_network_tables_and_keeps_its_data(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    old = open_database(profile_dir / DB_FILENAME, raw_key, migrations=MIGRATIONS[:2])
    old.execute("INSERT INTO committee VALUES ('c-board', 'Board', '', 'board')")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 2
    old.close()

    store = CacheStore.open(profile_dir, raw_key)
    try:
        assert store._db().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _table_count(store, "committee") == 1
        for table in ("messages", "conversations", "ideas", "announcements", "notifications"):
            assert _table_count(store, table) == 0
    finally:
        store.close()


def test_a_page_of_every_network_kind_fills_the_lists(world: CacheStore) -> None:
    applied = world.apply_page(
        page(
            message("msg-1", number=1, body="Ordre du jour du 12"),
            message("msg-2", number=2, thread_root_id="msg-1", body="Merci"),
            message("msg-3", number=3, mentions=(ME,), body="[@Jeanne](quorum://member/m-me) ?"),
            message("msg-o", "org", 1, author_id=CLAIRE, author_name="Claire Petit"),
            conversation("cv-1", BOB, ME),
            message("msg-d", "direct:cv-1", 1, body="Un café ?"),
            channel_state("committee:c-board", last_read=1),
            preferences("digest", 8),
            idea("id-1", supporters=(ME,)),
            comment("co-1", "id-1"),
            announcement("an-1"),
            acknowledgement("an-1"),
            cursor="c1",
        )
    )
    assert applied == {
        "message": 5,
        "conversation": 1,
        "channel_state": 1,
        "preferences": 1,
        "idea": 1,
        "idea_comment": 1,
        "announcement": 1,
        "acknowledgement": 1,
    }
    channels = world.channels()
    assert [c.id for c in channels] == [
        "org",
        "committee:c-board",
        "committee:c-audit",
        "direct:cv-1",
    ]
    board = channels[1]
    assert (board.title, board.unread, board.mentions_unread, board.last_read_number) == (
        "Conseil d'administration",
        2,
        1,
        1,
    )
    assert channels[0].title == "Mutuelle des Tilleuls" and channels[0].unread == 1
    assert channels[3].title == "Bob Durand" and channels[3].member_ids == (BOB, ME)

    top = world.channel_messages("committee:c-board")
    assert [(m.id, m.reply_count, m.unread, m.mentions_me) for m in top] == [
        ("msg-1", 1, False, False),
        ("msg-3", 0, True, True),
    ]
    assert [m.id for m in world.thread_messages("msg-1")] == ["msg-1", "msg-2"]
    assert world.preferences().notify == "digest" and world.preferences().digest_hour == 8
    [found] = world.ideas()
    assert (found.supported_by_me, found.support_count, found.comment_count) == (True, 1, 1)
    assert found.scope_name == "Conseil d'administration"
    [news] = world.announcements()
    assert news.acknowledged_at == NOW and news.scope_name == "Mutuelle des Tilleuls"


def test_an_update_replaces_a_message_and_a_delete_of_a_conversation_takes_its_messages(
    world: CacheStore,
) -> None:
    world.apply_page(
        page(
            conversation("cv-1", BOB, ME),
            message("msg-d", "direct:cv-1", 1),
            message("msg-e", "direct:cv-1", 2),
            channel_state("direct:cv-1", 2),
        )
    )
    world.apply_page(page(message("msg-d", "direct:cv-1", 1, deleted=True), cursor="c2"))
    [gone, _] = world.channel_messages("direct:cv-1")
    assert gone.deleted and gone.body == ""

    world.apply_page(page(delete("conversation", "cv-1"), cursor="c3"))
    assert [c.id for c in world.channels()][-1] != "direct:cv-1"
    assert _table_count(world, "messages") == 0 and _table_count(world, "channel_state") == 0


def test_deleting_a_committee_deletes_its_messages_ideas_announcements_and_state(
    world: CacheStore,
) -> None:
    world.apply_page(
        page(
            message("msg-b", "committee:c-board", 1),
            message("msg-a", "committee:c-audit", 1),
            message("msg-o", "org", 1),
            channel_state("committee:c-board", 1),
            idea("id-b", "c-board"),
            comment("co-b", "id-b"),
            idea("id-o", None),
            comment("co-o", "id-o"),
            announcement("an-b", "c-board"),
            acknowledgement("an-b"),
            announcement("an-o", None),
            acknowledgement("an-o"),
        )
    )
    world.apply_page(page(delete("committee", "c-board"), cursor="c2"))

    def ids(table: str) -> set[str]:
        return {r[0] for r in world._db().execute(f"SELECT id FROM {table}")}

    assert ids("messages") == {"msg-a", "msg-o"}
    assert ids("ideas") == {"id-o"} and ids("idea_comments") == {"co-o"}
    assert ids("announcements") == {"an-o"} and ids("acknowledgements") == {"an-o:m-me"}
    assert ids("channel_state") == set()
    assert "committee:c-board" not in [c.id for c in world.channels()]


def test_deleting_an_idea_or_an_announcement_takes_its_comments_or_acknowledgements(
    world: CacheStore,
) -> None:
    world.apply_page(
        page(idea("id-1"), comment("co-1", "id-1"), announcement("an-1"), acknowledgement("an-1"))
    )
    world.apply_page(page(delete("idea", "id-1"), delete("announcement", "an-1"), cursor="c2"))
    for table in ("ideas", "idea_comments", "announcements", "acknowledgements"):
        assert _table_count(world, table) == 0


def test_a_message_that_does_not_match_the_protocol_rolls_the_page_back(
    world: CacheStore,
) -> None:
    bad = upsert("message", {"id": "msg-x", "channel_id": "org", "number": "first"})
    with pytest.raises(InvalidChange) as raised:
        world.apply_page(page(message("msg-1"), bad, cursor="c9"))
    assert "number" in str(raised.value) and "Bonjour" not in str(raised.value)
    assert _table_count(world, "messages") == 0 and world.cursor() == "c0"


def test_a_reset_page_wipes_the_network_but_keeps_what_waits_in_the_outbox(
    world: CacheStore,
) -> None:
    world.apply_page(page(message("msg-1"), idea("id-1"), cursor="c1"))
    world.queue(
        MutationKind.POST_MESSAGE,
        {
            "message_id": "mine-00001",
            "channel_id": "org",
            "body": "Hors ligne",
            "thread_root_id": None,
        },
    )
    world.apply_page(page(message("msg-2", number=2), reset=True, cursor="c2"))
    assert [m.id for m in world.channel_messages("committee:c-board")] == ["msg-2"]
    assert world.ideas() == []
    [waiting] = world.channel_messages("org")
    assert (waiting.id, waiting.state, waiting.mine) == ("mine-00001", WAITING, True)


def test_messages_written_offline_follow_the_synced_ones_in_the_order_written(
    world: CacheStore,
) -> None:
    world.apply_page(page(message("msg-1", "org", 1), message("msg-2", "org", 2), cursor="c1"))
    for n in range(3):
        world.queue(
            MutationKind.POST_MESSAGE,
            {"message_id": f"mine-0000{n}", "channel_id": "org", "body": f"n°{n}"},
        )
    listed = world.channel_messages("org")
    assert [(m.id, m.number, m.state) for m in listed] == [
        ("msg-1", 1, SENT),
        ("msg-2", 2, SENT),
        ("mine-00000", 0, WAITING),
        ("mine-00001", 0, WAITING),
        ("mine-00002", 0, WAITING),
    ]
    assert all(m.author_name == "Jeanne Martin" for m in listed[2:])


def test_a_refused_message_shows_failed_with_its_code_and_can_be_retried_or_discarded(
    world: CacheStore,
) -> None:
    entry = world.queue(
        MutationKind.POST_MESSAGE,
        {"message_id": "mine-00001", "channel_id": "org", "body": "Refusé"},
    )
    world.record_results(
        [
            MutationResult(
                seq=entry.seq,
                client_id=entry.client_id,
                status=MutationStatus.REJECTED,
                code="not_found",
                message="No such channel.",
            )
        ]
    )
    [failed] = world.channel_messages("org")
    assert (failed.state, failed.failure_code, failed.outbox_seq) == (
        FAILED,
        "not_found",
        entry.seq,
    )

    again = world.retry(entry.seq)
    assert again is not None
    [waiting] = world.channel_messages("org")
    assert (waiting.state, waiting.outbox_seq) == (WAITING, again.seq)

    world.record_results(
        [
            MutationResult(
                seq=again.seq, client_id=again.client_id, status=MutationStatus.REJECTED, code="x"
            )
        ]
    )
    assert world.discard(again.seq) and world.channel_messages("org") == []
    assert not world.discard(again.seq)


def test_a_message_the_server_applied_stays_listed_as_sent_until_the_pull_brings_it(
    world: CacheStore,
) -> None:
    entry = world.queue(
        MutationKind.POST_MESSAGE,
        {"message_id": "mine-00001", "channel_id": "org", "body": "Envoyé"},
    )
    world.record_results(
        [
            MutationResult(
                seq=entry.seq,
                client_id=entry.client_id,
                status=MutationStatus.APPLIED,
                result={"number": 4},
            )
        ]
    )
    [sent] = world.channel_messages("org")
    assert (sent.state, sent.number) == (SENT, 4)
    world.apply_page(
        page(message("mine-00001", "org", 4, author_id=ME, author_name="Jeanne"), cursor="c1")
    )
    [synced] = world.channel_messages("org")
    assert (synced.author_name, synced.outbox_seq) == ("Jeanne", None)


def test_pending_edits_deletes_pins_supports_and_acks_show_at_once(world: CacheStore) -> None:
    world.apply_page(
        page(
            message("msg-1", "org", 1, author_id=ME, author_name="Jeanne Martin", body="Brouillon"),
            message("msg-2", "org", 2),
            message("msg-3", "org", 3),
            idea("id-1"),
            announcement("an-1"),
            cursor="c1",
        )
    )
    world.queue(MutationKind.EDIT_MESSAGE, {"message_id": "msg-1", "body": "Version finale"})
    world.queue(MutationKind.PIN_MESSAGE, {"message_id": "msg-2", "pinned": True})
    world.queue(MutationKind.DELETE_MESSAGE, {"message_id": "msg-3"})
    world.queue(MutationKind.SUPPORT_IDEA, {"idea_id": "id-1"})
    world.queue(MutationKind.ACK_ANNOUNCEMENT, {"announcement_id": "an-1"})
    world.queue(MutationKind.MUTE_CHANNEL, {"channel_id": "org", "muted": True})
    world.queue(MutationKind.SET_PREFERENCES, {"notify": "off", "digest_hour": 7})

    edited, pinned, deleted = world.channel_messages("org")
    assert edited.body == "Version finale" and [r.body for r in edited.history] == ["Brouillon"]
    assert pinned.pinned and pinned.pinned_by_name == "Jeanne Martin"
    assert deleted.deleted and deleted.body == ""
    [supported] = world.ideas()
    assert supported.supported_by_me and supported.support_count == 1
    [acked] = world.announcements()
    assert acked.acknowledged_at is not None
    assert world.channels()[0].muted
    assert (world.preferences().notify, world.preferences().digest_hour) == ("off", 7)


def test_marking_a_channel_read_moves_the_point_at_once_and_only_forward(
    world: CacheStore,
) -> None:
    world.apply_page(page(*(message(f"msg-{n}", "org", n) for n in range(1, 6)), cursor="c1"))
    assert world.channels()[0].unread == 5
    assert world.mark_channel_read("org", 5)
    assert world.channels()[0].unread == 0
    assert not world.mark_channel_read("org", 3)
    reads = [e for e in world.outbox() if e.kind == "channel.read"]
    assert [e.data for e in reads] == [{"channel_id": "org", "number": 5}]

    # Another device's older read point arrives before ours is sent: ours still counts.
    world.apply_page(page(channel_state("org", 2), cursor="c2"))
    assert world.channels()[0].unread == 0


def test_another_members_sign_in_forgets_the_network_and_the_notifications(
    world: CacheStore,
) -> None:
    world.apply_page(page(message("msg-1", "org", 1, mentions=(ME,)), cursor="c1"))
    assert world.notifications() != []
    world.save_sign_in(account("m-other"), "token-2")
    assert world.notifications() == [] and _table_count(world, "messages") == 0


def test_what_i_sent_to_a_committee_i_then_left_is_not_listed_any_more(
    world: CacheStore,
) -> None:
    entries = [
        world.queue(
            MutationKind.POST_MESSAGE,
            {"message_id": "mine-00001", "channel_id": "committee:c-audit", "body": "Au revoir"},
        ),
        world.queue(
            MutationKind.SUBMIT_IDEA,
            {"idea_id": "idea-0001", "committee_id": "c-audit", "title": "T", "body": "B"},
        ),
    ]
    world.record_results(
        [
            MutationResult(seq=e.seq, client_id=e.client_id, status=MutationStatus.APPLIED)
            for e in entries
        ]
    )
    assert [i.state for i in world.ideas()] == [SENT]
    assert [m.state for m in world.channel_messages("committee:c-audit")] == [SENT]

    world.apply_page(page(delete("membership", "c-audit:m-me"), cursor="c1"))
    assert world.ideas() == [] and world.channel_messages("committee:c-audit") == []
