"""Names for the parts of a widget that Qt makes itself, which a screen reader would otherwise
read as a bare "button" (docs/ACCESSIBILITY.md): a line edit's clear button."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

#: The object name Qt gives the action behind a line edit's clear button.
CLEAR_ACTION = "_q_qlineeditclearaction"


def enable_clear_button(edit: QLineEdit, name: str) -> None:
    """Show the clear button of ``edit`` (an icon shown once something is typed), named
    ``name`` for screen readers and in its tooltip."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:  # the button shows the action's text as its name, not as text
        action.setText(name)
        action.setToolTip(name)
