"""``quorum --self-test``: check, from wherever the app runs (source tree or installed bundle),
that what it cannot work without is there and works, and print what it found.

Each check is a small function returning a ``Check``; none touches a member's profile or
cache: the encrypted database is made in a temporary folder and the keychain test uses an entry
of its own, deleted again. The exit code is 0 only when every check passed.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

#: The service name of the keychain entry the check writes and deletes.
KEYCHAIN_TEST_SERVICE = "Quorum self-test"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def check_sqlcipher() -> Check:
    """An encrypted database with full-text search: keyed, written, searched, reopened."""
    name = "SQLCipher + FTS5"
    try:
        import sqlcipher3
    except ImportError as exc:
        return Check(name, False, f"sqlcipher3 cannot be imported: {exc}")
    with tempfile.TemporaryDirectory(prefix="quorum-self-test-") as folder:
        path = str(Path(folder) / "test.db")
        try:
            conn = sqlcipher3.connect(path)
            conn.execute("PRAGMA key = \"x'" + "2a" * 32 + "'\"")
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61')")
            conn.execute("INSERT INTO t (body) VALUES ('le fonds de réserve')")
            conn.commit()
            found = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'réserve'").fetchone()
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()
            conn.close()
            plain = Path(path).read_bytes()[:16]
        except Exception as exc:  # any failure is the finding
            return Check(name, False, f"{type(exc).__name__}: {exc}")
    if not cipher or not cipher[0]:
        return Check(name, False, "the library is plain SQLite, not SQLCipher")
    if plain.startswith(b"SQLite format 3"):
        return Check(name, False, "the database was written unencrypted")
    if not found or found[0] != 1:
        return Check(name, False, "full-text search found nothing")
    return Check(name, True, f"SQLCipher {cipher[0]}, SQLite {sqlite[0] if sqlite else '?'}")


def tiny_pdf() -> bytes:
    """A valid one-page PDF, built here so the check needs no file and no PDF library."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def check_qtpdf() -> Check:
    """QtPdf opens a PDF from memory and renders its page."""
    name = "QtPdf"
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        return Check(name, False, f"QtPdf cannot be imported: {exc}")
    _gui_application()
    data = QByteArray(tiny_pdf())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        return Check(name, False, f"a test PDF did not open ({document.status().name})")
    image = document.render(0, QSize(100, 100))
    if image.isNull():
        return Check(name, False, "a test page could not be rendered")
    from PySide6 import __version__ as pyside_version

    return Check(name, True, f"renders from memory (PySide6 {pyside_version})")


def check_translations() -> Check:
    """The French translation loads and translates a string the app shows."""
    name = "Translations"
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.ui.i18n import translations_dir

    _gui_application()
    folder = translations_dir()
    translator = QTranslator()
    if not translator.load("quorum_fr", str(folder)):
        return Check(name, False, f"quorum_fr.qm not found in {folder}")
    QCoreApplication.installTranslator(translator)
    try:
        said = QCoreApplication.translate("SignInDialog", "Sign in")
    finally:
        QCoreApplication.removeTranslator(translator)
    if said == "Sign in":
        return Check(name, False, "the French translation does not translate 'Sign in'")
    return Check(name, True, f"French from {folder} ('Sign in' -> '{said}')")


#: The modules the windowed app starts from: importing them loads every window, dialog and Qt
#: module the app uses, so a bundle that left one out fails here rather than at a member's start.
APP_MODULES = ("desktop.app", "desktop.ui.single_instance", "desktop.first_run")


def check_app_modules() -> Check:
    """The windowed app's modules load (and, on Python 3.11, the None guard is in place)."""
    import importlib

    from desktop import none_guard

    name = "App modules"
    for module in APP_MODULES:
        importlib.import_module(module)
    if not none_guard.install():
        return Check(name, False, "the guard against the Qt bindings' None bug is not in place")
    return Check(name, True, f"{len(APP_MODULES)} entry modules and what they import")


def check_keychain() -> Check:
    """The system keychain stores, returns and deletes a secret (an entry of its own)."""
    name = "Keychain"
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:
        return Check(name, False, f"keyring cannot be imported: {exc}")
    backend = keyring.get_keyring()
    label = f"{type(backend).__module__}.{type(backend).__name__}"
    user = uuid.uuid4().hex
    secret = uuid.uuid4().hex
    try:
        backend.set_password(KEYCHAIN_TEST_SERVICE, user, secret)
        back = backend.get_password(KEYCHAIN_TEST_SERVICE, user)
        backend.delete_password(KEYCHAIN_TEST_SERVICE, user)
    except (KeyringError, RuntimeError, OSError) as exc:
        return Check(
            name,
            False,
            f"{label} does not work ({type(exc).__name__}); "
            "the app will ask for a passphrase instead",
        )
    if back != secret:
        return Check(name, False, f"{label} did not return what was stored")
    return Check(name, True, label)


def _gui_application() -> None:
    """A QGuiApplication for the Qt checks (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(sys.argv[:1])


CHECKS: tuple[Callable[[], Check], ...] = (
    check_sqlcipher,
    check_qtpdf,
    check_translations,
    check_app_modules,
    check_keychain,
)


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run every check, print one line each and a summary; 0 when all passed."""
    where = getattr(sys, "_MEIPASS", None)
    print(
        f"Quorum self-test ({'bundle ' + where if where else 'from source'}, "
        f"Python {platform.python_version()}, {platform.system()})",
        file=out,
    )
    results = []
    for check in CHECKS:
        try:
            result = check()
        except Exception as exc:  # a check that crashes is a failed check
            result = Check(check.__name__.removeprefix("check_"), False, repr(exc))
        results.append(result)
        print(f"  {'ok  ' if result.ok else 'FAIL'}  {result.name}: {result.detail}", file=out)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"{len(failed)} of {len(results)} checks failed: {', '.join(failed)}", file=out)
        return 1
    print(f"all {len(results)} checks passed", file=out)
    return 0
