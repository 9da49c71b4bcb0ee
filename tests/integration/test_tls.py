"""The app over TLS against a real server (uvicorn in a thread, certified by trustme CAs): it
syncs when the organisation's CA is pinned, and refuses, in words, a certificate it must not
trust (docs/SECURITY.md, "Server address and certificates")."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop import cli
from desktop.cache import DB_FILENAME
from desktop.profile import Profile
from desktop.services import Services, build_services, stop_logging
from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.events import EventListener
from desktop.sync.server_address import (
    CaFileUnusable,
    ServerTrust,
    UntrustedCertificate,
    set_trust,
)
from tests.integration.keyrings import NoKeyring
from tests.integration.tlskit import Authority, TlsLiveServer, authority
from tests.serverkit import ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase de passe du certificat"


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def own_ca(tmp_path: Path) -> Authority:
    return authority(tmp_path, "mutuelle-ca")


@pytest.fixture
def other_ca(tmp_path: Path) -> Authority:
    return authority(tmp_path, "autre-ca")


@pytest.fixture
def server(kit: ServerKit, org: SmallOrg, own_ca: Authority, tmp_path: Path) -> Iterator[str]:
    with TlsLiveServer(kit.app, own_ca, tmp_path) as live:
        yield live.url


@pytest.fixture(autouse=True)
def system_trust_afterwards() -> Iterator[None]:
    yield
    set_trust(ServerTrust())
    stop_logging()


def services_pinning(tmp_path: Path, url: str, ca_file: Path | None) -> Services:
    profile = Profile(tmp_path / "profile")
    settings = profile.load_settings()
    settings.ca_file = str(ca_file) if ca_file else ""
    profile.save_settings(settings)
    return build_services(profile, url, passphrase=PASSPHRASE)


def test_app_signs_in_and_syncs_when_the_organisations_ca_is_pinned(
    tmp_path: Path, server: str, org: SmallOrg, own_ca: Authority
) -> None:
    services = services_pinning(tmp_path, server, own_ca.pem)
    try:
        services.engine.sign_in(org.alice.email, org.alice.password, "tests")
        report = services.engine.sync()
        counts = services.store.counts()
    finally:
        services.close()

    assert sum(report.applied.values()) > 0
    assert counts["member"] >= 3


def test_a_server_certified_by_an_unknown_ca_is_refused_with_a_clear_error(
    tmp_path: Path, server: str, org: SmallOrg
) -> None:
    services = services_pinning(tmp_path, server, None)  # the system's authorities only
    try:
        with pytest.raises(UntrustedCertificate) as refused:
            services.engine.sign_in(org.alice.email, org.alice.password, "tests")
        token = services.store.token()
    finally:
        services.close()

    assert refused.value.code == "untrusted_certificate"
    assert refused.value.address == server
    assert token is None


def test_a_pinned_ca_refuses_a_server_certified_by_another_ca(
    tmp_path: Path, server: str, org: SmallOrg, other_ca: Authority
) -> None:
    services = services_pinning(tmp_path, server, other_ca.pem)
    try:
        with pytest.raises(UntrustedCertificate):
            services.engine.sign_in(org.alice.email, org.alice.password, "tests")
    finally:
        services.close()


def test_an_unusable_ca_file_is_refused_as_such_not_as_an_offline_server(
    tmp_path: Path, server: str, org: SmallOrg
) -> None:
    not_a_certificate = tmp_path / "lisez-moi.pem"
    not_a_certificate.write_text("ceci n'est pas un certificat\n", encoding="utf-8")
    services = services_pinning(tmp_path, server, not_a_certificate)
    try:
        with pytest.raises(CaFileUnusable) as refused:
            services.engine.sign_in(org.alice.email, org.alice.password, "tests")
    finally:
        services.close()

    assert refused.value.path == str(not_a_certificate)


@pytest.mark.parametrize("pinned_is_own", [True, False])
def test_the_event_stream_trusts_only_the_pinned_ca(
    tmp_path: Path,
    kit: ServerKit,
    server: str,
    org: SmallOrg,
    own_ca: Authority,
    other_ca: Authority,
    pinned_is_own: bool,
) -> None:
    token = kit.token(org.alice)
    set_trust(ServerTrust.of(str(own_ca.pem if pinned_is_own else other_ca.pem)))
    listener = EventListener(server, lambda: token, lambda: None)
    listener.start()
    try:
        connected = listener.wait_connected(3.0 if pinned_is_own else 1.0)
    finally:
        listener.stop()

    assert connected is pinned_is_own


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch, org: SmallOrg) -> None:
    monkeypatch.setattr(keyring, "get_keyring", NoKeyring)
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_PASSWORD", org.alice.password)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def quorum(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.mark.usefixtures("headless")
def test_headless_sync_with_ca_file_works_and_the_pin_is_remembered(
    tmp_path: Path,
    server: str,
    org: SmallOrg,
    own_ca: Authority,
    capsys: pytest.CaptureFixture[str],
) -> None:
    profile = tmp_path / "profile"
    first = quorum(
        "--profile", str(profile), "--ca-file", str(own_ca.pem),
        "sync", "--server", server, "--user", org.alice.email,
    )  # fmt: skip
    again = quorum("--profile", str(profile), "sync")

    out = capsys.readouterr()
    assert (first, again) == (0, 0), out.err
    assert "member: " in out.out
    assert Profile(profile).load_settings().ca_file == str(own_ca.pem.resolve())


@pytest.mark.usefixtures("headless")
def test_headless_sync_without_the_ca_says_the_certificate_is_not_trusted(
    tmp_path: Path, server: str, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    code = quorum(
        "--profile", str(tmp_path / "profile"), "sync", "--server", server,
        "--user", org.alice.email,
    )  # fmt: skip

    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "could not prove its identity" in err and "--ca-file" in err
    assert "does not answer" not in err


@pytest.mark.usefixtures("headless")
def test_headless_ca_file_that_is_no_certificate_is_refused_before_anything(
    tmp_path: Path, server: str, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"\x00\x01 rien")
    profile = tmp_path / "profile"

    code = quorum("--profile", str(profile), "--ca-file", str(junk), "sync", "--server", server)

    assert code == 1
    assert "is not a certificate file" in capsys.readouterr().err
    assert Profile(profile).load_settings().ca_file == ""


@pytest.mark.usefixtures("headless")
def test_headless_sync_refuses_a_plain_http_server_of_another_computer_in_one_line(
    tmp_path: Path, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile"
    code = quorum(
        "--profile", str(profile), "sync", "--server", "http://quorum.example.org",
        "--user", org.alice.email,
    )  # fmt: skip

    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "http://quorum.example.org is not a secure address" in err
    assert not (profile / DB_FILENAME).exists()  # refused before opening anything


def test_a_client_given_its_own_ca_file_trusts_that_one_whatever_the_process_trust(
    server: str, own_ca: Authority, other_ca: Authority
) -> None:
    set_trust(ServerTrust.of(str(other_ca.pem)))
    with build_http_client(server, ca_file=str(own_ca.pem)) as pinned:
        health = ApiClient(pinned).health()
    with build_http_client(server, ca_file="") as system, pytest.raises(UntrustedCertificate):
        ApiClient(system).health()

    assert health.status == "ok"
