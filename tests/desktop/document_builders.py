"""Builders of board documents in depth as the server sends them (documents at a version, PDF
file references, versions, meetings and their agenda, actions, annotations, comments, read
receipts with a version), and a world to start from: the network's world with a board pack.

Times are relative to ``NOW`` (2025-03-14 09:30 UTC), the date of the tests' clocks."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from typing import Any

from desktop.cache import CacheStore
from desktop.cache.files import FileStore
from protocol.models import Change
from tests.desktop.conftest import NOW, page, upsert
from tests.desktop.network_builders import BOB, CLAIRE, ME, world

__all__ = ["BOB", "CLAIRE", "ME", "NOW"]

PACK_TEXT = "Le conseil examine le budget prévisionnel et la réserve de solvabilité."
PDF_BYTES = b"%PDF-1.4\n" + b"Rapport financier annuel\n" * 200
PDF_SHA = hashlib.sha256(PDF_BYTES).hexdigest()
OTHER_BYTES = b"%PDF-1.4\n" + b"Annexe\n" * 300
OTHER_SHA = hashlib.sha256(OTHER_BYTES).hexdigest()


def clock() -> datetime:
    return NOW


def file_ref(sha256: str = PDF_SHA, size: int = len(PDF_BYTES), **extra: Any) -> dict[str, Any]:
    return {"sha256": sha256, "size": size, "name": "rapport.pdf", "pages": 12, **extra}


def document(
    id_: str,
    committee_id: str | None = "c-board",
    title: str = "Rapport financier",
    *,
    version: int = 1,
    body: str = "",
    pdf: dict[str, Any] | None = None,
    text: str = "",
    author_id: str = CLAIRE,
    days_ago: int = 3,
    **extra: Any,
) -> Change:
    published = NOW - timedelta(days=days_ago)
    data = {
        "id": id_,
        "committee_id": committee_id,
        "title": title,
        "body": "" if pdf else (body or f"# {title}\n\nVoir l'annexe."),
        "author_id": author_id,
        "author_name": "Claire Petit" if author_id == CLAIRE else "Jeanne Martin",
        "published_at": published.isoformat(),
        "updated_at": (published + timedelta(hours=version - 1)).isoformat(),
        "format": "pdf" if pdf else "markdown",
        "version": version,
        "file": pdf,
        "text": text,
        **extra,
    }
    return upsert("document", data)


def version(
    document_id: str,
    number: int,
    body: str = "",
    *,
    title: str = "Rapport financier",
    pdf: dict[str, Any] | None = None,
    change_note: str = "",
) -> Change:
    return upsert(
        "document_version",
        {
            "id": f"{document_id}:{number}",
            "document_id": document_id,
            "version": number,
            "title": title,
            "format": "pdf" if pdf else "markdown",
            "body": "" if pdf else body,
            "file": pdf,
            "published_at": (NOW - timedelta(days=10 - number)).isoformat(),
            "author_name": "Claire Petit",
            "change_note": change_note,
        },
    )


def agenda_item(
    id_: str, position: int, title: str, document_ids: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {"id": id_, "position": position, "title": title, "document_ids": list(document_ids)}


def meeting(
    id_: str,
    committee_id: str | None = "c-board",
    title: str = "Conseil d'administration de mars",
    *,
    starts_in: timedelta = timedelta(days=7),
    status: str = "scheduled",
    agenda: list[dict[str, Any]] | None = None,
    minutes: str | None = None,
) -> Change:
    return upsert(
        "meeting",
        {
            "id": id_,
            "committee_id": committee_id,
            "title": title,
            "starts_at": (NOW + starts_in).isoformat(),
            "place": "Siège, salle du conseil",
            "status": status,
            "agenda": agenda or [],
            "minutes_document_id": minutes,
        },
    )


def action(
    id_: str,
    committee_id: str | None = "c-board",
    title: str = "Relancer le commissaire aux comptes",
    *,
    assignees: tuple[str, ...] = (ME,),
    due_on: date | None = None,
    status: str = "open",
    meeting_id: str | None = None,
    comments: list[dict[str, Any]] | None = None,
) -> Change:
    return upsert(
        "action",
        {
            "id": id_,
            "committee_id": committee_id,
            "meeting_id": meeting_id,
            "title": title,
            "assignee_ids": list(assignees),
            "due_on": None if due_on is None else due_on.isoformat(),
            "status": status,
            "created_by_name": "Claire Petit",
            "created_at": (NOW - timedelta(days=5)).isoformat(),
            "updated_at": (NOW - timedelta(days=5)).isoformat(),
            "comments": comments or [],
        },
    )


def action_comment(id_: str, body: str, author_id: str = BOB) -> dict[str, Any]:
    return {
        "id": id_,
        "author_id": author_id,
        "author_name": "Bob Durand",
        "body": body,
        "posted_at": (NOW - timedelta(days=1)).isoformat(),
    }


def annotation(
    id_: str, document_id: str = "d-pack", version: int = 1, body: str = "À vérifier", **extra: Any
) -> Change:
    return upsert(
        "annotation",
        {
            "id": id_,
            "document_id": document_id,
            "version": version,
            "body": body,
            "created_at": (NOW - timedelta(days=2)).isoformat(),
            "updated_at": (NOW - timedelta(days=2)).isoformat(),
            **extra,
        },
    )


def doc_comment(
    id_: str,
    document_id: str = "d-draft",
    body: str = "Le paragraphe 3 est ambigu.",
    *,
    author_id: str = BOB,
    parent_id: str | None = None,
    hours_ago: int = 5,
    version: int = 1,
) -> Change:
    return upsert(
        "document_comment",
        {
            "id": id_,
            "document_id": document_id,
            "version": version,
            "parent_id": parent_id,
            "author_id": author_id,
            "author_name": {BOB: "Bob Durand", ME: "Jeanne Martin"}.get(author_id, "Claire"),
            "body": body,
            "posted_at": (NOW - timedelta(hours=hours_ago)).isoformat(),
        },
    )


def read_receipt(document_id: str, version: int | None) -> Change:
    return upsert(
        "read_receipt",
        {
            "id": document_id,
            "document_id": document_id,
            "read_at": (NOW - timedelta(days=2)).isoformat(),
            "version": version,
        },
    )


def chair(committee_id: str, member_id: str = ME) -> Change:
    return upsert(
        "membership",
        {
            "id": f"{committee_id}:{member_id}",
            "committee_id": committee_id,
            "member_id": member_id,
            "role": "chair",
        },
    )


def board_pack_world(store: CacheStore) -> CacheStore:
    """The network's world, then the March board meeting: its agenda names a PDF report and a
    Markdown note; last month's meeting (held) has its minutes; an audit meeting too."""
    store.apply_page(world())
    store.apply_page(
        page(
            document("d-pack", pdf=file_ref(), text=PACK_TEXT, meeting_id="mt-march"),
            document("d-note", title="Note au conseil", body="# Note\n\nRien à signaler."),
            document("d-annex", pdf=file_ref(OTHER_SHA, len(OTHER_BYTES)), title="Annexe"),
            document("d-minutes", title="Procès-verbal de février", days_ago=20),
            document("d-audit", "c-audit", "Plan d'audit"),
            meeting(
                "mt-march",
                agenda=[
                    agenda_item("ai-2", 2, "Questions diverses", ("d-note",)),
                    agenda_item("ai-1", 1, "Comptes annuels", ("d-pack", "d-annex")),
                ],
            ),
            meeting(
                "mt-feb",
                title="Conseil de février",
                starts_in=timedelta(days=-25),
                status="held",
                minutes="d-minutes",
            ),
            meeting("mt-audit", "c-audit", "Comité d'audit", starts_in=timedelta(days=2)),
            meeting("mt-ag", None, "Assemblée générale", starts_in=timedelta(days=60)),
            cursor="c1",
        )
    )
    return store


def store_file(store: CacheStore, sha256: str, data: bytes, *, complete: bool = True) -> None:
    """Put a downloaded file in the cache (all of it, or its first half)."""
    files = FileStore(store)
    files.begin_file(sha256, len(data), f'"{sha256}"')
    files.append_chunk(sha256, 0, data if complete else data[: len(data) // 2])
    if complete:
        files.complete_file(sha256)
