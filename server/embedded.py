"""Serve the app in a background thread of this process: for tests, benchmarks and tools that
need a real HTTP server on loopback without a second process."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn
from fastapi import FastAPI


class LiveServer:
    """Serve an app with uvicorn on ``host`` (loopback) and a free port (or ``port``) in a
    background thread.

    ``with LiveServer(app) as server: httpx.get(server.url + "/v1/health")``; ``url`` and
    ``port`` are known once started; leaving the block stops the server and joins the thread.
    """

    STARTUP_TIMEOUT = 10.0
    GRACEFUL_SHUTDOWN_TIMEOUT = 5

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.url = ""
        self._socket: socket.socket | None = None
        self._server = uvicorn.Server(
            uvicorn.Config(
                app,
                log_level="warning",
                access_log=False,
                lifespan="on",
                ws="none",
                # httptools and uvloop where installed, as `quorum-server serve` (h11 on the
                # asyncio loop answered each request after the first on a connection ~40 ms late).
                http="auto",
                loop="auto",
                # A response that never ends (a stream the app did not close) is cancelled
                # after this long instead of holding the server open.
                timeout_graceful_shutdown=self.GRACEFUL_SHUTDOWN_TIMEOUT,
            )
        )
        self._thread: threading.Thread | None = None

    def start(self) -> LiveServer:
        sock = self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self.url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="quorum-live-server"
        )
        self._thread.daemon = True
        self._thread.start()
        deadline = time.monotonic() + self.STARTUP_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        # uvicorn's graceful shutdown waits for every response to end before the lifespan's
        # shutdown, so a live event stream (GET /v1/events) would hold it forever: end them.
        close_streams = getattr(self.app.state, "close_streams", None)
        if callable(close_streams):
            close_streams()
        self._server.should_exit = True
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=self.STARTUP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
