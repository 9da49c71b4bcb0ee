"""Downloaded files in the encrypted cache (``desktop.cache.files``): chunks, reading, the size
budget, the organisation's retention rule, pins, and files no document names any more."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from desktop.cache import CacheStore
from desktop.cache.document_records import COMPLETE, FAILED, MISSING, PARTIAL, FileInfo, FileState
from desktop.cache.files import DEFAULT_BUDGET, FileConflict, FileStore
from desktop.cache.files_tidy import months_before
from protocol.models import Change
from tests.desktop.conftest import NOW, committee, delete, membership, page, upsert

TODAY = NOW.date()


def sha(n: int) -> str:
    return f"{n:064x}"


def organisation(retention_months: int | None = None) -> Change:
    data: dict[str, Any] = {"id": "org", "name": "Mutuelle des Tilleuls"}
    data["retention_months"] = retention_months
    return upsert("organisation", data)


def meeting(id_: str, starts_at: datetime) -> Change:
    return upsert(
        "meeting",
        {
            "id": id_,
            "committee_id": "c-board",
            "title": f"Conseil {id_}",
            "starts_at": starts_at.isoformat(),
            "status": "scheduled" if starts_at > NOW else "held",
        },
    )


def pdf_document(
    id_: str, n: int, size: int, meeting_id: str | None = None, days_ago: int = 1
) -> Change:
    published = (NOW - timedelta(days=days_ago)).isoformat()
    return upsert(
        "document",
        {
            "id": id_,
            "committee_id": "c-board",
            "title": f"Document {id_}",
            "body": "",
            "published_at": published,
            "updated_at": published,
            "format": "pdf",
            "file": {"sha256": sha(n), "size": size, "name": f"{id_}.pdf", "pages": 2},
            "meeting_id": meeting_id,
        },
    )


def old_version(document_id: str, n: int, size: int) -> Change:
    return upsert(
        "document_version",
        {
            "id": f"{document_id}:1",
            "document_id": document_id,
            "version": 1,
            "title": "Première version",
            "format": "pdf",
            "file": {"sha256": sha(n), "size": size},
            "published_at": (NOW - timedelta(days=90)).isoformat(),
        },
    )


def stored(files: FileStore, n: int, size: int, opened: datetime | None = None) -> None:
    """A complete file of ``size`` bytes, in chunks of 1,000, opened at ``opened``."""
    files.begin_file(sha(n), size, f'"{sha(n)}"')
    for offset in range(0, size, 1000):
        files.append_chunk(sha(n), offset, bytes([n % 256]) * min(1000, size - offset))
    files.complete_file(sha(n), NOW - timedelta(days=30))
    if opened is not None:
        assert files.read_file(sha(n), opened) is not None


@pytest.fixture
def files(store: CacheStore) -> FileStore:
    store.apply_page(
        page(organisation(), committee("c-board", "Conseil", "board"), membership("c-board"))
    )
    return FileStore(store)


def test_a_file_arrives_in_chunks_and_reads_back_whole_once_complete(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 1, 2500), cursor="c2"))
    assert files.file_state(sha(1)) == FileState(sha(1), 2500, 0, MISSING)

    files.begin_file(sha(1), 2500, '"etag-1"')
    assert files.append_chunk(sha(1), 0, b"a" * 1000) == 1000
    assert files.append_chunk(sha(1), 1000, b"b" * 1000) == 2000
    assert files.resume_point(sha(1)) == (2000, '"etag-1"')
    assert files.read_file(sha(1)) is None  # not complete: not readable
    with pytest.raises(FileConflict):
        files.complete_file(sha(1))
    with pytest.raises(FileConflict):
        files.append_chunk(sha(1), 1500, b"c")  # not where the file stands
    files.append_chunk(sha(1), 2000, b"c" * 500)
    files.complete_file(sha(1))

    assert files.file_state(sha(1)).status == COMPLETE
    assert files.read_file(sha(1)) == b"a" * 1000 + b"b" * 1000 + b"c" * 500
    assert files.resume_point(sha(1)) == (0, None)
    assert files.files_usage() == 2500


def test_failing_a_file_drops_its_bytes_and_beginning_again_starts_from_nothing(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 1, 3000), cursor="c2"))
    files.begin_file(sha(1), 3000, None)
    files.append_chunk(sha(1), 0, b"x" * 1000)

    files.fail_file(sha(1), "hash_mismatch")

    state = files.file_state(sha(1))
    assert (state.status, state.received, state.error) == (FAILED, 0, "hash_mismatch")
    assert files.file_chunks(sha(1)) == [] and files.files_usage() == 0
    files.begin_file(sha(1), 3000, None)
    assert files.file_state(sha(1)).status == PARTIAL
    assert files.file_state(sha(1)).error == ""


def test_a_deleted_documents_file_goes_with_it_at_once_unless_another_names_it(
    store: CacheStore, files: FileStore
) -> None:
    shared = pdf_document("d-3", 2, 1000)
    store.apply_page(page(pdf_document("d-1", 1, 2000), pdf_document("d-2", 2, 1000), shared))
    stored(files, 1, 2000)
    stored(files, 2, 1000)
    files.pin_document("d-1", True)

    store.apply_page(page(delete("document", "d-1"), delete("document", "d-2"), cursor="c3"))

    assert files.read_file(sha(1)) is None and files.file_chunks(sha(1)) == []
    assert files.file_state(sha(1)).status == MISSING and not files.is_pinned("d-1")
    assert files.files_usage() == 1000 and files.tidy_files(TODAY) == 0
    assert files.read_file(sha(2)) == b"\x02" * 1000  # d-3 names it still


def test_leaving_a_committee_drops_the_files_its_documents_and_versions_named(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 2, 1000), old_version("d-1", 1, 1000)))
    stored(files, 1, 1000)
    stored(files, 2, 1000)
    files.pin_document("d-1", True)

    store.apply_page(page(delete("committee", "c-board"), cursor="c3"))

    assert files.files_usage() == 0 and files.pinned_files() == set()
    assert files.file_chunks(sha(1)) == [] and files.file_chunks(sha(2)) == []


def test_a_reset_page_keeps_the_files_its_documents_bring_back(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 1, 1000)))
    stored(files, 1, 1000)

    store.apply_page(page(pdf_document("d-1", 1, 1000), delete("document", "d-9"), reset=True))

    assert files.read_file(sha(1)) == b"\x01" * 1000


def test_the_file_of_an_older_version_stays_while_its_document_is_there(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(pdf_document("d-1", 2, 1000), old_version("d-1", 1, 1000), cursor="c2"))
    stored(files, 1, 1000)
    stored(files, 2, 1000)

    assert files.tidy_files(TODAY) == 0
    assert files.file_info(sha(1)) == FileInfo(sha(1), 1000, "", 0)


def test_the_budget_defaults_to_two_gib_and_drops_the_least_recently_opened_first(
    store: CacheStore, files: FileStore
) -> None:
    assert files.file_budget() == DEFAULT_BUDGET == 2 * 1024**3
    store.apply_page(page(*(pdf_document(f"d-{n}", n, 1000) for n in range(1, 5)), cursor="c2"))
    stored(files, 1, 1000, opened=NOW - timedelta(days=1))
    stored(files, 2, 1000, opened=NOW - timedelta(days=9))  # the least recently opened
    stored(files, 3, 1000, opened=NOW - timedelta(days=5))
    stored(files, 4, 1000, opened=NOW)

    files.set_file_budget(2500)
    freed = files.tidy_files(TODAY)

    assert freed == 2000
    assert files.file_budget() == 2500 and files.files_usage() == 2000
    assert [files.file_state(sha(n)).status for n in range(1, 5)] == [
        COMPLETE,
        MISSING,
        MISSING,
        COMPLETE,
    ]


def test_the_budget_never_drops_a_pinned_documents_file_nor_one_being_fetched(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(page(*(pdf_document(f"d-{n}", n, 1000) for n in range(1, 4)), cursor="c2"))
    stored(files, 1, 1000, opened=NOW - timedelta(days=9))
    stored(files, 2, 1000, opened=NOW - timedelta(days=8))
    stored(files, 3, 1000, opened=NOW - timedelta(days=7))
    files.pin_document("d-1", True)
    assert files.is_pinned("d-1")

    files.set_file_budget(0)
    files.tidy_files(TODAY, keep=[sha(2)])

    assert [files.file_state(sha(n)).status for n in range(1, 4)] == [COMPLETE, COMPLETE, MISSING]
    files.pin_document("d-1", False)
    files.tidy_files(TODAY)
    assert files.files_usage() == 0


def test_retention_drops_files_of_meetings_older_than_the_rule_unless_pinned(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(
        page(
            organisation(retention_months=6),
            meeting("old", NOW - timedelta(days=250)),
            meeting("recent", NOW - timedelta(days=60)),
            pdf_document("d-old", 1, 1000, meeting_id="old"),
            pdf_document("d-old-pinned", 2, 1000, meeting_id="old"),
            pdf_document("d-recent", 3, 1000, meeting_id="recent"),
            pdf_document("d-loose", 4, 1000, days_ago=400),  # no meeting: not under the rule
            cursor="c2",
        )
    )
    for n in range(1, 5):
        stored(files, n, 1000)
    files.pin_document("d-old-pinned", True)

    assert files.tidy_files(TODAY) == 1000

    assert [files.file_state(sha(n)).status for n in range(1, 5)] == [
        MISSING,
        COMPLETE,
        COMPLETE,
        COMPLETE,
    ]


def test_without_a_retention_rule_old_meetings_files_stay(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(
        page(
            organisation(retention_months=6),
            meeting("old", NOW - timedelta(days=400)),
            pdf_document("d-old", 1, 1000, meeting_id="old"),
            cursor="c2",
        )
    )
    stored(files, 1, 1000)
    store.apply_page(page(organisation(retention_months=None), cursor="c3"))

    assert files.tidy_files(TODAY) == 0
    assert files.file_state(sha(1)).status == COMPLETE


def test_missing_files_come_pinned_first_then_upcoming_meetings_soonest_then_newest(
    store: CacheStore, files: FileStore
) -> None:
    store.apply_page(
        page(
            meeting("next-month", NOW + timedelta(days=30)),
            meeting("next-week", NOW + timedelta(days=7)),
            meeting("past", NOW - timedelta(days=7)),
            pdf_document("d-new", 1, 10, days_ago=1),
            pdf_document("d-old", 2, 10, days_ago=50),
            pdf_document("d-month", 3, 10, meeting_id="next-month"),
            pdf_document("d-week", 4, 10, meeting_id="next-week"),
            pdf_document("d-past", 5, 10, meeting_id="past", days_ago=10),
            pdf_document("d-pinned", 6, 10, days_ago=300),
            pdf_document("d-done", 7, 10),
            cursor="c2",
        )
    )
    files.pin_document("d-pinned", True)
    stored(files, 7, 10)

    assert files.missing_files(NOW) == [sha(6), sha(4), sha(3), sha(1), sha(5), sha(2)]


def test_months_before_keeps_the_day_or_the_last_of_a_shorter_month() -> None:
    assert months_before(date(2025, 3, 14), 6) == date(2024, 9, 14)
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_before(date(2025, 1, 15), 13) == date(2023, 12, 15)
