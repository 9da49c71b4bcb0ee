"""The search index kept in step in batches (cache migration 6, ``desktop.cache.search_queue``):
a page pays one small row per changed item, the index follows in batches, and a search always
sees everything the cache holds. Real SQLCipher cache."""

from __future__ import annotations

from pathlib import Path

from desktop.cache import SCHEMA_VERSION, CacheKey, CacheStore, open_database, search_queue
from desktop.cache.database import immediate
from desktop.cache.migrations import MIGRATIONS
from desktop.cache.store import DB_FILENAME
from desktop.core.search import Search
from protocol.models import MutationKind
from tests.desktop.cache_v3 import fill_version_3
from tests.desktop.conftest import delete, page
from tests.desktop.network_builders import message, world


def _indexed(store: CacheStore) -> int:
    return int(store._db().execute("SELECT count(*) FROM search_item").fetchone()[0])


def _messages(*numbers: int, word: str = "verger") -> list[object]:
    return [message(f"msg-{n}", number=n, body=f"Le {word} numéro {n}") for n in numbers]


def test_a_page_notes_its_items_and_a_search_finds_them_all(signed_in: CacheStore) -> None:
    signed_in.apply_page(world())
    signed_in.index_pending()
    before = _indexed(signed_in)

    signed_in.apply_page(page(*_messages(1, 2, 3), cursor="c2"))

    assert signed_in.search_pending() == 3
    assert _indexed(signed_in) == before  # no index write while the page went in
    found = {hit.id for hit in Search(signed_in).search("verger")}
    assert found == {"msg-1", "msg-2", "msg-3"}
    assert signed_in.search_pending() == 0
    assert _indexed(signed_in) == before + 3


def test_the_index_follows_in_batches(signed_in: CacheStore) -> None:
    signed_in.apply_page(page(*_messages(1, 2, 3, 4, 5), cursor="c2"))
    conn = signed_in._db()
    counts = []
    while True:
        with immediate(conn):
            count = search_queue.index_batch(conn, batch=2)
        if not count:
            break
        counts.append(count)
        indexed = conn.execute("SELECT count(*) FROM search_item WHERE kind = 'message'")
        assert indexed.fetchone()[0] == sum(counts) == 5 - search_queue.pending(conn)
    assert counts == [2, 2, 1]


def test_a_change_then_a_deletion_before_indexing_leave_no_stale_entry(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(*_messages(1, 2), cursor="c2"))
    signed_in.index_pending()
    signed_in.apply_page(
        page(
            message("msg-1", number=1, body="Le potager remplace le jardin"),
            message("msg-2", number=2, deleted=True),
            cursor="c3",
        )
    )
    signed_in.apply_page(page(*_messages(3), cursor="c4"))
    signed_in.apply_page(page(delete("message", "msg-3"), cursor="c5"))

    search = Search(signed_in)
    assert search.search("verger") == []
    assert [hit.id for hit in search.search("potager")] == ["msg-1"]
    assert (
        _indexed(signed_in)
        == signed_in._db().execute("SELECT count(*) FROM search_index").fetchone()[0]
    )


def test_a_version_5_cache_keeps_its_index_and_notes_what_changes_after(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    old = open_database(profile_dir / DB_FILENAME, raw_key, migrations=MIGRATIONS[:3])
    with immediate(old) as conn:
        fill_version_3(conn, "Le fonds de réserve de solvabilité.")
    old.close()
    old = open_database(profile_dir / DB_FILENAME, raw_key, migrations=MIGRATIONS[:5])
    indexed_at_5 = old.execute("SELECT count(*) FROM search_item").fetchone()[0]
    old.close()

    store = CacheStore.open(profile_dir, raw_key)
    try:
        assert store._db().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert indexed_at_5 == 4 and store.search_pending() == 0
        assert len(Search(store).search("reserve")) == 4
        store.apply_page(page(delete("document", "d-1"), cursor="c9"))
        assert store.search_pending() == 1
        assert {hit.id for hit in Search(store).search("reserve")} == {"id-1", "mo-1", "msg-1"}
    finally:
        store.close()


def test_pages_commit_without_waiting_for_the_disk_and_the_members_writes_wait(
    signed_in: CacheStore,
) -> None:
    conn = signed_in._db()
    said: list[str] = []
    conn.set_trace_callback(said.append)
    try:
        signed_in.apply_page(page(*_messages(1), cursor="c2"))
        page_statements = list(said)
        said.clear()
        signed_in.queue(MutationKind.MARK_READ, {"document_id": "d-1"})
        own_statements = list(said)
    finally:
        conn.set_trace_callback(None)

    assert page_statements[0] == "PRAGMA synchronous = NORMAL"
    assert page_statements[-1] == "PRAGMA synchronous = FULL"
    assert "PRAGMA synchronous = NORMAL" not in own_statements
    assert int(conn.execute("PRAGMA synchronous").fetchone()[0]) == 2  # FULL again
