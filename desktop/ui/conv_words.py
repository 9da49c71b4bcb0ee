"""Conversations in words: channel kinds, unread counts, a message's state and why it failed.

Every sentence a member reads about a channel or a message is made here, so the list, the
message view and the screen reader say the same thing. Colour is never the only signal.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as _Q

from desktop.cache.network_records import FAILED, WAITING, Channel, Message
from desktop.ui.formatting import fill, format_moment

_CONTEXT = "Conversations"

#: Why the server refused a message, by stable code (``protocol.errors``).
_REASONS: dict[str, object] = {
    "not_found": QT_TRANSLATE_NOOP("Conversations", "you no longer have access to this channel"),
    "not_author": QT_TRANSLATE_NOOP("Conversations", "only its author may change it"),
    "message_deleted": QT_TRANSLATE_NOOP("Conversations", "the message has been deleted"),
    "thread_invalid": QT_TRANSLATE_NOOP("Conversations", "the message answered is not available"),
    "id_taken": QT_TRANSLATE_NOOP("Conversations", "the server already has another message"),
    "validation_error": QT_TRANSLATE_NOOP("Conversations", "the text was not accepted"),
    "payload_too_large": QT_TRANSLATE_NOOP("Conversations", "the text is too long"),
    "forbidden": QT_TRANSLATE_NOOP("Conversations", "you are not allowed to do this"),
    "empty": QT_TRANSLATE_NOOP("Conversations", "the message is empty"),
    "too_long": QT_TRANSLATE_NOOP("Conversations", "the text is too long"),
    "channel_not_found": QT_TRANSLATE_NOOP(
        "Conversations", "you no longer have access to this channel"
    ),
    "message_not_found": QT_TRANSLATE_NOOP("Conversations", "the message is no longer here"),
    "no_members": QT_TRANSLATE_NOOP("Conversations", "nobody was chosen"),
    "too_many_members": QT_TRANSLATE_NOOP("Conversations", "a conversation has at most 12 people"),
    "not_signed_in": QT_TRANSLATE_NOOP("Conversations", "you are not signed in"),
    "outbox_not_found": QT_TRANSLATE_NOOP("Conversations", "it has already been sent or dropped"),
}

#: The codes said in words here (the rest goes to the app's one error path).
KNOWN_REASONS = frozenset(_REASONS)


def plural_forms(said: str, n: int) -> str:
    """An English source says its plural as "message(s)" or "repl(y|ies)": without a
    translation, the right form is kept ("1 reply", "3 replies")."""
    said = re.sub(r"\((\w*)\|(\w*)\)", lambda m: m[1] if n == 1 else m[2], said)
    return re.sub(r"\((s)\)", "" if n == 1 else r"\1", said)


def kind_text(channel: Channel) -> str:
    if channel.kind == "organisation":
        return _Q.translate("Conversations", "Whole organisation")
    if channel.kind == "committee":
        return _Q.translate("Conversations", "Committee")
    return _Q.translate("Conversations", "Direct conversation")


def badge_text(channel: Channel) -> str | None:
    """ "5 unread", "@ 5 unread" when some mention me; None when all is read."""
    if not channel.unread:
        return None
    count = plural_forms(
        _Q.translate("Conversations", "%n unread", "", channel.unread), channel.unread
    )
    return fill(_Q.translate("Conversations", "@ %1"), count) if channel.mentions_unread else count


def channel_title(channel: Channel) -> str:
    """Its name; a channel the app no longer holds (a committee left, a message of the member
    still there) has none: its kind stands in."""
    return channel.title or kind_text(channel)


def channel_subtitle(channel: Channel) -> str:
    parts = [kind_text(channel)]
    if channel.muted:
        parts.append(_Q.translate("Conversations", "Muted"))
    return " · ".join(parts)


def channel_sentence(channel: Channel) -> str:
    """Everything about a channel in one sentence, for a screen reader."""
    parts = [channel_title(channel), kind_text(channel)]
    if channel.unread:
        parts.append(
            plural_forms(
                _Q.translate("Conversations", "%n unread message(s)", "", channel.unread),
                channel.unread,
            )
        )
    else:
        parts.append(_Q.translate("Conversations", "nothing unread"))
    if channel.mentions_unread:
        parts.append(
            plural_forms(
                _Q.translate("Conversations", "%n mention(s) of you", "", channel.mentions_unread),
                channel.mentions_unread,
            )
        )
    if channel.muted:
        parts.append(_Q.translate("Conversations", "muted"))
    return ", ".join(parts)


def reason_text(code: str | None, message: str | None = None) -> str:
    if code in _REASONS:
        return _Q.translate(_CONTEXT, str(_REASONS[code]))
    return _Q.translate("Conversations", "the server refused it")


def state_text(message: Message) -> str:
    """ "" when sent; "Waiting to be sent"; "Failed: <reason>"."""
    if message.state == WAITING:
        return _Q.translate("Conversations", "Waiting to be sent")
    if message.state == FAILED:
        return fill(
            _Q.translate("Conversations", "Failed: %1"),
            reason_text(message.failure_code, message.failure_message),
        )
    return ""


def replies_text(count: int) -> str:
    return (
        plural_forms(_Q.translate("Conversations", "%n repl(y|ies)", "", count), count)
        if count
        else ""
    )


def header_text(message: Message) -> str:
    """ "at 10:32 · edited · pinned by Sara" (the author is drawn apart, in bold)."""
    parts = [format_moment(message.posted_at)]
    if message.edited_at is not None and not message.deleted:
        parts.append(_Q.translate("Conversations", "edited"))
    if message.pinned:
        if message.pinned_by_name:
            parts.append(
                fill(_Q.translate("Conversations", "pinned by %1"), message.pinned_by_name)
            )
        else:
            parts.append(_Q.translate("Conversations", "pinned"))
    return " · ".join(parts)


def footer_text(message: Message) -> str:
    parts = [p for p in (replies_text(message.reply_count), state_text(message)) if p]
    if message.state == FAILED:
        parts.append(_Q.translate("Conversations", "Retry or Discard below"))
    return " · ".join(parts)


def message_sentence(message: Message, body_text: str) -> str:
    """The message in one sentence for a screen reader: who, when, what, and its state."""
    words = [
        fill(_Q.translate("Conversations", "%1, %2"), message.author_name, header_text(message))
    ]
    if message.mentions_me:
        words.append(_Q.translate("Conversations", "mentions you"))
    words.append(_Q.translate("Conversations", "Message deleted") if message.deleted else body_text)
    footer = footer_text(message)
    if footer:
        words.append(footer)
    return ". ".join(w.rstrip(".") for w in words if w) + "."
