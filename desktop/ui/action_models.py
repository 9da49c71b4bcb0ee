"""Action items in words, and their list model.

A status is a symbol AND a word ("◐ In progress"); a late action says "Late" in words (and how
late), never by colour alone; what the member changed and the server has not answered yet says
so ("Waiting to be sent", "Not sent: ..."), as in the idea box.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.cache.document_records import Action
from desktop.ui.formatting import fill
from desktop.ui.idea_models import refusal_text as idea_refusal_text
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole, _RowsModel
from desktop.ui.votes_words import plural

Index = QModelIndex | QPersistentModelIndex

#: Statuses in the order of an action's life (protocol.documents.ActionStatus values).
STATUSES = ("open", "in_progress", "done", "cancelled")
STATUS_SYMBOLS = {"open": "○", "in_progress": "◐", "done": "✓", "cancelled": "✗"}


def status_words(status: str) -> str:
    words = {
        "open": _Q.translate("Actions", "To do"),
        "in_progress": _Q.translate("Actions", "In progress"),
        "done": _Q.translate("Actions", "Done"),
        "cancelled": _Q.translate("Actions", "Cancelled"),
    }
    return words.get(status, status)


def status_text(status: str) -> str:
    """ "◐ In progress": the symbol, then the word."""
    return f"{STATUS_SYMBOLS.get(status, '')} {status_words(status)}".strip()


def due_words(due: date | None) -> str:
    """ "Due 12 March 2026" / "No due date"."""
    if due is None:
        return _Q.translate("Actions", "No due date")
    pattern = _Q.translate("Format", "d MMMM yyyy")
    day = QLocale().toString(QDate(due.year, due.month, due.day), pattern)
    return fill(_Q.translate("Actions", "Due %1"), day)


def late_words(action: Action, today: date | None = None) -> str:
    """ "Late by 5 days" for a late action, "" otherwise."""
    if not action.late or action.due_on is None:
        return ""
    days = max(1, ((today or date.today()) - action.due_on).days)
    return plural(_Q.translate("Actions", "Late by %n day(s)", "", days), days)


def refusal_text(code: str | None, message: str | None = None) -> str:
    texts = {
        "not_assignee": _Q.translate(
            "Actions", "only its assignees, the committee's chair or the secretariat may do this."
        ),
        "not_moderator": _Q.translate(
            "Actions", "only the secretariat or the committee's chair may create an action."
        ),
        "assignee_invalid": _Q.translate(
            "Actions", "a person in charge is not a member of this committee."
        ),
        "action_not_found": _Q.translate("Actions", "this action is no longer on this computer."),
    }
    return texts.get(code or "") or idea_refusal_text(code, message)


def state_text(state: str, code: str | None = None, message: str | None = None) -> str:
    """ "" when sent; else "Waiting to be sent" or "Not sent: <why>"."""
    if state == "waiting":
        return _Q.translate("Actions", "Waiting to be sent")
    if state == "failed":
        return fill(_Q.translate("Actions", "Not sent: %1"), refusal_text(code, message))
    return ""


def action_line(action: Action) -> str:
    """One line for a meeting's agenda: "Title — ◐ In progress · Due 12 March 2026 · Late…"."""
    parts = [status_text(action.status), due_words(action.due_on)]
    late = late_words(action)
    if late:
        parts.append(late)
    if action.assignee_names:
        parts.append(", ".join(action.assignee_names))
    return fill(_Q.translate("Actions", "%1 — %2"), action.title, " · ".join(parts))


class ActionListModel(_RowsModel):
    """Actions (mine, or the late ones), in the order the use case gives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_actions(self, actions: list[Action]) -> None:
        self._replace(actions)

    def action(self, row: int) -> Action | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Action) else None

    def subtitle(self, action: Action) -> str:
        lines = [fill(self.tr("%1 · %2"), action.committee_name, due_words(action.due_on))]
        late = late_words(action)
        if late:
            lines.append(fill(self.tr("⚠ %1"), late))
        if not action.mine and action.assignee_names:
            lines.append(fill(self.tr("In charge: %1"), ", ".join(action.assignee_names)))
        state = state_text(action.state, action.failure_code, action.failure_message)
        if state:
            lines.append(state)
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action(index.row())
        if action is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return action.title
        if role == IdRole:
            return action.id
        if role == SubtitleRole:
            return self.subtitle(action)
        if role == BadgeRole:
            return status_text(action.status)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            parts = [action.title, status_words(action.status), self.subtitle(action)]
            return ". ".join(p.replace("\n", ". ").rstrip(".") for p in parts) + "."
        return None
