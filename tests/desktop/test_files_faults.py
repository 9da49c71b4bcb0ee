"""Downloading files when the server misbehaves (``desktop.sync.files`` and
``desktop.core.board_files``): a server that ignores ``If-Range``, a range it will not serve,
errors half way, too many bytes, no network. The happy paths and the cut against the real server
are in ``tests/integration/test_file_download.py``; here ``FileServer`` (an
``httpx.MockTransport``) serves the bytes with honest ranges and the faults each test asks."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest

from desktop.cache import CacheStore
from desktop.cache.document_records import COMPLETE, FAILED, MISSING, PARTIAL
from desktop.cache.files import FileStore
from desktop.core.board_files import BoardFiles
from desktop.sync.files import HASH_MISMATCH, FileDownloader
from protocol.models import Change
from tests.desktop.conftest import NOW, committee, membership, page, upsert

CHUNK = 1000
BODIES = [bytes(range(256)) * 20, b"%PDF-1.7 " * 500, b"\x00\x01" * 1500]
SHAS = [hashlib.sha256(body).hexdigest() for body in BODIES]

Fault = Callable[[httpx.Request, int], httpx.Response | None]


class FileServer:
    """Serves ``BODIES`` by sha256 with ``Range`` and ``If-Range``; ``fault(request, n)`` may
    answer instead (``n``: how many file requests came before)."""

    def __init__(self) -> None:
        self.fault: Fault | None = None
        self.cut_after: int | None = None  # the next answer stops after this many bytes
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        count = len(self.requests)
        self.requests.append(request)
        if self.fault is not None and (answer := self.fault(request, count)) is not None:
            return answer
        sha = request.url.path.rsplit("/", 1)[-1]
        body = BODIES[SHAS.index(sha)]
        etag = f'"{sha}"'
        headers = {"ETag": etag, "Accept-Ranges": "bytes"}
        wanted = re.fullmatch(r"bytes=(\d+)-", request.headers.get("Range", ""))
        if wanted and request.headers.get("If-Range") in (None, etag):
            first = int(wanted.group(1))
            if first >= len(body):
                headers["Content-Range"] = f"bytes */{len(body)}"
                return httpx.Response(416, headers=headers, json=_error("range_not_satisfiable"))
            headers["Content-Range"] = f"bytes {first}-{len(body) - 1}/{len(body)}"
            return self._answer(206, headers, body[first:])
        return self._answer(200, headers, body)

    def _answer(self, status: int, headers: dict[str, str], body: bytes) -> httpx.Response:
        headers["Content-Length"] = str(len(body))
        if self.cut_after is not None:
            limit, self.cut_after = self.cut_after, None
            return httpx.Response(status, headers=headers, stream=_CutStream(body, limit))
        return httpx.Response(status, headers=headers, content=body)


class _CutStream(httpx.SyncByteStream):
    def __init__(self, body: bytes, limit: int) -> None:
        self._body = body
        self._limit = limit

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield self._body[: self._limit]
        raise httpx.ReadError("connection reset by peer")


def _error(code: str) -> dict[str, str]:
    return {"code": code, "message": "Refused."}


def pdf_document(n: int) -> Change:
    when = (NOW - timedelta(days=n)).isoformat()
    return upsert(
        "document",
        {
            "id": f"d-{n}",
            "committee_id": "c-board",
            "title": f"Annexe {n}",
            "body": "",
            "published_at": when,
            "updated_at": when,
            "format": "pdf",
            "file": {"sha256": SHAS[n], "size": len(BODIES[n])},
        },
    )


@pytest.fixture
def server() -> FileServer:
    return FileServer()


@pytest.fixture
def files(signed_in: CacheStore) -> FileStore:
    signed_in.apply_page(
        page(
            committee("c-board", "Conseil", "board"),
            membership("c-board"),
            *(pdf_document(n) for n in range(len(BODIES))),
        )
    )
    return FileStore(signed_in)


@pytest.fixture
def board(files: FileStore, server: FileServer, signed_in: CacheStore) -> BoardFiles:
    http = httpx.Client(
        base_url="https://quorum.test", transport=httpx.MockTransport(server.handle)
    )
    return BoardFiles(files, FileDownloader(http, files, signed_in.token, chunk_size=CHUNK))


def cut_first_file(board: BoardFiles, server: FileServer) -> int:
    server.cut_after = 2500
    (state,) = board.download([SHAS[0]])
    assert state.status == FAILED and board.state(SHAS[0]).status == PARTIAL
    return board.state(SHAS[0]).received


def test_the_token_and_protocol_go_with_every_file_request(
    board: BoardFiles, server: FileServer
) -> None:
    (state,) = board.download([SHAS[1]])

    assert state.status == COMPLETE
    sent = server.requests[0].headers
    assert sent["Authorization"] == "Bearer token-1" and "X-Quorum-Protocol" in sent
    assert sent["Accept-Encoding"] == "identity"
    assert board.read(SHAS[1]) == BODIES[1]


def test_a_partial_answer_with_another_etag_restarts_from_the_first_byte(
    board: BoardFiles, server: FileServer
) -> None:
    received = cut_first_file(board, server)
    assert received == 2500  # whole chunks and the piece before the cut: all kept

    def ignores_if_range(request: httpx.Request, _n: int) -> httpx.Response | None:
        if "Range" not in request.headers:
            return None
        body = BODIES[0][received:]
        headers = {
            "ETag": '"another"',
            "Content-Range": f"bytes {received}-{len(BODIES[0]) - 1}/{len(BODIES[0])}",
        }
        return httpx.Response(206, headers=headers, content=body)

    server.fault = ignores_if_range
    (state,) = board.download([SHAS[0]])

    assert state.status == COMPLETE
    assert [r.headers.get("Range") for r in server.requests[1:]] == [f"bytes={received}-", None]
    assert board.read(SHAS[0]) == BODIES[0]


def test_a_range_the_server_cannot_serve_restarts_from_the_first_byte(
    board: BoardFiles, server: FileServer, files: FileStore
) -> None:
    cut_first_file(board, server)
    server.fault = lambda request, _n: (
        httpx.Response(416, headers={"Content-Range": "bytes */5120"}, json=_error("x"))
        if "Range" in request.headers
        else None
    )

    (state,) = board.download([SHAS[0]])

    assert state.status == COMPLETE and board.read(SHAS[0]) == BODIES[0]


def test_a_server_error_fails_that_file_keeps_its_bytes_and_the_next_files_still_come(
    board: BoardFiles, server: FileServer
) -> None:
    received = cut_first_file(board, server)
    server.fault = lambda request, _n: (
        httpx.Response(500, json=_error("internal")) if SHAS[0] in request.url.path else None
    )

    states = board.download([SHAS[0], SHAS[1]])

    assert [(s.status, s.error) for s in states] == [(FAILED, "server_error"), (COMPLETE, "")]
    kept = board.state(SHAS[0])
    assert (kept.status, kept.received, kept.error) == (PARTIAL, received, "server_error")


def test_no_network_stops_the_batch_after_the_first_file(
    board: BoardFiles, server: FileServer
) -> None:
    def unreachable(request: httpx.Request, _n: int) -> httpx.Response:
        raise httpx.ConnectError("network is unreachable", request=request)

    server.fault = unreachable
    states = board.download(SHAS)

    assert [s.error for s in states] == ["server_unreachable"] * 3
    assert len(server.requests) == 1
    assert board.state(SHAS[2]).status == MISSING


def test_a_token_no_longer_valid_stops_the_batch_and_keeps_what_arrived(
    board: BoardFiles, server: FileServer
) -> None:
    received = cut_first_file(board, server)
    server.fault = lambda _request, _n: httpx.Response(401, json=_error("unauthenticated"))

    states = board.download(SHAS)

    assert [s.error for s in states] == ["unauthenticated"] * 3
    assert board.state(SHAS[0]).received == received


def test_more_bytes_than_the_file_has_fail_it_and_drop_them(
    board: BoardFiles, server: FileServer, files: FileStore
) -> None:
    server.fault = lambda _request, _n: httpx.Response(
        200,
        headers={"ETag": f'"{SHAS[2]}"', "Content-Length": str(len(BODIES[2]))},
        stream=httpx.ByteStream(BODIES[2] + b"trailing"),
    )

    (state,) = board.download([SHAS[2]])

    assert (state.status, state.error, state.received) == (FAILED, HASH_MISMATCH, 0)
    assert files.file_chunks(SHAS[2]) == []


def test_offline_every_file_fails_unreachable_and_nothing_is_asked(files: FileStore) -> None:
    offline = BoardFiles(files, None)

    states = offline.download(SHAS[:2])

    assert [(s.status, s.error) for s in states] == [(FAILED, "server_unreachable")] * 2
    assert offline.usage() == (0, 2 * 1024**3)


def test_a_complete_file_is_not_asked_again(board: BoardFiles, server: FileServer) -> None:
    board.download([SHAS[1]])

    (state,) = board.download([SHAS[1]])

    assert state.status == COMPLETE and len(server.requests) == 1


class _SlowToComplete(FileStore):
    """The real store, where completing a file waits (up to 5 s) until the next file was
    asked for: only a downloader that asks for the next file meanwhile gets through at once."""

    def __init__(self, store: CacheStore, server: FileServer) -> None:
        super().__init__(store)
        self._server = server
        self.asked_before_complete: list[int] = []

    def complete_file(self, sha256: str, now: object = None) -> None:
        index = SHAS.index(sha256)
        waited = 0.0
        while len(self._server.requests) <= index + 1 < len(SHAS) and waited < 5:
            time.sleep(0.01)
            waited += 0.01
        self.asked_before_complete.append(len(self._server.requests))
        super().complete_file(sha256)


def test_the_next_file_is_asked_for_while_the_last_one_is_still_being_stored(
    files: FileStore, server: FileServer, signed_in: CacheStore
) -> None:
    slow = _SlowToComplete(signed_in, server)
    http = httpx.Client(
        base_url="https://quorum.test", transport=httpx.MockTransport(server.handle)
    )
    board = BoardFiles(slow, FileDownloader(http, slow, signed_in.token, chunk_size=CHUNK))
    seen: list[tuple[int, int]] = []

    states = board.download(SHAS, progress=lambda done, total: seen.append((done, total)))

    assert [state.status for state in states] == [COMPLETE] * len(SHAS)
    # Each file but the last was complete only after the request for the next one went out.
    asked = slow.asked_before_complete
    assert len(asked) == len(SHAS) and all(n >= i + 2 for i, n in enumerate(asked[:-1]))
    assert [board.read(sha) for sha in SHAS] == BODIES
    assert seen[-1] == (sum(map(len, BODIES)), sum(map(len, BODIES)))


def test_a_file_that_moved_on_since_the_batch_began_resumes_from_where_it_stands_now(
    board: BoardFiles, server: FileServer, files: FileStore, signed_in: CacheStore
) -> None:
    received = cut_first_file(board, server)
    http = httpx.Client(
        base_url="https://quorum.test", transport=httpx.MockTransport(server.handle)
    )
    downloader = FileDownloader(http, files, signed_in.token, chunk_size=CHUNK)
    with downloader.batch([SHAS[0]]) as batch:  # reads where the file stands: 2500
        # Meanwhile another download of the same file (the reader's) stores 500 more bytes.
        files.append_chunks(SHAS[0], received, [BODIES[0][received : received + 500]])
        state = batch.fetch(SHAS[0]).result()

    assert state.status == COMPLETE and board.read(SHAS[0]) == BODIES[0]
    assert server.requests[-1].headers.get("Range") == f"bytes={received + 500}-"
