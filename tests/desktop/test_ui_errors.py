"""One error path: a translated message chosen by the error's stable code, details to the log
without content, and uncaught exceptions routed there."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.cache.errors import CacheLocked, CacheTooNew, PassphraseRequired
from desktop.core.library import DocumentNotFound
from desktop.sync.errors import ApiError, AuthRequired, ServerError, ServerUnreachable
from desktop.ui.errors import (
    MESSAGES,
    build_error_box,
    error_text,
    install_excepthook,
    log_error,
    show_error,
)
from desktop.ui.i18n import install_translations
from protocol.errors import ErrorCode
from tests.desktop.uikit import Modals

SECRET = "Le budget confidentiel prévoit 3,2 %"


@pytest.fixture
def english(qapp: QApplication) -> None:
    install_translations(qapp, "en")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")


def test_every_server_error_code_has_its_own_words() -> None:
    assert {code.value for code in ErrorCode} <= set(MESSAGES)


@pytest.mark.parametrize(
    ("error", "summary", "advice"),
    [
        (
            ApiError(ErrorCode.INVALID_CREDENTIALS, SECRET, 401),
            "The email address or the password is not right.",
            "ask your secretariat",
        ),
        (
            AuthRequired(ErrorCode.DEVICE_REVOKED, SECRET, 401),
            "This computer may no longer connect to Quorum.",
            "Contact them",
        ),
        (ServerUnreachable(SECRET), "The server cannot be reached.", "offline"),
        (ServerError(SECRET, 500), "The server ran into a problem.", "few minutes"),
        (CacheLocked(SECRET), "cannot be opened.", "the server keeps it all"),
        (CacheTooNew(SECRET), "newer version of Quorum", "Install the latest"),
        (PassphraseRequired(SECRET), "no secure keychain", "passphrase"),
        (DocumentNotFound("d1"), "no longer available", "Sync"),
        (ZeroDivisionError(SECRET), "Something went wrong.", "contact your secretariat"),
    ],
)
def test_the_message_says_what_happened_and_what_to_do_never_the_raw_text(
    english: None, error: BaseException, summary: str, advice: str
) -> None:
    said, todo = error_text(error)
    assert summary in said and advice in todo
    assert SECRET not in said + todo


def test_messages_are_in_french_for_a_french_member(french: None) -> None:
    said, todo = error_text(ServerUnreachable())
    assert said == "Le serveur est injoignable."
    assert "hors ligne" in todo
    box = build_error_box(None, CacheLocked())
    assert "le serveur garde tout" in box.informativeText()
    assert box.button(QMessageBox.StandardButton.Close).accessibleName() == "Fermer ce message"


def test_the_log_gets_the_code_and_the_stack_but_no_content(
    english: None, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise ApiError(ErrorCode.FORBIDDEN, SECRET, 403)
    except ApiError as error:
        with caplog.at_level(logging.ERROR, logger="quorum.errors"):
            log_error(error)
    text = caplog.text
    assert "desktop.sync.errors.ApiError code=forbidden status=403" in text
    assert "test_ui_errors.py" in text  # where it came from
    assert SECRET not in text


def test_show_error_shows_one_dialog_and_logs_each_error(
    english: None, caplog: pytest.LogCaptureFixture
) -> None:
    modals = Modals()
    shown: list[str] = []

    def answer(box: QMessageBox) -> None:
        shown.append(box.text())
        show_error(None, ServerError("second"))  # arrives while the first is on screen
        box.accept()

    modals.expect(QMessageBox, answer)
    with caplog.at_level(logging.ERROR, logger="quorum.errors"):
        show_error(None, ServerUnreachable("first"))
    modals.stop()
    assert shown == ["The server cannot be reached."]
    assert modals.unexpected == []
    assert caplog.text.count("code=server_") == 2


def test_uncaught_exceptions_go_to_the_error_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[tuple[QWidget | None, BaseException]] = []
    install_excepthook(lambda parent, error: seen.append((parent, error)))
    error = CacheTooNew("x")
    sys.excepthook(CacheTooNew, error, None)
    assert seen == [(None, error)]


def test_keyboard_interrupt_is_not_turned_into_a_dialog(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[BaseException] = []
    install_excepthook(lambda _parent, error: seen.append(error))
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == []
    assert "KeyboardInterrupt" in capsys.readouterr().err
