"""A device the secretariat signed out stops syncing but keeps what it holds readable."""

from __future__ import annotations

import pytest

from desktop.sync.errors import AuthRequired
from desktop.sync.status import SyncState
from tests.integration.conftest import MakeDesktop
from tests.serverkit import ServerKit, SmallOrg


def test_a_revoked_device_is_signed_out_and_its_content_stays_readable(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    account = alice.sign_in(org.alice)
    alice.engine.sync()
    held = alice.store.counts()

    kit.revoke_device(account.device_id)
    with pytest.raises(AuthRequired) as caught:
        alice.engine.sync()

    assert caught.value.code == "device_revoked"
    status = alice.engine.status()
    assert status.state is SyncState.SIGNED_OUT
    assert status.reason_code == "device_revoked"
    assert alice.engine.next_delay() is None  # no retry loop: the member must sign in
    assert alice.store.token() is None
    assert alice.engine.needs_sign_in()
    assert alice.store.counts() == held
    a1 = alice.store.document(org.documents["a1"].id)
    assert a1 is not None and org.sentences["a1"] in a1.body

    alice.restart()
    assert alice.engine.status().state is SyncState.SIGNED_OUT
    with pytest.raises(AuthRequired):
        alice.engine.sync()  # without a token nothing is sent
    alice.sign_in(org.alice)  # a new device for the same member keeps the cache
    assert alice.store.counts() == held
    alice.engine.sync()
    assert alice.engine.status().state is SyncState.ONLINE


def test_signing_out_forgets_the_token_on_both_sides_and_keeps_the_content(
    kit: ServerKit, org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    alice.engine.sync()
    token = alice.store.token()
    assert token is not None

    alice.engine.sign_out()

    assert alice.store.token() is None
    assert alice.engine.status().state is SyncState.SIGNED_OUT
    assert alice.store.document(org.documents["a1"].id) is not None
    with pytest.raises(AuthRequired):
        alice.engine_api().me(token)  # the server no longer takes it
