"""The idea box, announcements, direct conversations and their notifications, end to end between
members (real server, real caches, real sync engines)."""

from __future__ import annotations

from desktop.cache.network_records import SENT
from desktop.core.announcements import Announcements
from desktop.core.conversations import Conversations
from desktop.core.ideas import IdeaBox
from desktop.core.notifications import Notifications
from tests.integration.conftest import Desktop, MakeDesktop
from tests.serverkit import Account, SmallOrg


def _online(make_desktop: MakeDesktop, name: str, account: Account) -> Desktop:
    desktop = make_desktop(name)
    desktop.sign_in(account)
    desktop.engine.sync()  # the first sync: history, no notifications
    return desktop


def _kinds(desktop: Desktop) -> list[str]:
    return [n.kind for n in Notifications(desktop.store).notifications()]


def test_an_idea_is_supported_commented_and_answered_and_its_people_are_told(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = _online(make_desktop, "alice", org.alice)
    bob = _online(make_desktop, "bob", org.bob)
    sara = _online(make_desktop, "sara", org.sara)

    submitted = IdeaBox(alice.store).submit(
        None, "idea", "Un covoiturage pour l'AG", "Partager les trajets vers Clermont."
    )
    alice.engine.sync()
    assert IdeaBox(alice.store).idea(submitted.id).state == SENT  # type: ignore[union-attr]

    bob.engine.sync()
    bob_box = IdeaBox(bob.store)
    [seen] = bob_box.ideas()
    assert (seen.id, seen.author_name, seen.scope_name) == (
        submitted.id,
        "Alice Martin",
        "Mutuelle des Volcans",
    )
    bob_box.support(submitted.id)
    bob_box.comment(submitted.id, "Je peux prendre trois personnes depuis Riom.")
    bob.engine.sync()

    sara.engine.sync()
    sara_box = IdeaBox(sara.store)
    idea = sara_box.idea(submitted.id)
    assert idea is not None and idea.support_count == 1 and idea.comment_count == 1
    assert sara_box.can_moderate(idea)
    sara_box.set_status(submitted.id, "accepted", "Adopté : le secrétariat organise.")
    sara.engine.sync()

    alice.engine.sync()
    bob.engine.sync()
    answered = IdeaBox(alice.store).idea(submitted.id)
    assert answered is not None
    assert (answered.status, answered.answer, answered.answered_by_name) == (
        "accepted",
        "Adopté : le secrétariat organise.",
        "Sara Lefèvre",
    )
    assert [c.body for c in IdeaBox(alice.store).comments(submitted.id)] == [
        "Je peux prendre trois personnes depuis Riom."
    ]
    assert _kinds(alice) == ["idea_status"]  # my idea
    assert _kinds(bob) == ["idea_status"]  # an idea I support
    assert _kinds(sara) == []


def test_an_announcement_is_acknowledged_reminded_and_its_author_sees_who_read_it(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = _online(make_desktop, "alice", org.alice)
    bob = _online(make_desktop, "bob", org.bob)
    sara = _online(make_desktop, "sara", org.sara)

    news = Announcements(sara.store)
    assert news.can_announce() and not Announcements(alice.store).can_announce()
    posted = news.post(None, "Nouvelle charte", "Merci de **lire** la charte.", ack_required=True)
    sara.engine.sync()

    for desktop in (alice, bob):
        desktop.engine.sync()
        assert Announcements(desktop.store).waiting_count() == 1
        assert _kinds(desktop) == ["announcement"]
    Announcements(alice.store).acknowledge(posted.id)
    assert Announcements(alice.store).waiting_count() == 0  # at once
    alice.engine.sync()

    sara.engine.sync()
    statuses = {s.name: s.acknowledged_at is not None for s in news.acknowledgements(posted.id)}
    assert statuses == {"Alice Martin": True, "Bob Durand": False}

    news.remind(posted.id)
    sara.engine.sync()
    alice.engine.sync()
    bob.engine.sync()
    assert _kinds(bob) == ["announcement", "announcement"]  # reminded
    assert _kinds(alice) == ["announcement"]  # already acknowledged
    reminded = Announcements(bob.store).announcement(posted.id)
    assert reminded is not None and reminded.reminded_at is not None


def test_a_direct_conversation_reaches_its_members_only_and_notifies_them(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = _online(make_desktop, "alice", org.alice)
    bob = _online(make_desktop, "bob", org.bob)
    sara = _online(make_desktop, "sara", org.sara)

    talk = Conversations(alice.store)
    channel = talk.start_conversation([org.bob.id])
    talk.post(channel.id, "Tu viens à la commission jeudi ?")
    alice.engine.sync()
    assert talk.start_conversation([org.bob.id]).id == channel.id  # synced: still the same

    bob.engine.sync()
    sara.engine.sync()
    bob_talk = Conversations(bob.store)
    bob_channel = bob_talk.channel(channel.id)
    assert bob_channel is not None and (bob_channel.title, bob_channel.unread) == (
        "Alice Martin",
        1,
    )
    assert Conversations(sara.store).channel(channel.id) is None
    [note] = Notifications(bob.store).notifications()
    assert (note.kind, note.text) == ("direct", "Tu viens à la commission jeudi ?")

    mention = f"[@Alice Martin](quorum://member/{org.alice.id}) oui, je viens."
    bob_talk.post(channel.id, mention)
    bob.engine.sync()
    alice.engine.sync()
    assert _kinds(alice) == ["mention"]
    assert [m.mentions_me for m in talk.messages(channel.id)] == [False, True]
