"""The contract shared by the desktop app and the server.

Wire models (pydantic), stable error codes, the protocol version, and pure rules both sides
must compute identically. Nothing here does I/O, and nothing here imports Qt.
"""

from __future__ import annotations

from protocol.version import PROTOCOL_VERSION

__all__ = ["PROTOCOL_VERSION"]
