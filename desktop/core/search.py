"""Offline search (issue 5): ``Search(store)`` implements ``desktop.core.search_api.SearchApi``
over the cache's FTS5 index (``desktop.cache.search_index``). Only what the member may see is in
the cache, so nothing else can be found."""

from __future__ import annotations

from datetime import datetime

from desktop.cache.search_index import COMMITTEE_PREFIX, ORGANISATION, IndexHit
from desktop.cache.store import CacheStore
from desktop.core.search_api import ANYWHERE, KINDS, SearchHit


class Search:
    """What the search box and ``quorum search`` call."""

    def __init__(self, store: CacheStore) -> None:
        self._store = store

    def search(
        self,
        text: str,
        *,
        kinds: frozenset[str] | None = None,
        committee_id: str | None = ANYWHERE,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        if kinds is not None:
            kinds = kinds & frozenset(KINDS)
        if committee_id == ANYWHERE:
            scope = None
        elif committee_id is None:
            scope = ORGANISATION
        else:
            scope = f"{COMMITTEE_PREFIX}{committee_id}"
        found = self._store.search(
            text, kinds=kinds, scope=scope, since=since, until=until, limit=limit
        )
        return [_hit(hit) for hit in found]


def _hit(hit: IndexHit) -> SearchHit:
    return SearchHit(
        kind=hit.kind,
        id=hit.item_id,
        title=hit.title,
        scope_name=hit.scope_name,
        committee_id=hit.committee_id,
        when=hit.when,
        snippet=hit.snippet,
        highlights=hit.highlights,
        target=f"quorum://{hit.kind}/{hit.item_id}",
        title_match=hit.title_match,
        title_highlights=hit.title_highlights,
    )
