"""The sync engine: push the outbox, pull the change log, and say where things stand.

It runs in a worker thread (the UI calls it through its task runner, the CLI directly) and
never touches Qt. ``status()`` is a thread-safe snapshot the UI may poll at any time.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime

from desktop.cache.records import Account
from desktop.cache.unlock import hash_password
from desktop.sync.api import ApiClient
from desktop.sync.backoff import Backoff
from desktop.sync.errors import (
    AppTooOld,
    AuthRequired,
    ServerError,
    ServerUnreachable,
    SyncError,
)
from desktop.sync.ports import SyncStore
from desktop.sync.progress import ProgressCallback, after_page, cursor_seq
from desktop.sync.status import SyncState, SyncStatus
from protocol.errors import ErrorCode
from protocol.models import (
    DEFAULT_PAGE_LIMIT,
    MAX_PUSH_BATCH,
    MutationStatus,
    PokeData,
    SignInResponse,
)
from protocol.rules import normalise_email
from protocol.security import DeviceState

log = logging.getLogger(__name__)

#: Seconds between two syncs while everything works (the event stream will poke sooner).
POLL_INTERVAL = 60.0


@dataclass(frozen=True)
class SyncReport:
    """What one ``sync()`` did. ``applied`` counts the changes applied per kind."""

    pushed: int = 0
    rejected: int = 0
    pages: int = 0
    reset: bool = False
    applied: dict[str, int] = field(default_factory=dict)


class SyncEngine:
    """Keeps one member's cache in step with their server.

    ``sync()`` and ``sign_in()`` raise the ``SyncError`` that stopped them after recording it in
    ``status()``; anything else (a cache failure) is recorded as an error and re-raised too.
    """

    def __init__(
        self,
        api: ApiClient,
        store: SyncStore,
        server_url: str,
        *,
        backoff: Backoff | None = None,
        page_limit: int = DEFAULT_PAGE_LIMIT,
        push_batch: int = MAX_PUSH_BATCH,
    ) -> None:
        self._api = api
        self._store = store
        self._server_url = server_url
        self._backoff = backoff or Backoff()
        self._page_limit = page_limit
        self._push_batch = min(push_batch, MAX_PUSH_BATCH)
        self._run_lock = threading.Lock()  # one sync or sign-in at a time
        #: The token the server answered ``wipe_required`` to, until the wipe is acknowledged.
        self.wipe_token: str | None = None
        #: The last sign-in said the member must set up two-factor sign-in first.
        self.totp_enrolment_required = False
        self._status_lock = threading.Lock()
        state = SyncState.OFFLINE if store.token() else SyncState.SIGNED_OUT
        self._status = self._snapshot(state)

    @property
    def server_url(self) -> str:
        return self._server_url

    @property
    def api(self) -> ApiClient:
        """The client of this engine's server, for the online calls of the core."""
        return self._api

    # --- status --------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._status_lock:
            return self._status

    def refresh_status(self) -> SyncStatus:
        """Recount the outbox (after the member queued something) without syncing."""
        with self._status_lock:
            pending, rejected = self._outbox_counts()
            self._status = replace(self._status, pending=pending, rejected=rejected)
            return self._status

    def next_delay(self) -> float | None:
        """Seconds until the next automatic sync; None when only the member can unblock it
        (signed out)."""
        status = self.status()
        state = status.state
        if state is SyncState.SIGNED_OUT or status.reason_code == AppTooOld.code:
            return None  # only the member can unblock it (sign in, update the app)
        if state in (SyncState.ONLINE, SyncState.SYNCING):
            return POLL_INTERVAL
        remaining = self._backoff.remaining()
        return POLL_INTERVAL if remaining is None else remaining

    # --- account -------------------------------------------------------------------------

    def needs_sign_in(self, email: str | None = None) -> bool:
        """True without a token, or when the cache belongs to another member or server."""
        account = self._store.account()
        if account is None or self._store.token() is None:
            return True
        if not _same_server(account.server_url, self._server_url):
            return True
        return email is not None and normalise_email(email) != normalise_email(account.email)

    def sign_in(
        self, email: str, password: str, device_name: str, otp: str | None = None
    ) -> Account:
        """Sign in and keep the token; the cache forgets another member's content itself.
        ``otp``: the two-factor code, when the server answered ``otp_required``."""
        with self._run_lock:
            try:
                response = self._api.sign_in(email, password, device_name, otp)
            except SyncError as exc:
                if self._store.token() is None:
                    # Still signed out, and the reason says why (wrong password, no network).
                    self._set(SyncState.SIGNED_OUT, exc.code, exc.message)
                else:
                    self._record_failure(exc)
                raise
            return self._signed_in(response, password)

    def accept_invitation(self, code: str, password: str, device_name: str) -> Account:
        """Accept an invitation (docs/INSTALLED.md): the member chose ``password``, and this
        device is signed in as after ``sign_in``."""
        with self._run_lock:
            response = self._api.accept_invitation(code, password, device_name)
            return self._signed_in(response, password)

    def _signed_in(self, response: SignInResponse, password: str) -> Account:
        """Keep the token and who signed in (under ``_run_lock``)."""
        account = Account(
            server_url=self._server_url,
            email=response.member.email,
            member_id=response.member.id,
            name=response.member.name,
            roles=tuple(role.value for role in response.member.roles),
            organisation_id=response.organisation.id,
            organisation_name=response.organisation.name,
            device_id=response.device_id,
        )
        self._store.save_sign_in(account, response.token)
        # The app lock checks this password offline (docs/SECURITY.md).
        self._store.save_unlock_hash(hash_password(password))
        # A device waiting for approval may not enrol yet: once approved, the first sync is
        # answered totp_enrolment_required and the set-up opens then (docs/SECURITY.md).
        pending = response.device_state is DeviceState.PENDING_APPROVAL
        self.totp_enrolment_required = response.totp_enrolment_required and not pending
        self._set(SyncState.OFFLINE)  # signed in, not synced yet
        return account

    def sign_out(self) -> None:
        """Tell the server (if it answers) and forget the token; the content stays readable."""
        with self._run_lock:
            token = self._store.token()
            if token is not None:
                try:
                    self._api.sign_out(token)
                except SyncError as exc:  # the token is forgotten here either way
                    log.info("sign-out not confirmed by the server: %s", exc.code)
            self._store.forget_token()
            self._set(SyncState.SIGNED_OUT)

    # --- sync ----------------------------------------------------------------------------

    def sync(self, progress: ProgressCallback | None = None) -> SyncReport:
        """Push every pending mutation, then pull until the cache is up to date.
        ``progress``: told after every page pulled (``desktop.sync.progress``)."""
        with self._run_lock:
            token = self._store.token()
            if token is None:
                self._set(SyncState.SIGNED_OUT)
                raise AuthRequired(ErrorCode.UNAUTHENTICATED, "Sign in to sync.", 401)
            self._set(SyncState.SYNCING)
            try:
                pushed, rejected = self._push(token)
                pages, reset, applied = self._pull(token, progress)
                # The search index follows what the pages (and live pokes since the last
                # sync) brought, in batches (desktop.cache.search_queue).
                self._store.index_pending()
            except Exception as exc:
                self._record_failure(exc)
                self._index_what_arrived()
                raise
            self._backoff.success()
            self._set(SyncState.ONLINE)
            report = SyncReport(pushed, rejected, pages, reset, applied)
            log.info(
                "sync done: %d pushed, %d rejected, %d pages%s",
                pushed,
                rejected,
                pages,
                " (reset)" if reset else "",
            )
            return report

    def apply_poke(self, poke: PokeData) -> bool:
        """Apply the page a live poke carried, as if pulled; False when the caller must sync
        instead (no page, something to send, a sync running, or the page does not follow on
        from the cache's cursor). Never touches the network."""
        page, since, upto = poke.page, poke.since, poke.upto
        if page is None or since is None or upto is None:
            return False
        if not self._run_lock.acquire(blocking=False):
            return False  # a sync is running: it or the next one will pull
        try:
            # Declined (None) when signed out or when something waits to be sent, too.
            applied = self._store.apply_pushed_page(page, since, upto)
        finally:
            self._run_lock.release()
        if applied is None:
            return False
        # Nothing was pending (the store checked it): the status changes only in its time and
        # state, without counting the outbox again (this runs for every message of a busy
        # committee).
        with self._status_lock:
            self._status = replace(
                self._status,
                state=SyncState.ONLINE,
                reason_code=None,
                reason_message=None,
                last_sync=page.server_time,
                pending=0,
            )
        return True

    def _index_what_arrived(self) -> None:
        """After a sync that stopped half way: what its pages brought is searchable at once
        (a search would otherwise index it all on the member's first keystroke)."""
        try:
            self._store.index_pending()
        except Exception:  # the sync's own error is the one to tell
            log.exception("sync: indexing what arrived failed")

    def _push(self, token: str) -> tuple[int, int]:
        """Send the outbox in batches, in seq order. A rejection is recorded and the queue moves
        on; a temporary error raises and leaves the rest pending for the next attempt."""
        applied = rejected = 0
        while True:
            batch = self._store.pending(self._push_batch)
            if not batch:
                break
            response = self._api.push(token, batch)
            self._store.record_results(response.results)
            for result in response.results:
                if result.status is MutationStatus.REJECTED:
                    rejected += 1
                else:
                    applied += 1
            answered = {result.client_id for result in response.results}
            if any(mutation.client_id not in answered for mutation in batch):
                # The server stopped part-way: the rest stays pending for the next sync.
                log.warning("push answered %d of %d mutations", len(answered), len(batch))
                break
            if len(batch) < self._push_batch:
                break
        return applied, rejected

    def _pull(
        self, token: str, progress: ProgressCallback | None = None
    ) -> tuple[int, bool, dict[str, int]]:
        """Ask for pages until ``has_more`` is false (or ``progress`` answers False); each page
        and its cursor are saved in one cache transaction, so a crash in between loses and
        repeats nothing."""
        cursor = self._store.cursor()
        start = cursor_seq(cursor)
        pages = 0
        reset = False
        applied: dict[str, int] = {}
        while True:
            page = self._api.pull(token, cursor, self._page_limit)
            counts = self._store.apply_page(page)
            pages += 1
            reset = reset or page.reset
            for kind, n in counts.items():
                applied[kind] = applied.get(kind, 0) + n
            start = 0 if page.reset else start
            if progress is not None and progress(after_page(start, page, pages, applied)) is False:
                break  # the member stopped waiting: the rest comes at the next sync
            if not page.has_more:
                break
            if page.next_cursor == cursor and not page.changes:
                raise ServerError("The server keeps answering the same empty page.")
            cursor = page.next_cursor
        return pages, reset, applied

    # --- status bookkeeping --------------------------------------------------------------

    def _record_failure(self, exc: BaseException) -> None:
        if isinstance(exc, AuthRequired):
            if exc.code == ErrorCode.WIPE_REQUIRED:
                # Held in memory to acknowledge the wipe (docs/SECURITY.md), and NOT forgotten
                # in the cache: a wipe that never ran (a crash, a kill) meets wipe_required
                # again at the next start. SIGNED_OUT: nothing syncs until the wipe.
                self.wipe_token = self._store.token() or self.wipe_token
            else:
                # The token is dead: forget it, keep the content readable, wait for the member.
                self._store.forget_token()
            self._set(SyncState.SIGNED_OUT, exc.code, exc.message)
            return
        self._backoff.failure()
        if isinstance(exc, ServerUnreachable):
            self._set(SyncState.OFFLINE, exc.code, exc.message)
        elif isinstance(exc, SyncError):
            self._set(SyncState.ERROR, exc.code, exc.message)
        else:
            code = getattr(exc, "code", None)
            log.error("sync failed unexpectedly: %s", type(exc).__name__)
            self._set(SyncState.ERROR, code if isinstance(code, str) else ErrorCode.INTERNAL)

    def _set(
        self,
        state: SyncState,
        reason_code: str | None = None,
        reason_message: str | None = None,
    ) -> None:
        snapshot = self._snapshot(state, reason_code, reason_message)
        with self._status_lock:
            self._status = snapshot

    def _snapshot(
        self, state: SyncState, reason_code: str | None = None, reason_message: str | None = None
    ) -> SyncStatus:
        pending, rejected = self._outbox_counts()
        return SyncStatus(
            state=state,
            reason_code=reason_code,
            reason_message=reason_message,
            last_sync=self._last_sync(),
            pending=pending,
            rejected=rejected,
        )

    def _last_sync(self) -> datetime | None:
        try:
            return self._store.last_sync()
        except Exception:  # a closed or broken cache must not break the status bar
            return None

    def _outbox_counts(self) -> tuple[int, int]:
        try:
            entries = self._store.outbox()
        except Exception:  # a closed or broken cache must not break the status bar
            return 0, 0
        pending = sum(1 for entry in entries if entry.state == "pending")
        rejected = sum(1 for entry in entries if entry.state == "rejected")
        return pending, rejected


def _same_server(a: str, b: str) -> bool:
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()
