"""Application-wide signals: one small object that every window and model may listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals emitted on the UI thread.

    - ``sync_started()``: a sync began (the status bar says so).
    - ``sync_finished(status)``: a sync ended, successfully or not; ``status`` is the engine's
      ``SyncStatus`` snapshot.
    - ``status_changed(status)``: the sync status changed for any reason (``SyncStatus``).
    - ``documents_changed()``: what the cache holds changed (a sync applied changes, or a
      document was marked read): lists refresh.
    - ``document_read(document_id)``: a document was opened and marked read.
    - ``signed_out()``: the server no longer accepts this device's token.
    """

    sync_started = Signal()
    sync_finished = Signal(object)
    status_changed = Signal(object)
    documents_changed = Signal()
    document_read = Signal(str)
    signed_out = Signal()
