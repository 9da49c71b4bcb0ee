"""Item models of the Votes view: open motions, closed motions, and proxies.

Rows use the roles of ``desktop.ui.models`` (drawn by ``RowDelegate``): a title, a second line
that says the deadline, the countdown and my status in words, and a text badge. The
``AccessibleTextRole`` says it all in one sentence for a screen reader. ``tick()`` refreshes
the countdowns without moving the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.ui.formatting import fill, format_date
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole
from desktop.ui.votes_words import (
    ballot_status_text,
    closed_at_text,
    countdown,
    deadline_text,
    now_utc,
    outcome_badge,
    reason_words,
    status_badge,
)

if TYPE_CHECKING:
    from desktop.core.votes import VotesService
    from desktop.core.votes_views import MotionView, ProxyView

Index = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractListModel):
    """A flat list of rows, each with an id; a refresh keeps the selection when it can."""

    def __init__(self, clock: Callable[[], datetime] = now_utc, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._clock = clock

    def _id(self, item: Any) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def item(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        return next((r for r, item in enumerate(self._rows) if self._id(item) == row_id), -1)

    def tick(self) -> None:
        """Time passed: the countdowns change, nothing else."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _replace(self, new: list[Any]) -> None:
        if [self._id(i) for i in self._rows] == [self._id(i) for i in new]:
            self._rows = new
            self.tick()
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row())
        if item is None:
            return None
        if role == IdRole:
            return self._id(item)
        texts = self._texts(item)
        title, subtitle, badge = texts
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == SubtitleRole:
            return subtitle
        if role == BadgeRole:
            return badge
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return ". ".join(t.rstrip(".") for t in (title, badge, subtitle) if t) + "."
        return None

    def _texts(self, item: Any) -> tuple[str, str | None, str | None]:
        raise NotImplementedError


class MotionListModel(_ListModel):
    """Open motions (soonest deadline first), closed ones (newest first), or the drafts the
    secretariat has not opened yet (``which``: "open", "closed" or "draft")."""

    def __init__(
        self,
        votes: VotesService,
        which: str = "open",
        clock: Callable[[], datetime] = now_utc,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(clock, parent)
        self._votes = votes
        self._which = which
        self._closed = which == "closed"
        self.refresh()

    def _id(self, item: MotionView) -> str:
        return item.motion.id

    def refresh(self) -> None:
        lists = {
            "open": self._votes.open_motions,
            "closed": self._votes.closed_motions,
            "draft": self._votes.draft_motions,
        }
        self._replace(lists[self._which]())

    def motion_view(self, row: int) -> MotionView | None:
        found: MotionView | None = self.item(row)
        return found

    def _texts(self, view: MotionView) -> tuple[str, str | None, str | None]:
        parts = [view.committee_name] if view.committee_name else []
        if self._closed:
            if view.deadline is not None:
                parts.append(closed_at_text(view.deadline))
            result = view.motion.result
            badge = outcome_badge(result.outcome) if result else self.tr("Results not published")
            return view.motion.title, " · ".join(parts), badge
        if self._which == "draft":
            return view.motion.title, " · ".join(parts), self.tr("Draft: not open yet")
        now = self._clock()
        if view.deadline is not None:
            parts.append(
                fill(
                    self.tr("%1 (%2)"),
                    deadline_text(view.deadline, now),
                    countdown(view.deadline, now),
                )
            )
        lines = [
            " · ".join(parts),
            ballot_status_text(view.mine, view.deadline),
        ]
        for held in view.as_holder:
            lines.append(
                fill(
                    self.tr("For %1: %2"),
                    held.principal_name,
                    ballot_status_text(held, view.deadline),
                )
            )
        return view.motion.title, "\n".join(lines), status_badge(view.mine.status)


@dataclass(frozen=True)
class ProxyRow:
    view: ProxyView
    mine: bool  # a proxy I gave (I may withdraw it), else one I hold


class ProxyListModel(_ListModel):
    """Proxies given to me (I vote for them), then the ones I gave."""

    def __init__(
        self,
        votes: VotesService,
        clock: Callable[[], datetime] = now_utc,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(clock, parent)
        self._votes = votes
        self.refresh()

    def _id(self, item: ProxyRow) -> str:
        return item.view.proxy.id

    def refresh(self) -> None:
        held = [ProxyRow(view, False) for view in self._votes.proxies_held()]
        self._replace([*held, *(ProxyRow(view, True) for view in self._votes.proxies_given())])

    def proxy_row(self, row: int) -> ProxyRow | None:
        found: ProxyRow | None = self.item(row)
        return found

    def status_words(self, view: ProxyView) -> str:
        words = {
            "waiting": self.tr("Waiting to be sent"),
            "standing": self.tr("In force"),
            "revoked": self.tr("Withdrawn"),
            "used": self.tr("Used for a vote"),
            "refused": self.tr("Refused by the server"),
        }
        text = words.get(view.status, view.status)
        if view.status == "refused":
            text = fill(self.tr("%1: %2"), text, reason_words(view.reason, view.reason_message))
        return text

    def scope_text(self, view: ProxyView) -> str:
        proxy = view.proxy
        if view.motion_title:
            return fill(self.tr("For the vote “%1”"), view.motion_title)
        if proxy.starts_at and proxy.ends_at:
            return fill(
                self.tr("For every vote closing from %1 to %2"),
                format_date(proxy.starts_at),
                format_date(proxy.ends_at),
            )
        return self.tr("For every vote")

    def _texts(self, item: ProxyRow) -> tuple[str, str | None, str | None]:
        view = item.view
        if item.mine:
            title = fill(self.tr("You gave your proxy to %1"), view.holder_name)
        else:
            title = fill(self.tr("%1 gave you their proxy"), view.principal_name)
        return title, self.scope_text(view), self.status_words(view)
