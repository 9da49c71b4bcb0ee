"""Privileged actions that travel through push are in the hash-chained audit log too, with
their actor: posting and reminding announcements, setting an idea's status, deleting another
member's message, adding an action item. A member's own ordinary actions are not."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from server.db import tables as t
from server.services import audit
from server.services.tx import read
from tests.server.netkit import Net, applied, make_net, new_id
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def entries(kit: ServerKit) -> list[tuple[str, str | None, dict[str, Any]]]:
    with read(kit.engine) as conn:
        rows = conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)).all()
    return [(r.event, r.actor_id, json.loads(r.detail)) for r in rows]


def test_moderation_and_announcements_through_push_are_audited_with_their_actor(
    net: Net, kit: ServerKit
) -> None:
    anna, carl = net.device(net.anna), net.device(net.carl)
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    committee = net.org.committee_a.id
    before = len(entries(kit))

    announcement, result = anna.announce(None, ack_required=True)  # to the organisation
    applied(result)
    applied(anna.send("announcement.remind", {"announcement_id": announcement}))
    idea, result = alice.submit_idea(committee)
    applied(result)
    applied(carl.send("idea.status", {"idea_id": idea, "status": "accepted", "answer": "Oui."}))
    own, result = alice.post(net.channel_a, "Mon message")
    applied(result)
    applied(alice.send("message.delete", {"message_id": own}))  # her own: not a moderation
    other, result = alice.post(net.channel_a, "Un message à retirer")
    applied(result)
    applied(sara.send("message.delete", {"message_id": other}))
    action = new_id("act")
    assignees = [net.org.alice.id]
    data = {"id": action, "committee_id": committee, "title": "Étude", "assignee_ids": assignees}
    applied(carl.send("action.create", data))

    new = [(event, actor) for event, actor, _ in entries(kit)[before:]]
    assert new == [
        ("announcement.posted", net.anna.id),
        ("announcement.reminded", net.anna.id),
        ("idea.status_set", net.carl.id),
        ("message.moderated", net.org.sara.id),
        ("action.created", net.carl.id),
    ]
    moderated = [d for e, _, d in entries(kit) if e == "message.moderated"][0]
    assert moderated == {
        "message_id": other,
        "channel_id": net.channel_a,
        "author_id": net.org.alice.id,
    }
    assert audit.verify(kit.engine) is None  # the chain still holds
