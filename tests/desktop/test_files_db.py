"""The downloaded files' own encrypted database (``desktop.cache.files_db``, ``files.db``): the
cache's key with 64 KiB pages and HMAC-SHA256, nothing in clear, its own lock (a sync and a
download never wait on each other), the move out of ``cache.db`` (cache migration 7), and its
deletion with the cache (reset, device wipe)."""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import random
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3
from keyring.backends import fail

from desktop.cache import CacheKey, CacheStore, KeyStore, files_db, open_database, reset_cache
from desktop.cache.document_records import COMPLETE, MISSING
from desktop.cache.files import FileStore
from desktop.cache.files_db import FILES_DB_FILENAME, HMAC_ALGORITHM, PAGE_SIZE
from desktop.cache.migrations import MIGRATIONS
from desktop.cache.store import DB_FILENAME
from desktop.core.device_trust import wipe_profile
from protocol.models import SyncPage
from tests.desktop.conftest import account, committee, delete, membership, page
from tests.desktop.test_files_store import organisation, pdf_document, sha, stored

#: Random bytes, found in a file of the profile only if stored as they are.
SECRET = random.Random(7).randbytes(300_000)
NEEDLES = [SECRET[:64], SECRET[150_000:150_064], SECRET[-64:]]
WAIT = 10.0  # seconds: far more than any of these steps takes


def first_page() -> SyncPage:
    return page(organisation(), committee("c-board", "Conseil", "board"), membership("c-board"))


@pytest.fixture
def files(store: CacheStore) -> FileStore:
    store.apply_page(first_page())
    return FileStore(store)


def in_clear(folder: Path, needles: list[bytes]) -> list[str]:
    return [
        path.name
        for path in sorted(p for p in folder.rglob("*") if p.is_file())
        if any(needle in path.read_bytes() for needle in needles)
    ]


def download(files: FileStore, n: int, data: bytes, piece: int = 64_000) -> None:
    files.begin_file(sha(n), len(data), None)
    for offset in range(0, len(data), piece):
        files.append_chunk(sha(n), offset, data[offset : offset + piece])
    files.complete_file(sha(n))


def in_thread(work: Callable[[], object]) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def held_files_lock(files: FileStore) -> Iterator[Callable[[], None]]:
    """A download's transaction in files.db left open on another thread (mid chunk write)
    until the test calls the release it is given."""
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with files._files.write() as conn:
            conn.execute("INSERT INTO file (sha256, size, status) VALUES ('x', 1, 'partial')")
            holding.set()
            release.wait(3 * WAIT)  # longer than any wait of the test

    thread = in_thread(writer)
    assert holding.wait(WAIT)
    yield release.set
    release.set()
    thread.join(WAIT)


def test_files_db_is_encrypted_with_the_cache_key_and_holds_no_pdf_byte_in_clear(
    profile_dir: Path, raw_key: CacheKey, store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 1, len(SECRET)), cursor="c2"))
    download(files, 1, SECRET)
    assert files.read_file(sha(1)) == SECRET

    wal = profile_dir / f"{FILES_DB_FILENAME}-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the chunks must still be in the WAL"
    assert in_clear(profile_dir, NEEDLES) == []
    store.close()
    assert in_clear(profile_dir, NEEDLES) == []
    assert not wal.exists() or wal.stat().st_size == 0

    path = profile_dir / FILES_DB_FILENAME
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    # The cache's key opens it with 64 KiB pages and HMAC-SHA256, and only so.
    for page_size, hmac, opens in ((PAGE_SIZE, HMAC_ALGORITHM, True), (4096, "HMAC_SHA512", False)):
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {raw_key.pragma()}")
        conn.execute(f"PRAGMA cipher_page_size = {page_size}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        try:
            count = conn.execute("SELECT count(*) FROM file_chunk").fetchone()[0]
            assert opens and count > 0
        except sqlcipher3.DatabaseError:
            assert not opens
        finally:
            conn.close()


def test_a_page_applies_while_a_download_holds_the_files_database_mid_write(
    store: CacheStore, files: FileStore, held_files_lock: Callable[[], None]
) -> None:
    applied = threading.Event()

    def sync() -> None:
        store.apply_page(page(pdf_document("d-1", 1, 1000), cursor="c2"))
        store.apply_page(page(delete("document", "d-1"), cursor="c3"))  # lets go of a file
        applied.set()

    in_thread(sync)

    assert applied.wait(WAIT), "the sync waited on the files database"
    held_files_lock()
    assert store.cursor() == "c3" and files.file_state(sha(1)).status == MISSING


def test_a_chunk_write_goes_on_while_a_sync_holds_the_cache(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 1, 3000), pdf_document("d-2", 2, 10), cursor="c2"))
    stored(files, 2, 10)
    files.begin_file(sha(1), 3000, None)
    files.append_chunk(sha(1), 0, b"a" * 1000)
    store.apply_page(page(delete("document", "d-2"), cursor="c3"))  # a sweep is due
    holding, release = threading.Event(), threading.Event()

    def long_page() -> None:
        with store._write():
            holding.set()
            release.wait(3 * WAIT)  # longer than any wait of the test

    thread = in_thread(long_page)
    assert holding.wait(WAIT)
    written = threading.Event()

    def chunks() -> None:
        files.append_chunks(sha(1), 1000, [b"b" * 1000, b"c" * 1000])
        files.complete_file(sha(1))
        written.set()

    in_thread(chunks)
    try:
        assert written.wait(WAIT), "the download waited on the sync"
    finally:
        release.set()
        thread.join(WAIT)
    assert files.read_file(sha(1)) == b"a" * 1000 + b"b" * 1000 + b"c" * 1000
    assert files.files_usage() == 3000  # the sweep ran once the cache was free: d-2's went


def test_a_cache_at_schema_6_keeps_its_downloaded_files_in_files_db_and_gives_back_space(
    profile_dir: Path, raw_key: CacheKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files_db, "RECLAIM_BYTES", 1024**2)
    old = CacheStore(open_database(profile_dir / DB_FILENAME, raw_key, migrations=MIGRATIONS[:6]))
    old.save_sign_in(account(), "token-1")
    old.apply_page(first_page())
    old.apply_page(page(pdf_document("d-1", 1, 3), pdf_document("d-2", 2, 3), cursor="c2"))
    with old._write() as conn:
        conn.execute(
            "INSERT INTO file (sha256, size, received, etag, status) "
            "VALUES (?, 3, 3, '\"e1\"', 'complete')",
            (sha(1),),
        )
        conn.executemany(
            "INSERT INTO file_chunk (sha256, idx, data) VALUES (?, ?, ?)",
            [(sha(1), 0, b"ab"), (sha(1), 1, b"c")],
        )
        conn.execute(  # a file no document names any more: it does not come along
            "INSERT INTO file (sha256, size, received, status) VALUES (?, ?, ?, 'complete')",
            (sha(3), 14 * len(SECRET), 14 * len(SECRET)),
        )
        conn.executemany(  # 4 MB of its chunks
            "INSERT INTO file_chunk (sha256, idx, data) VALUES (?, ?, ?)",
            [(sha(3), n, SECRET) for n in range(14)],
        )
        conn.execute("INSERT INTO pinned_document VALUES ('d-1', '2025-03-01T00:00:00+00:00')")
    old.close()
    before = (profile_dir / DB_FILENAME).stat().st_size

    store = CacheStore.open(profile_dir, raw_key)
    # The space the files took in cache.db goes back to the disk, and their bytes with it.
    assert (profile_dir / DB_FILENAME).stat().st_size < before - 4_000_000
    try:
        files = FileStore(store)
        tables = {str(r[0]) for r in store._db().execute("SELECT name FROM sqlite_master")}
        assert not {"file", "file_chunk", "legacy_file", "legacy_file_chunk"} & tables
        assert files.file_state(sha(1)).status == COMPLETE  # still there, offline too
        assert files.read_file(sha(1)) == b"abc"
        assert files.missing_files() == [sha(2)]
        assert files.file_state(sha(3)).status == MISSING  # swept: nothing names it
        assert files.is_pinned("d-1") and files.pinned_files() == {sha(1)}
        assert store.cursor() == "c2"
    finally:
        store.close()
    assert SECRET not in (profile_dir / DB_FILENAME).read_bytes()
    store = CacheStore.open(profile_dir, raw_key)  # opens again, nothing left to move
    try:
        assert FileStore(store).read_file(sha(1)) == b"abc" and store.cursor() == "c2"
    finally:
        store.close()


def test_another_member_signing_in_drops_the_previous_members_files(
    store: CacheStore, files: FileStore
) -> None:
    store.save_sign_in(account(), "token-1")
    store.apply_page(page(pdf_document("d-1", 1, 1000), cursor="c2"))
    stored(files, 1, 1000)
    files.pin_document("d-1", True)

    store.save_sign_in(account("m-other"), "token-2")

    assert files.files_usage() == 0 and files.file_chunks(sha(1)) == []
    assert files.pinned_files() == set() and not files.is_pinned("d-1")


def test_files_let_go_of_are_dropped_before_the_cache_closes(
    profile_dir: Path, raw_key: CacheKey, store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 1, 1000), pdf_document("d-2", 2, 1000)))
    stored(files, 1, 1000)
    stored(files, 2, 1000)
    store.apply_page(page(delete("document", "d-1"), cursor="c3"))

    store.close()  # no file operation in between

    conn = sqlcipher3.connect(str(profile_dir / FILES_DB_FILENAME))
    conn.execute(f"PRAGMA key = {raw_key.pragma()}")
    conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {HMAC_ALGORITHM}")
    try:
        assert [r[0] for r in conn.execute("SELECT sha256 FROM file")] == [sha(2)]
    finally:
        conn.close()


def test_a_files_db_another_key_wrote_is_made_afresh(profile_dir: Path, raw_key: CacheKey) -> None:
    first = CacheStore.open(profile_dir, raw_key)
    first.apply_page(first_page())
    first.apply_page(page(pdf_document("d-1", 1, 1000), cursor="c2"))
    stored(FileStore(first), 1, 1000)
    first.close()
    (profile_dir / DB_FILENAME).unlink()  # a reset cut short: cache.db went, files.db stayed

    fresh = CacheStore.open(profile_dir, CacheKey.generate())
    try:
        assert FileStore(fresh).files_usage() == 0
    finally:
        fresh.close()


def test_reset_cache_deletes_files_db_and_its_side_files(profile_dir: Path) -> None:
    keys = KeyStore(profile_dir, backend=fail.Keyring(), env={})
    store = CacheStore.open(profile_dir, keys.key_for("une phrase"))
    store.apply_page(first_page())
    store.apply_page(page(pdf_document("d-1", 1, 1000), cursor="c2"))
    stored(FileStore(store), 1, 1000)
    assert (profile_dir / f"{FILES_DB_FILENAME}-wal").exists()
    store.close()

    reset_cache(profile_dir, keys)

    assert sorted(p.name for p in profile_dir.iterdir()) == []


def test_the_device_wipe_deletes_files_db_while_it_is_open(profile_dir: Path) -> None:
    keys = KeyStore(profile_dir, backend=fail.Keyring(), env={})
    store = CacheStore.open(profile_dir, keys.key_for("une phrase"))
    store.apply_page(first_page())
    store.apply_page(page(pdf_document("d-1", 1, 1000), cursor="c2"))
    stored(FileStore(store), 1, 1000)

    outcome = wipe_profile(profile_dir, keys, store.close)

    assert outcome.complete
    assert not any(p.name.startswith(FILES_DB_FILENAME) for p in profile_dir.iterdir())
    assert not any(p.name.startswith(DB_FILENAME) for p in profile_dir.iterdir())
