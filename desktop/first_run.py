"""The welcome assistant's order (docs/INSTALLED.md, "First run"), run by
``desktop.app.start_app`` for a member who has no account on this computer yet:

1. the language and the text size (``WelcomeDialog``), applied at once;
2. the cache passphrase, only where there is no keychain (``start_app`` opens the cache next,
   with the existing passphrase dialog);
3. an invitation or an account already there (``AccountChoiceDialog``, then the invitation or
   sign-in dialog); a ``quorum://invite`` link skips the choice;
4. the first sync, with its progress (``FirstSyncDialog``); stopping it leaves the app usable;
5. the tour (``TourDialog``), over the main window.

``welcome_done`` is kept once the first sync step is over, so a second start goes the usual way.
A first run stopped after signing in but before that (``interrupted``) shows the tour at the
next start, once. A remote wipe keeps the preferences (``desktop.core.device_trust``): the
member who signs in again keeps their text size and is not welcomed again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from desktop.cache import DB_FILENAME
from desktop.cache.records import Account
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.signing_in import sign_in_interactively
from desktop.ui.appearance import apply_appearance
from desktop.ui.i18n import choose_language, install_translations
from desktop.ui.preferences import Preferences
from desktop.ui.runner import Runner
from desktop.ui.tour_dialog import TourDialog
from desktop.ui.welcome_dialog import WelcomeDialog
from desktop.ui.welcome_pages import AccountChoiceDialog, FirstSyncDialog

log = logging.getLogger(__name__)


def needed(profile: Profile, server_url: str | None = None) -> bool:
    """True for a member new on this computer: the assistant never finished, and nobody signed
    in here yet (no e-mail saved) or nothing is kept here any more (the cache was deleted, or
    wiped before the assistant ever finished). A server address given on the command line is a
    prepared start (a demo, a script, the tests): it goes straight to signing in."""
    if server_url:
        return False
    if Preferences(profile.path).welcome_done:
        return False
    kept_here = (profile.path / DB_FILENAME).exists()
    return not (kept_here and profile.load_settings().email)


def interrupted(profile: Profile, server_url: str | None = None) -> bool:
    """The assistant was cut short after signing in (the app was stopped during the first
    sync): the e-mail and the cache are kept, so ``needed`` is False, yet neither the assistant
    nor the tour ever ended. ``start_app`` then shows the tour once over the main window."""
    preferences = Preferences(profile.path)
    if server_url or preferences.welcome_done or preferences.tour_done:
        return False
    return (profile.path / DB_FILENAME).exists() and bool(profile.load_settings().email)


def welcome(app: QApplication, profile: Profile) -> bool:
    """Step 1: language and text size, applied at once and kept; False when the member quit."""
    preferences = Preferences(profile.path)
    settings = profile.load_settings()
    high_contrast = preferences.high_contrast

    def on_language(code: str) -> None:
        install_translations(app, code)

    def on_text_scale(percent: int) -> None:
        apply_appearance(app, percent, high_contrast)

    dialog = WelcomeDialog(
        choose_language(settings.language), preferences.text_scale, on_language, on_text_scale
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        log.info("welcome assistant: the member quit at the first step")
        return False
    settings = profile.load_settings()
    settings.language = dialog.language
    profile.save_settings(settings)
    preferences.text_scale = dialog.text_scale
    return True


def sign_in(
    profile: Profile,
    session: Session,
    runner: Runner,
    email: str | None = None,
    invitation: tuple[str, str] | None = None,
) -> Account | None:
    """Step 3: the invitation (from the link, or a code typed) or the sign-in dialog; back to
    the choice when the member cancels one; None when they quit."""
    if invitation is not None:
        return sign_in_interactively(profile, session, runner, email, invitation)
    while True:
        choice = AccountChoiceDialog()
        if choice.exec() != QDialog.DialogCode.Accepted:
            return None
        if choice.choice == AccountChoiceDialog.INVITATION:
            # The invitation dialog with nothing filled in; the sign-in dialog follows it only
            # when it was left without accepting (it offers the invitation again too).
            account = sign_in_interactively(profile, session, runner, email, ("", ""))
        else:
            account = sign_in_interactively(profile, session, runner, email)
        if account is not None:
            return account


def first_sync(profile: Profile, session: Session, runner: Runner) -> str | None:
    """Step 4: the first sync with its progress; its outcome ("done", "stopped", "failed").
    The assistant counts as done from here: the app is usable whatever the outcome."""
    outcome: str | None = None
    if session.account() is not None and session.token() is not None:
        dialog = FirstSyncDialog(session, runner)
        dialog.exec()
        outcome = dialog.outcome
        log.info("first sync: %s", outcome)
    Preferences(profile.path).welcome_done = True
    return outcome


def show_tour(window: QMainWindow, profile: Profile) -> TourDialog:
    """Step 5: the tour over the main window (window-modal, so ``start_app`` returns);
    ``tour_done`` once it is closed. The assistant counts as done from here (a start after an
    interrupted one comes straight here: ``interrupted``)."""
    preferences = Preferences(profile.path)
    preferences.welcome_done = True
    tour = TourDialog(window)
    tour.setWindowModality(Qt.WindowModality.WindowModal)
    tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        preferences.tour_done = True

    tour.finished.connect(finished)
    tour.open()
    return tour
