"""Around a document, over the real encrypted cache: versions and what changed since I read it,
my notes and highlights, and comments on a draft, through the outbox (shown at once)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest

from desktop.cache import CacheStore
from desktop.cache.document_records import DiffLine
from desktop.core.document_extras import DocumentExtras, diff
from desktop.core.documents_api import DocumentExtrasApi, DocumentsError
from desktop.core.library import Library
from protocol.models import MutationKind, MutationResult, MutationStatus
from tests.desktop.conftest import NOW, page
from tests.desktop.document_builders import (
    BOB,
    ME,
    annotation,
    board_pack_world,
    clock,
    doc_comment,
    document,
    file_ref,
    read_receipt,
    version,
)

V1 = "# Budget\n\nRecettes : 10 M€.\nDépenses : 9 M€.\n"
V2 = "# Budget\n\nRecettes : 11 M€.\nDépenses : 9 M€.\nRéserve : 1 M€.\n"


@pytest.fixture
def cache(signed_in: CacheStore) -> CacheStore:
    board_pack_world(signed_in)
    signed_in.apply_page(
        page(
            document("d-budget", version=2, body=V2, title="Budget"),
            version("d-budget", 1, V1, title="Budget"),
            version("d-budget", 2, V2, title="Budget", change_note="Recettes revues"),
            document(
                "d-draft",
                title="Charte éthique (projet)",
                comments_open=True,
                comments_close_at=(NOW + timedelta(days=5)).isoformat(),
            ),
            version("d-draft", 1, "# Charte", title="Charte éthique (projet)"),
            cursor="c2",
        )
    )
    return signed_in


@pytest.fixture
def extras(cache: CacheStore) -> DocumentExtras:
    return DocumentExtras(cache, clock)


def _code(raised: pytest.ExceptionInfo[DocumentsError]) -> str:
    return raised.value.code


def _queued(cache: CacheStore, kind: MutationKind) -> list[dict[str, object]]:
    return [e.data for e in reversed(cache.outbox()) if e.kind == kind]


def _answer(cache: CacheStore, code: str | None = None) -> None:
    [entry] = cache.pending(10)
    status = MutationStatus.APPLIED if code is None else MutationStatus.REJECTED
    result = MutationResult(seq=entry.seq, client_id=entry.client_id, status=status, code=code)
    cache.record_results([result])


def test_document_extras_implements_the_api_the_ui_codes_against(extras: DocumentExtras) -> None:
    api: DocumentExtrasApi = extras
    found = api.detail("d-budget")
    assert found is not None and found.version == 2
    assert [v.version for v in api.versions("d-budget")] == [2, 1]


# --- what changed since I read it -------------------------------------------------------------


def test_what_changed_since_i_read_an_older_version_is_a_line_diff_with_the_notes(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(page(read_receipt("d-budget", 1), cursor="c3"))

    change = extras.changes_since_read("d-budget")

    assert change is not None and (change.read_version, change.current_version) == (1, 2)
    assert change.change_note == "Recettes revues"
    assert [(line.kind, line.text) for line in change.lines if line.kind != "same"] == [
        ("removed", "Recettes : 10 M€."),
        ("added", "Recettes : 11 M€."),
        ("added", "Réserve : 1 M€."),
    ]
    assert [line.text for line in change.lines if line.kind == "same"] == [
        "# Budget",
        "",
        "Dépenses : 9 M€.",
    ]


def test_nothing_changed_for_a_document_never_read_or_read_at_its_current_version(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    assert extras.changes_since_read("d-budget") is None
    cache.apply_page(page(read_receipt("d-budget", 2), cursor="c3"))
    assert extras.changes_since_read("d-budget") is None
    assert extras.changes_since_read("d-unknown") is None


def test_a_pdf_revised_says_what_changed_in_the_notes_only(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(
        page(
            document("d-pack", version=3, pdf=file_ref()),
            version("d-pack", 2, pdf=file_ref(), change_note="Annexe ajoutée"),
            version("d-pack", 3, pdf=file_ref(), change_note="Coquille page 4"),
            read_receipt("d-pack", 1),
            cursor="c3",
        )
    )

    change = extras.changes_since_read("d-pack")

    assert change is not None and change.lines == ()
    assert change.change_note == "Annexe ajoutée\nCoquille page 4"


def test_the_diff_keeps_every_line_in_order() -> None:
    assert diff("a\nb\nc", "a\nx\nc\nd") == (
        DiffLine("same", "a"),
        DiffLine("removed", "b"),
        DiffLine("added", "x"),
        DiffLine("same", "c"),
        DiffLine("added", "d"),
    )


def test_opening_a_document_updated_since_i_read_it_marks_the_new_version_read(
    cache: CacheStore,
) -> None:
    cache.apply_page(page(read_receipt("d-budget", 1), cursor="c3"))
    library = Library(cache, clock)

    opened = library.open_document("d-budget")
    library.open_document("d-budget")

    assert opened.read_version == 2 and not opened.updated_since_read
    reads = _queued(cache, MutationKind.MARK_READ)
    assert [(r["document_id"], r["version"]) for r in reads] == [("d-budget", 2)]


def test_opening_an_unread_document_marks_its_current_version_read(cache: CacheStore) -> None:
    Library(cache, clock).open_document("d-pack")

    [read] = _queued(cache, MutationKind.MARK_READ)
    assert (read["document_id"], read["version"]) == ("d-pack", 1)


# --- annotations -----------------------------------------------------------------------------


def test_a_note_shows_at_once_as_waiting_with_an_app_made_id(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(page(annotation("note-0001", "d-pack", page=3), cursor="c3"))

    made = extras.save_annotation("d-pack", 1, "Chiffre à vérifier", page=1, quote="10 M€")

    assert re.fullmatch(r"[0-9a-f]{32}", made.id)
    assert (made.state, made.page, made.quote, made.kind) == ("waiting", 1, "10 M€", "note")
    assert [(a.id, a.state) for a in extras.annotations("d-pack")] == [
        (made.id, "waiting"),
        ("note-0001", "sent"),
    ]
    [sent] = _queued(cache, MutationKind.SAVE_ANNOTATION)
    assert sent["id"] == made.id and sent["body"] == "Chiffre à vérifier"


def test_a_highlight_needs_no_words_and_keeps_its_rectangles(extras: DocumentExtras) -> None:
    made = extras.save_annotation(
        "d-pack",
        1,
        kind="highlight",
        page=0,
        quote="réserve",
        rects=[(10, 20, 30, 4)],
        color="green",
    )

    assert made.kind == "highlight" and made.rects == ((10.0, 20.0, 30.0, 4.0),)
    assert made.color == "green" and made.body == ""


def test_a_note_saved_again_shows_its_new_words_and_keeps_its_creation_time(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(page(annotation("note-0001", "d-pack"), cursor="c3"))

    saved = extras.save_annotation("d-pack", 1, "Vérifié", annotation_id="note-0001")

    assert saved.body == "Vérifié" and saved.state == "waiting"
    assert saved.created_at == NOW - timedelta(days=2) and saved.updated_at > saved.created_at
    assert len(extras.annotations("d-pack")) == 1


def test_a_deleted_note_disappears_at_once_and_until_the_server_says_so(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(page(annotation("note-0001", "d-pack"), cursor="c3"))

    extras.delete_annotation("note-0001")
    assert extras.annotations("d-pack") == []
    _answer(cache)
    assert extras.annotations("d-pack") == []
    assert _queued(cache, MutationKind.DELETE_ANNOTATION) == [{"id": "note-0001"}]


def test_a_refused_new_note_shows_as_failed(cache: CacheStore, extras: DocumentExtras) -> None:
    made = extras.save_annotation("d-pack", 1, "Ma note")

    _answer(cache, "version_unknown")

    [found] = extras.annotations("d-pack")
    assert found.id == made.id and found.state == "failed"


def test_what_a_note_is_given_is_checked_before_anything_is_queued(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: extras.save_annotation("d-pack", 1, "  "), "empty"),
        (lambda: extras.save_annotation("d-pack", 1, "x" * 20_001), "too_long"),
        (lambda: extras.save_annotation("d-pack", 1, "Note", kind="sticker"), "invalid_value"),
        (lambda: extras.save_annotation("d-pack", 1, "Note", color="red"), "invalid_value"),
        (lambda: extras.save_annotation("d-pack", 1, "Note", page=-1), "invalid_value"),
        (lambda: extras.save_annotation("d-nope", 1, "Note"), "document_not_found"),
        (lambda: extras.save_annotation("d-budget", 7, "Note"), "version_unknown"),
        (
            lambda: extras.save_annotation("d-pack", 1, "N", annotation_id="note-xxxx"),
            "annotation_not_found",
        ),
    ]
    for attempt, code in cases:
        with pytest.raises(DocumentsError) as raised:
            attempt()
        assert _code(raised) == code
    assert cache.outbox() == []


def test_a_note_on_an_older_version_is_kept(extras: DocumentExtras) -> None:
    made = extras.save_annotation("d-budget", 1, "Sur la première version")

    assert made.version == 1


# --- comments --------------------------------------------------------------------------------


def test_comments_are_threaded_and_mine_show_at_once(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(
        page(
            doc_comment("dc-1", hours_ago=9),
            doc_comment("dc-2", body="Je propose une reformulation.", hours_ago=3),
            doc_comment("dc-1r", body="D'accord", parent_id="dc-1", hours_ago=6),
            cursor="c3",
        )
    )

    reply = extras.comment("d-draft", "Je partage cet avis.", parent_id="dc-1")
    top = extras.comment("d-draft", "Page 2 : coquille.", page=1, quote="coquile")

    found = extras.comments("d-draft")
    assert [c.id for c in found] == ["dc-1", "dc-1r", reply.id, "dc-2", top.id]
    assert (reply.state, reply.author_id, reply.document_title) == (
        "waiting",
        ME,
        "Charte éthique (projet)",
    )
    assert top.page == 1 and top.quote == "coquile" and top.version == 1
    assert [c["parent_id"] for c in _queued(cache, MutationKind.COMMENT_DOCUMENT)] == ["dc-1", None]


def test_a_document_not_open_for_comments_or_past_its_period_refuses_them_here(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    with pytest.raises(DocumentsError) as raised:
        extras.comment("d-budget", "Un avis")
    assert _code(raised) == "comments_closed"

    late = DocumentExtras(cache, lambda: NOW + timedelta(days=6))
    with pytest.raises(DocumentsError) as raised:
        late.comment("d-draft", "Un avis")
    assert _code(raised) == "comments_closed"
    assert cache.outbox() == []


def test_a_reply_to_a_reply_or_to_another_documents_comment_is_refused_here(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(
        page(
            doc_comment("dc-1"),
            doc_comment("dc-1r", parent_id="dc-1"),
            doc_comment("dc-other", "d-budget"),
            cursor="c3",
        )
    )

    for parent in ("dc-1r", "dc-other", "dc-nope"):
        with pytest.raises(DocumentsError) as raised:
            extras.comment("d-draft", "Oui", parent_id=parent)
        assert _code(raised) == "comment_invalid"
    with pytest.raises(DocumentsError) as raised:
        extras.comment("d-draft", " ")
    assert _code(raised) == "empty"
    assert cache.outbox() == []


def test_a_refused_comment_shows_failed_with_the_servers_code(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    made = extras.comment("d-draft", "Mon avis")

    _answer(cache, "comments_closed")

    [found] = extras.comments("d-draft")
    assert found.id == made.id and found.state == "failed"
    assert found.failure_code == "comments_closed"


def test_a_comment_sent_stays_shown_until_it_comes_back_then_once(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    made = extras.comment("d-draft", "Mon avis")
    _answer(cache)
    assert [c.state for c in extras.comments("d-draft")] == ["sent"]

    cache.apply_page(page(doc_comment(made.id, body="Mon avis", author_id=ME), cursor="c3"))

    assert [(c.id, c.state) for c in extras.comments("d-draft")] == [(made.id, "sent")]


def test_an_author_sees_the_comments_on_their_documents_newest_first(
    cache: CacheStore, extras: DocumentExtras
) -> None:
    cache.apply_page(
        page(
            document("d-mine", title="Mon rapport", author_id=ME, comments_open=True),
            doc_comment("dc-a", "d-mine", "Clair", hours_ago=8),
            doc_comment("dc-b", "d-mine", "Merci", hours_ago=1, author_id=BOB),
            doc_comment("dc-c", "d-draft", "Pas à moi", hours_ago=2),
            cursor="c3",
        )
    )

    found = extras.comments_on_my_documents()

    assert [c.id for c in found] == ["dc-b", "dc-a"]
    assert found[0].document_title == "Mon rapport"
