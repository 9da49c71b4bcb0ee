"""What the server refused, in words: what it was ("Edit of a message", "Vote"...), and why.

The reason comes from the stable code (``protocol.errors``: ``ErrorCode``, ``VoteErrorCode``,
``NetworkErrorCode``, ``DocumentErrorCode``), said by the words the app already has for it where
they exist (``votes_words`` for ballots and proxies, ``idea_models`` for the idea box and
announcements, ``conv_words`` for conversations, ``action_models`` for action items,
``doc_words`` for notes and comments on documents), else by the server's own message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as _Q

from desktop.core import sending as s
from desktop.core.sending import RefusedItem
from desktop.ui.action_models import refusal_text as action_reason
from desktop.ui.conv_words import KNOWN_REASONS
from desktop.ui.conv_words import reason_text as conversation_reason
from desktop.ui.doc_words import refusal_text as document_reason
from desktop.ui.formatting import fill, format_moment
from desktop.ui.idea_models import refusal_text as idea_reason
from desktop.ui.votes_words import KNOWN_REFUSALS
from desktop.ui.votes_words import refusal_text as vote_reason

_CONTEXT = "Sending"

_WHAT: dict[str, object] = {
    s.MESSAGE_POST: QT_TRANSLATE_NOOP("Sending", "Message in a channel"),
    s.MESSAGE_REPLY: QT_TRANSLATE_NOOP("Sending", "Reply in a thread"),
    s.MESSAGE_EDIT: QT_TRANSLATE_NOOP("Sending", "Edit of a message"),
    s.MESSAGE_DELETE: QT_TRANSLATE_NOOP("Sending", "Deletion of a message"),
    s.MESSAGE_PIN: QT_TRANSLATE_NOOP("Sending", "Pinning of a message"),
    s.MESSAGE_UNPIN: QT_TRANSLATE_NOOP("Sending", "Unpinning of a message"),
    s.CHANNEL_READ: QT_TRANSLATE_NOOP("Sending", "Reading position in a channel"),
    s.CHANNEL_MUTE: QT_TRANSLATE_NOOP("Sending", "Muting of a channel"),
    s.CHANNEL_UNMUTE: QT_TRANSLATE_NOOP("Sending", "Unmuting of a channel"),
    s.CONVERSATION_START: QT_TRANSLATE_NOOP("Sending", "New conversation"),
    s.PREFERENCES_SET: QT_TRANSLATE_NOOP("Sending", "Notification settings"),
    s.IDEA_SUBMIT: QT_TRANSLATE_NOOP("Sending", "New idea"),
    s.REQUEST_SUBMIT: QT_TRANSLATE_NOOP("Sending", "New request"),
    s.IDEA_SUPPORT: QT_TRANSLATE_NOOP("Sending", "Support for an idea"),
    s.IDEA_COMMENT: QT_TRANSLATE_NOOP("Sending", "Comment on an idea"),
    s.IDEA_STATUS: QT_TRANSLATE_NOOP("Sending", "Change of status of an idea"),
    s.ANNOUNCEMENT_POST: QT_TRANSLATE_NOOP("Sending", "New announcement"),
    s.ANNOUNCEMENT_ACK: QT_TRANSLATE_NOOP("Sending", "Acknowledgement of an announcement"),
    s.ANNOUNCEMENT_REMIND: QT_TRANSLATE_NOOP("Sending", "Reminder about an announcement"),
    s.DOCUMENT_READ: QT_TRANSLATE_NOOP("Sending", "Read receipt of a document"),
    s.BALLOT_CAST: QT_TRANSLATE_NOOP("Sending", "Vote"),
    s.BALLOT_PROXY: QT_TRANSLATE_NOOP("Sending", "Vote by proxy"),
    s.PROXY_GRANT: QT_TRANSLATE_NOOP("Sending", "Proxy given"),
    s.PROXY_REVOKE: QT_TRANSLATE_NOOP("Sending", "Proxy withdrawn"),
    s.ACTION_CREATE: QT_TRANSLATE_NOOP("Sending", "New action"),
    s.ACTION_UPDATE: QT_TRANSLATE_NOOP("Sending", "Status of an action"),
    s.ACTION_COMMENT: QT_TRANSLATE_NOOP("Sending", "Comment on an action"),
    s.NOTE_SAVE: QT_TRANSLATE_NOOP("Sending", "Private note on a document"),
    s.NOTE_DELETE: QT_TRANSLATE_NOOP("Sending", "Deletion of a private note"),
    s.DOCUMENT_COMMENT: QT_TRANSLATE_NOOP("Sending", "Comment on a document"),
    s.UNKNOWN: QT_TRANSLATE_NOOP("Sending", "Something you did"),
}

#: The server's general refusals (``protocol.errors.ErrorCode``), for any kind.
_GENERAL: dict[str, object] = {
    "not_found": QT_TRANSLATE_NOOP(
        "Sending", "it no longer exists, or you no longer have access to it"
    ),
    "forbidden": QT_TRANSLATE_NOOP("Sending", "you are not allowed to do this"),
    "validation_error": QT_TRANSLATE_NOOP("Sending", "the server did not accept what was sent"),
    "conflict": QT_TRANSLATE_NOOP("Sending", "it clashes with a change made in the meantime"),
    "payload_too_large": QT_TRANSLATE_NOOP("Sending", "it is too long: make it shorter"),
    "unsupported_protocol": QT_TRANSLATE_NOOP(
        "Sending", "this version of Quorum is too old: install the new one"
    ),
    "method_not_allowed": QT_TRANSLATE_NOOP("Sending", "the server does not allow this"),
    "internal": QT_TRANSLATE_NOOP("Sending", "the server ran into a problem"),
    "unauthenticated": QT_TRANSLATE_NOOP("Sending", "you had been signed out"),
    "invalid_credentials": QT_TRANSLATE_NOOP("Sending", "you had been signed out"),
    "device_revoked": QT_TRANSLATE_NOOP("Sending", "this computer may no longer connect to Quorum"),
    "account_disabled": QT_TRANSLATE_NOOP("Sending", "your account is disabled"),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "Sending", "too many failed sign-ins: wait a few minutes, then try again"
    ),
    "wipe_required": QT_TRANSLATE_NOOP(
        "Sending", "the secretariat asked for this computer's data to be deleted"
    ),
    "device_not_approved": QT_TRANSLATE_NOOP(
        "Sending", "your secretariat has not approved this computer yet"
    ),
    "totp_enrolment_required": QT_TRANSLATE_NOOP(
        "Sending", "your organisation asks you to set up two-step verification first"
    ),
    "otp_required": QT_TRANSLATE_NOOP("Sending", "you had been signed out"),
    "otp_invalid": QT_TRANSLATE_NOOP("Sending", "you had been signed out"),
    "invitation_invalid": QT_TRANSLATE_NOOP("Sending", "the invitation code is not right"),
    "invitation_expired": QT_TRANSLATE_NOOP("Sending", "the invitation has expired"),
    "invitation_used": QT_TRANSLATE_NOOP("Sending", "the invitation has already been used"),
    "app_too_old": QT_TRANSLATE_NOOP(
        "Sending", "this version of Quorum is too old: install the new one"
    ),
}

_VOTING, _BOARD, _TALK = ("ballot", "proxy"), ("idea", "announcement"), ("message", "channel")
_ON_A_MESSAGE = ("message.edit", "message.delete", "message.pin")


def what_text(what: str) -> str:
    """ "Edit of a message", "Vote"..."""
    return _Q.translate(_CONTEXT, str(_WHAT.get(what, _WHAT[s.UNKNOWN])))


def when_text(item: RefusedItem) -> str:
    """ "Done at 10:32", "Done on 12 March 2025 at 10:32"."""
    return fill(_Q.translate("Sending", "Done %1"), format_moment(item.written_at))


def _known_to_ideas(code: str) -> str | None:
    said = idea_reason(code)
    return None if said == idea_reason(None) else said


def _known_to_actions(code: str) -> str | None:
    said = action_reason(code)
    return None if said == idea_reason(code) else said  # not only the idea box's words


def _known_to_documents(code: str) -> str | None:
    said = document_reason(code)
    return None if said == document_reason(None) else said


def _family_words(family: str, code: str, kind: str = "") -> str | None:
    if family in _VOTING and code in KNOWN_REFUSALS:
        return vote_reason(code)
    if family in _BOARD:
        return _known_to_ideas(code)
    if family == "action":
        return _known_to_actions(code)
    if family == "annotation" or kind == "document.comment":
        return _known_to_documents(code)
    if code == "not_found" and kind in _ON_A_MESSAGE:
        return None  # the message is gone, or its channel: the general words say both
    if (family in _TALK or family == "conversation") and code in KNOWN_REASONS:
        return conversation_reason(code)
    return None


def reason_words(kind: str, code: str | None, message: str | None = None) -> str:
    """Why it was refused, as a phrase without its final full stop ("only its author may
    change it"): the words of its own screen for a known code, the general words, the words
    of another screen that knows the code, else what the server said."""
    code = code or ""
    family = kind.split(".", 1)[0]
    found = _family_words(family, code, kind)
    if found is None and code in _GENERAL:
        found = _Q.translate(_CONTEXT, str(_GENERAL[code]))
    if found is None:
        found = next(
            (
                w
                for f in ("ballot", "idea", "message", "action", "annotation")
                if (w := _family_words(f, code))
            ),
            None,
        )
    if found is None:
        found = message or _Q.translate("Sending", "the server refused it")
    return found.strip().rstrip(".")


def why_text(item: RefusedItem) -> str:
    """ "Why: only its author may change it." """
    return fill(
        _Q.translate("Sending", "Why: %1."), reason_words(item.kind, item.code, item.message)
    )


def quoted(text: str) -> str:
    return fill(_Q.translate("Sending", "“%1”"), text)


def item_sentence(item: RefusedItem) -> str:
    """Everything about it in one sentence, for a screen reader and the list."""
    parts = [what_text(item.what), when_text(item), why_text(item)]
    if item.title:
        parts.insert(1, quoted(item.title))
    return ". ".join(p.rstrip(".") for p in parts) + "."
