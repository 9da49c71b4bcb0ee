"""The encrypted offline cache: the only package that imports sqlcipher3 and keyring.

Typical start::

    keys = KeyStore(profile_dir)
    store = CacheStore.open(profile_dir, keys.key_for(passphrase))   # CacheError subclasses
    ...
    store.close()

After CacheLocked (lost or wrong key) or CacheTooNew the app may call
``reset_cache(profile_dir, keys)`` and start afresh: the server holds the truth.
"""

from __future__ import annotations

from desktop.cache.database import SCHEMA_VERSION, delete_database, open_database
from desktop.cache.errors import (
    CacheError,
    CacheLocked,
    CacheTooNew,
    InsecureKeychain,
    InvalidChange,
    PassphraseRequired,
)
from desktop.cache.keys import KEYCHAIN_SERVICE, PASSPHRASE_ENV, CacheKey, KeyStore
from desktop.cache.records import Account, Committee, Document, DocumentSummary, OutboxEntry
from desktop.cache.store import DB_FILENAME, CacheStore, reset_cache

__all__ = [
    "DB_FILENAME",
    "KEYCHAIN_SERVICE",
    "PASSPHRASE_ENV",
    "SCHEMA_VERSION",
    "Account",
    "CacheError",
    "CacheKey",
    "CacheLocked",
    "CacheStore",
    "CacheTooNew",
    "Committee",
    "Document",
    "DocumentSummary",
    "InsecureKeychain",
    "InvalidChange",
    "KeyStore",
    "OutboxEntry",
    "PassphraseRequired",
    "delete_database",
    "open_database",
    "reset_cache",
]
