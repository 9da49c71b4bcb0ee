"""What the server refused, as the core lists it (``desktop.core.sending``): every kind of
outbox mutation, over the real encrypted cache, the refusals recorded as the sync records them."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.cache import CacheStore
from desktop.core import sending as s
from desktop.core.network_api import NetworkError
from desktop.core.sending import Sending
from protocol.models import MutationKind as K
from protocol.models import MutationResult, MutationStatus
from tests.desktop.conftest import NOW

#: One payload per kind, and (what, target, title, text) the member should be told.
CASES: list[tuple[K, dict[str, Any], tuple[str, str | None, str | None, str | None]]] = [
    (
        K.POST_MESSAGE,
        {"message_id": "msg-00000001", "channel_id": "committee:c-a", "body": "Bonjour"},
        (s.MESSAGE_POST, "quorum://message/msg-00000001", None, "Bonjour"),
    ),
    (
        K.POST_MESSAGE,
        {"message_id": "msg-2", "channel_id": "org", "body": "Oui", "thread_root_id": "msg-1"},
        (s.MESSAGE_REPLY, "quorum://message/msg-2", None, "Oui"),
    ),
    (
        K.EDIT_MESSAGE,
        {"message_id": "msg-1", "body": "Texte corrigé"},
        (s.MESSAGE_EDIT, "quorum://message/msg-1", None, "Texte corrigé"),
    ),
    (
        K.DELETE_MESSAGE,
        {"message_id": "msg-1"},
        (s.MESSAGE_DELETE, "quorum://message/msg-1", None, None),
    ),
    (
        K.PIN_MESSAGE,
        {"message_id": "msg-1", "pinned": False},
        (s.MESSAGE_UNPIN, "quorum://message/msg-1", None, None),
    ),
    (
        K.READ_CHANNEL,
        {"channel_id": "committee:c-a", "number": 3},
        (s.CHANNEL_READ, "quorum://committee/c-a", None, None),
    ),
    (K.MUTE_CHANNEL, {"channel_id": "direct:x", "muted": True}, (s.CHANNEL_MUTE, None, None, None)),
    (
        K.START_CONVERSATION,
        {"conversation_id": "conv-0001", "member_ids": ["m-2"], "title": "Budget"},
        (s.CONVERSATION_START, None, "Budget", None),
    ),
    (K.SET_PREFERENCES, {"notify": "off"}, (s.PREFERENCES_SET, None, None, None)),
    (
        K.SUBMIT_IDEA,
        {"idea_id": "idea-001", "kind": "request", "title": "Salle", "body": "Une salle"},
        (s.REQUEST_SUBMIT, "quorum://idea/idea-001", "Salle", "Une salle"),
    ),
    (
        K.SUPPORT_IDEA,
        {"idea_id": "idea-001"},
        (s.IDEA_SUPPORT, "quorum://idea/idea-001", None, None),
    ),
    (
        K.COMMENT_IDEA,
        {"comment_id": "com-0001", "idea_id": "idea-001", "body": "D'accord"},
        (s.IDEA_COMMENT, "quorum://idea/idea-001", None, "D'accord"),
    ),
    (
        K.SET_IDEA_STATUS,
        {"idea_id": "idea-001", "status": "accepted", "answer": "Retenue"},
        (s.IDEA_STATUS, "quorum://idea/idea-001", None, "Retenue"),
    ),
    (
        K.POST_ANNOUNCEMENT,
        {"announcement_id": "ann-0001", "title": "AG", "body": "Le 12 mai"},
        (s.ANNOUNCEMENT_POST, "quorum://announcement/ann-0001", "AG", "Le 12 mai"),
    ),
    (
        K.ACK_ANNOUNCEMENT,
        {"announcement_id": "ann-0001"},
        (s.ANNOUNCEMENT_ACK, "quorum://announcement/ann-0001", None, None),
    ),
    (
        K.REMIND_ANNOUNCEMENT,
        {"announcement_id": "ann-0001"},
        (s.ANNOUNCEMENT_REMIND, "quorum://announcement/ann-0001", None, None),
    ),
    (
        K.MARK_READ,
        {"document_id": "d-1", "read_at": NOW},
        (s.DOCUMENT_READ, "quorum://document/d-1", None, None),
    ),
    (
        K.CAST_BALLOT,
        {"motion_id": "mo-1", "version": 1, "choices": ["for"], "on_behalf_of": "m-2"},
        (s.BALLOT_PROXY, "quorum://motion/mo-1", None, None),
    ),
    (
        K.GRANT_PROXY,
        {"proxy_id": "px-1", "holder_id": "m-2", "motion_id": "mo-1"},
        (s.PROXY_GRANT, "quorum://motion/mo-1", None, None),
    ),
    (K.REVOKE_PROXY, {"proxy_id": "px-1"}, (s.PROXY_REVOKE, None, None, None)),
    (
        K.CREATE_ACTION,
        {
            "id": "act-0001",
            "committee_id": "c-a",
            "title": "Relancer",
            "description": "Vite",
            "assignee_ids": ["m-2"],
        },
        (s.ACTION_CREATE, None, "Relancer", "Vite"),
    ),
    (
        K.UPDATE_ACTION,
        {"action_id": "act-0001", "status": "done", "comment": "Fait hier"},
        (s.ACTION_UPDATE, None, None, "Fait hier"),
    ),
    (
        K.COMMENT_ACTION,
        {"id": "com-0001", "action_id": "act-0001", "body": "En cours"},
        (s.ACTION_COMMENT, None, None, "En cours"),
    ),
    (
        K.SAVE_ANNOTATION,
        {"id": "note-0001", "document_id": "d-1", "version": 1, "body": "À relire"},
        (s.NOTE_SAVE, "quorum://document/d-1", None, "À relire"),
    ),
    (K.DELETE_ANNOTATION, {"id": "note-0001"}, (s.NOTE_DELETE, None, None, None)),
    (
        K.COMMENT_DOCUMENT,
        {"id": "com-0002", "document_id": "d-1", "version": 2, "body": "Article 3 ?"},
        (s.DOCUMENT_COMMENT, "quorum://document/d-1", None, "Article 3 ?"),
    ),
]


def refuse(store: CacheStore, kind: str, data: dict[str, Any], code: str = "not_found") -> int:
    entry = store.enqueue(kind, data)
    store.record_results(
        [
            MutationResult(
                client_id=entry.client_id,
                seq=entry.seq,
                status=MutationStatus.REJECTED,
                code=code,
                message="Refused.",
            )
        ]
    )
    return entry.seq


def test_every_kind_of_mutation_is_covered_by_the_cases() -> None:
    assert {kind for kind, _, _ in CASES} | {K.CAST_BALLOT} == set(K)


@pytest.mark.parametrize(("kind", "data", "expected"), CASES, ids=lambda v: str(v)[:24])
def test_a_refused_entry_says_what_it_was_where_it_leads_and_the_member_s_text(
    signed_in: CacheStore, kind: K, data: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    seq = refuse(signed_in, kind, data, "not_author")
    [item] = Sending(signed_in).refused()
    assert (item.what, item.target, item.title, item.text) == expected
    assert (item.seq, item.kind, item.code, item.message) == (seq, kind, "not_author", "Refused.")
    assert item.what in s.WHATS


def test_refused_entries_come_newest_first_and_waiting_or_sent_ones_are_not_listed(
    signed_in: CacheStore,
) -> None:
    first = refuse(signed_in, K.SUPPORT_IDEA, {"idea_id": "idea-001"})
    second = refuse(signed_in, K.ACK_ANNOUNCEMENT, {"announcement_id": "ann-0001"})
    signed_in.enqueue(K.SUPPORT_IDEA, {"idea_id": "idea-002"})  # waiting: not refused
    assert [i.seq for i in Sending(signed_in).refused()] == [second, first]


def test_retry_queues_it_again_and_discard_forgets_it_and_neither_works_twice(
    signed_in: CacheStore,
) -> None:
    sending = Sending(signed_in)
    edit = refuse(signed_in, K.EDIT_MESSAGE, {"message_id": "msg-1", "body": "Corrigé"})
    pin = refuse(signed_in, K.PIN_MESSAGE, {"message_id": "msg-1", "pinned": True})
    sending.retry(edit)
    [again] = signed_in.pending(10)
    assert (again.kind, again.data["body"]) == ("message.edit", "Corrigé") and again.seq > pin
    assert [i.seq for i in sending.refused()] == [pin]
    sending.discard(pin)
    assert sending.refused() == [] and all(e.seq != pin for e in signed_in.outbox())
    for act in (sending.retry, sending.discard):
        with pytest.raises(NetworkError) as raised:
            act(pin)
        assert raised.value.code == s.OUTBOX_NOT_FOUND


def test_giving_up_a_refused_ballot_forgets_it_so_the_earlier_ballot_stands(
    signed_in: CacheStore,
) -> None:
    def cast(choice: str) -> int:
        data = {"motion_id": "mo-1", "version": 1, "choices": [choice]}
        return signed_in.queue_ballot(data, principal_id="m-me", receipt=None).seq

    earlier = cast("for")
    signed_in.record_results(
        [
            MutationResult(
                client_id=signed_in.outbox()[0].client_id,
                seq=earlier,
                status=MutationStatus.APPLIED,
            )
        ]
    )
    later = cast("against")
    entry = next(e for e in signed_in.outbox() if e.seq == later)
    signed_in.record_results(
        [
            MutationResult(
                client_id=entry.client_id,
                seq=later,
                status=MutationStatus.REJECTED,
                code="motion_closed",
            )
        ]
    )
    [item] = Sending(signed_in).refused()
    assert (item.what, item.target) == (s.BALLOT_CAST, "quorum://motion/mo-1")
    Sending(signed_in).discard(later)
    [kept] = signed_in.my_ballots("mo-1", "m-me")
    assert (kept.choices, kept.state) == (("for",), "sent")
