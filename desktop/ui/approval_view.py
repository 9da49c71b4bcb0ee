"""The waiting view (docs/SECURITY.md): the organisation asks its secretariat to approve each
new device, and this one is not approved yet. It says so with the device's name, asks the
server (``GET /v1/me``, on the worker) every 30 seconds and when the member asks, and emits
``approved`` once the device is let in (the caller then syncs)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.device_trust import Devices
from desktop.sync.errors import AuthRequired, ServerUnreachable
from desktop.ui.errors import log_error
from desktop.ui.formatting import fill
from desktop.ui.runner import Runner
from protocol.security import DeviceState

#: How often the view asks the server, in milliseconds.
CHECK_EVERY_MS = 30_000


class ApprovalView(QDialog):
    """Shown while the device waits; closes itself once approved (``approved`` emitted) or
    once the server no longer knows the token (``refused`` emitted: the sync will say why)."""

    approved = Signal()
    refused = Signal()

    def __init__(
        self,
        devices: Devices,
        runner: Runner,
        device_name: str,
        parent: QWidget | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._devices = devices
        self._runner = runner
        self._checking = False
        title = self.tr("Waiting for approval")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.heading = QLabel(self.tr("Your secretariat must approve this computer"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.explanation = QLabel(
            fill(
                self.tr(
                    "This computer appears to your secretariat as “%1”. Once they approve it, "
                    "Quorum downloads your documents by itself. You can leave this window open."
                ),
                device_name,
            )
        )
        self.explanation.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Where things stand"))
        self.check_button = QPushButton(self.tr("&Check now"))
        self.check_button.setAccessibleName(self.tr("Check now"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_now)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explanation, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.check_button)
        layout.addWidget(self.close_button)

        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        self.finished.connect(self.timer.stop)

    def check_now(self) -> None:
        if self._checking:
            return
        self._checking = True
        self.status.setText(self.tr("Asking the server…"))
        self._runner.run(self._devices.device_state, on_done=self._on_state, on_error=self._failed)

    def _on_state(self, state: object) -> None:
        self._checking = False
        if state is DeviceState.ACTIVE:
            self.status.setText(self.tr("This computer is approved."))
            self.timer.stop()
            self.approved.emit()
            self.accept()
            return
        self.status.setText(self.tr("Not approved yet. Quorum checks again every 30 seconds."))

    def _failed(self, error: BaseException) -> None:
        self._checking = False
        if isinstance(error, AuthRequired):
            self.timer.stop()
            self.refused.emit()
            self.reject()
            return
        log_error(error)
        if isinstance(error, ServerUnreachable):
            self.status.setText(
                self.tr("The server cannot be reached. Quorum will try again in 30 seconds.")
            )
        else:
            self.status.setText(self.tr("The server could not answer. Quorum will try again."))
