"""Builders of the committee network's payloads as the server sends them (messages,
conversations, channel states, ideas, comments, announcements, acknowledgements), and a world
to start from: the organisation, its members and committees, already synced."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.cache import CacheStore
from protocol.models import Change, SyncPage
from tests.desktop.conftest import NOW, committee, membership, page, upsert

ME = "m-me"
BOB = "m-bob"
CLAIRE = "m-claire"
SECRET_WORDS = "Le trésorier propose de vendre le verger de Saint-Cirq pour un euro"


def world(cursor: str = "c0") -> SyncPage:
    """The first sync: Jeanne (me) is on the board and the audit committee; Bob on the board;
    Claire (secretary) on the audit committee and the bureau."""
    return page(
        upsert("organisation", {"id": "org", "name": "Mutuelle des Tilleuls", "short_name": "MT"}),
        upsert("member", {"id": ME, "name": "Jeanne Martin", "roles": ["member"]}),
        upsert("member", {"id": BOB, "name": "Bob Durand", "roles": ["member"], "title": "Élu"}),
        upsert("member", {"id": CLAIRE, "name": "Claire Petit", "roles": ["secretary"]}),
        committee("c-audit", "Audit"),
        committee("c-board", "Conseil d'administration", "board"),
        committee("c-bureau", "Bureau", "bureau"),
        membership("c-board"),
        membership("c-audit"),
        membership("c-board", BOB),
        membership("c-audit", CLAIRE),
        membership("c-bureau", CLAIRE),
        cursor=cursor,
    )


def synced_world(store: CacheStore) -> CacheStore:
    store.apply_page(world())
    return store


def message(
    id_: str,
    channel_id: str = "committee:c-board",
    number: int = 1,
    *,
    author_id: str = BOB,
    author_name: str = "Bob Durand",
    body: str = "Bonjour à tous",
    thread_root_id: str | None = None,
    posted_at: datetime | None = None,
    mentions: tuple[str, ...] = (),
    committee_mentions: tuple[str, ...] = (),
    deleted: bool = False,
    pinned: bool = False,
    **extra: Any,
) -> Change:
    when = posted_at or NOW - timedelta(minutes=60 - number)
    data: dict[str, Any] = {
        "id": id_,
        "channel_id": channel_id,
        "number": number,
        "author_id": author_id,
        "author_name": author_name,
        "body": "" if deleted else body,
        "thread_root_id": thread_root_id,
        "posted_at": when.isoformat(),
        "mention_member_ids": list(mentions),
        "mention_committee_ids": list(committee_mentions),
        "deleted_at": when.isoformat() if deleted else None,
        "pinned_at": when.isoformat() if pinned else None,
        "pinned_by_name": "Bob Durand" if pinned else "",
        **extra,
    }
    return upsert("message", data)


def conversation(id_: str, *members: str, title: str = "") -> Change:
    return upsert(
        "conversation",
        {
            "id": id_,
            "member_ids": list(members),
            "title": title,
            "started_by": members[0],
            "started_at": (NOW - timedelta(days=1)).isoformat(),
        },
    )


def channel_state(channel_id: str, last_read: int = 0, muted: bool = False) -> Change:
    return upsert(
        "channel_state", {"id": channel_id, "last_read_number": last_read, "muted": muted}
    )


def preferences(notify: str = "immediate", digest_hour: int = 18) -> Change:
    return upsert("preferences", {"id": "me", "notify": notify, "digest_hour": digest_hour})


def idea(
    id_: str,
    committee_id: str | None = "c-board",
    *,
    author_id: str = BOB,
    status: str = "new",
    supporters: tuple[str, ...] = (),
    title: str = "Un covoiturage pour les assemblées",
    answer: str = "",
    days_ago: int = 1,
) -> Change:
    return upsert(
        "idea",
        {
            "id": id_,
            "committee_id": committee_id,
            "kind": "idea",
            "title": title,
            "body": "Proposer un covoiturage entre élus.",
            "author_id": author_id,
            "author_name": "Bob Durand" if author_id == BOB else "Jeanne Martin",
            "submitted_at": (NOW - timedelta(days=days_ago)).isoformat(),
            "status": status,
            "answer": answer,
            "answered_by_name": "Claire Petit" if answer else "",
            "status_changed_at": NOW.isoformat() if status != "new" else None,
            "supporter_ids": list(supporters),
        },
    )


def comment(id_: str, idea_id: str, body: str = "Bonne idée", author_id: str = BOB) -> Change:
    return upsert(
        "idea_comment",
        {
            "id": id_,
            "idea_id": idea_id,
            "author_id": author_id,
            "author_name": "Bob Durand",
            "body": body,
            "posted_at": NOW.isoformat(),
        },
    )


def announcement(
    id_: str,
    committee_id: str | None = None,
    *,
    author_id: str = CLAIRE,
    ack_required: bool = True,
    reminded_at: datetime | None = None,
    title: str = "Nouvelle politique de sécurité",
    body: str = "Merci de lire la politique **avant** vendredi.",
    hours_ago: int = 1,
) -> Change:
    return upsert(
        "announcement",
        {
            "id": id_,
            "committee_id": committee_id,
            "title": title,
            "body": body,
            "author_id": author_id,
            "author_name": "Claire Petit",
            "posted_at": (NOW - timedelta(hours=hours_ago)).isoformat(),
            "ack_required": ack_required,
            "reminded_at": None if reminded_at is None else reminded_at.isoformat(),
        },
    )


def acknowledgement(announcement_id: str, member_id: str = ME, name: str = "Jeanne") -> Change:
    return upsert(
        "acknowledgement",
        {
            "id": f"{announcement_id}:{member_id}",
            "announcement_id": announcement_id,
            "member_id": member_id,
            "member_name": name,
            "acknowledged_at": NOW.isoformat(),
        },
    )
