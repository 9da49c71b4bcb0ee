"""A push button whose words go onto a second line when it is narrower than its text.

Qt's buttons never wrap: at 200 % text, "Voter pour le compte de Jean-Marc Rousseau…" is wider
than the pane it sits in, and the pane must scroll sideways or cut it. ``WrapButton`` keeps one
line while it fits (it looks and reads as any button: same ``text()``, same style, same
mnemonic) and wraps at words when it does not, asking its layout for the height it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setSizePolicy(  # type: ignore[override]  # noqa: N802 - Qt's, one form only
        self, horizontal: QSizePolicy.Policy, _vertical: QSizePolicy.Policy
    ) -> None:
        """Any width policy; in height, at least what its width needs (never one line)."""
        policy = QSizePolicy(horizontal, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        super().setSizePolicy(policy)

    def _plain(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _padding(self) -> QSize:
        """What the style puts around one line of text (frame, margins, bold)."""
        one_line = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(
            max(0, one_line.width() - metrics.horizontalAdvance(self._plain())),
            max(0, one_line.height() - metrics.height()),
        )

    def _fits(self, width: int) -> bool:
        return super().sizeHint().width() <= width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as its longest word."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self._plain().split()), default=0)
        height = super().minimumSizeHint().height()
        if self.width() > 0 and not self._fits(self.width()):
            # Wrapped at its present width: a layout short of room must not squeeze it below
            # what its lines need (some layouts consult this rather than heightForWidth).
            height = max(height, self.heightForWidth(self.width()))
        return QSize(longest + self._padding().width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its minimum height follows its width

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        one_line = super().sizeHint().height()
        if self._fits(width):
            return max(one_line, self.minimumHeight())
        padding = self._padding()
        box = QRect(0, 0, max(1, width - padding.width()), 100_000)
        text_height = self.fontMetrics().boundingRect(box, _FLAGS, self.text()).height()
        return max(text_height + padding.height(), one_line, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._fits(self.width()):
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the frame, background and focus as the style draws them
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        padding = self._padding()
        half_w, half_h = padding.width() // 2, padding.height() // 2
        box = self.rect().adjusted(half_w, half_h, -half_w, -half_h)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        painter.drawText(box, _FLAGS, self.text())
