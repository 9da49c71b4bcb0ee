"""Applying the server's sync pages to the encrypted cache."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cache import CacheKey, CacheStore, InvalidChange
from protocol.models import Change, Op
from tests.desktop.conftest import (
    NOW,
    committee,
    delete,
    document,
    membership,
    page,
    realistic_page,
    upsert,
)


def test_first_page_fills_committees_documents_and_unread_counts(signed_in: CacheStore) -> None:
    applied = signed_in.apply_page(realistic_page(cursor="after-first"))

    assert applied == {
        "organisation": 1,
        "member": 2,
        "committee": 5,
        "membership": 5,
        "document": 6,
        "read_receipt": 2,
    }
    assert signed_in.cursor() == "after-first"
    assert signed_in.last_sync() == NOW
    assert signed_in.organisation_name() == "Mutuelle des Tilleuls"
    # Only the member's committees: the board first, then by name (accents sorted sensibly).
    assert [c.id for c in signed_in.committees()] == ["c-board", "c-audit", "c-ethics"]
    assert signed_in.committees()[1].description == "Comptes et risques"
    board = signed_in.documents("c-board")
    assert [d.id for d in board] == ["d-pack", "d-minutes", "d-budget"]  # newest first
    assert [d.unread for d in board] == [True, False, True]
    assert board[1].read_at == NOW
    assert [d.id for d in signed_in.documents(None)] == ["d-news", "d-charter"]
    assert signed_in.unread_count("c-board") == 2
    assert signed_in.unread_count("c-audit") == 1
    assert signed_in.unread_count(None) == 1
    assert signed_in.unread_count("c-region") == 0
    pack = signed_in.document("d-pack")
    assert pack is not None and pack.body.startswith("# Board pack, March")
    assert pack.author_name == "Claire Secrétariat" and pack.committee_id == "c-board"
    assert signed_in.document("d-unknown") is None
    assert signed_in.counts() == {
        "committee": 5,
        "document": 6,
        "member": 2,
        "membership": 5,
        "read_receipt": 2,
        "motion": 0,
        "proxy": 0,
        "participation": 0,
        "motion_event": 0,
        "outbox_pending": 0,
    }


def test_an_update_replaces_a_document_and_keeps_its_read_receipt(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page())
    signed_in.apply_page(
        page(document("d-minutes", "c-board", "Minutes of February (corrected)", 20), cursor="c2")
    )

    minutes = signed_in.document("d-minutes")
    assert minutes is not None
    assert minutes.title == "Minutes of February (corrected)" and minutes.read_at == NOW
    assert signed_in.cursor() == "c2"


def test_deleting_a_committee_removes_its_documents_and_memberships(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(realistic_page())

    applied = signed_in.apply_page(page(delete("committee", "c-board"), cursor="c2"))

    assert applied == {"committee": 1}
    assert [c.id for c in signed_in.committees()] == ["c-audit", "c-ethics"]
    assert signed_in.documents("c-board") == []
    assert signed_in.document("d-pack") is None
    counts = signed_in.counts()
    assert (counts["committee"], counts["document"], counts["membership"]) == (4, 3, 4)
    assert counts["read_receipt"] == 1  # the minutes' receipt went with the minutes
    assert [d.id for d in signed_in.documents("c-audit")] == ["d-audit"]


def test_leaving_a_committee_hides_it_and_deleting_an_unknown_id_is_harmless(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(realistic_page())

    signed_in.apply_page(
        page(
            delete("membership", "c-ethics:m-me"),
            delete("document", "d-never-seen"),
            delete("committee", "c-never-seen"),
            cursor="c2",
        )
    )

    assert [c.id for c in signed_in.committees()] == ["c-board", "c-audit"]
    assert signed_in.counts()["document"] == 6


def test_reset_page_wipes_then_refills_in_one_transaction(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page(cursor="old"))

    applied = signed_in.apply_page(
        page(
            committee("c-board", "Conseil d'administration", "board"),
            membership("c-board"),
            document("d-new", "c-board", "Only this one remains", 0),
            cursor="fresh",
            reset=True,
        )
    )

    assert applied == {"committee": 1, "membership": 1, "document": 1}
    assert signed_in.cursor() == "fresh"
    assert [c.id for c in signed_in.committees()] == ["c-board"]
    assert [d.id for d in signed_in.documents("c-board")] == ["d-new"]
    assert signed_in.documents(None) == []
    assert signed_in.organisation_name() == "Mutuelle des Tilleuls"  # from the account
    assert signed_in.account() is not None and signed_in.token() == "token-1"


def test_a_reset_page_that_fails_leaves_the_previous_cache_whole(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page(cursor="old"))
    before = (signed_in.counts(), signed_in.documents("c-board"))

    broken = upsert("document", {"id": "d-bad", "title": "no dates, no body"})
    with pytest.raises(InvalidChange):
        signed_in.apply_page(page(committee("c-x", "X"), broken, cursor="fresh", reset=True))

    assert (signed_in.counts(), signed_in.documents("c-board")) == before
    assert signed_in.cursor() == "old"


def test_a_receipt_still_in_the_outbox_survives_a_reset(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page())
    assert signed_in.mark_read("d-pack", NOW)

    signed_in.apply_page(page(*realistic_page().changes, cursor="fresh", reset=True))

    pack = signed_in.document("d-pack")
    assert pack is not None and pack.read_at == NOW
    assert signed_in.counts()["outbox_pending"] == 1


def test_unknown_kinds_are_ignored_and_known_ones_applied(signed_in: CacheStore) -> None:
    applied = signed_in.apply_page(
        page(
            Change(seq=1, kind="poll", id="p1", op=Op.UPSERT, data={"anything": [1, 2]}),
            committee("c-board", "Board", "board"),
            Change(seq=3, kind="poll", id="p1", op=Op.DELETE),
            cursor="c9",
        )
    )

    assert applied == {"committee": 1}
    assert signed_in.cursor() == "c9"


def test_a_new_cache_has_no_cursor_nor_last_sync(store: CacheStore) -> None:
    assert store.cursor() is None and store.last_sync() is None
    assert store.committees() == [] and store.organisation_name() is None


# --- property: the last operation on an id decides ----------------------------------------------

_ids = st.sampled_from(["d1", "d2", "d3", "d4"])
_ops = st.lists(
    st.tuples(_ids, st.one_of(st.none(), st.text(min_size=1, max_size=12))), max_size=30
)


def _op(doc_id: str, title: str | None) -> Change:
    return delete("document", doc_id) if title is None else document(doc_id, None, title, 1)


def _state(store: CacheStore) -> object:
    return store.documents(None), store.counts()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=_ops, cut=st.integers(min_value=0, max_value=30))
def test_any_sequence_of_upserts_and_deletes_ends_as_the_last_op_per_id(
    ops: list[tuple[str, str | None]], cut: int
) -> None:
    last = {doc_id: title for doc_id, title in ops}
    with tempfile.TemporaryDirectory() as tmp:
        everything = CacheStore.open(Path(tmp) / "all", CacheKey.generate())
        only_last = CacheStore.open(Path(tmp) / "last", CacheKey.generate())
        try:
            changes = [_op(doc_id, title) for doc_id, title in ops]
            everything.apply_page(page(*changes[:cut], cursor="a"))
            everything.apply_page(page(*changes[cut:], cursor="b"))
            only_last.apply_page(page(*(_op(i, t) for i, t in last.items()), cursor="b"))

            assert _state(everything) == _state(only_last)
            kept = {i for i, t in last.items() if t is not None}
            assert {d.id for d in everything.documents(None)} == kept
        finally:
            everything.close()
            only_last.close()
