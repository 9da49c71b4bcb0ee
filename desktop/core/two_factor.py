"""Two-factor sign-in (TOTP, docs/SECURITY.md), as the member sets it up on this computer.

The member turns it on in three steps: the server makes a secret (shown as a QR code and as
text to type by hand), the member confirms it with a first code from their authenticator app,
and the server answers ten recovery codes, shown once, to copy or save as a text file. They can
ask for new recovery codes or turn it off, each with a current code. Every call is online and
runs in the worker thread; nothing here is kept in the cache (the secret lives in the phone).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from pathlib import Path

import segno

from desktop.sync.api import ApiClient
from protocol.security import RecoveryCodes, TotpEnrolment, TotpStatus

#: How many digits an authenticator app shows.
TOTP_DIGITS = 6
#: A recovery code as the server makes them (``xxxx-xxxx``); the server judges the letters.
RECOVERY_CODE = re.compile(r"^[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}$")
#: The size of a QR code's module in pixels: large enough for any phone's camera.
QR_SCALE = 6

ApiAndToken = Callable[[], tuple[ApiClient, str]]


def clean_code(text: str) -> str:
    """What the member typed, without spaces (apps show "123 456"): the code to send."""
    return re.sub(r"\s+", "", text)


def is_totp_code(text: str) -> bool:
    """Six digits, as an authenticator app shows them (spaces allowed)."""
    code = clean_code(text)
    return len(code) == TOTP_DIGITS and code.isdigit()


def is_sign_in_code(text: str) -> bool:
    """A code the sign-in may take: six digits, or a recovery code."""
    return is_totp_code(text) or RECOVERY_CODE.match(clean_code(text)) is not None


def grouped(secret: str, size: int = 4) -> str:
    """The secret in groups of four, easier to read out and type: "JBSW Y3DP EHPK 3PXP"."""
    plain = secret.replace(" ", "")
    return " ".join(plain[i : i + size] for i in range(0, len(plain), size))


def qr_png(uri: str, scale: int = QR_SCALE) -> bytes:
    """The ``otpauth://`` link as a PNG image, made in memory (never written to disk)."""
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def recovery_codes_text(codes: list[str], heading: str, account: str) -> str:
    """The text file of recovery codes: a heading (translated by the caller), who they are
    for, then one code a line."""
    lines = [heading, account, "", *codes, ""]
    return "\n".join(lines)


def save_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by its owner only (recovery codes are secrets)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


class TwoFactor:
    """The member's two-factor sign-in on their server; every method runs online."""

    def __init__(self, api_and_token: ApiAndToken) -> None:
        self._api_and_token = api_and_token

    def status(self) -> TotpStatus:
        api, token = self._api_and_token()
        return api.totp_status(token)

    def start(self) -> TotpEnrolment:
        """A new secret, not in force until :meth:`confirm` (replaces an unconfirmed one)."""
        api, token = self._api_and_token()
        return api.totp_enrol(token)

    def confirm(self, code: str) -> RecoveryCodes:
        """Put the secret in force with a first code; the recovery codes, to show once."""
        api, token = self._api_and_token()
        return api.totp_confirm(token, clean_code(code))

    def new_recovery_codes(self, code: str) -> RecoveryCodes:
        """New recovery codes (the old ones stop working)."""
        api, token = self._api_and_token()
        return api.totp_recovery_codes(token, clean_code(code))

    def disable(self, code: str) -> None:
        """Turn two-factor sign-in off (refused when the organisation requires it)."""
        api, token = self._api_and_token()
        api.totp_disable(token, clean_code(code))
