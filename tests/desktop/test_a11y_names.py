"""Every control of every window and dialog of the app has a name a screen reader can say, and
one that says what it does out of context (docs/ACCESSIBILITY.md: not a bare "OK" or "Close"):
the catalogue (``tests.desktop.a11y_catalogue``) opens them all over the demo organisation, in
English and in French, and the walk below asks Qt's accessibility layer for each control's
name, as AT-SPI or UI Automation would. Pictures without text (an icon button, an image) and
the rows of every list shown are checked too: none may be read as nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAction, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QScrollBar,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tests.desktop.a11y_catalogue import DemoApp, catalogue, demo_app

__all__ = ["demo_app"]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, or what Qt derives from
    its text or its label (a buddy, a form row). A combo box's own text is its value, not a
    name (Qt on Linux reports the value as the name and the label as a relation)."""
    explicit = widget.accessibleName().strip()
    if explicit:
        return explicit
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    name = "" if isinstance(widget, QComboBox) else (face.text(QAccessible.Text.Name) or "")
    if not name.strip():
        labels = face.relations(QAccessible.RelationFlag.Label)
        name = " ".join(other.text(QAccessible.Text.Name) or "" for other, _ in labels)
    return name.strip()


def is_part_of_another(widget: QWidget) -> bool:
    """Parts that carry no name of their own: the field inside a combo box or a spin box (the
    box carries the name), scroll bars (a role, not a name) and Qt's own inner buttons
    (``qt_``: a menu bar's or a toolbar's overflow button, a table's corner)."""
    parent = widget.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox) or isinstance(widget, QScrollBar):
        return True
    return widget.objectName().startswith("qt_")


def hidden_by_design(widget: QWidget, window: QWidget) -> bool:
    """Hidden on purpose in the state shown (a note with nothing to say, a button that does not
    apply): the widget or a parent was hidden by the code. The pages of a stacked widget or of
    tabs that are not in front are not hidden by design: they are checked too."""
    shown: QWidget | None = widget
    while shown is not None and shown is not window:
        parent = shown.parentWidget()
        explicit = shown.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if shown.isHidden() and explicit and not isinstance(parent, QStackedWidget):
            return True
        shown = parent
    return False


def is_control(widget: QWidget, window: QWidget) -> bool:
    """What a member acts on or reads: anything that takes the keyboard focus, buttons (a
    toolbar's buttons take no focus but are clicked, and read by a screen reader) and pictures
    (an icon that carries meaning). A label is named by its text: an empty one not shown yet
    (a detail page waiting for its content) has nothing to say."""
    if isinstance(widget, QLabel):
        picture = widget.pixmap() is not None and not widget.pixmap().isNull()
        if not widget.text() and not picture:
            return False
        if picture and not widget.text():
            return widget.isVisibleTo(window)
    focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    return focusable or isinstance(widget, QAbstractButton)


def focusable_controls(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a member can reach, in the state shown now: the visible ones
    and those of pages not in front (other tabs, other views), not those hidden by design."""
    found = [window] if window.focusPolicy() != Qt.FocusPolicy.NoFocus else []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not is_control(widget, window):
            continue
        if is_part_of_another(widget) or hidden_by_design(widget, window):
            continue
        found.append(widget)
    return found


def unnamed_rows(window: QWidget) -> list[str]:
    """Rows of the lists and tables shown that a screen reader would read as nothing."""
    missing = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(window):
            continue
        root = view.rootIndex()
        for row in range(min(model.rowCount(root), 50)):
            column = 0
            while (index := model.index(row, column, root)).isValid():
                spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                if not str(spoken or shown or "").strip():
                    missing.append(f"row {row} column {column} of {view.accessibleName()!r}")
                column += 1
    return missing


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {shown!r}"


#: Words that say nothing out of context: a button named only this is vague
#: (docs/ACCESSIBILITY.md: "Voter pour la résolution 3", not "OK").
VAGUE = {
    *("ok", "cancel", "close", "continue", "yes", "no", "apply", "next", "back", "done"),
    *("refresh", "save", "delete", "remove", "send", "edit", "open", "more"),
    *("annuler", "fermer", "continuer", "oui", "non", "appliquer", "suivant", "retour"),
    *("terminé", "actualiser", "enregistrer", "supprimer", "envoyer", "modifier", "ouvrir"),
}


def is_vague(widget: QWidget) -> bool:
    """A button whose name is only a word like "OK" or "Close"."""
    words = spoken_name(widget).replace("&", "").strip(" .:…").lower()
    return isinstance(widget, QAbstractButton) and words in VAGUE


@dataclass
class Walk:
    checked: int = 0
    windows: int = 0
    unnamed: list[str] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)


def walk(app: DemoApp) -> Walk:
    """Every control of every window of the catalogue: those without a name, those with a
    vague one, and every row of the lists shown that would be read as nothing."""
    found = Walk()
    for name, window in catalogue(app):
        window.show()
        QCoreApplication.processEvents()
        found.windows += 1
        for control in focusable_controls(window):
            found.checked += 1
            if not spoken_name(control):
                found.unnamed.append(f"{name}: {describe(control)}")
            elif is_vague(control):
                found.vague.append(f"{name}: {describe(control)} named {spoken_name(control)!r}")
        found.unnamed.extend(f"{name}: {row}" for row in unnamed_rows(window))
        if window is not app.window:
            window.hide()
    return found


#: What the catalogue held when these tests were written: fewer means windows went missing.
AT_LEAST_WINDOWS, AT_LEAST_CONTROLS = 65, 1700


def check(found: Walk, language: str) -> None:
    print(f"checked {found.checked} controls in {found.windows} windows ({language})")
    assert found.windows >= AT_LEAST_WINDOWS and found.checked >= AT_LEAST_CONTROLS
    assert found.unnamed == [], "\n".join(found.unnamed)
    assert found.vague == [], "\n".join(found.vague)


def test_every_control_of_every_window_has_a_name_that_says_what_it_does_in_english(
    demo_app: DemoApp,
) -> None:
    check(walk(demo_app), "English")


@pytest.mark.parametrize("demo_app", ["fr"], indirect=True)
def test_every_control_of_every_window_has_a_name_that_says_what_it_does_in_french(
    demo_app: DemoApp,
) -> None:
    assert demo_app.window.sync_action.text() != "&Sync now"  # built in French
    check(walk(demo_app), "French")


def test_the_walk_reports_an_icon_without_a_name_a_vague_button_and_a_list_row_of_nothing(
    qtbot: Any,
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    icon = QToolButton()
    icon.setIcon(dialog.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
    picture = QLabel()
    picture.setPixmap(QPixmap(16, 16))
    rows = QListWidget()
    rows.setAccessibleName("Documents")
    rows.addItems(["Budget 2026", ""])
    named = QPushButton("&Close")
    for widget in (icon, picture, rows, named, QLineEdit()):
        layout.addWidget(widget)
    dialog.show()
    unnamed = [type(w).__name__ for w in focusable_controls(dialog) if not spoken_name(w)]
    assert unnamed == ["QToolButton", "QLabel", "QLineEdit"]
    assert unnamed_rows(dialog) == ["row 1 column 0 of 'Documents'"]
    assert is_vague(named)
    named.setAccessibleName("Close the invitation window")
    assert not is_vague(named)


def menu_entries(menu: object, path: str) -> Iterator[tuple[str, QAction]]:
    """Every entry of a menu and of its submenus, with where it is ("File > Quit")."""
    if not isinstance(menu, QMenu):
        return
    for action in menu.actions():
        if action.isSeparator():
            continue
        where = f"{path} > {action.text().replace('&', '')}"
        yield where, action
        yield from menu_entries(action.menu(), where)


def test_every_menu_entry_and_toolbar_button_of_the_main_window_says_what_it_does(
    demo_app: DemoApp,
) -> None:
    window = demo_app.window
    entries = [
        entry
        for top in window.menuBar().actions()
        for entry in menu_entries(top.menu(), top.text().replace("&", ""))
    ]
    for toolbar in window.findChildren(QToolBar):
        entries.extend(
            (f"toolbar: {a.text()}", a) for a in toolbar.actions() if not a.isSeparator()
        )
    print(f"checked {len(entries)} menu entries and toolbar buttons")
    assert len(entries) >= 30
    wordless = [where for where, action in entries if not action.text().replace("&", "").strip()]
    assert wordless == []
    vague = [
        where
        for where, action in entries
        if action.text().replace("&", "").strip(" .…").lower() in VAGUE
    ]
    assert vague == []
