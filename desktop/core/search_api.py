"""Offline search across what the cache holds (issue 5, "Search, offline"): the records and
the use case's public method, which the UI and ``quorum search`` code against.
``desktop/core/search.py`` implements it over ``desktop/cache/search_index.py`` (SQLite FTS5
inside the encrypted cache, ``unicode61 remove_diacritics 2``: "reserve" finds "réserve").

Only what the member may see is in the cache, so search never finds anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

#: Kinds of item the index holds (PDF text joins "document" when PDFs arrive).
DOCUMENT, MOTION, MESSAGE, IDEA = "document", "motion", "message", "idea"
KINDS = (DOCUMENT, MOTION, MESSAGE, IDEA)
#: ``committee_id`` filter meaning "anywhere" (None means the organisation-wide items).
ANYWHERE = "*"


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS
    id: str
    title: str  # the document's, motion's or idea's title; a message: its author's name
    scope_name: str  # the committee's name, the organisation's, or the conversation's
    committee_id: str | None
    when: datetime  # published, opened or posted
    snippet: str  # plain text around the best match, one line
    highlights: tuple[tuple[int, int], ...]  # (start, end) character spans of ``snippet``
    target: str  # quorum:// link that opens it (a message: quorum://message/<id>)
    title_match: bool  # the words are in the title (those rank first)
    #: (start, end) character spans of ``title`` where the words are (added; may be empty)
    title_highlights: tuple[tuple[int, int], ...] = ()


class SearchApi(Protocol):
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
        """Items matching every word of ``text`` (the last word also as a prefix), best first:
        title matches before body matches, then FTS5's rank. Words are taken as words: quotes,
        stars and operators typed by the member match literally or are ignored, never raise.
        An empty or blank ``text`` answers []."""
        ...
