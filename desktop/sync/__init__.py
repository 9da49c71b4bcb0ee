"""Talking to the server: the typed API client (``api``), its error tree (``errors``), the
sync engine that pushes the outbox and pulls the change log (``engine``), its status snapshot
(``status``) and the retry back-off (``backoff``). No Qt here; the engine runs in a worker."""

from __future__ import annotations
