"""The welcome assistant's first step (docs/INSTALLED.md, "First run"): the language and the
size of the text, applied at once, before anything else is asked.

The dialog only shows and applies the choices; ``desktop.first_run`` saves them (the language
in ``settings.json``, the text size in the preferences) when the member goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.preferences import TEXT_SCALES
from desktop.ui.welcome_pages import heading_label, paragraph, refit

#: The languages offered, each named in its own language (a member who reads only one of
#: them must find it whatever the app speaks now).
LANGUAGES = (("fr", "Français"), ("en", "English"))


class WelcomeDialog(QDialog):
    """Language and text size. ``on_language(code)`` and ``on_text_scale(percent)`` apply a
    choice to the whole app at once (the dialog follows: it is retranslated and reflows)."""

    def __init__(
        self,
        language: str,
        text_scale: int,
        on_language: Callable[[str], None],
        on_text_scale: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_language = on_language
        self._on_text_scale = on_text_scale
        self.heading = heading_label()
        self.intro = paragraph()
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.size_label = QLabel()
        self.size_combo = QComboBox()
        for percent in TEXT_SCALES:
            self.size_combo.addItem(f"{percent} %", percent)
        self.size_label.setBuddy(self.size_combo)
        self.sample = paragraph()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.size_label, self.size_combo)

        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.sample)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._select(self.language_combo, language)
        self._select(self.size_combo, text_scale)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.size_combo.currentIndexChanged.connect(self._size_chosen)
        self.retranslate()
        self.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def text_scale(self) -> int:
        return int(self.size_combo.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Quorum"))
        self.heading.setText(self.tr("Welcome to Quorum"))
        self.intro.setText(
            self.tr(
                "Before you start, choose your language and the size of the text. "
                "You can change them later in File > Settings."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.size_label.setText(self.tr("&Text size:"))
        self.size_combo.setAccessibleName(self.tr("Text size"))
        self.size_combo.setAccessibleDescription(
            self.tr("The text of the whole app grows at once; 100 % is the usual size.")
        )
        self.sample.setText(
            self.tr("This is how the text of Quorum will look: agendas, votes and messages.")
        )
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue with these choices"))
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Quorum"))
        self._refit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._refit()

    def _refit(self) -> None:
        for label in (self.heading, self.intro, self.sample):
            refit(label)
        self.adjustSize()

    def _language_chosen(self) -> None:
        self._on_language(self.language)
        self.retranslate()  # the app's translators changed; say it all again now

    def _size_chosen(self) -> None:
        self._on_text_scale(self.text_scale)
        self._refit()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))
