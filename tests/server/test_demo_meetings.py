"""The demo organisation's board documents: the board's last meeting (held, with its minutes and
the actions it decided) and its next one (a full agenda and a board pack of real PDFs), a draft
open for comments, and a document updated since Claire read it; all in French, seen through
each member's sync."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from server.services import auth
from server.services.demo import demo_file, load_demo
from tests.server.helpers import pull_all
from tests.serverkit import ServerKit, make_server

EMAIL = "{}@demo.quorum.example"
PASSWORD = "Quorum-demo-2026"
BOARD = "Conseil d'administration"
#: Words that say a text is French (at least one in every demo text).
FRENCH = re.compile(r"[éèàêçô]|\b(le|la|les|des|du|de|et|au|un|une)\b", re.IGNORECASE)


@dataclass
class Seen:
    """One member's sync: the newest upsert of each entity, by kind and id."""

    token: str
    entities: dict[str, dict[str, dict[str, Any]]]

    def of(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.entities.get(kind, {})


@dataclass
class Demo:
    kit: ServerKit
    claire: Seen
    thierry: Seen  # in no committee of the board's


def _pull(kit: ServerKit, key: str) -> Seen:
    signed = auth.sign_in(kit.engine, EMAIL.format(key), PASSWORD, "t", passwords=kit.passwords)
    with kit.client() as client:
        changes, _ = pull_all(client, {"Authorization": f"Bearer {signed.token}"})
    entities: dict[str, dict[str, dict[str, Any]]] = {}
    for change in changes:
        bucket = entities.setdefault(change["kind"], {})
        if change["op"] == "upsert":
            bucket[change["id"]] = change["data"]
        else:
            bucket.pop(change["id"], None)
    return Seen(signed.token, entities)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    with make_server(tmp_path_factory.mktemp("demo-meetings")) as kit:
        load_demo(kit.engine, demo_file(), passwords=kit.passwords)
        yield Demo(kit, _pull(kit, "claire.martin"), _pull(kit, "thierry.blanchard"))


def _board_meetings(seen: Seen) -> list[dict[str, Any]]:
    board = next(c["id"] for c in seen.of("committee").values() if c["name"] == BOARD)
    found = [m for m in seen.of("meeting").values() if m["committee_id"] == board]
    return sorted(found, key=lambda m: m["starts_at"])


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_the_board_held_a_meeting_with_minutes_and_has_one_in_about_ten_days(demo: Demo) -> None:
    past, upcoming = _board_meetings(demo.claire)
    now = datetime.now(UTC)
    assert past["status"] == "held" and _moment(past["starts_at"]) < now - timedelta(days=7)
    minutes = demo.claire.of("document")[past["minutes_document_id"]]
    assert minutes["format"] == "markdown" and minutes["title"].startswith("Procès-verbal")
    assert upcoming["status"] == "scheduled"
    assert now + timedelta(days=2) < _moment(upcoming["starts_at"]) < now + timedelta(days=30)
    assert upcoming["video_url"].startswith("https://") and "Orléans" in upcoming["place"]
    agenda = upcoming["agenda"]
    assert 5 <= len(agenda) <= 6
    assert [item["position"] for item in agenda] == list(range(1, len(agenda) + 1))
    documents, motions = demo.claire.of("document"), demo.claire.of("motion")
    for item in agenda:
        assert item["document_ids"], item["title"]
        assert all(d in documents for d in item["document_ids"]), item["title"]
        assert all(m in motions for m in item["motion_ids"]), item["title"]
    assert sum(1 for item in agenda if item["motion_ids"]) >= 2


def test_the_board_pack_holds_several_real_french_pdfs_of_several_pages(demo: Demo) -> None:
    _, upcoming = _board_meetings(demo.claire)
    pack = [
        d for d in demo.claire.of("document").values()
        if d["meeting_id"] == upcoming["id"] and d["format"] == "pdf"
    ]  # fmt: skip
    titles = " ".join(d["title"] for d in pack)
    for word in ("Rapport de gestion", "Comptes annuels", "Budget", "comité d'audit", "Charte"):
        assert word in titles
    headers = {"Authorization": f"Bearer {demo.claire.token}"}
    with demo.kit.client() as client:
        for document in pack:
            assert "administrat" in document["text"] and FRENCH.search(document["text"])
            response = client.get(f"/v1/files/{document['file']['sha256']}", headers=headers)
            assert response.status_code == 200
            data = response.content
            assert hashlib.sha256(data).hexdigest() == document["file"]["sha256"]
            reader = PdfReader(io.BytesIO(data))
            assert len(reader.pages) == document["file"]["pages"] >= 3
            second = reader.pages[1].extract_text()
            assert f"Page 2 / {len(reader.pages)}" in second
            assert "Mutuelle Solidaire du Val de Loire" in second and FRENCH.search(second)
    comptes = next(d for d in pack if d["title"].startswith("Comptes annuels"))
    assert "Résultat net" in comptes["text"] and "0,87" in comptes["text"]  # its table


def test_the_actions_decided_are_done_late_and_in_progress_some_for_claire(demo: Demo) -> None:
    past, _ = _board_meetings(demo.claire)
    decided = [a for a in demo.claire.of("action").values() if a["meeting_id"] == past["id"]]
    assert len(decided) >= 4
    today = date.today()
    statuses = [a["status"] for a in decided]
    assert statuses.count("done") >= 2 and "in_progress" in statuses
    late = [
        a for a in decided
        if a["status"] not in ("done", "cancelled") and date.fromisoformat(a["due_on"]) < today
    ]  # fmt: skip
    assert len(late) == 1
    claire = next(
        m["id"] for m in demo.claire.of("member").values() if m["name"] == "Claire Martin"
    )
    mine = [a for a in decided if claire in a["assignee_ids"]]
    assert {a["status"] for a in mine} >= {"open", "in_progress"}
    for action in decided:
        assert FRENCH.search(action["title"]) and FRENCH.search(action["description"])
        for comment in action["comments"]:
            assert comment["author_name"] and FRENCH.search(comment["body"])
    done = [a for a in decided if a["status"] == "done"]
    assert all(any(c["status"] == "done" for c in a["comments"]) for a in done)


def test_a_draft_is_open_for_comments_with_comments_and_a_reply(demo: Demo) -> None:
    draft = next(
        d for d in demo.claire.of("document").values()
        if d["title"] == "Projet de règlement mutualiste"
    )  # fmt: skip
    assert draft["comments_open"] and _moment(draft["comments_close_at"]) > datetime.now(UTC)
    comments = [
        c for c in demo.claire.of("document_comment").values() if c["document_id"] == draft["id"]
    ]
    top = [c for c in comments if c["parent_id"] is None]
    replies = [c for c in comments if c["parent_id"] is not None]
    assert len(top) >= 3 and replies
    assert all(r["parent_id"] in {c["id"] for c in top} for r in replies)
    assert any(c["quote"] and c["quote"] in draft["body"] for c in top)
    assert all(FRENCH.search(c["body"]) for c in comments)


def test_a_document_was_updated_since_claire_read_it(demo: Demo) -> None:
    budget = next(
        d for d in demo.claire.of("document").values() if d["title"] == "Budget prévisionnel 2027"
    )
    assert budget["version"] == 2
    receipt = demo.claire.of("read_receipt")[budget["id"]]
    assert receipt["version"] == 1
    versions = demo.claire.of("document_version")
    old, new = versions[f"{budget['id']}:1"], versions[f"{budget['id']}:2"]
    assert new["change_note"] and FRENCH.search(new["change_note"])
    assert new["body"] == ""  # the current text travels with the document
    assert budget["body"] != old["body"] and "Réponses aux questions" in budget["body"]
    assert old["body"] and "Réponses aux questions" not in old["body"]


def test_a_member_outside_the_board_sees_none_of_its_meetings_actions_or_comments(
    demo: Demo,
) -> None:
    thierry = demo.thierry
    assert not thierry.of("meeting") and not thierry.of("action")
    assert not thierry.of("document_comment") and not thierry.of("annotation")
