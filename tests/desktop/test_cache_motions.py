"""Motions, proxies, participations, motion events and my ballots in the encrypted cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache import CacheKey, CacheStore, InvalidChange, open_database
from desktop.cache.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.cache.store import DB_FILENAME
from protocol.models import Change, MutationResult, MutationStatus, Op
from tests.desktop.conftest import NOW, account, delete, page, realistic_page, upsert
from tests.desktop.motion_builders import (
    BOB,
    CLAIRE,
    ME,
    event,
    members,
    motion,
    participation,
    proxy,
)


def _ballot(motion_id: str = "mo-1") -> dict[str, object]:
    return {"motion_id": motion_id, "version": 1, "choices": ["for"], "receipt_hash": None}


def test_a_version_1_cache_is_migrated_and_keeps_its_data(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    path = profile_dir / DB_FILENAME
    old = open_database(path, raw_key, migrations=MIGRATIONS[:1])
    old.execute(
        "INSERT INTO account VALUES (1, 'https://quorum.example.org', 'm-me@example.org', "
        "'m-me', 'Jeanne Martin', '[\"member\"]', 'org', 'Mutuelle des Tilleuls', 'dev-1', "
        "'token-1')"
    )
    old.execute("INSERT INTO committee VALUES ('c-board', 'Board', '', 'board')")
    old.execute("INSERT INTO membership VALUES ('c-board:m-me', 'c-board', 'm-me', 'member')")
    old.execute(
        "INSERT INTO outbox (client_id, kind, data, state, created_at) VALUES "
        "('client-0001', 'document.read', '{\"document_id\": \"d-1\"}', 'pending', ?)",
        (NOW.isoformat(),),
    )
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()

    store = CacheStore.open(profile_dir, raw_key)
    try:
        stored = store.account()
        assert stored == account() and store.token() == "token-1"
        assert store._db().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [c.id for c in store.committees()] == ["c-board"]
        [entry] = store.outbox()
        assert (entry.client_id, entry.state, entry.result) == ("client-0001", "pending", None)
        assert store.motions() == [] and store.proxies() == []
        store.apply_page(page(motion(), cursor="c2"))
        assert [m.id for m in store.motions()] == ["mo-1"]
    finally:
        store.close()


def test_a_page_of_motions_proxies_participations_and_events_fills_the_cache(
    signed_in: CacheStore,
) -> None:
    applied = signed_in.apply_page(
        page(
            *members(),
            motion("mo-late", closes_in=None, status="draft"),
            motion("mo-1"),
            motion("mo-2", committee_id=None, mode="secret"),
            participation("mo-1", ME, choices=["for"]),
            proxy("px-1", BOB, ME, motion_id="mo-2"),
            proxy("px-2", ME, CLAIRE, starts_at=NOW, ends_at=NOW),
            event("mo-1", 2, "ballot_cast"),
            event("mo-1", 1, "opened"),
            upsert("poll", {"id": "p-1", "question": "A kind from a newer server"}),
            cursor="c-votes",
        )
    )

    assert applied == {"member": 4, "motion": 3, "participation": 1, "proxy": 2, "motion_event": 2}
    assert signed_in.cursor() == "c-votes"
    assert [m.id for m in signed_in.motions()] == ["mo-1", "mo-2", "mo-late"]
    assert [m.id for m in signed_in.motions(["open"])] == ["mo-1", "mo-2"]
    second = signed_in.motion("mo-2")
    assert second is not None and second.mode == "secret" and second.committee_id is None
    counted = signed_in.participation("mo-1", ME)
    assert counted is not None and counted.choices == ["for"] and counted.version == 1
    assert signed_in.participation("mo-1", BOB) is None
    assert {p.id for p in signed_in.proxies()} == {"px-1", "px-2"}
    assert [e.event for e in signed_in.motion_events("mo-1")] == ["opened", "ballot_cast"]


def test_an_updated_motion_replaces_the_old_one_and_its_columns(signed_in: CacheStore) -> None:
    signed_in.apply_page(page(motion("mo-1")))
    signed_in.apply_page(page(motion("mo-1", status="closed", version=2, title="Amended")))

    found = signed_in.motion("mo-1")
    assert found is not None and (found.title, found.version) == ("Amended", 2)
    assert signed_in.motions(["open"]) == []
    assert [m.id for m in signed_in.motions(["closed"])] == ["mo-1"]


def test_deleting_a_motion_removes_its_events_and_participations(signed_in: CacheStore) -> None:
    signed_in.apply_page(
        page(
            motion("mo-1"),
            motion("mo-2"),
            participation("mo-1", ME),
            participation("mo-2", ME),
            event("mo-1", 1, "opened"),
            event("mo-2", 1, "opened"),
        )
    )

    applied = signed_in.apply_page(page(delete("motion", "mo-1"), cursor="c2"))

    assert applied == {"motion": 1}
    assert signed_in.motion("mo-1") is None
    assert signed_in.participation("mo-1", ME) is None
    assert signed_in.motion_events("mo-1") == []
    assert signed_in.participation("mo-2", ME) is not None
    assert len(signed_in.motion_events("mo-2")) == 1


def test_deleting_a_proxy_participation_or_event_removes_only_that_row(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(
        page(motion(), participation(), proxy("px-1", ME, BOB), event("mo-1", 1, "opened"))
    )

    signed_in.apply_page(
        page(
            delete("proxy", "px-1"),
            delete("participation", f"mo-1:{ME}"),
            delete("motion_event", "ev-mo-1-1"),
            delete("motion", "mo-never-seen"),
        )
    )

    assert signed_in.proxies() == [] and signed_in.participation("mo-1", ME) is None
    assert signed_in.motion_events("mo-1") == [] and signed_in.motion("mo-1") is not None


def test_an_invalid_motion_mid_page_leaves_neither_the_page_nor_its_cursor(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(motion("mo-1"), cursor="c1"))
    broken = Change(seq=9999, kind="motion", id="mo-bad", op=Op.UPSERT, data={"id": "mo-bad"})

    with pytest.raises(InvalidChange) as raised:
        signed_in.apply_page(page(motion("mo-2"), broken, cursor="c2"))

    assert "mo-bad" in str(raised.value)
    assert signed_in.cursor() == "c1"
    assert [m.id for m in signed_in.motions()] == ["mo-1"]


def test_queue_ballot_writes_the_outbox_row_and_my_ballot_together(signed_in: CacheStore) -> None:
    entry = signed_in.queue_ballot(_ballot(), principal_id=ME, receipt="K7QX-M2PD-9RTA")

    [ballot] = signed_in.my_ballots("mo-1", ME)
    assert ballot.outbox_seq == entry.seq and ballot.receipt == "K7QX-M2PD-9RTA"
    assert (ballot.choices, ballot.version, ballot.state) == (("for",), 1, "pending")
    assert [m.kind for m in signed_in.pending(10)] == ["ballot.cast"]


def test_a_ballot_that_cannot_be_queued_leaves_no_receipt_behind(signed_in: CacheStore) -> None:
    with pytest.raises(TypeError):
        signed_in.queue_ballot(
            {**_ballot(), "when": object()}, principal_id=ME, receipt="K7QX-M2PD-9RTA"
        )

    assert signed_in.my_ballots("mo-1", ME) == [] and signed_in.outbox() == []


def test_record_results_keeps_what_the_server_made_of_an_applied_ballot(
    signed_in: CacheStore,
) -> None:
    first = signed_in.queue_ballot(_ballot(), principal_id=ME, receipt=None)
    second = signed_in.queue_ballot(_ballot(), principal_id=ME, receipt=None)

    signed_in.record_results(
        [
            MutationResult(
                client_id=first.client_id,
                seq=first.seq,
                status=MutationStatus.APPLIED,
                result={"version": 1, "changed": False},
            ),
            MutationResult(
                client_id=second.client_id,
                seq=second.seq,
                status=MutationStatus.REJECTED,
                code="motion_closed",
                message="The vote closed at 18:00.",
            ),
        ]
    )

    newest, oldest = signed_in.my_ballots("mo-1", ME)
    assert (oldest.state, oldest.result) == ("sent", {"version": 1, "changed": False})
    assert (newest.state, newest.code, newest.result) == ("rejected", "motion_closed", None)
    by_seq = {e.seq: e for e in signed_in.outbox()}
    assert by_seq[first.seq].result == {"version": 1, "changed": False}


def test_a_retried_ballot_keeps_its_receipt_under_the_new_outbox_row(
    signed_in: CacheStore,
) -> None:
    entry = signed_in.queue_ballot(_ballot(), principal_id=ME, receipt="K7QX-M2PD-9RTA")
    signed_in.record_results(
        [
            MutationResult(
                client_id=entry.client_id,
                seq=entry.seq,
                status=MutationStatus.REJECTED,
                code="internal",
            )
        ]
    )

    retried = signed_in.retry(entry.seq)

    assert retried is not None
    [ballot] = signed_in.my_ballots("mo-1", ME)
    assert (ballot.outbox_seq, ballot.state, ballot.receipt) == (
        retried.seq,
        "pending",
        "K7QX-M2PD-9RTA",
    )


def test_a_reset_page_wipes_motions_but_keeps_my_receipts(signed_in: CacheStore) -> None:
    signed_in.apply_page(page(motion("mo-1"), participation(), proxy("px-1", ME, BOB)))
    signed_in.queue_ballot(_ballot(), principal_id=ME, receipt="K7QX-M2PD-9RTA")

    signed_in.apply_page(page(motion("mo-2"), cursor="fresh", reset=True))

    assert [m.id for m in signed_in.motions()] == ["mo-2"]
    assert signed_in.proxies() == [] and signed_in.participation("mo-1", ME) is None
    assert [b.receipt for b in signed_in.my_ballots("mo-1", ME)] == ["K7QX-M2PD-9RTA"]


def test_another_members_sign_in_forgets_every_ballot_and_receipt(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page())
    signed_in.apply_page(page(motion("mo-1"), participation()))
    signed_in.queue_ballot(_ballot(), principal_id=ME, receipt="K7QX-M2PD-9RTA")

    signed_in.save_sign_in(account("m-other"), "token-2")

    assert signed_in.motions() == [] and signed_in.outbox() == []
    assert signed_in.my_ballots("mo-1", ME) == []
    assert signed_in.ballot_principals("mo-1") == []
