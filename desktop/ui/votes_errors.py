"""Refusals of voting actions, told in words: a vote, a proxy or a secretariat action.

A refusal the server gives with a ``VoteErrorCode`` is said with :func:`refusal_text`; an
action that needs the server while offline says so and what to do; anything else goes to the
app's one error path (``show_error``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.sync.errors import ServerUnreachable
from desktop.ui.errors import error_code, log_error, show_error
from desktop.ui.formatting import fill
from desktop.ui.votes_words import KNOWN_REFUSALS, refusal_text
from protocol.voting import InvalidChoice


def vote_error_text(error: BaseException) -> tuple[str, str] | None:
    """(what happened, what to do next) for a voting error; None for any other error."""
    code = error_code(error)
    if code in KNOWN_REFUSALS:
        return (
            fill(_Q.translate("Votes", "This was not done: %1"), refusal_text(code)),
            _Q.translate("Votes", "Sync to see the latest state, or ask your secretariat."),
        )
    if isinstance(error, InvalidChoice):
        return (
            _Q.translate("Votes", "This ballot cannot be accepted: the choices are not valid."),
            _Q.translate("Votes", "Check how many options you may choose, then try again."),
        )
    if isinstance(error, ServerUnreachable):
        return (
            _Q.translate("Votes", "This needs a connection to the server, and you are offline."),
            _Q.translate("Votes", "Nothing was changed. Try again when you are back online."),
        )
    return None


def build_vote_error_box(parent: QWidget | None, summary: str, advice: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_Q.translate("Votes", "Quorum — votes"))
    box.setText(summary)
    box.setInformativeText(advice)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setAccessibleName(
        _Q.translate("Votes", "Close this message")
    )
    box.setAccessibleName(summary)
    box.setAccessibleDescription(advice)
    return box


def show_vote_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the member why a voting action was not done (one dialog), and log it."""
    words = vote_error_text(error)
    if words is None:
        show_error(parent, error)
        return
    log_error(error)
    box = build_vote_error_box(parent, *words)
    try:
        box.exec()
    finally:
        box.deleteLater()
