from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from server.db import tables as t
from server.db.engine import make_engine, reading, writing
from server.db.migrate import alembic_config, current_revision, head_revision, migrate


def test_migrations_build_the_whole_schema_on_a_fresh_sqlite_file(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'nested' / 'fresh.db'}")
    try:
        migrate(engine)
        assert current_revision(engine) == head_revision() == "0007"
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


def test_documents_published_before_versions_become_their_own_version_one(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'versions.db'}")
    try:
        config = alembic_config()
        with writing(engine) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0003")
            conn.exec_driver_sql(
                "INSERT INTO documents (id, committee_id, title, body, author_id, published_at,"
                " updated_at) VALUES ('d-1', NULL, 'Statuts', 'Article premier.', NULL,"
                " '2025-01-02 10:00:00', '2025-02-03 10:00:00')"
            )
        migrate(engine)
        with reading(engine) as conn:
            row = conn.execute(select(t.document_versions)).one()
            doc = conn.execute(select(t.documents)).one()
        assert (row.document_id, row.version, row.format, row.body) == (
            "d-1",
            1,
            "markdown",
            "Article premier.",
        )
        assert (doc.format, doc.version, doc.allow_copy, doc.comments_open) == (
            "markdown",
            1,
            False,
            False,
        )
        with writing(engine) as conn:  # and back down, and up again
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
        migrate(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
