"""The demo organisation shows the committee network: lively channels, direct conversations,
the idea box in every status and announcements, all in French, seen through each member's sync.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from protocol.network import links
from server.db import tables as t
from server.db.engine import reading
from server.services import auth, demo_network
from server.services.demo import demo_file, load_demo
from server.services.errors import ValidationFailed
from tests.server.helpers import pull_all
from tests.serverkit import ServerKit, make_server

NETWORK = demo_file().parent / demo_network.NETWORK_FILE
FIXTURE = Path(__file__).parent / "fixtures" / "demo"
EMAIL = "{}@demo.quorum.example"
PASSWORD = "Quorum-demo-2026"


@dataclass
class Seen:
    """What one member's sync holds: the newest upsert of each entity, by kind and id."""

    member_id: str
    entities: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return list(self.entities.get(kind, {}).values())


@dataclass
class Demo:
    kit: ServerKit
    committees: dict[str, str]  # name -> id
    seen: dict[str, Seen]  # member key -> their sync


def _pull(kit: ServerKit, key: str, password: str = PASSWORD) -> Seen:
    signed = auth.sign_in(kit.engine, EMAIL.format(key), password, "tests", passwords=kit.passwords)
    with kit.client() as client:
        changes, _ = pull_all(client, {"Authorization": f"Bearer {signed.token}"})
    seen = Seen(signed.member.id)
    for change in changes:
        bucket = seen.entities.setdefault(change["kind"], {})
        if change["op"] == "upsert":
            bucket[change["id"]] = change["data"]
        else:
            bucket.pop(change["id"], None)
    return seen


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    with make_server(tmp_path_factory.mktemp("demo-network")) as kit:
        load_demo(kit.engine, demo_file(), passwords=kit.passwords)
        with reading(kit.engine) as conn:
            rows = conn.execute(select(t.committees.c.name, t.committees.c.id))
            committees = {row.name: row.id for row in rows}
        seen = {
            key: _pull(kit, key, password)
            for key, password in (
                ("claire.martin", PASSWORD),
                ("thierry.blanchard", PASSWORD),
                ("karim.haddad", PASSWORD),
                ("philippe.garnier", "Secretariat-Quorum-2026"),
            )
        }
        yield Demo(kit, committees, seen)


def _channel(demo: Demo, committee_name: str) -> str:
    return f"committee:{demo.committees[committee_name]}"


def test_claire_reads_her_committees_and_the_organisation_with_threads_pins_and_an_edit(
    demo: Demo,
) -> None:
    claire = demo.seen["claire.martin"]
    messages = claire.of("message")
    by_channel: dict[str, list[dict[str, Any]]] = {}
    for message in messages:
        by_channel.setdefault(message["channel_id"], []).append(message)
    mine = {
        "org",
        _channel(demo, "Conseil d'administration"),
        _channel(demo, "Commission action sociale et prévention"),
        _channel(demo, "Commission vie mutualiste et démocratie"),
    }
    assert mine <= set(by_channel)
    for channel in mine:
        assert 6 <= len(by_channel[channel]) <= 15, channel
        assert any(m["thread_root_id"] for m in by_channel[channel]), channel
        assert any(m["pinned_at"] and m["pinned_by_name"] for m in by_channel[channel]), channel
    edited = [m for m in messages if m["edited_at"]]
    assert edited and all(m["history"] for m in edited)
    assert any(
        "445 000 €" in m["history"][0]["body"] and "450 000 €" in m["body"] for m in edited
    )  # the treasurer corrected his figure, and the first version is kept
    deleted = [m for m in messages if m["deleted_at"]]
    assert deleted and all(m["body"] == "" and not m["history"] for m in deleted)
    bodies = " ".join(m["body"] for m in messages)
    assert "quorum://document/" in bodies and "quorum://motion/" in bodies
    assert any(m["mention_committee_ids"] for m in messages)


def test_claire_has_a_direct_and_a_group_conversation_and_unread_mentions_of_her(
    demo: Demo,
) -> None:
    claire = demo.seen["claire.martin"]
    conversations = claire.of("conversation")
    assert sorted(len(c["member_ids"]) for c in conversations) == [2, 4]
    assert all(claire.member_id in c["member_ids"] for c in conversations)
    assert any(c["title"] for c in conversations)
    states = {s["id"]: s["last_read_number"] for s in claire.of("channel_state")}
    messages = claire.of("message")
    for conversation in conversations:
        channel = f"direct:{conversation['id']}"
        talk = [m for m in messages if m["channel_id"] == channel]
        assert len(talk) >= 3 and {m["author_id"] for m in talk} != {claire.member_id}
        assert 0 < states[channel] < max(m["number"] for m in talk)  # something left to read
    unread_mentions = [
        m
        for m in messages
        if claire.member_id in m["mention_member_ids"] and m["number"] > states[m["channel_id"]]
    ]
    assert unread_mentions
    assert f"[@Claire Martin](quorum://member/{claire.member_id})" in unread_mentions[0]["body"]
    for channel, last_read in states.items():  # her own messages are never left unread
        own = [
            m["number"]
            for m in messages
            if m["channel_id"] == channel and m["author_id"] == claire.member_id
        ]
        assert all(number <= last_read for number in own), channel


def test_numbers_follow_the_time_of_posting_over_the_last_two_weeks(demo: Demo) -> None:
    now = datetime.now(UTC)
    messages = demo.seen["claire.martin"].of("message")
    by_channel: dict[str, list[dict[str, Any]]] = {}
    for message in messages:
        by_channel.setdefault(message["channel_id"], []).append(message)
    for channel, found in by_channel.items():
        found.sort(key=lambda m: m["number"])
        assert [m["number"] for m in found] == list(range(1, len(found) + 1)), channel
        times = [datetime.fromisoformat(m["posted_at"]) for m in found]
        assert times == sorted(times), channel
        assert all(now - timedelta(days=15) < when < now for when in times)
    days = {(now - datetime.fromisoformat(m["posted_at"])).days for m in messages}
    assert len(days) >= 10  # spread, not all at once


def test_the_idea_box_has_ideas_in_every_status_with_supports_comments_and_answers(
    demo: Demo,
) -> None:
    claire = demo.seen["claire.martin"]
    ideas = claire.of("idea")
    assert {i["status"] for i in ideas} == {"new", "under_review", "accepted", "done", "declined"}
    assert any(i["committee_id"] is None for i in ideas)
    assert any(i["committee_id"] is not None for i in ideas)
    assert {i["kind"] for i in ideas} == {"idea", "request"}
    for idea in ideas:
        if idea["status"] != "new":
            assert idea["answer"] and idea["answered_by_name"] and idea["status_changed_at"]
    assert sum(len(i["supporter_ids"]) for i in ideas) >= 20
    assert any(claire.member_id in i["supporter_ids"] for i in ideas)
    assert any(i["author_id"] == claire.member_id and i["status"] != "new" for i in ideas)
    commented = {c["idea_id"] for c in claire.of("idea_comment")}
    assert len(commented) >= 5 and commented <= {i["id"] for i in ideas}


def test_announcements_ask_acknowledgement_or_not_and_one_awaits_claire_after_a_reminder(
    demo: Demo,
) -> None:
    claire = demo.seen["claire.martin"]
    announcements = claire.of("announcement")
    assert {a["ack_required"] for a in announcements} == {True, False}
    acked = {a["announcement_id"] for a in claire.of("acknowledgement")}
    waiting = [a for a in announcements if a["ack_required"] and a["id"] not in acked]
    assert waiting and any(a["reminded_at"] for a in waiting)
    assert acked  # she acknowledged others
    authors = {a["author_name"] for a in announcements}
    assert {"Bernard Mercier", "Philippe Garnier"} <= authors  # an announcer and the secretariat


def test_the_announcer_sees_who_has_acknowledged_and_who_has_not(demo: Demo) -> None:
    philippe = demo.seen["philippe.garnier"]
    council = next(a for a in philippe.of("announcement") if a["reminded_at"])
    ackers = {
        a["member_name"]
        for a in philippe.of("acknowledgement")
        if a["announcement_id"] == council["id"]
    }
    assert len(ackers) >= 5 and "Claire Martin" not in ackers


def test_a_member_outside_a_committee_receives_nothing_of_its_network(demo: Demo) -> None:
    thierry, karim = demo.seen["thierry.blanchard"], demo.seen["karim.haddad"]
    vie_mutualiste = demo.committees["Commission vie mutualiste et démocratie"]
    finances = demo.committees["Commission finances et audit"]
    assert {m["channel_id"] for m in thierry.of("message")} == {
        "org",
        f"committee:{vie_mutualiste}",
    }
    assert {m["channel_id"] for m in karim.of("message")} == {"org", f"committee:{finances}"}
    for seen, committee in ((thierry, vie_mutualiste), (karim, finances)):
        for kind in ("idea", "announcement"):
            assert {x["committee_id"] for x in seen.of(kind)} <= {None, committee}
        assert seen.of("conversation") == []
        ideas = {i["id"] for i in seen.of("idea")}
        assert all(c["idea_id"] in ideas for c in seen.of("idea_comment"))


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("title", "body", "answer"):
                yield from _texts(item)
            elif isinstance(item, (dict, list)):
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


ENGLISH = re.compile(
    r"\b(the|and|with|you|your|please|thanks|thank|meeting|email|mail|is|are|this|that|of|"
    r"to|for|from|it|we|will|be|have|has|not|but|what|which|hello|hi|ok|okay|today)\b",
    re.IGNORECASE,
)


def test_every_text_of_the_demo_network_is_french(demo: Demo) -> None:
    content = json.loads(NETWORK.read_text(encoding="utf-8"))
    texts = list(_texts(content))
    assert len(texts) > 150
    for text in texts:
        assert not ENGLISH.search(re.sub(r"\{@[^}]*\}", "", text)), text
    claire = demo.seen["claire.martin"]
    synced = [m["body"] for m in claire.of("message")] + [i["body"] for i in claire.of("idea")]
    assert all("{@" not in body for body in synced)  # every name became a link
    assert any(links(body).members for body in synced)


def test_demo_times_are_paris_days_ago_or_hours_ago_and_never_in_the_future() -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # 13:00 in Paris
    assert demo_network.when("-3d 14:20", now) == datetime(2026, 11, 24, 13, 20, tzinfo=UTC)
    assert demo_network.when("-2h30m", now) == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    assert demo_network.when("-40m", now) == datetime(2026, 11, 27, 11, 20, tzinfo=UTC)
    assert demo_network.when("-0d 18:00", now) == now - timedelta(minutes=1)
    with pytest.raises(ValueError):
        demo_network.when("hier", now)


def test_a_name_the_demo_does_not_know_is_one_clear_error(kit: ServerKit, tmp_path: Path) -> None:
    base = tmp_path / "demo"
    shutil.copytree(FIXTURE, base)
    network = {
        "channels": [
            {
                "channel": "org",
                "messages": [
                    {"by": "anne", "at": "-1d 10:00", "body": "Bonjour {@member:Personne Inconnue}"}
                ],
            }
        ]
    }
    (base / demo_network.NETWORK_FILE).write_text(json.dumps(network), encoding="utf-8")
    with pytest.raises(ValidationFailed, match="Personne Inconnue"):
        load_demo(kit.engine, base / "organisation.json", passwords=kit.passwords)
    with reading(kit.engine) as conn:  # the one transaction rolled back: no half demo
        assert conn.execute(select(t.members.c.id)).first() is None


def test_the_fixture_demo_without_a_network_file_loads_as_before(kit: ServerKit) -> None:
    load_demo(kit.engine, FIXTURE / "organisation.json", passwords=kit.passwords)
    with reading(kit.engine) as conn:
        assert conn.execute(select(t.messages.c.id)).first() is None
