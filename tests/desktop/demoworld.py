"""The demo organisation (``server.services.demo``) as a member sees it: a live server on
loopback loaded with the demo, a real encrypted cache signed in and synced, and the real main
window offscreen; work runs at once (``ImmediateRunner``).

Used by the text-size test and by ``scripts/screenshots.py``::

    with demo_world(tmp_path) as world:
        window = world.window()           # Claire Martin, synced, on Documents
        world.open_pdf(window)            # the board pack's first PDF, downloaded and shown
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.app import board_use_cases, build_main_window, make_session
from desktop.cache.records import Document
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.conv_network import build_network
from desktop.ui.events import AppEvents
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner
from server.services.demo import DemoAccount, demo_file, load_demo
from tests.serverkit import make_server

PASSPHRASE = "phrase secrète de la démo"
#: The demo member whose app is shown: a board member with votes, meetings and conversations.
MEMBER = "claire.martin@demo.quorum.example"


@dataclass
class DemoWorld:
    url: str
    accounts: list[DemoAccount]
    folder: Path
    opened: list[tuple[MainWindow, Services]] = field(default_factory=list)

    def account(self, email: str = MEMBER) -> DemoAccount:
        return next(a for a in self.accounts if a.email == email)

    def window(self, email: str = MEMBER, device: str = "demo") -> MainWindow:
        """The member's main window on their computer ``device`` (a profile of its own),
        signed in and synced, shown at 1280x800 on Documents."""
        member = self.account(email)
        services = build_services(
            Profile(self.folder / f"profile-{email.split('@')[0]}-{device}"),
            self.url,
            passphrase=PASSPHRASE,
        )
        session = make_session(services)
        session.sign_in(self.url, member.email, member.password, device)
        window = build_main_window(
            session,
            ImmediateRunner(),
            AppEvents(),
            network=build_network(services.store),
            board=board_use_cases(services),
        )
        self.opened.append((window, services))
        window.offline.background.stop()  # only what is asked for is downloaded
        window.resize(1280, 800)
        window.show()
        window.start()
        return window

    def services_of(self, window: MainWindow) -> Services:
        return next(services for shown, services in self.opened if shown is window)

    def pdfs(self, window: MainWindow) -> list[Document]:
        """The PDF documents the member can read, in the order of their lists."""
        services = self.services_of(window)
        store = services.store
        found = []
        for place in [None, *(c.id for c in store.committees())]:
            for listed in store.documents(place):
                doc = store.document(listed.id)
                if doc is not None and doc.format == "pdf" and doc not in found:
                    found.append(doc)
        return found

    def open_pdf(self, window: MainWindow) -> Document:
        """Download the first PDF of the member's documents and show it in the Documents
        view."""
        doc = self.pdfs(window)[0]
        services = self.services_of(window)
        detail = services.document_extras.detail(doc.id)
        assert detail is not None and detail.file is not None
        services.board_files.download([detail.file.sha256])
        window.show_documents()
        window.select_document(doc.committee_id, doc.id)
        window.open_document(doc.id)
        return doc

    def close(self) -> None:
        for window, services in self.opened:
            window.sync.stop()
            window.votes_view.timer.stop()
            window.close()
            services.close()
        self.opened.clear()


@contextmanager
def demo_world(folder: Path) -> Iterator[DemoWorld]:
    """The demo on a live server whose database and profiles live in ``folder``."""
    kit = make_server(folder, "demo")
    try:
        accounts = load_demo(kit.engine, demo_file(), passwords=kit.passwords)
        with kit.live() as server:
            world = DemoWorld(server.url, accounts, folder)
            try:
                yield world
            finally:
                world.close()
    finally:
        kit.close()
