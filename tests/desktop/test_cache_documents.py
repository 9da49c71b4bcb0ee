"""Board documents in depth in the real encrypted cache: a document's detail (format, file state,
the version I read, pinned), versions, meetings, actions, and the read receipt with its version;
what leaves with a committee and with a reset page."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.cache import CacheStore
from desktop.cache.document_records import COMPLETE, MISSING, PARTIAL
from desktop.cache.files import FileStore
from protocol.models import MutationKind
from tests.desktop.conftest import NOW, delete, page
from tests.desktop.document_builders import (
    BOB,
    ME,
    OTHER_SHA,
    PDF_BYTES,
    PDF_SHA,
    action,
    annotation,
    board_pack_world,
    doc_comment,
    document,
    file_ref,
    read_receipt,
    store_file,
    version,
)


@pytest.fixture
def cache(signed_in: CacheStore) -> CacheStore:
    return board_pack_world(signed_in)


def _reads(cache: CacheStore) -> list[dict[str, object]]:
    return [e.data for e in reversed(cache.outbox()) if e.kind == MutationKind.MARK_READ]


def test_a_pdf_not_downloaded_is_missing_then_partial_then_complete(cache: CacheStore) -> None:
    found = cache.document_detail("d-pack", NOW)
    assert found is not None and found.format == "pdf" and found.file is not None
    assert (found.file.sha256, found.file.size, found.file.pages) == (PDF_SHA, len(PDF_BYTES), 12)
    assert found.file_state is not None and found.file_state.status == MISSING
    assert found.file_state.size == len(PDF_BYTES) and found.meeting_id == "mt-march"

    store_file(cache, PDF_SHA, PDF_BYTES, complete=False)
    partial = cache.document_detail("d-pack", NOW)
    assert partial is not None and partial.file_state is not None
    assert (partial.file_state.status, partial.file_state.received) == (
        PARTIAL,
        len(PDF_BYTES) // 2,
    )

    store_file(cache, PDF_SHA, PDF_BYTES)
    complete = cache.document_detail("d-pack", NOW)
    assert complete is not None and complete.file_state is not None
    assert complete.file_state.status == COMPLETE and complete.file_state.ready


def test_a_markdown_document_has_no_file_and_its_flags_come_from_the_server(
    cache: CacheStore,
) -> None:
    closes = NOW + timedelta(days=3)
    cache.apply_page(
        page(
            document(
                "d-draft",
                allow_copy=True,
                comments_open=True,
                comments_close_at=closes.isoformat(),
                agenda_item_id="ai-1",
            ),
            cursor="c2",
        )
    )

    found = cache.document_detail("d-draft", NOW)
    assert found is not None and found.file is None and found.file_state is None
    assert found.allow_copy and found.comments_open and found.comments_close_at == closes
    assert found.agenda_item_id == "ai-1" and not found.pinned and found.read_version is None
    after = cache.document_detail("d-draft", closes + timedelta(seconds=1))
    assert after is not None and not after.comments_open
    assert cache.document_detail("d-unknown", NOW) is None


def test_a_pinned_document_says_so(cache: CacheStore) -> None:
    FileStore(cache).pin_document("d-pack", True)

    found = cache.document_detail("d-pack", NOW)
    assert found is not None and found.pinned


def test_the_document_list_shows_the_format_and_that_a_newer_version_came_since_i_read_it(
    cache: CacheStore,
) -> None:
    cache.apply_page(page(document("d-note", version=2), read_receipt("d-note", 1), cursor="c2"))

    rows = {d.id: d for d in cache.documents("c-board")}
    assert rows["d-pack"].format == "pdf" and rows["d-pack"].unread
    assert not rows["d-pack"].updated_since_read
    assert rows["d-note"].format == "markdown" and rows["d-note"].version == 2
    assert rows["d-note"].read_version == 1 and rows["d-note"].updated_since_read
    assert not rows["d-note"].unread
    single = cache.document("d-note")
    assert single is not None and single.updated_since_read and single.body.startswith("#")


def test_a_receipt_from_before_versions_counts_as_version_one(cache: CacheStore) -> None:
    cache.apply_page(page(read_receipt("d-note", None), cursor="c2"))

    found = cache.document_detail("d-note", NOW)
    assert found is not None and found.read_version == 1 and not found.updated_since_read


def test_marking_read_queues_the_version_read_and_keeps_the_first_reading_time(
    cache: CacheStore,
) -> None:
    assert cache.mark_read("d-note", NOW, 1) is True
    assert cache.mark_read("d-note", NOW + timedelta(hours=1), 1) is False
    cache.apply_page(page(document("d-note", version=3), cursor="c2"))

    assert cache.mark_read("d-note", NOW + timedelta(days=1)) is True  # the current: 3

    assert [(r["document_id"], r["version"]) for r in _reads(cache)] == [
        ("d-note", 1),
        ("d-note", 3),
    ]
    summary = cache.document("d-note")
    assert summary is not None and summary.read_at == NOW and summary.read_version == 3


def test_a_receipt_not_yet_sent_is_not_lowered_by_an_older_one_nor_lost_on_a_reset(
    cache: CacheStore,
) -> None:
    cache.apply_page(page(document("d-note", version=2), read_receipt("d-note", 1), cursor="c2"))
    cache.mark_read("d-note", NOW, 2)

    cache.apply_page(page(read_receipt("d-note", 1), cursor="c3"))
    found = cache.document_detail("d-note", NOW)
    assert found is not None and found.read_version == 2

    cache.apply_page(page(document("d-note", version=2), cursor="c4", reset=True))
    again = cache.document_detail("d-note", NOW)
    assert again is not None and again.read_version == 2


def test_versions_are_listed_newest_first_with_the_current_one_marked(cache: CacheStore) -> None:
    cache.apply_page(
        page(
            document("d-note", version=2, body="# Note\n\nDeux."),
            version("d-note", 1, "# Note\n\nUn."),
            version("d-note", 2, "# Note\n\nDeux.", change_note="Chiffres corrigés"),
            version("d-pack", 1, pdf=file_ref()),
            cursor="c2",
        )
    )

    found = cache.document_versions("d-note")
    assert [(v.version, v.current) for v in found] == [(2, True), (1, False)]
    assert found[0].change_note == "Chiffres corrigés" and found[1].body.endswith("Un.")
    pdf = cache.document_versions("d-pack")
    assert pdf[0].format == "pdf" and pdf[0].file is not None and pdf[0].file.sha256 == PDF_SHA


def test_meetings_carry_their_committee_or_the_organisation_name_and_an_ordered_agenda(
    cache: CacheStore,
) -> None:
    found = {m.id: m for m in cache.meetings()}

    assert [m.id for m in cache.meetings()] == ["mt-feb", "mt-audit", "mt-march", "mt-ag"]
    assert found["mt-march"].committee_name == "Conseil d'administration"
    assert found["mt-ag"].committee_name == "Mutuelle des Tilleuls"
    assert [i.id for i in found["mt-march"].agenda] == ["ai-1", "ai-2"]
    assert found["mt-march"].agenda[0].document_ids == ("d-pack", "d-annex")
    assert found["mt-feb"].minutes_document_id == "d-minutes"
    assert cache.find_meeting("mt-nope") is None


def test_actions_name_their_assignees_and_say_whether_they_are_late_and_mine(
    cache: CacheStore,
) -> None:
    today = NOW.date()
    cache.apply_page(
        page(
            action("a-late", assignees=(ME, BOB), due_on=today - timedelta(days=1)),
            action("a-done", assignees=(BOB,), due_on=today - timedelta(days=9), status="done"),
            action("a-org", None, assignees=(BOB,), due_on=today),
            cursor="c2",
        )
    )

    found = {a.id: a for a in cache.actions(today)}
    assert found["a-late"].assignee_names == ("Jeanne Martin", "Bob Durand")
    assert found["a-late"].late and found["a-late"].mine
    assert not found["a-done"].late and not found["a-done"].mine
    assert not found["a-org"].late and found["a-org"].committee_name == "Mutuelle des Tilleuls"
    assert found["a-late"].committee_name == "Conseil d'administration"
    assert found["a-late"].state == "sent"


def _board_content(cache: CacheStore) -> None:
    cache.apply_page(
        page(
            version("d-note", 1, "# Note"),
            action("a-1"),
            annotation("an-1", "d-note"),
            doc_comment("dc-1", "d-note"),
            read_receipt("d-note", 1),
            cursor="c2",
        )
    )


def test_leaving_a_committee_removes_its_meetings_actions_versions_comments_and_notes(
    cache: CacheStore,
) -> None:
    _board_content(cache)
    cache.apply_page(page(action("a-audit", "c-audit"), cursor="c3"))

    cache.apply_page(page(delete("committee", "c-board"), cursor="c4"))

    assert {m.id for m in cache.meetings()} == {"mt-audit", "mt-ag"}
    assert [a.id for a in cache.actions(NOW.date())] == ["a-audit"]
    assert cache.document_versions("d-note") == []
    assert cache.annotations("d-note") == [] and cache.document_comments("d-note") == []
    assert cache.document_detail("d-note", NOW) is None
    assert cache.document_detail("d-audit", NOW) is not None


def test_a_reset_page_wipes_the_documents_content_before_bringing_it_again(
    cache: CacheStore,
) -> None:
    _board_content(cache)

    cache.apply_page(page(document("d-note"), cursor="c3", reset=True))

    assert cache.meetings() == [] and cache.actions(NOW.date()) == []
    # Only the document's own one version is left (no version rows came back).
    assert [(v.version, v.current) for v in cache.document_versions("d-note")] == [(1, True)]
    assert cache.annotations("d-note") == []
    assert cache.document_comments("d-note") == []
    found = cache.document_detail("d-note", NOW)
    assert found is not None and found.read_version is None


def test_a_deleted_document_takes_its_versions_notes_and_comments_with_it(
    cache: CacheStore,
) -> None:
    _board_content(cache)

    cache.apply_page(page(delete("document", "d-note"), cursor="c3"))

    assert cache.document_versions("d-note") == [] and cache.annotations("d-note") == []
    assert cache.document_comments("d-note") == []
    assert [a.id for a in cache.actions(NOW.date())] == ["a-1"]


def test_the_file_state_of_another_document_is_its_own(cache: CacheStore) -> None:
    store_file(cache, PDF_SHA, PDF_BYTES)

    annex = cache.document_detail("d-annex", NOW)
    assert annex is not None and annex.file_state is not None
    assert annex.file_state.sha256 == OTHER_SHA and annex.file_state.status == MISSING
