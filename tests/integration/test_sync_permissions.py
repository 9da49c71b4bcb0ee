"""What a member may see follows their committees, and what they may not do is refused."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.sync.status import SyncState
from protocol.models import MutationKind
from tests.integration.conftest import MakeDesktop, readers
from tests.serverkit import ServerKit, SmallOrg


def test_removing_a_member_from_a_committee_removes_its_documents_from_their_cache(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    sara = make_desktop("sara")
    sara.sign_in(org.sara)
    sara.engine.sync()
    assert {c.id for c in sara.store.committees()} == {org.committee_a.id, org.committee_b.id}

    kit.remove_from_committee(org.sara, org.committee_b.id)
    sara.engine.sync()

    assert [c.id for c in sara.store.committees()] == [org.committee_a.id]
    assert sara.store.documents(org.committee_b.id) == []
    for key in ("b1", "b2"):
        assert sara.store.document(org.documents[key].id) is None
    assert sara.store.document(org.documents["a1"].id) is not None
    assert {d.id for d in sara.store.documents(None)} == {
        org.documents["org1"].id,
        org.documents["org2"].id,
    }


def test_joining_a_committee_brings_its_documents_on_the_next_sync(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()

    kit.add_to_committee(org.alice, org.committee_b.id)
    alice.engine.sync()

    b1 = alice.store.document(org.documents["b1"].id)
    assert b1 is not None and org.sentences["b1"] in b1.body


def test_a_rejected_mutation_is_shown_with_its_code_and_does_not_block_the_next_one(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()
    now = datetime(2025, 3, 20, 8, 15, tzinfo=UTC)
    # A receipt for a committee B document, which Alice may not see (say, she left B).
    refused = alice.store.enqueue(
        str(MutationKind.MARK_READ), {"document_id": org.documents["b1"].id, "read_at": now}
    )
    alice.store.mark_read(org.documents["a1"].id, now)

    report = alice.engine.sync()

    assert (report.pushed, report.rejected) == (1, 1)
    by_seq = {entry.seq: entry for entry in alice.store.outbox()}
    rejected = by_seq.pop(refused.seq)
    assert rejected.state == "rejected"
    assert rejected.code == "not_found" and rejected.message
    assert [entry.state for entry in by_seq.values()] == ["sent"]
    status = alice.engine.status()
    assert status.state is SyncState.ONLINE
    assert (status.pending, status.rejected) == (0, 1)
    assert org.alice.id in readers(kit, org.sara, org.documents["a1"].id)
    assert org.alice.id not in readers(kit, org.sara, org.documents["b1"].id)

    alice.store.mark_read(org.documents["a2"].id, now)  # the queue still moves
    assert alice.engine.sync().pushed == 1


def test_a_member_who_rejoins_a_committee_finds_the_documents_she_had_read_still_read(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    b1 = org.documents["b1"].id
    sara = make_desktop("sara")
    sara.sign_in(org.sara)
    sara.engine.sync()
    sara.store.mark_read(b1, datetime(2025, 3, 20, 8, 15, tzinfo=UTC))
    sara.engine.sync()

    kit.remove_from_committee(org.sara, org.committee_b.id)
    sara.engine.sync()
    kit.add_to_committee(org.sara, org.committee_b.id)
    sara.engine.sync()
    fresh = make_desktop("sara-new-laptop")
    fresh.sign_in(org.sara)
    fresh.engine.sync()

    assert org.sara.id in readers(kit, org.sara, b1)  # the server knows she read it
    for desktop in (sara, fresh):
        document = desktop.store.document(b1)
        assert document is not None and not document.unread
