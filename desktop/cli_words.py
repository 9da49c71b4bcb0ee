"""The ``quorum`` command's words for what went wrong: one sentence per known failure, and
the headless remote wipe (the secretariat revoked this device with a wipe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop import __version__
from desktop.cache.errors import CacheError, CacheLocked, CacheTooNew, PassphraseRequired
from desktop.sync.errors import (
    ApiError,
    AppTooOld,
    AuthRequired,
    ProtocolMismatch,
    ServerError,
    ServerUnreachable,
)
from desktop.sync.server_address import CaFileUnusable, InsecureServerAddress, UntrustedCertificate
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from desktop.services import Services


def error_line(exc: BaseException, server_url: str | None = None) -> str:
    """One sentence for the member about a known failure."""
    if isinstance(exc, InsecureServerAddress):
        return (
            f"{exc.address} is not a secure address: Quorum only connects to https:// servers "
            "(plain http only for this computer, or a test server allowed in the app)."
        )
    if isinstance(exc, UntrustedCertificate):
        return (
            f"The server at {exc.address} could not prove its identity: its certificate is not "
            "signed by an authority this computer trusts. Ask your secretariat for the "
            "organisation's certificate file and pass it with --ca-file PATH."
        )
    if isinstance(exc, CaFileUnusable):
        return f"{exc.path} is not a certificate file (PEM) Quorum can use."
    if isinstance(exc, ServerUnreachable):
        where = f" at {server_url}" if server_url else ""
        return (
            f"The server{where} does not answer. The copy of your documents on this computer "
            "is unchanged: check the connection and the address, then try again."
        )
    if isinstance(exc, ServerError):
        return (
            "The server ran into a problem. The copy of your documents on this computer is "
            "unchanged: try again in a few minutes."
        )
    if isinstance(exc, AppTooOld):
        where = f" from {exc.update_url}" if exc.update_url else ""
        return (
            f"This version of Quorum ({__version__}) is too old for the server, which needs "
            f"{exc.minimum} or later: install the new version{where}. Your documents are unchanged."
        )
    if isinstance(exc, ProtocolMismatch):
        return "This version of Quorum and the server do not match: update Quorum."
    if isinstance(exc, AuthRequired):
        if exc.code == ErrorCode.DEVICE_REVOKED:
            return "This device was signed out by your secretariat. Sign in again to sync."
        return "Your session has ended. Sign in again to sync."
    if isinstance(exc, ApiError):
        if exc.code == ErrorCode.INVALID_CREDENTIALS:
            return "The email address or password is wrong."
        if exc.code == ErrorCode.ACCOUNT_DISABLED:
            return "Your account is disabled. Ask your secretariat to enable it."
        if exc.code == ErrorCode.VALIDATION_ERROR and exc.status == 422:
            return f"Check what you typed: {exc.message}"
        return f"The server refused: {exc.message} ({exc.code})."
    if isinstance(exc, CacheLocked):
        return (
            "The copy of your documents on this computer cannot be opened with this key (lost or "
            "changed). "
            "Run `quorum reset-cache` to delete it and download everything again."
        )
    if isinstance(exc, CacheTooNew):
        return (
            "The copy of your documents on this computer was made by a newer Quorum. Update "
            "Quorum to open it."
        )
    if isinstance(exc, PassphraseRequired):
        return (
            "No secure keychain here: set QUORUM_CACHE_PASSPHRASE to the passphrase of the copy "
            "of your documents "
            "(or run in a terminal to be asked)."
        )
    if isinstance(exc, CacheError):
        return (
            f"The copy of your documents on this computer cannot be opened ({exc.code}). Run "
            "`quorum reset-cache` to delete it and download everything again."
        )
    return (
        f"Quorum failed ({type(exc).__name__}). Try again; if it happens again, send the log "
        "file to your secretariat."
    )


def wipe_headless(services: Services, server_url: str) -> str:
    """The secretariat revoked this device with a wipe (docs/SECURITY.md): delete the profile's
    cache, key and files, tell the server, and say so in one line."""
    from desktop.core.device_trust import acknowledge_wipe, remote_wipe
    from desktop.sync.api import ApiClient, build_http_client

    token = services.engine.wipe_token

    def acknowledge() -> bool:
        http = build_http_client(server_url)
        try:
            return acknowledge_wipe(ApiClient(http), token or "")
        finally:
            http.close()

    outcome = remote_wipe(
        services.profile.path, services.keystore, services.close, acknowledge if token else None
    )
    told = " and the server was told" if outcome.acknowledged else ""
    problems = []
    if outcome.key_left:
        problems.append("the key could not be removed from the keychain")
    if outcome.left:
        problems.append(f"{len(outcome.left)} file(s) could not be deleted")
    left = f" ({'; '.join(problems)})" if problems else ""
    return (
        "Your secretariat asked for this computer's Quorum data to be deleted: it is "
        f"deleted{told}{left}. Sign in again if you may still use this computer."
    )
