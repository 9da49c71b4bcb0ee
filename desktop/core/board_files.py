"""Board files for the UI (``desktop.core.documents_api.BoardFilesApi``): what is ready offline,
the bytes of a file for the viewer, downloads with progress, pins, the size budget and the
retention rule.

The bytes live only in the encrypted cache (``desktop.cache.files``); ``read`` joins them in
memory for the viewer, nothing is written anywhere else. ``download`` fetches one file after the
other through ``desktop.sync.files.FileDownloader`` and never raises for one file: each ends
complete or failed with a stable ``error`` code. A failure that would fail every file after it
(no answer, sign-in needed, another protocol, cancelled) stops the batch: the rest are reported
failed with the same code, untouched. A file cut by the network keeps what arrived (its state is
``partial`` again in ``state``): the next download resumes it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future
from contextlib import ExitStack
from datetime import UTC, date, datetime
from typing import Protocol

from desktop.cache.document_records import COMPLETE, FAILED, FileState
from desktop.cache.errors import CacheError
from desktop.core.documents_api import DocumentsError, Progress
from desktop.sync.errors import (
    AuthRequired,
    ProtocolMismatch,
    ServerUnreachable,
    SyncError,
)
from desktop.sync.files import DownloadCancelled, FileDownloader

#: ``read`` of a file not (yet) complete in the cache.
FILE_NOT_READY = "file_not_ready"
#: A download with no server (the app opened offline).
OFFLINE = ServerUnreachable.code
#: The cache changed under a download (the file was reset or dropped meanwhile).
FILE_CONFLICT = "file_conflict"
#: Failures that every following file would meet too: the batch stops.
_STOPPING = (ServerUnreachable, AuthRequired, ProtocolMismatch, DownloadCancelled)


class FileCache(Protocol):
    """What this needs of the cache (``desktop.cache.files.FileStore``)."""

    def file_state(self, sha256: str, size: int = 0) -> FileState: ...

    def read_file(self, sha256: str, now: datetime | None = None) -> bytes | None: ...

    def missing_files(self, now: datetime | None = None) -> list[str]: ...

    def pin_document(self, document_id: str, pinned: bool, now: datetime | None = None) -> None: ...

    def pinned_files(self) -> set[str]: ...

    def retention_months(self) -> int | None: ...

    def files_usage(self) -> int: ...

    def file_budget(self) -> int: ...

    def set_file_budget(self, budget_bytes: int) -> None: ...

    def tidy_files(self, today: date | None = None, keep: Collection[str] = ()) -> int: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class BoardFiles:
    """``BoardFilesApi`` over the cache and a downloader (None: offline, downloads fail)."""

    def __init__(
        self,
        files: FileCache,
        downloader: FileDownloader | None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._files = files
        self._downloader = downloader
        self._clock = clock

    def state(self, sha256: str) -> FileState:
        return self._files.file_state(sha256)

    def read(self, sha256: str) -> bytes:
        data = self._files.read_file(sha256, self._clock())
        if data is None:
            raise DocumentsError(FILE_NOT_READY, "This document is not downloaded yet.")
        return data

    def download(
        self,
        sha256s: Sequence[str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[FileState]:
        wanted = list(dict.fromkeys(sha256s))
        states = {sha256: self._files.file_state(sha256) for sha256 in wanted}
        total = sum(state.size for state in states.values())
        received = {
            sha256: state.received if state.status != FAILED else 0
            for sha256, state in states.items()
        }

        def report(sha256: str) -> Callable[[int], None]:
            def advance(count: int) -> None:
                received[sha256] = count
                if progress is not None:
                    progress(sum(received.values()), total)

            return advance

        if progress is not None:
            progress(sum(received.values()), total)
        stopped: SyncError | None = None if self._downloader else ServerUnreachable()
        results: list[FileState | Future[FileState]] = []
        with ExitStack() as stack:
            to_fetch = [sha256 for sha256 in wanted if states[sha256].status != COMPLETE]
            batch = (
                None
                if self._downloader is None
                else stack.enter_context(self._downloader.batch(to_fetch))
            )
            for sha256 in wanted:
                if states[sha256].status == COMPLETE:
                    results.append(states[sha256])
                    continue
                if stopped is None and cancelled is not None and cancelled():
                    stopped = DownloadCancelled()
                if stopped is not None or batch is None:
                    results.append(self._failed(sha256, (stopped or ServerUnreachable()).code))
                    continue
                try:
                    # The file's last writes overlap the next file's request.
                    results.append(batch.fetch(sha256, report(sha256), cancelled))
                except SyncError as exc:
                    results.append(self._failed(sha256, exc.code))
                    if isinstance(exc, _STOPPING):
                        stopped = exc
                except CacheError:
                    results.append(self._failed(sha256, FILE_CONFLICT))
        finished = [
            self._stored(sha256, result) for sha256, result in zip(wanted, results, strict=True)
        ]
        self._files.tidy_files(self._clock().date(), keep=wanted)
        return finished

    def missing(self) -> list[str]:
        return self._files.missing_files(self._clock())

    def pin(self, document_id: str, pinned: bool) -> None:
        self._files.pin_document(document_id, pinned, self._clock())

    def pinned(self) -> set[str]:
        return self._files.pinned_files()

    def retention_months(self) -> int | None:
        return self._files.retention_months()

    def usage(self) -> tuple[int, int]:
        return self._files.files_usage(), self._files.file_budget()

    def set_budget(self, budget_bytes: int) -> None:
        self._files.set_file_budget(budget_bytes)

    def tidy(self, today: date | None = None) -> int:
        return self._files.tidy_files(today or self._clock().date())

    def _stored(self, sha256: str, result: FileState | Future[FileState]) -> FileState:
        """A file's final state (its writes are over: the batch has ended)."""
        if not isinstance(result, Future):
            return result
        try:
            return result.result()
        except CacheError:
            return self._failed(sha256, FILE_CONFLICT)

    def _failed(self, sha256: str, code: str) -> FileState:
        """The file's state as stored, reported failed with ``code`` (a partial file keeps its
        bytes, to resume)."""
        stored = self._files.file_state(sha256)
        return FileState(sha256, stored.size, stored.received, FAILED, code)
