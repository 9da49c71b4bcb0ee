"""The key of the encrypted cache, and where it is kept.

A new cache gets a random 256-bit raw key kept in the OS keychain, provided the keychain
backend is one that ``keyring.core.recommended`` accepts (a plain-text or "fail" backend is
refused). Without such a keychain the member chooses a cache passphrase instead
(``QUORUM_CACHE_PASSPHRASE`` for unattended use). Which of the two a cache uses is recorded in
``<profile>/cache.json`` (the mode only, never a secret) so a later start knows what to ask for.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import keyring
import keyring.core
from keyring.backend import KeyringBackend

from desktop.cache.errors import CacheLocked, InsecureKeychain, PassphraseRequired

#: The keychain entry's service name; its username is :func:`profile_key_id`.
KEYCHAIN_SERVICE = "Quorum cache"
PASSPHRASE_ENV = "QUORUM_CACHE_PASSPHRASE"
MODE_FILENAME = "cache.json"
RAW_KEY_BYTES = 32

Mode = Literal["keychain", "passphrase"]


@dataclass(frozen=True)
class CacheKey:
    """What opens the cache: a raw 32-byte key or a passphrase, exactly one of them.

    Neither appears in ``repr`` so a key never lands in a log by accident.
    """

    raw: bytes | None = field(default=None, repr=False)
    passphrase: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.raw is None) == (self.passphrase is None):
            raise ValueError("a cache key is either a raw key or a passphrase, exactly one")
        if self.raw is not None and len(self.raw) != RAW_KEY_BYTES:
            raise ValueError(f"a raw cache key has {RAW_KEY_BYTES} bytes")
        if self.passphrase is not None and (not self.passphrase or "\x00" in self.passphrase):
            raise ValueError("a cache passphrase is a non-empty text without NUL characters")

    @classmethod
    def generate(cls) -> CacheKey:
        return cls(raw=secrets.token_bytes(RAW_KEY_BYTES))

    def pragma(self) -> str:
        """The SQL literal that follows ``PRAGMA key =``: ``"x'<64 hex>'"`` for a raw key (no
        key derivation on open), the single-quoted passphrase otherwise."""
        if self.raw is not None:
            return f"\"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"


def profile_key_id(profile_dir: Path) -> str:
    """A stable id of the profile folder: sha256 of its resolved path, 16 hex characters."""
    resolved = str(Path(profile_dir).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


def is_recommended(backend: KeyringBackend) -> bool:
    """Whether keyring recommends this backend. A backend whose priority cannot even be
    computed (Secret Service without a D-Bus session raises) is not."""
    try:
        return bool(keyring.core.recommended(backend))
    except Exception:
        return False


class KeyStore:
    """Finds, creates and forgets the key of one profile's cache."""

    def __init__(
        self,
        profile_dir: Path,
        backend: KeyringBackend | None = None,
        env: Mapping[str, str] = os.environ,
    ) -> None:
        self._profile_dir = Path(profile_dir)
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._env = env
        self.username = profile_key_id(self._profile_dir)
        self._recommended: bool | None = None

    # --- what the app calls ------------------------------------------------------------------

    def key_for(self, passphrase: str | None = None) -> CacheKey:
        """The key to open (or create) this profile's cache with.

        A cache recorded as "passphrase" (or a new cache without a recommended keychain) takes
        ``passphrase``, else ``QUORUM_CACHE_PASSPHRASE``, else raises PassphraseRequired. A
        cache recorded as "keychain" (or a new one with a recommended keychain) takes the
        keychain key, created if missing; if that keychain is no longer usable, raises
        CacheLocked (the app offers a reset).
        """
        mode = self.mode
        if mode == "passphrase" or (mode is None and not self.uses_keychain):
            chosen = passphrase or self._env.get(PASSPHRASE_ENV) or None
            if chosen is None:
                raise PassphraseRequired(
                    "No secure keychain is available on this computer: choose a passphrase "
                    f"for the offline cache (or set {PASSPHRASE_ENV} for unattended use)."
                )
            key = CacheKey(passphrase=chosen)
            self._record("passphrase")
            return key
        if not self.uses_keychain:
            raise CacheLocked(
                "The key of this offline cache is kept in the system keychain, which is not "
                f"available now ({self._backend_name()}). Unlock or start the keychain, or "
                "reset the cache to download everything again."
            )
        return self._read_keychain() or self.create()

    def load(self) -> CacheKey | None:
        """The existing key, without creating one: the keychain's (if recommended), else the
        passphrase from the environment; None when there is none yet."""
        mode = self.mode
        if mode != "passphrase" and self.uses_keychain:
            found = self._read_keychain()
            if found is not None:
                return found
        if mode != "keychain":
            passphrase = self._env.get(PASSPHRASE_ENV)
            if passphrase:
                return CacheKey(passphrase=passphrase)
        return None

    def create(self) -> CacheKey:
        """A new random key, saved in the keychain (replacing any previous one)."""
        if not self.uses_keychain:
            raise InsecureKeychain(
                f"The keychain backend {self._backend_name()} is not a secure one: the cache "
                "key will not be kept there. Choose a cache passphrase instead."
            )
        key = CacheKey.generate()
        assert key.raw is not None
        try:
            self._backend.set_password(KEYCHAIN_SERVICE, self.username, key.raw.hex())
        except Exception as error:  # D-Bus and platform errors are not all KeyringErrors
            raise InsecureKeychain(
                f"The keychain ({self._backend_name()}) refused to keep the cache key "
                f"({type(error).__name__}). Unlock the keychain or choose a cache passphrase."
            ) from None
        self._record("keychain")
        return key

    def forget(self) -> bool:
        """Delete the keychain entry, if any, and the recorded mode (reset or wipe). True when
        no key is left in the keychain (deleted, or there was none); False when the keychain
        could not be asked or kept the entry (a wipe reports it as incomplete)."""
        gone = True
        if self.uses_keychain:
            try:
                self._backend.delete_password(KEYCHAIN_SERVICE, self.username)
            except Exception:  # no entry, or a failure: ask the keychain which
                try:
                    gone = self._backend.get_password(KEYCHAIN_SERVICE, self.username) is None
                except Exception:  # D-Bus and platform errors are not all KeyringErrors
                    gone = False
        elif self.mode == "keychain":
            gone = False  # the key is in a keychain that cannot be reached now
        self._mode_file.unlink(missing_ok=True)
        return gone

    @property
    def uses_keychain(self) -> bool:
        """Whether the backend is one keyring recommends (new caches then use it). Asked once:
        for Secret Service the answer costs a D-Bus round trip."""
        if self._recommended is None:
            self._recommended = is_recommended(self._backend)
        return self._recommended

    @property
    def mode(self) -> Mode | None:
        """How this profile's cache is keyed, as recorded; None for a new cache."""
        try:
            recorded = json.loads(self._mode_file.read_text(encoding="utf-8")).get("mode")
        except (OSError, ValueError, AttributeError):
            return None
        if recorded == "keychain":
            return "keychain"
        if recorded == "passphrase":
            return "passphrase"
        return None

    # --- internals ---------------------------------------------------------------------------

    @property
    def _mode_file(self) -> Path:
        return self._profile_dir / MODE_FILENAME

    def _backend_name(self) -> str:
        cls = type(self._backend)
        return f"{cls.__module__}.{cls.__qualname__}"

    def _read_keychain(self) -> CacheKey | None:
        try:
            stored = self._backend.get_password(KEYCHAIN_SERVICE, self.username)
        except Exception as error:  # D-Bus and platform errors are not all KeyringErrors
            raise CacheLocked(
                f"The keychain did not give the key of the offline cache "
                f"({type(error).__name__}). Unlock the keychain, or reset the cache."
            ) from None
        if stored is None:
            return None
        try:
            return CacheKey(raw=bytes.fromhex(stored))
        except ValueError:
            raise CacheLocked(
                "The key of the offline cache in the keychain is damaged. Reset the cache to "
                "download everything again."
            ) from None

    def _record(self, mode: Mode) -> None:
        if self.mode == mode:
            return
        self._profile_dir.mkdir(parents=True, exist_ok=True)
        tmp = self._mode_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"mode": mode}) + "\n", encoding="utf-8")
        tmp.replace(self._mode_file)
