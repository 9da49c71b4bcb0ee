"""Helpers for the GUI tests: answering modal dialogs, a keychain in memory, a dead address.

``Modals`` answers the dialogs a member would see, in order, as soon as each is on screen
(``exec()`` blocks the test until then). A dialog nobody expected is closed and recorded, so a
wrong turn fails the test instead of hanging it.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import Any

import keyring.errors
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: A dialog that is not answered within this many seconds is closed and the test fails.
MODAL_DEADLINE = 15.0


class Modals:
    """``modals.expect(SignInDialog, lambda d: ...)``; then run the code that opens it."""

    def __init__(self) -> None:
        self._queue: list[tuple[type[QWidget], Callable[[Any], object]]] = []
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        self._since: float | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def expect(self, kind: type[QWidget], answer: Callable[[Any], object]) -> Modals:
        self._queue.append((kind, answer))
        return self

    @property
    def pending(self) -> list[str]:
        return [kind.__name__ for kind, _ in self._queue]

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            self._since = None
            return
        if self._queue and isinstance(widget, self._queue[0][0]):
            kind, answer = self._queue.pop(0)
            self.seen.append(kind.__name__)
            self._since = None
            answer(widget)
            return
        self._since = self._since or time.monotonic()
        if time.monotonic() - self._since > (MODAL_DEADLINE if self._queue else 0.5):
            self.unexpected.append(type(widget).__name__)
            self._since = None
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()


class MemoryKeyring(KeyringBackend):
    """A keychain keyring recommends (priority above 1), kept in memory."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such entry")


# keyring registers every backend class for auto-detection; this one must never be picked.
KeyringBackend._classes.discard(MemoryKeyring)  # type: ignore[attr-defined]


def dead_url() -> str:
    """An address on loopback where nothing listens (the connection is refused at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
