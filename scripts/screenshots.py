"""Screenshots of the main views for docs/screenshots/, made offscreen from the demo data.

The demo organisation (``server.services.demo``) on a live server on loopback, Claire Martin's
app signed in and synced with a real encrypted cache, in French, at 1280x800: documents (a
board-pack PDF open), votes, conversations and meetings, at 100 % and at 200 % text size
(``desktop.ui.appearance.apply_appearance``, as the settings window applies it).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Writes ``<view>-<scale>.png`` (e.g. ``votes-200.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget  # noqa: E402

from desktop.ui.appearance import apply_appearance  # noqa: E402
from desktop.ui.i18n import install_translations  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from tests.desktop.demoworld import DemoWorld, demo_world  # noqa: E402

SCALES = (100, 200)
SIZE = (1280, 800)


def choose_first_rows(root: QWidget) -> None:
    """The first row of every shown list with nothing chosen, so detail panes are filled."""
    for _ in range(3):
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisibleTo(root) and model is not None and model.rowCount() > 0:
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(model.index(0, 0))
        QCoreApplication.processEvents()


def views(world: DemoWorld, window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    def documents() -> None:
        world.open_pdf(window)

    def votes() -> None:
        window.votes_action.trigger()
        choose_first_rows(window)
        open_votes = window.votes_view.open_view  # an open vote, the member's to cast
        open_votes.setCurrentIndex(open_votes.model().index(0, 0))
        open_votes.setFocus()

    def conversations() -> None:
        window.network.conversations_action.trigger()
        choose_first_rows(window)

    def meetings() -> None:
        window.board.meetings_action.trigger()
        choose_first_rows(window)

    return [
        ("documents-pdf", documents),
        ("votes", votes),
        ("conversations", conversations),
        ("meetings", meetings),
    ]


def settle(window: QWidget) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def shoot(out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translations(app, "fr")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with (
        tempfile.TemporaryDirectory(prefix="quorum-shots-") as folder,
        demo_world(Path(folder)) as world,
    ):
        for scale in SCALES:
            apply_appearance(app, scale)  # as at start-up with the member's text size
            window = world.window(device=f"text-{scale}")
            for name, show in views(world, window):
                show()
                window.resize(*SIZE)
                settle(window)
                path = out / f"{name}-{scale}.png"
                if not window.grab().save(str(path)):
                    raise SystemExit(f"could not write {path}")
                written.append(path)
        apply_appearance(app, 100)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for path in shoot(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
