"""The voting half of the cache store: motions, proxies, participations, events, my ballots.

A mixin of ``desktop.cache.store.CacheStore`` (it shares its connection, lock and write
transactions), kept apart so that the store stays small. The SQL is in ``desktop.cache.motions``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from desktop.cache import accounts as _accounts
from desktop.cache import motions as _motions
from desktop.cache import outbox as _outbox
from desktop.cache.database import Connection
from desktop.cache.records import MyBallot, OutboxEntry
from protocol.models import MutationKind
from protocol.motions import AuditEventData, MotionData, ParticipationData, ProxyData


class VotingQueries:
    """What the votes service reads and writes in the cache. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # --- synced rows -------------------------------------------------------------------------

    def motions(self, statuses: Sequence[str] | None = None) -> list[MotionData]:
        """Motions (with one of ``statuses``), soonest deadline first."""
        with self._lock:
            return _motions.motions(self._db(), statuses)

    def motion(self, motion_id: str) -> MotionData | None:
        with self._lock:
            return _motions.motion(self._db(), motion_id)

    def put_motion(self, data: MotionData) -> None:
        """Store a motion the server just answered with (the next sync brings it again)."""
        with self._write() as conn:
            _motions.put_motion(conn, data)

    def participation(self, motion_id: str, principal_id: str) -> ParticipationData | None:
        """That a ballot was counted for ``principal_id`` (the latest version), if known."""
        with self._lock:
            return _motions.participation(self._db(), motion_id, principal_id)

    def proxies(self) -> list[ProxyData]:
        """Proxies the signed-in member gave or holds, as the server sent them."""
        with self._lock:
            conn = self._db()
            account = _accounts.read(conn)
            return [] if account is None else _motions.proxies(conn, account.member_id)

    def motion_events(self, motion_id: str) -> list[AuditEventData]:
        """A motion's history, in order."""
        with self._lock:
            return _motions.motion_events(self._db(), motion_id)

    # --- the directory -----------------------------------------------------------------------

    def member_names(self) -> dict[str, str]:
        with self._lock:
            rows = self._db().execute("SELECT id, name FROM member").fetchall()
        return {str(id_): str(name) for id_, name in rows}

    def committee_name(self, committee_id: str) -> str | None:
        with self._lock:
            row = (
                self._db()
                .execute("SELECT name FROM committee WHERE id = ?", (committee_id,))
                .fetchone()
            )
        return None if row is None else str(row[0])

    def committee_roles(self, committee_id: str) -> dict[str, str]:
        """Members of a committee and their role there ("member", "chair", ...)."""
        with self._lock:
            rows = (
                self._db()
                .execute(
                    "SELECT member_id, role FROM membership WHERE committee_id = ?",
                    (committee_id,),
                )
                .fetchall()
            )
        return {str(member_id): str(role) for member_id, role in rows}

    # --- my ballots --------------------------------------------------------------------------

    def queue_ballot(
        self,
        data: Mapping[str, Any],
        *,
        principal_id: str,
        receipt: str | None,
    ) -> OutboxEntry:
        """Queue a ``ballot.cast`` and remember it in ``my_ballots`` (with its receipt code),
        in ONE transaction. ``data`` is a ``BallotCastData`` dump."""
        with self._write() as conn:
            entry = _outbox.add(conn, str(MutationKind.CAST_BALLOT), data)
            _motions.add_ballot(
                conn,
                str(data["motion_id"]),
                principal_id,
                receipt,
                [str(choice) for choice in data["choices"]],
                int(data["version"]),
                entry.seq,
            )
            return entry

    def my_ballots(self, motion_id: str, principal_id: str) -> list[MyBallot]:
        """Ballots this device cast on a motion for one principal, newest first."""
        with self._lock:
            return _motions.ballots(self._db(), motion_id, principal_id)

    def ballot_principals(self, motion_id: str) -> list[str]:
        """Everyone this device cast a ballot for on a motion."""
        with self._lock:
            rows = (
                self._db()
                .execute(
                    "SELECT DISTINCT principal_id FROM my_ballots WHERE motion_id = ?",
                    (motion_id,),
                )
                .fetchall()
            )
        return sorted(str(row[0]) for row in rows)
