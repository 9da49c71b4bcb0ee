"""The outbox: written before the first send, in order, exactly once; and the account."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.cache import CacheKey, CacheStore
from protocol.models import MutationResult, MutationStatus
from tests.desktop.conftest import NOW, account, realistic_page


def _applied(client_id: str, seq: int) -> MutationResult:
    return MutationResult(client_id=client_id, seq=seq, status=MutationStatus.APPLIED)


def test_enqueued_mutations_are_pending_in_sequence_order(store: CacheStore) -> None:
    first = store.enqueue("message.post", {"channel": "c-board", "text": "Bonjour"})
    second = store.enqueue("document.read", {"document_id": "d-1", "read_at": NOW})

    assert second.seq > first.seq >= 1
    assert first.client_id != second.client_id and len(first.client_id) == 32
    assert first.state == "pending" and first.code is None
    assert second.data == {"document_id": "d-1", "read_at": "2025-03-14T09:30:00.000000+00:00"}
    pending = store.pending(10)
    assert [(m.seq, m.client_id, m.kind) for m in pending] == [
        (first.seq, first.client_id, "message.post"),
        (second.seq, second.client_id, "document.read"),
    ]
    assert [m.seq for m in store.pending(1)] == [first.seq]
    assert [e.seq for e in store.outbox()] == [second.seq, first.seq]  # newest first
    assert store.counts()["outbox_pending"] == 2


def test_results_mark_applied_as_sent_and_keep_rejected_with_their_reason(
    store: CacheStore,
) -> None:
    sent = store.enqueue("document.read", {"document_id": "d-1", "read_at": NOW})
    refused = store.enqueue("vote.cast", {"motion_id": "m-1", "choice": "for"})
    waiting = store.enqueue("document.read", {"document_id": "d-2", "read_at": NOW})

    store.record_results(
        [
            _applied(sent.client_id, sent.seq),
            MutationResult(
                client_id=refused.client_id,
                seq=refused.seq,
                status=MutationStatus.REJECTED,
                code="vote_closed",
                message="The vote closed at 18:00.",
            ),
            _applied("someone-else-0001", 99),  # unknown: ignored
        ]
    )

    by_seq = {e.seq: e for e in store.outbox()}
    assert by_seq[sent.seq].state == "sent"
    assert by_seq[refused.seq].state == "rejected"
    assert (by_seq[refused.seq].code, by_seq[refused.seq].message) == (
        "vote_closed",
        "The vote closed at 18:00.",
    )
    assert [m.seq for m in store.pending(10)] == [waiting.seq]  # a rejection does not block


def test_retrying_a_rejected_mutation_queues_it_again_under_a_new_id_and_sequence(
    store: CacheStore,
) -> None:
    refused = store.enqueue("vote.cast", {"motion_id": "m-1", "choice": "for"})
    store.record_results(
        [
            MutationResult(
                client_id=refused.client_id,
                seq=refused.seq,
                status=MutationStatus.REJECTED,
                code="not_eligible",
            )
        ]
    )

    again = store.retry(refused.seq)

    assert again is not None and again.state == "pending"
    assert again.seq > refused.seq and again.client_id != refused.client_id
    assert again.data == refused.data and again.kind == refused.kind
    assert [(m.seq, m.client_id) for m in store.pending(10)] == [(again.seq, again.client_id)]
    assert [e.seq for e in store.outbox()] == [again.seq]
    assert store.retry(again.seq) is None  # only a rejected entry can be retried


def test_sequence_numbers_keep_increasing_after_pruning_and_reopening(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    store = CacheStore.open(profile_dir, raw_key)
    entries = [store.enqueue("document.read", {"document_id": f"d-{i}"}) for i in range(3)]
    store.record_results([_applied(e.client_id, e.seq) for e in entries])

    assert store.prune_outbox(datetime.now(UTC) + timedelta(seconds=1)) == 3
    assert store.outbox() == []
    store.close()
    store = CacheStore.open(profile_dir, raw_key)
    after = store.enqueue("document.read", {"document_id": "d-9"})
    store.close()

    assert after.seq > max(e.seq for e in entries)


def test_pruning_keeps_pending_and_rejected_entries(store: CacheStore) -> None:
    pending = store.enqueue("document.read", {"document_id": "d-1"})
    rejected = store.enqueue("vote.cast", {"motion_id": "m-1"})
    sent = store.enqueue("document.read", {"document_id": "d-2"})
    store.record_results(
        [
            _applied(sent.client_id, sent.seq),
            MutationResult(
                client_id=rejected.client_id, seq=rejected.seq, status=MutationStatus.REJECTED
            ),
        ]
    )

    assert store.prune_outbox(datetime.now(UTC) - timedelta(days=1)) == 0
    assert store.prune_outbox(datetime.now(UTC) + timedelta(seconds=1)) == 1
    assert sorted(e.seq for e in store.outbox()) == [pending.seq, rejected.seq]


def test_marking_a_document_read_twice_queues_one_receipt(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page())

    assert signed_in.mark_read("d-pack", NOW) is True
    assert signed_in.mark_read("d-pack", NOW + timedelta(hours=1)) is False
    assert signed_in.mark_read("d-minutes", NOW) is False  # the server said it was read

    pending = signed_in.pending(10)
    assert [(m.kind, m.data["document_id"]) for m in pending] == [("document.read", "d-pack")]
    pack = signed_in.document("d-pack")
    assert pack is not None and pack.read_at == NOW
    assert signed_in.unread_count("c-board") == 1


def test_signing_in_as_another_member_wipes_the_previous_members_data(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(realistic_page(cursor="c1"))
    signed_in.mark_read("d-pack", NOW)

    signed_in.save_sign_in(account("m-other"), "token-2")

    assert signed_in.cursor() is None and signed_in.last_sync() is None
    assert all(n == 0 for n in signed_in.counts().values())
    assert signed_in.outbox() == [] and signed_in.documents("c-board") == []
    stored = signed_in.account()
    assert stored is not None and stored.member_id == "m-other"
    assert signed_in.token() == "token-2"


def test_the_same_member_on_another_server_also_starts_afresh(signed_in: CacheStore) -> None:
    signed_in.apply_page(realistic_page(cursor="c1"))

    signed_in.save_sign_in(account(server_url="https://other.example.org"), "token-2")

    assert signed_in.cursor() is None and signed_in.counts()["document"] == 0


def test_signing_out_and_in_again_as_the_same_member_keeps_the_cache(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(realistic_page(cursor="c1"))
    signed_in.mark_read("d-pack", NOW)

    signed_in.forget_token()
    assert signed_in.token() is None and signed_in.account() == account()
    signed_in.save_sign_in(account(server_url="https://quorum.example.org/"), "token-3")

    assert signed_in.token() == "token-3" and signed_in.cursor() == "c1"
    assert signed_in.counts()["document"] == 6 and len(signed_in.pending(10)) == 1


def test_writers_on_several_threads_get_distinct_increasing_sequence_numbers(
    store: CacheStore,
) -> None:
    seqs: list[int] = []
    lock = threading.Lock()

    def write(worker: int) -> None:
        for i in range(25):
            entry = store.enqueue("document.read", {"document_id": f"d-{worker}-{i}"})
            with lock:
                seqs.append(entry.seq)
            store.counts()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(seqs) == list(range(1, 101))
    assert [m.seq for m in store.pending(200)] == sorted(seqs)
