"""Printing a PDF and saving a copy, offered only for a document that allows copying.

Printed pages carry the same watermark as the screen. A copy is written only where the member
chose, in one go; nothing else is ever written to disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.ui.pdf_watermark import paint_watermark


def print_pages(document: QPdfDocument, printer: QPrinter, watermark: str) -> int:
    """Print every page (or the range chosen in the print dialog), each fitted to the paper
    and watermarked. Returns the number of pages printed."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, max(first, printer.toPage() - 1))
    painter = QPainter()
    if count <= 0 or not painter.begin(printer):
        return 0
    printed = 0
    try:
        paper = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        paper.moveTo(0, 0)
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            scale = min(paper.width() / size.width(), paper.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(paper.center())
            image = document.render(index, QSize(round(target.width()), round(target.height())))
            painter.drawImage(target, image)
            paint_watermark(painter, target, watermark)
            printed += 1
    finally:
        painter.end()
    return printed


def save_dialog(parent: QWidget | None, suggested_name: str) -> QFileDialog:
    """The "Save a copy" dialog (Qt's own, so it looks and works the same everywhere)."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("PdfViewer", "Save a copy of the document")
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(QCoreApplication.translate("PdfViewer", "PDF documents (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested_name or "document.pdf")
    return dialog


def print_with_dialog(parent: QWidget, document: QPdfDocument, watermark: str) -> int:
    """Ask which printer and pages, then print; the number of pages printed (0: cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfViewer", "Print the document"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pages(document, printer, watermark)


def save_with_dialog(parent: QWidget, data: bytes, suggested_name: str) -> Path | None:
    """Ask where, then write the bytes there (replacing a file the member agreed to replace);
    None when they cancelled."""
    dialog = save_dialog(parent, suggested_name)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    path.write_bytes(data)
    return path
