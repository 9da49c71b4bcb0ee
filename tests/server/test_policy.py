"""The organisation's security policy (docs/SECURITY.md): the secretariat sets it as a whole
(``PUT /v1/security/policy``, or ``quorum-server policy``); every app receives it with the
organisation record (sync, sign-in, ``/v1/me``); each change is audited with before and after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from server import cli
from server.services import policy
from tests.server.devicekit import audit_entries, bearer, sign_in
from tests.server.helpers import assert_error, pull_all
from tests.serverkit import ServerKit, SmallOrg, TestClient

DEFAULTS = {
    "max_offline_days": None,
    "device_approval": False,
    "lock_minutes": 15,
    "totp_required": False,
}
STRICT = {
    "max_offline_days": 30,
    "device_approval": True,
    "lock_minutes": 5,
    "totp_required": False,
}


def test_the_secretariat_sets_the_policy_and_every_app_receives_it_with_the_organisation(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    alice = bearer(sign_in(client, org.alice)["token"])
    _changes, cursor = pull_all(client, alice)
    sara = bearer(sign_in(client, org.sara)["token"])
    answer = client.put("/v1/security/policy", json=STRICT, headers=sara)
    assert answer.status_code == 200 and answer.json() == STRICT
    changes, _cursor = pull_all(client, alice, cursor)
    [change] = [c for c in changes if c["kind"] == "organisation"]
    assert change["data"]["security"] == STRICT
    assert change["data"]["name"] == "Mutuelle des Volcans"
    assert client.get("/v1/me", headers=alice).json()["organisation"]["security"] == STRICT
    bob = sign_in(client, org.bob)
    assert bob["organisation"]["security"] == STRICT
    assert bob["device_state"] == "pending_approval"  # the new policy holds at once


def test_the_policy_is_set_whole_and_left_out_fields_take_their_defaults(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sara = bearer(sign_in(client, org.sara)["token"])
    client.put("/v1/security/policy", json=STRICT, headers=sara)
    answer = client.put("/v1/security/policy", json={"lock_minutes": 10}, headers=sara)
    assert answer.json() == {**DEFAULTS, "lock_minutes": 10}
    assert policy.get_policy(kit.engine).model_dump() == {**DEFAULTS, "lock_minutes": 10}


def test_each_change_is_audited_with_the_policy_before_and_after(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    sara = bearer(sign_in(client, org.sara)["token"])
    client.put("/v1/security/policy", json=STRICT, headers=sara)
    assert audit_entries(kit, "policy.changed") == [
        {"actor_id": org.sara.id, "detail": {"before": DEFAULTS, "after": STRICT}}
    ]


def test_a_member_may_not_set_the_policy(client: TestClient, kit: ServerKit, org: SmallOrg) -> None:
    alice = bearer(sign_in(client, org.alice)["token"])
    assert_error(client.put("/v1/security/policy", json=STRICT, headers=alice), 403, "forbidden")
    assert_error(client.put("/v1/security/policy", json=STRICT), 401, "unauthenticated")
    assert policy.get_policy(kit.engine).model_dump() == DEFAULTS
    assert audit_entries(kit, "policy.changed") == []


@pytest.mark.parametrize(
    "wrong",
    [
        {"lock_minutes": 0},
        {"lock_minutes": 241},
        {"max_offline_days": 0},
        {"max_offline_days": 366},
        {"device_approval": "peut-être"},
        {"lock_minutes": 15, "unknown": True},
    ],
)
def test_a_policy_out_of_bounds_is_refused_and_nothing_changes(
    client: TestClient, kit: ServerKit, org: SmallOrg, wrong: dict[str, Any]
) -> None:
    sara = bearer(sign_in(client, org.sara)["token"])
    answer = client.put("/v1/security/policy", json=wrong, headers=sara)
    assert_error(answer, 422, "validation_error")
    assert policy.get_policy(kit.engine).model_dump() == DEFAULTS


# --- the command line -----------------------------------------------------------------------


def run(kit: ServerKit, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main([*argv[:2], "--database", kit.settings.database_url, *argv[2:]])
    out, err = capsys.readouterr()
    return code, out + err


def test_policy_set_from_the_command_line_keeps_the_options_left_out(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    alice = bearer(sign_in(client, org.alice)["token"])
    _changes, cursor = pull_all(client, alice)
    code, out = run(kit, capsys, "policy", "set", "--max-offline-days", "30", "--lock-minutes", "5")
    assert code == 0 and "max offline days: 30" in out
    code, _out = run(kit, capsys, "policy", "set", "--device-approval", "on")
    assert code == 0
    code, out = run(kit, capsys, "policy", "show")
    assert code == 0
    assert out.splitlines() == [
        "max offline days: 30",
        "device approval:  on",
        "lock minutes:     5",
        "totp required:    off",
    ]
    run(kit, capsys, "policy", "set", "--max-offline-days", "off")
    assert policy.get_policy(kit.engine).model_dump() == {**STRICT, "max_offline_days": None}
    changes, _cursor = pull_all(client, alice, cursor)
    published = [c["data"]["security"] for c in changes if c["kind"] == "organisation"]
    assert published[-1] == {**STRICT, "max_offline_days": None}  # what the apps now hold
    assert {e["actor_id"] for e in audit_entries(kit, "policy.changed")} == {None}
    assert len(audit_entries(kit, "policy.changed")) == 3


@pytest.mark.parametrize(
    "option", [("--lock-minutes", "0"), ("--max-offline-days", "jamais"), ("--totp-required", "1")]
)
def test_policy_set_refuses_a_value_out_of_bounds(
    kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str], option: tuple[str, str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(kit, capsys, "policy", "set", *option)
    assert stopped.value.code == 2
    assert policy.get_policy(kit.engine).model_dump() == DEFAULTS


def test_policy_show_without_an_organisation_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["policy", "show", "--database", f"sqlite:///{tmp_path / 'empty.db'}"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("quorum-server: error: ") and err.count("\n") == 1
