"""The composition root of the desktop app: builds everything and wires it together.

``run_app`` opens the profile's cache (asking for a passphrase or offering a reset when it
must), signs the member in when there is no valid account, then opens the main window on what
the cache holds at once and syncs in the background. With the server unreachable the app still
opens, offline, on the cache.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import httpx
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

from desktop import first_run
from desktop.cache.errors import CacheLocked, CacheTooNew, InsecureKeychain, PassphraseRequired
from desktop.cache.keys import KeyStore
from desktop.core.diagnostics import Diagnostics
from desktop.core.documents_api import BoardFilesApi
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import (
    Services,
    build_services,
    reset_cache,
    setup_logging,
)
from desktop.signing_in import PASSWORD_ENV as PASSWORD_ENV
from desktop.signing_in import device_name as device_name
from desktop.signing_in import sign_in_interactively
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.engine import SyncEngine
from desktop.sync.server_address import is_refused
from desktop.ui.about_dialog import add_help_menu, qt_version
from desktop.ui.appearance import BASE_POINT_SIZE as BASE_POINT_SIZE
from desktop.ui.appearance import apply_appearance
from desktop.ui.conv_network import Network, build_network
from desktop.ui.errors import install_excepthook, show_error
from desktop.ui.events import AppEvents
from desktop.ui.i18n import choose_language, install_translations
from desktop.ui.invite_dialog import add_invite_action
from desktop.ui.live_announcer import install_live_announcer
from desktop.ui.main_window import MainWindow
from desktop.ui.meeting_models import BoardUseCases
from desktop.ui.passphrase_dialog import PassphraseDialog, ResetCacheDialog
from desktop.ui.preferences import Preferences
from desktop.ui.runner import Runner, TaskRunner
from desktop.ui.settings_wiring import install_settings
from desktop.ui.single_instance import SecondStart, SingleInstance
from desktop.ui.toolbar_fit import fit_toolbar
from desktop.ui.tour_dialog import add_tour_action
from desktop.ui.tray_wiring import install_tray
from desktop.ui.trust_wiring import DeviceTrust, enforce_offline_limit

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger("desktop.app")


def application() -> QApplication:
    """The QApplication: the existing one (tests) or a new one, styled for reading."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Quorum")
    app.setOrganizationName("Quorum")
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    return app


def open_services(
    profile: Profile,
    server_url: str,
    keyring_backend: KeyringBackend | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Services | None:
    """Open the cache, asking the member what is needed; None when they chose to quit."""
    passphrase: str | None = None
    while True:
        try:
            return build_services(
                profile,
                server_url,
                passphrase=passphrase,
                keyring_backend=keyring_backend,
                transport=transport,
            )
        except (PassphraseRequired, InsecureKeychain, CacheLocked) as error:
            locked = isinstance(error, CacheLocked)
            mode = KeyStore(profile.path, backend=keyring_backend).mode
            if locked and mode != "passphrase":  # the keychain's key is lost or changed
                if not _offer_reset(profile, keyring_backend):
                    return None
                passphrase = None
                continue
            dialog = PassphraseDialog(creating=mode != "passphrase", wrong_before=locked)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                passphrase = dialog.passphrase
            elif dialog.reset_requested and _offer_reset(profile, keyring_backend):
                passphrase = None
            else:
                return None
        except CacheTooNew as error:
            show_error(None, error)
            return None


def _offer_reset(profile: Profile, keyring_backend: KeyringBackend | None) -> bool:
    dialog = ResetCacheDialog()
    dialog.exec()
    if not dialog.reset_chosen():
        return False
    reset_cache(profile, keyring_backend)
    log.info("cache reset by the member")
    return True


@dataclass
class AppContext:
    """Everything the running app holds; ``close()`` stops it in order."""

    profile: Profile
    services: Services
    session: Session
    runner: Runner
    events: AppEvents
    window: MainWindow
    #: The app started again after a remote wipe, when the member signed in again.
    successor: AppContext | None = None

    def close(self) -> None:
        if self.successor is not None:
            self.successor.close()
        self.window.close()
        shutdown = getattr(self.runner, "shutdown", None)
        if callable(shutdown):
            shutdown()
        self.services.close()


def make_session(services: Services, transport: httpx.BaseTransport | None = None) -> Session:
    """A session over ``services`` that rewires them when the member changes server."""

    def connect(server_url: str) -> SyncEngine:
        old = services.http
        services.http = build_http_client(server_url, transport)
        services.api = ApiClient(services.http)
        services.engine = SyncEngine(services.api, services.store, server_url)
        old.close()
        return services.engine

    return Session(services.store, services.engine, connect)


class _CurrentBoardFiles:
    """``services.board_files`` as it is now: it follows the http client, which the session
    replaces when the member changes server."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def __getattr__(self, name: str) -> Any:
        return getattr(self._services.board_files, name)


def board_use_cases(services: Services) -> BoardUseCases:
    """Meetings, actions, board files and document extras, as ``desktop.services`` built them."""
    return BoardUseCases(
        meetings=services.meetings,
        actions=services.actions,
        files=cast(BoardFilesApi, _CurrentBoardFiles(services)),
        extras=services.document_extras,
    )


def build_main_window(
    session: Session,
    runner: Runner,
    events: AppEvents,
    profile: Profile | None = None,
    network: Network | None = None,
    board: BoardUseCases | None = None,
) -> MainWindow:
    """The main window over a session, without an event loop (tests use this too).
    ``network``: the committee network's use cases, ``board`` the board documents' (both
    built over the session's cache if None)."""

    def sign_in_again() -> bool:
        if profile is None:
            return False
        return sign_in_interactively(profile, session, runner, None) is not None

    window = MainWindow(
        session, runner, events, sign_in_again if profile else None, network=network, board=board
    )
    if profile is not None:
        window.lock_wiring.use_profile(profile)  # the member's own lock delay

    def diagnostics() -> Diagnostics:
        return Diagnostics(
            qt=qt_version(),
            profile_folder=str(profile.path) if profile else "-",
            log_file=str(profile.log_file) if profile else "-",
            server_url=session.server_url,
            sync_state=session.status().state.value,
        )

    help_menu = add_help_menu(window, diagnostics)
    install_settings(window, help_menu, profile)  # File > Settings…, Help > Keyboard shortcuts
    add_tour_action(window)  # Help > Guided tour
    account = session.account()
    add_invite_action(
        window,
        account.roles if account else (),
        session.invite,
        runner,
        session.library.committees,
        window.quit_action,
    )
    install_tray(window, profile.path if profile else None)  # counts, sync now, close to tray
    install_live_announcer(window)  # new messages, votes closing soon, failed syncs said
    fit_toolbar(window)  # large text: the views' buttons wrap onto more rows along the top
    return window


def start_app(
    profile: Profile | Path,
    server_url: str | None = None,
    email: str | None = None,
    *,
    keyring_backend: KeyringBackend | None = None,
    transport: httpx.BaseTransport | None = None,
    runner: Runner | None = None,
    install_hook: bool = True,
    invitation: tuple[str, str] | None = None,
) -> AppContext | None:
    """Everything ``run_app`` does before the event loop; None when the member quit.
    ``invitation``: the (server, code) of a ``quorum://invite`` link: accepted first.

    ``install_hook=False`` leaves ``sys.excepthook`` alone (tests keep pytest-qt's)."""
    if not isinstance(profile, Profile):
        profile = Profile(Path(profile))
    app = application()
    settings = profile.load_settings()
    install_translations(app, choose_language(settings.language))
    preferences = Preferences(profile.path)  # the member's text size and contrast, at once
    apply_appearance(app, preferences.text_scale, preferences.high_contrast)
    setup_logging(profile)
    if install_hook:
        install_excepthook()
    first = first_run.needed(profile, server_url)  # the welcome assistant (docs/INSTALLED.md)
    resumed = not first and first_run.interrupted(profile, server_url)  # killed mid-way
    if first and not first_run.welcome(app, profile):
        return None

    services = open_services(profile, server_url or settings.server_url, keyring_backend, transport)
    if services is None:
        return None
    url = server_url or settings.server_url
    services = enforce_offline_limit(  # past it, wiped: an empty cache (docs/SECURITY.md)
        profile, services, lambda: open_services(profile, url, keyring_backend, transport)
    )
    if services is None:
        return None
    session = make_session(services, transport)
    account = session.account()
    if not server_url and not settings.server_url and account is not None:
        session.use_server(account.server_url)
    runner = runner or TaskRunner()
    events = AppEvents()
    # An address the member may no longer use (plain http, not allowed): the dialog says why.
    refused = is_refused(session.server_url, profile.load_settings().insecure_servers)
    if session.needs_sign_in(email) or refused or invitation is not None:
        sign_in = first_run.sign_in if first else sign_in_interactively
        signed_in = sign_in(profile, session, runner, email, invitation)
        if signed_in is None and session.account() is None:
            services.close()
            return None
    if first:
        first_run.first_sync(profile, session, runner)
    window = build_main_window(
        session,
        runner,
        events,
        profile,
        build_network(services.store),
        board_use_cases(services),
    )
    window.show()
    context = AppContext(profile, services, session, runner, events, window)

    def after_wipe(sign_in_again: bool) -> None:  # the remote wipe is done (trust_wiring)
        if sign_in_again:
            context.successor = start_app(
                context.profile,
                context.session.server_url,
                trust.email,
                keyring_backend=keyring_backend,
                transport=transport,
                install_hook=False,
            )
        if context.successor is None:
            QCoreApplication.quit()

    trust = DeviceTrust(profile, services, window, device_name(), after_wipe, transport)
    window.start()
    if first or (resumed and session.account() is not None):
        first_run.show_tour(window, profile)
    return context


def run_app(
    profile: Profile | Path,
    server_url: str | None = None,
    email: str | None = None,
    *,
    keyring_backend: KeyringBackend | None = None,
    transport: httpx.BaseTransport | None = None,
    exec_loop: bool = True,
    invitation: tuple[str, str] | None = None,
) -> int:
    """Run the desktop app; the exit code. ``exec_loop=False`` builds it and closes it again
    (a smoke test of the whole start-up). Quorum already open on this profile: it comes
    forward and takes the invitation link, and this start ends (``single_instance``)."""
    profile = profile if isinstance(profile, Profile) else Profile(Path(profile))
    application()
    guard = SingleInstance(profile.path)  # before the cache is opened
    if not guard.acquire():
        return guard.hand_over(invitation)
    context = start_app(
        profile,
        server_url,
        email,
        keyring_backend=keyring_backend,
        transport=transport,
        invitation=invitation,
    )
    if context is None:
        guard.release()
        return 0
    guard.serve(SecondStart(lambda: _latest(context).window, lambda: _email(_latest(context))))
    code = 0
    try:
        if exec_loop:
            code = QCoreApplication.exec()
        else:
            QCoreApplication.processEvents()
    finally:
        context.close()
        guard.release()
    return int(code)


def _latest(context: AppContext) -> AppContext:
    """The app running now: the one started again after a remote wipe, if any."""
    while context.successor is not None:
        context = context.successor
    return context


def _email(context: AppContext) -> str:
    account = context.session.account()
    return account.email if account is not None else ""
