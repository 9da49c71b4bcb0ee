"""Listening to the server's live event stream (``GET /v1/events``) to know when to pull.

``EventListener`` runs a daemon thread with its own ``httpx.Client`` (built like the app's, by
``build_http_client``, with a read timeout long enough for the keep-alives) and calls
``on_poke()`` on the ``hello`` that opens each stream and on every ``changes`` event: the
caller syncs then. A ``changes`` event that carries its page (``protocol.models.PokeData``)
goes to ``on_page(poke)`` instead, when given: the caller applies it with
``SyncEngine.apply_poke`` and syncs only when that declines. It never touches the cache and
never touches Qt; the callbacks run in the listener's thread.

Any failure (no answer, a cut stream, a server restarting) is followed by a new attempt after
the back-off of ``desktop.sync.backoff``; the ``hello`` of the next stream pokes again, so
nothing missed meanwhile is lost. A token the server refuses (401 ``unauthenticated``,
``device_revoked`` or ``wipe_required``) ends the listener and calls ``on_signed_out()``.
``stop()`` shuts the stream's socket down, which wakes the thread at once, and joins it.
"""

from __future__ import annotations

import functools
import logging
import socket
import threading
from collections import deque
from collections.abc import Callable

import httpx
from httpx_sse import SSEError, connect_sse
from pydantic import ValidationError

from desktop import __version__
from desktop.sync.api import (
    AUTH_CODES,
    CONNECT_TIMEOUT,
    POOL_TIMEOUT,
    WRITE_TIMEOUT,
    build_http_client,
)
from desktop.sync.backoff import Backoff
from protocol.errors import ErrorBody, ErrorCode
from protocol.models import PokeData
from protocol.network import HELLO_EVENT, KEEPALIVE_SECONDS, POKE_EVENT
from protocol.version import APP_VERSION_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION

log = logging.getLogger(__name__)

EVENTS_PATH = "/v1/events"
#: Seconds without a byte (three keep-alives missed) after which the stream counts as dead.
READ_TIMEOUT = 3 * KEEPALIVE_SECONDS
#: Seconds ``stop()`` waits for the thread (it may be stuck connecting; it is a daemon).
STOP_TIMEOUT = 2.0
#: First and longest delays before reconnecting: a restarting server is back within seconds.
INITIAL_DELAY = 1.0
MAX_DELAY = 60.0


class EventListener:
    """``EventListener(url, token, on_poke).start()``; ``stop()`` when done.

    ``token`` is asked before each connection (None: signed out). ``transport`` is for tests.
    """

    def __init__(
        self,
        server_url: str,
        token: Callable[[], str | None],
        on_poke: Callable[[], None],
        *,
        on_signed_out: Callable[[], None] | None = None,
        on_page: Callable[[PokeData], None] | None = None,
        backoff: Backoff | None = None,
        transport: httpx.BaseTransport | None = None,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        self._server_url = server_url
        self._token = token
        self._on_poke = on_poke
        self._on_signed_out = on_signed_out
        self._on_page = on_page
        self._backoff = backoff or Backoff(INITIAL_DELAY, MAX_DELAY)
        self._http = build_http_client(server_url, transport)
        self._http.timeout = httpx.Timeout(
            connect=CONNECT_TIMEOUT, read=read_timeout, write=WRITE_TIMEOUT, pool=POOL_TIMEOUT
        )
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._response: httpx.Response | None = None
        self._connected = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def server_url(self) -> str:
        return self._server_url

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def connected(self) -> bool:
        """True while a stream is open (its ``hello`` received)."""
        return self._connected.is_set()

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("an EventListener starts once")
        self._thread = threading.Thread(target=self._run, name="quorum-events", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop listening: no callback runs once this returns (unless the thread was stuck
        connecting for longer than ``timeout``)."""
        self._stopping.set()
        with self._lock:
            response = self._response
        if response is not None:
            _abort(response)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    # --- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                if self._listen_once():
                    if not self._stopping.is_set() and self._on_signed_out is not None:
                        self._call(self._on_signed_out)
                    return
                if self._stopping.is_set():
                    return
                delay = self._backoff.failure()
                log.info("event stream closed; reconnecting in %.1f s", delay)
                self._stopping.wait(delay)
        finally:
            self._http.close()

    def _listen_once(self) -> bool:
        """One stream, until it ends; True when the server refused the token."""
        token = self._token()
        if token is None:
            return True
        headers = {
            "Authorization": f"Bearer {token}",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            APP_VERSION_HEADER: __version__,
        }
        try:
            with connect_sse(self._http, "GET", EVENTS_PATH, headers=headers) as source:
                response = source.response
                with self._lock:
                    self._response = response
                if self._stopping.is_set():
                    return False
                if response.status_code != 200:
                    response.read()
                    return _refuses_token(response)
                for sse in source.iter_sse():
                    if self._stopping.is_set():
                        return False
                    if sse.event == HELLO_EVENT:
                        self._backoff.success()
                        self._connected.set()
                    elif sse.event != POKE_EVENT:
                        continue
                    elif self._on_page is not None and '"page"' in sse.data:
                        poke = _poke(sse.data)
                        if poke is not None and poke.page is not None:
                            self._call(functools.partial(self._on_page, poke))
                            continue
                    self._call(self._on_poke)
        except (httpx.HTTPError, SSEError, OSError) as exc:
            if not self._stopping.is_set():
                log.info("event stream failed (%s)", type(exc).__name__)
        finally:
            self._connected.clear()
            with self._lock:
                self._response = None
        return False

    def _call(self, callback: Callable[[], None]) -> None:
        if self._stopping.is_set():
            return
        try:
            callback()
        except Exception:  # the listener must outlive a failing callback
            log.exception("event listener callback failed")


def _poke(data: str) -> PokeData | None:
    try:
        return PokeData.model_validate_json(data)
    except ValidationError:  # a page this version cannot read: pull instead
        log.info("a live page could not be read; pulling instead")
        return None


def _refuses_token(response: httpx.Response) -> bool:
    if response.status_code != 401:
        log.info("event stream refused: HTTP %s", response.status_code)
        return False
    try:
        body = ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return False
    # ``wipe_required`` ends it too: the sync that follows meets it and the app wipes.
    return body.code in AUTH_CODES or body.code == ErrorCode.WIPE_REQUIRED


def _abort(response: httpx.Response) -> None:
    """Wake the thread blocked reading ``response``: shutting the socket down ends its read
    (closing it from this thread would not)."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed
            pass
        return
    response.close()  # a test transport: no socket to shut down


#: More pages waiting than this and ``SyncOnPoke`` pulls once instead of applying each.
MAX_WAITING_PAGES = 3


class SyncOnPoke:
    """Runs ``sync()`` in its own thread after each ``poke()``: the headless counterpart of the
    app's sync controller (tools, benchmarks, tests). Pokes that come during a sync make one
    more sync after it; a failing sync is logged and waits for the next poke. With ``apply``
    (``SyncEngine.apply_poke``), ``offer(poke)`` applies a poke's page in the same thread, and
    syncs when ``apply`` declines."""

    def __init__(
        self, sync: Callable[[], object], apply: Callable[[PokeData], bool] | None = None
    ) -> None:
        self._sync = sync
        self._apply = apply
        self._offered: deque[PokeData] = deque()
        self._pull = False  # a bare poke came: sync, whatever the pages
        self._wanted = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="quorum-sync-on-poke", daemon=True)
        self.syncs = 0  # finished syncs, failed ones included

    def start(self) -> SyncOnPoke:
        self._thread.start()
        return self

    def poke(self) -> None:
        self._pull = True
        self._wanted.set()

    def offer(self, poke: PokeData) -> None:
        if self._apply is None:
            self.poke()
            return
        self._offered.append(poke)
        self._wanted.set()

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        self._stopping.set()
        self._wanted.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            if self._stopping.is_set():
                return
            self._wanted.clear()
            pull, self._pull = self._pull, False
            if not self._apply_offered() or pull:
                self._sync_once()

    def _sync_once(self) -> None:
        try:
            self._sync()
        except Exception as exc:  # recorded by the engine; the next poke tries again
            log.info("sync after a poke failed (%s)", type(exc).__name__)
        self.syncs += 1

    def _apply_offered(self) -> bool:
        """Apply the pages offered, in order; False when one was declined (then the rest are
        dropped: the sync pulls them), or when more are waiting than one pull is worth."""
        if len(self._offered) > MAX_WAITING_PAGES:  # behind: one pull catches up at once
            self._offered.clear()
            return False
        applied_all = True
        while self._offered:
            poke = self._offered.popleft()
            if not applied_all or self._apply is None:
                applied_all = False
                continue
            try:
                applied_all = self._apply(poke)
            except Exception as exc:
                log.info("applying a live page failed (%s)", type(exc).__name__)
                applied_all = False
        return applied_all
