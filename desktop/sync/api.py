"""The server's HTTP API, as typed calls over an injected ``httpx.Client``.

The caller builds the client (``base_url``, timeouts, transport): the app with
``build_http_client``, tests with a FastAPI ``TestClient`` or an ``httpx.MockTransport`` for
faults. Every failure is turned into the tree of ``desktop.sync.errors``. Nothing here logs a
request or response body: they carry the member's content and their credentials.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from desktop import __version__
from desktop.sync.errors import (
    ApiError,
    AppTooOld,
    AuthRequired,
    NotLetIn,
    OtpNeeded,
    ProtocolMismatch,
    ServerError,
    ServerUnreachable,
    TooManyAttempts,
    WipeRequired,
    retry_after_seconds,
)
from desktop.sync.server_address import TrustTransport, trust_error
from protocol.errors import ErrorBody, ErrorCode
from protocol.invitations import (
    InvitationAccept,
    InvitationCreate,
    InvitationCreated,
    InvitationPreview,
    normalise_code,
)
from protocol.models import (
    DEFAULT_PAGE_LIMIT,
    DocumentReceipts,
    Health,
    MeResponse,
    Mutation,
    PushRequest,
    PushResponse,
    SignInRequest,
    SignInResponse,
    SyncPage,
)
from protocol.motions import LiveResult, MotionData, MotionDraft, MotionSchedule, MotionUpdate
from protocol.security import (
    DeviceInfo,
    DeviceList,
    MemberActiveRequest,
    MemberActiveResponse,
    RecoveryCodes,
    RevokeDeviceRequest,
    TotpCodeRequest,
    TotpEnrolment,
    TotpStatus,
)
from protocol.version import (
    APP_VERSION_HEADER,
    MIN_APP_VERSION_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    UPDATE_URL_HEADER,
    older_than,
)

log = logging.getLogger(__name__)

#: Seconds to wait for a connection: a server that does not answer this fast is "offline".
CONNECT_TIMEOUT = 5.0
#: Seconds to wait for the next bytes of an answer (a large page takes a while to build).
READ_TIMEOUT = 30.0
WRITE_TIMEOUT = 30.0
#: Seconds to wait for a free connection from the client's pool.
POOL_TIMEOUT = 5.0
DEFAULT_TIMEOUT = httpx.Timeout(
    connect=CONNECT_TIMEOUT, read=READ_TIMEOUT, write=WRITE_TIMEOUT, pool=POOL_TIMEOUT
)

#: Gateways answer these when the server behind them is down: the same as no answer.
UNREACHABLE_STATUSES = frozenset({502, 503, 504})
#: Codes meaning the token no longer opens the door.
AUTH_CODES = frozenset({ErrorCode.UNAUTHENTICATED, ErrorCode.DEVICE_REVOKED})
#: Signed in but not let in yet (docs/SECURITY.md).
NOT_LET_IN_CODES = frozenset({ErrorCode.DEVICE_NOT_APPROVED, ErrorCode.TOTP_ENROLMENT_REQUIRED})
OTP_CODES = frozenset({ErrorCode.OTP_REQUIRED, ErrorCode.OTP_INVALID})

HEALTH_PATH = "/v1/health"
SIGN_IN_PATH = "/v1/auth/sign-in"
SIGN_OUT_PATH = "/v1/auth/sign-out"
ME_PATH = "/v1/me"
TOTP_PATH = "/v1/me/totp"
SYNC_PATH = "/v1/sync"
PUSH_PATH = "/v1/sync/push"
MOTIONS_PATH = "/v1/motions"
MY_DEVICES_PATH = "/v1/me/devices"
SECURITY_DEVICES_PATH = "/v1/security/devices"
WIPE_DONE_PATH = "/v1/devices/wipe-done"
INVITATIONS_PATH = "/v1/invitations"
#: Secretariat actions on a motion: with a deadline (MotionSchedule), or without a body.
SCHEDULE_ACTIONS = frozenset({"open", "extend", "reopen"})
PLAIN_ACTIONS = frozenset({"close", "publish", "cancel"})

M = TypeVar("M", bound=BaseModel)


def build_http_client(
    server_url: str, transport: httpx.BaseTransport | None = None, *, ca_file: str | None = None
) -> httpx.Client:
    """The client the app uses: the server's base URL and the timeouts above, checking the
    server address rule at each request (``desktop.sync.server_address``). ``ca_file``: the
    only certificate authority trusted (None: the process's ``ServerTrust``; "": the system's)."""
    guarded = TrustTransport(transport, ca_file)
    return httpx.Client(base_url=server_url, timeout=DEFAULT_TIMEOUT, transport=guarded)


class ApiClient:
    """Typed calls to the Quorum server. Thread-safe as far as ``httpx.Client`` is."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @property
    def http(self) -> httpx.Client:
        return self._http

    # --- calls ---------------------------------------------------------------------------

    def health(self) -> Health:
        return self._call("GET", HEALTH_PATH, Health)

    def sign_in(
        self, email: str, password: str, device_name: str, otp: str | None = None
    ) -> SignInResponse:
        """``otp``: the authenticator app's code or a recovery code (docs/SECURITY.md)."""
        try:
            body = SignInRequest(
                email=email, password=password, device_name=device_name, otp=otp or None
            )
        except ValidationError as exc:
            # Refused before sending, like the server would; ``from None``: pydantic's message
            # quotes the input, and the password must never reach a log or a traceback.
            fields = sorted({str(error["loc"][0]) for error in exc.errors() if error["loc"]})
            raise ApiError(
                ErrorCode.VALIDATION_ERROR, f"Invalid {' and '.join(fields)}.", 422
            ) from None
        return self._call("POST", SIGN_IN_PATH, SignInResponse, json=body.model_dump(mode="json"))

    def me(self, token: str) -> MeResponse:
        return self._call("GET", ME_PATH, MeResponse, token=token)

    def pull(self, token: str, cursor: str | None, limit: int = DEFAULT_PAGE_LIMIT) -> SyncPage:
        params: dict[str, str | int] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self._call("GET", SYNC_PATH, SyncPage, token=token, params=params)

    def push(self, token: str, mutations: Sequence[Mutation]) -> PushResponse:
        body = PushRequest(mutations=list(mutations))
        return self._call(
            "POST", PUSH_PATH, PushResponse, token=token, json=body.model_dump(mode="json")
        )

    def sign_out(self, token: str) -> None:
        self._send("POST", SIGN_OUT_PATH, token=token)

    # --- motions (the secretariat, online) -----------------------------------------------

    def create_motion(self, token: str, draft: MotionDraft) -> MotionData:
        body = draft.model_dump(mode="json", exclude_unset=True)
        return self._call("POST", MOTIONS_PATH, MotionData, token=token, json=body)

    def update_motion(self, token: str, motion_id: str, update: MotionUpdate) -> MotionData:
        body = update.model_dump(mode="json", exclude_unset=True)
        return self._call("PATCH", _motion_path(motion_id), MotionData, token=token, json=body)

    def schedule_motion(
        self, token: str, motion_id: str, action: str, schedule: MotionSchedule
    ) -> MotionData:
        """``action``: "open", "extend" or "reopen", until ``schedule.closes_at``."""
        if action not in SCHEDULE_ACTIONS:
            raise ValueError(f"not a scheduling action: {action}")
        path = f"{_motion_path(motion_id)}/{action}"
        body = schedule.model_dump(mode="json")
        return self._call("POST", path, MotionData, token=token, json=body)

    def motion_action(self, token: str, motion_id: str, action: str) -> MotionData:
        """``action``: "close", "publish" or "cancel"."""
        if action not in PLAIN_ACTIONS:
            raise ValueError(f"not a motion action: {action}")
        return self._call("POST", f"{_motion_path(motion_id)}/{action}", MotionData, token=token)

    def live_result(self, token: str, motion_id: str) -> LiveResult:
        return self._call("GET", f"{_motion_path(motion_id)}/result", LiveResult, token=token)

    # --- two-factor sign-in (the member's own, docs/SECURITY.md) -------------------------

    def totp_status(self, token: str) -> TotpStatus:
        return self._call("GET", TOTP_PATH, TotpStatus, token=token)

    def totp_enrol(self, token: str) -> TotpEnrolment:
        return self._call("POST", f"{TOTP_PATH}/enrol", TotpEnrolment, token=token)

    def totp_confirm(self, token: str, code: str) -> RecoveryCodes:
        return self._call(
            "POST", f"{TOTP_PATH}/confirm", RecoveryCodes, token=token, json=_code(code)
        )

    def totp_recovery_codes(self, token: str, code: str) -> RecoveryCodes:
        path = f"{TOTP_PATH}/recovery-codes"
        return self._call("POST", path, RecoveryCodes, token=token, json=_code(code))

    def totp_disable(self, token: str, code: str) -> None:
        self._send("POST", f"{TOTP_PATH}/disable", token=token, json=_code(code))

    def document_receipts(self, token: str, document_id: str) -> DocumentReceipts:
        """Who has read a document (the secretariat only)."""
        path = f"/v1/documents/{quote(document_id, safe='')}/receipts"
        return self._call("GET", path, DocumentReceipts, token=token)

    # --- devices (docs/SECURITY.md) -------------------------------------------------------

    def list_devices(self, token: str, *, everyone: bool = False) -> DeviceList:
        """The member's own devices; ``everyone``: every member's (the secretariat)."""
        path = SECURITY_DEVICES_PATH if everyone else MY_DEVICES_PATH
        return self._call("GET", path, DeviceList, token=token)

    def revoke_device(
        self, token: str, device_id: str, *, wipe: bool = True, secretariat: bool = False
    ) -> DeviceInfo:
        """Revoke a device (with a remote wipe unless ``wipe=False``): one's own, or any
        device with ``secretariat``."""
        base = SECURITY_DEVICES_PATH if secretariat else MY_DEVICES_PATH
        path = f"{base}/{quote(device_id, safe='')}/revoke"
        body = RevokeDeviceRequest(wipe=wipe).model_dump(mode="json")
        return self._call("POST", path, DeviceInfo, token=token, json=body)

    def approve_device(self, token: str, device_id: str) -> DeviceInfo:
        path = f"{SECURITY_DEVICES_PATH}/{quote(device_id, safe='')}/approve"
        return self._call("POST", path, DeviceInfo, token=token)

    def set_member_active(self, token: str, member_id: str, active: bool) -> MemberActiveResponse:
        path = f"/v1/security/members/{quote(member_id, safe='')}/active"
        body = MemberActiveRequest(active=active).model_dump(mode="json")
        return self._call("POST", path, MemberActiveResponse, token=token, json=body)

    def wipe_done(self, token: str) -> None:
        """Tell the server this device has deleted its data (the only call a token waiting
        for its wipe may make)."""
        self._send("POST", WIPE_DONE_PATH, token=token)

    def create_invitation(self, token: str, request: InvitationCreate) -> InvitationCreated:
        """The secretariat invites a member (docs/INSTALLED.md): the code is answered once."""
        body = request.model_dump(mode="json")
        return self._call("POST", INVITATIONS_PATH, InvitationCreated, token=token, json=body)

    def preview_invitation(self, code: str) -> InvitationPreview:
        """Whose invitation ``code`` is (docs/INSTALLED.md); nothing is used yet."""
        body = {"code": normalise_code(code) or code}
        return self._call("POST", f"{INVITATIONS_PATH}/preview", InvitationPreview, json=body)

    def accept_invitation(self, code: str, password: str, device_name: str) -> SignInResponse:
        """Use the invitation: ``password`` becomes the member's, and this device signs in."""
        try:
            body = InvitationAccept(
                code=normalise_code(code) or code, password=password, device_name=device_name
            )
        except ValidationError:  # never quote the input: it holds the password
            raise ApiError(ErrorCode.VALIDATION_ERROR, "Invalid password.", 422) from None
        path = f"{INVITATIONS_PATH}/accept"
        return self._call("POST", path, SignInResponse, json=body.model_dump(mode="json"))

    # --- plumbing ------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        token: str | None = None,
        params: dict[str, str | int] | None = None,
        json: Any = None,
    ) -> M:
        response = self._send(method, path, token=token, params=params, json=json)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            log.warning("%s %s: answer does not match the protocol", method, path)
            raise ServerError("The server's answer does not match the protocol.") from exc

    def _send(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        params: dict[str, str | int] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), APP_VERSION_HEADER: __version__}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        try:
            response = self._http.request(method, path, headers=headers, params=params, json=json)
        except httpx.TransportError as exc:  # connect, timeout, cut, protocol garbage
            refused = trust_error(exc, str(self._http.base_url).rstrip("/"))
            if refused is not None:  # an address or a certificate the app must not trust
                log.info("%s %s: refused (%s)", method, path, refused.code)
                raise refused from exc
            log.info("%s %s: no answer (%s)", method, path, type(exc).__name__)
            raise ServerUnreachable(f"No answer from the server ({type(exc).__name__}).") from exc
        log.debug("%s %s -> %s", method, path, response.status_code)
        check_app_version(response)
        if response.is_success:
            return response
        raise error_for(response)


def check_app_version(response: httpx.Response) -> None:
    """``AppTooOld`` when the server's answer says it needs a newer app than this one."""
    minimum = response.headers.get(MIN_APP_VERSION_HEADER)
    if older_than(__version__, minimum):
        raise AppTooOld(str(minimum), response.headers.get(UPDATE_URL_HEADER, ""))


def _code(code: str) -> dict[str, str]:
    """The body of a TOTP call; a code the server would refuse is refused here the same way."""
    try:
        return TotpCodeRequest(code=code).model_dump(mode="json")
    except ValidationError:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "Invalid code.", 422) from None


def _motion_path(motion_id: str) -> str:
    return f"{MOTIONS_PATH}/{quote(motion_id, safe='')}"


def error_for(response: httpx.Response) -> Exception:
    """The exception for an unsuccessful answer (logged by code only, never by message)."""
    status = response.status_code
    if status in UNREACHABLE_STATUSES:
        return ServerUnreachable(f"The server is unavailable (HTTP {status}).")
    body = _error_body(response)
    if status >= 500 or body is None or status < 400:
        log.warning("%s %s: HTTP %s", response.request.method, response.request.url.path, status)
        return ServerError(f"The server failed (HTTP {status}).", status=status)
    log.info(
        "%s %s: %s (HTTP %s)", response.request.method, response.request.url.path, body.code, status
    )
    if body.code == ErrorCode.UNSUPPORTED_PROTOCOL:
        return ProtocolMismatch(body.message)
    if body.code == ErrorCode.WIPE_REQUIRED:
        return WipeRequired(body.code, body.message, status)
    if body.code in AUTH_CODES:
        return AuthRequired(body.code, body.message, status)
    if body.code in NOT_LET_IN_CODES:
        return NotLetIn(body.code, body.message, status)
    if body.code in OTP_CODES:
        return OtpNeeded(body.code, body.message, status)
    if body.code == ErrorCode.TOO_MANY_ATTEMPTS:
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        return TooManyAttempts(body.message, status, retry_after)
    return ApiError(body.code, body.message, status)


def _error_body(response: httpx.Response) -> ErrorBody | None:
    try:
        return ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return None
