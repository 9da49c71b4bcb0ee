"""The HTTP API fuzzed with schemathesis against its own ``/openapi.json``, in-process (ASGI),
signed in as the secretary (the widest reach): whatever it is sent, valid or not, it never
answers a 5xx and every answer matches what the schema declares (status, content type, body).
Three modes: valid requests, valid requests on real resources of committee A (a route with
path parameters: a random id only ever reaches "not found"), and invalid requests.

The run is bounded (``EXAMPLES`` per operation and mode, a fixed seed) so it stays well under a
minute. The event stream is left out: it never ends (``tests/server/test_events.py``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import update

from protocol.documents import MeetingRequest
from protocol.invitations import InvitationCreate
from protocol.version import PROTOCOL_HEADER, PROTOCOL_VERSION
from server.api import create_app
from server.db import tables as t
from server.services import invitations, meetings, publishing
from server.services.tx import write
from tests.server.pdfs import make_pdf
from tests.serverkit import ServerKit, SmallOrg, make_server

#: Examples generated per operation and mode.
EXAMPLES = 10
#: Routes the fuzzer leaves alone: the event stream never ends.
SKIPPED_PATHS = ("/v1/events",)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def cases() -> list[Any]:
    """One case per operation and mode; the real-resources mode only with path parameters,
    the negative mode only where there is something to get wrong (parameters or a body)."""
    paths: dict[str, dict[str, Any]] = create_app().openapi()["paths"]
    found = []
    for path, item in sorted(paths.items()):
        for method, operation in sorted(item.items()):
            if path in SKIPPED_PATHS:
                continue
            modes = [(GenerationMode.POSITIVE, False)]
            if "{" in path:  # also on real resources, to get past "not found"
                modes.append((GenerationMode.POSITIVE, True))
            if operation.get("parameters") or operation.get("requestBody"):
                modes.append((GenerationMode.NEGATIVE, False))
            for mode, real in modes:
                label = f"{method.upper()} {path} {mode.value}{' real' if real else ''}"
                found.append(pytest.param(method.upper(), path, mode, real, id=label))
    return found


class Fuzzed:
    """The server being fuzzed and the secretary it signs in as."""

    def __init__(self, kit: ServerKit, org: SmallOrg) -> None:
        self.kit = kit
        self.org = org
        self.schema = schemathesis.openapi.from_asgi("/openapi.json", kit.app)
        self.sha256 = publishing.store_file(kit.engine, make_pdf(["Rapport."]), None).file.sha256

    def real_ids(self, path: str) -> dict[str, str]:
        """A real resource of committee A for each parameter of ``path`` (fresh where the
        fuzzing may use it up: a draft motion, a device, an invitation)."""
        kit, org = self.kit, self.org
        draft = path.endswith(("{motion_id}", "/open"))  # editing and opening need a draft
        open_for = None if draft else timedelta(days=2)
        values: dict[str, Callable[[], str]] = {
            "committee_id": lambda: org.committee_a.id,
            "document_id": lambda: org.documents["a1"].id,
            "sha256": lambda: self.sha256,
            "meeting_id": lambda: meetings.create(kit.engine, None, self.meeting_request()).id,
            "motion_id": lambda: (
                kit.motion("Cotisations", org.committee_a.id, open_for=open_for).id
            ),
            "device_id": lambda: kit.sign_in(org.alice, "Portable").device.id,
            "member_id": lambda: org.bob.id,
            "invitation_id": lambda: self.invitation_id(),
        }
        return {name: value() for name, value in values.items() if "{" + name + "}" in path}

    def meeting_request(self) -> MeetingRequest:
        starts = datetime.now(UTC) + timedelta(days=3)
        return MeetingRequest(
            committee_id=self.org.committee_a.id, title="Bureau", starts_at=starts
        )

    def invitation_id(self) -> str:
        request = InvitationCreate(email=f"fuzz{uuid.uuid4().hex[:8]}@example.org", name="Invitée")
        return invitations.create(self.kit.engine, request, "https://quorum.example.org").id

    def headers(self) -> dict[str, str]:
        """A fresh device of the secretary for each operation: a fuzzed sign-out must not
        turn every later operation's examples into 401s."""
        return {
            "Authorization": f"Bearer {self.kit.token(self.org.sara, 'fuzz')}",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        }

    def restore_policy(self) -> None:
        """The organisation's policy back to its defaults: a fuzzed policy asking for device
        approval or two-factor sign-in would refuse every later example with a 403."""
        defaults = {
            "max_offline_days": None,
            "device_approval": False,
            "lock_minutes": 15,
            "totp_required": False,
        }
        with write(self.kit.engine) as conn:
            conn.execute(update(t.organisation).values(**defaults))


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    with make_server(tmp_path_factory.mktemp("fuzz")) as kit:
        yield Fuzzed(kit, kit.seed_small_org())


@pytest.mark.parametrize(("method", "path", "mode", "real"), cases())
def test_no_input_makes_the_server_fail_or_answer_outside_its_schema(
    fuzzed: Fuzzed, method: str, path: str, mode: GenerationMode, real: bool
) -> None:
    operation = fuzzed.schema[path][method]
    ids = fuzzed.real_ids(path) if real else None
    fuzzed.restore_policy()
    headers = fuzzed.headers()

    @given(case=operation.as_strategy(mode, path_parameters=ids))
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()
