"""A page and its cursor, a migration and its version: all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from desktop.cache import CacheKey, CacheStore, InvalidChange, open_database, pages
from desktop.cache.migrations import MIGRATIONS
from desktop.cache.store import DB_FILENAME
from protocol.models import SyncPage
from tests.desktop.conftest import committee, document, page, realistic_page, upsert


def test_a_change_with_invalid_data_mid_page_leaves_neither_the_page_nor_its_cursor(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(realistic_page(cursor="c1"))
    before = signed_in.counts()
    invalid = upsert("document", {"id": "d-bad", "committee_id": None, "title": "No body"})

    with pytest.raises(InvalidChange) as raised:
        signed_in.apply_page(
            page(
                committee("c-new", "Nouveau comité"),
                document("d-first", None, "Written before the invalid change", 0),
                invalid,
                document("d-after", None, "Written after it", 0),
                cursor="c2",
            )
        )

    assert "d-bad" in str(raised.value) and "body" in str(raised.value)
    assert "No body" not in str(raised.value)  # messages never quote content
    assert signed_in.cursor() == "c1"
    assert signed_in.counts() == before
    assert signed_in.document("d-first") is None


def test_a_failure_while_storing_the_cursor_rolls_back_the_whole_page(
    signed_in: CacheStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(conn: object, page: SyncPage) -> None:
        raise OSError("power cut while writing the cursor")

    monkeypatch.setattr(pages, "store_position", crash)

    with pytest.raises(OSError, match="power cut"):
        signed_in.apply_page(realistic_page(cursor="c1"))

    assert signed_in.cursor() is None and signed_in.last_sync() is None
    assert all(n == 0 for n in signed_in.counts().values())
    monkeypatch.undo()
    signed_in.apply_page(realistic_page(cursor="c1"))  # the store is usable afterwards
    assert signed_in.cursor() == "c1" and signed_in.counts()["document"] == 6


def test_a_page_survives_closing_and_reopening_with_its_cursor(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    store = CacheStore.open(profile_dir, raw_key)
    store.apply_page(realistic_page(cursor="c7"))
    store.close()

    reopened = CacheStore.open(profile_dir, raw_key)
    try:
        assert reopened.cursor() == "c7" and reopened.counts()["document"] == 6
    finally:
        reopened.close()


def test_migrations_run_in_one_transaction_and_a_failing_one_leaves_nothing(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    path = profile_dir / DB_FILENAME
    broken = [*MIGRATIONS, (len(MIGRATIONS) + 1, "broken", "CREATE TABLE x (a); SELEC oops;")]

    with pytest.raises(sqlcipher3.OperationalError):
        open_database(path, raw_key, migrations=broken)

    conn = open_database(path, raw_key, migrations=[])
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert tables == []
    finally:
        conn.close()
    store = CacheStore.open(profile_dir, raw_key)  # the real migrations still apply cleanly
    store.close()


def test_migrations_are_numbered_in_order() -> None:
    assert [n for n, _, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert all(name and sql.strip() for _, name, sql in MIGRATIONS)
