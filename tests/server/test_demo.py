from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server import cli
from server.db import tables as t
from server.db.engine import reading
from server.services.demo import demo_file, load_demo
from tests.server.helpers import pull_all
from tests.serverkit import ServerKit

FIXTURE = Path(__file__).parent / "fixtures" / "demo" / "organisation.json"


def _counts(kit: ServerKit) -> tuple[int, ...]:
    with reading(kit.engine) as conn:
        return tuple(
            int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in (t.members, t.committees, t.memberships, t.documents, t.changes)
        )


def test_the_demo_loads_once_and_its_accounts_can_sign_in(kit: ServerKit) -> None:
    accounts = load_demo(kit.engine, FIXTURE, passwords=kit.passwords)
    assert [(a.email, a.committees) for a in accounts] == [
        ("Anne@Demo.example", ["Conseil d'administration", "Commission finances"]),
        ("paul@demo.example", ["Conseil d'administration"]),
    ]
    counts = _counts(kit)
    assert counts[:4] == (2, 2, 3, 2)
    assert load_demo(kit.engine, FIXTURE, passwords=kit.passwords) == accounts
    assert _counts(kit) == counts  # nothing changed the second time
    with kit.client() as client:
        response = client.post(
            "/v1/auth/sign-in", json={"email": accounts[1].email, "password": "paul-demo"}
        )
        assert response.status_code == 200
        headers = {"Authorization": f"Bearer {response.json()['token']}"}
        changes, _ = pull_all(client, headers)
    documents = {c["data"]["title"]: c["data"] for c in changes if c["kind"] == "document"}
    assert set(documents) == {"Ordre du jour", "Bienvenue"}
    assert "commissaire aux comptes" in documents["Ordre du jour"]["body"]
    assert documents["Ordre du jour"]["published_at"] == "2025-02-03T08:30:00Z"
    assert documents["Bienvenue"]["author_name"] == "Paul Demo"


def test_the_resources_folder_can_be_moved_by_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QUORUM_RESOURCES", str(FIXTURE.parents[1]))
    assert demo_file() == FIXTURE


def test_cli_demo_json_prints_exactly_one_json_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUORUM_RESOURCES", str(FIXTURE.parents[1]))
    monkeypatch.setenv("QUORUM_PASSWORD_PROFILE", "CHEAPEST")
    database = f"sqlite:///{tmp_path / 'demo.db'}"
    for _ in range(2):  # the second run finds the demo loaded and prints the same
        assert cli.main(["demo", "--database", database, "--json"]) == 0
        out = capsys.readouterr().out
        assert out.count("\n") == 1
        accounts = json.loads(out)["accounts"]
        assert accounts[0] == {
            "email": "Anne@Demo.example",
            "password": "anne-demo",
            "name": "Anne Demo",
            "roles": ["member", "chair"],
            "committees": ["Conseil d'administration", "Commission finances"],
        }


def test_a_broken_demo_file_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "organisation.json").write_text('{"members": [{"name": "x"}]}')
    monkeypatch.setenv("QUORUM_RESOURCES", str(tmp_path))
    assert cli.main(["demo", "--database", f"sqlite:///{tmp_path / 'x.db'}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("quorum-server: error:")


def test_the_shipped_demo_content_loads_and_every_account_signs_in(kit: ServerKit) -> None:
    accounts = load_demo(kit.engine, demo_file(), passwords=kit.passwords)
    assert accounts
    with kit.client() as client:
        for account in accounts:
            response = client.post(
                "/v1/auth/sign-in", json={"email": account.email, "password": account.password}
            )
            assert response.status_code == 200, account.email


def test_the_console_command_prints_only_the_json_object_on_stdout(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QUORUM_RESOURCES": str(FIXTURE.parents[1]),
        "QUORUM_PASSWORD_PROFILE": "CHEAPEST",
    }
    database = f"sqlite:///{tmp_path / 'demo.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "demo", "--database", database, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert set(json.loads(done.stdout)) == {"accounts"}
    assert done.stdout.count("\n") == 1
