"""A member's first sync, and the syncs after it."""

from __future__ import annotations

import pytest

from desktop.sync.errors import ApiError
from desktop.sync.status import SyncState
from tests.integration.conftest import MakeDesktop
from tests.serverkit import ServerKit, SmallOrg


def test_first_sync_brings_the_members_committees_and_documents_and_nothing_of_others(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)

    report = alice.engine.sync()

    store = alice.store
    assert [c.id for c in store.committees()] == [org.committee_a.id]
    assert {d.id for d in store.documents(org.committee_a.id)} == {
        org.documents["a1"].id,
        org.documents["a2"].id,
    }
    assert {d.id for d in store.documents(None)} == {
        org.documents["org1"].id,
        org.documents["org2"].id,
    }
    a1 = store.document(org.documents["a1"].id)
    assert a1 is not None and org.sentences["a1"] in a1.body
    # Nothing of committee B: not its documents, not the committee itself.
    assert store.documents(org.committee_b.id) == []
    for key in ("b1", "b2"):
        assert store.document(org.documents[key].id) is None
    assert store.counts()["document"] == 4
    assert store.counts()["committee"] == 1
    assert store.organisation_name() == org.organisation.name
    assert report.pages > 1  # the small page limit makes it cross pages
    assert report.applied["document"] == 4
    status = alice.engine.status()
    assert status.state is SyncState.ONLINE
    assert status.last_sync is not None and status.reason_code is None


def test_a_later_sync_brings_only_what_changed(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()

    nothing = alice.engine.sync()
    kit.publish("Ordre du jour", "Séance du 3 avril.", org.committee_a.id, author=org.sara)
    kit.publish("Rapport B", "Pas pour Alice.", org.committee_b.id, author=org.sara)
    later = alice.engine.sync()

    assert nothing.applied == {} and not nothing.reset
    assert later.applied == {"document": 1}
    titles = [d.title for d in alice.store.documents(org.committee_a.id)]
    assert "Ordre du jour" in titles and "Rapport B" not in titles


def test_signing_in_as_another_member_forgets_the_first_members_content(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    shared = make_desktop("shared-computer")
    shared.sign_in(org.alice)
    shared.engine.sync()
    assert shared.engine.needs_sign_in(org.bob.email)

    shared.sign_in(org.bob)
    assert shared.store.documents(org.committee_a.id) == []
    shared.engine.sync()

    assert [c.id for c in shared.store.committees()] == [org.committee_b.id]
    assert shared.store.document(org.documents["a1"].id) is None
    assert shared.store.document(org.documents["b1"].id) is not None


def test_wrong_password_leaves_the_member_signed_out_with_the_code(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    with pytest.raises(ApiError) as caught:
        alice.engine.sign_in(org.alice.email, "not her password", "tests")

    assert caught.value.code == "invalid_credentials"
    status = alice.engine.status()
    assert status.state is SyncState.SIGNED_OUT
    assert status.reason_code == "invalid_credentials"
    assert alice.store.token() is None
    assert alice.engine.needs_sign_in(org.alice.email)
