"""The accessibility catalogue (``tests.desktop.a11y_catalogue``) opens every window of the app:
a dialog added to ``desktop/ui`` without being added to the catalogue fails here, so the names
(test_a11y_names) and the text size (test_a11y_text_size) tests never miss it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import desktop.ui
from tests.desktop.a11y_catalogue import DemoApp, catalogue, demo_app, views

__all__ = ["demo_app"]


def dialog_classes() -> set[str]:
    """Every dialog class (QDialog and its subclasses, message boxes too) of desktop/ui."""
    found: set[str] = set()
    for module_info in pkgutil.iter_modules(desktop.ui.__path__):
        module = importlib.import_module(f"desktop.ui.{module_info.name}")
        for name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == module.__name__ and issubclass(value, QDialog):
                found.add(name)
    return found


def test_the_catalogue_opens_every_dialog_of_the_app_and_every_view(demo_app: DemoApp) -> None:
    shown: set[str] = set()
    names: list[str] = []
    for name, window in catalogue(demo_app):
        assert isinstance(window, QWidget) and window.isWindow(), name
        shown.add(type(window).__name__)
        names.append(name)
    assert sorted(dialog_classes() - shown) == []
    main = [n for n in names if n.startswith("main window: ")]
    assert (
        len(main) == len(views(demo_app.window)) + 5
    )  # results, a PDF, searching it, its panel, a thread
    assert isinstance(demo_app.window, QMainWindow) and len(names) == len(set(names))
