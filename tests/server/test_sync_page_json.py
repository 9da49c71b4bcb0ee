"""The pull route answers the stored JSON of each change as it is (``sync.pull_json``): it must
say exactly what the validated page (``sync.pull``) says, page after page."""

from __future__ import annotations

from protocol.models import SyncPage
from server.services import directory, sync
from server.services.tx import read
from tests.serverkit import ServerKit, SmallOrg


def test_the_raw_page_says_what_the_validated_page_says_page_after_page(
    kit: ServerKit, org: SmallOrg
) -> None:
    kit.publish("Budget « 2027 »", 'Des guillemets " et \\ une barre', org.committee_a.id)
    kit.publish("Note à tous", "Ligne 1\nLigne 2 — é", None)
    kit.publish("Autre commission", "Pas pour Alice", org.committee_b.id)
    kit.remove_from_committee(org.alice, org.committee_a.id)
    with read(kit.engine) as conn:
        alice = directory.member(conn, org.alice.id)
    cursor: str | None = None
    pages = 0
    while True:
        validated = sync.pull(kit.engine, alice, cursor, 3)
        raw = SyncPage.model_validate_json(sync.pull_json(kit.engine, alice, cursor, 3))
        assert raw.model_dump(exclude={"server_time"}) == validated.model_dump(
            exclude={"server_time"}
        )
        assert "Pas pour Alice" not in str(raw.model_dump())
        pages += 1
        if not raw.has_more:
            break
        cursor = raw.next_cursor
    assert pages >= 3
    foreign = sync.encode_cursor("another-log", 1)
    assert SyncPage.model_validate_json(sync.pull_json(kit.engine, alice, foreign, 3)).reset
