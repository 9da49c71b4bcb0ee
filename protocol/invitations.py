"""Invitations on the wire: how a new member (or one who lost their password) joins from the
app without anybody sending a password by e-mail. The contract is docs/INSTALLED.md.

The secretariat invites an email address; the server answers a one-time code, valid for a
set time, and a ``quorum://invite?server=URL&code=CODE`` link. The member opens the link (or
types the code with the server address) in the app, sees whose invitation it is, chooses their
password and is signed in. Depends on ``protocol.base`` alone.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated
from urllib.parse import parse_qs, quote, urlsplit

from pydantic import Field, StringConstraints

from protocol.base import Email, Id, Payload, Request

#: An invitation's code: 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L),
#: shown in groups of four (``K7QM-3XPA-9DHT``): 60 bits, with the sign-in limits per address.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
DEFAULT_VALID_DAYS, MAX_VALID_DAYS = 7, 60
#: A password the member chooses: at least this long (NIST SP 800-63B asks at least 8).
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024
LINK_SCHEME = "quorum"

Password = Annotated[
    str, StringConstraints(min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH)
]
Code = Annotated[str, StringConstraints(min_length=1, max_length=64, strip_whitespace=True)]


def normalise_code(text: str) -> str:
    """The code as typed (any case, spaces or dashes) in its canonical form."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def format_code(code: str) -> str:
    """``K7QM3XPA9DHT`` -> ``K7QM-3XPA-9DHT``."""
    code = normalise_code(code)
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def invitation_link(server_url: str, code: str) -> str:
    """``quorum://invite?server=...&code=...``: the desktop entry opens the app with it."""
    server = quote(server_url.rstrip("/"), safe=":/")
    return f"{LINK_SCHEME}://invite?server={server}&code={format_code(code)}"


def parse_invitation_link(link: str) -> tuple[str, str] | None:
    """The server address and code of an invitation link; None if it is not one."""
    parts = urlsplit(link.strip())
    if parts.scheme != LINK_SCHEME or parts.netloc != "invite":
        return None
    query = parse_qs(parts.query)
    server = (query.get("server") or [""])[0].strip()
    code = normalise_code((query.get("code") or [""])[0])
    if not server.startswith(("https://", "http://")) or not code:
        return None
    return server, code


class InvitationState(StrEnum):
    PENDING = "pending"
    USED = "used"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class InvitationCreate(Request):
    """``POST /v1/invitations`` (the secretariat). An unknown address becomes a new member
    (``name`` required), in the ``committee_ids`` given; a known one receives a way to choose
    a new password (a lost password)."""

    email: Email
    name: Annotated[str, StringConstraints(max_length=200, strip_whitespace=True)] = ""
    title: Annotated[str, StringConstraints(max_length=200, strip_whitespace=True)] = ""
    committee_ids: list[Id] = Field(default_factory=list, max_length=50)
    valid_days: int = Field(default=DEFAULT_VALID_DAYS, ge=1, le=MAX_VALID_DAYS)


class InvitationData(Payload):
    id: Id
    email: str
    member_id: Id
    member_name: str
    state: InvitationState
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class InvitationCreated(InvitationData):
    """Shown once: the code and the link to give the member (by any channel)."""

    code: str
    link: str


class InvitationList(Payload):
    """``GET /v1/invitations``: newest first."""

    invitations: list[InvitationData]


class InvitationCodeRequest(Request):
    """``POST /v1/invitations/preview``: whose invitation a code is, before accepting it."""

    code: Code


class InvitationPreview(Payload):
    email: str
    member_name: str
    organisation_name: str
    expires_at: datetime
    #: False: a new member; True: a member choosing a new password.
    existing_member: bool


class InvitationAccept(Request):
    """``POST /v1/invitations/accept``: answered a ``SignInResponse`` (the member is signed in
    on this device)."""

    code: Code
    password: Password
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=200)] = "Quorum"
