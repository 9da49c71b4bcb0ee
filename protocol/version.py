"""Protocol version: bumped when a wire change is not backward compatible."""

from __future__ import annotations

PROTOCOL_VERSION = 1
#: Header the client sends on every request so the server can refuse an outdated app.
PROTOCOL_HEADER = "X-Quorum-Protocol"
