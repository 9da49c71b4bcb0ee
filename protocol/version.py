"""Protocol and app versions on the wire (docs/INSTALLED.md, "Version policy").

The app sends its protocol version and its own version on every request; every answer of the
server carries the protocol version it speaks, the oldest app version it accepts and, when the
organisation set one, where to get a newer app. An older app stops syncing and says so; an app
speaking another protocol is refused ``unsupported_protocol``.
"""

from __future__ import annotations

import re

PROTOCOL_VERSION = 1
#: Header the client sends on every request so the server can refuse an outdated app; the
#: server answers it too, with the version it speaks.
PROTOCOL_HEADER = "X-Quorum-Protocol"
#: The app's own version (``desktop.__version__``), sent on every request.
APP_VERSION_HEADER = "X-Quorum-App-Version"
#: On every answer: the oldest app version the server accepts.
MIN_APP_VERSION_HEADER = "X-Quorum-Min-App-Version"
#: On every answer when the organisation set it: where members get the new app.
UPDATE_URL_HEADER = "X-Quorum-Update-Url"

_VERSION = re.compile(r"^\s*(\d{1,6})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?")


def parse_version(text: str | None) -> tuple[int, int, int] | None:
    """``"1.2.3"`` -> ``(1, 2, 3)``; a suffix (``"1.2.0rc1"``) is ignored; None if unreadable."""
    match = _VERSION.match(text or "")
    if match is None:
        return None
    major, minor, patch = (int(part) if part else 0 for part in match.groups())
    return major, minor, patch


def older_than(version: str | None, minimum: str | None) -> bool:
    """Whether ``version`` is older than ``minimum``; False when either is unreadable (an app
    is never stopped by a header it cannot read)."""
    have, need = parse_version(version), parse_version(minimum)
    return have is not None and need is not None and have < need
