"""The search view (Ctrl+Shift+F): one large field, three filters (what, where, when) and the
results in words, best first, with the matched words in bold; Enter or a double click opens
a result where it lives (a document in Documents, a vote in Votes, a message in its
conversation, an idea in the idea box) through the window's ``quorum://`` link router.

The search runs on the UI thread, 250 ms after the last keystroke. It only reads the local
index inside the cache (FTS5, a few milliseconds); through the task runner it would wait
behind a sync on the runner's single thread and the results would lag the typing by seconds.

Keyboard: Tab goes field → filters → results; Down in the field goes to the first result;
Escape empties the field; Enter in the field searches at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library import Library
from desktop.core.search_api import ANYWHERE, DOCUMENT, IDEA, MESSAGE, MOTION, SearchApi
from desktop.ui.a11y import enable_clear_button
from desktop.ui.events import AppEvents
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.formatting import fill
from desktop.ui.idea_dialog import combo, form_label
from desktop.ui.search_models import SearchResultDelegate, SearchResultModel
from desktop.ui.votes_widgets import enlarge, heading, paragraph

#: Milliseconds of calm after a keystroke before searching.
DEBOUNCE_MS = 250
#: How many results are shown (the best ones).
LIMIT = 50
#: "Where" filter data for the organisation-wide items (None is the combo's "no data").
ORGANISATION = ""
ALWAYS, WEEK, MONTH, YEAR = "always", "week", "month", "year"


class SearchField(QLineEdit):
    """The search field: Down goes to the results, Escape empties it, Enter searches now."""

    down_pressed = Signal()
    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


def since(choice: str, now: datetime | None = None) -> datetime | None:
    """The start of the "When" choice: None for any time."""
    now = now or datetime.now(UTC)
    if choice == WEEK:
        return now - timedelta(days=7)
    if choice == MONTH:
        return now - timedelta(days=30)
    if choice == YEAR:
        local = now.astimezone()
        return local.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    return None


class SearchView(QWidget):
    """``SearchView(search, library, events, open_link)``: ``open_link(url)`` opens a
    ``quorum://`` link where it lives (the main window's router)."""

    def __init__(
        self,
        search: SearchApi,
        library: Library,
        events: AppEvents,
        open_link: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._library = library
        self._open_link = open_link
        self.setObjectName("searchView")
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Search the documents, votes, messages and ideas"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setAccessibleDescription(
            self.tr("Search the documents, votes, messages and ideas")
        )
        enable_clear_button(self.field, self.tr("Clear the search"))
        enlarge(self.field, 5)
        self.field.setMinimumHeight(self.field.fontMetrics().height() + 24)
        self.kind_combo = combo(self.tr("Kind of item to find"))
        for text, kinds in (
            (self.tr("Everything"), None),
            (self.tr("Documents"), DOCUMENT),
            (self.tr("Votes"), MOTION),
            (self.tr("Messages"), MESSAGE),
            (self.tr("Ideas"), IDEA),
        ):
            self.kind_combo.addItem(text, kinds)
        self.where_combo = combo(self.tr("Where to search"))
        self.when_combo = combo(self.tr("Published or posted"))
        for text, key in (
            (self.tr("Any time"), ALWAYS),
            (self.tr("Last 7 days"), WEEK),
            (self.tr("Last 30 days"), MONTH),
            (self.tr("This year"), YEAR),
        ):
            self.when_combo.addItem(text, key)
        self.count_label = paragraph("", 1)
        self.count_label.setObjectName("searchCount")
        self.model = SearchResultModel(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(SearchResultDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        enlarge(self.list, 1)
        self.empty_label = paragraph("", 2)
        self.empty_label.setObjectName("searchEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader says it
        self.empty_label.setStyleSheet(
            "QLabel#searchEmpty { color: #333333; padding: 32px; background: palette(base);"
            " border: 1px solid palette(mid); }"
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self._build()
        self._connect(events)
        self._fill_scopes()
        self.search_now()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Search"), 4))
        layout.addWidget(self.field)
        filters = FlowLayout(spacing=24)  # large text: a filter that does not fit goes below
        for text, box in (
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Where:"), self.where_combo),
            (self.tr("W&hen:"), self.when_combo),
        ):
            pair = QHBoxLayout()
            pair.setSpacing(8)
            pair.addWidget(form_label(text, box))
            pair.addWidget(box, 1)
            filters.add_layout(pair)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.list, 1)
        order: list[QWidget] = [
            self.field,
            self.kind_combo,
            self.where_combo,
            self.when_combo,
            self.empty_label,
            self.list,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self, events: AppEvents) -> None:
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.down_pressed.connect(self.focus_results)
        self.field.enter_pressed.connect(self.search_now)
        self.timer.timeout.connect(self.search_now)
        for box in (self.kind_combo, self.where_combo, self.when_combo):
            box.currentIndexChanged.connect(self.search_now)
        self.list.activated.connect(self._on_list_activated)
        events.documents_changed.connect(self.refresh)

    # --- filters ------------------------------------------------------------------------

    def _fill_scopes(self) -> None:
        """Everywhere, the organisation, then each of my committees (the choice is kept)."""
        chosen = self.where_combo.currentData()
        box = self.where_combo
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Everywhere"), ANYWHERE)
        box.addItem(self._library.organisation_name() or self.tr("The organisation"), ORGANISATION)
        for committee in self._library.committees():
            box.addItem(committee.name, committee.id)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.blockSignals(False)

    def _committee_filter(self) -> str | None:
        chosen = self.where_combo.currentData()
        if chosen is None or chosen == ANYWHERE:
            return ANYWHERE
        return None if chosen == ORGANISATION else str(chosen)

    def _narrowed(self) -> list[str]:
        """The names of the "widest" choices of the filters that are narrowed."""
        return [
            fill(self.tr("“%1”"), box.itemText(0))
            for box in (self.kind_combo, self.where_combo, self.when_combo)
            if box.currentIndex() > 0
        ]

    # --- searching ----------------------------------------------------------------------

    def text(self) -> str:
        return self.field.text().strip()

    def _on_field_text_changed(self, _text: str) -> None:
        self.timer.start()  # restarts: the search waits for a pause in the typing

    def search_now(self) -> None:
        self.timer.stop()
        text = self.text()
        kind = self.kind_combo.currentData()
        hits = (
            self._search.search(
                text,
                kinds=frozenset({kind}) if kind else None,
                committee_id=self._committee_filter(),
                since=since(str(self.when_combo.currentData())),
                limit=LIMIT,
            )
            if text
            else []
        )
        self.model.set_hits(hits)
        self._show_state(text, len(hits))

    def _show_state(self, text: str, count: int) -> None:
        if count:
            words = (
                self.tr("The %n best results: add a word to find fewer.", "", count)
                if count >= LIMIT
                else self.tr("%n result(s)", "", count)
            )
        elif not text:
            words = self.tr(
                "Type one or more words. Quorum searches what this computer holds, even offline."
            )
        elif narrowed := self._narrowed():
            joined = (
                fill(self.tr("%1 and %2"), ", ".join(narrowed[:-1]), narrowed[-1])
                if len(narrowed) > 1
                else narrowed[0]
            )
            words = fill(
                self.tr("No result for “%1”. Try another word, or choose %2."), text, joined
            )
        elif len(text.split()) > 1:
            words = fill(self.tr("No result for “%1”. Try another word, or fewer words."), text)
        else:
            words = fill(self.tr("No result for “%1”. Try another word."), text)
        self.count_label.setText(words if count else "")
        self.count_label.setAccessibleName(words if count else "")
        self.count_label.setVisible(bool(count))
        self.list.setAccessibleDescription(words if count else "")
        self.empty_label.setText(words if not count else "")
        self.empty_label.setAccessibleName(words if not count else self.tr("No result"))
        self.empty_label.setVisible(not count)
        self.list.setVisible(bool(count))

    def refresh(self) -> None:
        """The cache changed (a sync): the committees and the results follow."""
        self._fill_scopes()
        self.search_now()

    # --- moving and opening -------------------------------------------------------------

    def focus_first(self) -> None:
        """Shown by Ctrl+Shift+F: the field, its words chosen so typing replaces them."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def focus_results(self) -> None:
        if self.timer.isActive():
            self.search_now()
        if self.model.rowCount() == 0:
            return
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus(Qt.FocusReason.TabFocusReason)

    def open_current(self) -> None:
        self._on_list_activated(self.list.currentIndex())

    def _on_list_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is not None:
            self._open_link(hit.target)
