"""``quorum search`` keeps the app's rules (docs/SECURITY.md): past the organisation's offline
limit it deletes this computer's data, as the app does at start, and while the app is locked it
reads nothing; one line says which. Real server for the sync, real SQLCipher cache."""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import keyring
import pytest

from desktop import cli
from desktop.cache import CacheStore
from desktop.cache.keys import KeyStore
from desktop.profile import Profile
from desktop.services import stop_logging
from tests.integration.keyrings import NoKeyring
from tests.serverkit import ServerKit, SmallOrg

PASSPHRASE = "le mot de passe du cache de test"


@pytest.fixture(autouse=True)
def headless(monkeypatch: pytest.MonkeyPatch, org: SmallOrg) -> Iterator[None]:
    monkeypatch.setattr(keyring, "get_keyring", NoKeyring)
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_PASSWORD", org.alice.password)
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    yield
    stop_logging()


def synced(
    tmp_path: Path, kit: ServerKit, org: SmallOrg, max_offline_days: int | None
) -> tuple[Path, str]:
    """Alice synced once under a policy allowing ``max_offline_days`` offline."""
    profile_dir = tmp_path / "alice"
    with kit.live() as live:
        httpx.put(
            f"{live.url}/v1/security/policy",
            json={"max_offline_days": max_offline_days},
            headers=kit.headers(org.sara),
        ).raise_for_status()
        argv = ["sync", "--server", live.url, "--user", org.alice.email]
        assert cli.main([*argv, "--profile", str(profile_dir)]) == 0
        url = live.url
    return profile_dir, url


def with_cache(profile_dir: Path) -> CacheStore:
    return CacheStore.open(profile_dir, KeyStore(profile_dir).key_for(PASSPHRASE))


def search(profile_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["search", "cotisations", "--profile", str(profile_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def test_quorum_search_past_the_offline_limit_deletes_the_data_and_says_why(
    tmp_path: Path, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    profile_dir, url = synced(tmp_path, kit, org, max_offline_days=10)
    code, out, _ = search(profile_dir, capsys)
    assert code == 0 and out.startswith("document\t")  # within the limit
    store = with_cache(profile_dir)
    store.record_online(datetime.now(UTC) - timedelta(days=11))
    store.close()

    code, out, err = search(profile_dir, capsys)

    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "more than 10 days" in err
    assert "was deleted" in err
    assert [p.name for p in profile_dir.iterdir()] == ["settings.json"]
    settings = Profile(profile_dir).load_settings()
    assert settings.server_url == url and settings.email == org.alice.email


def test_quorum_search_refuses_while_the_app_is_locked(
    tmp_path: Path, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    profile_dir, _ = synced(tmp_path, kit, org, max_offline_days=None)
    store = with_cache(profile_dir)
    store.set_locked(True)  # the app locked (a restart does not unlock it)
    store.close()

    code, out, err = search(profile_dir, capsys)

    assert code == 1 and out == ""
    assert err.strip() == "quorum: Quorum is locked: unlock it in the app, then search again."
    assert (profile_dir / "cache.db").exists()  # locked, not wiped

    store = with_cache(profile_dir)
    store.record_unlocked()
    store.close()
    code, out, _ = search(profile_dir, capsys)
    assert code == 0 and out.startswith("document\t")
