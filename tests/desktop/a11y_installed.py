"""The windows of the installed app (docs/INSTALLED.md) and the states of the dialogs that show
more than their first page, over the demo app of ``tests.desktop.a11y_catalogue``:
``installed_dialogs(app)`` lists ``(name, factory)`` as ``tests.desktop.a11y_dialogs`` does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.ui.lock_screen import LockScreen
from desktop.ui.settings_wiring import SettingsWiring
from desktop.ui.tour_dialog import TourDialog
from desktop.ui.two_factor_dialog import TwoFactorDialog
from desktop.ui.two_factor_wiring import account_label
from desktop.ui.welcome_dialog import WelcomeDialog
from desktop.ui.welcome_pages import AccountChoiceDialog, FirstSyncDialog

if TYPE_CHECKING:
    from tests.desktop.a11y_catalogue import DemoApp
    from tests.desktop.a11y_dialogs import Factory


def installed_dialogs(app: DemoApp) -> list[tuple[str, Factory]]:
    window = app.window
    wiring = window.findChild(SettingsWiring)
    assert wiring is not None, "build_main_window installs File > Settings…"

    def tour(step: int) -> QWidget:
        dialog = TourDialog(window)
        dialog.show_step(step)
        return dialog

    def first_sync() -> QWidget:
        return FirstSyncDialog(app.session, window.runner)  # not started: it shows its start

    def two_factor(button: str) -> QWidget:
        dialog = TwoFactorDialog(
            app.session.two_factor, window.runner, account_label(app.session), window
        )
        getattr(dialog.status_page, button).click()  # the next page, over the real server
        return dialog

    steps = TourDialog(window)
    count = steps.step_count
    steps.deleteLater()
    return [
        ("welcome: language and text size", lambda: WelcomeDialog("fr", 100, _no, _no)),
        ("welcome: invitation or account", lambda: AccountChoiceDialog()),
        ("welcome: first sync", first_sync),
        *((f"guided tour, step {n + 1}", lambda n=n: tour(n)) for n in range(count)),
        ("settings", wiring.settings_dialog),
        ("keyboard shortcuts", wiring.shortcuts_dialog),
        ("two-step verification: setting up", lambda: two_factor("turn_on_button")),
        ("two-step verification: new recovery codes", lambda: two_factor("new_codes_button")),
        ("locked", lambda: LockScreen(window.lock_wiring.app_lock)),
    ]


def _no(_choice: object) -> None:
    """A welcome choice the catalogue does not apply (it would change the whole app)."""


__all__ = ["installed_dialogs"]
