"""``quorum --self-test``: every check passes where the app works, and a missing piece fails
with a line that names it (from source here; CI runs it from the bundle too)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from desktop import self_test
from desktop.self_test import Check, run_self_test


@pytest.mark.keychain
def test_the_self_test_passes_from_source_with_a_keychain(
    secret_service: KeyringBackend,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Quorum self-test (from source")
    for name in ("SQLCipher + FTS5", "QtPdf", "Translations", "Keychain"):
        assert any(line.strip().startswith(f"ok    {name}:") for line in lines), name
    assert lines[-1] == "all 5 checks passed"


def test_each_check_finds_what_it_checks(qapp: object) -> None:
    sqlcipher = self_test.check_sqlcipher()
    assert sqlcipher.ok and "SQLCipher 4." in sqlcipher.detail
    pdf = self_test.check_qtpdf()
    assert pdf.ok, pdf.detail
    words = self_test.check_translations()
    assert words.ok and "Se connecter" in words.detail


def test_missing_translations_fail_the_self_test_and_say_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setenv("QUORUM_RESOURCES", str(tmp_path))
    check = self_test.check_translations()
    assert not check.ok
    assert str(tmp_path / "i18n") in check.detail


def test_a_failing_or_crashing_check_makes_the_exit_code_non_zero(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fine() -> Check:
        return Check("Fine", True, "yes")

    def broken() -> Check:
        raise RuntimeError("boom")

    monkeypatch.setattr(self_test, "CHECKS", (fine, broken))
    out = io.StringIO()
    assert run_self_test(out) == 1
    text = out.getvalue()
    assert "ok    Fine: yes" in text
    assert "FAIL  broken: RuntimeError('boom')" in text
    assert text.splitlines()[-1] == "1 of 2 checks failed: broken"


def test_the_tiny_pdf_is_a_pdf_pypdf_reads() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(self_test.tiny_pdf()))
    assert len(reader.pages) == 1


def test_the_default_profile_logs_in_the_platform_log_folder_another_in_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs import user_log_path

    from desktop.profile import Profile, default_profile_dir

    monkeypatch.setenv("QUORUM_PROFILE", str(tmp_path / "default"))
    default = Profile(default_profile_dir())
    assert default.log_file == user_log_path("Quorum", appauthor=False) / "quorum.log"
    other = Profile(tmp_path / "elsewhere")
    assert other.log_file == (tmp_path / "elsewhere").resolve() / "quorum.log"
