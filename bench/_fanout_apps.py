"""The apps of ``bench.chat_fanout``: one client process runs many headless apps, each with its
own encrypted cache, sync engine and event listener, and notes when each expected message
lands in each cache.

The process obeys commands from its pipe:

- ``("grow", emails)``: sign these members in (each in a new app), sync, listen; answers
  ``("ready", apps connected)``;
- ``("expect", message_ids, channel_id)``: from now on, watch for these messages, posted in
  that order in that channel by one member alone (so message i is the channel's number
  last + i: checking a number is cheaper than looking a message up, and the check runs in
  the apps' processes, on the measured CPU); answers ``("armed",)``;
- ``("collect", deadline)``: wait until every app holds every expected message, or the
  (monotonic) deadline; answers ``("done", last arrival per message or None, sync seconds,
  CPU seconds)``;
- ``("quit",)``.
"""

from __future__ import annotations

import resource
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from desktop.cache import CacheKey, CacheStore
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener, SyncOnPoke
from protocol.models import PokeData

PASSWORD = "bench-password-1"


def more_files() -> None:
    """Each app holds two connections: allow a few thousand open files."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 16_384 if hard == resource.RLIM_INFINITY else min(hard, 16_384)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


class App:
    """One member's app, headless: syncs when poked, then notes which messages arrived."""

    def __init__(self, url: str, folder: Path, email: str, live_pages: bool = True) -> None:
        folder.mkdir(parents=True)
        self.store = CacheStore.open(folder, CacheKey.generate())
        self.http = build_http_client(url)
        self.engine = SyncEngine(ApiClient(self.http), self.store, url)
        self.engine.sign_in(email, PASSWORD, "bench")
        self.engine.sync()
        self._lock = threading.Lock()
        self.ids: list[str] = []
        self.channel_id = ""
        self.base = 0
        self.arrived: list[float | None] = []
        self.next = 0  # messages arrive in order: the first one not found yet
        self.sync_seconds: list[float] = []
        self.page_seconds: list[float] = []  # pokes whose page was applied (no pull)
        self.syncer = SyncOnPoke(self.sync, self.apply if live_pages else None)
        self.listener = EventListener(
            url, self.store.token, self.syncer.poke, on_page=self.syncer.offer
        )
        self.syncer.start()
        self.listener.start()

    def expect(self, message_ids: list[str], channel_id: str) -> None:
        with self._lock:
            self.ids, self.arrived, self.next = message_ids, [None] * len(message_ids), 0
            self.sync_seconds, self.page_seconds = [], []
            self.channel_id = channel_id
            self.base = self.store.last_message_number(channel_id)

    @property
    def complete(self) -> bool:
        with self._lock:
            return self.next >= len(self.ids)

    def sync(self) -> None:
        started = time.monotonic()
        self.engine.sync()
        self._note(started, self.sync_seconds)

    def apply(self, poke: PokeData) -> bool:
        started = time.monotonic()
        if not self.engine.apply_poke(poke):
            return False
        self._note(started, self.page_seconds)
        return True

    def _note(self, started: float, seconds: list[float]) -> None:
        now = time.monotonic()
        with self._lock:
            seconds.append(now - started)
            if self.next >= len(self.ids):
                return
            arrived = self.store.last_message_number(self.channel_id) - self.base
            while self.next < min(arrived, len(self.ids)):
                self.arrived[self.next] = now
                self.next += 1

    def close(self) -> None:
        self.listener.stop()
        self.syncer.stop()
        self.store.close()
        self.http.close()


def client_process(url: str, folder: str, pipe: Connection, live_pages: bool = True) -> None:
    more_files()
    apps: list[App] = []
    try:
        while True:
            command = pipe.recv()
            if command[0] == "grow":
                for email in command[1]:
                    apps.append(App(url, Path(folder) / f"app{len(apps)}", email, live_pages))
                for app in apps:
                    app.listener.wait_connected(30)
                pipe.send(("ready", sum(app.listener.connected for app in apps)))
            elif command[0] == "expect":
                time.sleep(0.5)  # the syncs of the hellos are over
                for app in apps:
                    app.expect(command[1], command[2])
                cpu_before = time.process_time()
                pipe.send(("armed",))
            elif command[0] == "collect":
                pipe.send(collect(apps, command[1], cpu_before))
            else:
                return
    finally:
        for app in apps:
            app.close()


def collect(apps: list[App], deadline: float, cpu_before: float) -> tuple[object, ...]:
    while time.monotonic() < deadline and not all(app.complete for app in apps):
        time.sleep(0.02)
    count = len(apps[0].ids) if apps else 0
    last: list[float | None] = []
    for i in range(count):
        times = [app.arrived[i] for app in apps]
        last.append(None if None in times else max(t for t in times if t is not None))
    syncs = [s for app in apps for s in app.sync_seconds]
    pages = [s for app in apps for s in app.page_seconds]
    return ("done", last, syncs, time.process_time() - cpu_before, pages)
