"""Device trust on this computer (docs/SECURITY.md): the remote wipe and the offline limit.

``wipe_profile`` is the wipe executor: it closes what holds the profile's files open (the
caller's ``close``: the cache, the connection pool, the log file), forgets the cache key in the
keychain, deletes the database with its ``-wal`` and ``-shm`` and then every other file and
folder in the profile folder, which stays, empty. ``acknowledge_wipe`` then tells the server
with the token kept in memory (``POST /v1/devices/wipe-done``); when the server cannot be
reached the wipe stays pending there and the server shows it so.

``offline_limit_passed`` says whether this device has gone longer without reaching the server
than the organisation allows; the app then wipes at start (no acknowledgement: nothing is
pending on the server) and asks the member to sign in again.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.cache.keys import KeyStore
from desktop.cache.store import DB_FILENAME, reset_cache
from desktop.sync.api import ApiClient
from desktop.sync.errors import ApiError, AuthRequired, SyncError
from protocol.errors import ErrorCode
from protocol.security import DeviceInfo, DeviceState, MemberActiveResponse, SecurityPolicy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WipeOutcome:
    """What a wipe did: ``left`` the paths it could not delete (empty when all went),
    ``acknowledged`` whether the server recorded it (None: nothing to acknowledge)."""

    left: tuple[Path, ...] = ()
    acknowledged: bool | None = None

    @property
    def complete(self) -> bool:
        return not self.left


def wipe_profile(profile_dir: Path, keystore: KeyStore, close: Callable[[], None]) -> WipeOutcome:
    """Delete everything of this profile on this computer; the folder stays, empty.
    ``close`` releases the files first (it may fail: the deletion goes on regardless)."""
    folder = Path(profile_dir)
    try:
        close()
    except Exception as exc:  # a cache already broken must not stop the wipe
        log.warning("wipe: closing failed (%s); deleting anyway", type(exc).__name__)
    reset_cache(folder, keystore)  # the key in the keychain, the database, -wal, -shm
    (folder / DB_FILENAME).unlink(missing_ok=True)
    left: list[Path] = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else []:
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            left.append(entry)
    if left:
        log.error("wipe: %d entries of the profile could not be deleted", len(left))
    else:
        log.info("wipe: the profile is empty")
    return WipeOutcome(tuple(left))


def acknowledge_wipe(api: ApiClient, token: str) -> bool:
    """Tell the server the wipe is done; False when it could not be told (no answer, or a
    failure: the server keeps the wipe pending)."""
    try:
        api.wipe_done(token)
    except AuthRequired as exc:
        # ``device_revoked``: the server already counts this device as wiped.
        return exc.code == ErrorCode.DEVICE_REVOKED
    except (ApiError, SyncError) as exc:
        log.info("wipe not acknowledged: %s", exc.code)
        return False
    return True


def remote_wipe(
    profile_dir: Path,
    keystore: KeyStore,
    close: Callable[[], None],
    acknowledge: Callable[[], bool] | None,
) -> WipeOutcome:
    """The wipe the secretariat asked for: delete everything, then acknowledge (when a token
    is held: ``acknowledge`` is None without one)."""
    outcome = wipe_profile(profile_dir, keystore, close)
    acknowledged = acknowledge() if acknowledge is not None else False
    return WipeOutcome(outcome.left, acknowledged)


def offline_limit_passed(
    policy: SecurityPolicy, last_online_at: datetime | None, now: datetime | None = None
) -> bool:
    """True when the organisation limits the time offline and this device has been offline
    longer. Never recorded (a cache from before this feature): not passed; a clock put back
    before the last contact: not passed either (the next sync records a new time)."""
    if policy.max_offline_days is None or last_online_at is None:
        return False
    moment = now or datetime.now(UTC)
    if last_online_at.tzinfo is None:
        last_online_at = last_online_at.replace(tzinfo=UTC)
    return moment - last_online_at > timedelta(days=policy.max_offline_days)


class Devices:
    """The devices use cases, online: a member's own devices, and the secretariat's view of
    everyone's. ``api_and_token`` gives the current server's client and the member's token
    (``AuthRequired`` when signed out). Runs in the worker thread."""

    def __init__(self, api_and_token: Callable[[], tuple[ApiClient, str]]) -> None:
        self._api_and_token = api_and_token

    def list_devices(self, everyone: bool = False) -> list[DeviceInfo]:
        api, token = self._api_and_token()
        return api.list_devices(token, everyone=everyone).devices

    def revoke(self, device_id: str, *, secretariat: bool = False) -> DeviceInfo:
        """Revoke with a remote wipe: the device deletes its data when it next connects."""
        api, token = self._api_and_token()
        return api.revoke_device(token, device_id, wipe=True, secretariat=secretariat)

    def approve(self, device_id: str) -> DeviceInfo:
        api, token = self._api_and_token()
        return api.approve_device(token, device_id)

    def set_member_active(self, member_id: str, active: bool) -> MemberActiveResponse:
        api, token = self._api_and_token()
        return api.set_member_active(token, member_id, active)

    def device_state(self) -> DeviceState:
        """Where this device stands (``GET /v1/me``, allowed while waiting for approval)."""
        api, token = self._api_and_token()
        return api.me(token).device_state
