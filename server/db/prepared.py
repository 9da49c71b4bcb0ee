"""Prepared statements: a hot statement compiled once, run on the driver's own connection.

Running a statement through SQLAlchemy costs ~60-80 µs of Python (events, parameter and
result set-up), several times what SQLite itself takes to insert or look up one row; a ballot
runs about twenty. ``Prepared`` compiles its statement once for SQLite, with the converter of
each parameter (a ``UTCDateTime`` is stored exactly as SQLAlchemy would store it), and runs
it on the DBAPI connection under the SQLAlchemy ``Connection``: the same transaction and
savepoints, nothing else skipped. On another database it is a plain ``conn.execute``.

For statements whose parameters are all given (no Python-side column default) and whose
results need no conversion (ids, counters, text), or whose results are not read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.expression import Executable

_SQLITE = sqlite.dialect()


class Prepared:
    def __init__(self, statement: Executable, column_keys: Sequence[str] | None = None) -> None:
        """``column_keys``: for an ``insert()`` without ``values``, the columns it sets."""
        self.statement = statement
        self._keys = None if column_keys is None else list(column_keys)
        compiled = statement.compile(  # type: ignore[attr-defined]
            dialect=_SQLITE, column_keys=self._keys
        )
        self.sql = str(compiled)
        binds = compiled.binds
        names = list(compiled.positiontup or ())
        #: The values written in the statement itself (``status == "open"``).
        self._fixed = {n: binds[n].effective_value for n in names if not binds[n].required}
        self._order: list[tuple[str, Callable[[Any], Any] | None]] = [
            (name, binds[name].type.dialect_impl(_SQLITE).bind_processor(_SQLITE)) for name in names
        ]

    def _run(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        values = {**self._fixed, **params} if self._fixed else params
        row = []
        for name, convert in self._order:
            value = values[name]
            row.append(value if convert is None or value is None else convert(value))
        driver = conn.connection.driver_connection
        assert driver is not None
        return driver.execute(self.sql, row)

    def _sqlite(self, conn: Connection) -> bool:
        return conn.dialect.name == "sqlite"

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> None:
        if self._sqlite(conn):
            self._run(conn, params).close()
        else:
            conn.execute(self.statement, dict(params))

    def insert(self, conn: Connection, params: Mapping[str, Any]) -> int:
        """Insert one row; its integer primary key (autoincremented)."""
        if self._sqlite(conn):
            cursor = self._run(conn, params)
            cursor.close()
            return int(cursor.lastrowid)
        key = conn.execute(self.statement, dict(params)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def first(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The first row as a tuple of raw values, or None."""
        if self._sqlite(conn):
            cursor = self._run(conn, params)
            try:
                found = cursor.fetchone()
            finally:
                cursor.close()
            return None if found is None else tuple(found)
        row = conn.execute(self.statement, dict(params)).first()
        return None if row is None else tuple(row)

    def scalar(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """The first column of the first row, or None."""
        found = self.first(conn, params)
        return None if found is None else found[0]

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Every row as a tuple of raw values."""
        if self._sqlite(conn):
            cursor = self._run(conn, params)
            try:
                return [tuple(found) for found in cursor.fetchall()]
            finally:
                cursor.close()
        return [tuple(row) for row in conn.execute(self.statement, dict(params))]

    def scalars(self, conn: Connection, params: Mapping[str, Any]) -> list[Any]:
        """The first column of every row."""
        if self._sqlite(conn):
            cursor = self._run(conn, params)
            try:
                return [found[0] for found in cursor.fetchall()]
            finally:
                cursor.close()
        return list(conn.execute(self.statement, dict(params)).scalars())
