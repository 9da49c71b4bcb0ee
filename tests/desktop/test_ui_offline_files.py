"""Documents made ready offline in the background, over the real thing
(``tests.desktop.docapp``: a live server, a real encrypted cache, the real main window): after a
sync the board pack's PDFs arrive with no click, the status bar says so calmly and then nothing,
a download of the member's own goes first, and closing the window stops the download at once,
keeping what arrived."""

# pytest-qt has no type hints:
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import httpx
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.desktop.docapp import Cable, DocWorld, doc_world

__all__ = ["doc_world"]


class Trickle(httpx.SyncByteStream):
    """A file's body arriving slowly, a little at a time (a poor train connection)."""

    def __init__(self, inner: httpx.SyncByteStream, cable: SlowCable) -> None:
        self._inner = inner
        self._cable = cable

    def __iter__(self) -> Iterator[bytes]:
        piece = self._cable.piece
        for data in self._inner:
            for start in range(0, len(data), piece):
                time.sleep(self._cable.pause)
                self._cable.sent += len(data[start : start + piece])
                yield data[start : start + piece]

    def close(self) -> None:
        self._inner.close()


class SlowCable(Cable):
    """The real network, with files that trickle in (everything else at full speed)."""

    def __init__(self, piece: int = 64, pause: float = 0.05) -> None:
        super().__init__()
        self.piece = piece
        self.pause = pause
        #: Bytes of files handed to the app so far.
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method != "GET" or not request.url.path.startswith("/v1/files/"):
            return response
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=Trickle(response.stream, self),
            extensions=response.extensions,
        )


def pdf_shas(world: DocWorld) -> list[str]:
    files = [world.content.pdf.file, world.content.report.file]
    return [ref.sha256 for ref in files if ref is not None]


def ready(world: DocWorld, window: MainWindow) -> list[bool]:
    files = world.services_of(window).board_files
    return [files.state(sha).ready for sha in pdf_shas(world)]


def test_after_a_sync_the_board_pack_pdfs_become_ready_offline_without_a_click(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings", background=True)
    background = window.offline.background
    texts: list[str] = []
    background.status_text_changed.connect(texts.append)
    assert ready(doc_world, window) == [False, False]
    pack = window.board.meetings_view.detail.pack
    assert pack.status_label.text().startswith("1 of 3 documents available offline")

    with qtbot.waitSignal(background.files_changed, timeout=15_000):
        pass  # no click: the sync that opened the window asked for it

    qtbot.waitUntil(lambda: ready(doc_world, window) == [True, True], timeout=15_000)
    qtbot.waitUntil(lambda: not background.running, timeout=15_000)
    assert any(re.fullmatch(r"Offline documents: \d+ of \d+…", text) for text in texts)
    assert texts[-1] == ""  # nothing once done
    assert not window.offline.status_label.isVisible()
    # The meetings view followed: the board pack says it is all offline.
    assert pack.status_label.text() == "3 of 3 documents available offline"


def test_a_sync_during_a_background_run_makes_one_more_run_never_two_at_once(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    doc_world.cables[doc_world.org.alice.key] = SlowCable(piece=256, pause=0.02)
    window = doc_world.window(doc_world.org.alice, "documents", background=True)
    background = window.offline.background
    background.request(0)
    qtbot.waitUntil(lambda: background.running, timeout=5_000)
    threads = [t for t in threading.enumerate() if t.name == "quorum-offline-files"]
    assert len(threads) == 1

    doc_world.sync(window)  # online again: one more run is due, after this one
    assert background.running
    assert [t for t in threading.enumerate() if t.name == "quorum-offline-files"] == threads

    finished: list[bool] = []
    background.run_finished.connect(lambda: finished.append(True))
    qtbot.waitUntil(lambda: len(finished) >= 1, timeout=30_000)
    qtbot.waitUntil(lambda: background.running or background.scheduled, timeout=5_000)
    qtbot.waitUntil(lambda: len(finished) >= 2, timeout=30_000)
    assert ready(doc_world, window) == [True, True]


def test_the_members_own_board_pack_download_goes_first_and_nothing_is_fetched_twice(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    cable = SlowCable(piece=64, pause=0.02)
    doc_world.cables[doc_world.org.alice.key] = cable
    window = doc_world.window(doc_world.org.alice, "meetings", background=True)
    background = window.offline.background
    background.request(0)
    qtbot.waitUntil(lambda: cable.sent > 0, timeout=10_000)
    assert background.running
    view = window.board.meetings_view
    view.refresh()
    pack = view.detail.pack

    pack.download_button.click()  # while the background run is fetching the same file

    qtbot.waitUntil(lambda: not pack.running, timeout=30_000)
    assert pack.result_note.text() == ""  # no "could not be downloaded"
    assert pack.status_label.text() == "3 of 3 documents available offline"
    assert ready(doc_world, window) == [True, True]
    # What the background had received was resumed, not fetched again: nothing came twice.
    qtbot.waitUntil(lambda: not background.running, timeout=10_000)
    sizes = [ref.size for ref in (doc_world.content.pdf.file, doc_world.content.report.file) if ref]
    assert cable.sent == sum(sizes)


def test_closing_the_window_during_a_background_download_returns_promptly_and_keeps_the_bytes(
    doc_world: DocWorld, qtbot: QtBot
) -> None:
    cable = SlowCable(piece=32, pause=0.05)  # each file takes seconds
    doc_world.cables[doc_world.org.alice.key] = cable
    window = doc_world.window(doc_world.org.alice, "documents", background=True)
    background = window.offline.background
    files = doc_world.services_of(window).board_files
    background.request(0)
    qtbot.waitUntil(lambda: cable.sent > 0, timeout=10_000)
    assert background.running and window.offline.status_label.isVisible()
    thread = next(t for t in threading.enumerate() if t.name == "quorum-offline-files")

    started = time.monotonic()
    window.close()
    elapsed = time.monotonic() - started

    assert elapsed < 2.0
    assert not thread.is_alive()
    states = [files.state(sha) for sha in pdf_shas(doc_world)]
    started_one = [state for state in states if state.status == "partial"]
    assert len(started_one) == 1 and started_one[0].received > 0  # kept, to resume next time
