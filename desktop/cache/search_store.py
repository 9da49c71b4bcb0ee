"""Offline search's half of the cache store: a mixin of ``desktop.cache.store.CacheStore``
(sharing its connection and lock), like ``voting_store`` and ``network_store``. The index and
the query are in ``desktop.cache.search_index``."""

from __future__ import annotations

from collections.abc import Collection
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from desktop.cache import search_index as _index
from desktop.cache.database import Connection
from desktop.cache.search_index import IndexHit


class SearchQueries:
    """Full-text search over what the cache holds. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

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
        """See ``desktop.cache.search_index.search``."""
        with self._lock:
            return _index.search(
                self._db(), text, kinds=kinds, scope=scope, since=since, until=until, limit=limit
            )
