"""Downloading a published PDF into the encrypted cache, against the real server on loopback:
resuming a cut download, restarting when the file changed, failing on a hash mismatch.

Faults are injected by a transport in front of the live server (``FaultyTransport``): it cuts
an answer after some bytes, or alters what the server said."""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader, PdfWriter

from desktop.cache import CacheKey, CacheStore
from desktop.cache.document_records import COMPLETE, FAILED, MISSING, PARTIAL
from desktop.cache.files import FileStore
from desktop.core.board_files import BoardFiles
from desktop.core.documents_api import DocumentsError
from desktop.sync.api import ApiClient
from desktop.sync.engine import SyncEngine
from desktop.sync.files import HASH_MISMATCH, FileDownloader
from protocol.documents import DocumentPublishRequest
from server.embedded import LiveServer
from server.services import publishing
from tests.server.pdfs import make_pdf
from tests.serverkit import Account, ServerKit, SmallOrg, make_server

#: A chunk small enough that a PDF of a few hundred KB spans many of them.
CHUNK = 16 * 1024


def big_pdf(words: str, pages: int = 4, annex: int = 300_000) -> bytes:
    """A real PDF of its pages' text and an attached annex of ``annex`` random bytes (so it
    spans many chunks: PDF text compresses to little)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([words] * pages))))
    writer.add_attachment("annexe.bin", random.Random(words).randbytes(annex))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def publish_pdf(kit: ServerKit, data: bytes, committee_id: str, title: str = "Rapport") -> str:
    uploaded = publishing.store_file(kit.engine, data, None)
    request = DocumentPublishRequest(
        title=title, committee_id=committee_id, file_sha256=uploaded.file.sha256
    )
    publishing.publish(kit.engine, None, request)
    return uploaded.file.sha256


class _Cut(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, limit: int, request: httpx.Request) -> None:
        self._inner = inner
        self._limit = limit
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        for chunk in self._inner:
            if sent + len(chunk) >= self._limit:
                yield chunk[: self._limit - sent]
                raise httpx.ReadError("connection reset by peer", request=self._request)
            sent += len(chunk)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _Altered(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, alter: Callable[[bytes], bytes]) -> None:
        self._inner = inner
        self._alter = alter

    def __iter__(self) -> Iterator[bytes]:
        yield self._alter(b"".join(self._inner))

    def close(self) -> None:
        self._inner.close()


@dataclass
class FaultyTransport(httpx.HTTPTransport):
    """The real network to the live server, with faults on the next file answers."""

    cut_after: list[int] = field(default_factory=list)  # one per answer to come
    etags: list[str] = field(default_factory=list)  # ETag to claim on the next answers
    corrupt: bool = False
    seen: list[tuple[str | None, str | None, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not request.url.path.startswith("/v1/files/"):
            return response
        headers = request.headers
        self.seen.append((headers.get("Range"), headers.get("If-Range"), response.status_code))
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        if self.etags:
            response.headers["ETag"] = self.etags.pop(0)
        if self.cut_after:
            response.stream = _Cut(stream, self.cut_after.pop(0), request)
        elif self.corrupt:
            response.stream = _Altered(stream, lambda b: b[:100] + bytes([b[100] ^ 1]) + b[101:])
        return response


@dataclass
class Member:
    store: CacheStore
    files: FileStore
    board: BoardFiles
    transport: FaultyTransport
    http: httpx.Client


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def live(kit: ServerKit) -> Iterator[LiveServer]:
    with kit.live() as server:
        yield server


@pytest.fixture
def member(tmp_path: Path, live: LiveServer, org: SmallOrg) -> Iterator[Callable[[], Member]]:
    made: list[Member] = []

    def make(account: Account | None = None) -> Member:
        account = account or org.alice
        transport = FaultyTransport()
        http = httpx.Client(base_url=live.url, transport=transport, timeout=30)
        store = CacheStore.open(tmp_path / f"profile-{len(made)}", CacheKey.generate())
        engine = SyncEngine(ApiClient(http), store, live.url)
        engine.sign_in(account.email, account.password, "tests")
        engine.sync()
        files = FileStore(store)
        downloader = FileDownloader(http, files, store.token, CHUNK, chunks_per_commit=2)
        made.append(Member(store, files, BoardFiles(files, downloader), transport, http))
        return made[-1]

    yield make
    for m in made:
        m.http.close()
        m.store.close()


def test_a_download_cut_half_way_resumes_where_it_stopped_and_verifies(
    kit: ServerKit, org: SmallOrg, member: Callable[[], Member]
) -> None:
    data = big_pdf("Rapport annuel du conseil")
    sha = publish_pdf(kit, data, org.committee_a.id)
    alice = member()
    alice.transport.cut_after = [len(data) // 2]

    first = alice.board.download([sha])

    assert first[0].status == FAILED and first[0].error == "server_unreachable"
    kept = alice.board.state(sha)
    assert kept.status == PARTIAL
    assert 0 < kept.received <= len(data) // 2
    with pytest.raises(DocumentsError) as not_ready:
        alice.board.read(sha)
    assert not_ready.value.code == "file_not_ready"

    progress: list[tuple[int, int]] = []
    second = alice.board.download(
        [sha], progress=lambda done, total: progress.append((done, total))
    )

    assert second[0].status == COMPLETE
    assert alice.transport.seen[-1] == (f"bytes={kept.received}-", f'"{sha}"', 206)
    assert progress[0] == (kept.received, len(data)) and progress[-1] == (len(data), len(data))
    assert alice.board.read(sha) == data


def test_a_file_changed_since_the_cut_new_etag_restarts_cleanly(
    kit: ServerKit, org: SmallOrg, member: Callable[[], Member]
) -> None:
    data = big_pdf("Budget prévisionnel")
    sha = publish_pdf(kit, data, org.committee_a.id)
    alice = member()
    # The first answer claims another version of the bytes, and is cut.
    alice.transport.etags = ['"an-older-version"']
    alice.transport.cut_after = [len(data) // 3]
    alice.board.download([sha])
    assert alice.board.state(sha).status == PARTIAL

    (state,) = alice.board.download([sha])

    # The resumed request names the old ETag: the server answers the whole file, from byte 0.
    ranged, if_range, status = alice.transport.seen[-1]
    assert ranged is not None and ranged.startswith("bytes=") and ranged != "bytes=0-"
    assert (if_range, status) == ('"an-older-version"', 200)
    assert state.status == COMPLETE and state.received == len(data)
    assert alice.board.read(sha) == data
    assert hashlib.sha256(alice.board.read(sha)).hexdigest() == sha


def test_a_hash_mismatch_fails_the_file_and_drops_its_bytes(
    kit: ServerKit, org: SmallOrg, member: Callable[[], Member]
) -> None:
    data = big_pdf("Procès-verbal")
    sha = publish_pdf(kit, data, org.committee_a.id)
    alice = member()
    alice.transport.corrupt = True

    (state,) = alice.board.download([sha])

    assert state.status == FAILED and state.error == HASH_MISMATCH
    assert alice.files.file_chunks(sha) == []
    assert alice.board.usage()[0] == 0
    with pytest.raises(DocumentsError):
        alice.board.read(sha)
    # A retry starts again from the first byte and succeeds once the bytes are right.
    alice.transport.corrupt = False
    (again,) = alice.board.download([sha])
    assert again.status == COMPLETE
    assert alice.transport.seen[-1] == (None, None, 200)
    assert alice.board.read(sha) == data


def test_a_file_of_a_committee_i_am_not_in_fails_not_found_and_the_others_still_arrive(
    kit: ServerKit, org: SmallOrg, member: Callable[[], Member]
) -> None:
    theirs = publish_pdf(kit, big_pdf("Action sociale", 2, 20_000), org.committee_b.id)
    mine = publish_pdf(kit, big_pdf("Finances", 3), org.committee_a.id)
    alice = member()

    states = alice.board.download([theirs, mine])

    assert [s.status for s in states] == [FAILED, COMPLETE]
    assert states[0].error == "not_found"
    assert alice.board.state(mine).ready


def test_files_to_fetch_are_those_of_my_documents_and_a_pack_arrives_whole(
    kit: ServerKit, org: SmallOrg, member: Callable[[], Member]
) -> None:
    shas = [publish_pdf(kit, big_pdf(f"Annexe {n}", 5), org.committee_a.id) for n in range(3)]
    publish_pdf(kit, big_pdf("Autre commission", 2), org.committee_b.id)
    alice = member()
    assert set(alice.board.missing()) == set(shas)
    assert alice.board.state(shas[0]).status == MISSING

    seen: list[tuple[int, int]] = []
    states = alice.board.download(alice.board.missing(), lambda d, t: seen.append((d, t)))

    assert all(s.ready for s in states)
    assert alice.board.missing() == []
    total = sum(s.size for s in states)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert alice.board.usage()[0] == total


def test_cancelling_keeps_what_arrived_and_the_next_download_resumes(
    kit: ServerKit, org: SmallOrg, member: Callable[[], Member]
) -> None:
    data = big_pdf("Rapport de gestion")
    sha = publish_pdf(kit, data, org.committee_a.id)
    other = publish_pdf(kit, big_pdf("Annexe", 3), org.committee_a.id)
    alice = member()
    chunks: list[int] = []

    states = alice.board.download(
        [sha, other], lambda done, _total: chunks.append(done), cancelled=lambda: len(chunks) > 2
    )

    assert [s.error for s in states] == ["cancelled", "cancelled"]
    assert alice.board.state(sha).status == PARTIAL
    assert alice.board.state(other).status == MISSING
    assert [s.status for s in alice.board.download([sha, other])] == [COMPLETE, COMPLETE]
    assert alice.transport.seen[-2][0] is not None  # the first file resumed
    assert alice.board.read(sha) == data
