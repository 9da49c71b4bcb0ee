"""Action items over the real encrypted cache: my actions, late ones for a chair or the
secretariat, and creating, updating and commenting through the outbox (shown at once)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop.cache import CacheStore
from desktop.core.actions import Actions
from desktop.core.documents_api import ActionsApi, DocumentsError
from protocol.models import MutationKind, MutationResult, MutationStatus, SyncPage
from tests.desktop.conftest import NOW, account, delete, page
from tests.desktop.document_builders import (
    BOB,
    ME,
    action,
    action_comment,
    board_pack_world,
    chair,
    clock,
)

TODAY = NOW.date()


@pytest.fixture
def cache(signed_in: CacheStore) -> CacheStore:
    board_pack_world(signed_in)
    signed_in.apply_page(
        page(
            action("a-soon", due_on=TODAY + timedelta(days=3), meeting_id="mt-march"),
            action("a-late", due_on=TODAY - timedelta(days=2), assignees=(ME, BOB)),
            action("a-nodate", title="Lire le rapport"),
            action("a-done", due_on=TODAY - timedelta(days=30), status="done"),
            action("a-bob", due_on=TODAY - timedelta(days=9), assignees=(BOB,)),
            action("a-audit", "c-audit", due_on=TODAY - timedelta(days=1), assignees=(BOB,)),
            cursor="c2",
        )
    )
    return signed_in


@pytest.fixture
def actions(cache: CacheStore) -> Actions:
    return Actions(cache, clock)


def _code(raised: pytest.ExceptionInfo[DocumentsError]) -> str:
    return raised.value.code


def _queued(cache: CacheStore, kind: MutationKind) -> list[dict[str, object]]:
    return [e.data for e in reversed(cache.outbox()) if e.kind == kind]


def _answer(cache: CacheStore, code: str | None = None, message: str = "") -> None:
    """The server's answer to the first mutation waiting: applied, or refused with ``code``."""
    [entry] = cache.pending(10)
    status = MutationStatus.APPLIED if code is None else MutationStatus.REJECTED
    result = MutationResult(
        seq=entry.seq, client_id=entry.client_id, status=status, code=code, message=message or None
    )
    cache.record_results([result])


def _as_secretary(cache: CacheStore) -> None:
    cache.save_sign_in(replace(account(), roles=("secretary",)), "token-1")


def test_actions_implements_the_api_the_ui_codes_against(actions: Actions) -> None:
    api: ActionsApi = actions
    assert api.action("a-soon") is not None


def test_my_actions_are_the_open_ones_by_due_date_then_those_without_then_finished(
    actions: Actions,
) -> None:
    assert [a.id for a in actions.mine()] == ["a-late", "a-soon", "a-nodate", "a-done"]


def test_a_member_sees_no_late_actions_a_chair_those_of_their_committee_the_secretariat_all(
    cache: CacheStore, actions: Actions
) -> None:
    assert actions.late() == []

    cache.apply_page(page(chair("c-board"), cursor="c3"))
    assert [a.id for a in actions.late()] == ["a-bob", "a-late"]

    _as_secretary(cache)
    cache.apply_page(page(action("a-x", "c-audit"), cursor="c4"))
    assert [a.id for a in actions.late()] == ["a-bob", "a-late", "a-audit"]


def test_actions_of_a_committee_and_of_a_meeting(actions: Actions) -> None:
    assert [a.id for a in actions.of_committee("c-audit")] == ["a-audit"]
    assert [a.id for a in actions.of_meeting("mt-march")] == ["a-soon"]
    assert actions.of_committee(None) == []


def test_only_the_secretariat_or_the_chair_may_create_an_action(
    cache: CacheStore, actions: Actions
) -> None:
    assert not actions.can_create("c-board") and not actions.can_create(None)
    with pytest.raises(DocumentsError) as raised:
        actions.create("c-board", "Préparer le budget", [BOB])
    assert _code(raised) == "not_moderator" and _queued(cache, MutationKind.CREATE_ACTION) == []

    cache.apply_page(page(chair("c-board"), cursor="c3"))
    assert actions.can_create("c-board") and not actions.can_create("c-audit")
    assert not actions.can_create(None)

    _as_secretary(cache)
    assert actions.can_create(None) and actions.can_create("c-audit")


def test_a_created_action_shows_at_once_as_waiting_with_an_app_made_id(
    cache: CacheStore, actions: Actions
) -> None:
    cache.apply_page(page(chair("c-board"), cursor="c3"))

    made = actions.create(
        "c-board",
        "  Préparer le budget 2026 ",
        [BOB, ME],
        due_on=TODAY + timedelta(days=10),
        description="Avec le trésorier.",
        meeting_id="mt-march",
    )

    assert re.fullmatch(r"[0-9a-f]{32}", made.id)
    assert (made.title, made.state, made.status, made.mine) == (
        "Préparer le budget 2026",
        "waiting",
        "open",
        True,
    )
    assert made.assignee_names == ("Bob Durand", "Jeanne Martin")
    assert made.committee_name == "Conseil d'administration"
    [sent] = _queued(cache, MutationKind.CREATE_ACTION)
    assert sent["id"] == made.id and sent["due_on"] == (TODAY + timedelta(days=10)).isoformat()
    assert sent["assignee_ids"] == [BOB, ME] and sent["meeting_id"] == "mt-march"
    assert made.id in [a.id for a in actions.of_meeting("mt-march")]


def test_a_refused_creation_shows_failed_with_the_servers_code(
    cache: CacheStore, actions: Actions
) -> None:
    cache.apply_page(page(chair("c-board"), cursor="c3"))
    made = actions.create("c-board", "Préparer le budget", ["m-gone"])
    _answer(cache, "assignee_invalid", "Cette personne n'est pas membre du comité.")

    found = actions.action(made.id)
    assert found is not None and found.state == "failed"
    assert found.failure_code == "assignee_invalid" and found.failure_message


def test_what_is_typed_is_checked_before_anything_is_queued(
    cache: CacheStore, actions: Actions
) -> None:
    cache.apply_page(page(chair("c-board"), cursor="c3"))
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: actions.create("c-board", "  ", [BOB]), "empty"),
        (lambda: actions.create("c-board", "x" * 201, [BOB]), "too_long"),
        (lambda: actions.create("c-board", "Budget", []), "no_assignees"),
        (lambda: actions.set_status("a-soon", "finished"), "invalid_value"),
        (lambda: actions.set_status("a-nope", "done"), "action_not_found"),
        (lambda: actions.comment("a-soon", " \n "), "empty"),
        (lambda: actions.comment("a-nope", "Fait"), "action_not_found"),
    ]
    for attempt, code in cases:
        with pytest.raises(DocumentsError) as raised:
            attempt()
        assert _code(raised) == code
    assert cache.outbox() == []


def test_a_status_change_with_a_comment_shows_at_once(cache: CacheStore, actions: Actions) -> None:
    changed = actions.set_status("a-late", "done", "Envoyé au commissaire.")

    assert (changed.status, changed.late, changed.state) == ("done", False, "waiting")
    [comment] = changed.comments
    assert (comment.body, comment.status, comment.state) == (
        "Envoyé au commissaire.",
        "done",
        "waiting",
    )
    assert comment.author_id == ME and comment.author_name == "Jeanne Martin"
    [sent] = _queued(cache, MutationKind.UPDATE_ACTION)
    assert sent["comment_id"] == comment.id and sent["status"] == "done"
    assert [a.id for a in actions.mine()] == ["a-soon", "a-nodate", "a-late", "a-done"]


def test_a_status_change_without_a_comment_queues_no_comment(
    cache: CacheStore, actions: Actions
) -> None:
    changed = actions.set_status("a-soon", "in_progress")

    assert changed.status == "in_progress" and changed.comments == ()
    [sent] = _queued(cache, MutationKind.UPDATE_ACTION)
    assert sent["comment_id"] is None and sent["comment"] == ""


def test_someone_not_in_charge_may_not_change_the_status_unless_chair(
    cache: CacheStore, actions: Actions
) -> None:
    with pytest.raises(DocumentsError) as raised:
        actions.set_status("a-bob", "done")
    assert _code(raised) == "not_assignee"

    cache.apply_page(page(chair("c-board"), cursor="c3"))
    assert actions.set_status("a-bob", "cancelled").status == "cancelled"


def test_a_refused_status_change_shows_nothing_but_the_failure(
    cache: CacheStore, actions: Actions
) -> None:
    actions.set_status("a-soon", "done", "C'est fait")
    _answer(cache, "not_assignee", "Vous n'êtes plus en charge de cette action.")

    found = actions.action("a-soon")
    assert found is not None and found.status == "open" and found.state == "failed"
    assert found.failure_code == "not_assignee" and found.comments[0].state == "failed"


def test_a_comment_shows_at_once_after_the_synced_ones_and_once_back_from_the_server(
    cache: CacheStore, actions: Actions
) -> None:
    cache.apply_page(
        page(action("a-soon", comments=[action_comment("ac-1", "Relance faite")]), cursor="c3")
    )

    commented = actions.comment("a-soon", "Merci Bob")

    assert [(c.body, c.state) for c in commented.comments] == [
        ("Relance faite", "sent"),
        ("Merci Bob", "waiting"),
    ]
    _answer(cache)
    mine = commented.comments[1]
    applied = actions.action("a-soon")
    assert applied is not None and [c.state for c in applied.comments] == ["sent", "sent"]
    back = action_comment(mine.id, "Merci Bob", author_id=ME)
    cache.apply_page(
        page(
            action("a-soon", comments=[action_comment("ac-1", "Relance faite"), back]), cursor="c4"
        )
    )
    found = actions.action("a-soon")
    assert found is not None and [c.id for c in found.comments] == ["ac-1", mine.id]


def test_an_action_i_created_does_not_come_back_once_a_later_pull_no_longer_has_it(
    cache: CacheStore, actions: Actions
) -> None:
    cache.apply_page(page(chair("c-board"), cursor="c3"))
    made = actions.create("c-board", "Préparer le budget", [BOB])
    _answer(cache)
    assert [a.state for a in actions.of_committee("c-board") if a.id == made.id] == ["sent"]

    later = datetime.now(UTC) + timedelta(seconds=1)
    cache.apply_page(
        SyncPage(
            changes=[delete("committee", "c-board")],
            next_cursor="c4",
            has_more=False,
            reset=False,
            server_time=later,
        )
    )

    assert actions.action(made.id) is None and actions.of_committee("c-board") == []
