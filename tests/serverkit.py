"""A real Quorum server for tests: in-process (``TestClient``) or live on loopback (uvicorn).

Other test packages (integration, desktop UI) import this; keep its API stable::

    kit = make_server(tmp_path)            # SQLite file in tmp_path, migrated, cheap argon2
    org = kit.seed_small_org()             # alice (committee A), bob (committee B), sara
    with kit.client() as client:           # fastapi TestClient (an httpx.Client)
        client.get("/v1/me", headers=kit.headers(org.alice))
    with kit.live() as server:             # uvicorn on 127.0.0.1:<free port>, own thread
        httpx.get(f"{server.url}/v1/health")
    kit.publish("Titre", "Corps", org.committee_a.id, author=org.sara)
    kit.close()                            # or use ``with make_server(tmp_path) as kit:``

Voting (additive)::

    board = kit.seed_board(5)              # committee "Conseil" with 5 members, a secretary
    motion = kit.motion("Budget", board.committee.id, kind="resolution", open_for=timedelta(days=1))
    outbox = kit.outbox(board.members[0])  # a signed-in device pushing through the service
    outbox.vote(motion, ["for"]).status    # "applied"; secret ballots get a receipt made for them
    outbox.grant(board.members[1], motion_id=motion.id)

The small organisation (``SmallOrg``):

- committee A "Commission finances": alice (member), sara (member);
- committee B "Commission action sociale": bob (member), sara (member);
- sara is the secretary (organisation role ``secretary``), so she may see read receipts;
- documents ``a1``, ``a2`` (committee A), ``b1``, ``b2`` (committee B), ``org1``, ``org2``
  (organisation-wide); each body holds a distinctive French sentence, ``org.sentences[key]``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from sqlalchemy import Engine

from protocol.models import (
    CommitteeData,
    DocumentData,
    MembershipData,
    Mutation,
    MutationResult,
    OrganisationData,
)
from protocol.motions import MotionData, MotionDraft, MotionRules
from protocol.voting import new_receipt, receipt_hash
from server.api import create_app
from server.db.engine import make_engine
from server.db.migrate import migrate
from server.embedded import LiveServer
from server.services import auth, motions, organisation
from server.services import push as push_service
from server.services.passwords import Passwords, passwords_for
from server.services.records import Member, SignedIn
from server.settings import Settings

with warnings.catch_warnings():
    # Starlette >= 1.x warns at import that it prefers httpx2; httpx works and is what we ship.
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

__all__ = [
    "Account",
    "Board",
    "Outbox",
    "LiveServer",
    "ServerKit",
    "SmallOrg",
    "TestClient",
    "make_server",
]

#: argon2 profile for test accounts: hashing in microseconds, not 200 ms.
TEST_PASSWORD_PROFILE = "CHEAPEST"


@dataclass(frozen=True)
class Account:
    """A member who can sign in, with the clear password the test knows."""

    key: str
    id: str
    email: str
    password: str
    name: str
    roles: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class SmallOrg:
    organisation: OrganisationData
    accounts: dict[str, Account]
    committees: dict[str, CommitteeData]  # "A", "B"
    documents: dict[str, DocumentData]  # "a1", "a2", "b1", "b2", "org1", "org2"
    sentences: dict[str, str] = field(default_factory=dict)  # document key -> sentence

    @property
    def alice(self) -> Account:
        return self.accounts["alice"]

    @property
    def bob(self) -> Account:
        return self.accounts["bob"]

    @property
    def sara(self) -> Account:
        return self.accounts["sara"]

    @property
    def committee_a(self) -> CommitteeData:
        return self.committees["A"]

    @property
    def committee_b(self) -> CommitteeData:
        return self.committees["B"]


SMALL_ORG_DOCUMENTS: tuple[tuple[str, str | None, str, str], ...] = (
    # key, committee key (None: organisation-wide), title, distinctive sentence
    ("a1", "A", "Budget prévisionnel 2025",
     "Le budget prévisionnel prévoit une hausse de 3,2 % des cotisations."),
    ("a2", "A", "Rapport de l'actuaire",
     "L'actuaire recommande de renforcer la marge de solvabilité."),
    ("b1", "B", "Plan d'action sociale",
     "Le fonds d'action sociale aidera les adhérents aidants familiaux."),
    ("b2", "B", "Compte rendu de la commission",
     "La commission propose une permanence téléphonique le samedi matin."),
    ("org1", None, "Lettre aux élus",
     "L'assemblée générale se tiendra le 12 juin à Clermont-Ferrand."),
    ("org2", None, "Charte de confidentialité",
     "Chaque élu s'engage à garder secrets les débats du conseil."),
)  # fmt: skip


class ServerKit:
    """One server database (an SQLite file under ``tmp_path``) and its app."""

    def __init__(self, settings: Settings, engine: Engine, app: FastAPI) -> None:
        self.settings = settings
        self.engine = engine
        self.app = app
        self.passwords: Passwords = passwords_for(settings.password_profile)
        self._org: SmallOrg | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    def client(self, **kwargs: Any) -> TestClient:
        """An in-process client (an ``httpx.Client``); use it in a ``with`` block to run the
        app's lifespan, or as is (the engine is already there)."""
        return TestClient(self.app, **kwargs)

    def live(self) -> LiveServer:
        """The app served by uvicorn on loopback; ``with kit.live() as server: server.url``."""
        return LiveServer(self.app)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ServerKit:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- accounts ----------------------------------------------------------------------------

    def sign_in(self, account: Account, device_name: str = "tests") -> SignedIn:
        """Sign in through the service (no HTTP): a new device and its token."""
        return auth.sign_in(
            self.engine, account.email, account.password, device_name, passwords=self.passwords
        )

    def token(self, account: Account, device_name: str = "tests") -> str:
        return self.sign_in(account, device_name).token

    def headers(self, account_or_token: Account | str) -> dict[str, str]:
        """``Authorization`` header for a token, or for a new device of ``account``."""
        token = (
            account_or_token if isinstance(account_or_token, str) else self.token(account_or_token)
        )
        return {"Authorization": f"Bearer {token}"}

    # --- the secretariat's work (server.services.organisation, bound to this database) -------

    def create_organisation(self, name: str, short_name: str = "") -> OrganisationData:
        return organisation.create_organisation(self.engine, name, short_name)

    def add_member(
        self,
        key: str,
        name: str,
        *,
        email: str | None = None,
        password: str | None = None,
        roles: Iterable[str] = ("member",),
        title: str = "",
    ) -> Account:
        email = email or f"{key}@exemple.fr"
        password = password or f"{key}-mot-de-passe"
        member = organisation.add_member(
            self.engine, email, name, password, roles, title, passwords=self.passwords
        )
        return _account(key, member, password)

    def set_active(self, member: Account | str, active: bool) -> None:
        organisation.set_active(self.engine, _id(member), active)

    def add_committee(
        self, name: str, description: str = "", category: str = "committee"
    ) -> CommitteeData:
        return organisation.add_committee(self.engine, name, description, category)

    def add_to_committee(
        self, member: Account | str, committee_id: str, role: str = "member"
    ) -> MembershipData:
        return organisation.add_to_committee(self.engine, _id(member), committee_id, role)

    def remove_from_committee(self, member: Account | str, committee_id: str) -> None:
        organisation.remove_from_committee(self.engine, _id(member), committee_id)

    def publish(
        self,
        title: str,
        body: str,
        committee_id: str | None,
        *,
        author: Account | str | None = None,
        published_at: datetime | None = None,
    ) -> DocumentData:
        author_id = None if author is None else _id(author)
        return organisation.publish_document(
            self.engine, title, body, committee_id, author_id, published_at
        )

    def update_document(
        self, document_id: str, *, title: str | None = None, body: str | None = None
    ) -> DocumentData:
        return organisation.update_document(self.engine, document_id, title=title, body=body)

    def delete_document(self, document_id: str) -> None:
        organisation.delete_document(self.engine, document_id)

    def revoke_device(self, device_id: str) -> None:
        auth.revoke_device(self.engine, device_id)

    # --- voting ------------------------------------------------------------------------------

    def outbox(self, account: Account, client: TestClient | None = None) -> Outbox:
        """A signed-in device of ``account``; pushing through ``client`` (HTTP) when given."""
        return Outbox(self, account, client)

    def seed_board(self, count: int = 5) -> Board:
        """An organisation (if none yet), a committee "Conseil" with ``count`` voters
        (``v1``..), and a secretary ``sec`` who is not in it."""
        from server.services import directory
        from server.services.tx import read

        with read(self.engine) as conn:
            has_org = directory.has_organisation(conn)
        if not has_org:
            self.create_organisation("Mutuelle des Volcans", "MdV")
        committee = self.add_committee("Conseil", "Le conseil d'administration.", "board")
        voters = [self.add_member(f"v{n}", f"Votant {n}") for n in range(1, count + 1)]
        for voter in voters:
            self.add_to_committee(voter, committee.id)
        secretary = self.add_member("sec", "Sam Secrétaire", roles=("secretary",))
        return Board(committee=committee, members=voters, secretary=secretary)

    def motion(
        self,
        title: str,
        committee_id: str | None,
        *,
        open_for: timedelta | None = timedelta(days=2),
        rules: MotionRules | None = None,
        **draft: Any,
    ) -> MotionData:
        """A motion created (and opened for ``open_for`` unless None) by the command line."""
        created = motions.create(
            self.engine,
            None,
            MotionDraft(title=title, committee_id=committee_id, rules=rules, **draft),
        )
        if open_for is None:
            return created
        return motions.open_motion(self.engine, None, created.id, datetime.now(UTC) + open_for)

    # --- a small organisation ----------------------------------------------------------------

    def seed_small_org(self) -> SmallOrg:
        """Create the small organisation described in this module's docstring (once)."""
        if self._org is not None:
            return self._org
        org = self.create_organisation("Mutuelle des Volcans", "MdV")
        accounts = {
            "alice": self.add_member(
                "alice", "Alice Martin", password="alice-secret-1", title="Administratrice"
            ),
            "bob": self.add_member("bob", "Bob Durand", password="bob-secret-1", title="Délégué"),
            "sara": self.add_member(
                "sara",
                "Sara Lefèvre",
                password="sara-secret-1",
                roles=("secretary",),
                title="Secrétaire générale",
            ),
        }
        committees = {
            "A": self.add_committee("Commission finances", "Budget, placements, solvabilité."),
            "B": self.add_committee("Commission action sociale", "Aides et prévention."),
        }
        self.add_to_committee(accounts["alice"], committees["A"].id)
        self.add_to_committee(accounts["sara"], committees["A"].id)
        self.add_to_committee(accounts["bob"], committees["B"].id)
        self.add_to_committee(accounts["sara"], committees["B"].id)
        base = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
        documents: dict[str, DocumentData] = {}
        sentences: dict[str, str] = {}
        for index, (key, committee, title, sentence) in enumerate(SMALL_ORG_DOCUMENTS):
            body = f"# {title}\n\n{sentence}\n\nDocument de test « {key} ».\n"
            documents[key] = self.publish(
                title,
                body,
                None if committee is None else committees[committee].id,
                author=accounts["sara"],
                published_at=base + timedelta(days=index),
            )
            sentences[key] = sentence
        self._org = SmallOrg(org, accounts, committees, documents, sentences)
        return self._org


@dataclass(frozen=True)
class Board:
    """A committee "Conseil" of voters, and a secretary outside it."""

    committee: CommitteeData
    members: list[Account]
    secretary: Account


class Outbox:
    """One signed-in device of a member, pushing mutations through the push service (the
    same path as ``/v1/sync/push``) with its own increasing sequence numbers."""

    def __init__(self, kit: ServerKit, account: Account, client: TestClient | None = None) -> None:
        signed = kit.sign_in(account)
        self.kit, self.account = kit, account
        self.member, self.device = signed.member, signed.device
        self.client = client  # when given, pushes go through ``POST /v1/sync/push``
        self.headers = {"Authorization": f"Bearer {signed.token}"}
        self.seq = 0
        self.receipts: dict[str, str] = {}  # motion id -> receipt of my last accepted ballot
        self.last_receipt = ""

    def send(self, kind: str, data: dict[str, Any], client_id: str | None = None) -> MutationResult:
        return self.send_many([(kind, data, client_id)])[0]

    def send_many(
        self, items: Iterable[tuple[str, dict[str, Any], str | None]]
    ) -> list[MutationResult]:
        batch = []
        for kind, data, client_id in items:
            self.seq += 1
            batch.append(
                Mutation(
                    client_id=client_id or f"{self.device.id[:8]}-{self.seq:06d}",
                    seq=self.seq,
                    kind=kind,
                    data=data,
                )
            )
        if self.client is not None:
            response = self.client.post(
                "/v1/sync/push",
                json={"mutations": [m.model_dump(mode="json") for m in batch]},
                headers=self.headers,
            )
            assert response.status_code == 200, response.text
            return [MutationResult.model_validate(r) for r in response.json()["results"]]
        answer = push_service.push(self.kit.engine, self.member, self.device, batch)
        return answer.results

    def ballot(
        self,
        motion: MotionData,
        choices: list[str],
        *,
        on_behalf_of: Account | str | None = None,
        receipt: str | None = None,
        previous_receipt: str | None = None,
        version: int | None = None,
    ) -> dict[str, Any]:
        """The data of a ``ballot.cast``; a secret ballot gets a fresh receipt (kept in
        ``self.last_receipt``) unless one is given."""
        data: dict[str, Any] = {
            "motion_id": motion.id,
            "version": version or motion.version,
            "choices": choices,
        }
        if on_behalf_of is not None:
            data["on_behalf_of"] = _id(on_behalf_of)
        if motion.mode == "secret":
            self.last_receipt = receipt or new_receipt()
            data["receipt_hash"] = receipt_hash(motion.id, self.last_receipt)
            if previous_receipt is not None:
                data["previous_receipt"] = previous_receipt
        return data

    def vote(self, motion: MotionData, choices: list[str], **kwargs: Any) -> MutationResult:
        """Cast (or change, with ``previous_receipt`` for a secret ballot) a ballot."""
        kwargs.setdefault("previous_receipt", self.receipts.get(motion.id))
        if kwargs.get("on_behalf_of") is not None:
            kwargs["previous_receipt"] = None
        result = self.send("ballot.cast", self.ballot(motion, choices, **kwargs))
        if (
            result.status == "applied"
            and motion.mode == "secret"
            and not kwargs.get("on_behalf_of")
        ):
            self.receipts[motion.id] = self.last_receipt
        return result

    def grant(
        self,
        holder: Account | str,
        *,
        motion_id: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        proxy_id: str | None = None,
    ) -> MutationResult:
        data: dict[str, Any] = {
            "proxy_id": proxy_id or f"proxy-{self.device.id[:8]}-{self.seq + 1}",
            "holder_id": _id(holder),
        }
        if motion_id is not None:
            data["motion_id"] = motion_id
        if starts_at is not None:
            data["starts_at"] = starts_at.isoformat()
        if ends_at is not None:
            data["ends_at"] = ends_at.isoformat()
        return self.send("proxy.grant", data)

    def revoke(self, proxy_id: str) -> MutationResult:
        return self.send("proxy.revoke", {"proxy_id": proxy_id})


def _id(member: Account | Member | str) -> str:
    return member if isinstance(member, str) else member.id


def _account(key: str, member: Member, password: str) -> Account:
    return Account(
        key=key,
        id=member.id,
        email=member.email,
        password=password,
        name=member.name,
        roles=tuple(role.value for role in member.roles),
        title=member.title,
    )


def make_server(tmp_path: Path, name: str = "server") -> ServerKit:
    """A fresh, migrated server database ``tmp_path/<name>.db`` and its app."""
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / f'{name}.db'}",
        password_profile=TEST_PASSWORD_PROFILE,
    )
    engine = make_engine(settings.database_url)
    migrate(engine)
    return ServerKit(settings, engine, create_app(settings, engine=engine))
