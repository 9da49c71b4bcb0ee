"""The version policy, app side, against a real server: an app older than the server accepts
stops syncing, says it must be updated and where, and keeps reading its cache; the status
never schedules another sync; `quorum sync` says it in one line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.cli_words import error_line
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.sync import api as sync_api
from desktop.sync.errors import AppTooOld
from desktop.ui.errors import error_text
from desktop.ui.i18n import install_translations
from server.api import create_app
from tests.serverkit import LiveServer, ServerKit, SmallOrg, make_server

UPDATE = "https://intranet.mutuelle.example/quorum"
PASSPHRASE = "phrase secrète de test"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[SmallOrg, LiveServer]]:
    base = make_server(tmp_path)
    org = base.seed_small_org()
    settings = replace(base.settings, update_url=UPDATE)
    kit = ServerKit(settings, base.engine, create_app(settings, engine=base.engine))
    with kit.live() as server:
        yield org, server
    base.close()


@pytest.fixture
def services(tmp_path: Path, world: tuple[SmallOrg, LiveServer]) -> Iterator[Services]:
    opened = build_services(Profile(tmp_path / "profile"), world[1].url, passphrase=PASSPHRASE)
    yield opened
    opened.close()


def test_the_app_version_is_the_package_version() -> None:
    from importlib.metadata import version

    assert __version__ == version("quorum")


def test_an_outdated_app_stops_syncing_says_where_to_update_and_keeps_its_cache(
    services: Services,
    world: tuple[SmallOrg, LiveServer],
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    org, _server = world
    engine = services.engine
    engine.sign_in(org.alice.email, org.alice.password, "tests")
    engine.sync()
    documents = services.store.counts()["document"]
    assert documents > 0

    monkeypatch.setattr(sync_api, "__version__", "0.0.9")  # older than the server's 0.1.0
    with pytest.raises(AppTooOld) as raised:
        engine.sync()
    error: Any = raised.value
    assert error.minimum == "0.1.0" and error.update_url == UPDATE
    status = engine.status()
    assert status.reason_code == "app_too_old"
    assert engine.next_delay() is None  # no automatic sync until the app is updated
    assert services.store.counts()["document"] == documents  # still readable
    assert services.store.token() is not None  # nothing forgotten: updating is enough

    install_translations(qapp, "fr")
    try:
        summary, advice = error_text(error)
    finally:
        install_translations(qapp, "en")
    assert (
        summary
        == "Cette version de Quorum est trop ancienne pour le serveur de votre organisation."
    )
    assert advice.endswith(f"Elle est disponible ici : {UPDATE}")
    line = error_line(error)
    assert "needs 0.1.0 or later" in line and UPDATE in line


def test_the_answer_alone_tells_an_app_it_is_outdated(
    services: Services, world: tuple[SmallOrg, LiveServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an answer the server gives any app (health) carries the minimum."""
    monkeypatch.setattr(sync_api, "__version__", "0.0.1")
    with pytest.raises(AppTooOld):
        services.api.health()
