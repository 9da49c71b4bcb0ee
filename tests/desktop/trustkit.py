"""Helpers of the device-trust tests (wipe, offline limit, approval, devices dialogs)."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

#: Seconds a dialog may take to close after it was answered (a sign-in on a busy machine).
CLOSE_DEADLINE = 15.0


def wait_closed(widget: QWidget, deadline: float = CLOSE_DEADLINE) -> None:
    """Process events until ``widget`` is hidden (``Modals`` would otherwise count a dialog
    still open half a second after its answer as unexpected)."""
    end = time.monotonic() + deadline
    while widget.isVisible() and time.monotonic() < end:
        QTest.qWait(20)
    assert not widget.isVisible(), f"{type(widget).__name__} still open"
