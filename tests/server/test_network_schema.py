"""Migration 0003 (the committee network) goes down to 0002 and up again, and a channel keeps
one number per message even under the database's own constraint."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, inspect
from sqlalchemy.exc import IntegrityError

from server.db import tables as t
from server.db.engine import make_engine, writing
from server.db.migrate import alembic_config, current_revision, head_revision, migrate

NETWORK_TABLES = {
    "conversations",
    "conversation_members",
    "messages",
    "message_revisions",
    "channel_states",
    "preferences",
    "ideas",
    "idea_supports",
    "idea_comments",
    "announcements",
    "acknowledgements",
}


def test_the_network_migration_goes_down_to_voting_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'down.db'}")
    try:
        migrate(engine)
        assert NETWORK_TABLES <= set(inspect(engine).get_table_names())
        config = alembic_config()
        with writing(engine) as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
        assert current_revision(engine) == "0002"
        assert not NETWORK_TABLES & set(inspect(engine).get_table_names())
        assert "motions" in inspect(engine).get_table_names()
        migrate(engine)
        assert current_revision(engine) == head_revision()
        assert NETWORK_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_two_messages_cannot_share_a_number_in_one_channel(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'unique.db'}")
    try:
        migrate(engine)
        with writing(engine) as conn:
            conn.execute(
                insert(t.members).values(
                    id="m1",
                    email="m1@exemple.fr",
                    name="M",
                    password_hash="x",
                    roles="[]",
                    active=True,
                    created_at=t.utcnow(),
                )
            )
            row = {
                "channel_id": "org",
                "number": 1,
                "author_id": "m1",
                "body": "x",
                "posted_at": t.utcnow(),
                "mentions": "{}",
            }
            conn.execute(insert(t.messages).values(id="one", **row))
            with pytest.raises(IntegrityError):
                conn.execute(insert(t.messages).values(id="two", **row))
    finally:
        engine.dispose()
