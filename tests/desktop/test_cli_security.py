"""``quorum sync`` headless and device trust: a member with two-step sign-in gives the code
(``QUORUM_OTP``), and a device revoked with a wipe deletes its profile and tells the server."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from desktop.services import stop_logging
from server.db import tables as t
from server.services import devices
from server.services.tx import read
from tests.desktop.test_cli import PASSPHRASE, one_line, sync
from tests.integration.keyrings import NoKeyring
from tests.server import totp_helpers
from tests.serverkit import LiveServer, ServerKit, SmallOrg, make_server


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def live(kit: ServerKit) -> Iterator[LiveServer]:
    with kit.live() as server:
        yield server


@pytest.fixture(autouse=True)
def headless(monkeypatch: pytest.MonkeyPatch, org: SmallOrg) -> Iterator[None]:
    """As in test_cli: no keychain, secrets from the environment, no terminal."""
    monkeypatch.setattr(keyring, "get_keyring", NoKeyring)
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_PASSWORD", org.alice.password)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    yield
    stop_logging()


def test_a_member_with_two_step_sign_in_syncs_headless_with_the_code(
    profile_dir: Path,
    kit: ServerKit,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with kit.client() as client:
        phone, _codes = totp_helpers.enable(client, kit.headers(org.alice))
    assert sync(profile_dir, live.url, org.alice.email) == 1
    _out, err = capsys.readouterr()
    assert "QUORUM_OTP" in one_line(err)  # asked for the code, no terminal to type it

    monkeypatch.setenv("QUORUM_OTP", phone.code())
    assert sync(profile_dir, live.url, org.alice.email) == 0
    out, _err = capsys.readouterr()
    assert "document: 4" in out


def test_a_device_revoked_with_a_wipe_deletes_its_profile_and_tells_the_server(
    profile_dir: Path,
    kit: ServerKit,
    org: SmallOrg,
    live: LiveServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert sync(profile_dir, live.url, org.alice.email) == 0
    capsys.readouterr()
    with read(kit.engine) as conn:
        device_id = conn.execute(
            select(t.devices.c.id).where(t.devices.c.member_id == org.alice.id)
        ).scalar_one()
    devices.revoke(kit.engine, device_id, wipe=True)

    assert sync(profile_dir, live.url, org.alice.email) == 1
    _out, err = capsys.readouterr()
    line = one_line(err)
    assert "deleted and the server was told" in line
    # Only the settings that are no content stay (server address, email: sign in again).
    assert profile_dir.exists() and [p.name for p in profile_dir.iterdir()] == ["settings.json"]
    with read(kit.engine) as conn:
        wiped_at = conn.execute(
            select(t.devices.c.wiped_at).where(t.devices.c.id == device_id)
        ).scalar_one()
    assert wiped_at is not None
    assert PASSPHRASE  # the cache's passphrase is all a thief would need: the file is gone
