"""Downloading one published file (``GET /v1/files/{sha256}``) into the encrypted cache.

The body is streamed with httpx and written as it arrives, in chunks of ``CHUNK_SIZE``, through
a ``FileSink`` (``desktop.cache.files.FileStore``): nothing is ever written to a file of its
own. A partial file resumes with ``Range: bytes=<received>-`` and ``If-Range: <its ETag>``; a
``200`` to that (the file changed), a ``206`` with another ETag or from another offset, or a
``416`` starts again cleanly from the first byte. The sha256 of the whole file is checked at the
end: a mismatch fails the file and drops its bytes.

``fetch`` returns the file's state when it is complete, or failed for good (not found, hash
mismatch). It raises ``desktop.sync.errors`` for what a later try may mend (no answer, server
error, sign-in needed, cancelled): the bytes received so far stay, to resume. No Qt.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

import httpx

from desktop import __version__
from desktop.cache.document_records import FileState
from desktop.sync.api import error_for
from desktop.sync.errors import ApiError, AuthRequired, ServerError, ServerUnreachable, SyncError
from protocol.version import APP_VERSION_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION

log = logging.getLogger(__name__)

FILES_PATH = "/v1/files"
#: Bytes per stored chunk, and chunks written per transaction (fewer disk syncs; the sync
#: thread waits at most one such write for the cache).
CHUNK_SIZE = 256 * 1024
CHUNKS_PER_COMMIT = 8
#: Why a file failed when its bytes are not those its sha256 names.
HASH_MISMATCH = "hash_mismatch"
#: Restarts from the first byte allowed within one fetch (the file changed under us).
MAX_RESTARTS = 2


class DownloadCancelled(SyncError):
    """The member (or the app closing) stopped the download; what arrived stays, to resume."""

    code = "cancelled"
    temporary = True


class _Restart(Exception):
    """The server's answer does not continue what is stored: start from the first byte."""


class FileSink(Protocol):
    """What the downloader needs of the cache (``desktop.cache.files.FileQueries``)."""

    def file_state(self, sha256: str) -> FileState: ...

    def resume_point(self, sha256: str) -> tuple[int, str | None]: ...

    def file_chunks(self, sha256: str) -> list[bytes]: ...

    def begin_file(self, sha256: str, size: int, etag: str | None) -> None: ...

    def append_chunks(self, sha256: str, offset: int, pieces: Sequence[bytes]) -> int: ...

    def complete_file(self, sha256: str) -> None: ...

    def fail_file(self, sha256: str, error: str, size: int | None = None) -> None: ...

    def note_file_error(self, sha256: str, error: str) -> None: ...

    def reset_file(self, sha256: str) -> None: ...


class FileDownloader:
    """Fetches files into a ``FileSink`` over the app's ``httpx.Client`` (its base URL and
    timeouts). ``token`` gives the member's current token. Thread-safe as httpx and the sink."""

    def __init__(
        self,
        http: httpx.Client,
        files: FileSink,
        token: Callable[[], str | None],
        chunk_size: int = CHUNK_SIZE,
        chunks_per_commit: int = CHUNKS_PER_COMMIT,
    ) -> None:
        self._http = http
        self._files = files
        self._token = token
        self._chunk_size = chunk_size
        self._chunks_per_commit = max(1, chunks_per_commit)

    def fetch(
        self,
        sha256: str,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> FileState:
        """Download (or finish downloading) one file. ``progress(received)`` after each chunk
        stored. Returns the complete or failed state; raises SyncError (see the module)."""
        for _ in range(MAX_RESTARTS + 1):
            try:
                return self._attempt(sha256, progress, cancelled or _never)
            except _Restart as why:
                log.info("file %s: starting again (%s)", sha256[:12], why)
                self._files.reset_file(sha256)
        raise ServerError("The server's answers for this file do not agree with each other.")

    # --- one request -------------------------------------------------------------------------

    def _attempt(
        self,
        sha256: str,
        progress: Callable[[int], None] | None,
        cancelled: Callable[[], bool],
    ) -> FileState:
        received, etag = self._files.resume_point(sha256)
        hasher = hashlib.sha256()
        if received:
            kept = self._files.file_chunks(sha256)
            if sum(map(len, kept)) != received:
                raise _Restart("the stored chunks do not add up")
            for chunk in kept:
                hasher.update(chunk)
        if cancelled():
            raise DownloadCancelled()
        # Never compressed (PDFs are already): the bytes counted are the file's.
        headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            APP_VERSION_HEADER: __version__,
            "Accept-Encoding": "identity",
        }
        token = self._token()
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if received and etag:
            headers["Range"] = f"bytes={received}-"
            headers["If-Range"] = etag
        elif received:
            raise _Restart("no ETag to resume with")
        try:
            with self._http.stream("GET", f"{FILES_PATH}/{sha256}", headers=headers) as response:
                total = self._start(sha256, response, received, etag)
                if response.status_code == 200 and received:
                    received, hasher = 0, hashlib.sha256()
                received = self._receive(
                    sha256, response, received, total, hasher, progress, cancelled
                )
        except _TooLong:
            log.warning("file %s: longer than its size, bytes dropped", sha256[:12])
            return self._files.file_state(sha256)
        except httpx.TransportError as exc:
            log.info("file %s: cut at %s bytes (%s)", sha256[:12], received, type(exc).__name__)
            self._files.note_file_error(sha256, ServerUnreachable.code)
            raise ServerUnreachable(f"The download was cut ({type(exc).__name__}).") from exc
        if received != total:
            self._files.note_file_error(sha256, ServerError.code)
            raise ServerError("The server's answer ended before the end of the file.")
        if hasher.hexdigest() != sha256:
            log.warning("file %s: hash mismatch, bytes dropped", sha256[:12])
            self._files.fail_file(sha256, HASH_MISMATCH, total)
            return self._files.file_state(sha256)
        self._files.complete_file(sha256)
        return self._files.file_state(sha256)

    def _start(self, sha256: str, response: httpx.Response, received: int, etag: str | None) -> int:
        """Check the answer's status and headers; returns the file's total size."""
        status = response.status_code
        if status == 416:
            raise _Restart("range not satisfiable")
        if status not in (200, 206):
            response.read()
            error = error_for(response)
            if isinstance(error, ApiError) and not isinstance(error, AuthRequired):
                self._files.fail_file(sha256, error.code)
            elif isinstance(error, SyncError):
                self._files.note_file_error(sha256, error.code)
            raise error
        new_etag = response.headers.get("ETag")
        if status == 200:
            total = _int_header(response.headers.get("Content-Length"))
            if total is None:
                raise ServerError("The server did not say the file's size.")
            self._files.begin_file(sha256, total, new_etag)
            return total
        # 206: it must continue exactly what is stored, from the same version of the file.
        start, total = _content_range(response.headers.get("Content-Range"))
        if not received or start != received or total is None or new_etag != etag:
            raise _Restart("the partial answer does not continue what is stored")
        return total

    def _receive(
        self,
        sha256: str,
        response: httpx.Response,
        received: int,
        total: int,
        hasher: hashlib._Hash,
        progress: Callable[[int], None] | None,
        cancelled: Callable[[], bool],
    ) -> int:
        """Stream the body into the cache; returns the bytes stored. The network is read while
        the previous batch is written (one write in flight at most, on a helper thread)."""
        with _Spooler(self._files, sha256, received, self._chunk_size, progress) as spool:
            batch = self._chunk_size * self._chunks_per_commit
            try:
                for data in response.iter_bytes():
                    hasher.update(data)
                    if spool.queued + len(data) > total:
                        spool.drain()
                        self._files.fail_file(sha256, HASH_MISMATCH, total)
                        raise _TooLong()
                    spool.add(data, batch)
                    if cancelled():
                        spool.drain()
                        raise DownloadCancelled()
            except httpx.TransportError:
                spool.drain()  # what arrived before the cut is good: kept, to resume from there
                raise
            return spool.drain()


class _Spooler:
    """Buffers a body and writes it to the cache in batches of whole chunks, each batch on a
    helper thread while the next one arrives."""

    def __init__(
        self,
        files: FileSink,
        sha256: str,
        received: int,
        chunk_size: int,
        progress: Callable[[int], None] | None,
    ) -> None:
        self._files = files
        self._sha256 = sha256
        self._chunk_size = chunk_size
        self._progress = progress
        self._buffer = bytearray()
        self._stored = received
        self._in_flight: Future[int] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quorum-file-write")
        #: Bytes handed to the cache so far (stored or being written).
        self.queued = received

    def __enter__(self) -> _Spooler:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._pool.shutdown(wait=True)

    def add(self, data: bytes, batch: int) -> None:
        self._buffer += data
        if len(self._buffer) >= batch:
            self._write(len(self._buffer) - len(self._buffer) % self._chunk_size)

    def drain(self) -> int:
        """Write what is buffered and wait for every write; returns the bytes stored."""
        if self._buffer:
            self._write(len(self._buffer))
        self._wait()
        return self._stored

    def _write(self, end: int) -> None:
        size = self._chunk_size
        with memoryview(self._buffer) as view:  # one copy per piece, not two
            pieces = [bytes(view[i : min(i + size, end)]) for i in range(0, end, size)]
        del self._buffer[:end]
        self._wait()
        offset, self.queued = self.queued, self.queued + end
        self._in_flight = self._pool.submit(self._store, offset, pieces)

    def _store(self, offset: int, pieces: list[bytes]) -> int:
        stored = self._files.append_chunks(self._sha256, offset, pieces)
        if self._progress is not None:
            self._progress(stored)
        return stored

    def _wait(self) -> None:
        if self._in_flight is not None:
            in_flight, self._in_flight = self._in_flight, None
            self._stored = in_flight.result()


class _TooLong(Exception):
    """The server sent more bytes than the file has."""


def _never() -> bool:
    return False


def _int_header(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def _content_range(value: str | None) -> tuple[int | None, int | None]:
    """(first byte, total size) of ``bytes a-b/size``."""
    if not value or not value.startswith("bytes "):
        return None, None
    span, _, size = value[len("bytes ") :].partition("/")
    first, _, _last = span.partition("-")
    return _int_header(first), _int_header(size)
