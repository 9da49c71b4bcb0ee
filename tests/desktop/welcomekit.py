"""Helpers for the welcome assistant's tests: a network that is slow to answer the sync (so a
member can watch, or stop, the first sync), and finishing the tour by keyboard."""

from __future__ import annotations

import time

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.tour_dialog import TourDialog


class SlowSync(httpx.HTTPTransport):
    """The real network, where every sync request takes ``delay`` seconds more (a slow
    mobile connection): the fault the first sync's progress and its "Continue later" are for."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/sync":
            time.sleep(self.delay)
        return super().handle_request(request)


def finish_tour(dialog: TourDialog) -> None:
    """Enter on every step: Next, Next, Next, Finish."""
    for step in range(dialog.step_count):
        assert dialog.index == step
        assert dialog.focusWidget() is dialog.next_button
        QTest.keyClick(dialog.next_button, Qt.Key.Key_Return)


class NoSync(httpx.HTTPTransport):
    """The real network, where the sync never gets through (the connection drops): signing in
    works, the first sync cannot."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/sync":
            raise httpx.ConnectError("network is unreachable", request=request)
        return super().handle_request(request)
