"""``quorum``, the command line: a headless sync against a live server, and clear failures."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop import cli
from desktop.cache import CacheStore, KeyStore
from desktop.profile import Profile
from desktop.services import stop_logging
from desktop.sync.engine import SyncEngine
from tests.integration.keyrings import MemoryKeyring, NoKeyring
from tests.serverkit import LiveServer, ServerKit, SmallOrg, make_server

PASSPHRASE = "la clé du train de 7h12"
KINDS = (
    "committee",
    "document",
    "member",
    "membership",
    "read_receipt",
    "motion",
    "proxy",
    "participation",
    "motion_event",
    "outbox_pending",
)


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


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture(autouse=True)
def headless(monkeypatch: pytest.MonkeyPatch, org: SmallOrg) -> None:
    """No keychain, the cache passphrase and Alice's password in the environment, and stdin
    that is not a terminal (nothing may wait for typing)."""
    monkeypatch.setattr(keyring, "get_keyring", NoKeyring)
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_PASSWORD", org.alice.password)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture(autouse=True)
def close_the_log_file() -> Iterator[None]:
    yield
    stop_logging()


def sync(profile_dir: Path, server: str, user: str) -> int:
    return cli.main(["sync", "--server", server, "--user", user, "--profile", str(profile_dir)])


def count_lines(out: str) -> dict[str, int]:
    found = {}
    for line in out.splitlines():
        kind, _, count = line.partition(": ")
        found[kind] = int(count)
    return found


def cache_counts(profile_dir: Path) -> dict[str, int]:
    key = KeyStore(profile_dir, backend=NoKeyring()).key_for(PASSPHRASE)
    store = CacheStore.open(profile_dir, key)
    try:
        return store.counts()
    finally:
        store.close()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_quorum_sync_prints_one_kind_count_line_per_kind_and_exits_0(
    profile_dir: Path, org: SmallOrg, live: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code = sync(profile_dir, live.url, org.alice.email)

    out, err = capsys.readouterr()
    assert code == 0, err
    counts = count_lines(out)
    assert tuple(counts) == KINDS
    assert counts["committee"] == 1 and counts["document"] == 4
    assert counts == cache_counts(profile_dir)
    assert err == ""
    log = Profile(profile_dir).log_file.read_text(encoding="utf-8")
    for secret in (org.alice.password, PASSPHRASE, *org.sentences.values()):
        assert secret not in log


def test_quorum_sync_with_the_server_stopped_fails_in_one_line_and_keeps_the_cache(
    profile_dir: Path, org: SmallOrg, kit: ServerKit, capsys: pytest.CaptureFixture[str]
) -> None:
    with kit.live() as live:
        assert sync(profile_dir, live.url, org.alice.email) == 0
        url = live.url
    held = count_lines(capsys.readouterr().out)

    code = sync(profile_dir, url, org.alice.email)

    out, err = capsys.readouterr()
    assert code == 1
    assert "does not answer" in one_line(err)
    assert out == ""
    assert cache_counts(profile_dir) == held


def test_quorum_sync_remembers_the_server_and_the_member(
    profile_dir: Path, org: SmallOrg, live: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(profile_dir, live.url, org.alice.email) == 0
    first = capsys.readouterr().out

    assert cli.main(["--profile", str(profile_dir), "sync"]) == 0

    assert capsys.readouterr().out == first


def test_quorum_sync_as_another_member_replaces_the_first_members_content(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert sync(profile_dir, live.url, org.alice.email) == 0
    monkeypatch.setenv("QUORUM_PASSWORD", org.sara.password)

    assert sync(profile_dir, live.url, org.sara.email) == 0

    out = capsys.readouterr().out.split("committee: ")[-1]
    assert count_lines("committee: " + out)["committee"] == 2


def test_a_first_sync_without_a_server_fails_in_one_line(
    profile_dir: Path, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    code = sync(profile_dir, "http://127.0.0.1:9", org.alice.email)

    assert code == 1
    assert "does not answer" in one_line(capsys.readouterr().err)


def test_a_wrong_password_fails_in_one_line(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QUORUM_PASSWORD", "not her password")

    code = sync(profile_dir, live.url, org.alice.email)

    assert code != 0
    assert "password is wrong" in one_line(capsys.readouterr().err)


def test_without_a_password_or_a_terminal_it_says_to_set_quorum_password(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("QUORUM_PASSWORD")

    assert sync(profile_dir, live.url, org.alice.email) != 0
    assert "QUORUM_PASSWORD" in one_line(capsys.readouterr().err)


def test_a_locked_cache_suggests_quorum_reset_cache(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert sync(profile_dir, live.url, org.alice.email) == 0
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "another passphrase")

    code = sync(profile_dir, live.url, org.alice.email)

    assert code != 0
    assert "quorum reset-cache" in one_line(capsys.readouterr().err)


def test_without_keychain_or_passphrase_and_no_terminal_it_says_to_set_the_variable(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("QUORUM_CACHE_PASSPHRASE")

    code = sync(profile_dir, live.url, org.alice.email)

    assert code != 0
    assert "QUORUM_CACHE_PASSPHRASE" in one_line(capsys.readouterr().err)
    assert not (profile_dir / "cache.db").exists()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_passphrase_and_password_are_asked_for(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("QUORUM_CACHE_PASSPHRASE")
    monkeypatch.delenv("QUORUM_PASSWORD")
    monkeypatch.setattr(sys, "stdin", Terminal())
    prompts: list[str] = []
    answers = {"Cache passphrase: ": PASSPHRASE, "Again: ": PASSPHRASE}

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.get(prompt, org.alice.password)

    monkeypatch.setattr("getpass.getpass", typed)

    code = sync(profile_dir, live.url, org.alice.email)

    assert code == 0, capsys.readouterr().err
    assert prompts == ["Cache passphrase: ", "Again: ", f"Password for {org.alice.email}: "]
    assert cache_counts(profile_dir)["document"] == 4


def test_with_a_keychain_no_passphrase_is_needed(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keychain = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: keychain)
    monkeypatch.delenv("QUORUM_CACHE_PASSPHRASE")

    assert sync(profile_dir, live.url, org.alice.email) == 0
    assert keychain.secrets
    assert count_lines(capsys.readouterr().out)["document"] == 4


def test_reset_cache_with_yes_deletes_the_cache_and_its_key(
    profile_dir: Path, org: SmallOrg, live: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(profile_dir, live.url, org.alice.email) == 0

    assert cli.main(["reset-cache", "--profile", str(profile_dir), "--yes"]) == 0

    assert not (profile_dir / "cache.db").exists()
    assert KeyStore(profile_dir, backend=NoKeyring()).mode is None
    assert sync(profile_dir, live.url, org.alice.email) == 0  # and everything comes back
    assert count_lines(capsys.readouterr().out.split("deleted.\n")[-1])["document"] == 4


def test_reset_cache_without_yes_and_no_terminal_deletes_nothing(
    profile_dir: Path, org: SmallOrg, live: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(profile_dir, live.url, org.alice.email) == 0

    assert cli.main(["reset-cache", "--profile", str(profile_dir)]) != 0

    assert "--yes" in one_line(capsys.readouterr().err)
    assert (profile_dir / "cache.db").exists()


def test_an_unexpected_failure_is_one_line_and_its_details_go_to_the_log(
    profile_dir: Path,
    org: SmallOrg,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(self: SyncEngine) -> None:
        raise RuntimeError("a bug in the engine")

    monkeypatch.setattr(SyncEngine, "sync", broken)

    code = sync(profile_dir, live.url, org.alice.email)

    assert code == 1
    line = one_line(capsys.readouterr().err)
    assert "RuntimeError" in line and str(Profile(profile_dir).log_file) in line
    log = Profile(profile_dir).log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "a bug in the engine" in log
    assert org.alice.password not in log


def test_no_subcommand_opens_the_app_with_the_prefills(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, str | None, str | None]] = []

    def run_app(
        profile: Profile,
        server_url: str | None = None,
        email: str | None = None,
        invitation: tuple[str, str] | None = None,
    ) -> int:
        calls.append((profile.path, server_url, email))
        return 7

    fake = types.ModuleType("desktop.app")
    fake.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.app", fake)

    argv = ["--profile", str(profile_dir), "--server", "https://q.example.org", "--user", "a@b.fr"]
    assert cli.main(argv) == 7
    assert cli.main([*argv, "app"]) == 7
    assert calls == [(profile_dir.resolve(), "https://q.example.org", "a@b.fr")] * 2


def test_python_m_desktop_fails_without_a_traceback(profile_dir: Path) -> None:
    env = dict(
        os.environ,
        QUORUM_CACHE_PASSPHRASE=PASSPHRASE,
        QUORUM_PASSWORD="whatever",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    argv = ["sync", "--server", "http://127.0.0.1:9", "--user", "a@b.fr"]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile_dir), *argv],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 1
    assert "does not answer" in one_line(done.stderr)


@pytest.mark.parametrize("email", ["ab", "  "])
def test_a_malformed_email_or_password_fails_in_one_line_and_the_log_holds_no_password(
    profile_dir: Path,
    live: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    email: str,
) -> None:
    too_long = "correct-horse-battery-staple-" * 40  # over the protocol's 1024 characters
    monkeypatch.setenv("QUORUM_PASSWORD", too_long)

    code = sync(profile_dir, live.url, email)

    line = one_line(capsys.readouterr().err)
    assert code == 1
    assert "unexpectedly" not in line and "ValidationError" not in line
    log = Profile(profile_dir).log_file.read_text(encoding="utf-8")
    assert "correct-horse" not in log


@pytest.mark.parametrize("server", ["http://[::1", "ftp://example.org", "example.org"])
def test_a_server_address_that_is_not_one_is_said_so_in_one_line(
    profile_dir: Path, org: SmallOrg, capsys: pytest.CaptureFixture[str], server: str
) -> None:
    code = sync(profile_dir, server, org.alice.email)

    assert code == 1
    assert "not a server address" in one_line(capsys.readouterr().err)
