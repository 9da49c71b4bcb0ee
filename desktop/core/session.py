"""The member's session: their library over the cache and a sync engine for their server.

The engine talks to one server. When the member signs in to another address, the session asks
the composition root for a new engine (``connect``) and carries on with the same cache, which
forgets another member's content by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from desktop.cache.records import Account
from desktop.core.doc_receipts import DocReceipts
from desktop.core.library import Library, LibraryStore
from desktop.core.two_factor import TwoFactor
from desktop.core.votes import VotesService, VotesStore
from desktop.sync.api import ApiClient
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.errors import AuthRequired
from desktop.sync.progress import ProgressCallback
from desktop.sync.status import SyncStatus
from protocol.errors import ErrorCode
from protocol.invitations import InvitationCreate, InvitationCreated, InvitationPreview
from protocol.models import PokeData


class SessionStore(LibraryStore, VotesStore, Protocol):
    def account(self) -> Account | None: ...

    def token(self) -> str | None: ...


def same_server(a: str, b: str) -> bool:
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()


class Session:
    """What the windows work with; every method may run in the worker thread except
    ``library``'s reads, which the cache allows from any thread."""

    def __init__(
        self,
        store: SessionStore,
        engine: SyncEngine,
        connect: Callable[[str], SyncEngine],
    ) -> None:
        self._store = store
        self._engine = engine
        self._connect = connect
        self.library = Library(store)
        self.votes = VotesService(store, self._api_and_token)
        self.doc_receipts = DocReceipts(store.account, self._api_and_token)
        self.two_factor = TwoFactor(self._api_and_token)

    @property
    def engine(self) -> SyncEngine:
        return self._engine

    @property
    def server_url(self) -> str:
        return self._engine.server_url

    def account(self) -> Account | None:
        return self._store.account()

    def token(self) -> str | None:
        """The member's token on this device (None when signed out), for the event stream."""
        return self._store.token()

    def _api_and_token(self) -> tuple[ApiClient, str]:
        """The current server's client and the member's token, for online calls."""
        token = self._store.token()
        if token is None:
            raise AuthRequired(ErrorCode.UNAUTHENTICATED, "Sign in to do this.", 401)
        return self._engine.api, token

    def organisation_name(self) -> str:
        account = self._store.account()
        return self.library.organisation_name() or (account.organisation_name if account else "")

    def needs_sign_in(self, email: str | None = None) -> bool:
        return self._engine.needs_sign_in(email)

    def use_server(self, server_url: str) -> None:
        """Talk to ``server_url`` from now on (a new engine if it is another server)."""
        if server_url.strip() and not same_server(server_url, self._engine.server_url):
            self._engine = self._connect(server_url.strip())

    def sign_in(
        self,
        server_url: str,
        email: str,
        password: str,
        device_name: str,
        otp: str | None = None,
    ) -> Account:
        """Sign in on ``server_url`` (switching servers if it is another one); ``otp``: the
        two-factor code when the server asked for one."""
        self.use_server(server_url)
        return self._engine.sign_in(email, password, device_name, otp)

    def invite(self, request: InvitationCreate) -> InvitationCreated:
        """The secretariat invites a member, online; the code and link are answered once."""
        api, token = self._api_and_token()
        return api.create_invitation(token, request)

    def preview_invitation(self, server_url: str, code: str) -> InvitationPreview:
        """Whose invitation ``code`` on ``server_url`` is (switching servers if needed)."""
        self.use_server(server_url)
        return self._engine.api.preview_invitation(code)

    def accept_invitation(
        self, server_url: str, code: str, password: str, device_name: str
    ) -> Account:
        """Accept the invitation with the password the member chose, and sign in."""
        self.use_server(server_url)
        return self._engine.accept_invitation(code, password, device_name)

    @property
    def totp_enrolment_required(self) -> bool:
        """The last sign-in said the member must set up two-factor sign-in before anything."""
        return self._engine.totp_enrolment_required

    def sync(self, progress: ProgressCallback | None = None) -> SyncReport:
        """Sync now; ``progress`` is told after every page pulled (the first sync shows it)."""
        return self._engine.sync(progress)

    def apply_poke(self, poke: PokeData) -> bool:
        """Apply the page a live poke carried; False: sync instead."""
        return self._engine.apply_poke(poke)

    def status(self) -> SyncStatus:
        return self._engine.status()

    def refresh_status(self) -> SyncStatus:
        return self._engine.refresh_status()

    def next_delay(self) -> float | None:
        return self._engine.next_delay()
