"""``quorum search`` after a real sync against the real server: it finds what the member may
see (documents and messages of their committees) and nothing else, offline, and the indexed
sentences never reach the disk in clear."""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

import io
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop import cli
from desktop.services import stop_logging
from protocol.network import committee_channel
from tests.integration.keyrings import NoKeyring
from tests.serverkit import Account, ServerKit, SmallOrg

PASSPHRASE = "le mot de passe du cache de test"
ALICE_SAYS = "Le placement obligataire sera revu avec le dépositaire en septembre"
BOB_SAYS = "La permanence du samedi accueillera les aidants dès octobre"


@pytest.fixture(autouse=True)
def headless(monkeypatch: pytest.MonkeyPatch, org: SmallOrg) -> Iterator[None]:
    monkeypatch.setattr(keyring, "get_keyring", NoKeyring)
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUORUM_PASSWORD", org.alice.password)
    monkeypatch.setenv("QUORUM_LANG", "fr")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    yield
    stop_logging()


def _post(kit: ServerKit, author: Account, channel_id: str, body: str) -> None:
    data = {"message_id": uuid.uuid4().hex, "channel_id": channel_id, "body": body}
    assert kit.outbox(author).send("message.post", data).status == "applied"


def _search(profile_dir: Path, capsys: pytest.CaptureFixture[str], *words: str) -> list[str]:
    code = cli.main(["search", *words, "--profile", str(profile_dir)])
    out, err = capsys.readouterr()
    assert code == 0 and err == "", err
    return out.splitlines()


def _clear_text_in(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                if encoded in data:
                    found.append((path.name, needle))
    return found


@pytest.fixture
def synced(
    tmp_path: Path, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> Path:
    """Alice (committee A) synced once; Bob posted in committee B, Alice in A."""
    _post(kit, org.alice, committee_channel(org.committee_a.id), ALICE_SAYS)
    _post(kit, org.bob, committee_channel(org.committee_b.id), BOB_SAYS)
    profile_dir = tmp_path / "alice"
    with kit.live() as live:
        code = cli.main(
            ["sync", "--server", live.url, "--user", org.alice.email, "--profile", str(profile_dir)]
        )
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return profile_dir


def test_quorum_search_finds_documents_and_messages_of_my_committees_only_offline(
    synced: Path, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    # The server is stopped: search needs the cache only.
    [budget] = _search(synced, capsys, "cotisations", "hausse")
    kind, date, scope, title, snippet = budget.split("\t")
    assert (kind, date, scope, title) == (
        "document",
        org.documents["a1"].published_at.astimezone().strftime("%Y-%m-%d"),
        "Commission finances",
        "Budget prévisionnel 2025",
    )
    assert "«hausse»" in snippet and "«cotisations»" in snippet

    [said] = _search(synced, capsys, "depositaire")  # unaccented finds "dépositaire"
    assert said.split("\t")[:1] + said.split("\t")[2:4] == [
        "message",
        "Commission finances",
        "Alice Martin",
    ]
    assert "«dépositaire»" in said

    [org_wide] = _search(synced, capsys, "Clermont")
    assert org_wide.split("\t")[2] == "Mutuelle des Volcans"

    assert _search(synced, capsys, "aidants") == ["Aucun résultat."]  # b1 and Bob's message
    assert _search(synced, capsys, "permanence", "samedi") == ["Aucun résultat."]
    assert _search(synced, capsys, "solvabilité", "--kind", "message") == ["Aucun résultat."]
    assert len(_search(synced, capsys, "solvabilité", "--kind", "document")) == 1


def test_no_indexed_sentence_is_in_clear_in_the_profile_folder(
    synced: Path, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(_search(synced, capsys, "placement")) == 1
    sentences = [org.sentences["a1"], org.sentences["a2"], org.sentences["org1"], ALICE_SAYS]
    words = ["obligataire", "dépositaire", "solvabilité", "cotisations"]

    assert _clear_text_in(synced, sentences + words) == []


def test_quorum_search_without_a_cache_or_with_a_wrong_passphrase_fails_in_one_line(
    synced: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "nobody"
    assert cli.main(["search", "budget", "--profile", str(empty)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "quorum sync" in err and len(err.strip().splitlines()) == 1
    assert not (empty / "cache.db").exists()

    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "not the passphrase")
    assert cli.main(["search", "budget", "--profile", str(synced)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "reset-cache" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_quorum_search_speaks_english_when_asked(
    synced: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUORUM_LANG", "en")

    assert _search(synced, capsys, "introuvable") == ["No result."]
    assert _search(synced, capsys, "cotisations", "--limit", "1")[0].startswith("document\t")
