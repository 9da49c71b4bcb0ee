"""Local notifications made from the changes a sync applies (docs/NETWORK.md, "The app")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.cache import CacheStore, InvalidChange
from desktop.cache.notify import excerpt
from tests.desktop.conftest import NOW, page, upsert
from tests.desktop.network_builders import (
    BOB,
    ME,
    acknowledgement,
    announcement,
    channel_state,
    conversation,
    idea,
    message,
    synced_world,
)


@pytest.fixture
def world(signed_in: CacheStore) -> CacheStore:
    return synced_world(signed_in)


def _kinds(store: CacheStore) -> list[tuple[str, str]]:
    return [(n.kind, n.target) for n in store.notifications()]


def test_a_new_message_mentioning_me_or_my_committee_is_a_mention(world: CacheStore) -> None:
    world.apply_page(
        page(
            message("msg-1", "org", 1, mentions=(ME,), body="**[@Jeanne](quorum://member/m-me)**"),
            message("msg-2", "org", 2, committee_mentions=("c-audit",)),
            message("msg-3", "org", 3, committee_mentions=("c-bureau",)),  # not mine
            message("msg-4", "org", 4),
            cursor="c1",
        )
    )
    assert _kinds(world) == [
        ("mention", "quorum://message/msg-2"),
        ("mention", "quorum://message/msg-1"),
    ]
    newest, first = world.notifications()
    assert first.title == "Bob Durand · Mutuelle des Tilleuls" and first.text == "@Jeanne"
    assert not first.read and newest.created_at == NOW


def test_a_new_direct_message_notifies_but_not_my_own(world: CacheStore) -> None:
    world.apply_page(
        page(
            conversation("cv-1", BOB, ME),
            message("msg-1", "direct:cv-1", 1, body="Un café ?"),
            message("msg-2", "direct:cv-1", 2, author_id=ME, author_name="Jeanne", mentions=(ME,)),
            cursor="c1",
        )
    )
    [found] = world.notifications()
    assert (found.kind, found.title, found.text) == ("direct", "Bob Durand", "Un café ?")


def test_nothing_from_a_muted_channel_or_an_already_read_message(world: CacheStore) -> None:
    world.apply_page(
        page(
            channel_state("org", muted=True),
            conversation("cv-1", BOB, ME),
            channel_state("direct:cv-1", last_read=5),
            cursor="c1",
        )
    )
    world.apply_page(
        page(
            message("msg-1", "org", 1, mentions=(ME,)),
            message("msg-2", "direct:cv-1", 5),
            cursor="c2",
        )
    )
    assert world.notifications() == []


def test_an_update_of_a_message_already_held_or_an_old_message_is_no_news(
    world: CacheStore,
) -> None:
    world.apply_page(page(message("msg-1", "org", 1), cursor="c1"))
    old = NOW - timedelta(days=30)
    world.apply_page(
        page(
            message("msg-1", "org", 1, mentions=(ME,), edited_at=NOW.isoformat()),
            message("msg-2", "org", 2, mentions=(ME,), posted_at=old),
            cursor="c2",
        )
    )
    assert world.notifications() == []


def test_a_first_sync_lists_only_what_still_waits_and_a_reset_page_nothing(
    signed_in: CacheStore,
) -> None:
    history = [
        message("msg-1", "org", 1, mentions=(ME,)),
        message("msg-0", "org", 0),  # no mention: history, not news
        announcement("an-1"),
        announcement("an-2", ack_required=False),
    ]
    signed_in.apply_page(page(*history, cursor="c1", more=True))  # first sync, first page
    assert signed_in.notifications() == []  # nothing until the catch-up is over
    signed_in.apply_page(
        page(message("msg-2", "org", 2, mentions=(ME,)), cursor="c2")  # its last page
    )
    assert sorted(_kinds(signed_in)) == [
        ("announcement", "quorum://announcement/an-1"),
        ("mention", "quorum://message/msg-1"),
        ("mention", "quorum://message/msg-2"),
    ]
    assert signed_in.notifications_not_shown() == []  # listed, never popped up on the desktop

    signed_in.apply_page(page(message("msg-3", "org", 3, mentions=(ME,)), cursor="c3", reset=True))
    assert len(signed_in.notifications()) == 3

    signed_in.apply_page(page(message("msg-4", "org", 4, mentions=(ME,)), cursor="c4"))
    assert _kinds(signed_in)[0] == ("mention", "quorum://message/msg-4")


def test_an_announcement_asking_acknowledgement_and_each_new_reminder_notify(
    world: CacheStore,
) -> None:
    world.apply_page(
        page(
            announcement("an-1", title="Politique de sécurité"),
            announcement("an-2", ack_required=False),
            announcement("an-3", author_id=ME),
            cursor="c1",
        )
    )
    assert _kinds(world) == [("announcement", "quorum://announcement/an-1")]
    assert world.notifications()[0].title == "Politique de sécurité"
    assert world.notifications()[0].text == "Merci de lire la politique avant vendredi."

    world.apply_page(page(announcement("an-1", title="Politique (corrigée)"), cursor="c2"))
    assert len(world.notifications()) == 1  # an edit is no reminder
    world.apply_page(page(announcement("an-1", reminded_at=NOW), cursor="c3"))
    assert len(world.notifications()) == 2
    world.apply_page(page(acknowledgement("an-1"), cursor="c4"))
    world.apply_page(page(announcement("an-1", reminded_at=NOW + timedelta(days=1)), cursor="c5"))
    assert len(world.notifications()) == 2  # acknowledged: reminders are for the others


def test_a_status_change_of_an_idea_i_wrote_or_support_notifies(world: CacheStore) -> None:
    world.apply_page(
        page(
            idea("id-mine", author_id=ME),
            idea("id-supported", supporters=(ME,)),
            idea("id-other"),
            cursor="c1",
        )
    )
    assert world.notifications() == []
    world.apply_page(
        page(
            idea("id-mine", author_id=ME, status="accepted", answer="Adoptée en *bureau*"),
            idea("id-supported", supporters=(ME,), status="under_review"),
            idea("id-other", status="declined"),
            idea("id-supported", supporters=(ME,), status="under_review"),  # no change
            cursor="c2",
        )
    )
    assert _kinds(world) == [
        ("idea_status", "quorum://idea/id-supported"),
        ("idea_status", "quorum://idea/id-mine"),
    ]
    assert world.notifications()[1].text == "Adoptée en bureau"


def test_notifications_survive_a_reset_page_and_are_read_one_or_all(world: CacheStore) -> None:
    world.apply_page(
        page(
            message("msg-1", "org", 1, mentions=(ME,)),
            message("msg-2", "org", 2, mentions=(ME,)),
            cursor="c1",
        )
    )
    world.apply_page(page(reset=True, cursor="c2"))
    first, second = world.notifications()
    assert world.notifications_unread() == 2
    world.mark_notifications_read(second.id)
    assert world.notifications_unread() == 1
    world.mark_notifications_read()
    assert world.notifications_unread() == 0


def test_a_page_that_fails_makes_no_notification(world: CacheStore) -> None:
    with pytest.raises(InvalidChange):
        world.apply_page(
            page(message("msg-1", "org", 1, mentions=(ME,)), upsert("idea", {"id": "x"}))
        )
    assert world.notifications() == []


def test_an_excerpt_is_plain_text_on_one_line_and_short() -> None:
    body = "# Titre\n\n> cité\n\n- un **point** et `code`\n- [lien](quorum://idea/i-1)"
    assert excerpt(body) == "Titre cité un point et code lien"
    assert len(excerpt("mot " * 200)) == 160 and excerpt("mot " * 200).endswith("…")
