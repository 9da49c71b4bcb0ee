"""A backup restored into an empty database, served again at the same address: a fresh app
signs in and syncs everything (a PDF's bytes included), and the app that synced against the
original server starts over cleanly.

Why the old app resets rather than carrying on: ``restore`` gives the change log a new
``log_id`` (see ``server.services.backup``), so the old cursor is from another log and the
server answers a ``reset`` page. Carrying on would be wrong whenever the app pulled rows
written after the backup: the restored log ends before them, and the seqs it hands out next
would name other rows. The app clears its synced tables and refills them in one transaction;
its token and its outbox still work (the device was in the backup).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from desktop.cache import CacheKey, CacheStore
from desktop.cache.document_records import COMPLETE
from desktop.cache.files import FileStore
from desktop.core.board_files import BoardFiles
from desktop.sync.api import ApiClient
from desktop.sync.engine import SyncEngine
from desktop.sync.files import FileDownloader
from protocol.documents import DocumentPublishRequest
from server import cli
from server.embedded import LiveServer
from server.services import publishing
from tests.integration.conftest import server_rows, snapshot
from tests.server.pdfs import make_pdf
from tests.serverkit import Account, ServerKit, make_server


@dataclass
class App:
    """One member's desktop app against a server URL."""

    http: httpx.Client
    store: CacheStore
    engine: SyncEngine
    board: BoardFiles

    @classmethod
    def open(cls, profile: Path, url: str) -> App:
        http = httpx.Client(base_url=url, timeout=30)
        store = CacheStore.open(profile, CacheKey.generate())
        files = FileStore(store)
        board = BoardFiles(files, FileDownloader(http, files, store.token))
        return cls(http, store, SyncEngine(ApiClient(http), store, url), board)

    def close(self) -> None:
        self.http.close()
        self.store.close()


@pytest.fixture
def apps() -> Iterator[list[App]]:
    made: list[App] = []
    yield made
    for app in made:
        app.close()


def _publish_pdf(kit: ServerKit, data: bytes, committee_id: str) -> tuple[str, str]:
    uploaded = publishing.store_file(kit.engine, data, None)
    request = DocumentPublishRequest(
        title="Rapport annuel", committee_id=committee_id, file_sha256=uploaded.file.sha256
    )
    document = publishing.publish(kit.engine, None, request)
    return document.id, uploaded.file.sha256


def _run(*argv: str) -> None:
    assert cli.main(list(argv)) == 0


def _titles(app: App) -> set[str]:
    return {d.title for place in (None, *(c.id for c in app.store.committees()))
            for d in app.store.documents(place)}  # fmt: skip


def test_a_restored_backup_serves_a_fresh_app_everything_and_the_old_app_starts_over(
    tmp_path: Path, apps: list[App], capsys: pytest.CaptureFixture[str]
) -> None:
    original = make_server(tmp_path, "original")
    org = original.seed_small_org()
    alice: Account = org.alice
    pdf = make_pdf(["Rapport annuel du conseil", "Annexe financière"])
    pdf_document, sha256 = _publish_pdf(original, pdf, org.committee_a.id)
    a1 = org.documents["a1"].id
    backup_file = tmp_path / "sauvegarde.db"

    with original.live() as live:
        old = App.open(tmp_path / "old", live.url)
        apps.append(old)
        old.engine.sign_in(alice.email, alice.password, "portable")
        old.engine.sync()
        assert old.store.mark_read(a1, datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
        old.engine.sync()  # the receipt reaches the server before the backup
        assert old.board.download([sha256])[0].status == COMPLETE
        before = snapshot(old.store)
        titles_before = _titles(old)
        # The backup is taken while the server runs, then the server writes on.
        _run("backup", str(backup_file), "--database", original.settings.database_url)
        original.publish("Écrit après la sauvegarde", "Perdu à la restauration.", None)
        old.engine.sync()
        assert "Écrit après la sauvegarde" in _titles(old)
        port = live.port
    original.close()

    restored_url = f"sqlite:///{tmp_path / 'restored.db'}"
    assert not (tmp_path / "restored.db").exists()  # an empty, new database
    _run("restore", str(backup_file), "--database", restored_url)
    capsys.readouterr()
    restored = make_server(tmp_path, "restored")
    try:
        with LiveServer(restored.app, port=port) as again:  # the same address as before
            # The restored server writes on before any app comes back: its new rows take seqs
            # the old app has already seen (with other content) on the original server.
            for n in range(3):
                restored.publish(f"Écrit après la restauration {n}", "Nouveau.", None)
            fresh = App.open(tmp_path / "fresh", again.url)
            apps.append(fresh)
            fresh.engine.sign_in(alice.email, alice.password, "nouveau portable")
            fresh.engine.sync()
            assert snapshot(fresh.store)["committees"] == before["committees"]
            assert _titles(fresh) == titles_before | {
                f"Écrit après la restauration {n}" for n in range(3)
            }
            assert pdf_document in {d.id for d in fresh.store.documents(org.committee_a.id)}
            assert fresh.board.download([sha256])[0].status == COMPLETE
            assert fresh.board.read(sha256) == pdf

            report = old.engine.sync()  # its token is in the backup; its cursor is not valid

            assert report.reset
            assert "Écrit après la sauvegarde" not in _titles(old)
            assert snapshot(old.store) == snapshot(fresh.store)
            assert not old.engine.sync().reset  # the new cursor is a good one
            # The old app's outbox keeps working against the restored server.
            a2 = org.documents["a2"].id
            assert old.store.mark_read(a2, datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
            assert old.engine.sync().pushed == 1
        receipts = server_rows(
            restored,
            "SELECT document_id FROM read_receipts WHERE member_id = :m ORDER BY document_id",
            m=alice.id,
        )
        assert {row[0] for row in receipts} == {a1, a2}
    finally:
        restored.close()
