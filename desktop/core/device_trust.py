"""Device trust on this computer (docs/SECURITY.md): the remote wipe and the offline limit.

``wipe_profile`` is the wipe executor: it forgets the cache key in the keychain first (without
it the database cannot be read), closes what holds the profile's files open (the caller's
``close``: the cache, the connection pool, the log file), then deletes every file and folder
in the profile folder (the database with its ``-wal`` and ``-shm`` among them), each on its own:
one that cannot be deleted is reported, the rest go regardless. The folder stays, holding only
the settings that are no content (server address, email, language, allowed test servers, pinned
certificate authority) so that signing in again needs no new choices, the member's preferences
(text size, contrast: ``KEPT_FILES``) and the running app's lock. ``acknowledge_wipe``
then tells the server with the token kept in memory (``POST /v1/devices/wipe-done``); when the
server cannot be reached the wipe stays pending there and the server shows it so.

``offline_limit_passed`` says whether this device has gone longer without reaching the server
than the organisation allows; the app then wipes at start (no acknowledgement: nothing is
pending on the server) and asks the member to sign in again.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.cache.keys import KeyStore
from desktop.sync.api import ApiClient
from desktop.sync.errors import SyncError
from protocol.security import DeviceInfo, DeviceState, MemberActiveResponse, SecurityPolicy

log = logging.getLogger(__name__)

#: The profile's settings file (``desktop.profile.Profile.settings_file``) and what a wipe keeps
#: of it: no content, only what signing in again would ask for.
SETTINGS_FILENAME = "settings.json"
KEPT_SETTINGS = ("server_url", "email", "language", "insecure_servers", "ca_file")
#: The files a wipe leaves as they are: the member's preferences (``desktop.ui.preferences``:
#: text size, contrast, closing to the tray, whether the welcome was done; scales and booleans,
#: no content), so that the app signed in again looks the same; and the lock that keeps one app
#: per profile (``desktop.ui.single_instance``), held by the app that is running the wipe.
KEPT_FILES = ("preferences.ini", "quorum.lock")


@dataclass(frozen=True)
class WipeOutcome:
    """What a wipe did: ``left`` the paths it could not delete (empty when all went),
    ``key_left`` whether the cache key may still be in the keychain (it could not be deleted),
    ``acknowledged`` whether the server recorded it (None: nothing to acknowledge)."""

    left: tuple[Path, ...] = ()
    acknowledged: bool | None = None
    key_left: bool = False

    @property
    def complete(self) -> bool:
        return not self.left and not self.key_left


def wipe_profile(profile_dir: Path, keystore: KeyStore, close: Callable[[], None]) -> WipeOutcome:
    """Delete everything of this profile on this computer; the folder stays, with only the
    settings that are no content (``KEPT_SETTINGS``, ``KEPT_FILES``). Never raises: the key is
    forgotten first, ``close`` releases the files (it may fail), and each deletion that fails
    is reported in ``left`` while the others go on."""
    folder = Path(profile_dir)
    try:
        key_left = not keystore.forget()
    except Exception as exc:  # the keychain went away mid-call
        log.error("wipe: forgetting the cache key failed (%s)", type(exc).__name__)
        key_left = True
    if key_left:
        log.error("wipe: the cache key could not be deleted from the keychain")
    kept = _kept_settings(folder)
    try:
        close()
    except Exception as exc:  # a cache already broken must not stop the wipe
        log.warning("wipe: closing failed (%s); deleting anyway", type(exc).__name__)
    left: list[Path] = []
    try:
        entries = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        entries, left = [], [folder]
    for entry in entries:
        if entry.name in KEPT_FILES and entry.is_file() and not entry.is_symlink():
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            left.append(entry)
    if kept:
        try:
            (folder / SETTINGS_FILENAME).write_text(json.dumps(kept, indent=2), encoding="utf-8")
        except OSError as exc:
            log.warning("wipe: the settings could not be kept (%s)", type(exc).__name__)
    if left:
        log.error("wipe: %d entries of the profile could not be deleted", len(left))
    else:
        log.info("wipe: the profile is empty")
    return WipeOutcome(tuple(left), key_left=key_left)


def _kept_settings(folder: Path) -> dict[str, object]:
    """What the wipe keeps of the settings file: ``KEPT_SETTINGS`` that are set."""
    try:
        raw = json.loads((folder / SETTINGS_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {key: raw[key] for key in KEPT_SETTINGS if raw.get(key)}


def acknowledge_wipe(api: ApiClient, token: str) -> bool:
    """Tell the server the wipe is done; False when it could not be told (no answer, or a
    refusal: the server keeps the wipe pending). ``device_revoked`` is a refusal too: the
    server recorded no wipe for that device (it answers 204 again to one already wiped)."""
    try:
        api.wipe_done(token)
    except SyncError as exc:
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
    is held: ``acknowledge`` is None without one, and only a complete wipe is acknowledged: the
    server keeps one half done pending)."""
    outcome = wipe_profile(profile_dir, keystore, close)
    acknowledged = acknowledge() if acknowledge is not None and outcome.complete else False
    return WipeOutcome(outcome.left, acknowledged, outcome.key_left)


def offline_limit_passed(
    policy: SecurityPolicy, last_online_at: datetime | None, now: datetime | None = None
) -> bool:
    """True when the organisation limits the time offline and this device has been offline
    longer. Never recorded (a cache from before this feature): not passed. A clock more than
    one day behind the last contact counts as passed: putting the clock back must not stretch
    the limit for ever (a day of slack allows for time zones and small corrections)."""
    if policy.max_offline_days is None or last_online_at is None:
        return False
    moment = now or datetime.now(UTC)
    if last_online_at.tzinfo is None:
        last_online_at = last_online_at.replace(tzinfo=UTC)
    if last_online_at - moment > timedelta(days=1):
        return True
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
