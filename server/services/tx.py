"""Where a service gets its connection: an engine (the service opens and commits its own
transaction) or a connection already inside a transaction (the caller owns it, so several
services can share one transaction, e.g. when the demo loads)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from server.db.engine import reading, writing

DB = Engine | Connection


@contextmanager
def write(db: DB) -> Iterator[Connection]:
    if isinstance(db, Connection):
        yield db
    else:
        with writing(db) as conn:
            yield conn


@contextmanager
def read(db: DB) -> Iterator[Connection]:
    if isinstance(db, Connection):
        yield db
    else:
        with reading(db) as conn:
            yield conn
