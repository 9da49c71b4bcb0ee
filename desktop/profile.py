"""The profile folder: where one member's cache and settings live on this computer.

``--profile DIR`` chooses it for every command and for the app; the default is the platform
data folder. Settings kept here hold no synced content (server address, email, language).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_data_path, user_log_path

PROFILE_ENV = "QUORUM_PROFILE"


def default_profile_dir() -> Path:
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_path("Quorum", appauthor=False) / "default"


@dataclass
class ProfileSettings:
    """What the app remembers between runs; never any synced content."""

    server_url: str = ""
    email: str = ""
    language: str = ""  # "" follows the system
    #: Minutes without input before the app locks; 0: the organisation's longest (its policy
    #: caps any choice, docs/SECURITY.md).
    lock_minutes: int = 0
    #: Plain-http server addresses the member allowed for a test server (docs/SECURITY.md).
    insecure_servers: list[str] = field(default_factory=list)
    #: The organisation's own certificate authority (a PEM file): when set, the only one
    #: trusted for the server.
    ca_file: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class Profile:
    """A profile folder, created on first use with owner-only permissions."""

    def __init__(self, path: Path) -> None:
        self.path = path.expanduser().resolve()

    def ensure(self) -> Profile:
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self.path.chmod(0o700)
        except OSError:  # pragma: no cover - filesystems without modes
            pass
        return self

    @property
    def settings_file(self) -> Path:
        return self.path / "settings.json"

    @property
    def log_file(self) -> Path:
        """The default profile logs where the platform keeps logs (``~/.local/state/Quorum/log``
        on Linux, ``%LOCALAPPDATA%\\Quorum\\Logs`` on Windows, ``~/Library/Logs/Quorum`` on
        macOS); another profile (``--profile DIR``) in its own folder. Rotated, never content."""
        if self.path == default_profile_dir().expanduser().resolve():
            return user_log_path("Quorum", appauthor=False) / "quorum.log"
        return self.path / "quorum.log"

    def load_settings(self) -> ProfileSettings:
        try:
            raw = json.loads(self.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ProfileSettings()
        if not isinstance(raw, dict):
            return ProfileSettings()
        known = {k: v for k, v in raw.items() if k in ProfileSettings.__dataclass_fields__}
        try:
            return ProfileSettings(**known)
        except TypeError:
            return ProfileSettings()

    def save_settings(self, settings: ProfileSettings) -> None:
        self.ensure()
        tmp = self.settings_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
        tmp.replace(self.settings_file)
