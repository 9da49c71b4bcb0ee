from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from server.db import tables as t
from server.db.engine import make_engine, reading
from server.db.migrate import current_revision, head_revision, migrate


def test_migrations_build_the_whole_schema_on_a_fresh_sqlite_file(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'nested' / 'fresh.db'}")
    try:
        migrate(engine)
        assert current_revision(engine) == head_revision() == "0003"
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), t.metadata) == []
        with reading(engine) as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() > 0
            log_id = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "log_id"))
            assert log_id.scalar_one()
    finally:
        engine.dispose()


def test_migrating_twice_changes_nothing_and_each_database_gets_its_own_log_id(
    tmp_path: Path,
) -> None:
    ids = []
    for name in ("one.db", "two.db"):
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        try:
            migrate(engine)
            migrate(engine)
            with reading(engine) as conn:
                ids.append(conn.execute(select(t.meta.c.value)).scalars().all())
        finally:
            engine.dispose()
    assert len(ids[0]) == len(ids[1]) == 1
    assert ids[0] != ids[1]


def test_an_in_memory_database_works_for_quick_use() -> None:
    engine = make_engine("sqlite://")
    try:
        migrate(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
