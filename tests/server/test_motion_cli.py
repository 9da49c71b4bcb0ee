"""``quorum-server motion|proxy …``: the secretariat runs votes from the command line."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from server import cli
from tests.serverkit import TEST_PASSWORD_PROFILE

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    database = f"sqlite:///{tmp_path / 'votes.db'}"
    monkeypatch.setenv("QUORUM_PASSWORD_PROFILE", TEST_PASSWORD_PROFILE)
    monkeypatch.setenv("QUORUM_NEW_PASSWORD", "un-mot-de-passe")

    def _run(*argv: str) -> tuple[int, str, str]:
        code = cli.main([*argv, "--database", database])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_a_motion_is_created_opened_closed_and_published_from_the_command_line(run: Run) -> None:
    assert run("create-organisation", "Mutuelle du Port")[0] == 0
    for email in ("ana@port.fr", "ben@port.fr", "cyd@port.fr"):
        assert run("add-member", email, "--name", email.split("@")[0].title())[0] == 0
    assert run("add-committee", "Conseil", "--category", "board")[0] == 0
    for email in ("ana@port.fr", "ben@port.fr", "cyd@port.fr"):
        assert run("add-to-committee", email, "Conseil")[0] == 0
    code, out, _ = run(
        "motion", "create", "--title", "Budget", "--committee", "Conseil", "--quorum", "1/2"
    )
    assert code == 0, out
    motion_id = re.search(r"\(([0-9a-f]+)\)", out).group(1)  # type: ignore[union-attr]
    closes = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    assert run("motion", "open", motion_id, "--closes-at", closes)[0] == 0
    code, out, _ = run("proxy", "grant", "ana@port.fr", "ben@port.fr", "--motion", motion_id)
    assert code == 0 and "Ana to Ben" in out
    code, out, _ = run("proxy", "list", "--email", "ben@port.fr")
    assert "Ana -> Ben" in out and "standing" in out
    proxy_id = out.split()[0]
    assert run("proxy", "revoke", proxy_id)[0] == 0
    assert "revoked" in run("proxy", "list")[1]
    assert run("motion", "close", motion_id)[0] == 0
    assert run("motion", "publish", motion_id)[0] == 0
    code, out, _ = run("motion", "show", motion_id)
    assert "published, no_quorum" in out and "result: no_quorum" in out
    assert motion_id in run("motion", "list")[1]
    code, _, err = run("motion", "reopen", motion_id, "--closes-at", closes)
    assert code == 1 and err.startswith("quorum-server: error: ")
    assert run("audit", "verify")[0] == 0


def test_new_motions_start_from_the_rules_the_organisation_configured(run: Run) -> None:
    assert run("create-organisation", "Mutuelle du Port")[0] == 0
    assert run("add-committee", "Conseil", "--category", "board")[0] == 0
    code, out, _ = run(
        "voting-defaults", "set", "--quorum", "1/4", "--majority", "qualified_cast",
        "--qualified", "2/3", "--no-change", "--proxy-cap", "2", "--election-proxies",
    )  # fmt: skip
    assert code == 0, out
    assert '"election_proxies": true' in out
    code, out, _ = run("motion", "create", "--title", "Statuts", "--committee", "Conseil")
    motion_id = re.search(r"\(([0-9a-f]+)\)", out).group(1)  # type: ignore[union-attr]
    rules = json.loads(run("motion", "show", motion_id, "--json")[1])["rules"]
    assert rules["majority"] == "qualified_cast" and rules["allow_change"] is False
    assert rules["quorum"] == {"numerator": 1, "denominator": 4} and rules["proxy_cap"] == 2
    code, out, _ = run(
        "motion", "create", "--title", "Lieu", "--committee", "Conseil", "--majority", "simple"
    )
    other = re.search(r"\(([0-9a-f]+)\)", out).group(1)  # type: ignore[union-attr]
    rules = json.loads(run("motion", "show", other, "--json")[1])["rules"]
    assert rules["majority"] == "simple" and rules["allow_change"] is False  # the rest kept


def test_a_rule_that_cannot_be_read_is_one_clear_line(run: Run) -> None:
    assert run("create-organisation", "Mutuelle du Port")[0] == 0
    code, _, err = run("voting-defaults", "set", "--quorum", "half")
    assert code == 1 and err == "quorum-server: error: not a share such as 1/2 or 2/3: 'half'\n"
