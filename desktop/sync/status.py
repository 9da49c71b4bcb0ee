"""Where the sync stands, as one immutable snapshot the UI can read from any thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncState(StrEnum):
    """What the status bar shows.

    - ``signed_out``: no valid token (never signed in, signed out, or the device was revoked);
      the cache stays readable.
    - ``offline``: the server did not answer (or has not been asked yet since the app
      started); changes wait in the outbox.
    - ``syncing``: a sync is running.
    - ``online``: the last sync succeeded.
    - ``error``: the server failed or refused something (``reason_code`` says what).
    """

    SIGNED_OUT = "signed_out"
    OFFLINE = "offline"
    SYNCING = "syncing"
    ONLINE = "online"
    ERROR = "error"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot: ``pending`` and ``rejected`` count outbox entries in those states."""

    state: SyncState
    reason_code: str | None = None
    reason_message: str | None = None
    last_sync: datetime | None = None
    pending: int = 0
    rejected: int = 0
