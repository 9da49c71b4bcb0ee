"""Help > About Quorum shows the versions; "Copy diagnostic information" puts versions, system,
server and sync state on the clipboard, never content, email or token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from desktop import __version__
from desktop.app import build_main_window, make_session
from desktop.cache.database import sqlcipher_version
from desktop.core.diagnostics import Diagnostics
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.about_dialog import AboutDialog, qt_version
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner
from tests.desktop.conftest import account, realistic_page
from tests.desktop.uikit import dead_url

PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    address = dead_url()
    opened = build_services(Profile(tmp_path / "profile"), address, passphrase=PASSPHRASE)
    opened.store.save_sign_in(account(server_url=address), "token-secret-1")
    opened.store.apply_page(realistic_page())
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, services: Services) -> MainWindow:
    install_translations(qapp, "en")
    built = build_main_window(
        make_session(services), ImmediateRunner(), AppEvents(), services.profile
    )
    qtbot.addWidget(built)
    built.show()
    return built


def help_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu_action.text() == "&Help" and isinstance(menu, QMenu):
            for action in menu.actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {text!r} in the Help menu")


def test_copy_diagnostic_information_holds_versions_and_no_content(
    window: MainWindow, services: Services
) -> None:
    help_action(window, "Copy &diagnostic information").trigger()
    text = QGuiApplication.clipboard().text()
    assert f"Quorum: {__version__}" in text
    assert "Protocol: 1" in text and "SQLCipher: 4." in text and "Qt: 6." in text
    assert f"Server: {services.engine.server_url}" in text
    assert f"Profile folder: {services.profile.path}" in text
    document_titles = (
        [d.title for d in services.store.documents(None)]
        if hasattr(services.store, "documents")
        else []
    )
    for secret in ("token-secret-1", account().email, PASSPHRASE, *document_titles):
        assert secret not in text
    assert "copied" in window.statusBar().currentMessage()


def test_the_about_window_lists_each_version_with_a_name(qtbot: Any, qapp: QApplication) -> None:
    install_translations(qapp, "en")
    facts = Diagnostics(qt=qt_version(), profile_folder="/p", log_file="/p/quorum.log")
    dialog = AboutDialog(facts)
    qtbot.addWidget(dialog)
    names = [label.accessibleName() for label in dialog.version_labels]
    assert names[0] == f"Quorum {__version__}"
    assert [n.split()[0] for n in names] == ["Quorum", "Protocol", "Qt", "SQLCipher", "Python"]
    assert sqlcipher_version().startswith("4.")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == facts.text()
