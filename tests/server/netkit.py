"""The world of the network tests: the small organisation, an announcer and a committee chair,
each member's devices pushing through ``POST /v1/sync/push`` and pulling ``GET /v1/sync``.

- committee A: alice, sara, carl (chair of A); committee B: bob, sara;
- sara is the secretary; anna is an announcer (organisation role), in no committee.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from protocol.models import MutationResult
from tests.server.helpers import pull_all
from tests.serverkit import Account, Outbox, ServerKit, SmallOrg, TestClient


def new_id(prefix: str = "id") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def applied(result: MutationResult) -> MutationResult:
    assert result.status == "applied", result
    return result


def refused(result: MutationResult, code: str) -> MutationResult:
    assert (result.status, result.code) == ("rejected", code), result
    assert result.message
    return result


class Device:
    """One signed-in device of a member: pushes mutations and pulls its changes."""

    def __init__(self, kit: ServerKit, account: Account, client: TestClient) -> None:
        self.account = account
        self.outbox: Outbox = kit.outbox(account, client)
        self.client = client
        self.cursor: str | None = None

    @property
    def id(self) -> str:
        return self.account.id

    def send(self, kind: str, data: dict[str, Any], client_id: str | None = None) -> MutationResult:
        return self.outbox.send(kind, data, client_id)

    def pull(self) -> list[dict[str, Any]]:
        """What is new since this device's last pull."""
        changes, self.cursor = pull_all(self.client, self.outbox.headers, self.cursor)
        return changes

    def everything(self) -> list[dict[str, Any]]:
        """Every change this member may see, from the start (a fresh device)."""
        return pull_all(self.client, self.outbox.headers)[0]

    # --- the mutations, with the app's own ids ------------------------------------------------

    def post(
        self, channel_id: str, body: str, *, thread_root_id: str | None = None, **kw: Any
    ) -> tuple[str, MutationResult]:
        message_id = kw.pop("message_id", None) or new_id("msg")
        data: dict[str, Any] = {"message_id": message_id, "channel_id": channel_id, "body": body}
        if thread_root_id is not None:
            data["thread_root_id"] = thread_root_id
        return message_id, self.send("message.post", data, **kw)

    def submit_idea(self, committee_id: str | None, title: str = "Une idée") -> tuple[str, Any]:
        idea_id = new_id("idea")
        data = {"idea_id": idea_id, "committee_id": committee_id, "title": title, "body": "Corps."}
        return idea_id, self.send("idea.submit", data)

    def announce(
        self, committee_id: str | None, *, ack_required: bool = False
    ) -> tuple[str, MutationResult]:
        announcement_id = new_id("ann")
        data = {
            "announcement_id": announcement_id,
            "committee_id": committee_id,
            "title": "Annonce",
            "body": "Merci de lire la note de la direction des risques.",
            "ack_required": ack_required,
        }
        return announcement_id, self.send("announcement.post", data)


@dataclass
class Net:
    kit: ServerKit
    org: SmallOrg
    client: TestClient
    anna: Account  # announcer
    carl: Account  # chair of committee A

    def device(self, account: Account) -> Device:
        return Device(self.kit, account, self.client)

    @property
    def channel_a(self) -> str:
        return f"committee:{self.org.committee_a.id}"

    @property
    def channel_b(self) -> str:
        return f"committee:{self.org.committee_b.id}"


def make_net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    anna = kit.add_member("anna", "Anna Risques", roles=("announcer",), title="Risk manager")
    carl = kit.add_member("carl", "Carl Président")
    kit.add_to_committee(carl, org.committee_a.id, role="chair")
    return Net(kit, org, client, anna, carl)


def upserts(changes: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The data of each upsert of ``kind``, in log order."""
    return [c["data"] for c in changes if c["kind"] == kind and c["op"] == "upsert"]


def latest(changes: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    """The last state of each entity of ``kind`` (by id)."""
    found: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change["kind"] == kind and change["op"] == "upsert":
            found[change["id"]] = change["data"]
    return found
