"""The sync cursor's format: urlsafe base64 of ``"<log_id>:<seq>"``.

Only the server makes cursors. The app treats them as opaque for pulling, and reads a cursor's
position only to decide whether a page carried by a live poke follows on from what it holds
(see ``protocol.models.PokeData``).
"""

from __future__ import annotations

import base64
import binascii

MAX_CURSOR_LENGTH = 256


def encode_cursor(log_id: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{log_id}:{seq}".encode()).decode("ascii")


def decode_cursor(cursor: str) -> tuple[str, int] | None:
    """``(log_id, seq)``, or None when the cursor is not one of ours."""
    if len(cursor) > MAX_CURSOR_LENGTH:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        return None
    log_id, sep, seq_text = text.rpartition(":")
    if not sep or not log_id or not seq_text.isascii() or not seq_text.isdigit():
        return None
    return log_id, int(seq_text)
