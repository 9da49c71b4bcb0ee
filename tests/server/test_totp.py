"""Two-factor sign-in (TOTP, RFC 6238): enrolling with a code computed like an authenticator
app would, signing in with the code, no replay, one step of drift, recovery codes that work
once, and wrong codes counted against the sign-in limits."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pyotp

from protocol.security import RECOVERY_CODE_COUNT
from server.db import tables as t
from server.services import totp
from server.services.signin_limits import SignInLimits
from tests.server.helpers import assert_error
from tests.server.totp_helpers import (
    audit_entries,
    away_from_a_step_change,
    enable,
    enrol,
    sign_in,
)
from tests.serverkit import ServerKit, SmallOrg, TestClient

ATTEMPTS = SignInLimits().max_failures


def test_enrolment_gives_a_secret_and_an_otpauth_link_naming_the_organisation_and_member(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    response = client.post("/v1/me/totp/enrol", headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    link = urlparse(body["uri"])
    assert (link.scheme, link.netloc) == ("otpauth", "totp")
    assert parse_qs(link.query)["secret"] == [body["secret"]]
    assert body["account"] == org.alice.email
    assert body["issuer"] in (org.organisation.short_name, org.organisation.name)
    status = client.get("/v1/me/totp", headers=headers).json()
    assert status == {"enabled": False, "required": False, "recovery_codes_left": 0}


def test_confirming_with_the_app_s_code_enables_it_and_gives_ten_recovery_codes_once(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone = enrol(client, headers)
    wrong = client.post("/v1/me/totp/confirm", json={"code": "000000"}, headers=headers)
    if phone.code() != "000000":
        assert_error(wrong, 401, "otp_invalid")
    assert client.get("/v1/me/totp", headers=headers).json()["enabled"] is False
    away_from_a_step_change()
    confirmed = client.post("/v1/me/totp/confirm", json={"code": phone.code()}, headers=headers)
    assert confirmed.status_code == 200, confirmed.text
    codes = confirmed.json()["codes"]
    assert len(codes) == len(set(codes)) == RECOVERY_CODE_COUNT
    assert all(re.fullmatch(r"[a-z0-9]{4}-[a-z0-9]{4}", code) for code in codes)
    status = client.get("/v1/me/totp", headers=headers).json()
    assert status == {"enabled": True, "required": False, "recovery_codes_left": 10}
    with kit.engine.connect() as conn:
        stored = {row.code_hash for row in conn.execute(t.totp_recovery_codes.select())}
    assert not stored & set(codes)  # only their hashes are kept
    assert [e["actor_id"] for e in audit_entries(kit, "totp.enabled")] == [org.alice.id]
    again = client.post("/v1/me/totp/confirm", json={"code": phone.code(1)}, headers=headers)
    assert_error(again, 409, "conflict")


def test_enrolling_again_while_enabled_is_refused_until_disabled(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone, _codes = enable(client, headers)
    assert_error(client.post("/v1/me/totp/enrol", headers=headers), 409, "conflict")
    disabled = client.post("/v1/me/totp/disable", json={"code": phone.code()}, headers=headers)
    assert disabled.status_code == 204, disabled.text
    assert enrol(client, headers).secret != phone.secret


def test_a_new_enrolment_replaces_a_pending_one(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    first = enrol(client, headers)
    second = enrol(client, headers)
    away_from_a_step_change()
    stale = client.post("/v1/me/totp/confirm", json={"code": first.code()}, headers=headers)
    if first.code() != second.code():
        assert_error(stale, 401, "otp_invalid")
    fresh = client.post("/v1/me/totp/confirm", json={"code": second.code()}, headers=headers)
    assert fresh.status_code == 200, fresh.text


def test_sign_in_needs_the_code_once_enabled_and_the_missing_code_is_not_a_failure(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    phone, _codes = enable(client, kit.headers(org.alice))
    for _ in range(ATTEMPTS + 1):  # never locks: the password was right
        assert_error(sign_in(client, org.alice), 401, "otp_required")
    assert not audit_entries(kit, "signin.failed")
    signed = sign_in(client, org.alice, f"{phone.code()[:3]} {phone.code()[3:]}")
    assert signed.status_code == 200, signed.text
    token = signed.json()["token"]
    assert client.get("/v1/sync", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert sign_in(client, org.bob).status_code == 200  # bob has no two-factor sign-in


def test_a_code_is_never_accepted_twice(client: TestClient, kit: ServerKit, org: SmallOrg) -> None:
    phone, _codes = enable(client, kit.headers(org.alice))
    code = phone.code()
    assert sign_in(client, org.alice, code).status_code == 200
    assert_error(sign_in(client, org.alice, code), 401, "otp_invalid")
    # nor an earlier step's, once a later one was used
    assert_error(sign_in(client, org.alice, phone.code(-1)), 401, "otp_invalid")
    assert sign_in(client, org.alice, phone.code(1)).status_code == 200


def test_one_step_of_drift_is_accepted_either_way_but_not_two(
    kit: ServerKit, org: SmallOrg
) -> None:
    secret = pyotp.random_base32()
    now = t.utcnow()
    app = pyotp.TOTP(secret)
    step = app.timecode(now)
    for offset in (-1, 0, 1):
        code = app.at(now + timedelta(seconds=30 * offset))
        assert totp.matching_step(secret, code, now) == step + offset
    for offset in (-2, 2):
        code = app.at(now + timedelta(seconds=30 * offset))
        assert totp.matching_step(secret, code, now) is None
    assert totp.matching_step(secret, "12345", now) is None
    assert totp.matching_step(secret, "abcdef", now) is None
    assert totp.matching_step(secret, "١٢٣٤٥٦", now) is None  # digits, but not ASCII ones


def test_a_wrong_code_counts_as_a_failed_sign_in_up_to_the_lock(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    phone, _codes = enable(client, kit.headers(org.alice))
    wrong = "999999" if phone.code() != "999999" else "888888"
    answers = [sign_in(client, org.alice, wrong) for _ in range(ATTEMPTS)]
    for answer in answers[:-1]:
        assert_error(answer, 401, "otp_invalid")
    assert_error(answers[-1], 429, "too_many_attempts")
    assert answers[-1].headers["Retry-After"]
    assert_error(sign_in(client, org.alice, phone.code()), 429, "too_many_attempts")
    failed = audit_entries(kit, "signin.failed")
    assert len(failed) == ATTEMPTS
    assert {e["detail"]["reason"] for e in failed} == {"otp_invalid"}


def test_a_wrong_password_with_a_right_code_is_still_a_wrong_password(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    phone, _codes = enable(client, kit.headers(org.alice))
    body = {"email": org.alice.email, "password": "pas-le-bon", "otp": phone.code()}
    assert_error(client.post("/v1/auth/sign-in", json=body), 401, "invalid_credentials")


def test_a_recovery_code_signs_in_once_typed_in_any_case_and_is_audited(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    _phone, codes = enable(client, headers)
    typed = codes[0].upper().replace("-", " ")
    assert sign_in(client, org.alice, typed).status_code == 200
    assert_error(sign_in(client, org.alice, codes[0]), 401, "otp_invalid")
    assert sign_in(client, org.alice, codes[1]).status_code == 200
    assert client.get("/v1/me/totp", headers=headers).json()["recovery_codes_left"] == 8
    used = audit_entries(kit, "totp.recovery_code_used")
    assert [e["actor_id"] for e in used] == [org.alice.id, org.alice.id]
    assert not any(codes[0] in str(e["detail"]) for e in used)


def test_new_recovery_codes_replace_the_old_ones(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone, old = enable(client, headers)
    response = client.post(
        "/v1/me/totp/recovery-codes", json={"code": phone.code()}, headers=headers
    )
    assert response.status_code == 200, response.text
    new = response.json()["codes"]
    assert len(new) == RECOVERY_CODE_COUNT and not set(new) & set(old)
    assert_error(sign_in(client, org.alice, old[0]), 401, "otp_invalid")
    assert sign_in(client, org.alice, new[0]).status_code == 200
    assert audit_entries(kit, "totp.recovery_codes_renewed")


def test_wrong_codes_on_the_member_s_own_routes_count_against_the_limits(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    phone, _codes = enable(client, headers)
    wrong = "999999" if phone.code() != "999999" else "888888"
    answers = [
        client.post("/v1/me/totp/disable", json={"code": wrong}, headers=headers)
        for _ in range(ATTEMPTS)
    ]
    for answer in answers[:-1]:
        assert_error(answer, 401, "otp_invalid")
    assert_error(answers[-1], 429, "too_many_attempts")
    assert answers[-1].headers["Retry-After"]
    locked = client.post("/v1/me/totp/disable", json={"code": phone.code()}, headers=headers)
    assert_error(locked, 429, "too_many_attempts")
    assert client.get("/v1/me/totp", headers=headers).json()["enabled"] is True


def test_the_routes_need_a_signed_in_member(client: TestClient) -> None:
    assert_error(client.get("/v1/me/totp"), 401, "unauthenticated")
    assert_error(client.post("/v1/me/totp/enrol"), 401, "unauthenticated")
    body = {"code": "123456"}
    for path in ("confirm", "recovery-codes", "disable"):
        assert_error(client.post(f"/v1/me/totp/{path}", json=body), 401, "unauthenticated")
