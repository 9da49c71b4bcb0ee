"""The header of the Conversations view (the channel's name and kind, the mute and pinned
buttons), and whether the member may still write in the channel shown.

A committee the member has left stays listed while a message of theirs there waits or was
refused (``desktop.cache.network_messages``), so that it can be read, copied or given up; but
nothing more can be written there: its composers are disabled, and a note says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as _Q

from desktop.cache.network_records import Channel
from desktop.ui.conv_words import channel_subtitle, channel_title
from desktop.ui.formatting import fill
from desktop.ui.votes_widgets import set_note

if TYPE_CHECKING:
    from desktop.ui.conversations_view import ConversationsView


def left_text() -> str:
    return _Q.translate(
        "ConversationsView",
        "You are no longer a member of this committee: you can no longer write in it.",
    )


def has_left(view: ConversationsView, channel: Channel) -> bool:
    """A committee's channel kept only for a message of the member's (a committee left)."""
    if channel.committee_id is None:
        return False
    return all(c.id != channel.committee_id for c in view.library.committees())


def update_header(view: ConversationsView) -> None:
    """The header and the composers follow the channel shown (None: none chosen)."""
    channel = view.channel()
    left = channel is not None and has_left(view, channel)
    for composer in (view.composer, view.thread_panel.composer):
        composer.setEnabled(channel is not None and not left)
    set_note(view.left_note, left_text() if left else "")
    if channel is None:
        view.title_label.setText(_Q.translate("ConversationsView", "Choose a channel"))
        view.info_label.setText("")
        for button in (view.mute_button, view.pinned_button):
            button.setEnabled(False)
        return
    title = channel_title(channel)
    view.title_label.setText(title)
    view.title_label.setAccessibleName(title)
    info = channel_subtitle(channel)
    if channel.muted:
        info = fill(
            _Q.translate("ConversationsView", "%1 — no notification from this channel"), info
        )
    view.info_label.setText(info)
    view.list.setAccessibleName(fill(_Q.translate("ConversationsView", "Messages of %1"), title))
    mute = view.mute_button
    mute.setEnabled(not left)
    mute.setText(
        _Q.translate("ConversationsView", "Un&mute this channel")
        if channel.muted
        else _Q.translate("ConversationsView", "M&ute this channel")
    )
    mute.setAccessibleName(mute.text().replace("&", ""))
    mute.setToolTip(fill(_Q.translate("ConversationsView", "%1 (Ctrl+Shift+M)"), mute.text()))
    pinned = len(view.conversations.pinned(channel.id))
    view.pinned_button.setEnabled(True)
    view.pinned_button.setText(
        fill(_Q.translate("ConversationsView", "&Pinned messages (%1)…"), str(pinned))
        if pinned
        else _Q.translate("ConversationsView", "&Pinned messages…")
    )
    view.pinned_button.setAccessibleName(view.pinned_button.text().replace("&", ""))
