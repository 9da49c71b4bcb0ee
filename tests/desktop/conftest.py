"""Fixtures of the desktop tests: the encrypted cache (real SQLCipher, real keychains).

The builders below (``upsert``, ``delete``, ``page``, ``realistic_page``) make protocol objects
the way the server sends them; test modules import them from here.
"""

# keyring's backends have no type hints:
# mypy: disable-error-code="no-untyped-call"
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desktop.cache import CacheKey, CacheStore
from desktop.cache.keys import KEYCHAIN_SERVICE, is_recommended, profile_key_id
from desktop.cache.records import Account
from protocol.models import Change, Op, SyncPage
from tests.desktop.uikit import Modals

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
KEYCHAIN_HELP = (
    "apt-get install gnome-keyring dbus; run under dbus-run-session with "
    "gnome-keyring-daemon --unlock, e.g. dbus-run-session -- bash -c 'echo -n test | "
    "gnome-keyring-daemon --unlock --components=secrets >/dev/null; pytest -m keychain'"
)

# --- builders of what the server sends --------------------------------------------------------

_seq = 0


def upsert(kind: str, data: dict[str, Any]) -> Change:
    global _seq
    _seq += 1
    return Change(seq=_seq, kind=kind, id=data["id"], op=Op.UPSERT, data=data)


def delete(kind: str, id_: str) -> Change:
    global _seq
    _seq += 1
    return Change(seq=_seq, kind=kind, id=id_, op=Op.DELETE)


def page(*changes: Change, cursor: str = "c1", reset: bool = False, more: bool = False) -> SyncPage:
    return SyncPage(
        changes=list(changes), next_cursor=cursor, has_more=more, reset=reset, server_time=NOW
    )


def document(
    id_: str, committee_id: str | None, title: str, days_ago: int, body: str = ""
) -> Change:
    published = NOW - timedelta(days=days_ago)
    return upsert(
        "document",
        {
            "id": id_,
            "committee_id": committee_id,
            "title": title,
            "body": body or f"# {title}\n\nSee the annex.",
            "author_id": "m-sec",
            "author_name": "Claire Secrétariat",
            "published_at": published.isoformat(),
            "updated_at": published.isoformat(),
        },
    )


def committee(id_: str, name: str, category: str = "committee", description: str = "") -> Change:
    return upsert(
        "committee", {"id": id_, "name": name, "category": category, "description": description}
    )


def membership(committee_id: str, member_id: str = "m-me") -> Change:
    return upsert(
        "membership",
        {"id": f"{committee_id}:{member_id}", "committee_id": committee_id, "member_id": member_id},
    )


def realistic_page(cursor: str = "c1") -> SyncPage:
    """A first sync of a member of the board, the audit committee and the 'Éthique' committee;
    the organisation also has a bureau and a regional committee they do not belong to."""
    return page(
        upsert("organisation", {"id": "org", "name": "Mutuelle des Tilleuls", "short_name": "MT"}),
        upsert("member", {"id": "m-me", "name": "Jeanne Martin", "roles": ["member"]}),
        upsert("member", {"id": "m-sec", "name": "Claire", "roles": ["secretary"]}),
        committee("c-audit", "Audit", description="Comptes et risques"),
        committee("c-board", "Conseil d'administration", "board"),
        committee("c-ethics", "Éthique"),
        committee("c-bureau", "Bureau", "bureau"),
        committee("c-region", "Comité régional"),
        membership("c-board"),
        membership("c-audit"),
        membership("c-ethics"),
        membership("c-bureau", "m-sec"),
        membership("c-region", "m-sec"),
        document("d-pack", "c-board", "Board pack, March", 1),
        document("d-minutes", "c-board", "Minutes of February", 20),
        document("d-budget", "c-board", "Budget 2025", 40),
        document("d-audit", "c-audit", "Audit plan", 3),
        document("d-charter", None, "Members' charter", 100),
        document("d-news", None, "Newsletter", 2),
        upsert(
            "read_receipt",
            {"id": "d-minutes", "document_id": "d-minutes", "read_at": NOW.isoformat()},
        ),
        upsert("read_receipt", {"id": "d-charter", "document_id": "d-charter", "read_at": NOW}),
        cursor=cursor,
    )


def account(member_id: str = "m-me", server_url: str = "https://quorum.example.org") -> Account:
    return Account(
        server_url=server_url,
        email=f"{member_id}@example.org",
        member_id=member_id,
        name="Jeanne Martin",
        roles=("member",),
        organisation_id="org",
        organisation_name="Mutuelle des Tilleuls",
        device_id="dev-1",
    )


# --- keyring backends for faults ---------------------------------------------------------------


class LowPriorityKeyring(KeyringBackend):
    """A backend keyring does not recommend (say, a plain-text file): priority below 1."""

    priority = 0.5

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("the cache must never write its key to an insecure keychain")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("nothing here")


class LockedKeyring(KeyringBackend):
    """A recommended backend whose collection stays locked (the member dismissed the prompt)."""

    priority = 5

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


# keyring registers every backend class for its auto-detection; these two must never be picked
# by a `keyring.get_keyring()` elsewhere in the test session.
for _fault in (LowPriorityKeyring, LockedKeyring):
    KeyringBackend._classes.discard(_fault)


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def raw_key() -> CacheKey:
    return CacheKey.generate()


@pytest.fixture
def store(profile_dir: Path, raw_key: CacheKey) -> Iterator[CacheStore]:
    opened = CacheStore.open(profile_dir, raw_key)
    yield opened
    opened.close()


@pytest.fixture
def signed_in(store: CacheStore) -> CacheStore:
    store.save_sign_in(account(), "token-1")
    return store


@pytest.fixture
def secret_service(profile_dir: Path) -> Iterator[KeyringBackend]:
    """The real Secret Service keychain (gnome-keyring on the D-Bus session), or a skip that
    says what to install. Whatever a test leaves for its profile is deleted afterwards."""
    try:
        from keyring.backends import SecretService
    except Exception as error:  # pragma: no cover - keyring always ships it
        pytest.skip(f"keyring's Secret Service backend cannot load ({error}): {KEYCHAIN_HELP}")
    backend = SecretService.Keyring()
    if not is_recommended(backend):
        pytest.skip(f"no Secret Service keychain on a D-Bus session: {KEYCHAIN_HELP}")
    try:
        backend.get_password(KEYCHAIN_SERVICE, "probe-" + profile_key_id(profile_dir))
    except Exception as error:
        pytest.skip(f"the Secret Service keychain is locked or unusable ({error}): {KEYCHAIN_HELP}")
    yield backend
    try:
        backend.delete_password(KEYCHAIN_SERVICE, profile_key_id(profile_dir))
    except keyring.errors.PasswordDeleteError:
        pass


@pytest.fixture
def modals() -> Iterator[Modals]:
    driver = Modals()
    yield driver
    driver.stop()
    assert driver.unexpected == []
