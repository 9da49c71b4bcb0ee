"""``quorum-server motion|proxy …``: the secretariat runs votes from the command line."""

from __future__ import annotations

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
