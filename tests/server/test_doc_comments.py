"""Comments on drafts through push and pull: only while the document is open for comments and
before its period ends, replies to top-level comments of the same document, the document's
audience; each refusal with its code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from protocol.documents import DocumentPublishRequest
from protocol.models import DocumentData
from server.services import publishing
from tests.server.netkit import Net, applied, latest, make_net, new_id, refused, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def _draft(
    kit: ServerKit, committee_id: str | None, *, open_: bool = True, close_in: timedelta | None
) -> DocumentData:
    closes = None if close_in is None else datetime.now(UTC) + close_in
    request = DocumentPublishRequest(
        title="Projet de règlement mutualiste",
        committee_id=committee_id,
        body="# Projet\n\nArticle 1 : les cotisations sont appelées chaque mois.\n",
        comments_open=open_,
        comments_close_at=closes,
    )
    return publishing.publish(kit.engine, None, request)


def _comment(
    document_id: str, body: str = "Préciser « chaque mois ».", **extra: Any
) -> dict[str, Any]:
    return {
        "id": extra.pop("id", None) or new_id("dc"),
        "document_id": document_id,
        "version": 1,
        "body": body,
        **extra,
    }


def test_a_comment_and_its_reply_reach_the_committee_only(net: Net, kit: ServerKit) -> None:
    draft = _draft(kit, net.org.committee_a.id, close_in=timedelta(days=3))
    alice, carl = net.device(net.org.alice), net.device(net.carl)
    top = _comment(draft.id, quote="chaque mois", page=None)
    applied(alice.send("document.comment", top))
    reply = _comment(draft.id, "D'accord, ou chaque trimestre.", parent_id=top["id"])
    applied(carl.send("document.comment", reply))
    seen = latest(net.device(net.org.sara).everything(), "document_comment")
    assert (seen[top["id"]]["author_name"], seen[top["id"]]["quote"]) == (
        "Alice Martin",
        "chaque mois",
    )
    assert seen[reply["id"]]["parent_id"] == top["id"]
    assert not upserts(net.device(net.org.bob).everything(), "document_comment")


def test_comments_are_refused_when_not_open_or_after_the_period(net: Net, kit: ServerKit) -> None:
    alice = net.device(net.org.alice)
    closed = _draft(kit, net.org.committee_a.id, open_=False, close_in=None)
    refused(alice.send("document.comment", _comment(closed.id)), "comments_closed")
    ended = _draft(kit, net.org.committee_a.id, close_in=timedelta(seconds=-1))
    refused(alice.send("document.comment", _comment(ended.id)), "comments_closed")
    endless = _draft(kit, None, close_in=None)
    applied(net.device(net.org.bob).send("document.comment", _comment(endless.id)))


def test_a_reply_answers_a_top_level_comment_of_the_same_document(net: Net, kit: ServerKit) -> None:
    one = _draft(kit, net.org.committee_a.id, close_in=timedelta(days=1))
    two = _draft(kit, net.org.committee_a.id, close_in=timedelta(days=1))
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    top = _comment(one.id)
    applied(alice.send("document.comment", top))
    reply = _comment(one.id, "Réponse.", parent_id=top["id"])
    applied(sara.send("document.comment", reply))
    refused(
        sara.send("document.comment", _comment(one.id, parent_id=reply["id"])), "comment_invalid"
    )
    refused(sara.send("document.comment", _comment(two.id, parent_id=top["id"])), "comment_invalid")
    refused(
        sara.send("document.comment", _comment(one.id, parent_id=new_id("dc"))), "comment_invalid"
    )


def test_unknown_versions_unseen_documents_and_taken_ids_are_refused(
    net: Net, kit: ServerKit
) -> None:
    draft = _draft(kit, net.org.committee_a.id, close_in=timedelta(days=1))
    alice = net.device(net.org.alice)
    refused(alice.send("document.comment", _comment(draft.id, version=2)), "version_unknown")
    refused(net.device(net.org.bob).send("document.comment", _comment(draft.id)), "not_found")
    comment = _comment(draft.id)
    applied(alice.send("document.comment", comment))
    applied(net.device(net.org.alice).send("document.comment", comment))  # another device
    refused(net.device(net.carl).send("document.comment", comment), "id_taken")
    comments = upserts(alice.everything(), "document_comment")
    assert [c["id"] for c in comments] == [comment["id"]]
