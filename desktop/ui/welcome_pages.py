"""The welcome assistant's later steps (docs/INSTALLED.md, "First run"): how the member comes
in (an invitation or an account they already have) and the first sync, with its progress in
a bar and in words; plus the paragraph helpers its windows share.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.session import Session
from desktop.sync.progress import SyncProgress
from desktop.ui.conv_words import plural_forms
from desktop.ui.errors import error_text, log_error
from desktop.ui.runner import Runner
from desktop.ui.widgets import TEXT_COLUMN_CHARS, announce

_Q = QCoreApplication


def paragraph() -> QLabel:
    """A word-wrapped paragraph; ``refit`` keeps its full height reserved as it changes."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


def heading_label() -> QLabel:
    """A paragraph in larger bold type (a third larger than the app's text, whatever size)."""
    label = paragraph()
    label.setProperty("heading", True)
    refit(label)
    return label


def refit(label: QLabel, chars: int = TEXT_COLUMN_CHARS) -> None:
    """Width of a reading column at the label's font, and the height its text needs there."""
    if label.property("heading"):
        font = QFont(QApplication.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        label.setFont(font)
    # The column is measured in the app's text, so a larger heading wraps in the same width.
    width = QFontMetrics(QApplication.font()).averageCharWidth() * chars
    label.setFixedWidth(width)
    label.setMinimumHeight(max(0, label.heightForWidth(width)))


# --- how the member comes in -------------------------------------------------------------


class AccountChoiceDialog(QDialog):
    """Two large buttons: "I received an invitation" or "I already have an account";
    ``choice`` is ``"invitation"`` or ``"account"`` once accepted."""

    INVITATION = "invitation"
    ACCOUNT = "account"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to Quorum"))
        self.intro = paragraph()
        self.intro.setText(self.tr("How do you come to Quorum?"))
        self.invitation_button = self._big_button(
            self.tr("I received an &invitation"),
            self.tr(
                "Your secretariat sent you a code and a server address by e-mail: "
                "you will choose your password."
            ),
            self.INVITATION,
        )
        self.account_button = self._big_button(
            self.tr("I already have an &account"),
            self.tr("Sign in with your e-mail address and your password."),
            self.ACCOUNT,
        )
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Quorum"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self._descriptions: list[QLabel] = []
        for button in (self.invitation_button, self.account_button):
            said = paragraph()  # what the button's description says, for every eye too
            said.setText(button.accessibleDescription())
            self._descriptions.append(said)
            layout.addWidget(button)
            layout.addWidget(said)
        layout.addStretch(1)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignRight)
        for label in (self.intro, *self._descriptions):
            refit(label)
        self.invitation_button.setDefault(True)
        self.invitation_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _big_button(self, text: str, description: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setMinimumHeight(button.fontMetrics().height() * 3)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for label in (self.intro, *self._descriptions):
                refit(label)


# --- the first sync ----------------------------------------------------------------------


#: The kinds the first sync names, in this order.
_NAMED_KINDS = ("document", "motion", "message", "announcement", "meeting", "idea")


def _kind_words(kind: str, n: int) -> str:
    if kind == "document":
        return _Q.translate("FirstSyncDialog", "%n document(s)", "", n)
    if kind == "motion":
        return _Q.translate("FirstSyncDialog", "%n vote(s)", "", n)
    if kind == "message":
        return _Q.translate("FirstSyncDialog", "%n message(s)", "", n)
    if kind == "announcement":
        return _Q.translate("FirstSyncDialog", "%n announcement(s)", "", n)
    if kind == "meeting":
        return _Q.translate("FirstSyncDialog", "%n meeting(s)", "", n)
    return _Q.translate("FirstSyncDialog", "%n idea(s)", "", n)


def received_words(applied: Mapping[str, int]) -> str:
    """What the first sync brought so far: "12 documents, 3 votes, 40 messages"."""
    parts = []
    for kind in _NAMED_KINDS:
        n = applied.get(kind, 0)
        if n:
            parts.append(plural_forms(_kind_words(kind, n), n))
    return ", ".join(parts)


class FirstSyncDialog(QDialog):
    """Runs the first sync in the worker with a progress bar and counts in words; "Continue
    later" stops waiting (what came stays, the app syncs the rest by itself). ``outcome`` is
    ``"done"``, ``"stopped"`` or ``"failed"``. Accepted when done, rejected otherwise."""

    progressed = Signal(object)  # a SyncProgress, from the worker thread

    def __init__(self, session: Session, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._stop = threading.Event()
        self.outcome: str | None = None
        self.setWindowTitle(self.tr("Getting your documents"))
        self.intro = paragraph()
        self.intro.setText(
            self.tr(
                "Quorum is copying your organisation's documents, votes and messages onto "
                "this computer, so that you can read them even without internet. "
                "This can take a few minutes the first time."
            )
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the server says how far there is to go
        self.bar.setAccessibleName(self.tr("Progress of the first sync"))
        self.bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reads it
        self.counts = paragraph()
        self.counts.setText(self.tr("Connecting to your organisation's server…"))
        self.counts.setAccessibleName(self.tr("What has arrived"))
        self.later_button = QPushButton(self.tr("Continue &later"))
        self.later_button.setAccessibleName(self.tr("Continue later, and use Quorum now"))
        self.later_button.setAccessibleDescription(
            self.tr("What has arrived stays; Quorum fetches the rest by itself.")
        )
        self.later_button.clicked.connect(self._stop_waiting)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        layout.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignRight)
        for label in (self.intro, self.counts):
            refit(label)
        self.later_button.setDefault(True)
        self.progressed.connect(self._show_progress)
        self._received = ""

    def start(self) -> None:
        """Start the sync in the worker (``exec()`` calls it when it was not called)."""
        if self.outcome is None and not getattr(self, "_started", False):
            self._started = True
            self._runner.run(self._sync, on_done=self._done, on_error=self._failed)

    def exec(self) -> int:
        self.start()
        if self.outcome is not None:  # finished before the window was shown (tests' runner)
            return int(self.result())
        return super().exec()

    def _sync(self) -> object:  # in the worker: no widget here
        return self._session.sync(progress=self._report)

    def _report(self, progress: SyncProgress) -> bool:  # in the worker
        self.progressed.emit(progress)
        return not self._stop.is_set()

    def _show_progress(self, progress: SyncProgress) -> None:
        fraction = progress.fraction
        if fraction is not None:
            self.bar.setRange(0, 100)
            self.bar.setValue(round(fraction * 100))
        self._received = received_words(progress.applied)
        if self._received:
            self.counts.setText(self.tr("Received so far: %1.").replace("%1", self._received))
        else:  # the first pages bring the organisation itself: its committees and members
            self.counts.setText(self.tr("Receiving your organisation's committees and members…"))
        refit(self.counts)

    def _done(self, _report: object) -> None:
        if self.outcome is not None:
            return  # the member stopped waiting; the sync went on in the background
        self.outcome = "done"
        self.bar.setRange(0, 100)
        self.bar.setValue(100)
        words = self._received or self.tr("nothing yet")
        self.counts.setText(self.tr("Everything has arrived: %1.").replace("%1", words))
        announce(self, self.counts.text())
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        log_error(error)
        if self.outcome is not None:
            return
        self.outcome = "failed"
        self.bar.setRange(0, 100)
        summary, advice = error_text(error)
        self.counts.setText(
            self.tr("Not everything could arrive yet. %1 %2 Quorum will try again by itself.")
            .replace("%1", summary)
            .replace("%2", advice)
        )
        refit(self.counts)
        self.later_button.setText(self.tr("&Continue"))
        self.later_button.setAccessibleName(self.tr("Continue, and use Quorum now"))
        announce(self, self.counts.text())

    def _stop_waiting(self) -> None:
        if self.outcome == "failed":
            self.done(QDialog.DialogCode.Rejected)
            return
        self.outcome = "stopped"
        self._stop.set()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape and the window's close button
        if self.outcome is None:
            self.outcome = "stopped"
            self._stop.set()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for label in (self.intro, self.counts):
                refit(label)
