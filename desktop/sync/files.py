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

A board pack is many files: ``batch()`` fetches them one after the other with ONE writer thread,
and a file's last writes and its completion (hash checked, marked complete) overlap the next
file's request (``DownloadBatch.fetch`` returns a future of the file's state). Waiting for each
file's last batch to be stored was a third of a pack's download (``bench.pdf_sync``).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
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


#: Why a restart: the stored chunks do not add up to where the file was said to stand.
_MOVED = "the stored chunks do not add up"


class _Restart(Exception):
    """The server's answer does not continue what is stored: start from the first byte."""


class FileSink(Protocol):
    """What the downloader needs of the cache (``desktop.cache.files.FileStore``)."""

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
        """Download (or finish downloading) one file and wait until it is stored.
        ``progress(received)`` after each chunk stored. Returns the complete or failed state;
        raises SyncError (see the module)."""
        with self.batch() as batch:
            return batch.fetch(sha256, progress, cancelled).result()

    @contextmanager
    def batch(self, sha256s: Sequence[str] = ()) -> Iterator[DownloadBatch]:
        """Several files, one after the other, over one writer thread (see the module); where
        each of ``sha256s`` stands is read once, now, so that asking for the next file never
        waits for the writer. On leaving, every file's writes are over."""
        resume = {sha256: self._files.resume_point(sha256) for sha256 in sha256s}
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quorum-file-write")
        try:
            yield DownloadBatch(self, pool, resume)
        finally:
            pool.shutdown(wait=True)


class DownloadBatch:
    """Files fetched in turn by ``FileDownloader.batch``; their writes in order on one thread."""

    def __init__(
        self,
        downloader: FileDownloader,
        pool: ThreadPoolExecutor,
        resume: dict[str, tuple[int, str | None]],
    ) -> None:
        self._downloader = downloader
        self._files = downloader._files
        self._pool = pool
        self._resume = resume  # read before any write of the batch

    def fetch(
        self,
        sha256: str,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Future[FileState]:
        """Receive one file; returns once its bytes are all read from the network (the next
        file may be asked for), with the future of its state once stored: complete or failed.
        Raises SyncError as ``fetch``; the future raises CacheError when the cache changed
        under the download."""
        resume = self._resume.pop(sha256, None)
        for _ in range(MAX_RESTARTS + 1):
            try:
                fresh = resume is None
                if resume is None:
                    resume = self._files.resume_point(sha256)
                return self._attempt(sha256, resume, progress, cancelled or _never)
            except _Restart as why:
                if not fresh and why.args == (_MOVED,):  # read at the batch's start: again
                    resume = None
                    continue
                log.info("file %s: starting again (%s)", sha256[:12], why)
                self._files.reset_file(sha256)
                resume = (0, None)
        raise ServerError("The server's answers for this file do not agree with each other.")

    # --- one request -------------------------------------------------------------------------

    def _attempt(
        self,
        sha256: str,
        resume: tuple[int, str | None],
        progress: Callable[[int], None] | None,
        cancelled: Callable[[], bool],
    ) -> Future[FileState]:
        received, etag = resume
        hasher = hashlib.sha256()
        if received:
            kept = self._files.file_chunks(sha256)
            if sum(map(len, kept)) != received:
                raise _Restart(_MOVED)
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
        token = self._downloader._token()
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if received and etag:
            headers["Range"] = f"bytes={received}-"
            headers["If-Range"] = etag
        elif received:
            raise _Restart("no ETag to resume with")
        http = self._downloader._http
        try:
            with http.stream("GET", f"{FILES_PATH}/{sha256}", headers=headers) as response:
                total, begun = self._start(sha256, response, received, etag)
                if response.status_code == 200 and received:
                    received, hasher = 0, hashlib.sha256()
                spool = _Spooler(
                    self._files, self._pool, sha256, received, begun, self._downloader._chunk_size
                )
                spool.progress = progress
                self._receive(response, spool, total, hasher, cancelled)
        except _TooLong:
            log.warning("file %s: longer than its size, bytes dropped", sha256[:12])
            return self._pool.submit(self._files.file_state, sha256)
        except httpx.TransportError as exc:
            log.info("file %s: cut (%s)", sha256[:12], type(exc).__name__)
            self._files.note_file_error(sha256, ServerUnreachable.code)
            raise ServerUnreachable(f"The download was cut ({type(exc).__name__}).") from exc
        if spool.queued + spool.buffered != total:
            spool.drain()  # what arrived is good: kept, to resume
            self._files.note_file_error(sha256, ServerError.code)
            raise ServerError("The server's answer ended before the end of the file.")
        return self._pool.submit(self._finish, spool, sha256, total, hasher.hexdigest())

    def _finish(self, spool: _Spooler, sha256: str, total: int, digest: str) -> FileState:
        """On the writer thread, after this file's earlier writes: the last bytes, then the
        hash."""
        spool.write_rest_here()
        if digest != sha256:
            log.warning("file %s: hash mismatch, bytes dropped", sha256[:12])
            self._files.fail_file(sha256, HASH_MISMATCH, total)
            return self._files.file_state(sha256)
        self._files.complete_file(sha256)
        return self._files.file_state(sha256)

    def _start(
        self, sha256: str, response: httpx.Response, received: int, etag: str | None
    ) -> tuple[int, Future[int] | None]:
        """Check the answer's status and headers; returns the file's total size, and for a
        whole file, the future of its start in the cache (on the writer thread, after the
        previous file's writes)."""
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
            return total, self._pool.submit(self._begin, sha256, total, new_etag)
        # 206: it must continue exactly what is stored, from the same version of the file.
        start, total = _content_range(response.headers.get("Content-Range"))
        if not received or start != received or total is None or new_etag != etag:
            raise _Restart("the partial answer does not continue what is stored")
        return total, None

    def _begin(self, sha256: str, total: int, etag: str | None) -> int:
        self._files.begin_file(sha256, total, etag)
        return 0  # bytes stored

    def _receive(
        self,
        response: httpx.Response,
        spool: _Spooler,
        total: int,
        hasher: hashlib._Hash,
        cancelled: Callable[[], bool],
    ) -> None:
        """Stream the body into the cache, the network read while the previous batch is
        written (one write of this file in flight at most, on the batch's writer thread). The
        body's last bytes stay in ``spool``: ``_finish`` writes them."""
        sha256 = spool.sha256
        batch = self._downloader._chunk_size * self._downloader._chunks_per_commit
        try:
            for data in response.iter_bytes():
                hasher.update(data)
                if spool.queued + spool.buffered + len(data) > total:
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


class _Spooler:
    """Buffers a body and writes it to the cache in batches of whole chunks, each batch on the
    writer thread while the next one arrives."""

    def __init__(
        self,
        files: FileSink,
        pool: ThreadPoolExecutor,
        sha256: str,
        received: int,
        begun: Future[int] | None = None,
        size: int = CHUNK_SIZE,
    ) -> None:
        self._files = files
        self._pool = pool
        self.sha256 = sha256
        self._chunk_size = size
        self._buffer = bytearray()
        self._stored = received
        self._in_flight: Future[int] | None = begun  # the file's start, when it is written
        self.progress: Callable[[int], None] | None = None
        #: Bytes handed to the cache so far (stored or being written).
        self.queued = received

    @property
    def buffered(self) -> int:
        return len(self._buffer)

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

    def write_rest_here(self) -> int:
        """On the writer thread itself (its earlier writes are over): the buffered bytes."""
        self._wait()  # done already: raises what it raised
        if self._buffer:
            offset, pieces = self.queued, self._pieces(len(self._buffer))
            self.queued += sum(map(len, pieces))
            self._stored = self._store(offset, pieces)
        return self._stored

    def _pieces(self, end: int) -> list[bytes]:
        size = self._chunk_size
        with memoryview(self._buffer) as view:  # one copy per piece, not two
            pieces = [bytes(view[i : min(i + size, end)]) for i in range(0, end, size)]
        del self._buffer[:end]
        return pieces

    def _write(self, end: int) -> None:
        pieces = self._pieces(end)
        self._wait()
        offset, self.queued = self.queued, self.queued + end
        self._in_flight = self._pool.submit(self._store, offset, pieces)

    def _store(self, offset: int, pieces: list[bytes]) -> int:
        stored = self._files.append_chunks(self.sha256, offset, pieces)
        if self.progress is not None:
            self.progress(stored)
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
