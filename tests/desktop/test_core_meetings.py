"""Meetings over the real encrypted cache: upcoming and past ones, and how much of a meeting's
board pack (its agenda's documents and minutes) is ready offline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.cache import CacheStore
from desktop.cache.files import FileStore
from desktop.core.documents_api import MeetingsApi
from desktop.core.meetings import Meetings
from tests.desktop.conftest import page
from tests.desktop.document_builders import (
    OTHER_BYTES,
    OTHER_SHA,
    PDF_BYTES,
    PDF_SHA,
    board_pack_world,
    clock,
    meeting,
    store_file,
)


@pytest.fixture
def cache(signed_in: CacheStore) -> CacheStore:
    return board_pack_world(signed_in)


@pytest.fixture
def meetings(cache: CacheStore) -> Meetings:
    return Meetings(cache, clock)


def test_meetings_implements_the_api_the_ui_codes_against(meetings: Meetings) -> None:
    api: MeetingsApi = meetings
    found = api.meeting("mt-march")
    assert found is not None and found.title == "Conseil d'administration de mars"


def test_upcoming_meetings_are_the_scheduled_ones_from_today_soonest_first(
    cache: CacheStore, meetings: Meetings
) -> None:
    cache.apply_page(
        page(
            meeting("mt-today", title="Ce matin", starts_in=timedelta(hours=-2)),
            meeting("mt-off", title="Annulée", starts_in=timedelta(days=1), status="cancelled"),
            cursor="c2",
        )
    )

    assert [m.id for m in meetings.upcoming()] == ["mt-today", "mt-audit", "mt-march", "mt-ag"]
    assert [m.id for m in meetings.past()] == ["mt-off", "mt-feb"]


def test_a_meeting_past_but_never_marked_held_is_in_the_past(
    cache: CacheStore, meetings: Meetings
) -> None:
    cache.apply_page(page(meeting("mt-old", starts_in=timedelta(days=-3)), cursor="c2"))

    assert [m.id for m in meetings.past()] == ["mt-old", "mt-feb"]
    assert "mt-old" not in [m.id for m in meetings.upcoming()]


def test_the_board_pack_lists_each_file_of_the_agenda_and_the_minutes_once(
    cache: CacheStore, meetings: Meetings
) -> None:
    cache.apply_page(
        page(
            meeting(
                "mt-march",
                agenda=[
                    {"id": "ai-1", "position": 1, "title": "Comptes", "document_ids": ["d-pack"]},
                    {"id": "ai-2", "position": 2, "title": "Annexes", "document_ids": ["d-annex"]},
                    {"id": "ai-3", "position": 3, "title": "Rappel", "document_ids": ["d-pack"]},
                ],
                minutes="d-note",
            ),
            cursor="c2",
        )
    )

    assert meetings.pack_files("mt-march") == [PDF_SHA, OTHER_SHA]
    assert meetings.pack_files("mt-feb") == []  # its minutes are Markdown
    assert meetings.pack_files("mt-nope") == []


def test_the_pack_status_counts_markdown_as_ready_and_pdfs_by_their_file_state(
    cache: CacheStore, meetings: Meetings
) -> None:
    total = len(PDF_BYTES) + len(OTHER_BYTES)
    status = meetings.pack_status("mt-march")
    assert (status.documents, status.documents_ready) == (3, 1)
    assert (status.bytes_total, status.bytes_ready, status.complete) == (total, 0, False)

    store_file(cache, PDF_SHA, PDF_BYTES)
    store_file(cache, OTHER_SHA, OTHER_BYTES, complete=False)
    status = meetings.pack_status("mt-march")
    assert status.documents_ready == 2
    assert status.bytes_ready == len(PDF_BYTES) + len(OTHER_BYTES) // 2

    store_file(cache, OTHER_SHA, OTHER_BYTES)
    status = meetings.pack_status("mt-march")
    assert status.complete and status.bytes_ready == total


def test_a_failed_file_counts_as_not_ready(cache: CacheStore, meetings: Meetings) -> None:
    FileStore(cache).fail_file(PDF_SHA, "hash_mismatch", len(PDF_BYTES))

    status = meetings.pack_status("mt-march")
    assert status.documents_ready == 1 and status.bytes_ready == 0


def test_a_pack_naming_a_document_the_cache_does_not_hold_counts_only_what_it_holds(
    cache: CacheStore, meetings: Meetings
) -> None:
    cache.apply_page(
        page(
            meeting(
                "mt-ag",
                None,
                agenda=[{"id": "ai-9", "position": 1, "title": "X", "document_ids": ["d-gone"]}],
                minutes="d-note",
            ),
            cursor="c2",
        )
    )

    status = meetings.pack_status("mt-ag")
    assert (status.documents, status.documents_ready, status.bytes_total) == (1, 1, 0)
    assert meetings.pack_status("mt-nope").documents == 0
