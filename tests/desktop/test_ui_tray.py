"""The tray: the unread notifications and the votes waiting for the member's vote follow the
cache (in the tooltip and drawn on the icon); closing the window to the tray keeps syncing;
Quit quits; without a tray the option is off and says why. Real server (live events too), real
encrypted cache, real widgets offscreen. Offscreen has no system tray: the tests build the icon
as a desktop with one does (``Tray.build_icon``)."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from PySide6.QtGui import QCloseEvent, QIcon, QImage
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import build_services
from desktop.ui.conv_network import build_network
from desktop.ui.events import AppEvents
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.runner import ImmediateRunner
from desktop.ui.settings_pages import WindowSection
from desktop.ui.tray import BADGE_FILL, ICON_SIZE, Tray, badge_text, badged_pixmap
from desktop.ui.tray_wiring import TrayWiring
from tests.desktop.netapp import PASSPHRASE, NetworkWorld, modals, world
from tests.serverkit import Account

__all__ = ["modals", "world"]


def tray_window(world: NetworkWorld, account: Account, close_to_tray: bool = False) -> MainWindow:
    """The member's app as ``start_app`` builds it (with its profile and its preferences),
    signed in and synced, with a tray icon as a desktop with a tray has."""
    profile = Profile(world.tmp_path / f"tray-{account.key}")
    profile.path.mkdir(parents=True, exist_ok=True)
    Preferences(profile.path).close_to_tray = close_to_tray
    services = build_services(profile, world.url, passphrase=PASSPHRASE)
    session = make_session(services)
    session.sign_in(world.url, account.email, account.password, "tests")
    window = build_main_window(
        session, ImmediateRunner(), AppEvents(), profile, network=build_network(services.store)
    )
    world.opened.append((window, services))
    world.qtbot.addWidget(window)
    window.network.tray.build_icon()
    window.show()
    window.start()
    return window


def wiring(window: MainWindow) -> TrayWiring:
    found = window.findChild(TrayWiring)
    assert isinstance(found, TrayWiring)
    return found


def mention(world: NetworkWorld, text: str = "peux-tu relire le budget ?") -> str:
    alice = world.org.alice
    return world.post(
        world.org.sara, world.channel_a, f"[@{alice.name}](quorum://member/{alice.id}) {text}"
    )


def close_from_title_bar(window: MainWindow) -> None:
    """What the desktop does when the member clicks the window's close button (Alt+F4): a
    close event to the platform window, which Qt hands on to the widget as spontaneous."""
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())


def disc_pixels(image: QImage) -> int:
    """How many pixels of ``image`` are of the count's disc colour."""
    return sum(
        image.pixelColor(x, y) == BADGE_FILL
        for x in range(image.width())
        for y in range(image.height())
    )


def icon_disc(tray: Tray) -> int:
    assert tray.icon is not None
    return disc_pixels(tray.icon.icon().pixmap(ICON_SIZE, ICON_SIZE).toImage())


def test_the_tray_counts_unread_notifications_and_votes_waiting_from_the_cache(
    world: NetworkWorld,
) -> None:
    window = tray_window(world, world.org.alice)
    tray = window.network.tray
    assert tray.icon is not None
    assert tray.icon.toolTip() == "Quorum — nothing new"
    assert icon_disc(tray) == 0  # no disc with nothing to say

    motion = world.kit.motion("Budget 2026", world.org.committee_a.id)
    world.kit.motion("Placements", world.org.committee_a.id)
    mention(world)
    window.sync_now()
    assert tray.icon.toolTip() == ("Quorum — 1 unread notification, 2 votes waiting for your vote")
    assert tray.count == 3
    assert icon_disc(tray) > 200  # the count drawn on the icon
    assert tray.notifications_action.text() == "See the &notifications (1)"

    # My vote is queued: one vote less waits, at once (before it is even sent).
    option = motion.options[0].id
    window.session.votes.cast(motion.id, [option])
    window.sync.local_change()
    assert tray.icon.toolTip() == "Quorum — 1 unread notification, 1 vote waiting for your vote"
    window.network.notifications_view.mark_all_read()
    assert tray.icon.toolTip() == "Quorum — 1 vote waiting for your vote"
    assert tray.count == 1


def test_the_count_on_the_icon_is_capped_at_99_plus(qapp: QApplication) -> None:
    assert badge_text(0) == "" and badge_text(7) == "7" and badge_text(100) == "99+"
    base = QIcon(qapp.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
    image = badged_pixmap(base, 150).toImage()
    assert image.width() == ICON_SIZE
    assert disc_pixels(image) > 200
    assert disc_pixels(badged_pixmap(base, 0).toImage()) == 0


def test_sync_now_from_the_tray_menu_brings_what_is_new(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice)
    tray = window.network.tray
    mention(world)
    assert tray.unread == 0
    tray.sync_action.trigger()
    assert tray.unread == 1
    assert "1 unread notification" in tray.summary()


def test_closing_the_window_to_the_tray_keeps_syncing(world: NetworkWorld, qtbot: Any) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=True)
    tray = window.network.tray
    listener = window.sync.listener
    assert listener is not None and listener.running

    close_from_title_bar(window)
    assert not window.isVisible()
    assert wiring(window).in_tray
    assert tray.icon is not None and tray.icon.isVisible()
    assert window.sync.listener is listener and listener.running  # the live events go on
    assert not QApplication.quitOnLastWindowClosed()  # a dialog closing does not end the app

    mention(world, "arrivé pendant que la fenêtre était fermée")
    qtbot.waitUntil(lambda: tray.unread == 1, timeout=10_000)  # poked, synced, counted
    assert tray.icon.toolTip() == "Quorum — 1 unread notification"

    tray.open_action.trigger()
    assert window.isVisible() and not wiring(window).in_tray
    assert QApplication.quitOnLastWindowClosed()


def test_quit_from_the_tray_menu_closes_for_good(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=True)
    tray = window.network.tray
    close_from_title_bar(window)
    assert wiring(window).in_tray

    tray.quit_action.trigger()
    assert not window.isVisible() and not wiring(window).in_tray
    assert window.sync.listener is None  # the window closed: sync and live events stopped
    assert tray.icon is not None and not tray.icon.isVisible()
    assert QApplication.quitOnLastWindowClosed()


def test_file_quit_quits_even_when_closing_goes_to_the_tray(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=True)
    window.quit_action.trigger()
    assert not window.isVisible() and not wiring(window).in_tray
    assert window.sync.listener is None


def test_without_the_choice_closing_the_window_quits(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=False)
    close_from_title_bar(window)
    assert not window.isVisible() and not wiring(window).in_tray
    assert window.sync.listener is None


def test_without_a_tray_the_choice_is_disabled_said_why_and_closing_quits(
    world: NetworkWorld,
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: a desktop without a tray
    window = tray_window(world, world.org.alice, close_to_tray=True)
    tray = window.network.tray
    tray.hide()
    tray.icon = None  # as built on this desktop: no icon
    section = WindowSection(True, tray.available)  # the settings window's choice
    assert not section.tray_check.isEnabled() and not section.tray_check.isChecked()
    assert "no notification area" in section.tray_check.accessibleDescription()

    close_from_title_bar(window)
    assert not window.isVisible() and window.sync.listener is None  # really closed


def test_choosing_it_in_the_settings_applies_at_the_next_close(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=False)
    folder = world.tmp_path / f"tray-{world.org.alice.key}"
    Preferences(folder).close_to_tray = True  # what the settings window saves
    close_from_title_bar(window)
    assert wiring(window).in_tray and not window.isVisible()
    assert window.sync.listener is not None  # still syncing
    wiring(window).quit()


QUIT_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import build_services
from desktop.ui.events import AppEvents
from desktop.ui.preferences import Preferences
from desktop.ui.runner import TaskRunner

url, email, password, folder, passphrase = sys.argv[1:6]
app = QApplication([])
profile = Profile(Path(folder))
profile.path.mkdir(parents=True, exist_ok=True)
Preferences(profile.path).close_to_tray = True
services = build_services(profile, url, passphrase=passphrase)
session = make_session(services)
session.sign_in(url, email, password, "tests")
runner = TaskRunner()
window = build_main_window(session, runner, AppEvents(), profile)
tray = window.network.tray
tray.build_icon()
window.show()
window.start()

def close_then_quit():
    QApplication.sendEvent(window.windowHandle(), QCloseEvent())  # the title bar's close
    print("hidden" if not window.isVisible() else "still shown", flush=True)
    QTimer.singleShot(500, quit_from_tray)

def quit_from_tray():
    print("still running", flush=True)
    tray.quit_action.trigger()

QTimer.singleShot(300, close_then_quit)
QTimer.singleShot(20_000, lambda: QCoreApplication.exit(99))  # never, when Quit works
code = app.exec()
runner.shutdown()
services.close()
print("exit", code, flush=True)
"""


def test_quit_from_the_tray_ends_the_running_app(world: NetworkWorld) -> None:
    """The real event loop, in its own process: closing to the tray keeps it running, the
    tray's Quit ends it."""
    alice = world.org.alice
    folder = world.tmp_path / "quit-profile"
    args = [world.url, alice.email, alice.password, str(folder), PASSPHRASE]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.stdout.splitlines() == ["hidden", "still running", "exit 0"], done.stderr[-2000:]


def test_locked_while_in_the_tray_the_window_comes_back_minimised(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=True)
    close_from_title_bar(window)
    assert not window.isVisible()
    window.lock_wiring.lock()  # the inactivity delay passed while in the tray
    tray = window.network.tray
    assert tray.icon is not None and not tray.icon.isVisible()  # no bubble shows content
    assert window.isVisible() and window.isMinimized()  # still reachable, on its lock screen
    assert window.lock_wiring.locked


def test_closing_while_locked_quits_rather_than_hiding_out_of_reach(world: NetworkWorld) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=True)
    window.lock_wiring.lock()
    close_from_title_bar(window)
    assert not wiring(window).in_tray
    assert not window.isVisible() and window.sync.listener is None


def test_open_quorum_from_the_tray_leaves_a_maximised_window_maximised(
    world: NetworkWorld,
) -> None:
    window = tray_window(world, world.org.alice, close_to_tray=True)
    window.showMaximized()
    assert window.isMaximized()
    close_from_title_bar(window)
    assert not window.isVisible()

    window.network.tray.open_action.trigger()
    assert window.isVisible() and window.isMaximized()  # as the member left it

    window.showMinimized()  # minimised from its title bar
    window.network.tray.open_action.trigger()
    assert window.isVisible() and not window.isMinimized() and window.isMaximized()
