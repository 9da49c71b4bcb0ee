"""The document side panel over a real synced cache and a live server: private notes, comments
and their replies, closed comments, versions and what changed since the member read it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from desktop.ui.doc_panel import COMMENTS, NOTES, VERSIONS, DocumentSidePanel
from desktop.ui.models import SubtitleRole
from tests.desktop.test_ui_doc_kit import DocKit, Member, doc_kit

__all__ = ["doc_kit"]

CTRL = Qt.KeyboardModifier.ControlModifier


def panel_for(qtbot: Any, member: Member, document_id: str, version: int = 1) -> DocumentSidePanel:
    panel = DocumentSidePanel(member.extras)
    qtbot.addWidget(panel)
    panel.resize(560, 800)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    panel.show_document(document_id, version)
    return panel


def titles(view: QListView) -> list[str]:
    model = view.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def subtitles(view: QListView) -> list[str]:
    model = view.model()
    return [str(model.index(r, 0).data(SubtitleRole)) for r in range(model.rowCount())]


def spoken(view: QListView) -> list[str]:
    model = view.model()
    role = Qt.ItemDataRole.AccessibleTextRole
    return [str(model.index(r, 0).data(role)) for r in range(model.rowCount())]


def test_a_note_on_the_current_page_is_listed_first_private_and_leads_back_to_the_page(
    qtbot: Any, doc_kit: DocKit
) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    panel = panel_for(qtbot, alice, doc_kit.pack.id)
    notes = panel.notes
    assert "visible to you alone" in notes.privacy_label.text()
    notes.add_note(None)
    qtbot.keyClicks(notes.editor, "A relire avant la seance")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)
    panel.set_current_page(2)
    assert notes.page_button.isVisible()
    qtbot.mouseClick(notes.page_button, Qt.MouseButton.LeftButton)
    assert notes.editor.hasFocus()
    assert notes.anchor_label.text() == "New note on: Page 3"
    qtbot.keyClicks(notes.editor, "Verifier les prestations")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)

    assert titles(notes.list) == ["Page 3", "Whole document"]  # the page I read comes first
    assert "Waiting to be sent" in subtitles(notes.list)[0]
    assert panel.tabs.tabText(NOTES) == "&Notes (2)"
    with qtbot.waitSignal(panel.page_requested) as asked:
        notes.list.setCurrentIndex(notes.model.index(0))
        qtbot.keyClick(notes.list, Qt.Key.Key_Return)
    assert asked.args == [2]

    doc_kit.sync(alice)
    panel.refresh()
    assert "Waiting" not in subtitles(notes.list)[0]
    sara = doc_kit.member(doc_kit.org.sara)  # same committee, secretary: sees nothing of it
    assert sara.extras.annotations(doc_kit.pack.id) == []
    saved = {(n.page, n.body, n.state) for n in alice.extras.annotations(doc_kit.pack.id)}
    assert saved == {
        (None, "A relire avant la seance", "sent"),
        (2, "Verifier les prestations", "sent"),
    }


def test_a_note_is_edited_then_deleted_after_asking_again(qtbot: Any, doc_kit: DocKit) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    panel = panel_for(qtbot, alice, doc_kit.draft.id)
    notes = panel.notes
    panel.add_note(quote="Les élus s'engagent à lire les documents.")
    assert notes.anchor_label.text().startswith("New note on: « Les élus")
    qtbot.keyClicks(notes.editor, "Trop vague")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(notes.list, Qt.Key.Key_F2)
    notes.editor.selectAll()
    qtbot.keyClicks(notes.editor, "Preciser le delai")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)
    [note] = alice.extras.annotations(doc_kit.draft.id)
    assert note.body == "Preciser le delai" and note.quote.startswith("Les élus")

    qtbot.keyClick(notes.list, Qt.Key.Key_Delete)
    assert notes.confirm_row.isVisible() and notes.keep_button.hasFocus()
    qtbot.keyClick(notes.keep_button, Qt.Key.Key_Return)
    assert len(alice.extras.annotations(doc_kit.draft.id)) == 1
    qtbot.keyClick(notes.list, Qt.Key.Key_Delete)
    qtbot.mouseClick(notes.confirm_button, Qt.MouseButton.LeftButton)
    assert alice.extras.annotations(doc_kit.draft.id) == []
    assert notes.empty_label.isVisible()


def test_a_member_replies_to_a_comment_and_the_reply_sits_under_it(
    qtbot: Any, doc_kit: DocKit
) -> None:
    sara = doc_kit.member(doc_kit.org.sara)
    sara.extras.comment(doc_kit.draft.id, "Merci de relire l'article 2.")
    doc_kit.sync(sara)
    alice = doc_kit.member(doc_kit.org.alice)
    panel = panel_for(qtbot, alice, doc_kit.draft.id)
    comments = panel.comments
    panel.tabs.setCurrentIndex(COMMENTS)
    assert comments.state_label.text().startswith("Comments open until ")
    assert comments.composer.isVisible()
    assert panel.tabs.tabText(COMMENTS) == "&Comments (1)"

    comments.list.setCurrentIndex(comments.model.index(0))
    qtbot.mouseClick(comments.reply_button, Qt.MouseButton.LeftButton)
    assert comments.reply_label.text() == "Reply to Sara Lefèvre"
    assert comments.editor.hasFocus()
    qtbot.keyClicks(comments.editor, "C'est fait.")
    qtbot.keyClick(comments.editor, Qt.Key.Key_Return, CTRL)

    rows = titles(comments.list)
    assert len(rows) == 2 and rows[1].startswith("↳ Reply: ")
    assert spoken(comments.list)[1].startswith("Reply to ")
    assert "Waiting to be sent" in subtitles(comments.list)[1]
    doc_kit.sync(alice)
    doc_kit.sync(sara)
    [top, reply] = sara.extras.comments(doc_kit.draft.id)
    assert reply.parent_id == top.id and reply.body == "C'est fait." and reply.state == "sent"


def test_comments_closed_say_so_and_offer_no_composer(qtbot: Any, doc_kit: DocKit) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    panel = panel_for(qtbot, alice, doc_kit.closed.id)
    comments = panel.comments
    panel.tabs.setCurrentIndex(COMMENTS)
    assert comments.state_label.text() == "Comments are closed"
    assert comments.state_label.isVisible()
    assert not comments.composer.isVisible()
    assert not comments.reply_button.isVisible()


def test_versions_are_listed_and_a_markdown_update_shows_what_changed_in_signs_and_words(
    qtbot: Any, doc_kit: DocKit
) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    alice.session.library.open_document(doc_kit.rules.id)
    doc_kit.sync(alice)
    doc_kit.revise_rules("Six réunions au lieu de quatre")
    doc_kit.sync(alice)
    panel = panel_for(qtbot, alice, doc_kit.rules.id, 2)
    versions = panel.versions

    assert panel.tabs.currentIndex() == VERSIONS  # changed since read: opens there
    assert "changed" in panel.tabs.tabText(VERSIONS)
    assert titles(versions.list) == ["Version 2 (current)", "Version 1"]
    assert "Six réunions au lieu de quatre" in subtitles(versions.list)[0]
    assert "you read version 1, it is now 2" in versions.changed_note.text()
    lines = titles(versions.diff_list)
    said = spoken(versions.diff_list)
    removed = "\u2212 Article 1. La commission se réunit quatre fois par an."
    added = "+ Article 1. La commission se réunit six fois par an."
    assert removed in lines and added in lines
    assert (
        said[lines.index(removed)]
        == "Removed: Article 1. La commission se réunit quatre fois par an."
    )
    assert said[lines.index(added)] == "Added: Article 1. La commission se réunit six fois par an."
    panel.grab().save("/tmp/doc_panel.png")
