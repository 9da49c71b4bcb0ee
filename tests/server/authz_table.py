"""Who may call each route of the API: one entry per ``(method, path template)`` of the app.

``tests/server/test_authz_matrix.py`` calls every route as every principal below, with each
path parameter filled by a real id of a resource of committee A, and checks the status; it
fails when the app has a route with no entry here, so a new route cannot be added without
saying who may call it.

Principals:

- ``anonymous``: no token;
- ``revoked``: the token of a device of alice that has been revoked;
- ``member_a``: alice, a member of committee A (no organisation role);
- ``member_b``: bob, a member of committee B only (the resource is committee A's);
- ``secretary``: sara, organisation role ``secretary`` (a member of A and B);
- ``admin``: ada, organisation role ``admin``, in no committee.

An expected status is the one answered: 2xx (allowed) or 401 / 403 / 404 (refused). Another
committee's resource is 404 ``not_found``, the same answer as one that does not exist; a 403
only answers a role the route needs (publishing, managing motions), whatever the resource.

``state`` names the resource a route is called on, when it matters (a motion must be a draft
to be opened, open to be closed, closed to be published).
"""

from __future__ import annotations

from dataclasses import dataclass

PRINCIPALS = ("anonymous", "revoked", "member_a", "member_b", "secretary", "admin")


@dataclass(frozen=True)
class Entry:
    anonymous: int
    revoked: int
    member_a: int
    member_b: int
    secretary: int
    admin: int
    state: str = ""

    def expected(self, principal: str) -> int:
        status = getattr(self, principal)
        assert isinstance(status, int)
        return status


def _public(status: int = 200) -> Entry:
    """A route anyone may call, signed in or not."""
    return Entry(status, status, status, status, status, status)


def _signed_in(status: int = 200) -> Entry:
    """A route every signed-in member may call (about themselves)."""
    return Entry(401, 401, status, status, status, status)


def _committee_a(status: int = 200, state: str = "") -> Entry:
    """Reading a resource of committee A: its members and the secretariat."""
    return Entry(401, 401, status, 404, status, status, state)


def _committee_content(status: int = 200) -> Entry:
    """A committee's documents and files: its members only. A secretariat role outside the
    committee may publish there but does not read it (the admin here is in no committee)."""
    return Entry(401, 401, status, 404, status, 404)


def _secretariat(status: int = 200, state: str = "") -> Entry:
    """Managing: the secretariat roles only; members are refused whatever the resource."""
    return Entry(401, 401, 403, 403, status, status, state)


def _manage_motion(status: int = 200, state: str = "") -> Entry:
    """Managing a motion: the secretariat (or the committee's chair). A member who cannot see
    the motion is told it does not exist; one who can is told they may not manage it."""
    return Entry(401, 401, 403, 404, status, status, state)


def _manage_draft(status: int = 200) -> Entry:
    """Managing a draft motion: members do not see drafts at all."""
    return Entry(401, 401, 404, 404, status, status, "draft")


ROUTES: dict[tuple[str, str], Entry] = {
    # --- the documentation of the API ---------------------------------------------------------
    ("GET", "/openapi.json"): _public(),
    ("HEAD", "/openapi.json"): _public(),
    ("GET", "/docs"): _public(),
    ("HEAD", "/docs"): _public(),
    ("GET", "/docs/oauth2-redirect"): _public(),
    ("HEAD", "/docs/oauth2-redirect"): _public(),
    ("GET", "/redoc"): _public(),
    ("HEAD", "/redoc"): _public(),
    # --- account ------------------------------------------------------------------------------
    ("GET", "/v1/health"): _public(),
    ("POST", "/v1/auth/sign-in"): _public(),  # with the principal's own password
    ("POST", "/v1/auth/sign-out"): _signed_in(204),
    ("GET", "/v1/me"): _signed_in(),
    ("GET", "/v1/me/export"): _signed_in(),
    # --- security -----------------------------------------------------------------------------
    ("POST", "/v1/security/unlock"): _secretariat(),
    ("PUT", "/v1/security/policy"): _secretariat(),
    # --- devices (the ``{device_id}`` is a fresh device of alice's) -----------------------------
    ("GET", "/v1/me/devices"): _signed_in(),
    ("POST", "/v1/me/devices/{device_id}/revoke"): Entry(401, 401, 200, 404, 404, 404),
    ("GET", "/v1/security/devices"): _secretariat(),
    ("POST", "/v1/security/devices/{device_id}/revoke"): _secretariat(),
    ("POST", "/v1/security/devices/{device_id}/approve"): _secretariat(state="pending"),
    ("POST", "/v1/security/members/{member_id}/active"): _secretariat(),  # alice, active
    # only a device whose wipe is pending acknowledges one: 409 for everyone else
    ("POST", "/v1/devices/wipe-done"): Entry(401, 401, 409, 409, 409, 409),
    # --- two-factor sign-in (each principal's own; the body sets up what the call needs) -----
    ("GET", "/v1/me/totp"): _signed_in(),
    ("POST", "/v1/me/totp/enrol"): _signed_in(),
    ("POST", "/v1/me/totp/confirm"): _signed_in(),
    ("POST", "/v1/me/totp/recovery-codes"): _signed_in(),
    ("POST", "/v1/me/totp/disable"): _signed_in(204),
    ("POST", "/v1/security/members/{member_id}/totp-reset"): _secretariat(204),
    # --- invitations (docs/INSTALLED.md): a code is the key, whoever holds it ------------------
    ("POST", "/v1/invitations"): _secretariat(201),
    ("GET", "/v1/invitations"): _secretariat(),
    ("POST", "/v1/invitations/{invitation_id}/cancel"): _secretariat(),
    ("POST", "/v1/invitations/preview"): _public(),
    ("POST", "/v1/invitations/accept"): _public(),
    # --- sync and events ----------------------------------------------------------------------
    ("GET", "/v1/sync"): _signed_in(),
    ("POST", "/v1/sync/push"): _signed_in(),
    ("GET", "/v1/events"): _signed_in(),
    # --- committees and documents -------------------------------------------------------------
    ("GET", "/v1/committees"): _signed_in(),
    ("GET", "/v1/committees/{committee_id}/documents"): _committee_content(),
    ("GET", "/v1/documents/{document_id}"): _committee_content(),
    ("GET", "/v1/documents/{document_id}/receipts"): Entry(401, 401, 403, 404, 200, 404),
    ("POST", "/v1/documents"): _secretariat(201),
    ("POST", "/v1/documents/{document_id}/versions"): _secretariat(201),
    # --- files --------------------------------------------------------------------------------
    ("GET", "/v1/files/{sha256}"): _committee_content(),
    ("HEAD", "/v1/files/{sha256}"): _committee_content(),
    ("POST", "/v1/files"): _secretariat(201),
    # --- meetings -----------------------------------------------------------------------------
    ("POST", "/v1/meetings"): _secretariat(201),
    ("PUT", "/v1/meetings/{meeting_id}"): _secretariat(),
    # --- motions ------------------------------------------------------------------------------
    ("GET", "/v1/motions"): _signed_in(),
    ("POST", "/v1/motions"): _secretariat(201),
    ("GET", "/v1/motions/{motion_id}"): _committee_a(state="open"),
    ("PATCH", "/v1/motions/{motion_id}"): _manage_draft(),
    ("POST", "/v1/motions/{motion_id}/open"): _manage_draft(),
    ("POST", "/v1/motions/{motion_id}/extend"): _manage_motion(state="open"),
    ("POST", "/v1/motions/{motion_id}/reopen"): _manage_motion(state="closed"),
    ("POST", "/v1/motions/{motion_id}/close"): _manage_motion(state="open"),
    ("POST", "/v1/motions/{motion_id}/publish"): _manage_motion(state="closed"),
    ("POST", "/v1/motions/{motion_id}/cancel"): _manage_motion(state="open"),
    ("GET", "/v1/motions/{motion_id}/result"): _committee_a(state="open"),
    ("GET", "/v1/motions/{motion_id}/audit"): _committee_a(state="open"),
}
