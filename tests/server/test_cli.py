from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from server import cli
from server.db.engine import make_engine
from server.services import auth, directory
from server.services.tx import read
from tests.serverkit import TEST_PASSWORD_PROFILE

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("QUORUM_DATABASE_URL", f"sqlite:///{tmp_path / 'admin.db'}")
    monkeypatch.setenv("QUORUM_PASSWORD_PROFILE", TEST_PASSWORD_PROFILE)
    monkeypatch.setenv("QUORUM_NEW_PASSWORD", "un-mot-de-passe")

    def _run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_the_secretariat_sets_up_an_organisation_from_the_command_line(
    run: Run, tmp_path: Path
) -> None:
    call = run
    assert call("migrate")[0] == 0
    assert call("create-organisation", "Mutuelle du Port", "--short-name", "MdP")[0] == 0
    assert call("add-member", "Eve@Port.fr", "--name", "Ève", "--role", "secretary")[0] == 0
    assert call("add-member", "leo@port.fr", "--name", "Léo")[0] == 0
    assert call("add-committee", "Bureau", "--category", "bureau")[0] == 0
    assert call("add-to-committee", "leo@port.fr", "Bureau", "--role", "chair")[0] == 0
    doc = tmp_path / "note.md"
    doc.write_text("# Note\n\nLe bureau se réunira mardi.\n", encoding="utf-8")
    code, out, _ = call(
        "publish", str(doc), "--title", "Note", "--committee", "Bureau", "--author", "eve@port.fr"
    )
    assert code == 0 and "Published Note" in out
    document_id = re.search(r"\(([0-9a-f]+)\)", out).group(1)  # type: ignore[union-attr]
    code, out, _ = call("receipts", document_id)
    assert out.strip() == "Léo: not read"
    engine = make_engine(f"sqlite:///{tmp_path / 'admin.db'}")
    try:
        with read(engine) as conn:
            leo = directory.member_by_email(conn, "leo@port.fr")
        signed = auth.sign_in(engine, "leo@port.fr", "un-mot-de-passe", "PC")
    finally:
        engine.dispose()
    code, out, _ = call("devices", "leo@port.fr")
    assert signed.device.id in out and "active" in out
    assert call("revoke-device", signed.device.id)[0] == 0
    assert "revoked" in call("devices", "leo@port.fr")[1]
    assert call("remove-from-committee", "leo@port.fr", "Bureau")[0] == 0
    assert call("receipts", document_id)[1] == ""
    assert leo.name == "Léo"


@pytest.mark.parametrize(
    "argv",
    [
        ("add-to-committee", "nobody@port.fr", "Bureau"),
        ("revoke-device", "nosuchdevice"),
        ("publish", "/nonexistent/file.md", "--title", "T", "--organisation"),
        ("migrate", "--database", "not a url"),
        ("create-organisation", "   "),
    ],
)
def test_an_error_is_one_line_on_stderr_and_exit_status_1(run: Run, argv: tuple[str]) -> None:
    code, out, err = run(*argv)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("quorum-server: error: ")
    assert "Traceback" not in err


def test_adding_the_same_email_twice_is_refused(run: Run) -> None:
    call = run
    assert call("add-member", "a@port.fr", "--name", "A")[0] == 0
    code, _, err = call("add-member", "A@PORT.FR", "--name", "A bis")
    assert code == 1 and "already" in err
