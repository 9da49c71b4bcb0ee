"""File > Offline storage…: how much the downloaded documents take ("1.2 GB of 2 GB used", in
words), the size budget in gigabytes, "Free up space now" (the retention rule and the budget
applied at once, on the worker, then how much was freed) and the organisation's retention rule
in a sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents_api import BoardFilesApi
from desktop.ui.errors import log_error
from desktop.ui.formatting import fill
from desktop.ui.runner import Runner

GIB = 1024**3
MIB = 1024**2
#: The budget the member may choose, in GB.
BUDGET_MIN_GB = 0.5
BUDGET_MAX_GB = 50.0


def _number(value: float, decimals: int) -> str:
    """In the member's language ("1,2" in French); no ",0" on a whole number."""
    rounded = round(value, decimals)
    places = 0 if float(rounded).is_integer() else decimals
    return QLocale().toString(float(rounded), "f", places)


def amount_words(size: int) -> str:
    """ "1.2 GB", "340 MB", "0.4 MB": an amount of storage."""
    if size >= GIB:
        return fill(QCoreApplication.translate("Storage", "%1 GB"), _number(size / GIB, 1))
    megabytes = size / MIB
    decimals = 1 if megabytes < 10 else 0
    return fill(QCoreApplication.translate("Storage", "%1 MB"), _number(megabytes, decimals))


def usage_words(used: int, budget: int) -> str:
    """ "1.2 GB of 2 GB used"."""
    text = QCoreApplication.translate("Storage", "%1 of %2 used")
    return fill(text, amount_words(used), amount_words(budget))


def retention_words(months: int | None) -> str:
    if months is None:
        return QCoreApplication.translate(
            "Storage",
            "Your organisation sets no time limit: documents stay until space runs short.",
        )
    return fill(
        QCoreApplication.translate(
            "Storage",
            "Documents of meetings more than %1 months old leave the cache, "
            "except those you keep offline.",
        ),
        str(months),
    )


class StorageDialog(QDialog):
    """``budget_changed()`` once the new budget is stored (a background run may fetch more)."""

    budget_changed = Signal()

    def __init__(
        self,
        files: BoardFilesApi,
        runner: Runner,
        retention_months: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._runner = runner
        self.setWindowTitle(self.tr("Offline storage"))
        self.setObjectName("storageDialog")
        self.usage_label = self._paragraph()
        self.budget_spin = QDoubleSpinBox()
        self.budget_spin.setRange(BUDGET_MIN_GB, BUDGET_MAX_GB)
        self.budget_spin.setSingleStep(0.5)
        self.budget_spin.setDecimals(1)
        self.budget_spin.setSuffix(self.tr(" GB"))
        self.budget_spin.setKeyboardTracking(False)
        self.budget_spin.setAccessibleName(self.tr("Space for offline documents, in gigabytes"))
        self.budget_spin.valueChanged.connect(self._on_budget_changed)
        self.free_button = QPushButton(self.tr("&Free up space now"))
        self.free_button.setAccessibleName(self.tr("Free up space now"))
        self.free_button.setAccessibleDescription(
            self.tr("Applies the retention rule and the space limit at once")
        )
        self.free_button.setAutoDefault(False)
        self.free_button.clicked.connect(self.free_up)
        self.result_label = self._paragraph()
        self.result_label.hide()
        self.retention_label = self._paragraph()
        self.retention_label.setText(retention_words(retention_months))
        self.retention_label.setAccessibleName(self.retention_label.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the offline storage"))

        form = QFormLayout()
        budget_label = QLabel(self.tr("&Space for offline documents:"))
        budget_label.setBuddy(self.budget_spin)
        form.addRow(budget_label, self.budget_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.usage_label)
        layout.addLayout(form)
        layout.addWidget(self.free_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.retention_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.refresh()
        self.budget_spin.setFocus()

    def _paragraph(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reads it on Tab
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def refresh(self) -> None:
        used, budget = self._files.usage()
        text = usage_words(used, budget)
        self.usage_label.setText(text)
        self.usage_label.setAccessibleName(text)
        with QSignalBlocker(self.budget_spin):
            self.budget_spin.setValue(max(BUDGET_MIN_GB, min(BUDGET_MAX_GB, budget / GIB)))

    def _on_budget_changed(self, value: float) -> None:
        files, budget = self._files, round(value * GIB)
        self._runner.run(
            lambda: files.set_budget(budget),
            on_done=lambda _none: self._on_budget_stored(),
            on_error=self._on_failed,
        )

    def _on_budget_stored(self) -> None:
        self.refresh()
        self.budget_changed.emit()

    def free_up(self) -> None:
        """The retention rule and the budget, now, on the worker; then how much was freed."""
        self.free_button.setEnabled(False)
        self.result_label.hide()
        self._runner.run(self._files.tidy, on_done=self._on_freed, on_error=self._on_failed)

    def _on_freed(self, freed: object) -> None:
        self.free_button.setEnabled(True)
        amount = int(freed) if isinstance(freed, int) else 0
        if amount > 0:
            text = fill(self.tr("%1 freed."), amount_words(amount))
        else:
            text = self.tr("Nothing needed freeing: everything kept fits.")
        self._say(text)
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        log_error(error)
        self.free_button.setEnabled(True)
        self._say(self.tr("The storage could not be changed. Try again in a moment."))
        self.refresh()

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)
        self.result_label.show()
