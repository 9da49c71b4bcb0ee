"""Nothing synced ever reaches the disk in clear, in any file of the profile folder."""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import sqlite3
from pathlib import Path

from keyring.backends import fail

from desktop.cache import CacheKey, CacheStore, open_database
from desktop.cache.keys import KeyStore
from protocol.models import SyncPage
from tests.desktop.conftest import account, committee, delete, document, membership, page, upsert

SENTENCES = [
    "The treasurer proposes selling the orchard at Saint-Cirq for one euro",
    "Le directeur envisage de fermer l'agence de Figeac avant l'été",
    "Confidential: the merger talks with Mutuelle Horizon resume on Tuesday",
    "Annex B lists the three delegates suspected of proxy irregularities",
]
TOKEN = "qrm-session-7f3a9c1e-d0b2-4e55-a1f8-bearer-token"


def _sentence_pages() -> list[SyncPage]:
    first = page(
        upsert("organisation", {"id": "org", "name": "Mutuelle des Tilleuls"}),
        committee("c-board", "Board", "board", description=SENTENCES[0]),
        membership("c-board"),
        document("d-1", "c-board", "Strategy", 1, body=f"# Strategy\n\n{SENTENCES[1]}."),
        document("d-2", None, SENTENCES[2], 2),
        cursor="c1",
    )
    second = page(
        document("d-3", "c-board", "Irregularities", 0, body=SENTENCES[3]),
        upsert("member", {"id": "m-x", "name": "X", "title": SENTENCES[3]}),
        cursor="c2",
    )
    return [first, second]


def _clear_text_in(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    """Every (file, sentence) where the sentence appears, in UTF-8 or UTF-16, in any file."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                if encoded in data:
                    found.append((path.name, needle))
    return found


def test_the_detector_finds_sentences_in_a_plain_sqlite_file(tmp_path: Path) -> None:
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE t (body TEXT)")
    plain.execute("INSERT INTO t VALUES (?)", (SENTENCES[1],))
    plain.commit()
    plain.close()

    assert _clear_text_in(tmp_path, SENTENCES) == [("plain.db", SENTENCES[1])]


def test_no_file_of_the_profile_holds_synced_sentences_while_open_nor_after_close(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    store = CacheStore.open(profile_dir, raw_key)
    store.save_sign_in(account(), TOKEN)
    for sync_page in _sentence_pages():
        store.apply_page(sync_page)
    store.apply_page(page(delete("document", "d-3"), cursor="c3"))

    wal = profile_dir / "cache.db-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the pages must still be in the WAL"
    assert _clear_text_in(profile_dir, [*SENTENCES, TOKEN]) == []

    store.close()

    assert not wal.exists() or wal.stat().st_size == 0
    assert _clear_text_in(profile_dir, [*SENTENCES, TOKEN]) == []
    reopened = CacheStore.open(profile_dir, raw_key)
    try:  # the sentences were written, encrypted: they come back with the key
        assert reopened.committees()[0].description == SENTENCES[0]
        assert reopened.document("d-3") is None
    finally:
        reopened.close()


def test_a_passphrase_cache_keeps_neither_sentences_nor_passphrase_in_clear(
    profile_dir: Path,
) -> None:
    passphrase = "correct horse battery staple, Figeac"
    keys = KeyStore(profile_dir, backend=fail.Keyring(), env={})
    store = CacheStore.open(profile_dir, keys.key_for(passphrase))
    for sync_page in _sentence_pages():
        store.apply_page(sync_page)
    assert _clear_text_in(profile_dir, [*SENTENCES, passphrase]) == []

    store.close()

    assert (profile_dir / "cache.json").exists()
    assert _clear_text_in(profile_dir, [*SENTENCES, passphrase]) == []


def test_the_key_file_holds_the_mode_and_no_passphrase(profile_dir: Path) -> None:
    keys = KeyStore(profile_dir, backend=fail.Keyring(), env={"QUORUM_CACHE_PASSPHRASE": "pw-77"})
    key = keys.key_for()
    text = (profile_dir / "cache.json").read_text(encoding="utf-8")

    assert key.passphrase == "pw-77"
    assert "passphrase" in text and "pw-77" not in text


def test_the_connection_keeps_temporary_data_in_memory_and_zeroes_deleted_pages(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    conn = open_database(profile_dir / "cache.db", raw_key)
    try:
        pragmas = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("temp_store", "secure_delete", "journal_mode", "foreign_keys")
        }
    finally:
        conn.close()

    assert pragmas == {
        "temp_store": 2,
        "secure_delete": 1,
        "journal_mode": "wal",
        "foreign_keys": 1,
    }
