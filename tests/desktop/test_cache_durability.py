"""The cache when a write or an optimisation fails (docs/ARCHITECTURE.md, "Durability in the
cache"): a COMMIT that fails is rolled back and said as itself, and leaves the cache usable at
``synchronous = FULL``; giving back free space, or bringing the search index in step, never
stops the cache from opening or a search from answering; a ``files.db`` that cannot be read
for another reason than another key is never deleted. Real SQLCipher; the faults are
injected."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from desktop.cache import CacheKey, CacheLocked, CacheStore, files_db, search_queue
from desktop.core.search import Search
from protocol.models import MutationKind
from tests.desktop.conftest import page
from tests.desktop.network_builders import message


def test_a_commit_that_fails_is_rolled_back_said_as_itself_and_the_cache_goes_on(
    signed_in: CacheStore,
) -> None:
    conn = signed_in._db()
    conn.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE child (parent_id TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
    )

    with pytest.raises(sqlcipher3.IntegrityError, match="FOREIGN KEY"):
        with signed_in._write_refetchable() as write:  # the check comes at COMMIT
            write.execute("INSERT INTO child VALUES ('nobody')")

    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert int(conn.execute("PRAGMA synchronous").fetchone()[0]) == 2  # FULL again
    signed_in.queue(MutationKind.MARK_READ, {"document_id": "d-1"})  # the member's next write
    assert len(signed_in.pending(10)) == 1


def test_giving_back_free_space_that_fails_does_not_stop_the_cache_opening(
    profile_dir: Path, raw_key: CacheKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(_conn: object) -> bool:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(files_db, "reclaim_space", fails)
    store = CacheStore.open(profile_dir, raw_key)
    try:
        assert store.token() is None  # open, and readable
    finally:
        store.close()


def test_a_search_answers_from_what_is_indexed_when_the_index_cannot_follow(
    signed_in: CacheStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_in.apply_page(page(message("msg-1", number=1, body="Le verger"), cursor="c2"))
    signed_in.index_pending()
    signed_in.apply_page(page(message("msg-2", number=2, body="Le verger bis"), cursor="c3"))

    def full_disk(_conn: object, batch: int = 0) -> int:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(search_queue, "index_batch", full_disk)
    assert [hit.id for hit in Search(signed_in).search("verger")] == ["msg-1"]
    monkeypatch.undo()
    assert {hit.id for hit in Search(signed_in).search("verger")} == {"msg-1", "msg-2"}


def test_a_files_database_that_cannot_be_read_is_kept_only_another_keys_is_made_afresh(
    profile_dir: Path, raw_key: CacheKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = profile_dir / files_db.FILES_DB_FILENAME
    files_db.FilesDatabase.open(profile_dir, raw_key).close()
    before = path.read_bytes()

    def locked(_path: Path, _key: CacheKey) -> object:
        raise CacheLocked("The downloaded files could not be opened (database is locked).")

    monkeypatch.setattr(files_db, "open_files_connection", locked)
    with pytest.raises(CacheLocked):
        files_db.FilesDatabase.open(profile_dir, raw_key)
    assert path.read_bytes() == before  # not deleted
    monkeypatch.undo()

    files_db.FilesDatabase.open(profile_dir, CacheKey.generate()).close()  # another key
    assert path.read_bytes() != before
