"""The app survives a long session of Qt calls despite the bindings' None bug (see
``desktop.none_guard``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from desktop import none_guard

LONG_SESSION = textwrap.dedent(
    """
    import desktop
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel("Ordre du jour")
    for _ in range(300_000):  # far more than None's own count on Python 3.11
        label.setWordWrap(True)
    print("survived")
    """
)


def test_a_long_run_of_qt_calls_that_return_nothing_does_not_abort_the_app() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_the_guard_gives_none_room_where_python_does_not_make_it_immortal() -> None:
    assert none_guard.install()
    if none_guard.needed():
        assert sys.getrefcount(None) > none_guard.HEADROOM
