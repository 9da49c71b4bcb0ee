"""The idea box and announcements use cases over the real encrypted cache."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.cache import CacheStore
from desktop.cache.network_records import WAITING
from desktop.core.announcements import Announcements
from desktop.core.ideas import IdeaBox
from desktop.core.network_api import AnnouncementsApi, IdeaBoxApi, NetworkError
from protocol.models import MutationKind
from protocol.network import MAX_TITLE
from tests.desktop.conftest import account, page, upsert
from tests.desktop.network_builders import (
    BOB,
    CLAIRE,
    ME,
    acknowledgement,
    announcement,
    comment,
    idea,
    synced_world,
)


@pytest.fixture
def world(signed_in: CacheStore) -> CacheStore:
    synced_world(signed_in)
    signed_in.apply_page(
        page(
            idea("id-old", "c-board", supporters=(CLAIRE, ME), days_ago=9),
            idea("id-new", None, days_ago=1, status="accepted"),
            idea("id-mid", "c-audit", supporters=(CLAIRE,), days_ago=5),
            idea("id-mine", "c-board", author_id=ME, days_ago=3),
            comment("co-1", "id-old"),
            announcement("an-1", "c-audit", hours_ago=5),
            announcement("an-2", None, ack_required=False, hours_ago=1),
            announcement("an-3", None, hours_ago=3),
            acknowledgement("an-3"),
            cursor="c1",
        )
    )
    return signed_in


def _as(store: CacheStore, *roles: str) -> CacheStore:
    store.save_sign_in(replace(account(), roles=roles), "token-1")
    return store


def _queued(store: CacheStore, kind: MutationKind) -> list[dict[str, object]]:
    return [e.data for e in reversed(store.outbox()) if e.kind == kind]


# --- the idea box ----------------------------------------------------------------------------


def test_ideas_sort_by_support_or_recent_and_filter_by_scope_and_status(
    world: CacheStore,
) -> None:
    box: IdeaBoxApi = IdeaBox(world)
    assert [i.id for i in box.ideas()] == ["id-old", "id-mid", "id-new", "id-mine"]
    assert [i.id for i in box.ideas(sort="recent")] == ["id-new", "id-mine", "id-mid", "id-old"]
    assert [i.id for i in box.ideas("c-board", everywhere=False)] == ["id-old", "id-mine"]
    assert [i.id for i in box.ideas(None, everywhere=False)] == ["id-new"]
    assert [i.id for i in box.ideas(status="accepted")] == ["id-new"]
    old = box.idea("id-old")
    assert old is not None and (old.supported_by_me, old.comment_count) == (True, 1)


def test_a_submitted_idea_shows_at_once_as_mine_and_waiting(world: CacheStore) -> None:
    box = IdeaBox(world)
    new = box.submit("c-audit", "request", " Un parking vélo ", "Devant le siège.")
    assert (new.state, new.mine, new.title, new.kind, new.scope_name) == (
        WAITING,
        True,
        "Un parking vélo",
        "request",
        "Audit",
    )
    assert new.id in [i.id for i in box.ideas("c-audit", everywhere=False)]
    [data] = _queued(world, MutationKind.SUBMIT_IDEA)
    assert data["idea_id"] == new.id and data["committee_id"] == "c-audit"


@pytest.mark.parametrize(
    ("committee_id", "kind", "title", "body", "code"),
    [
        (None, "idea", "", "Corps", "empty"),
        (None, "idea", "x" * (MAX_TITLE + 1), "Corps", "too_long"),
        (None, "idea", "Titre", " ", "empty"),
        (None, "wish", "Titre", "Corps", "invalid_value"),
        ("c-bureau", "idea", "Titre", "Corps", "not_in_committee"),
    ],
)
def test_an_idea_that_cannot_be_submitted_is_refused_with_a_code(
    world: CacheStore, committee_id: str | None, kind: str, title: str, body: str, code: str
) -> None:
    with pytest.raises(NetworkError) as raised:
        IdeaBox(world).submit(committee_id, kind, title, body)
    assert raised.value.code == code and _queued(world, MutationKind.SUBMIT_IDEA) == []


def test_support_counts_at_once_once_and_never_for_my_own_idea(world: CacheStore) -> None:
    box = IdeaBox(world)
    box.support("id-mid")
    mid = box.idea("id-mid")
    assert mid is not None and (mid.support_count, mid.supported_by_me) == (2, True)
    for idea_id, code in (("id-mid", "already_supported"), ("id-mine", "own_idea")):
        with pytest.raises(NetworkError) as raised:
            box.support(idea_id)
        assert raised.value.code == code
    with pytest.raises(NetworkError) as raised:
        box.support("id-gone")
    assert raised.value.code == "idea_not_found"
    assert _queued(world, MutationKind.SUPPORT_IDEA) == [{"idea_id": "id-mid"}]


def test_a_comment_shows_at_once_after_the_others(world: CacheStore) -> None:
    box = IdeaBox(world)
    mine = box.comment("id-old", "J'appuie, avec une navette")
    assert [c.id for c in box.comments("id-old")] == ["co-1", mine.id]
    assert (mine.mine, mine.state, mine.author_name) == (True, WAITING, "Jeanne Martin")
    assert box.idea("id-old").comment_count == 2  # type: ignore[union-attr]


def test_only_the_secretariat_or_the_committees_chair_may_set_a_status(
    world: CacheStore,
) -> None:
    box = IdeaBox(world)
    board_idea = box.idea("id-old")
    assert board_idea is not None and not box.can_moderate(board_idea)
    with pytest.raises(NetworkError) as raised:
        box.set_status("id-old", "accepted", "Oui")
    assert raised.value.code == "not_moderator"

    chair = {"id": "c-board:m-me", "committee_id": "c-board", "member_id": ME, "role": "chair"}
    world.apply_page(page(upsert("membership", chair), cursor="c2"))
    assert box.can_moderate(board_idea)
    assert not box.can_moderate(box.idea("id-mid"))  # type: ignore[arg-type]
    box.set_status("id-old", "under_review", "  À l'étude en bureau ")
    shown = box.idea("id-old")
    assert shown is not None and (shown.status, shown.answer) == (
        "under_review",
        "À l'étude en bureau",
    )

    _as(world, "secretary")
    assert box.can_moderate(box.idea("id-new"))  # type: ignore[arg-type]
    with pytest.raises(NetworkError) as raised:
        box.set_status("id-new", "maybe", "")
    assert raised.value.code == "invalid_value"


# --- announcements ---------------------------------------------------------------------------


def test_announcements_are_newest_first_with_mine_acknowledged_and_the_waiting_counted(
    world: CacheStore,
) -> None:
    news: AnnouncementsApi = Announcements(world)
    assert [a.id for a in news.announcements()] == ["an-2", "an-3", "an-1"]
    assert news.waiting_count() == 1
    news.acknowledge("an-1")
    news.acknowledge("an-1")
    assert news.waiting_count() == 0
    assert news.announcement("an-1").acknowledged_at is not None  # type: ignore[union-attr]
    assert _queued(world, MutationKind.ACK_ANNOUNCEMENT) == [{"announcement_id": "an-1"}]


def test_only_announcers_and_the_secretariat_post_announcements(world: CacheStore) -> None:
    news = Announcements(world)
    assert not news.can_announce()
    with pytest.raises(NetworkError) as raised:
        news.post(None, "Titre", "Corps", True)
    assert raised.value.code == "not_announcer"

    _as(world, "announcer")
    posted = news.post("c-audit", "Contrôle qualité", "Lire la note.", ack_required=True)
    assert (posted.state, posted.mine, posted.scope_name) == (WAITING, True, "Audit")
    assert news.announcements()[0].id == posted.id
    assert news.waiting_count() == 1  # still an-1: mine asks nothing of me
    with pytest.raises(NetworkError) as raised:
        news.post("c-bureau", "Titre", "Corps", False)
    assert raised.value.code == "not_in_committee"


def test_the_author_sees_who_acknowledged_and_reminds_the_others(world: CacheStore) -> None:
    world.apply_page(
        page(
            announcement("an-9", "c-audit", author_id=ME),
            acknowledgement("an-9", CLAIRE, "Claire Petit"),
            cursor="c2",
        )
    )
    news = Announcements(world)
    statuses = news.acknowledgements("an-9")
    assert [(s.member_id, s.acknowledged_at is not None) for s in statuses] == [(CLAIRE, True)]
    board = announcement("an-8", None, author_id=ME)
    world.apply_page(page(board, cursor="c3"))
    assert [s.member_id for s in news.acknowledgements("an-8")] == [BOB, CLAIRE]

    news.remind("an-9")
    assert news.announcement("an-9").reminded_at is not None  # type: ignore[union-attr]
    with pytest.raises(NetworkError) as raised:
        news.remind("an-1")  # Claire's
    assert raised.value.code == "not_author"
    world.apply_page(page(announcement("an-7", author_id=ME, ack_required=False), cursor="c4"))
    with pytest.raises(NetworkError) as raised:
        news.remind("an-7")
    assert raised.value.code == "no_ack_requested"
