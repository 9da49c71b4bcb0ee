"""Review of the committee network (app cache): what stays on the device once a committee is
left or a message deleted, and a refused post in a channel the member no longer holds."""

from __future__ import annotations

import pytest

from desktop.cache import CacheStore
from desktop.cache.network_records import FAILED
from protocol.models import MutationKind, MutationResult, MutationStatus
from tests.desktop.conftest import delete, page
from tests.desktop.network_builders import ME, SECRET_WORDS, announcement, message, synced_world


@pytest.fixture
def world(signed_in: CacheStore) -> CacheStore:
    return synced_world(signed_in)


def _targets(store: CacheStore) -> set[str]:
    return {n.target for n in store.notifications()}


def _texts(store: CacheStore) -> str:
    return " ".join(f"{n.title} {n.text}" for n in store.notifications())


def test_leaving_a_committee_takes_its_notifications_off_the_device(world: CacheStore) -> None:
    world.apply_page(
        page(
            message("msg-a", "committee:c-audit", 1, mentions=(ME,), body=SECRET_WORDS),
            announcement("ann-a", "c-audit", title="Audit interne", body=SECRET_WORDS),
            message("msg-o", "org", 1, mentions=(ME,), body="Pour tous"),
            cursor="c1",
        )
    )
    assert len(world.notifications()) == 3

    world.apply_page(page(delete("committee", "c-audit"), cursor="c2"))
    assert _targets(world) == {"quorum://message/msg-o"}
    assert "verger" not in _texts(world) and "Audit" not in _texts(world)


def test_a_deleted_message_leaves_no_excerpt_in_the_notifications(world: CacheStore) -> None:
    world.apply_page(page(message("msg-1", "org", 1, mentions=(ME,), body=SECRET_WORDS)))
    assert "verger" in _texts(world)
    world.apply_page(page(message("msg-1", "org", 1, mentions=(ME,), deleted=True), cursor="c2"))
    assert world.notifications() == [] and world.notifications_not_shown() == []


def test_a_post_refused_in_a_committee_just_left_stays_where_the_member_finds_it(
    world: CacheStore,
) -> None:
    entry = world.queue(
        MutationKind.POST_MESSAGE,
        {"message_id": "mine-00001", "channel_id": "committee:c-audit", "body": SECRET_WORDS},
    )
    refusal = MutationResult(
        seq=entry.seq,
        client_id=entry.client_id,
        status=MutationStatus.REJECTED,
        code="not_found",
        message="No such channel.",
    )
    world.record_results([refusal])
    world.apply_page(page(delete("committee", "c-audit"), cursor="c2"))

    listed = {c.id: c for c in world.channels()}
    assert "committee:c-audit" in listed
    [failed] = world.channel_messages("committee:c-audit")
    assert (failed.state, failed.body, failed.outbox_seq) == (FAILED, SECRET_WORDS, entry.seq)
    assert not world.holds_channel("committee:c-audit")  # nothing new can be written there

    assert world.discard(entry.seq)
    assert "committee:c-audit" not in {c.id for c in world.channels()}
