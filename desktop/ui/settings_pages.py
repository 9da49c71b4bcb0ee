"""The sections of the settings window (``desktop.ui.settings_dialog``), one group box each:
text and contrast, language, locking, desktop notifications, offline documents, closing the
window. Each shows the member's current choice and emits ``changed`` when they make another;
the window saves it at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.lock_settings import CHOICES
from desktop.ui.preferences import TEXT_SCALES
from desktop.ui.storage_dialog import BUDGET_MAX_GB, BUDGET_MIN_GB
from protocol.network import NotifyMode

#: The languages offered: "" follows the computer's.
LANGUAGES = ("", "fr", "en")


def note(text: str = "") -> QLabel:
    """A sentence that wraps to the window's width, read on Tab by a screen reader."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # after the flags, which set their own
    label.setAccessibleName(text)
    return label


def set_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)


def fit_on_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height`` at most 90 % of its screen, and never larger
    than a small laptop's (1280 x 800): what does not fit scrolls."""
    screen = widget.screen()
    room = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
    room = room.boundedTo(QSize(1280, 800))
    widget.resize(min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10))


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def minutes_words(minutes: int) -> str:
    """ "one minute", "5 minutes", "one hour", "2 hours"."""
    if minutes == 1:
        return QCoreApplication.translate("SettingsPages", "one minute")
    if minutes % 60 == 0:
        hours = minutes // 60
        if hours == 1:
            return QCoreApplication.translate("SettingsPages", "one hour")
        return fill(QCoreApplication.translate("SettingsPages", "%1 hours"), str(hours))
    return fill(QCoreApplication.translate("SettingsPages", "%1 minutes"), str(minutes))


class AppearanceSection(QGroupBox):
    """``changed(text_scale, high_contrast)``: applied to the whole app at once."""

    changed = Signal(int, bool)

    def __init__(self, text_scale: int, high_contrast: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Text and contrast"))
        self.scale_combo = QComboBox()
        self.scale_combo.setAccessibleName(self.tr("Text size"))
        self.scale_combo.setAccessibleDescription(self.tr("Applies to the whole of Quorum at once"))
        for scale in TEXT_SCALES:
            self.scale_combo.addItem(self._scale_words(scale), scale)
        self.scale_combo.setCurrentIndex(max(0, self.scale_combo.findData(text_scale)))
        self.contrast_check = QCheckBox(self.tr("&High contrast"))
        self.contrast_check.setAccessibleName(self.tr("High contrast"))
        self.contrast_check.setAccessibleDescription(
            self.tr("Black text on white, dark blue links and selection, a thick focus frame")
        )
        self.contrast_check.setChecked(high_contrast)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(buddy(self.tr("&Text size:"), self.scale_combo), self.scale_combo)
        form.addRow(self.contrast_check)
        self.scale_combo.currentIndexChanged.connect(self._emit)
        self.contrast_check.toggled.connect(self._emit)

    def _scale_words(self, scale: int) -> str:
        if scale == 100:
            return self.tr("100 % (normal)")
        if scale == 200:
            return self.tr("200 % (twice as large)")
        return fill(self.tr("%1 %"), str(scale))

    @property
    def text_scale(self) -> int:
        return int(self.scale_combo.currentData())

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.text_scale, self.contrast_check.isChecked())


class LanguageSection(QGroupBox):
    """``changed(code)``: "" for the computer's language; applies at the next start."""

    changed = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Language"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language of Quorum"))
        self.combo.setAccessibleDescription(self.tr("Applies the next time you start Quorum"))
        names = {"": self.tr("Same as this computer"), "fr": "Français", "en": "English"}
        for code in LANGUAGES:
            self.combo.addItem(names[code], code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(language)))
        self.note = note(self.tr("The new language applies the next time you start Quorum."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(buddy(self.tr("&Language:"), self.combo), self.combo)
        form.addRow(self.note)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

    @property
    def language(self) -> str:
        return str(self.combo.currentData())

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit(self.language)


class LockSection(QGroupBox):
    """``changed(minutes)``: 0 for the organisation's longest, never more than it allows."""

    changed = Signal(int)

    def __init__(self, policy_minutes: int, current: int) -> None:
        super().__init__()
        self.setTitle(self.tr("Locking"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Lock Quorum after"))
        longest = minutes_words(policy_minutes)
        self.combo.addItem(fill(self.tr("%1 (the longest allowed)"), longest), 0)
        for minutes in CHOICES:
            if minutes < policy_minutes:
                self.combo.addItem(minutes_words(minutes), minutes)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        text = self.tr(
            "Quorum locks itself when you leave this computer: choose after how long without "
            "using the keyboard or the mouse. Your organisation allows at most %1."
        )
        self.note = note(fill(text, longest))
        self.combo.setAccessibleDescription(self.note.text())
        QWidget.setTabOrder(self.note, self.combo)  # the sentence above is read first
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.note)
        form.addRow(buddy(self.tr("Lock &after:"), self.combo), self.combo)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

    @property
    def minutes(self) -> int:
        return int(self.combo.currentData())

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit(self.minutes)


class NotificationsSection(QGroupBox):
    """``changed(mode, hour)``: how the desktop tells the member of what concerns them."""

    changed = Signal(str, int)

    def __init__(self, mode: str, hour: int) -> None:
        super().__init__()
        self.setTitle(self.tr("Desktop notifications"))
        self.immediate_radio = QRadioButton(self.tr("Show &each one at once"))
        self.digest_radio = QRadioButton(self.tr("One &summary a day, at"))
        self.off_radio = QRadioButton(self.tr("&None: only the Notifications list"))
        self.hour_spin = QSpinBox()
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setSuffix(self.tr(" h"))
        self.hour_spin.setKeyboardTracking(False)
        self.hour_spin.setAccessibleName(self.tr("Hour of the daily summary"))
        self.group = QButtonGroup(self)
        for radio, value in (
            (self.immediate_radio, NotifyMode.IMMEDIATE),
            (self.digest_radio, NotifyMode.DIGEST),
            (self.off_radio, NotifyMode.OFF),
        ):
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setProperty("mode", value.value)
            self.group.addButton(radio)
        self.show_choice(mode, hour)
        digest_row = QHBoxLayout()
        digest_row.addWidget(self.digest_radio)
        digest_row.addWidget(self.hour_spin)
        digest_row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.immediate_radio)
        box.addLayout(digest_row)
        box.addWidget(self.off_radio)
        self.group.buttonToggled.connect(self._on_toggled)
        self.hour_spin.valueChanged.connect(self._emit)

    def show_choice(self, mode: str, hour: int) -> None:
        with QSignalBlocker(self.group), QSignalBlocker(self.hour_spin):
            for radio in self.group.buttons():
                radio.setChecked(radio.property("mode") == mode)
            self.hour_spin.setValue(hour)
        self.hour_spin.setEnabled(mode == NotifyMode.DIGEST.value)

    @property
    def mode(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("mode")) if checked else NotifyMode.IMMEDIATE.value

    def _on_toggled(self, _button: object, checked: bool) -> None:
        if checked:  # once per choice, not for the button unchecked
            self._emit()

    def _emit(self, *_args: object) -> None:
        self.hour_spin.setEnabled(self.mode == NotifyMode.DIGEST.value)
        self.changed.emit(self.mode, self.hour_spin.value())


class StorageSection(QGroupBox):
    """``changed(gigabytes)``: the space documents kept on this computer may take."""

    changed = Signal(float)

    def __init__(self, usage: str, budget_gb: float) -> None:
        super().__init__()
        self.setTitle(self.tr("Documents on this computer"))
        self.usage_note = note(usage)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(BUDGET_MIN_GB, BUDGET_MAX_GB)
        self.spin.setSingleStep(0.5)
        self.spin.setDecimals(1)
        self.spin.setSuffix(self.tr(" GB"))
        self.spin.setKeyboardTracking(False)
        self.spin.setAccessibleName(self.tr("Space for offline documents, in gigabytes"))
        self.show_budget(usage, budget_gb)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.usage_note)
        form.addRow(buddy(self.tr("S&pace for offline documents:"), self.spin), self.spin)
        self.spin.valueChanged.connect(self.changed.emit)

    def show_budget(self, usage: str, budget_gb: float) -> None:
        set_note(self.usage_note, usage)
        with QSignalBlocker(self.spin):
            self.spin.setValue(max(BUDGET_MIN_GB, min(BUDGET_MAX_GB, budget_gb)))


class WindowSection(QGroupBox):
    """``changed(close_to_tray)``; without a notification area the choice is off, said why."""

    changed = Signal(bool)

    def __init__(self, close_to_tray: bool, tray_available: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Closing the window"))
        self.tray_check = QCheckBox(self.tr("&Keep Quorum running"))
        self.tray_check.setAccessibleName(self.tr("Keep Quorum running when its window is closed"))
        self.tray_check.setChecked(close_to_tray and tray_available)
        self.tray_check.setEnabled(tray_available)
        text = (
            self.tr(
                "When you close its window, Quorum stays in the notification area and keeps "
                "up to date. File > Quit stops it."
            )
            if tray_available
            else self.tr(
                "This computer shows no notification area: closing the window stops Quorum."
            )
        )
        self.note = note(text)
        self.tray_check.setAccessibleDescription(text)
        box = QVBoxLayout(self)
        box.addWidget(self.tray_check)
        box.addWidget(self.note)
        self.tray_check.toggled.connect(self.changed.emit)
