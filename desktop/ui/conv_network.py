"""The four use cases of the committee network, what the server refused (``Sending``) and the
offline search (``Search``), built over one cache (no Qt here).

The composition root (``desktop.app``) builds them once from the profile's store and hands them
to the main window; the views only know their Protocols (``desktop.core.network_api``).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.cache.store import CacheStore
from desktop.core.announcements import Announcements
from desktop.core.conversations import Conversations
from desktop.core.ideas import IdeaBox
from desktop.core.network_api import (
    AnnouncementsApi,
    ConversationsApi,
    IdeaBoxApi,
    NotificationsApi,
)
from desktop.core.notifications import Notifications
from desktop.core.search import Search
from desktop.core.search_api import SearchApi
from desktop.core.sending import Sending, SendingApi


@dataclass(frozen=True)
class Network:
    conversations: ConversationsApi
    idea_box: IdeaBoxApi
    announcements: AnnouncementsApi
    notifications: NotificationsApi
    sending: SendingApi
    search: SearchApi


def build_network(store: CacheStore) -> Network:
    return Network(
        conversations=Conversations(store),
        idea_box=IdeaBox(store),
        announcements=Announcements(store),
        notifications=Notifications(store),
        sending=Sending(store),
        search=Search(store),
    )
