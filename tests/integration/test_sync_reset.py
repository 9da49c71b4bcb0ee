"""An unknown cursor makes the server start over, and the cache follows cleanly."""

from __future__ import annotations

from datetime import UTC, datetime

from protocol.models import Change, Op, SyncPage
from tests.integration.conftest import MakeDesktop, snapshot
from tests.serverkit import SmallOrg

GHOST = {
    "id": "ghost",
    "committee_id": None,
    "title": "A document the server never had",
    "body": "Left over from another life.",
    "published_at": "2025-01-01T00:00:00+00:00",
    "updated_at": "2025-01-01T00:00:00+00:00",
}


def test_an_unknown_cursor_resets_cleanly_to_the_right_content(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()
    a2 = org.documents["a2"].id
    alice.store.mark_read(a2, datetime(2025, 3, 20, 8, 15, tzinfo=UTC))  # not sent yet
    # The cache holds a stale item and a cursor the server never issued.
    alice.store.apply_page(
        SyncPage(
            changes=[Change(seq=999, kind="document", id="ghost", op=Op.UPSERT, data=GHOST)],
            next_cursor="not-a-cursor-of-this-server",
            has_more=False,
            server_time=datetime.now(UTC),
        )
    )
    assert alice.store.document("ghost") is not None

    report = alice.engine.sync()

    assert report.reset
    assert alice.store.document("ghost") is None
    read = alice.store.document(a2)
    assert read is not None and read.read_at is not None  # the member's own reading stays
    clean = make_desktop("clean")
    clean.sign_in(org.alice)
    clean.store.mark_read(a2, datetime(2025, 3, 20, 8, 15, tzinfo=UTC))
    clean.engine.sync()
    assert snapshot(alice.store) == snapshot(clean.store)
    assert not alice.engine.sync().reset  # the new cursor is a good one
