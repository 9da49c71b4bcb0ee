"""Offline search's half of the cache store: a mixin of ``desktop.cache.store.CacheStore``
(sharing its connection and lock), like ``voting_store`` and ``network_store``. The index and
the query are in ``desktop.cache.search_index``; keeping the index in step, in batches, in
``desktop.cache.search_queue``."""

from __future__ import annotations

import logging
from collections.abc import Collection
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

import sqlcipher3

from desktop.cache import search_index as _index
from desktop.cache import search_queue as _queue
from desktop.cache.database import Connection
from desktop.cache.search_index import IndexHit

log = logging.getLogger(__name__)


class SearchQueries:
    """Full-text search over what the cache holds. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

    def _write_refetchable(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def index_pending(self) -> int:
        """Bring every item noted since the last time into the search index, a batch per
        transaction (the cache is free between batches); returns how many."""
        done = 0
        with self._lock:  # nothing noted (most searches): no write transaction at all
            if self._db().execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
                return 0
        while True:
            with self._write_refetchable() as conn:  # the index can always be rebuilt
                count = _queue.index_batch(conn)
            if count == 0:
                return done
            done += count

    def search_pending(self) -> int:
        """Items noted and not yet in the search index."""
        with self._lock:
            return _queue.pending(self._db())

    def search(
        self,
        text: str,
        *,
        kinds: Collection[str] | None = None,
        scope: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
    ) -> list[IndexHit]:
        """See ``desktop.cache.search_index.search``. Brings the index in step first, so the
        search sees everything the cache holds."""
        with self._lock:  # nothing changes between bringing the index in step and the query
            try:
                self.index_pending()
            except sqlcipher3.Error:  # a full disk, say: search what is indexed already
                log.exception("search: the index could not be brought in step")
            return _index.search(
                self._db(), text, kinds=kinds, scope=scope, since=since, until=until, limit=limit
            )
