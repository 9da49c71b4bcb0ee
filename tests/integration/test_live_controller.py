"""The app's sync controller and the live event stream: it listens once signed in and online,
syncs when poked, folds the pokes that come during a sync into one more sync, follows a change
of member, and stops listening when signed out or closed.

Real server on loopback, real encrypted cache, real session; Qt offscreen (pytest-qt).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import make_session
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.sync.events import EventListener
from desktop.sync.status import SyncState
from desktop.ui.events import AppEvents
from desktop.ui.runner import ImmediateRunner, TaskRunner
from desktop.ui.sync_controller import SyncController
from protocol.network import committee_channel
from tests.serverkit import Account, LiveServer, ServerKit, SmallOrg

PASSPHRASE = "phrase secrète de test"
SIGNAL_TIMEOUT_MS = 5_000


class HeldRunner:
    """Keeps each task until the test lets it run (a sync that takes as long as the test
    wants)."""

    def __init__(self) -> None:
        self.tasks: list[tuple[Callable[[], Any], Any, Any]] = []
        self.started = 0

    def run(self, fn: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> None:
        self.started += 1
        self.tasks.append((fn, on_done, on_error))

    def is_busy(self) -> bool:
        return bool(self.tasks)

    def finish(self) -> None:
        fn, on_done, on_error = self.tasks.pop(0)
        try:
            result = fn()
        except Exception as error:
            on_error(error)
        else:
            on_done(result)


class StubListener:
    """Stands for the event listener: the test pokes by hand."""

    def __init__(self, server_url: str, on_poke: Callable[[], None]) -> None:
        self.server_url = server_url
        self.poke = on_poke
        self.running = False
        self.stopped = False

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running, self.stopped = False, True


@pytest.fixture
def live(kit: ServerKit) -> Iterator[LiveServer]:
    with kit.live() as server:
        yield server


class Apps:
    """Signed-in sessions of members' apps, each over its own profile and encrypted cache."""

    def __init__(self, tmp_path: Path, url: str) -> None:
        self.tmp_path, self.url = tmp_path, url
        self.services: dict[Session, Services] = {}

    def __call__(self, account: Account) -> Session:
        profile = Profile(self.tmp_path / f"profile-{account.key}-{len(self.services)}")
        services = build_services(profile, self.url, passphrase=PASSPHRASE)
        session = make_session(services)
        self.services[session] = services
        session.sign_in(self.url, account.email, account.password, "live tests")
        return session

    def close(self) -> None:
        for services in self.services.values():
            services.close()


@pytest.fixture
def sessions(tmp_path: Path, live: LiveServer, qapp: QApplication) -> Iterator[Apps]:
    apps = Apps(tmp_path, live.url)
    yield apps
    apps.close()


@pytest.fixture
def controllers() -> Iterator[list[SyncController]]:
    made: list[SyncController] = []
    yield made
    for controller in made:
        controller.stop()


def post(kit: ServerKit, author: Account, channel_id: str) -> str:
    message_id = uuid.uuid4().hex
    data = {"message_id": message_id, "channel_id": channel_id, "body": "Du nouveau"}
    assert kit.outbox(author).send("message.post", data).status == "applied"
    return message_id


def test_once_online_the_app_listens_and_a_poke_brings_a_new_message_without_asking(
    kit: ServerKit,
    org: SmallOrg,
    sessions: Apps,
    controllers: list[SyncController],
    qtbot: Any,
) -> None:
    session = sessions(org.sara)
    events = AppEvents()
    controller = SyncController(session, TaskRunner(), events)
    controllers.append(controller)
    with qtbot.waitSignal(events.sync_finished, timeout=SIGNAL_TIMEOUT_MS):
        controller.sync_now(manual=False)
    listener = controller.listener
    assert isinstance(listener, EventListener) and listener.running
    assert listener.wait_connected(5)
    qtbot.wait(300)  # the hello's sync

    message_id = post(kit, org.alice, committee_channel(org.committee_a.id))

    qtbot.waitUntil(
        lambda: sessions.services[session].store.find_message(message_id) is not None,
        timeout=SIGNAL_TIMEOUT_MS,
    )


def test_pokes_during_a_sync_make_exactly_one_more_sync_after_it(
    org: SmallOrg, sessions: Apps, controllers: list[SyncController], qtbot: Any
) -> None:
    runner = HeldRunner()
    stubs: list[StubListener] = []

    def factory(
        url: str, _token: Any, on_poke: Callable[[], None], _out: Any, _page: Any
    ) -> StubListener:
        stubs.append(StubListener(url, on_poke))
        return stubs[-1]

    controller = SyncController(sessions(org.sara), runner, AppEvents(), listener_factory=factory)
    controllers.append(controller)
    controller.sync_now(manual=False)
    runner.finish()
    assert len(stubs) == 1 and stubs[0].running

    stubs[0].poke()
    qtbot.waitUntil(lambda: runner.started == 2)
    for _ in range(3):  # while that sync runs
        stubs[0].poke()
    qtbot.wait(50)
    assert runner.started == 2
    runner.finish()
    qtbot.waitUntil(lambda: runner.started == 3)
    runner.finish()
    qtbot.wait(50)

    assert runner.started == 3
    assert controller.next_sync_in_ms is not None and controller.next_sync_in_ms > 1_000


def test_signing_in_as_another_member_starts_a_new_listener(
    org: SmallOrg, sessions: Apps, controllers: list[SyncController]
) -> None:
    stubs: list[StubListener] = []

    def stub(url: str, poke: Callable[[], None]) -> StubListener:
        stubs.append(StubListener(url, poke))
        return stubs[-1]

    session = sessions(org.sara)
    controller = SyncController(
        session,
        ImmediateRunner(),
        AppEvents(),
        listener_factory=lambda url, _t, poke, _o, _p: stub(url, poke),
    )
    controllers.append(controller)
    controller.sync_now(manual=False)
    controller.sync_now(manual=False)
    assert len(stubs) == 1  # the same member: the same listener

    session.sign_in(session.server_url, org.bob.email, org.bob.password, "live tests")
    controller.sync_now(manual=False)

    assert len(stubs) == 2
    assert stubs[0].stopped and stubs[1].running


def test_a_revoked_device_stops_listening_and_the_app_shows_it_is_signed_out(
    kit: ServerKit,
    org: SmallOrg,
    sessions: Apps,
    controllers: list[SyncController],
    qtbot: Any,
) -> None:
    session = sessions(org.sara)
    events = AppEvents()
    controller = SyncController(session, TaskRunner(), events)
    controllers.append(controller)
    with qtbot.waitSignal(events.sync_finished, timeout=SIGNAL_TIMEOUT_MS):
        controller.sync_now(manual=False)
    listener = controller.listener
    assert isinstance(listener, EventListener) and listener.wait_connected(5)
    account = session.account()
    assert account is not None

    kit.revoke_device(account.device_id)

    qtbot.waitUntil(
        lambda: session.status().state is SyncState.SIGNED_OUT, timeout=SIGNAL_TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: controller.listener is None, timeout=SIGNAL_TIMEOUT_MS)
    assert not listener.running


def test_stopping_the_controller_stops_its_listener(
    org: SmallOrg, sessions: Apps, qtbot: Any
) -> None:
    events = AppEvents()
    controller = SyncController(sessions(org.sara), TaskRunner(), events)
    with qtbot.waitSignal(events.sync_finished, timeout=SIGNAL_TIMEOUT_MS):
        controller.sync_now(manual=False)
    listener = controller.listener
    assert isinstance(listener, EventListener) and listener.wait_connected(5)

    controller.stop()

    assert controller.listener is None
    assert not listener.running


def test_a_poke_that_carries_its_page_is_applied_without_a_sync_and_the_views_refresh(
    kit: ServerKit,
    org: SmallOrg,
    sessions: Apps,
    controllers: list[SyncController],
    qtbot: Any,
) -> None:
    session = sessions(org.sara)
    events = AppEvents()
    controller = SyncController(session, TaskRunner(), events)
    controllers.append(controller)
    with qtbot.waitSignal(events.sync_finished, timeout=SIGNAL_TIMEOUT_MS):
        controller.sync_now(manual=False)
    listener = controller.listener
    assert listener is not None and listener.wait_connected(5)  # type: ignore[attr-defined]
    qtbot.wait(300)  # the hello's sync
    syncs: list[object] = []
    events.sync_started.connect(lambda: syncs.append(True))

    with qtbot.waitSignal(events.documents_changed, timeout=SIGNAL_TIMEOUT_MS):
        message_id = post(kit, org.alice, committee_channel(org.committee_a.id))

    assert sessions.services[session].store.find_message(message_id) is not None
    assert syncs == []  # the poke's page was enough: no pull
    assert session.status().state is SyncState.ONLINE and not controller.syncing
