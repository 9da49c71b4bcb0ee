"""The committee and document lists over a real encrypted cache."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.cache import CacheStore
from desktop.core.library import DocumentNotFound, Library
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.models import (
    BadgeRole,
    CommitteeListModel,
    DocumentListModel,
    IdRole,
    SubtitleRole,
    UnreadRole,
)
from tests.desktop.conftest import realistic_page

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture
def library(signed_in: CacheStore, qapp: QApplication) -> Library:
    install_translations(qapp, "en")
    signed_in.apply_page(realistic_page())
    return Library(signed_in, clock=lambda: datetime(2025, 3, 15, 8, 0, tzinfo=UTC))


def column(model: DocumentListModel | CommitteeListModel, role: int) -> list[object]:
    return [model.index(row).data(role) for row in range(model.rowCount())]


def test_committees_start_with_the_whole_organisation_then_the_members_committees(
    library: Library,
) -> None:
    model = CommitteeListModel(library, AppEvents())
    assert column(model, Qt.ItemDataRole.DisplayRole) == [
        "Whole organisation",
        "Conseil d'administration",
        "Audit",
        "Éthique",
    ]
    assert column(model, IdRole) == [None, "c-board", "c-audit", "c-ethics"]


def test_committees_show_their_unread_counts_in_words(library: Library) -> None:
    model = CommitteeListModel(library, AppEvents())
    assert column(model, BadgeRole) == ["1 unread", "2 unread", "1 unread", None]
    assert column(model, UnreadRole) == [True, True, True, False]
    assert model.index(1).data(ACCESSIBLE) == "Conseil d'administration, 2 unread document(s)"
    assert model.index(3).data(ACCESSIBLE) == "Éthique, nothing unread"


def test_documents_are_newest_first_with_date_and_author(library: Library) -> None:
    model = DocumentListModel(library, AppEvents())
    model.set_committee("c-board")
    assert column(model, Qt.ItemDataRole.DisplayRole) == [
        "Board pack, March",
        "Minutes of February",
        "Budget 2025",
    ]
    assert model.index(0).data(SubtitleRole) == "13 March 2025 · Claire Secrétariat"


def test_unread_is_bold_and_said_in_words_not_by_weight_alone(library: Library) -> None:
    model = DocumentListModel(library, AppEvents())
    model.set_committee("c-board")
    unread, read = model.index(0), model.index(1)
    assert unread.data(BadgeRole) == "● New"
    font = unread.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert unread.data(ACCESSIBLE).startswith("New: Board pack, March. 13 March 2025")
    assert read.data(BadgeRole) is None
    assert read.data(Qt.ItemDataRole.FontRole) is None
    assert read.data(ACCESSIBLE) == "Minutes of February. 22 February 2025 · Claire Secrétariat"


def test_organisation_wide_documents_are_listed_under_the_whole_organisation(
    library: Library,
) -> None:
    model = DocumentListModel(library, AppEvents())
    model.set_committee(None)
    assert column(model, Qt.ItemDataRole.DisplayRole) == ["Newsletter", "Members' charter"]


def test_opening_a_document_marks_it_read_queues_one_receipt_and_lists_refresh(
    library: Library, signed_in: CacheStore
) -> None:
    events = AppEvents()
    committees = CommitteeListModel(library, events)
    documents = DocumentListModel(library, events)
    documents.set_committee("c-board")
    doc = library.open_document("d-pack")
    assert not doc.unread
    assert library.open_document("d-pack").read_at == doc.read_at  # a second open queues nothing
    events.documents_changed.emit()
    assert documents.index(0).data(BadgeRole) is None
    assert committees.index(1).data(BadgeRole) == "1 unread"
    queued = [e for e in signed_in.outbox() if e.kind == "document.read"]
    assert [e.data["document_id"] for e in queued] == ["d-pack"]
    assert [e.state for e in queued] == ["pending"]


def test_a_refresh_that_changes_nothing_keeps_the_selection(library: Library, qtbot) -> None:  # type: ignore[no-untyped-def]
    events = AppEvents()
    documents = DocumentListModel(library, events)
    documents.set_committee("c-board")
    with qtbot.assertNotEmitted(documents.modelReset):
        events.documents_changed.emit()


def test_a_document_gone_from_the_cache_is_said_so(library: Library) -> None:
    with pytest.raises(DocumentNotFound):
        library.open_document("d-never")
