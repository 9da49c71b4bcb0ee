"""Errors of the encrypted cache.

CacheError
 ├── CacheLocked          the key or passphrase does not open this cache (wrong or lost key)
 ├── CacheTooNew          the cache was written by a newer Quorum; refuse, never downgrade
 ├── InsecureKeychain     the keychain backend is not one keyring recommends; use a passphrase
 ├── PassphraseRequired   no secure keychain and no passphrase given
 └── InvalidChange        a sync page holds a change that does not match the protocol; the
                          page is not applied (nothing of it, not its cursor)

Messages never quote synced content: they may end up in the log file.
"""

from __future__ import annotations


class CacheError(Exception):
    """Base of every cache error; ``code`` is stable, for translated messages."""

    code = "cache_error"


class CacheLocked(CacheError):
    code = "cache_locked"


class CacheTooNew(CacheError):
    code = "cache_too_new"


class InsecureKeychain(CacheError):
    code = "insecure_keychain"


class PassphraseRequired(CacheError):
    code = "passphrase_required"


class InvalidChange(CacheError):
    code = "invalid_change"
