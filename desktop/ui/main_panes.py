"""Building blocks of the main window's Documents view: a titled pane, the two lists, and the
document pane (a Markdown document in the reader, a PDF in the viewer, notes and comments
beside them: ``desktop.ui.reader.DocumentPane``) over the board documents' use cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from desktop.core.session import Session
from desktop.ui.delegate import RowDelegate
from desktop.ui.document_pane import DocumentPane
from desktop.ui.meeting_models import BoardUseCases
from desktop.ui.runner import Runner


def pane(heading: QLabel | None, body: QWidget) -> QWidget:
    found = QWidget()
    layout = QVBoxLayout(found)
    layout.setContentsMargins(8, 8, 8, 0)
    layout.setSpacing(8)
    if heading is not None:
        heading.setObjectName("paneHeading")
        heading.setContentsMargins(6, 4, 6, 4)  # no style sheet: its font would stay behind
        bold = QFont()  # only the weight: the size follows the app's text size
        bold.setBold(True)
        heading.setFont(bold)
        heading.setWordWrap(True)  # a long committee name wraps rather than widening the pane
        layout.addWidget(heading)
    layout.addWidget(body, 1)
    return found


def list_view(name: str) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setItemDelegate(RowDelegate(view))
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view


def member_name(session: Session) -> str:
    """The signed-in member's name, for the watermark of the pages shown."""
    account = session.account()
    return account.name if account is not None else ""


def document_pane(session: Session, runner: Runner, board: BoardUseCases) -> DocumentPane:
    return DocumentPane(runner, board.files, board.extras, member_name(session))
