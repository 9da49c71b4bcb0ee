"""Board documents in the UI over the real thing: a live server on loopback with the small
organisation of ``tests.serverkit`` (alice and sara in committee A "Commission finances", bob
and sara in committee B, sara the secretary) plus Claire Petit, chair of committee A, and:

- an upcoming meeting of committee A (in ten days, a place and a video link) whose agenda has
  three items: the minutes to approve, the 2026 budget (a Markdown note, a PDF of tables and an
  open motion) and the actuary's report (a second PDF);
- a past meeting of committee A, held a month ago, with its minutes (Markdown);
- actions of committee A: one for alice due in a week, one for alice already late, one for
  sara (in progress);

all published through the server's own services (``server.services.publishing``) and routes,
as the secretariat would. For each member a real encrypted cache, a real session, the real use
cases (``desktop.services``) and a real main window offscreen; work runs at once
(``ImmediateRunner``). The UI tests of meetings, actions, the PDF reader and the document side
panel share this world::

    from tests.desktop.docapp import DocWorld, doc_world
    window = doc_world.window(doc_world.org.alice, "meetings")   # signed in, synced
    doc_world.content.upcoming.id, doc_world.content.pdf.id
    doc_world.send(doc_world.org.sara, "action.update", {...}); doc_world.sync(window)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import board_use_cases, build_main_window, make_session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.conv_network import build_network
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner, Runner
from protocol.models import MutationResult
from tests.desktop.docapp_content import (
    ACTUARY_PAGES,
    BUDGET_PAGES,
    DocContent,
    make_pdf,
    publish_content,
)
from tests.serverkit import Account, Outbox, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


def new_id(prefix: str = "act") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


class Cable(httpx.BaseTransport):
    """A real HTTP transport that can be unplugged: every request then fails to connect, as
    on a train without network (a fault, so the only stand-in of this world)."""

    def __init__(self) -> None:
        self.unplugged = False
        self._real = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.unplugged:
            raise httpx.ConnectError("the cable is unplugged", request=request)
        return self._real.handle_request(request)

    def close(self) -> None:
        """The app closed its client; the cable stays usable for the next one."""
        self._real.close()
        self._real = httpx.HTTPTransport()


@dataclass
class DocWorld:
    kit: ServerKit
    org: SmallOrg
    claire: Account  # chair of committee A
    content: DocContent
    url: str
    tmp_path: Path
    qtbot: Any
    opened: list[tuple[MainWindow, Services]] = field(default_factory=list)
    devices: dict[str, Outbox] = field(default_factory=dict)
    cables: dict[str, Cable] = field(default_factory=dict)

    @property
    def committee_a(self) -> str:
        return self.org.committee_a.id

    def cable(self, account: Account) -> Cable:
        """The network cable of ``account``'s computer (``unplugged`` = offline)."""
        return self.cables.setdefault(account.key, Cable())

    def services(self, account: Account) -> Services:
        """The member's services (cache, use cases), over their cable; not signed in yet."""
        return build_services(
            Profile(self.tmp_path / f"profile-{account.key}"),
            self.url,
            passphrase=PASSPHRASE,
            transport=self.cable(account),
        )

    def window(
        self,
        account: Account,
        view: str = "meetings",
        runner: Runner | None = None,
        *,
        background: bool = False,
    ) -> MainWindow:
        """The member's app, signed in and synced, on ``view`` ("meetings", "actions",
        "documents", "votes" or "conversations"). With a real ``TaskRunner`` the work runs on
        its worker thread, as in the app: wait for what you expect (``qtbot.waitUntil``).
        ``background``: let the app download files by itself after each sync (off by default,
        so what is offline is only what the test fetched)."""
        services = self.services(account)
        session = make_session(services, self.cable(account))
        session.sign_in(self.url, account.email, account.password, "tests")
        window = build_main_window(
            session,
            runner or ImmediateRunner(),
            AppEvents(),
            network=build_network(services.store),
            board=board_use_cases(services),
        )
        self.opened.append((window, services))
        self.qtbot.addWidget(window)
        if not background:
            window.offline.background.stop()
        window.show()
        window.start()
        actions = {
            "meetings": window.board.meetings_action,
            "actions": window.board.my_actions_action,
            "documents": window.documents_action,
            "votes": window.votes_action,
            "conversations": window.network.conversations_action,
        }
        actions[view].trigger()
        self.activate(window)
        return window

    def activate(self, window: MainWindow) -> None:
        focused = window.focusWidget()
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        if focused is not None:
            focused.setFocus()

    def sync(self, window: MainWindow) -> None:
        """Push what the app queued and pull what changed (at once: ImmediateRunner)."""
        window.sync_now()

    def services_of(self, window: MainWindow) -> Services:
        return next(services for shown, services in self.opened if shown is window)

    def device(self, account: Account) -> Outbox:
        """Another app of ``account``, pushing through the server's push service."""
        if account.key not in self.devices:
            self.devices[account.key] = self.kit.outbox(account)
        return self.devices[account.key]

    def send(self, account: Account, kind: str, data: dict[str, Any]) -> MutationResult:
        result = self.device(account).send(kind, data)
        assert result.status == "applied", result
        return result

    def create_action(
        self,
        by: Account,
        title: str,
        assignees: list[Account],
        due_on: date | None,
        meeting_id: str | None = None,
    ) -> str:
        action_id = new_id()
        data: dict[str, Any] = {
            "id": action_id,
            "committee_id": self.committee_a,
            "meeting_id": meeting_id,
            "title": title,
            "assignee_ids": [a.id for a in assignees],
            "due_on": None if due_on is None else due_on.isoformat(),
        }
        self.send(by, "action.create", data)
        return action_id

    def close(self) -> None:
        for window, services in self.opened:
            window.sync.stop()
            shutdown = getattr(window.runner, "shutdown", None)
            if callable(shutdown):
                shutdown()
            window.votes_view.timer.stop()
            window.close()
            services.close()


@pytest.fixture
def doc_world(tmp_path: Path, qtbot: Any, qapp: QApplication) -> Iterator[DocWorld]:
    install_translations(qapp, "en")
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    claire = kit.add_member(
        "claire", "Claire Petit", password="claire-secret-1", title="Présidente"
    )
    kit.add_to_committee(claire, org.committee_a.id, role="chair")
    with kit.live() as server:
        built = DocWorld(kit, org, claire, None, server.url, tmp_path, qtbot)  # type: ignore[arg-type]
        built.content = publish_content(kit, org, built)
        try:
            yield built
        finally:
            built.close()
    kit.close()
    install_translations(qapp, "en")


__all__ = [
    "ACTUARY_PAGES",
    "BUDGET_PAGES",
    "Cable",
    "DocContent",
    "DocWorld",
    "doc_world",
    "make_pdf",
]
