"""The pages of a PDF, one under the other in a scroll area, each painted from
``QPdfDocument.render`` with, in this order, the member's saved highlights (soft yellow,
underlined), the text selected with the mouse (light blue), the search results (amber, the
shown one stronger) and the watermark on top.

Pages render when Qt first paints them (only what is on screen), and only the few last rendered
images are kept, so a long board pack does not fill the memory. Zoom is a scale in pixels per
PDF point; "fit to width" (the default) follows the width of the view.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.formatting import fill
from desktop.ui.pdf_watermark import paint_watermark

#: Space around and between pages (pixels).
PAGE_MARGIN = 16
#: Zoom limits (pixels per PDF point) and the step of zoom in/out.
MIN_SCALE, MAX_SCALE, ZOOM_STEP = 0.25, 5.0, 1.25
#: Rendered page images kept at once.
KEPT_IMAGES = 8

_HIGHLIGHT = QColor(255, 214, 0, 90)
_CURRENT = QColor(255, 120, 0, 130)
_MARKED = QColor(255, 236, 90, 120)
_MARKED_LINE = QColor(176, 120, 0)
_SELECTED = QColor(70, 130, 220, 80)


class PageWidget(QWidget):
    """One page: white paper, the rendered image, highlights, then the watermark."""

    def __init__(self, column: PageColumn, index: int) -> None:
        super().__init__()
        self._column = column
        self.index = index
        self.image: QImage | None = None
        #: Search hits on this page, in PDF points; ``current`` is drawn stronger.
        self.highlights: list[QRectF] = []
        self.current: list[QRectF] = []
        #: The member's saved highlights and the mouse selection on this page, in PDF points.
        self.marked: list[QRectF] = []
        self.selected: list[QRectF] = []
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def drop_image(self) -> None:
        self.image = None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint_page(painter)
        painter.end()

    def paint_page(self, painter: QPainter, watermark: bool = True) -> None:
        rect = QRectF(self.rect())
        painter.fillRect(rect, Qt.GlobalColor.white)
        image = self._column.image_for(self)
        if image is not None:
            painter.drawImage(rect, image)
        scale = self._column.scale
        for mark in self.marked:
            box = QRectF(mark.topLeft() * scale, mark.size() * scale).adjusted(-1, -1, 1, 1)
            painter.fillRect(box, _MARKED)
            painter.fillRect(QRectF(box.left(), box.bottom() - 1.5, box.width(), 1.5), _MARKED_LINE)
        layers = (
            (self.selected, _SELECTED),
            (self.highlights, _HIGHLIGHT),
            (self.current, _CURRENT),
        )
        for rects, colour in layers:
            for hit in rects:
                box = QRectF(hit.x() * scale, hit.y() * scale, hit.width(), hit.height())
                box.setSize(hit.size() * scale)
                painter.fillRect(box.adjusted(-2, -2, 2, 2), colour)
        if watermark:
            paint_watermark(painter, rect, self._column.watermark)
        painter.setPen(QColor(150, 150, 150))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))


class PageColumn(QScrollArea):
    """``set_document(document, watermark)``; ``go_to_page``, ``zoom_in/out``, ``fit_width``;
    ``page_changed(index)`` when another page comes to the top of the view."""

    page_changed = Signal(int)
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self.watermark = ""
        self.pages: list[PageWidget] = []
        self.scale = 1.0
        self.fitting = True
        self._current = 0
        self._rendered: deque[PageWidget] = deque()
        self._paper = QWidget()
        self._paper.setObjectName("pdfPaper")
        self._paper.setStyleSheet("QWidget#pdfPaper { background: #e4e7ec; }")
        self._layout = QVBoxLayout(self._paper)
        self._layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self._layout.setSpacing(PAGE_MARGIN)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._paper)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- content -------------------------------------------------------------------------

    def set_document(self, document: QPdfDocument | None, watermark: str = "") -> None:
        for page in self.pages:
            self._layout.removeWidget(page)
            page.deleteLater()
        self.pages, self._rendered, self._current = [], deque(), 0
        self.document, self.watermark = document, watermark
        if document is not None:
            for index in range(document.pageCount()):
                page = PageWidget(self, index)
                page.setAccessibleName(fill(self.tr("Page %1"), str(index + 1)))
                self.pages.append(page)
                self._layout.addWidget(page)
        self.fitting = True
        self._apply_scale(self._fit_scale())
        self.verticalScrollBar().setValue(0)

    def image_for(self, page: PageWidget) -> QImage | None:
        """The page's image at its current size, rendered now if needed."""
        if self.document is None:
            return None
        ratio = page.devicePixelRatioF()
        wanted = QSize(round(page.width() * ratio), round(page.height() * ratio))
        if page.image is None or page.image.size() != wanted:
            page.image = self.document.render(page.index, wanted)
            if page in self._rendered:
                self._rendered.remove(page)
            self._rendered.append(page)
            while len(self._rendered) > KEPT_IMAGES:
                self._rendered.popleft().drop_image()
        return page.image if page.image is not None and not page.image.isNull() else None

    # --- zoom ----------------------------------------------------------------------------

    def _widest_page(self) -> float:
        if self.document is None or not self.pages:
            return 595.0
        return max(self.document.pagePointSize(i).width() for i in range(len(self.pages)))

    def _fit_scale(self) -> float:
        room = self.viewport().width() - 2 * PAGE_MARGIN
        return max(MIN_SCALE, min(MAX_SCALE, room / max(1.0, self._widest_page())))

    def _apply_scale(self, scale: float) -> None:
        top = self._current
        self.scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        if self.document is not None:
            for page in self.pages:
                size = self.document.pagePointSize(page.index) * self.scale
                page.setFixedSize(round(size.width()), round(size.height()))
        self.zoom_changed.emit()
        if self.pages:
            self._paper.adjustSize()
            self.go_to_page(top)

    def zoom_in(self) -> None:
        self.fitting = False
        self._apply_scale(self.scale * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.fitting = False
        self._apply_scale(self.scale / ZOOM_STEP)

    def fit_width(self) -> None:
        self.fitting = True
        self._apply_scale(self._fit_scale())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fitting and abs(self._fit_scale() - self.scale) > 0.001:
            self._apply_scale(self._fit_scale())

    # --- pages ---------------------------------------------------------------------------

    @property
    def current_page(self) -> int:
        return self._current

    def go_to_page(self, index: int, hit: QRectF | None = None) -> None:
        """Bring page ``index`` (from 0) to the top of the view, or ``hit`` (points) into it."""
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        page = self.pages[index]
        self._layout.activate()
        if hit is None:
            self.verticalScrollBar().setValue(page.y() - PAGE_MARGIN)
        else:
            centre = hit.center() * self.scale
            self.ensureVisible(
                page.x() + round(centre.x()),
                page.y() + round(centre.y()),
                PAGE_MARGIN * 4,
                self.viewport().height() // 3,
            )
        self._set_current(index)

    def _on_scrolled(self, value: int) -> None:
        line = value + self.viewport().height() // 3
        for page in self.pages:
            if page.y() + page.height() + PAGE_MARGIN > line:
                self._set_current(page.index)
                return

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.page_changed.emit(index)

    def set_highlights(
        self, hits: dict[int, list[QRectF]], current: tuple[int, QRectF] | None
    ) -> None:
        """Search hits per page (points); ``current`` (page, rectangle) drawn stronger."""
        for page in self.pages:
            page.highlights = hits.get(page.index, [])
            page.current = [current[1]] if current and current[0] == page.index else []
            page.update()

    def set_marks(self, marks: dict[int, list[QRectF]]) -> None:
        """The member's saved highlights per page (points)."""
        for page in self.pages:
            page.marked = marks.get(page.index, [])
            page.update()
