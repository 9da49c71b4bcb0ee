"""The "Versions" tab of the document side panel: every version (number, date, who, the
secretariat's note, "current"), and when the document changed since the member last read it,
"What changed since you read it": each added line marked "+ " and each removed one "− " (and
said "Added:" / "Removed:" to a screen reader; the light colour is never the only sign), long
unchanged stretches folded into one line. A PDF's changes are the secretariat's note."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.cache.document_records import DiffLine, VersionChange
from desktop.core.documents_api import DocumentExtrasApi
from desktop.ui.doc_models import Row, RowsModel
from desktop.ui.doc_words import diff_sign, diff_words, version_subtitle, version_title
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import list_view
from desktop.ui.votes_widgets import framed_note, heading, paragraph, set_note

#: Unchanged lines kept around each change; longer unchanged stretches are folded.
CONTEXT_LINES = 2


def folded(lines: tuple[DiffLine, ...], context: int = CONTEXT_LINES) -> list[DiffLine | int]:
    """The lines to show: changes, ``context`` unchanged lines around each, and for each
    stretch left out the number of lines it holds."""
    changed = [i for i, line in enumerate(lines) if line.kind != "same"]
    keep = {j for i in changed for j in range(i - context, i + context + 1)}
    shown: list[DiffLine | int] = []
    hidden = 0
    for i, line in enumerate(lines):
        if i in keep:
            if hidden:
                shown.append(hidden)
                hidden = 0
            shown.append(line)
        else:
            hidden += 1
    if hidden:
        shown.append(hidden)
    return shown


class VersionsTab(QWidget):
    def __init__(self, extras: DocumentExtrasApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extras = extras
        self.document_id: str | None = None
        self.changed_note = framed_note("", "info")
        self.changes_heading = heading(self.tr("What changed since you read it"), 2)
        self.change_note_label = paragraph("", 1)
        self.diff_model = RowsModel(self)
        self.diff_list = list_view(self.tr("What changed since you read it, line by line"))
        self.diff_list.setModel(self.diff_model)
        self.pdf_label = paragraph(
            self.tr(
                "For a PDF, the changes are not shown line by line: read the new version, "
                "and the secretariat's note above."
            )
        )
        self.pdf_label.setAccessibleName(self.pdf_label.text())
        self.versions_heading = heading(self.tr("Versions"), 2)
        self.model = RowsModel(self)
        self.list = list_view(self.tr("Versions of this document, newest first"))
        self.list.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for widget in (
            self.changed_note,
            self.changes_heading,
            self.change_note_label,
            self.pdf_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.diff_list, 3)
        layout.addWidget(self.versions_heading)
        layout.addWidget(self.list, 2)
        self.show_document(None)

    def show_document(self, document_id: str | None) -> None:
        self.document_id = document_id
        self.refresh()

    def refresh(self) -> None:
        versions = self._extras.versions(self.document_id) if self.document_id else []
        self.model.set_rows(
            [
                Row(
                    f"{v.document_id}:{v.version}",
                    version_title(v),
                    version_subtitle(v),
                    record=v,
                    bold=v.current,
                )
                for v in versions
            ]
        )
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        change = self._extras.changes_since_read(self.document_id) if self.document_id else None
        self._show_change(change)

    def _show_change(self, change: VersionChange | None) -> None:
        self.changes_heading.setVisible(change is not None)
        self.diff_list.setVisible(change is not None and bool(change.lines))
        if change is None:
            set_note(self.changed_note, "")
            self.change_note_label.setVisible(False)
            self.pdf_label.setVisible(False)
            self.diff_model.set_rows([])
            return
        set_note(
            self.changed_note,
            fill(
                self.tr(
                    "This document changed since you read it: you read version %1, it is now %2."
                ),
                str(change.read_version),
                str(change.current_version),
            ),
        )
        note = change.change_note.strip()
        self.change_note_label.setText(fill(self.tr("Secretariat's note: %1"), note))
        self.change_note_label.setAccessibleName(self.change_note_label.text())
        self.change_note_label.setVisible(bool(note))
        self.pdf_label.setVisible(not change.lines)
        self.diff_model.set_rows(self._diff_rows(change))
        first = next((n for n, row in enumerate(self.diff_model.rows()) if row.tone), 0)
        if self.diff_model.rowCount():
            self.diff_list.setCurrentIndex(self.diff_model.index(first))

    def _diff_rows(self, change: VersionChange) -> list[Row]:
        rows = []
        for n, item in enumerate(folded(change.lines)):
            if isinstance(item, int):
                text = fill(self.tr("… %1 unchanged line(s) …"), str(item))
                rows.append(Row(f"fold-{n}", text, spoken=text))
                continue
            text = item.text
            if item.kind != "same" and not text.strip():
                text = self.tr("(empty line)")
            rows.append(
                Row(
                    f"line-{n}",
                    diff_sign(item.kind) + text,
                    spoken=f"{diff_words(item.kind)} {text}",
                    tone="" if item.kind == "same" else item.kind,
                    bold=item.kind == "added",
                )
            )
        return rows
