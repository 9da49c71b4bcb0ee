"""The non-Qt half of the composition root, shared by the command line and the app.

``build_services`` opens one profile's encrypted cache and wires the sync engine to a server;
``open_cache_only`` opens the cache alone (reading offline, no server known). Both let the cache
errors (``CacheLocked``, ``PassphraseRequired``, ``InsecureKeychain``, ``CacheTooNew``)
propagate: the caller decides how to ask the member. ``desktop/app.py`` adds the Qt half.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from desktop.cache.files import FileStore
from desktop.cache.keys import KeyStore
from desktop.cache.store import CacheStore
from desktop.cache.store import reset_cache as reset_cache_files
from desktop.core.actions import Actions
from desktop.core.board_files import BoardFiles
from desktop.core.document_extras import DocumentExtras
from desktop.core.documents_api import ActionsApi, BoardFilesApi, DocumentExtrasApi, MeetingsApi
from desktop.core.meetings import Meetings
from desktop.profile import Profile, ProfileSettings
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.engine import SyncEngine
from desktop.sync.files import FileDownloader
from desktop.sync.server_address import ServerTrust, set_trust

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

#: Log files rotate at this size; they hold events and error codes, never content.
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


class _BoardDocuments:
    """The board documents use cases over ``store`` (``desktop.core.documents_api``): meetings,
    actions, a document's versions, notes and comments. Built once, with the cache."""

    store: CacheStore
    meetings: MeetingsApi
    actions: ActionsApi
    document_extras: DocumentExtrasApi

    def _build_documents(self) -> None:
        self.meetings = Meetings(self.store)
        self.actions = Actions(self.store)
        self.document_extras = DocumentExtras(self.store)


@dataclass
class OpenCache(_BoardDocuments):
    """A profile's cache, opened without any server (files already downloaded can be read;
    a download fails as offline)."""

    profile: Profile
    keystore: KeyStore
    store: CacheStore
    meetings: MeetingsApi = field(init=False)
    actions: ActionsApi = field(init=False)
    document_extras: DocumentExtrasApi = field(init=False)
    board_files: BoardFilesApi = field(init=False)

    def __post_init__(self) -> None:
        self._build_documents()
        self.board_files = BoardFiles(FileStore(self.store), None)

    def close(self) -> None:
        self.store.close()


@dataclass
class Services(_BoardDocuments):
    """Everything below the UI, for one profile and one server. The board documents use cases
    (``meetings``, ``actions``, ``document_extras``) are built with it; ``board_files``
    downloads over the current ``http`` client (rebuilt when the app swaps it)."""

    profile: Profile
    keystore: KeyStore
    store: CacheStore
    http: httpx.Client
    api: ApiClient
    engine: SyncEngine
    meetings: MeetingsApi = field(init=False)
    actions: ActionsApi = field(init=False)
    document_extras: DocumentExtrasApi = field(init=False)
    _board_files: tuple[httpx.Client, BoardFilesApi] | None = field(
        init=False, default=None, repr=False
    )

    def __post_init__(self) -> None:
        self._build_documents()

    @property
    def board_files(self) -> BoardFilesApi:
        """File downloads and storage (``desktop.core.board_files``), over ``http``."""
        if self._board_files is None or self._board_files[0] is not self.http:
            files = FileStore(self.store)
            downloader = FileDownloader(self.http, files, self.store.token)
            self._board_files = (self.http, BoardFiles(files, downloader))
        return self._board_files[1]

    def close(self) -> None:
        """Close the connection pool, then the cache (which checkpoints its WAL)."""
        try:
            self.http.close()
        finally:
            self.store.close()


def open_cache_only(
    profile: Profile,
    passphrase: str | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> OpenCache:
    """Open the profile's cache with its key (creating both on first use)."""
    profile.ensure()
    keystore = KeyStore(profile.path, backend=keyring_backend)
    store = CacheStore.open(profile.path, keystore.key_for(passphrase))
    return OpenCache(profile, keystore, store)


def build_services(
    profile: Profile,
    server_url: str,
    *,
    passphrase: str | None = None,
    keyring_backend: KeyringBackend | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Services:
    """Open the cache and wire a sync engine to ``server_url`` (``transport`` for tests).
    The profile's server trust (test servers allowed, pinned CA) applies from now on."""
    apply_server_trust(profile.load_settings())
    cache = open_cache_only(profile, passphrase, keyring_backend)
    try:
        http = build_http_client(server_url, transport)
    except BaseException:
        cache.close()
        raise
    api = ApiClient(http)
    engine = SyncEngine(api, cache.store, server_url)
    return Services(profile, cache.keystore, cache.store, http, api, engine)


def apply_server_trust(settings: ProfileSettings) -> ServerTrust:
    """The member's choices in ``settings`` (plain-http test servers, the organisation's CA)
    for every connection of this process (``desktop.sync.server_address``)."""
    trust = ServerTrust.of(settings.ca_file, settings.insecure_servers)
    set_trust(trust)
    return trust


def reset_cache(profile: Profile, keyring_backend: KeyringBackend | None = None) -> None:
    """Delete the profile's cache and its key; the next start downloads everything again.

    The outbox goes with it: changes not yet sent are lost (say so before calling this).
    """
    reset_cache_files(profile.path, KeyStore(profile.path, backend=keyring_backend))


class _QuorumLogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler ``setup_logging`` installed, so a second call replaces it."""


def setup_logging(profile: Profile, level: int = logging.INFO) -> None:
    """Send log records to the profile's log file (events and codes only, never content).
    Calling it again (another profile) replaces the file."""
    profile.ensure()
    profile.log_file.parent.mkdir(parents=True, exist_ok=True)
    stop_logging()
    root = logging.getLogger()
    handler = _QuorumLogHandler(
        profile.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    # httpx logs every URL at INFO; the cursor in a query string is nobody's business.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def stop_logging() -> None:
    """Close the profile's log file, if ``setup_logging`` opened one."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _QuorumLogHandler):
            root.removeHandler(handler)
            handler.close()
