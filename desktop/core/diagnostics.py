"""What the app is made of, for the About window and "Copy diagnostic information": versions
(app, protocol, Python, Qt, SQLCipher), the system, where the profile and its log are, and the
sync state. Never any content, email address or token: it is pasted into support requests."""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop import __version__
from desktop.cache.database import sqlcipher_version
from protocol.version import PROTOCOL_VERSION


@dataclass(frozen=True)
class Diagnostics:
    """Facts about this installation; ``qt`` is given by the UI (the core has no Qt)."""

    qt: str
    profile_folder: str
    log_file: str
    server_url: str = ""
    sync_state: str = ""
    sqlcipher: str = field(default_factory=sqlcipher_version)
    app: str = __version__
    protocol: int = PROTOCOL_VERSION
    python: str = field(default_factory=platform.python_version)
    system: str = field(default_factory=lambda: f"{platform.system()} {platform.release()}")
    bundle: bool = field(default_factory=lambda: bool(getattr(sys, "frozen", False)))

    def versions(self) -> list[tuple[str, str]]:
        """(what, version) for the About window."""
        return [
            ("Quorum", self.app),
            ("Protocol", str(self.protocol)),
            ("Qt", self.qt),
            ("SQLCipher", self.sqlcipher),
            ("Python", self.python),
        ]

    def text(self) -> str:
        """The plain text copied for the secretariat's support."""
        lines = [f"{name}: {value}" for name, value in self.versions()]
        lines += [
            f"System: {self.system}",
            f"Installed as: {'bundle' if self.bundle else 'Python package'}",
            f"Server: {self.server_url or '-'}",
            f"Sync: {self.sync_state or '-'}",
            f"Profile folder: {self.profile_folder}",
            f"Log file: {self.log_file}",
        ]
        return "\n".join(lines) + "\n"


DiagnosticsSource = Callable[[], Diagnostics]
