"""The idea box in words, and its list model.

A status is a word AND a symbol ("✓ Accepted"), never a colour alone; the support count is a
sentence ("12 supports"); what the member wrote and the server has not answered yet says so
("Waiting to be sent", "Not sent: ..."). The announcements reuse :func:`state_text` and
:func:`refusal_text`, so both views say a refusal the same way.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.cache.network_records import FAILED, WAITING, Idea
from desktop.core.network_api import IdeaBoxApi
from desktop.ui.formatting import fill, format_date
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole, _RowsModel
from desktop.ui.votes_words import plural

Index = QModelIndex | QPersistentModelIndex

#: The statuses in the order of an idea's life (protocol.network.IdeaStatus values).
STATUSES = ("new", "under_review", "accepted", "done", "declined")
#: A symbol for each status, always shown beside its word.
STATUS_SYMBOLS = {
    "new": "○",
    "under_review": "◐",
    "accepted": "✓",
    "done": "★",
    "declined": "✗",
}
#: Sort orders of the list (IdeaBoxApi.ideas ``sort``).
SORTS = ("support", "recent")


class OutboxActions(Protocol):
    """What the views may do with a refused outbox item (ConversationsApi has both)."""

    def retry(self, outbox_seq: int) -> None: ...

    def discard(self, outbox_seq: int) -> None: ...


def status_words(status: str) -> str:
    words = {
        "new": _Q.translate("Ideas", "New"),
        "under_review": _Q.translate("Ideas", "Under review"),
        "accepted": _Q.translate("Ideas", "Accepted"),
        "done": _Q.translate("Ideas", "Done"),
        "declined": _Q.translate("Ideas", "Declined"),
    }
    return words.get(status, status)


def status_text(status: str) -> str:
    """ "✓ Accepted": the symbol, then the word."""
    symbol = STATUS_SYMBOLS.get(status, "")
    return f"{symbol} {status_words(status)}".strip()


def kind_words(kind: str) -> str:
    if kind == "request":
        return _Q.translate("Ideas", "Request")
    return _Q.translate("Ideas", "Idea")


def support_text(count: int) -> str:
    return plural(_Q.translate("Ideas", "%n support(s)", "", count), count)


def refusal_text(code: str | None, message: str | None = None) -> str:
    """Why the server refused something the member wrote in the idea box or announcements."""
    texts = {
        "already_supported": _Q.translate("Ideas", "you already support this idea."),
        "own_idea": _Q.translate("Ideas", "you cannot support your own idea."),
        "not_moderator": _Q.translate(
            "Ideas", "only the secretariat or the committee's chair may change the status."
        ),
        "not_announcer": _Q.translate(
            "Ideas", "only members with an announcer role may post announcements."
        ),
        "no_ack_requested": _Q.translate(
            "Ideas", "this announcement does not ask for an acknowledgement."
        ),
        "not_found": _Q.translate(
            "Ideas", "it no longer exists, or you are no longer a member of its committee."
        ),
        "forbidden": _Q.translate("Ideas", "you are not allowed to do this."),
        "id_taken": _Q.translate("Ideas", "the server already has something with this number."),
        "validation_error": _Q.translate("Ideas", "the server did not accept the text."),
        "empty": _Q.translate("Ideas", "the text is empty."),
        "too_long": _Q.translate("Ideas", "the text is too long."),
        "invalid_value": _Q.translate("Ideas", "a choice is not valid."),
        "not_signed_in": _Q.translate("Ideas", "you are not signed in."),
        "not_in_committee": _Q.translate("Ideas", "you are not a member of this committee."),
        "not_author": _Q.translate("Ideas", "only its author or the secretariat may do this."),
        "idea_not_found": _Q.translate("Ideas", "this idea is no longer on this computer."),
        "announcement_not_found": _Q.translate(
            "Ideas", "this announcement is no longer on this computer."
        ),
    }
    found = texts.get(code or "")
    if found is not None:
        return found
    return message or _Q.translate("Ideas", "the server refused it.")


def state_text(state: str, code: str | None = None, message: str | None = None) -> str:
    """ "" when sent; else "Waiting to be sent" or "Not sent: <why>"."""
    if state == WAITING:
        return _Q.translate("Ideas", "Waiting to be sent")
    if state == FAILED:
        return fill(_Q.translate("Ideas", "Not sent: %1"), refusal_text(code, message))
    return ""


def idea_info(idea: Idea) -> str:
    """ "Request · Audit committee · by Jeanne Martin · 12 March 2025"."""
    return fill(
        _Q.translate("Ideas", "%1 · %2 · by %3 · %4"),
        kind_words(idea.kind),
        idea.scope_name,
        idea.author_name,
        format_date(idea.submitted_at),
    )


def my_part(idea: Idea) -> str:
    """ "Your idea", "You support it" or ""."""
    if idea.mine:
        if idea.kind == "request":
            return _Q.translate("Ideas", "Your request")
        return _Q.translate("Ideas", "Your idea")
    if idea.supported_by_me:
        return _Q.translate("Ideas", "You support it")
    return ""


def support_line(idea: Idea) -> str:
    """ "12 supports · You support it · 3 comments"."""
    parts = [support_text(idea.support_count)]
    mine = my_part(idea)
    if mine:
        parts.append(mine)
    if idea.comment_count:
        count = idea.comment_count
        parts.append(plural(_Q.translate("Ideas", "%n comment(s)", "", count), count))
    return " · ".join(parts)


class IdeaListModel(_RowsModel):
    """The ideas the filters choose, in the chosen order; a refresh keeps the selection when
    the same ideas are still in the same order."""

    def __init__(self, ideas: IdeaBoxApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ideas = ideas
        self.status: str | None = None
        self.everywhere = True
        self.committee_id: str | None = None
        self.order = "support"
        self.refresh()

    def set_filter(
        self, status: str | None, everywhere: bool, committee_id: str | None, order: str
    ) -> None:
        self.status, self.everywhere, self.committee_id, self.order = (
            status,
            everywhere,
            committee_id,
            order,
        )
        self.refresh()

    def refresh(self) -> None:
        new = self._ideas.ideas(
            self.committee_id, everywhere=self.everywhere, status=self.status, sort=self.order
        )
        self._replace(new)

    def idea(self, row: int) -> Idea | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Idea) else None

    def subtitle(self, idea: Idea) -> str:
        lines = [
            fill(self.tr("%1 · %2"), kind_words(idea.kind), idea.scope_name),
            fill(self.tr("%1 · %2"), idea.author_name, format_date(idea.submitted_at)),
            support_line(idea),
        ]
        state = state_text(idea.state, idea.failure_code, idea.failure_message)
        if state:
            lines.append(state)
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        idea = self.idea(index.row())
        if idea is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return idea.title
        if role == IdRole:
            return idea.id
        if role == SubtitleRole:
            return self.subtitle(idea)
        if role == BadgeRole:
            return status_text(idea.status)
        if role == Qt.ItemDataRole.FontRole and idea.status == "new":
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            parts = [idea.title, status_words(idea.status), self.subtitle(idea)]
            return ". ".join(p.replace("\n", ". ").rstrip(".") for p in parts) + "."
        return None
