"""Board documents' notes, comments and versions in words.

An anchor is a sentence ("Whole document", "Page 4", "« the passage… »"); what the member wrote
and the server has not answered yet says so ("Waiting to be sent", "Not sent: ..."); a changed
line is a sign AND a word ("+ " / "Added:"), never a colour alone. Pages are counted from 0 in
the records and shown from 1.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication as _Q

from desktop.cache.document_records import DocumentDetail, DocumentVersion
from desktop.ui.formatting import fill, format_date, format_moment

#: The context of every string here, written out in each call: lupdate reads only literals.
CONTEXT = "DocWords"
#: How much of a quoted passage an anchor shows before "…".
QUOTE_CHARS = 60
ADDED_SIGN, REMOVED_SIGN = "+ ", "\u2212 "


def short_quote(quote: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def page_text(page: int) -> str:
    """ "Page 4" for the record's page 3."""
    return fill(_Q.translate("DocWords", "Page %1"), str(page + 1))


def anchor_text(page: int | None, quote: str) -> str:
    """ "Whole document", "Page 4", "« passage… »" or "Page 4 · « passage… »"."""
    parts = []
    if page is not None:
        parts.append(page_text(page))
    if quote.strip():
        parts.append(fill(_Q.translate("DocWords", "« %1 »"), short_quote(quote)))
    return " · ".join(parts) if parts else _Q.translate("DocWords", "Whole document")


def refusal_text(code: str | None, message: str | None = None) -> str:
    """Why the server refused a note or a comment."""
    texts = {
        "comments_closed": _Q.translate("DocWords", "comments on this document are closed."),
        "comment_invalid": _Q.translate(
            "DocWords", "a reply must answer a comment of the same document."
        ),
        "document_not_found": _Q.translate(
            "DocWords", "this document is no longer on this computer."
        ),
        "annotation_not_found": _Q.translate(
            "DocWords", "this note is no longer on this computer."
        ),
        "invalid_value": _Q.translate("DocWords", "a choice is not valid."),
        "not_signed_in": _Q.translate("DocWords", "you are not signed in."),
        "version_unknown": _Q.translate(
            "DocWords", "this version of the document no longer exists."
        ),
        "not_found": _Q.translate(
            "DocWords", "the document no longer exists, or you may no longer see it."
        ),
        "id_taken": _Q.translate("DocWords", "the server already has something with this number."),
        "validation_error": _Q.translate("DocWords", "the server did not accept the text."),
        "empty": _Q.translate("DocWords", "the text is empty."),
        "too_long": _Q.translate("DocWords", "the text is too long."),
        "forbidden": _Q.translate("DocWords", "you are not allowed to do this."),
    }
    found = texts.get(code or "")
    return (
        found
        if found is not None
        else (message or _Q.translate("DocWords", "the server refused it."))
    )


def state_text(state: str, code: str | None = None, message: str | None = None) -> str:
    """ "" once sent; else "Waiting to be sent" or "Not sent: <why>"."""
    if state == "waiting":
        return _Q.translate("DocWords", "Waiting to be sent")
    if state == "failed":
        return fill(_Q.translate("DocWords", "Not sent: %1"), refusal_text(code, message))
    return ""


def comments_state(detail: DocumentDetail, has_comments: bool) -> str:
    """Whether the member may comment, in a sentence."""
    if detail.comments_open:
        if detail.comments_close_at is not None:
            return fill(
                _Q.translate("DocWords", "Comments open until %1"),
                format_date(detail.comments_close_at),
            )
        return _Q.translate("DocWords", "Comments are open")
    if detail.comments_close_at is not None or has_comments:
        return _Q.translate("DocWords", "Comments are closed")
    return _Q.translate("DocWords", "This document is not open for comments")


def version_title(version: DocumentVersion) -> str:
    """ "Version 3 (current)" or "Version 2"."""
    if version.current:
        return fill(_Q.translate("DocWords", "Version %1 (current)"), str(version.version))
    return fill(_Q.translate("DocWords", "Version %1"), str(version.version))


def version_subtitle(version: DocumentVersion) -> str:
    """ "Published on 12 March 2026 by the secretariat" and the change note on its own line."""
    when = format_date(version.published_at)
    if version.author_name:
        first = fill(_Q.translate("DocWords", "Published on %1 by %2"), when, version.author_name)
    else:
        first = fill(_Q.translate("DocWords", "Published on %1"), when)
    if version.change_note.strip():
        return (
            first + "\n" + fill(_Q.translate("DocWords", "Note: %1"), version.change_note.strip())
        )
    return first


def written(author: str, moment: datetime) -> str:
    """ "Jeanne Martin, on 12 March 2026 at 10:32"."""
    return fill(_Q.translate("DocWords", "%1, %2"), author, format_moment(moment))


def diff_words(kind: str) -> str:
    """What a screen reader says before a line of the changes."""
    if kind == "added":
        return _Q.translate("DocWords", "Added:")
    if kind == "removed":
        return _Q.translate("DocWords", "Removed:")
    return _Q.translate("DocWords", "Unchanged:")


def diff_sign(kind: str) -> str:
    return {"added": ADDED_SIGN, "removed": REMOVED_SIGN}.get(kind, "  ")
