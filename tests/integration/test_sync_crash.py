"""A sync cut short by a crash resumes without losing or repeating anything."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.cache import pages as cache_pages
from desktop.sync.status import SyncState
from server.services import organisation
from tests.integration.conftest import PAGE_LIMIT, MakeDesktop, snapshot
from tests.serverkit import ServerKit, SmallOrg


class PowerCut(Exception):
    pass


def test_a_crash_between_applying_a_page_and_saving_its_cursor_loses_and_repeats_nothing(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    store = alice.store
    save_cursor = cache_pages.store_position  # the last step of the page's transaction
    pages = 0

    def cut_on_second_page(*args: Any) -> None:
        nonlocal pages
        pages += 1
        if pages == 2:
            raise PowerCut("the battery died after the changes, before the cursor")
        save_cursor(*args)

    monkeypatch.setattr(cache_pages, "store_position", cut_on_second_page)
    with pytest.raises(PowerCut):
        alice.engine.sync()
    assert alice.engine.status().state is SyncState.ERROR
    monkeypatch.undo()
    # What survived is exactly page 1 and its cursor: nothing of page 2 was half-written.
    one_page = make_desktop("one-page")
    one_page.sign_in(org.alice)
    token = one_page.store.token()
    assert token is not None
    one_page.store.apply_page(one_page.engine_api().pull(token, None, PAGE_LIMIT))
    assert snapshot(store) == snapshot(one_page.store)
    assert store.cursor() is not None

    alice.restart()
    report = alice.engine.sync()

    clean = make_desktop("clean")
    clean.sign_in(org.alice)
    clean.engine.sync()
    assert snapshot(alice.store) == snapshot(clean.store)
    assert not report.reset
    assert alice.engine.status().state is SyncState.ONLINE


def test_a_failure_on_the_second_page_keeps_the_first_and_the_next_sync_completes(
    org: SmallOrg, make_desktop: MakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    store = alice.store
    apply_page = store.apply_page
    calls = 0

    def failing_second(page: Any) -> dict[str, int]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise PowerCut("disk full")
        return apply_page(page)

    monkeypatch.setattr(store, "apply_page", failing_second)
    with pytest.raises(PowerCut):
        alice.engine.sync()
    after_one_page = store.counts()
    monkeypatch.undo()
    alice.engine.sync()

    clean = make_desktop("clean")
    clean.sign_in(org.alice)
    clean.engine.sync()
    assert sum(after_one_page.values()) < sum(clean.store.counts().values())
    assert snapshot(alice.store) == snapshot(clean.store)


def test_what_arrived_before_a_sync_stopped_is_searchable_at_once(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A newcomer after the documents: their page comes after the page of documents.
    organisation.add_member(
        kit.engine, "nouvelle@example.org", "Nouvelle", "pw-1234567890", passwords=kit.passwords
    )
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    store = alice.store
    save_cursor = cache_pages.store_position
    searchable_page_done = False

    def cut_after_a_searchable_page(conn: Any, page: Any) -> None:
        nonlocal searchable_page_done
        if searchable_page_done:
            raise PowerCut("the network dropped after documents arrived")
        noted = conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        searchable_page_done = noted > 0
        save_cursor(conn, page)

    monkeypatch.setattr(cache_pages, "store_position", cut_after_a_searchable_page)
    with pytest.raises(PowerCut):
        alice.engine.sync()
    assert searchable_page_done
    assert store.search_pending() == 0  # indexed although the sync stopped
    assert store._db().execute("SELECT count(*) FROM search_item").fetchone()[0] > 0
