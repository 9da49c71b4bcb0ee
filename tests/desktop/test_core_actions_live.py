"""Actions, notes, comments and read versions over the real thing: a live server on loopback
(the small organisation: alice in committee A, sara its secretary), each member's app with its
own encrypted cache, the real use cases (``desktop.services``) and the sync engine. What one
writes goes through the outbox, the server decides, and the other sees it after a sync."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.library import Library
from desktop.profile import Profile
from desktop.services import Services, build_services
from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from protocol.models import MutationKind
from server.services import publishing
from tests.serverkit import Account, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"


@dataclass
class Live:
    kit: ServerKit
    org: SmallOrg
    url: str
    tmp_path: Path

    def app(self, account: Account) -> Services:
        services = build_services(
            Profile(self.tmp_path / f"profile-{account.key}"), self.url, passphrase=PASSPHRASE
        )
        services.engine.sign_in(account.email, account.password, "tests")
        services.engine.sync()
        return services


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        yield Live(kit, org, server.url, tmp_path)
    kit.close()


@pytest.fixture
def apps(live: Live) -> Iterator[tuple[Services, Services]]:
    sara, alice = live.app(live.org.sara), live.app(live.org.alice)
    yield sara, alice
    sara.close()
    alice.close()


def _refused(services: Services) -> list[tuple[str, str | None]]:
    return [(e.kind, e.code) for e in services.store.outbox() if e.state == "rejected"]


def test_an_action_created_by_the_secretary_reaches_its_assignee_who_closes_it(
    live: Live, apps: tuple[Services, Services]
) -> None:
    sara, alice = apps
    committee = live.org.committee_a.id
    due = datetime.now(UTC).date() + timedelta(days=7)

    made = sara.actions.create(committee, "Relire le budget", [live.org.alice.id], due_on=due)
    assert made.state == "waiting"
    sara.engine.sync()
    alice.engine.sync()

    [mine] = alice.actions.mine()
    assert (mine.id, mine.title, mine.due_on, mine.state) == (
        made.id,
        "Relire le budget",
        due,
        "sent",
    )
    assert mine.committee_name == "Commission finances" and mine.created_by_name == "Sara Lefèvre"
    assert not alice.actions.can_create(committee)

    alice.actions.set_status(made.id, "done", "Relu, deux remarques envoyées.")
    alice.actions.comment(made.id, "Les remarques sont dans le fil.")
    alice.engine.sync()
    sara.engine.sync()

    found = sara.actions.action(made.id)
    assert found is not None and found.status == "done" and found.state == "sent"
    assert [(c.body, c.status) for c in found.comments] == [
        ("Relu, deux remarques envoyées.", "done"),
        ("Les remarques sont dans le fil.", None),
    ]
    assert _refused(alice) == [] and _refused(sara) == []


def test_a_draft_open_for_comments_gathers_them_and_its_author_sees_them(
    live: Live, apps: tuple[Services, Services]
) -> None:
    sara, alice = apps
    draft = publishing.publish(
        live.kit.engine,
        None,
        DocumentPublishRequest(
            title="Charte éthique (projet)",
            committee_id=live.org.committee_a.id,
            body="# Charte\n\nArticle 1.\n",
            comments_open=True,
            comments_close_at=datetime.now(UTC) + timedelta(days=5),
        ),
        author_id=live.org.sara.id,
    )
    alice.engine.sync()

    top = alice.document_extras.comment(draft.id, "L'article 1 est trop vague.", quote="Article 1")
    alice.engine.sync()
    sara.engine.sync()
    reply = sara.document_extras.comment(draft.id, "Nous le préciserons.", parent_id=top.id)
    sara.engine.sync()
    alice.engine.sync()

    assert [(c.id, c.state) for c in alice.document_extras.comments(draft.id)] == [
        (top.id, "sent"),
        (reply.id, "sent"),
    ]
    on_mine = sara.document_extras.comments_on_my_documents()
    assert [c.id for c in on_mine] == [reply.id, top.id]
    assert on_mine[1].author_name == "Alice Martin" and on_mine[1].quote == "Article 1"


def test_my_notes_follow_me_to_my_other_device_and_nobody_else(
    live: Live, apps: tuple[Services, Services]
) -> None:
    sara, alice = apps
    document_id = live.org.documents["a1"].id

    note = alice.document_extras.save_annotation(document_id, 1, "À comparer avec 2024", page=None)
    alice.engine.sync()
    other = build_services(
        Profile(live.tmp_path / "profile-alice-laptop"), live.url, passphrase=PASSPHRASE
    )
    try:
        other.engine.sign_in(live.org.alice.email, live.org.alice.password, "laptop")
        other.engine.sync()
        assert [(a.id, a.body) for a in other.document_extras.annotations(document_id)] == [
            (note.id, "À comparer avec 2024")
        ]
        other.document_extras.delete_annotation(note.id)
        other.engine.sync()
    finally:
        other.close()
    sara.engine.sync()
    alice.engine.sync()

    assert alice.document_extras.annotations(document_id) == []
    assert sara.document_extras.annotations(document_id) == []
    assert _refused(alice) == []


def test_a_revised_document_shows_what_changed_since_i_read_it_then_is_read_again(
    live: Live, apps: tuple[Services, Services]
) -> None:
    _sara, alice = apps
    document = live.org.documents["a1"]
    library = Library(alice.store)
    library.open_document(document.id)
    alice.engine.sync()

    old = document.body
    publishing.revise(
        live.kit.engine,
        None,
        document.id,
        DocumentRevisionRequest(body=old + "\nAjout : taux révisé à 3,4 %.\n", change_note="Taux"),
    )
    alice.engine.sync()

    change = alice.document_extras.changes_since_read(document.id)
    assert change is not None and (change.read_version, change.current_version) == (1, 2)
    assert [line.text for line in change.lines if line.kind == "added"][-1] == (
        "Ajout : taux révisé à 3,4 %."
    )
    assert change.change_note == "Taux"
    row = next(d for d in library.documents(document.committee_id) if d.id == document.id)
    assert row.updated_since_read

    library.open_document(document.id)
    alice.engine.sync()

    assert alice.document_extras.changes_since_read(document.id) is None
    reads = [e for e in alice.store.outbox() if e.kind == MutationKind.MARK_READ]
    assert [(e.data["version"], e.state) for e in reversed(reads)] == [(1, "sent"), (2, "sent")]
