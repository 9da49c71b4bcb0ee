"""The reader fetches nothing and opens a link only after the member has seen where it goes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cache.records import Document
from desktop.ui.i18n import install_translations
from desktop.ui.reader import DocumentReader, LinkConfirmation

WHEN = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)


def make_document(body: str, unread: bool = True) -> Document:
    return Document(
        id="d1",
        committee_id="c1",
        title="Dossier du conseil",
        author_name="Sara Lefèvre",
        published_at=WHEN,
        updated_at=WHEN,
        read_at=None if unread else WHEN,
        body=body,
    )


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def reader(qtbot, qapp: QApplication, opened: list[QUrl]) -> DocumentReader:  # type: ignore[no-untyped-def]
    install_translations(qapp, "en")
    widget = DocumentReader(open_url=opened.append)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def answer_next_dialog(click: Callable[[LinkConfirmation], object], seen: list[str]) -> None:
    """Click a button of the confirmation as soon as it is on screen."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, LinkConfirmation):
            seen.append(box.informativeText())
            click(box)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_the_reader_shows_title_committee_author_date_and_body(reader: DocumentReader) -> None:
    reader.show_document(make_document("Le budget prévoit **3,2 %** de hausse."), "Finances")
    text = reader.toPlainText()
    assert "Dossier du conseil" in text
    assert "Finances · published on 12 March 2025 · by Sara Lefèvre" in text
    assert "Le budget prévoit 3,2 % de hausse." in text
    assert reader.document_id == "d1"


def test_remote_and_local_resources_are_never_fetched(reader: DocumentReader) -> None:
    # Even if an image slipped past the sanitiser, the reader itself refuses to load it.
    reader.setHtml(
        '<p>x</p><img src="https://tracker.example/pixel.png">'
        '<img src="file:///etc/hostname"><img src="qrc:/x.png">'
    )
    reader.document().size()  # lay out, which is when images are asked for
    refused = {url.toString() for url in reader.refused_resources}
    assert refused == {"https://tracker.example/pixel.png", "file:///etc/hostname", "qrc:/x.png"}
    for url in list(reader.refused_resources):
        assert reader.loadResource(QTextDocument.ResourceType.ImageResource.value, url) is None


def test_a_link_is_not_opened_when_the_member_declines(
    reader: DocumentReader, opened: list[QUrl]
) -> None:
    seen: list[str] = []
    answer_next_dialog(lambda box: box.cancel_button.click(), seen)
    reader.anchorClicked.emit(QUrl("https://elus.example.fr/rapports/2024?id=7"))
    assert seen == ["Full address: https://elus.example.fr/rapports/2024?id=7"]
    assert opened == []


def test_a_link_opens_only_after_the_member_confirms(
    reader: DocumentReader, opened: list[QUrl]
) -> None:
    seen: list[str] = []
    answer_next_dialog(lambda box: box.open_button.click(), seen)
    reader.anchorClicked.emit(QUrl("mailto:secretariat@example.fr"))
    assert seen == ["Full address: mailto:secretariat@example.fr"]
    assert [url.toString() for url in opened] == ["mailto:secretariat@example.fr"]


def test_clicking_a_link_in_the_text_does_not_navigate_the_reader(
    reader: DocumentReader, opened: list[QUrl]
) -> None:
    assert not reader.openLinks() and not reader.openExternalLinks()
    reader.show_document(make_document("[rapport](https://elus.example.fr/r)"), "Finances")
    seen: list[str] = []
    answer_next_dialog(lambda box: box.cancel_button.click(), seen)
    reader.anchorClicked.emit(QUrl("https://elus.example.fr/r"))
    assert "Dossier du conseil" in reader.toPlainText()
    assert opened == []


def test_a_javascript_link_is_refused_without_offering_to_open_it(
    reader: DocumentReader, opened: list[QUrl]
) -> None:
    shown: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(type(box).__name__ + ": " + box.text())
            box.close()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    reader.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert len(shown) == 1 and "javascript:alert(1)" in shown[0]
    assert not shown[0].startswith("LinkConfirmation")
    assert opened == []
