"""An app too new or too old for its server is told so, not left guessing."""

from __future__ import annotations

import pytest

from desktop.sync import api
from desktop.sync.errors import ProtocolMismatch
from desktop.sync.status import SyncState
from tests.integration.conftest import MakeDesktop
from tests.serverkit import SmallOrg


def test_a_protocol_the_server_does_not_speak_is_a_protocol_mismatch_shown_as_an_error(
    org: SmallOrg, make_desktop: MakeDesktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = make_desktop("alice")
    alice.sign_in(org.alice)
    monkeypatch.setattr(api, "PROTOCOL_VERSION", 99)  # an app from the future

    with pytest.raises(ProtocolMismatch):
        alice.engine.sync()

    status = alice.engine.status()
    assert status.state is SyncState.ERROR
    assert status.reason_code == "unsupported_protocol"
    assert alice.store.token() is not None  # nothing to do with the account
