"""One app per profile folder (docs/INSTALLED.md, "Starting Quorum twice").

Closing the window to the tray keeps Quorum running, so a member easily starts it again (or
clicks a ``quorum://invite`` link): a second full app on the same profile would run two syncs
over one encrypted cache. ``desktop.app.run_app`` therefore takes the profile's lock file
(``quorum.lock``, a ``QLockFile``) before it opens the cache, and the first app listens on a
local socket named from a hash of the profile path. A second start finds the lock taken,
connects, sends its invitation link (or nothing) and exits 0 once the first app has brought
its window forward; the first app then deals with the link (``SecondStart``).

A lock left by an app that crashed does not block: ``QLockFile`` removes a lock whose process
is gone (its age never counts: ``setStaleLockTime(0)``, an app may run for weeks), and a socket
file left behind is removed before listening again. The headless commands (``quorum sync``,
``search``, ``reset-cache``, ``--self-test``) never take the lock: only the app does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from protocol.invitations import invitation_link

log = logging.getLogger(__name__)

#: In the profile folder; a remote wipe keeps it (``desktop.core.device_trust.KEPT_FILES``).
LOCK_FILENAME = "quorum.lock"
#: How long a second start waits for the first app's answer, in ms.
HANDOVER_MS = 5_000
_OK = b"ok\n"

#: What a second start says: ``{"link": "quorum://invite?..."}`` or ``{"link": None}``.
Message = dict[str, object]


def server_name(profile_path: Path) -> str:
    """The local socket's name: short and the same on every platform, from the profile path."""
    digest = hashlib.sha256(str(Path(profile_path).resolve()).encode("utf-8")).hexdigest()
    return f"quorum-{digest[:20]}"


class SingleInstance(QObject):
    """The profile's lock and, once held, the socket a second start talks to. ``serve(handler)``
    says what to do with a second start's message; until then (the app is still starting,
    maybe in a dialog) messages wait and the dialog on screen is brought forward."""

    def __init__(self, profile_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(profile_path)
        self.name = server_name(self.folder)
        self.lock = QLockFile(str(self.folder / LOCK_FILENAME))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self.pending: list[Message] = []
        self._handler: Callable[[Message], None] | None = None

    def acquire(self) -> bool:
        """True when this is the profile's only app (it listens now); False when another app
        holds the profile (hand over to it with ``hand_over``)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # the cache's own error says it better
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("the profile's lock cannot be taken (%s); going on", self.lock.error())
            return True
        self._listen()
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by an app that crashed: we hold the lock
            if not server.listen(self.name):
                log.warning("a second start cannot reach this app: %s", server.errorString())
                return
        server.newConnection.connect(self._accept)
        self.server = server

    def serve(self, handler: Callable[[Message], None]) -> None:
        """From now on ``handler`` gets each second start's message (those that waited first)."""
        self._handler = handler
        waiting, self.pending = self.pending, []
        for message in waiting:
            handler(message)

    def hand_over(self, invitation: tuple[str, str] | None) -> int:
        """A second start's exit code: 0 once the running app took over; 1, said on stderr,
        when it does not answer (it is busy or hung: this start must not open the cache)."""
        link = invitation_link(*invitation) if invitation is not None else None
        if hand_over(self.folder, link):
            log.info("Quorum already runs on this profile: it was brought forward")
            return 0
        log.warning("Quorum already runs on this profile and did not answer")
        print(
            f"quorum: Quorum is already open with the profile {self.folder}, but it does not "
            "answer. Wait a moment, then try again.",
            file=sys.stderr,
        )
        return 1

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _accept(self) -> None:
        server = self.server
        while server is not None and (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            raw = json.loads(bytes(socket.readLine().data()).decode("utf-8"))
        except ValueError:
            raw = None
        link = raw.get("link") if isinstance(raw, dict) else None
        message: Message = {"link": link if isinstance(link, str) else None}
        log.info("a second start handed over%s", " an invitation link" if link else "")
        try:
            if self._handler is not None:
                self._handler(message)
            else:
                self.pending.append(message)
                modal = QApplication.activeModalWidget()
                if modal is not None:
                    bring_forward(modal)
        finally:  # answered whatever happened here: the second start must end
            socket.write(_OK)
            socket.flush()
            socket.disconnectFromServer()


def hand_over(profile_path: Path, link: str | None, timeout_ms: int = HANDOVER_MS) -> bool:
    """In a second start: give ``link`` (or nothing) to the profile's running app; True once it
    answered (its window is in front). Waits in a local event loop, at most ``timeout_ms``."""
    loop = QEventLoop()
    socket = QLocalSocket()
    answer = bytearray()
    tries = QTimer()  # the first app may be between taking the lock and listening
    tries.setInterval(200)

    def try_again() -> None:
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            socket.connectToServer(server_name(profile_path))

    tries.timeout.connect(try_again)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)

    def connected() -> None:
        tries.stop()
        socket.write(json.dumps({"link": link}).encode("utf-8") + b"\n")

    def read() -> None:
        answer.extend(bytes(socket.readAll().data()))
        if answer.endswith(b"\n"):
            loop.quit()

    socket.connected.connect(connected)
    socket.readyRead.connect(read)
    socket.connectToServer(server_name(profile_path))
    tries.start()
    give_up.start(timeout_ms)
    if socket.state() != QLocalSocket.LocalSocketState.ConnectedState or not answer:
        loop.exec()
    tries.stop()
    give_up.stop()
    socket.abort()
    return bytes(answer) == _OK


def bring_forward(window: QWidget) -> None:
    """Shown again from the tray, restored only if minimised, raised and given the focus."""
    if window.isHidden():
        window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class SecondStart(QObject):
    """What the running app does when Quorum is started again: its window comes forward; an
    invitation link is not accepted over the member's account, the member is told how."""

    def __init__(self, window: Callable[[], QWidget], email: Callable[[], str]) -> None:
        super().__init__()
        self._window = window
        self._email = email
        self.notice: QMessageBox | None = None

    def __call__(self, message: Message) -> None:
        window = self._window()
        bring_forward(window)
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not window:
            bring_forward(modal)  # a dialog open over the window stays on top
        if message.get("link"):
            self._tell_about_invitation(window)

    def _tell_about_invitation(self, window: QWidget) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Invitation"), "", parent=window)
        box.setText(
            self.tr(
                "Quorum is already open, and you are signed in as %1. An invitation creates a "
                "new account: to accept it on this computer, quit Quorum (File > Quit), then "
                "open the invitation link again."
            ).replace("%1", self._email() or "?")
        )
        if self.notice is not None:
            self.notice.close()
        box.open()  # not modal to the loop: the second start is answered at once
        self.notice = box
