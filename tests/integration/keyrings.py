"""Keyring backends for tests, so that no test needs a D-Bus session.

``MemoryKeyring`` is a keychain keyring recommends (priority 5) that keeps its secrets in a
dict; ``NoKeyring`` is one it does not (priority below 1), so the cache asks for a passphrase.
Neither is left registered for keyring's auto-detection.
"""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such entry")


class NoKeyring(KeyringBackend):
    """No secure keychain here (a headless server, say)."""

    priority = 0.1

    def __init__(self) -> None:
        super().__init__()

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no keychain")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("no keychain")


for _backend in (MemoryKeyring, NoKeyring):
    KeyringBackend._classes.discard(_backend)
