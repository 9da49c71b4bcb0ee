"""Offline search over the FTS5 index of the cache (migration 4): the query, the ranking, the
snippets and the names of the places things were found.

The index (``search_index``, ``unicode61 remove_diacritics 2``: "reserve" finds "réserve") is
kept in step with the documents, motions, messages and ideas by triggers, so this module only
reads. The member's words are never FTS5 syntax: each is quoted as a string (the last one also
as a prefix), so quotes, stars, ``AND`` or ``NEAR(`` typed by the member cannot raise.

The snippets and highlight spans are made in ``desktop.cache.search_text``. Works on any
DB-API connection holding the schema (the encrypted cache, or a plain SQLite copy
for the benchmark).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from desktop.cache import search_text as _text

MAX_WORDS = 12
MAX_LIMIT = 500
#: The scope of organisation-wide items; committees are ``committee:<id>``, conversations
#: ``direct:<id>`` (as the message channels).
ORGANISATION = "org"
COMMITTEE_PREFIX = "committee:"
DIRECT_PREFIX = "direct:"

_WORD = re.compile(r"[^\W_]+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class IndexHit:
    """One item found, ready to show: plain one-line texts with the matches as spans."""

    kind: str
    item_id: str
    title: str
    title_highlights: tuple[tuple[int, int], ...]
    committee_id: str | None
    scope: str  # "org", "committee:<id>" or "direct:<id>"
    scope_name: str
    when: datetime
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    title_match: bool


def words(text: str) -> list[str]:
    """The member's words as the index sees them: letters and digits, nothing else. Operators
    typed in capitals (AND, OR, NOT, NEAR) are dropped when other words remain."""
    found = _WORD.findall(text)
    kept = [w for w in found if w not in _OPERATORS] or found
    return kept[:MAX_WORDS]


def match_expression(text: str) -> str | None:
    """An FTS5 query matching every word (the last also as a prefix of two letters or more);
    None when there is no word to look for."""
    found = words(text)
    if not found:
        return None
    phrases = [f'"{w}"' for w in found]
    if len(found[-1]) >= 2:
        phrases[-1] += "*"
    return " ".join(phrases)


def time_text(moment: datetime) -> str:
    """A time as the index keeps it (``at``): UTC, milliseconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]


def search(
    conn: Any,
    text: str,
    *,
    kinds: Collection[str] | None = None,
    scope: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 50,
) -> list[IndexHit]:
    """Items matching every word of ``text``, best first: those with every word in the title,
    then the others, each by bm25 (the title weighs ten times the body). ``scope``: only the
    items of that place ("org", "committee:<id>", "direct:<id>"); None: anywhere."""
    query = match_expression(text)
    if query is None or (kinds is not None and not kinds) or limit <= 0:
        return []
    where, params = _filters(kinds, scope, since, until)
    rows = conn.execute(
        "SELECT rowid, rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?) "
        f"AS in_title FROM search_index WHERE search_index MATCH ?{where} "
        "ORDER BY in_title DESC, rank LIMIT ?",
        (f"title : ({query})", query, *params, min(limit, MAX_LIMIT)),
    ).fetchall()
    hits = _hits(conn, text, [(int(rowid), bool(in_title)) for rowid, in_title in rows])
    names = scope_names(conn, {hit.scope for hit in hits})
    return [_named(hit, names.get(hit.scope, "")) for hit in hits]


def _filters(
    kinds: Collection[str] | None,
    scope: str | None,
    since: datetime | None,
    until: datetime | None,
) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    if kinds is not None:
        ordered = sorted(kinds)
        clauses.append(f"kind IN ({', '.join('?' for _ in ordered)})")
        params.extend(ordered)
    if scope is not None:
        clauses.append("scope = ?")
        params.append(scope)
    if since is not None:
        clauses.append("at >= ?")
        params.append(time_text(since))
    if until is not None:
        clauses.append("at <= ?")
        params.append(time_text(until))
    return "".join(f" AND {clause}" for clause in clauses), params


def _hits(conn: Any, text: str, found: list[tuple[int, bool]]) -> list[IndexHit]:
    """The rows found, read by rowid (no second evaluation of the query), with their spans."""
    if not found:
        return []
    typed = words(text)
    pattern = _text.matcher(tuple(typed), len(typed[-1]) >= 2)
    rows = {
        int(row[0]): row[1:]
        for row in conn.execute(
            "SELECT rowid, kind, item_id, committee_id, scope, at, title, body "
            f"FROM search_index WHERE rowid IN ({', '.join('?' for _ in found)})",
            [rowid for rowid, _ in found],
        )
    }
    hits = []
    for rowid, in_title in found:
        kind, item_id, committee_id, scope, at, title, body = rows[rowid]
        shown_title, title_spans = _text.highlight(title or "", pattern)
        snippet, spans = _text.snippet(body or "", pattern)
        hits.append(
            IndexHit(
                kind=str(kind),
                item_id=str(item_id),
                title=shown_title,
                title_highlights=title_spans,
                committee_id=None if committee_id is None else str(committee_id),
                scope=str(scope),
                scope_name="",
                when=_when(conn, str(kind), str(item_id), at),
                snippet=snippet,
                highlights=spans,
                title_match=in_title,
            )
        )
    return hits


def _when(conn: Any, kind: str, item_id: str, at: str | None) -> datetime:
    if at:
        return datetime.fromisoformat(at).replace(tzinfo=UTC)
    if kind == "motion":  # a motion not yet opened nor planned: when it was created
        row = conn.execute(
            "SELECT min(json_extract(data, '$.at')) FROM motion_events WHERE motion_id = ?",
            (item_id,),
        ).fetchone()
        if row is not None and row[0]:
            return datetime.fromisoformat(str(row[0])).astimezone(UTC)
    return _EPOCH


def _named(hit: IndexHit, name: str) -> IndexHit:
    return replace(hit, scope_name=name)


# --- names of the places -------------------------------------------------------------------------


def scope_names(conn: Any, scopes: Iterable[str]) -> dict[str, str]:
    """What to call each place: the organisation's name, the committee's, the conversation's
    title or the names of the other people in it."""
    names: dict[str, str] = {}
    for scope in scopes:
        if scope == ORGANISATION:
            names[scope] = _organisation_name(conn)
        elif scope.startswith(COMMITTEE_PREFIX):
            row = conn.execute(
                "SELECT name FROM committee WHERE id = ?", (scope.removeprefix(COMMITTEE_PREFIX),)
            ).fetchone()
            names[scope] = "" if row is None else str(row[0])
        elif scope.startswith(DIRECT_PREFIX):
            names[scope] = _conversation_name(conn, scope.removeprefix(DIRECT_PREFIX))
    return names


def _organisation_name(conn: Any) -> str:
    row = conn.execute(
        "SELECT o.name FROM organisation o LEFT JOIN account a ON a.organisation_id = o.id "
        "ORDER BY a.id IS NULL, o.name LIMIT 1"
    ).fetchone()
    if row is None:
        row = conn.execute("SELECT organisation_name FROM account").fetchone()
    return "" if row is None else str(row[0])


def _conversation_name(conn: Any, conversation_id: str) -> str:
    row = conn.execute("SELECT data FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
    if row is None:
        return ""
    data = json.loads(row[0])
    if data.get("title"):
        return str(data["title"])
    me = conn.execute("SELECT member_id FROM account").fetchone()
    others = [m for m in data.get("member_ids", []) if me is None or m != me[0]]
    found = dict(
        conn.execute(
            f"SELECT id, name FROM member WHERE id IN ({', '.join('?' for _ in others)})", others
        ).fetchall()
    )
    return ", ".join(str(found.get(m, m)) for m in others)
