"""The live event hub: who is listening, and waking them when a change they may see is stored.

No HTTP here (``server.api.routes.events`` streams what a ``Subscription`` yields). One hub per
running app, bound to its event loop and its engine.

How it learns of commits: a pool ``checkin`` listener on the engine. A connection goes back to
the pool once its transaction has ended, so a read started after that sees what it wrote;
SQLAlchemy's connection ``commit`` event fires *before* the COMMIT (a read started from it can
miss the rows) and, like every connection event, makes SQLAlchemy dispatch events around every
statement (see ``server.db.engine``). On SQLite the listener wakes the hub only when the
connection changed rows (``total_changes`` moved), so the many read transactions cost nothing.
The listener runs in whatever thread wrote (the group-commit writer, a CLI, a test) and hands
over to the loop with ``call_soon_threadsafe``. A periodic sweep also catches writes made by
another process.

On each wake-up the hub reads the new change rows once (seq, kind, audience), then gives each
subscriber the newest seq they may see, by the rule of ``server.services.sync``: rows for the
whole organisation, for a committee they belong to, or for them (when it names a committee too,
only while they belong to it). Pokes coalesce: a subscriber who has not taken the last one yet
is just told the newer seq. Committee ids are reloaded when membership rows pass; subscriptions
of revoked devices and disabled members end.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Engine, event

from server.services.event_pages import Pages
from server.services.event_reads import Batch, Newest, load_member, read_batch, read_end

log = logging.getLogger(__name__)

#: Seconds between two reads of the change log when no commit woke the hub (writes made by
#: another process, e.g. the command line) and between two checks for revoked devices.
SWEEP_SECONDS = 5.0
#: Seconds to wait after a failed read before trying again.
RETRY_SECONDS = 1.0


class StreamClosed(Exception):
    """The hub ended this subscription: the device was revoked or the server is stopping."""


class Subscription:
    """One open stream: a member's device, the committees they belong to, and the newest seq
    they have not been told yet. Touched only from the hub's event loop."""

    def __init__(
        self, member_id: str, device_id: str, committee_ids: frozenset[str], loaded_at: int
    ) -> None:
        self.member_id = member_id
        self.device_id = device_id
        self.committee_ids = committee_ids
        self.loaded_at = loaded_at  # the newest seq of the snapshot the committee ids come from
        self.sent = 0  # the newest seq announced (the hello's seq first)
        self.newest = 0  # the newest seq this member may see
        self.page: str | None = None  # the JSON of the poke not yet taken, when it has a page
        self.closed = False
        self._wake = asyncio.Event()

    @property
    def up_to_date(self) -> bool:
        """Every poke offered has been taken: a new one may carry its page."""
        return self.newest == self.sent

    def offer(self, seq: int, page: str | None = None) -> None:
        """``page``: the whole data of the poke (``PokeData`` JSON), or None for a bare one.
        Pokes coalesce, and a coalesced poke never carries a page (the app pulls)."""
        if seq > self.newest:
            self.page = page if self.up_to_date else None
            self.newest = seq
            self._wake.set()

    def close(self) -> None:
        self.closed = True
        self._wake.set()

    async def next_seq(self, timeout: float) -> int | None:
        """The newest seq to announce, or None when ``timeout`` passes with nothing new;
        ``StreamClosed`` once the hub has ended the subscription."""
        found = await self.next_event(timeout)
        return None if found is None else found[0]

    async def next_event(self, timeout: float) -> tuple[int, str | None] | None:
        """As ``next_seq``, with the poke's page JSON (None: a bare poke)."""
        if self.newest <= self.sent and not self.closed:
            try:
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
            except TimeoutError:
                pass
        self._wake.clear()
        if self.closed:
            raise StreamClosed()
        if self.newest > self.sent:
            self.sent = self.newest
            page, self.page = self.page, None
            return self.sent, page
        return None


class EventHub:
    """``await hub.start()`` in the app's event loop, ``subscribe``/``unsubscribe`` per stream,
    ``await hub.stop()`` at the end. ``close_streams()`` may be called from any thread."""

    def __init__(self, engine: Engine, *, sweep_seconds: float = SWEEP_SECONDS) -> None:
        self._engine = engine
        self._sweep_seconds = sweep_seconds
        self._subscriptions: set[Subscription] = set()
        self._published = 0  # the newest seq handed out to subscribers
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._pump_task: asyncio.Task[None] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._closing = False
        self._info_key = f"quorum-events-{id(self)}"  # per hub: several may share an engine
        self._listening = False

    @property
    def subscriptions(self) -> int:
        return len(self._subscriptions)

    @property
    def published(self) -> int:
        return self._published

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quorum-events")
        self._published = await self._in_thread(read_end, self._engine)
        event.listen(self._engine, "checkin", self._on_checkin)
        self._listening = True
        self._pump_task = asyncio.create_task(self._pump(), name="quorum-events-pump")

    async def stop(self) -> None:
        self._end_all()
        if self._listening:
            event.remove(self._engine, "checkin", self._on_checkin)
            self._listening = False
        if self._pump_task is not None:
            self._pump_task.cancel()
            try:
                await self._pump_task
            except asyncio.CancelledError:
                pass
            self._pump_task = None
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        self._loop = None

    def close_streams(self) -> None:
        """End every stream and refuse new ones: the server is stopping. Thread-safe."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._end_all)
        except RuntimeError:  # the loop closed meanwhile
            pass

    async def subscribe(self, member_id: str, device_id: str) -> Subscription:
        """A new subscription; ``sent`` holds the newest seq the member may see now (the
        hello's). Raises ``StreamClosed`` when the server is stopping."""
        if self._closing:
            raise StreamClosed()
        committee_ids, end, hello = await self._in_thread(load_member, self._engine, member_id)
        if self._closing:
            raise StreamClosed()
        subscription = Subscription(member_id, device_id, committee_ids, end)
        subscription.sent = subscription.newest = hello
        self._subscriptions.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self._subscriptions.discard(subscription)

    # --- inside the loop -----------------------------------------------------------------

    def _end_all(self) -> None:
        self._closing = True
        for subscription in list(self._subscriptions):
            subscription.close()
        self._subscriptions.clear()

    async def _in_thread(self, fn: Any, *args: Any) -> Any:
        assert self._loop is not None
        return await self._loop.run_in_executor(self._executor, fn, *args)

    async def _pump(self) -> None:
        assert self._wake is not None
        while True:
            try:
                async with asyncio.timeout(self._sweep_seconds):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
            try:
                await self._publish()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a locked or closing database: try again shortly
                log.warning("event hub: reading the change log failed (%s)", type(exc).__name__)
                await asyncio.sleep(RETRY_SECONDS)
                self._wake.set()

    async def _publish(self) -> None:
        if not self._subscriptions:
            self._published = await self._in_thread(read_end, self._engine)
            return
        devices = sorted({s.device_id for s in self._subscriptions})
        batch: Batch = await self._in_thread(read_batch, self._engine, self._published, devices)
        self._published = max(self._published, batch.end)
        # Whose committees changed in this batch: rows from before may become visible to them,
        # so their poke carries no page (their app pulls).
        moved: set[tuple[str, frozenset[str]]] = set()
        if batch.memberships is not None:
            for subscription in self._subscriptions:
                if subscription.loaded_at < batch.end:
                    now = batch.memberships.get(subscription.member_id, frozenset())
                    if now != subscription.committee_ids:
                        moved.add((subscription.member_id, now))
                    subscription.committee_ids = now
                    subscription.loaded_at = batch.end
        for subscription in list(self._subscriptions):
            if subscription.device_id in batch.refused_devices:
                subscription.close()
                self._subscriptions.discard(subscription)
        if not batch.rows:
            return
        newest = Newest.of(batch.rows)
        seen: dict[tuple[str, frozenset[str]], int] = {}
        pages = Pages(batch.contents, batch.start, batch.end, batch.log_id)
        for subscription in self._subscriptions:
            key = (subscription.member_id, subscription.committee_ids)
            seq = seen.get(key)
            if seq is None:
                seq = seen[key] = newest.for_member(*key)
            if not seq:
                continue
            page = None
            if subscription.up_to_date and key not in moved:
                page = pages.poke(key, seq, since=subscription.sent)
            subscription.offer(seq, page)

    # --- any thread ----------------------------------------------------------------------

    def _on_checkin(self, dbapi_connection: Any, record: Any) -> None:
        """A connection went back to the pool: wake the hub if it wrote anything."""
        if dbapi_connection is not None and record is not None:
            total = getattr(dbapi_connection, "total_changes", None)
            if total is not None:
                if record.info.get(self._info_key) == total:
                    return  # a read: nothing changed
                record.info[self._info_key] = total
        loop, wake = self._loop, self._wake
        if loop is None or wake is None:
            return
        try:
            loop.call_soon_threadsafe(wake.set)
        except RuntimeError:  # the loop is closed: the app has stopped
            pass
